import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout32 (genres no earlier set had: a quarterly result, a takeover,
/// a bond issue, a stock-exchange listing, football matches, a film festival, a concert tour, a book award, a clinical
/// trial, a satellite instrument, a marine institute's finding, three trials; Latin script only, en fr de es pt it nl tr;
/// scored untouched at 0.717 / 0.928 before any of them). One pass, run just before refineCP15. The patterns: nicknames
/// in quotes inside or after a name; legal forms written with dots or after '&'; ticker symbols, stock indices and
/// lowercase terms with an acronym; companies, clubs, leagues, stadiums and titles of works; acronym-spelled names with a
/// country's adjective or a comma inside; Dutch particles, places and bodies; Turkish case endings and bodies; German
/// descriptors before a company, initials of defendants; French demonyms and titles before a name.
/// Every rule is gated on the language (Latin-script articles only) and on a token's flag or key before any scan.
extension NameFinder {
    mutating func refineHoldout32() {
        guard !tokens.isEmpty else { return }
        let nl = language == "nl", tr = language == "tr", en = language == "en"
        let romance = lang.fr || lang.es || lang.pt || lang.it
        guard en || romance || lang.de || nl || tr else { return }
        h32Nicknames()
        h32LegalForms()
        h32MarketCodes()
        h32CompanyHeads()
        h32Sport()
        h32AcronymNames()
        h32Works()
        h32MiddleInitials()
        if en { h32English() }
        if nl { h32Dutch() }
        if tr { h32Turkish() }
        if lang.de { h32German() }
        if lang.fr { h32French() }
        if lang.it { h32Italian() }
        if lang.pt || lang.es || lang.it || lang.fr { h32RomancePlaces() }
        if lang.de || nl { h32Particles() }
    }

    // MARK: - Helpers

    static func h32Keys(_ list: [String]) -> KeySet { KeySet(list.map { TextFolding.key($0) }) }

    /// Index of the non-country mention starting at token `k` (nil if none).
    func h32MentionStarting(at k: Int) -> Int? {
        guard k >= 0, k < tokens.count else { return nil }
        let s = tokens[k].start
        return firstMentionIndex { $0.start == s && $0.type != .country }
    }

    /// Index of the non-country mention ending at token `k` (nil if none).
    func h32MentionEnding(at k: Int) -> Int? {
        guard k >= 0, k < tokens.count else { return nil }
        let e = tokens[k].end
        return firstMentionIndex { $0.end == e && $0.type != .country }
    }

    /// A quotation mark (straight, curly or guillemet).
    @inline(__always) func h32Quote(_ k: Int) -> Bool {
        guard k >= 0, k < tokenCount, tokens[k].kind == .punct else { return false }
        let key = tokens[k].key
        guard let f = key.utf8.first else { return false }
        return f == 0x22 || f == 0xC2 && (key == "«" || key == "»") || f == 0xE2 && (key == "“" || key == "”" || key == "„")
    }

    /// Drops the non-country, non-known mentions overlapping tokens `a..<b`.
    mutating func h32Drop(_ a: Int, _ b: Int) {
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < e && $0.end > s }
    }

    // MARK: - Nicknames

    static let h32NickArticles = h32Keys(["el", "il", "le", "la", "lo", "the", "o", "a", "der", "die", "de", "het"])
    static let h32NickVerbs = h32Keys(["detto", "soprannominato", "surnomme", "surnommee", "dit", "dite", "dubbed", "nicknamed", "apodado",
        "apodada", "alias", "genannt", "conhecido", "conhecida", "chamado", "apelidado", "known", "conocido", "conocida", "bijgenaamd", "lakabli"])

    /// 'Margaret "Peggy" Ashdown-Mwale', 'Juan Carlos "Chiqui" Moreno Lucena': a given name, a nickname of one to three
    /// words in quotes, a surname: one person (the nickname no entity of its own). 'X, detto "il Cobra"', 'surnommé « Le
    /// Chat »': the nickname after a verb of naming is no entity; the same words later in the text neither.
    mutating func h32Nicknames() {
        let n = tokens.count
        guard n > 6 else { return }
        var nickKeys: [String] = []
        var k = 1
        while k + 3 < n {
            defer { k += 1 }
            guard tokens[k].kind == .punct, h32Quote(k) else { continue }
            // The closing quote one to three words later.
            var c = -1
            var j = k + 1
            while j < n, j - k <= 4 {
                if h32Quote(j) { c = j; break }
                if tokens[j].kind != .word && !keyIs(j, "-") { break }
                j += 1
            }
            guard c > k + 1 else { continue }
            var first = k + 1
            if h23Key(first, Self.h32NickArticles), first + 1 < c { first += 1 }
            guard h15CapLatin(first), (first..<c).allSatisfy({ tokens[$0].kind != .word || isCap($0) || h23Key($0, Self.h32NickArticles) }) else { continue }
            let nickLast = tokens[c - 1].key
            // After a verb of naming: drop what was read inside the quotes.
            if h23Key(k - 1, Self.h32NickVerbs) || keyIs(k - 1, "as") && h23Key(k - 2, Self.h32NickVerbs) || keyIs(k - 1, "como") && h23Key(k - 2, Self.h32NickVerbs) {
                h32Drop(k + 1, c)
                nickKeys.append(nickLast)
                k = c
                continue
            }
            // Inside a name: a given name before (a person's or a given name), a capitalized surname after.
            guard h15CapLatin(k - 1), tokens[k].spaceBefore, c + 1 < n, h15CapLatin(c + 1), tokens[c + 1].spaceBefore else { continue }
            var a = k - 1
            if let g = h32MentionEnding(at: k - 1) {
                let t = mentionType(g)
                guard t == .person || t == nil, mentionWordCount(g) <= 3, let (ga, _) = h31Span(g) else { continue }
                a = ga
            } else if !isGivenName(k - 1) { continue }
            var z = c + 1
            if let s = h32MentionStarting(at: c + 1), mentionWordCount(s) <= 3, let (_, sz) = h31Span(s) {
                z = sz
            } else if let e = h23NameEnd(c + 1) {
                z = e - 1
                if z + 1 < n, h15CapLatin(z + 1), !tokens[z + 1].sentenceStart, z + 1 - (c + 1) < 2 { z += 1 }
            }
            guard !(a...z).contains(where: { isCountry[$0] }) else { continue }
            var m = mention(a, z + 1, type: .person, evidence: .cue)
            m.placeContext = false
            h27Replace(a, z + 1, with: m, overKnown: false)
            nickKeys.append(nickLast)
            k = z
        }
        guard !nickKeys.isEmpty else { return }
        // The nickname alone elsewhere ("Il Cobra è …", "Doc").
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) <= 2 {
            let w = mentions[i].words
            guard let last = w.last, nickKeys.contains(where: { PhraseMatcher.same($0, last) }) else { continue }
            if w.count == 2, !Self.h32NickArticles.contains(w[0]) { continue }
            // Not the person read whole with it.
            guard let (a, _) = h31Span(i), !(a > 0 && h32Quote(a - 1) && a > 1 && h15CapLatin(a - 2)) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Legal forms

    /// Legal forms written as one word (case as written).
    static let h32FormWords: Set<String> = ["SE", "SA", "AG", "plc", "PLC", "Inc", "Ltd", "LLC", "NV", "BV", "SpA", "Srl", "mbH", "GmbH", "KGaA",
        "AB", "ASA", "Oyj", "SAS", "SARL", "Corp", "SAB", "SRL", "SpA", "AŞ", "Cie"]
    /// The folded keys of `h32FormWords` (a cheap superset test before the case-sensitive one).
    static let h32FormKeys = h32Keys(Array(h32FormWords))
    /// Legal forms written with dots: their letters.
    static let h32DottedForms: WordSet = ["SpA", "SA", "SL", "NV", "BV", "AŞ", "AS", "Srl", "SAS", "SAC", "SRL", "SAB"]
    /// Partners after '&' inside a firm's name.
    static let h32Partners = h32Keys(["cie", "co", "sohne", "sons", "fils", "freres", "figli", "hijos", "filhos", "partners", "partner",
        "associes", "associates", "brothers", "soci"])
    /// Linking words between a company's capitalized words.
    static let h32FormLinks = h32Keys(["ve", "&"])
    /// Articles that open a sentence before a company.
    static let h32FormStops = h32Keys(["die", "der", "das", "den", "dem", "des", "la", "le", "les", "il", "lo", "el", "los", "las", "the", "a",
        "o", "os", "as", "de", "het", "een", "l", "un", "una", "uno", "ein", "eine", "einer", "bu", "by"])
    /// German nouns of a kind of firm glued before its name ("Harzherstellers Bleeker", "Ratingagentur Moody's").
    static let h32GermanDescriptorEnds = ["hersteller", "herstellers", "konzern", "konzerns", "anbieter", "anbieters", "handler", "handlers",
        "zulieferer", "zulieferers", "versicherer", "versicherers", "produzent", "produzenten", "ratingagentur", "privatbank", "grossbank",
        "investmentbank", "direktbank", "nachrichtenagentur", "firma", "unternehmen", "unternehmens", "fonds", "reederei"]

    /// The key hashes `h32LegalForms` compares tokens with, computed once a pass (not per token).
    struct H32FormHashes {
        let mbh = Token.hash("mbh"), plc = Token.hash("plc"), amp = Token.hash("&")
        /// (spd23: the dot after every short capitalized word `h32FormEnd` is asked about, compared by hash first.)
        let dot = Token.hash(".")
    }

    /// The fields test that opens `h32FormEnd`, inlined in the token loop: a short spaced Latin word, capitalized or "mbH"/"plc"
    /// (nearly every token fails it, and is passed over without a call).
    @inline(__always) func h32MayOpenForm(_ k: Int, _ forms: H32FormHashes) -> Bool {
        k < tokenCount && tokens[k].kind == .word && tokens[k].spaceBefore && tokens[k].end - tokens[k].start <= 4 && tokens[k].script == .latin
            && (tokens[k].capitalized || tokens[k].allCaps || keyIs(k, "mbh", hash: forms.mbh) || keyIs(k, "plc", hash: forms.plc))
    }

    /// End (exclusive) of a legal form starting at token `k`, or nil.
    func h32FormEnd(_ k: Int, _ forms: H32FormHashes) -> Int? {
        // Fields first: a form is capitalized but for "mbH" and "plc".
        guard h32MayOpenForm(k, forms) else { return nil }
        let n = tokens.count
        let dotted = k + 1 < n && keyIs(k + 1, ".", hash: forms.dot) && !tokens[k + 1].spaceBefore
        // An undotted form's folded key is one of the forms' keys: probed with the tokenizer's hash before the text is read
        // and looked up case-sensitively (that lookup hashed every short capitalized word of an article).
        if !dotted, !h23Key(k, Self.h32FormKeys) { return nil }
        let text = tokens[k].text
        guard let f = text.utf8.first, f >= 0x41 && f <= 0x5A || f == 0x6D || f == 0x70 else { return nil }
        // Dotted: "S.p.A.", "N.V.", "A.Ş.".
        if text.utf8.count <= 2, dotted {
            var letters = text
            var j = k + 2
            while j + 1 < n, tokens[j].kind == .word, !tokens[j].spaceBefore, tokens[j].text.unicodeScalars.count <= 2, keyIs(j + 1, "."), !tokens[j + 1].spaceBefore {
                letters += tokens[j].text
                j += 2
            }
            if j > k + 2, Self.h32DottedForms.contains(letters) { return j }
            return nil
        }
        guard Self.h32FormWords.contains(text) else { return nil }
        if k + 1 < n, keyIs(k + 1, "."), !tokens[k + 1].spaceBefore, text == "Inc" || text == "Ltd" || text == "Corp" { return k + 2 }
        return k + 1
    }

    /// "Orobica Valvole S.p.A.", "Körfez Zeytin Gıda Sanayi ve Ticaret A.Ş.", "Ruhrtal Ingenieurgesellschaft mbH", "Falkenried &
    /// Söhne KGaA": capitalized words (and linking words between them, '&' and a partner) before a legal form are one company,
    /// after a German firm's descriptor ("Harzherstellers") and without a sentence's article.
    mutating func h32LegalForms() {
        let n = tokens.count
        let forms = H32FormHashes()
        var k = 1
        while k < n {
            defer { k += 1 }
            guard h32MayOpenForm(k, forms), let fe0 = h32FormEnd(k, forms) else { continue }
            if fe0 < n, h15CapLatin(fe0), !tokens[fe0].sentenceStart, tokens[fe0 - 1].kind == .word { continue }
            // Back over the name's words.
            var a = k
            var words = 0
            var j = k - 1
            while j >= 0, words < 7 {
                if h15CapLatin(j) {
                    if h23Key(j, Self.h32FormStops) && (tokens[j].sentenceStart || j == 0) { break }
                    if lang.de, Self.hasAnySuffix(tokens[j].key, Self.h32GermanDescriptorEnds), j < a { break }
                    a = j; words += 1; j -= 1; continue
                }
                if h15GluedHyphen(j), h15CapLatin(j - 1) { j -= 1; continue }
                if (keyIs(j, "&") || (h23Key(j, Self.h32FormLinks) || h23Key(j, Self.h32RomanceLinks)) && tokens[j].kind == .word && !tokens[j].capitalized), h15CapLatin(j - 1), j + 1 < k, isCap(j + 1) {
                    j -= 1; continue
                }
                break
            }
            // A sentence's first word before a name found from the next word ("Anlaşmayı Marmara Cam … A.Ş.").
            if tokens[a].sentenceStart, words >= 3, !isGivenName(a), h32MentionStarting(at: a) == nil, h32MentionStarting(at: a + 1) != nil { a += 1; words -= 1 }
            guard words >= 1, a < k else { continue }
            // "Vauclair Frères & Cie": the partner is the form's word; the name must keep a word before '&'.
            if keyIs(a, "&") { continue }
            guard !(a..<k).contains(where: { isCountry[$0] && !isCap($0) }) else { continue }
            let (s, e) = (tokens[a].start, tokens[fe0 - 1].end)
            var lastWord = fe0 - 1
            while lastWord > k, tokens[lastWord].kind != .word { lastWord -= 1 }
            let (lw, fEnd) = (tokens[lastWord].end, tokens[fe0 - 1].end)
            // Covered already: by a name that ends with the form or goes on inside the sentence ("GmbH & Co. KG").
            let nextStarts = fe0 < n && (tokens[fe0].sentenceStart || isCap(fe0) && h23Key(fe0, Self.h32FormStops))
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= lw && ($0.end <= fEnd || !nextStarts) }) { k = fe0 - 1; continue }
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            var fe = fe0
            // "SA de CV", "S.A. de C.V.".
            if fe + 1 < n, keyIs(fe, "de"), tokens[fe + 1].kind == .word, tokens[fe + 1].capitalized || tokens[fe + 1].allCaps {
                if keyIs(fe + 1, "cv") { fe += 2 } else if keyIs(fe + 1, "c"), keyIs(fe + 2, "."), keyIs(fe + 3, "v") { fe = keyIs(fe + 4, ".") ? fe + 5 : fe + 4 }
            }
            var end = fe
            // A trailing dot that ends the sentence too stays out of the name ("… N.V." keeps its own).
            if tokens[fe - 1].kind == .punct, keyIs(fe - 1, "."), fe - 1 > k, tokens[fe - 2].kind == .word, tokens[fe - 2].text.utf8.count > 2 { end = fe - 1 }
            var m = mention(a, end, type: .organization, evidence: .cue)
            m.placeContext = false
            h27Replace(a, fe, with: m, overKnown: false)
            k = fe - 1
        }
        // "Vauclair Frères & Cie", "Falkenried & Söhne" with no form after: the partner joins the firm before it.
        // (Only at a partner's word: none in the article, no walk.)
        guard articleHas(Self.h32Partners) else { return }
        var k2 = 1
        while k2 + 1 < n {
            defer { k2 += 1 }
            guard keyIs(k2, "&", hash: forms.amp), h15CapLatin(k2 + 1), h23Key(k2 + 1, Self.h32Partners), let i = h32MentionEnding(at: k2 - 1),
                  let (a, _) = h31Span(i), mentionKnown(i) == nil else { continue }
            var z = k2 + 1
            if z + 1 < n, let fe = h32FormEnd(z + 1, forms) { z = fe - 1 }
            var a2 = a
            // A lowercase descriptor read into the firm ("banque Vauclair Frères").
            while a2 < k2 - 1, tokens[a2].kind == .word, !isCap(a2) { a2 += 1 }
            if anyMention(where: { $0.type == .organization && $0.start == tokens[a2].start && $0.end == tokens[z].end }) { continue }
            var m = mention(a2, z + 1, type: .organization, evidence: .cue)
            m.placeContext = false
            h27Replace(a, z + 1, with: m, overKnown: false)
            k2 = z
        }
    }

    // MARK: - Markets

    static let h32IndexWords = h32Keys(["cac", "sbf", "ftse", "dax", "mdax", "sdax", "tecdax", "bist", "ibex", "aex", "amx", "psi", "smi", "atx",
        "omx", "wig", "bux", "nikkei", "kospi", "sensex", "stoxx", "mib", "tsx", "asx", "hsi"])
    static let h32SymbolNouns = h32Keys(["symbol", "ticker", "tickersymbol", "kurzel", "codigo", "codice", "code", "koduyla", "kodu", "kodlu"])

    /// "(HLVG.L)", "(.FTSE)", "(CRVN.PA)": ticker codes in parentheses; "CAC 40", "BIST 100": indices; "the symbol VDNX": a
    /// symbol; "offre publique d'achat (OPA)": an acronym of lowercase words. None is an entity.
    mutating func h32MarketCodes() {
        let n = tokens.count
        var dropAcronyms: [String] = []
        let paren = Token.hash("(")   // (the hash first: few marks are one)
        // (The word's two patterns act only at an index's word or beside a symbol's noun: neither in the article, words skipped.)
        let wordCues = articleHas(Self.h32IndexWords) || articleHas(Self.h32SymbolNouns)
        var k = 0
        while k + 1 < n {
            defer { k += 1 }
            let kind = tokens[k].kind
            if kind == .punct {
                guard keyIs(k, "(", hash: paren) else { continue }
                var j = k + 1
                if j + 1 < n, keyIs(j, "."), !tokens[j + 1].spaceBefore { j += 1 }
                guard j + 1 < n, tokens[j].kind == .word, tokens[j].allCaps else { continue }
                // A ticker: CODE.SUFFIX or .INDEX.
                if j + 3 < n, keyIs(j + 1, "."), !tokens[j + 1].spaceBefore, tokens[j + 2].kind == .word, !tokens[j + 2].spaceBefore,
                   tokens[j + 2].text.utf8.count <= 2, tokens[j + 2].allCaps || tokens[j + 2].capitalized, keyIs(j + 3, ")") {
                    h32Drop(k + 1, j + 3)
                    k = j + 3
                    continue
                }
                if j == k + 2, keyIs(j + 1, ")") { h32Drop(j, j + 1); k = j + 1; continue }
                // An acronym of lowercase words before it.
                guard j == k + 1, keyIs(j + 1, ")"), tokens[j].text.utf8.count >= 2, tokens[j].text.utf8.count <= 6 else { continue }
                let letters = Array(tokens[j].key.utf8)
                var content: [Int] = [], all: [Int] = []
                var q = k - 1
                while q >= 0, k - q <= 12, all.count < letters.count + 4 {
                    if tokens[q].kind == .word {
                        if isCap(q) { break }
                        all.insert(q, at: 0)
                        if !h23Key(q, Self.h31AcronymSkips) { content.insert(q, at: 0) }
                    } else if tokens[q].kind != .elision { break }
                    q -= 1
                }
                guard letters.count >= 2 else { continue }
                var ok = false
                for list in [content, all] where list.count >= letters.count && !ok {
                    let tail = Array(list.suffix(letters.count))
                    var spelled = true
                    for (x, t) in tail.enumerated() where tokens[t].key.utf8.first != letters[x] { spelled = false; break }
                    // The first spelled word is no article or preposition, and no capital stands before it.
                    if spelled, let f = tail.first, !h23Key(f, Self.h31AcronymSkips), f > 0, !isCap(f - 1) { ok = true }
                }
                if ok { dropAcronyms.append(tokens[j].key) }
                continue
            }
            // (`isCap(k)` of a Latin word is its two case fields: read in line, not by a call per word.)
            guard wordCues, kind == .word, tokens[k].script == .latin, tokens[k].capitalized || tokens[k].allCaps else { continue }
            // An index and its number.
            if tokens[k + 1].kind == .number, h23Key(k, Self.h32IndexWords) {
                h32Drop(k, k + 1)
                continue
            }
            // A symbol after its noun, or before "koduyla".
            if tokens[k].allCaps, h23Key(k - 1, Self.h32SymbolNouns) || h32Quote(k - 1) && h23Key(k + 2, Self.h32SymbolNouns) || h23Key(k + 1, Self.h32SymbolNouns) && language == "tr" {
                h32Drop(k, k + 1)
            }
        }
        guard !dropAcronyms.isEmpty else { return }
        mentions.removeAll { m in m.known == nil && m.type != .country && m.words.count == 1 && dropAcronyms.contains { PhraseMatcher.same($0, m.words[0]) } }
    }

    // MARK: - Companies

    static let h32CompanyTails = h32Keys(["mecanique", "kapital", "capital", "associes", "associates", "partners", "industries", "industrie",
        "holding", "invest", "finance", "distribution", "farma", "pharma", "optics", "logistics", "logistique", "technologies", "systems",
        "securities", "resources", "minerals", "mining", "foods", "motors", "airlines", "airways", "textil", "verlag",
        "consulting", "conseil", "ventures", "therapeutics", "biotech", "brands", "telecom"])
    static let h32CompanyHeads = h32Keys(["editions", "edicoes", "ediciones", "edizioni", "producciones", "producoes", "productions",
        "produzioni", "construcciones", "construcoes", "laboratorios", "laboratorio", "laboratoires", "transportes", "transports", "cantina",
        "fratelli", "hermanos", "irmaos", "freres", "verlag", "studio", "studios"])

    /// 'Sterhaus Mécanique', 'Rheinfeld Kapital', 'Edições Caravela', 'Producciones Atlántida': a name typed as a person or a
    /// place whose last or first word is a company's is a company; 'Ratingagentur Moody's', 'Privatbank Falkenried': a German
    /// firm's descriptor is no part of the name.
    mutating func h32CompanyHeads() {
        var cuts: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionKnown(i) == nil {
            let t = mentionType(i)
            guard t != .country, let (a, z) = h31Span(i), tokens[a].script == .latin else { continue }
            if lang.de, z > a, t != .place, isCap(a), Self.hasAnySuffix(tokens[a].key, Self.h32GermanDescriptorEnds), h15CapLatin(a + 1), !isCountry[a + 1] {
                cuts.append((i, a + 1, z + 1))
                continue
            }
            guard t == .person || t == .place || t == nil, z > a else { continue }
            if isCap(z) && h23Key(z, Self.h32CompanyTails) || isCap(a) && h23Key(a, Self.h32CompanyHeads) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
            }
        }
        h32CompanyShortNames()
        h32Exchanges()
        guard !cuts.isEmpty else { return }
        var drop = Set<Int>(), add: [Mention] = []
        for (i, a, b) in cuts {
            drop.insert(i)
            var m = mention(a, b, type: .organization, evidence: .cue)
            m.placeContext = false
            add.append(m)
        }
        replaceMentions(removing: drop, adding: add)
    }

    /// A company's org mention (a legal form, a company's first or last word): its words.
    func h32CompanyWords() -> [[String]] {
        var out: [[String]] = []
        let forms = H32FormHashes()   // (spd23: hashed once, not at every call of `h32FormEnd`)
        for i in mentions.indices where mentionType(i) == .organization && mentionWordCount(i) >= 2 {
            guard let (a, z) = h31Span(i), tokens[a].script == .latin else { continue }
            var company = isCap(z) && h23Key(z, Self.h32CompanyTails) || isCap(a) && h23Key(a, Self.h32CompanyHeads)
            if !company {
                var q = z
                while q > a, q >= z - 5 {
                    if let fe = h32FormEnd(q, forms), fe >= z { company = true; break }
                    q -= 1
                }
            }
            if company { out.append(mentions[i].words) }
        }
        return out
    }

    /// 'Sterhaus' (a place) beside 'Sterhaus Mécanique', 'Körfez Zeytin' (a person) beside 'Körfez Zeytin … A.Ş.': the
    /// first words of a company named whole in the article are the company.
    mutating func h32CompanyShortNames() {
        let companies = h32CompanyWords()
        guard !companies.isEmpty else { return }
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .organization && mentionType(i) != .country {
            let w = mentions[i].words
            guard !w.isEmpty, w.count <= 3, !mentionPlaceContext(i), let (a, _) = h31Span(i), !tokens[a].allCaps else { continue }
            guard companies.contains(where: { $0.count > w.count && zip($0, w).allSatisfy { PhraseMatcher.same($0, $1) } }) else { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
        }
    }

    static let h32ExchangeHeads = h32Keys(["bourse", "bolsa", "borsa", "borse"])
    static let h32ExchangeLinks = h32Keys(["de", "di", "do", "von", "du"])

    /// 'la Bourse de Paris', 'la Bolsa de Madrid', 'Borsa di Milano': the exchange (one body, not a place).
    mutating func h32Exchanges() {
        guard articleHas(Self.h32ExchangeHeads) else { return }
        let n = tokens.count
        var k = 0
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h32ExchangeHeads = Self.h32ExchangeHeads, h32ExchangeLinks = Self.h32ExchangeLinks
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, !tokens[k].sentenceStart, h23Key(k, h32ExchangeHeads),
                  h23Key(k + 1, h32ExchangeLinks), h15CapLatin(k + 2) else { continue }
            var b = h23NameEnd(k + 2) ?? (k + 3)
            // "Bolsa de Comercio de Rosario": on over 'de' and capitals.
            while b + 1 < n, h23Key(b, h32ExchangeLinks), let e2 = h23NameEnd(b + 1) { b = e2 }
            let (s, e) = (tokens[k].start, tokens[b - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            var m = mention(k, b, type: .organization, evidence: .cue)
            m.placeContext = false
            h27Replace(k, b, with: m, overKnown: true)
            k = b
        }
    }

    // MARK: - Sport

    /// Club abbreviations before a name (as written).
    static let h32ClubAbbrevs: WordSet = ["FC", "AC", "AS", "US", "SC", "CD", "UD", "SD", "CF", "RC", "SSD", "ASD", "FK", "SK",
        "VfB", "VfL", "TSV", "SV", "KV", "AFC", "RCD", "SCD", "ACF", "SS", "USD", "AJ", "OGC", "RSC", "KRC"]
    static let h32ClubFirsts = h32Keys(["virtus", "atletico", "olympique", "racing", "sporting", "pro", "dinamo", "dynamo", "juventus", "lega",
        "polisportiva", "deportivo", "deportiva", "athletic"])
    static let h32ClubLasts = h32Keys(["calcio", "spor", "football", "futbol", "balompie", "fc", "cf", "sc", "club", "kulubu"])
    static let h32Venues = h32Keys(["stadio", "stade", "estadio", "stadion", "palazzetto", "palasport", "velodromo", "velodrome", "ippodromo",
        "autodromo", "circuito", "arena", "campo", "pabellon", "palais", "palacio", "palazzo"])
    static let h32Leagues = h32Keys(["federacion", "division", "rfef"])
    /// The key of `h32Sport`'s "Serie C" pattern (its gate).
    static let h32SerieKey = KeySet(["serie"])
    static let h32LeagueOrdinals = h32Keys(["primera", "segunda", "tercera"])
    static let h32Romans: WordSet = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
        "XVII", "XVIII", "XIX", "XX"]

    /// Clubs typed as people ('Virtus Lodigiana', 'Pro Sesto Calcio', 'Lega Pro'), a club's abbreviation apart from its name
    /// ('CD' + 'Huétor Vega'), a stadium after its lowercase noun ('stadio Piero Ceriani'), leagues ('Serie C', 'Segunda
    /// Federación'), Roman numerals after a lowercase noun ('grupo IV'), and a club's short name ('la Motrileña') beside its
    /// full one.
    mutating func h32Sport() {
        let en = language == "en"
        var clubWords: [String] = []
        var drop = Set<Int>(), add: [Mention] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h32LeagueOrdinals = Self.h32LeagueOrdinals, h32Leagues = Self.h32Leagues, h32Romans = Self.h32Romans,
            h32Venues = Self.h32Venues, h32ClubFirsts = Self.h32ClubFirsts, h32NickArticles = Self.h32NickArticles,
            h32ClubAbbrevs = Self.h32ClubAbbrevs, h32ClubLasts = Self.h32ClubLasts
        // (The leagues' and the stadium's patterns act only at a word of their lists: skipped when those are absent.)
        let serie = articleHas(Self.h32SerieKey), leagues = articleHas(h32LeagueOrdinals) && articleHas(h32Leagues), venues = articleHas(h32Venues)
        for i in mentions.indices where mentionKnown(i) == nil {
            let t = mentionType(i)
            guard t != .country, let (a, z) = h31Span(i), tokens[a].script == .latin else { continue }
            // Leagues.
            if serie, z == a + 1, keyIs(a, "serie"), isCap(z), tokens[z].text.utf8.count == 1 { drop.insert(i); continue }
            if leagues, z == a + 1, h23Key(a, h32LeagueOrdinals), h23Key(z, h32Leagues) { drop.insert(i); continue }
            // A Roman numeral after a lowercase noun.
            if z == a, a > 0, tokens[a].allCaps, h18Lower(a - 1), h32Romans.contains(tokens[a].text) { drop.insert(i); continue }
            // A stadium after its noun.
            if venues, a > 0, h18Lower(a - 1), h23Key(a - 1, h32Venues), t == .person || t == nil || t == .organization, !h23Key(a, h32ClubFirsts) {
                mentions[i].type = .place
                mentions[i].placeContext = true
                continue
            }
            // "El CD Villanueva …": the sentence's article is no part of the club.
            if !en, z > a + 1, tokens[a].sentenceStart, h23Key(a, h32NickArticles), tokens[a + 1].allCaps, h32ClubAbbrevs.contains(tokens[a + 1].text) {
                drop.insert(i)
                var m = mention(a + 1, z + 1, type: .organization, evidence: .cue)
                m.placeContext = false
                add.append(m)
                clubWords.append(tokens[z].key)
                continue
            }
            // A club's abbreviation before a name read apart.
            if !en, a > 0, tokens[a - 1].kind == .word, tokens[a - 1].allCaps || tokens[a - 1].capitalized, h32ClubAbbrevs.contains(tokens[a - 1].text),
               !isCountry[a - 1], t != .organization || z > a, tokens[a].spaceBefore {
                drop.insert(i)
                if let j = h32MentionStarting(at: a - 1), j != i { drop.insert(j) }
                var m = mention(a - 1, z + 1, type: .organization, evidence: .cue)
                m.placeContext = false
                add.append(m)
                clubWords.append(tokens[z].key)
                continue
            }
            guard z > a else { continue }
            let clubFirst = isCap(a) && h23Key(a, h32ClubFirsts) || h32ClubAbbrevs.contains(tokens[a].text) && !en
            let clubLast = isCap(z) && h23Key(z, h32ClubLasts)
            if clubFirst || clubLast {
                if t != .organization, !(a...z).contains(where: { isCountry[$0] }) {
                    mentions[i].type = .organization
                    mentions[i].placeContext = false
                }
                if mentionType(i) == .organization {
                    clubWords.append(tokens[z].key)
                    if clubFirst, !h32ClubAbbrevs.contains(tokens[a].text) { clubWords.append(tokens[a].key) }
                }
            }
        }
        if !drop.isEmpty || !add.isEmpty { replaceMentions(removing: drop, adding: add) }
        guard !clubWords.isEmpty else { return }
        // A club's short name: one word of its full name, not a place.
        var drop2 = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionWordCount(i) == 1 {
            let t = mentionType(i)
            guard t == .organization || t == .person || t == nil && !mentionPlaceContext(i) else { continue }
            let w = mentions[i].words[0]
            guard clubWords.contains(where: { PhraseMatcher.same($0, w) }) else { continue }
            drop2.insert(i)
        }
        if !drop2.isEmpty { replaceMentions(removing: drop2) }
    }

    // MARK: - Acronym-spelled names

    /// "Federazione Italiana Giuoco Calcio (FIGC)", "Koninklijk Nederlands Meteorologisch Instituut (KNMI)", "Direção-Geral do
    /// Livro, dos Arquivos e das Bibliotecas (DGLAB)": the acronym rule of holdout31, also over a country's adjective inside
    /// the name and over commas of a list of its words.
    mutating func h32AcronymNames() { acronymSpelledNames(.wide) }

    // MARK: - Titles of works

    static let h32WorkNouns = h32Keys(["romance", "romanzo", "roman", "novela", "novel", "livro", "libro", "livre", "buch", "book", "film", "filme",
        "pelicula", "documentaire", "documental", "documentario", "disco", "album", "single", "cancion", "chanson", "cancao", "canzone", "song",
        "lied", "obra", "opera", "oeuvre", "serie", "piece", "poemario", "ensayo", "ensaio", "saggio", "essai", "journal", "revue", "revista",
        "zeitschrift", "rivista", "tijdschrift", "magazine", "dergisi", "com", "con", "avec", "with", "mit", "met", "ile"])

    static let h32PrizeHeads = h32Keys(["premio", "prix", "preis", "prize", "award", "premi"])
    /// The journals' nouns of `h32Works` (the gate of its unquoted pattern).
    static let h32JournalNouns = KeySet(["journal", "revue", "zeitschrift", "rivista", "tijdschrift"])

    /// 'o romance "A Casa das Marés"', 'com "Quintal de Inverno"', 'the journal Global Change Biology': a title (no entity);
    /// 'Escrevi-o': a Portuguese verb with its pronoun.
    mutating func h32Works() {
        var drop = Set<Int>()
        // (The words below compared by their keys' hashes first, with no call: see `keyIs(_:_:hash:)`.)
        let (hComma, hOr, hOro, hDe, hOuro, hPlata) = (Token.hash(","), Token.hash("or"), Token.hash("oro"), Token.hash("de"), Token.hash("ouro"), Token.hash("plata"))
        let (hJournal, hRevue, hZeitschrift, hRivista, hTijdschrift) = (Token.hash("journal"), Token.hash("revue"), Token.hash("zeitschrift"),
                                                                         Token.hash("rivista"), Token.hash("tijdschrift"))
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h32NickArticles = Self.h32NickArticles, h32FormStops = Self.h32FormStops, h32WorkNouns = Self.h32WorkNouns,
            h32PrizeHeads = Self.h32PrizeHeads
        // (The prize's and the journal's patterns act only at a word of their lists: skipped when those are absent.)
        let prizes = articleHas(h32PrizeHeads), journals = articleHas(Self.h32JournalNouns)
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = h31Span(i), a > 0, tokens[a].script == .latin else { continue }
            // Quoted: the quote before (after an article inside it), the quote after.
            var q = a - 1
            if !h32Quote(q), q > 0, tokens[q].kind == .word, h23Key(q, h32NickArticles) || h23Key(q, h32FormStops) { q -= 1 }
            if z > a, h32Quote(q), z + 1 < tokens.count, h32Quote(z + 1) || keyIs(z + 1, ",", hash: hComma) && h32Quote(z + 2), q > 0, h18Lower(q - 1), h23Key(q - 1, h32WorkNouns) {
                drop.insert(i); continue
            }
            // A prize ("Prémio Literário …", "l'Hermine d'or").
            if prizes, isCap(a), h23Key(a, h32PrizeHeads), z > a || tokens[a].sentenceStart == false { drop.insert(i); continue }
            if z + 2 < tokens.count, tokens[z + 1].kind == .elision, keyIs(z + 2, "or", hash: hOr) || keyIs(z + 2, "oro", hash: hOro) { drop.insert(i); continue }
            if z + 2 < tokens.count, keyIs(z + 1, "de", hash: hDe),
               keyIs(z + 2, "oro", hash: hOro) || keyIs(z + 2, "ouro", hash: hOuro) || keyIs(z + 2, "plata", hash: hPlata) { drop.insert(i); continue }
            // Unquoted after a journal's noun.
            if journals, h18Lower(a - 1), keyIs(a - 1, "journal", hash: hJournal) || keyIs(a - 1, "revue", hash: hRevue) || keyIs(a - 1, "zeitschrift", hash: hZeitschrift)
                || keyIs(a - 1, "rivista", hash: hRivista) || keyIs(a - 1, "tijdschrift", hash: hTijdschrift), mentionType(i) != .organization || z > a {
                drop.insert(i); continue
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        // A mention ending before a clitic pronoun glued by a hyphen ("Escrevi" + "-o").
        if lang.pt {
            var drop2 = Set<Int>()
            for i in mentions.indices where mentionKnown(i) == nil && mentionWordCount(i) <= 2 && mentionType(i) != .country {
                guard let (a, z) = h31Span(i), z == a || z == a + 2, tokens[a].sentenceStart, h15GluedHyphen(a + 1), a + 2 < tokens.count, h18Lower(a + 2),
                      tokens[a + 2].text.utf8.count <= 3 else { continue }
                drop2.insert(i)
            }
            if !drop2.isEmpty { replaceMentions(removing: drop2) }
        }
    }

    // MARK: - Initials

    /// "Rosalind M. Achterberg": a given name, one capital and a dot, a surname read apart: one person.
    mutating func h32MiddleInitials() {
        let n = tokens.count
        var k = 1
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, tokens[k].end - tokens[k].start == 1, keyIs(k + 1, "."), !tokens[k + 1].spaceBefore,
                  h15CapLatin(k + 2), h15CapLatin(k - 1) else { continue }
            guard let g = h32MentionEnding(at: k - 1), let s = h32MentionStarting(at: k + 2), g != s else { continue }
            let tg = mentionType(g), ts = mentionType(s)
            guard tg == .person || tg == nil, ts == .person || ts == nil, mentionWordCount(g) <= 2, mentionWordCount(s) <= 2,
                  mentionKnown(g) == nil, mentionKnown(s) == nil, let (a, _) = h31Span(g), let (_, z) = h31Span(s) else { continue }
            guard tg == .person || isGivenName(a) else { continue }
            var m = mention(a, z + 1, type: .person, evidence: .cue)
            m.placeContext = false
            h27Replace(a, z + 1, with: m, overKnown: false)
            k = z
        }
    }

    // MARK: - English

    static let h32EnglishSiteTails = h32Keys(["reef", "bay", "island", "islands", "beach", "lagoon", "atoll", "peninsula", "gorge", "falls",
        "glacier", "canyon", "heads", "sound", "cove", "inlet", "ranges"])
    static let h32Exchanges = h32Keys(["nasdaq", "nyse", "euronext", "xetra"])

    /// 'Ningaloo Reef', 'Great Barrier Reef' typed people: places; 'the Nasdaq' a place: an exchange.
    mutating func h32English() {
        guard articleHas(Self.h32EnglishSiteTails) || articleHas(Self.h32Exchanges) else { return }
        for i in mentions.indices where mentionKnown(i) == nil {
            let t = mentionType(i)
            guard t == .person || t == nil || t == .place, let (a, z) = h31Span(i) else { continue }
            if t != .place, z > a, isCap(z), h23Key(z, Self.h32EnglishSiteTails) {
                mentions[i].type = .place
                mentions[i].placeContext = true
            } else if z == a, h23Key(a, Self.h32Exchanges) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
            }
        }
    }

    // MARK: - Dutch

    static let h32DutchBodies = h32Keys(["universiteit", "instituut", "hogeschool", "ministerie", "gemeente", "provincie", "rechtbank", "bank",
        "stichting", "raad", "centrum", "agentschap", "dienst", "vereniging", "academie", "museum", "ziekenhuis"])
    static let h32DutchPlacePreps = h32Keys(["rond", "rondom", "nabij", "vanaf", "naar", "bij", "in", "uit", "tussen", "richting", "via", "te"])
    static let h32DutchCompass = h32Keys(["zuiden", "noorden", "oosten", "westen"])
    static let h32VehicleNouns = h32Keys(["satelliet", "satellite", "satellit", "satelite", "sonde", "probe", "rover", "raket", "fusee", "cohete",
        "foguete", "razzo", "capsule", "lander", "ruimtesonde", "raumsonde"])

    /// 'Annelies van der Kooij-Brink van SRON', 'Joris … van de Universiteit Leiden': a person and a body over 'van'; towns
    /// after a locative preposition; 'De Bilt'; adjectives in -se ('Europese', 'Delftse'); a satellite's name; 'ministerie
    /// van Economische Zaken' and 'Nederlands Instituut voor X' bodies.
    mutating func h32Dutch() {
        let n = tokens.count
        var drop = Set<Int>(), add: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil {
            let t = mentionType(i)
            guard t != .country, let (a, z) = h31Span(i) else { continue }
            // A person and a body over 'van'.
            if z > a + 1, t == .person || t == .organization {
                var split = -1
                var v = z - 1
                while v > a {
                    if keyIs(v, "van"), !isCap(v) {
                        if tokens[v + 1].allCaps { split = v + 1; break }
                        if keyIs(v + 1, "de") || keyIs(v + 1, "het"), v + 2 <= z, h23Key(v + 2, Self.h32DutchBodies) { split = v + 2; break }
                    }
                    v -= 1
                }
                if split > 0, v - a >= 2 {
                    drop.insert(i)
                    var p = mention(a, v, type: .person, evidence: .cue)
                    p.placeContext = false
                    add.append(p)
                    let (s, e) = (tokens[split].start, tokens[z].end)
                    if !anyMention(where: { $0.start == s && $0.end == e }) {
                        var o = mention(split, z + 1, type: .organization, evidence: .cue)
                        o.placeContext = false
                        add.append(o)
                    }
                    continue
                }
            }
            guard z == a else { continue }
            // Adjectives in -se before a lowercase noun.
            if t != .person, PlainText.hasSuffix(tokens[a].key, "se"), tokens[a].key.utf8.count >= 6, a + 1 < n, h18Lower(a + 1), !tokens[a].allCaps, !isGivenName(a) {
                drop.insert(i); continue
            }
            // A satellite's or a rocket's name.
            if a > 0, h18Lower(a - 1), h23Key(a - 1, Self.h32VehicleNouns) { drop.insert(i); continue }
            // 'De Bilt', 'Den Helder'.
            if a > 1, keyIs(a - 1, "de") || keyIs(a - 1, "den"), isCap(a - 1), !tokens[a - 1].sentenceStart, h23Key(a - 2, Self.h32DutchPlacePreps) {
                drop.insert(i)
                add.append(h32Place(a - 1, a + 1))
                continue
            }
            // A town after a locative preposition.
            if t == .organization || t == nil, !tokens[a].allCaps, orgKeyword(at: a) == nil, a > 0,
               h23Key(a - 1, Self.h32DutchPlacePreps) && h18Lower(a - 1) || keyIs(a - 1, "van") && h23Key(a - 2, Self.h32DutchCompass) {
                mentions[i].type = .place
                mentions[i].placeContext = true
            }
        }
        if !drop.isEmpty || !add.isEmpty { replaceMentions(removing: drop, adding: add) }
        // 'ministerie van X en Y', 'Nederlands Instituut voor X'.
        var k = 0
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word else { continue }
            var a = -1, b = -1
            if keyIs(k, "ministerie"), keyIs(k + 1, "van"), h15CapLatin(k + 2) {
                a = k; b = k + 2
            } else if isCountry[k], isCap(k), h15CapLatin(k + 1), h23Key(k + 1, Self.h32DutchBodies), keyIs(k + 2, "voor") || keyIs(k + 2, "van"), h15CapLatin(k + 3) {
                a = k; b = k + 3
            }
            guard a >= 0 else { continue }
            while b < n, h15CapLatin(b) || keyIs(b, "en") && h15CapLatin(b + 1) { b += 1 }
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { continue }
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            var m = mention(a, b, type: .organization, evidence: .cue)
            m.placeContext = false
            h27Replace(a, b, with: m, overKnown: false)
            k = b
        }
    }

    func h32Place(_ a: Int, _ b: Int) -> Mention {
        var m = mention(a, b, type: .place, evidence: .cue)
        m.placeContext = true
        return m
    }

    // MARK: - Particles

    static let h32Particles = h32Keys(["ten", "ter", "te", "den", "op", "van"])

    /// 'Pieter-Jan ten Velde': a given name, a lowercase particle, a capitalized surname read apart: one person.
    mutating func h32Particles() {
        let n = tokens.count
        var k = 1
        while k + 1 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, h18Lower(k), h23Key(k, Self.h32Particles), h15CapLatin(k + 1), h15CapLatin(k - 1) else { continue }
            guard let g = h32MentionEnding(at: k - 1), mentionType(g) == .person, mentionWordCount(g) <= 2, let (a, _) = h31Span(g) else { continue }
            var z = k + 1
            if let s = h32MentionStarting(at: k + 1) {
                guard mentionWordCount(s) == 1, mentionKnown(s) == nil, mentionType(s) != .place else { continue }
            }
            if let e = h23NameEnd(k + 1) { z = e - 1 }
            guard !(k...z).contains(where: { isCountry[$0] }), orgKeyword(at: k + 1) == nil else { continue }
            var m = mention(a, z + 1, type: .person, evidence: .cue)
            m.placeContext = false
            h27Replace(a, z + 1, with: m, overKnown: false)
            k = z
        }
    }

    // MARK: - Turkish

    static let h32TurkishGeo = ["bolge", "ilce", "nehr", "korfez", "yarimada", "vadis", "ovas"]
    static let h32TurkishBodyStems = ["kurul", "kurum", "bakanlig", "baskanlig", "mudurlug", "universite", "dernek", "derneg", "vakf", "sirket",
        "bankas", "odas", "sendika"]
    static let h32TurkishBoards: WordSet = ["yonetim kurulu", "genel kurul", "icra kurulu", "denetim kurulu"]
    static let h32TurkishTitles: WordSet = ["Av", "Doç", "Op", "Uzm", "Yrd", "Dr", "Prof", "Arş", "Gör"]

    /// 'Ayvalık'taki', 'Edremit'te': a name with a locative or ablative ending a place; 'Ege bölgesinden' a place; 'Sermaye
    /// Piyasası Kurulunun' a body; 'Yönetim Kurulu' (a company's board) and 'Av.' (a title) no entity.
    mutating func h32Turkish() {
        var drop = Set<Int>(), add: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil {
            let t = mentionType(i)
            guard t != .country, let (a, z) = h31Span(i) else { continue }
            if z == a, tokens[a].text.utf8.count <= 4, Self.h32TurkishTitles.contains(tokens[a].text), keyIs(a + 1, "."), h15CapLatin(a + 2) {
                drop.insert(i); continue
            }
            if z == a + 1, Self.h32TurkishBoards.contains(tokens[a].key + " " + tokens[z].key) { drop.insert(i); continue }
            if t != .organization, isCap(z), Self.h32TurkishBodyStems.contains(where: { tokens[z].key.hasPrefix($0) }) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
                continue
            }
            // The case ending after the apostrophe.
            let ending = z + 1 < tokens.count && tokens[z + 1].kind == .punct && !tokens[z + 1].spaceBefore ? tokens[z + 1].key : ""
            let locative = ending.utf8.count >= 3 && (ending.hasPrefix("'d") || ending.hasPrefix("'t"))
            let geo = z + 1 < tokens.count && h18Lower(z + 1) && Self.h32TurkishGeo.contains(where: { tokens[z + 1].key.hasPrefix($0) })
            guard locative || geo, t != .place, orgKeyword(at: z) == nil, !tokens[z].allCaps else { continue }
            if z == a {
                mentions[i].type = .place
                mentions[i].placeContext = true
            } else if z == a + 1, tokens[a].sentenceStart, !isGivenName(a), t == .person || t == nil {
                drop.insert(i)
                add.append(h32Place(z, z + 1))
            }
        }
        if !drop.isEmpty || !add.isEmpty { replaceMentions(removing: drop, adding: add) }
    }

    // MARK: - German

    static let h32GermanBodyEnds = ["kommission", "parlament", "rat", "gericht", "behorde", "agentur", "ministerium", "gipfel"]

    /// '(dpa-AFX)' on a dateline; 'EU-Kommission' one body; 'Uwe R.' (a defendant's given name and initial) a person.
    mutating func h32German() {
        let n = tokens.count
        // The dateline's agency with a lowercase first part.
        let limit = min(n - 5, 40)
        if limit > 0 {
            for k in 0..<limit where tokens[k].kind == .punct && keyIs(k, "(") {
                guard tokens[k + 1].kind == .word, h18Lower(k + 1), keyIs(k + 2, "-"), !tokens[k + 2].spaceBefore, tokens[k + 3].kind == .word,
                      tokens[k + 3].allCaps, !tokens[k + 3].spaceBefore, keyIs(k + 4, ")") else { continue }
                let (s, e) = (tokens[k + 1].start, tokens[k + 3].end)
                if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { break }
                var m = mention(k + 1, k + 4, type: .organization, evidence: .cue)
                m.parenthesized = false
                h27Replace(k + 1, k + 4, with: m, overKnown: true)
                break
            }
        }
        var k = 0
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, isCap(k) else { continue }
            // "EU-Kommission".
            if tokens[k].allCaps, h15GluedHyphen(k + 1), h15CapLatin(k + 2), Self.hasAnySuffix(tokens[k + 2].key, Self.h32GermanBodyEnds) {
                let (s, e) = (tokens[k].start, tokens[k + 2].end)
                if !anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) {
                    var m = mention(k, k + 3, type: .organization, evidence: .cue)
                    m.placeContext = false
                    h27Replace(k, k + 3, with: m, overKnown: true)
                }
                k += 2
                continue
            }
            // "Uwe R.".
            if tokens[k].capitalized, !tokens[k].allCaps, isGivenName(k), tokens[k + 1].kind == .word, tokens[k + 1].capitalized,
               tokens[k + 1].text.unicodeScalars.count == 1, keyIs(k + 2, "."), !tokens[k + 2].spaceBefore {
                let (s, e) = (tokens[k].start, tokens[k + 1].end)
                if !anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= e }) {
                    var m = mention(k, k + 2, type: .person, evidence: .cue)
                    m.placeContext = false
                    h27Replace(k, k + 2, with: m, overKnown: false)
                }
                k += 2
            }
        }
    }

    // MARK: - French

    static let h32DemonymEnds = ["ois", "oise", "ais", "aise", "ien", "ienne", "ain", "aine", "ais"]
    static let h32PluralDemonymEnds = ["ons", "ais", "ois", "iens", "ains", "ards"]
    static let h32FrenchTitleAcronyms: WordSet = ["PDG", "DG", "DRH", "CEO", "DAF", "DGA"]
    static let h32FrenchArticles = h32Keys(["le", "la", "les", "l", "du", "des", "au", "aux"])

    /// The heads `h32French`'s festival walk acts at (its gate).
    static let h32FrenchFestivalHeads = KeySet(["festival", "salon", "rencontres"])

    /// 'la Québécoise Marie-Ève …': the demonym no part of the person; 'PDG de Corvenne' the company; 'CFE-CGC de Sterhaus'
    /// the union (the company is named apart); 'Région Bretagne' the regional body; 'Festival du film … de Saint-Malo' one
    /// body; 'dans le Cher' a place; 'Les Berrichons' no entity.
    mutating func h32French() {
        var drop = Set<Int>(), add: [Mention] = []
        let orgWords: [[String]] = mentions.indices.compactMap { mentionType($0) == .organization ? mentions[$0].words : nil }
        // (The words below compared by their keys' hashes first, with no call: see `keyIs(_:_:hash:)`.)
        let (hRegion, hLe, hLa, hDans, hLes) = (Token.hash("region"), Token.hash("le"), Token.hash("la"), Token.hash("dans"), Token.hash("les"))
        let (hFestival, hSalon, hRencontres) = (Token.hash("festival"), Token.hash("salon"), Token.hash("rencontres"))
        for i in mentions.indices where mentionKnown(i) == nil {
            let t = mentionType(i)
            guard t != .country, let (a, z) = h31Span(i) else { continue }
            if t == .person, z >= a + 2, a > 0, isCap(a), h23Key(a - 1, Self.h32FrenchArticles) || tokens[a - 1].kind == .elision,
               Self.hasAnySuffix(tokens[a].key, Self.h32DemonymEnds), !isGivenName(a) {
                drop.insert(i)
                var m = mention(a + 1, z + 1, type: .person, evidence: .cue)
                m.placeContext = false
                add.append(m)
                continue
            }
            // "PDG de Corvenne", "CFE-CGC de Sterhaus": an acronym (glued by hyphens) before "de" and a company.
            if t == .organization, z >= a + 2, tokens[a].allCaps {
                var d = a + 1
                while d < z, h15GluedHyphen(d), tokens[d + 1].allCaps { d += 2 }
                if d < z, keyIs(d, "de") || keyIs(d, "du"), h15CapLatin(d + 1) {
                    let title = d == a + 1 && Self.h32FrenchTitleAcronyms.contains(tokens[a].text)
                    let rest = ((d + 1)...z).compactMap { tokens[$0].kind == .word ? tokens[$0].key : nil }
                    let named = orgWords.contains(where: { $0.count >= rest.count && $0 != mentions[i].words && zip($0, rest).allSatisfy { PhraseMatcher.same($0, $1) } })
                    if title || named {
                        drop.insert(i)
                        if title {
                            if !named { var o = mention(d + 1, z + 1, type: .organization, evidence: .cue); o.placeContext = false; add.append(o) }
                        } else {
                            var o = mention(a, d, type: .organization, evidence: .cue); o.placeContext = false; add.append(o)
                        }
                        continue
                    }
                }
            }
            if z == a + 1 || z == a, keyIs(a, "region", hash: hRegion), isCap(a), t != .organization {
                mentions[i].type = .organization
                mentions[i].placeContext = false
                continue
            }
            if z == a, a > 1, t != .place, keyIs(a - 1, "le", hash: hLe) || keyIs(a - 1, "la", hash: hLa), keyIs(a - 2, "dans", hash: hDans),
               a + 1 < tokens.count, tokens[a + 1].kind == .punct {
                mentions[i].type = .place
                mentions[i].placeContext = true
                continue
            }
            if z == a, a > 0, keyIs(a - 1, "les", hash: hLes), Self.hasAnySuffix(tokens[a].key, Self.h32PluralDemonymEnds), t != .place || mentionEvidence(i) == .guess {
                drop.insert(i)
            }
        }
        if !drop.isEmpty || !add.isEmpty { replaceMentions(removing: drop, adding: add) }
        // "Festival du film francophone de Saint-Malo".
        let n = tokens.count
        // (Only at one of the three heads: none in the article, no walk.)
        var k = articleHas(Self.h32FrenchFestivalHeads) ? 0 : n
        while k + 3 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized,
                  keyIs(k, "festival", hash: hFestival) || keyIs(k, "salon", hash: hSalon) || keyIs(k, "rencontres", hash: hRencontres) else { continue }
            var j = k + 1
            while j < n, j - k <= 6, h18Lower(j) || tokens[j].kind == .elision { j += 1 }
            guard j > k + 1, j < n, h15CapLatin(j), keyIs(j - 1, "de") || keyIs(j - 1, "d'") || tokens[j - 1].kind == .elision else { continue }
            var b = j
            while b < n, h15CapLatin(b) || h15GluedHyphen(b) { b += 1 }
            let (s, e) = (tokens[k].start, tokens[b - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { continue }
            var m = mention(k, b, type: .organization, evidence: .cue)
            m.placeContext = false
            // The place inside stays a place elsewhere, not here.
            h27Replace(k, b, with: m, overKnown: true)
            k = b
        }
    }

    // MARK: - Italian

    static let h32ItalianArticles = h32Keys(["lo", "la", "il", "gli", "le", "i", "l"])
    static let h32ItalianBodyHeads = h32Keys(["guardia", "corte", "procura", "tribunale", "banca", "cassa", "camera", "polizia", "agenzia",
        "autorita", "questura", "prefettura"])

    /// 'Lo' opening a sentence no name; 'Guardia di Finanza di Bergamo' typed a person a body; 'Corte d'appello di Brescia'
    /// one body.
    static let h32ItalianVenueElisions = h32Keys(["all'", "dall'", "nell'", "sull'"])
    mutating func h32Italian() {
        var drop = Set<Int>(), add: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil {
            let t = mentionType(i)
            guard t != .country, let (a, z) = h31Span(i) else { continue }
            if z == a, tokens[a].sentenceStart, h23Key(a, Self.h32ItalianArticles), a + 1 < tokens.count, h18Lower(a + 1) { drop.insert(i); continue }
            if t == .person, z > a, isCap(a), h23Key(a, Self.h32ItalianBodyHeads) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
                continue
            }
            // "Nucleo di polizia …": one capital before 'di' and a lowercase noun is a generic unit.
            if z == a, t == .organization || t == nil, keyIs(a + 1, "di"), h18Lower(a + 2), !tokens[a].sentenceStart, !tokens[a].allCaps { drop.insert(i); continue }
            // "all'Ettore Dossena (di Casalpusterlengo)": a person's name after an article is a venue named after one.
            if t == .person, z > a, a > 0, tokens[a - 1].kind == .elision, h23Key(a - 1, Self.h32ItalianVenueElisions) {
                var d = a + 1
                while d < z, !keyIs(d, "di") { d += 1 }
                drop.insert(i)
                add.append(h32Place(a, d))
                if d < z, h15CapLatin(d + 1) { add.append(h32Place(d + 1, z + 1)) }
            }
        }
        if !drop.isEmpty || !add.isEmpty { replaceMentions(removing: drop, adding: add) }
        let n = tokens.count
        var k = 0
        while k + 4 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, h23Key(k, Self.h32ItalianBodyHeads), tokens[k + 1].kind == .elision else { continue }
            var j = k + 1
            while j < n, j - k <= 4, tokens[j].kind == .elision || h18Lower(j) && !keyIs(j, "di") { j += 1 }
            guard keyIs(j, "di"), h15CapLatin(j + 1) else { continue }
            var b = j + 1
            while b < n, h15CapLatin(b) { b += 1 }
            let (s, e) = (tokens[k].start, tokens[b - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { continue }
            var m = mention(k, b, type: .organization, evidence: .cue)
            m.placeContext = false
            h27Replace(k, b, with: m, overKnown: false)
            k = b
        }
    }

    // MARK: - Romance places

    static let h32IslandHeads = h32Keys(["ilha", "isla", "isola", "ile"])
    static let h32RomanceLinks = h32Keys(["de", "do", "da", "di", "del", "della", "du", "des"])
    static let h32VenueHeads = h32Keys(["palau", "palacio", "palazzo", "pabellon"])
    static let h32VenueTails = h32Keys(["center", "arena", "dome"])
    static let h32LanguagePreps = h32Keys(["para", "em", "en", "in", "vers"])

    /// 'Ilha de Moçambique' a place (not the country); 'Palau Sant Jordi' a venue (not Palau); 'WiZink Center' a venue in a
    /// Romance text; 'traduzida para francês' a language, not France.
    mutating func h32RomancePlaces() {
        let n = tokens.count
        var k = 0
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h32LanguagePreps = Self.h32LanguagePreps, h32IslandHeads = Self.h32IslandHeads, h32RomanceLinks = Self.h32RomanceLinks,
            h32VenueHeads = Self.h32VenueHeads, h32VenueTails = Self.h32VenueTails
        // (A capitalized word is read only as an island's or a venue's head, a body only by a venue's last word: skipped when
        // the lists are absent from the article.)
        let headCues = articleHas(h32IslandHeads) || articleHas(h32VenueHeads), tailCues = articleHas(h32VenueTails)
        while k + 1 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { continue }
            if !isCap(k) {
                // A language after a preposition, before punctuation.
                if k > 0, tokens[k + 1].kind == .punct, h23Key(k - 1, h32LanguagePreps) {
                    let (s, e) = (tokens[k].start, tokens[k].end)
                    mentions.removeAll { $0.type == .country && $0.start == s && $0.end == e }
                    isCountry[k] = false
                }
                continue
            }
            guard headCues else { continue }
            var b = -1
            if h23Key(k, h32IslandHeads), h23Key(k + 1, h32RomanceLinks), h15CapLatin(k + 2) {
                b = k + 2
            } else if h23Key(k, h32VenueHeads), h15CapLatin(k + 1), !tokens[k].sentenceStart || isCountry[k], k > 0, !isCap(k - 1) {
                b = k + 1
            }
            guard b > 0 else { continue }
            while b < n, h15CapLatin(b) || h15GluedHyphen(b) { b += 1 }
            let (s, e) = (tokens[k].start, tokens[b - 1].end)
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == e }) { k = b; continue }
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            // The country read from the head ("Palau") is not named here.
            if isCountry[k], h23Key(k, h32VenueHeads) {
                let (cs, ce) = (tokens[k].start, tokens[k].end)
                mentions.removeAll { $0.type == .country && $0.start == cs && $0.end == ce }
                isCountry[k] = false
            }
            h27Replace(k, b, with: h32Place(k, b), overKnown: false)
            k = b
        }
        // "WiZink Center": an English venue's last word in a Romance text.
        for i in mentions.indices where tailCues && mentionKnown(i) == nil && mentionType(i) == .organization && mentionWordCount(i) >= 2 {
            guard let (_, z) = h31Span(i), isCap(z), h23Key(z, h32VenueTails) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }
}
