import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout14 (seed-style wire copy in six languages, scored
/// untouched at 0.674 before any of them): one-word towns after a route noun and "to", after "from", "depuis",
/// "le long du", a station noun, and the towns listed after them, which the earlier passes left untyped (and
/// grouping then called organizations). One pass, run after every other (it sees the mentions of all scripts).
extension NameFinder {
    /// Lowercase words before "to" that make the next one-word name a destination ("the roads to X", "extended to X").
    static let h14RouteWordsBeforeTo = KeySet([
        "road", "roads", "route", "routes", "railway", "railways", "line", "lines", "highway", "highways", "flight", "flights",
        "train", "trains", "corridor", "way", "access", "extended", "expanded", "shipped", "delivered", "exported", "sent",
        "transported", "travel", "travelled", "traveled", "moved", "relocated", "go", "goes", "went", "trip", "trips", "journey",
        "link", "links", "connection", "connections", "bound", "return", "returned", "returning",
    ])
    /// Lowercase words before "from" after which a one-word name is more often a backer, a sender or a
    /// team than a place ("support from X", "experts from X", "a letter from X").
    static let h14FromNotPlace = KeySet([
        "support", "funding", "financing", "assistance", "help", "loan", "loans", "grant", "grants", "investment", "investments",
        "investors", "experts", "specialists", "delegation", "delegations", "representatives", "officials", "engineers", "letter",
        "message", "messages", "order", "orders", "students", "teachers", "doctors", "partners", "companies", "guests", "team",
        "teams", "participants", "colleagues", "counterparts", "approval", "permission", "request", "requests", "call", "calls",
        "data", "report", "reports", "statement", "comment", "comments", "answer", "response", "award", "offer", "bid", "bids",
        "interest", "pressure", "criticism", "members", "staff", "workers", "managers", "players", "visitors", "lawyers",
        "consultants", "scientists", "researchers", "journalists", "reporters", "graduates", "one", "two", "three",
    ])
    /// Verbs of departure whose object is a place ("the kits will leave Lepel", "the train left Zhlobin").
    static let h14LeaveVerbs = KeySet(["leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing"])
    /// French station and settlement nouns before "de"/"d'" and a name ("la gare d'Arys", "le village de X").
    static let h14FrenchPlaceNounsBeforeDe = KeySet(["gare", "village", "commune", "bourg", "hameau", "localité", "bourgade", "cité", "oasis"])

    mutating func refineHoldout14() {
        let latin = tokens.contains(where: { $0.script == .latin && $0.kind == .word })
        if latin || tokens.contains(where: { $0.script == .cyrillic && $0.kind == .word }) {
            h14LegalFormTails()
            h14InitialsSplitOff()
        }
        if hasArabic {
            h14ArabicOrganizationTails()
            h14ArabicPersonEnds()
            h14ArabicPlaceLists()
            h14ArabicNamesAfterTitleChains()
        }
        if tokens.contains(where: { $0.script == .cyrillic && $0.kind == .word }) {
            h14RussianTitledDescriptions()
            h14RussianAdjectiveInstitutions()
            h14RussianLoneAdjectives()
        }
        if latin && lang.vi { h14Vietnamese() }
        if hasHan { h14Han() }
        if latin {
            if lang.fr { h14FrenchMinistryLists(); h14FrenchCoordinatedAdjectives() }
            h14LatinPlacesByContext()
        }
    }

    /// Legal forms (as written, dots and spaces included) that close a company's name and that the
    /// earlier lists lack: Finnish, Swedish, Danish, Spanish, Luxembourgish/French, Romanian, Slovenian/Croatian, Hungarian.
    static let h14LegalForms: [String] = [
        "Oy", "Oyj", "AB", "ApS", "S.L.", "S.L.U.", "S.à r.l.", "S.à.r.l.", "Sàrl", "SARL", "S.A.R.L.", "S.A.S.", "SAS", "SRL", "S.R.L.",
        "d.o.o.", "d.d.", "Kft.", "Zrt.", "Lda", "Lda.", "Unipessoal Lda", "GIE",
    ]

    /// Every leading part of a legal form ("S", "S.", "S.à", …): the text read so far that is none of these can
    /// grow into no form, so the search stops there (most words stop at their first token).
    static let h14LegalFormPrefixes: WordSet = WordSet(Set(h14LegalForms.flatMap { f in (1...f.count).map { String(f.prefix($0)) } }))
    /// The first bytes the forms open with: a word opening with another byte is no form, tested before any string is built.
    static let h14LegalFormFirstBytes: Set<UInt8> = Set(h14LegalForms.compactMap { $0.utf8.first })
    /// `h14LegalFormFirstBytes.contains(b)` as a switch over constants (asked of every word near a name's end: no hashing,
    /// no global's initialization check). EntitySpeedGateTests checks it against the set for every byte.
    @inline(__always) static func h14LegalFormOpens(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "O"), UInt8(ascii: "A"), UInt8(ascii: "S"), UInt8(ascii: "d"), UInt8(ascii: "K"), UInt8(ascii: "Z"),
             UInt8(ascii: "L"), UInt8(ascii: "U"), UInt8(ascii: "G"): return true
        default: return false
        }
    }

    /// The token index after a legal form starting at `j` (its text, spaces as written), else nil.
    func h14LegalFormEnd(_ j: Int) -> Int? {
        guard j < tokens.count, tokens[j].kind == .word, let b0 = tokens[j].text.utf8.first,
              Self.h14LegalFormOpens(b0) else { return nil }
        var best: Int?
        var text = ""
        var k = j
        while k < tokens.count, k - j < 8 {
            if k > j, tokens[k].spaceBefore { text += " " }
            text += tokens[k].text
            k += 1
            guard Self.h14LegalFormPrefixes.contains(text) else { break }
            if Self.h14LegalForms.contains(text) { best = k }
            if text.count > 14 { break }
        }
        // A form's last letter glued to the next word is no form ("AB" of "ABC" is one token anyway).
        if let b = best, b < tokens.count, tokens[b].kind == .word, !tokens[b].spaceBefore { return nil }
        return best
    }

    /// "Saimaan Vesitekniikka Oy", "Bata Equipos Pesados S.L.", "Luxtrans Multimodal S.à r.l.": a name whose
    /// last words are (or run into) a legal form is a company, through the form's last dot (a person's name
    /// or a cut "… S" before).
    mutating func h14LegalFormTails() {
        var removed = Set<Int>()
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) != .country && mentionType(n) != .place && !removed.contains(n) {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)),
                  tokens[a].script == .latin, isCap(a) else { continue }
            var found: (Int, Int)?
            var j = max(a + 1, z - 5)
            while j <= z + 1, j < tokens.count {
                if tokens[j].spaceBefore, let e = h14LegalFormEnd(j), e > z { found = (j, e); break }
                j += 1
            }
            guard let (f, e) = found, (a..<f).allSatisfy({ tokens[$0].kind == .word && (isCap($0) || isConnector($0)) }),
                  !isCountry[f - 1] else { continue }
            let (s0, e0) = (tokens[a].start, tokens[e - 1].end)
            for o in mentions.indices where o != n && mentionKnown(o) == nil && mentionType(o) != .country
                && mentionStart(o) >= s0 && mentionEnd(o) <= e0 { removed.insert(o) }
            seedReplace(n, a, e)
            mentions[n].type = .organization
            mentions[n].evidence = .cue
            mentions[n].variants = [surface(a, f)]
        }
        if !removed.isEmpty { replaceMentions(removing: removed) }
    }

    /// "… of the Republic of Belarus V" + ".A. Hurynovich": an institution that ran into a person's dotted initials
    /// ends before them, and the initials and the capitalized word after them are a person; "Словении Е.Т. Нуралин":
    /// a country's word (a locative after a title) before initials is no part of the person.
    mutating func h14InitialsSplitOff() {
        var added: [Mention] = []
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) != .country && mentionType(n) != .place {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)) else { continue }
            if mentionType(n) == .person {
                // A country's word, then initials and the family name.
                guard z >= a + 4, isCountry[a], !isCountry[a + 1], tokens[a + 1].isInitialLetter, keyIs(a + 2, "."),
                      let e = h14InitialsEnd(a + 1), e == z else { continue }
                seedReplace(n, a + 1, z + 1)
                continue
            }
            // An institution whose last token is an initial glued to ".X. Family".
            guard z > a + 1, tokens[z].isInitialLetter, !tokens[z].allCaps || PlainText.count(tokens[z].text) == 1, isCap(z), isCap(z - 1) || isCountry[z - 1],
                  keyIs(z + 1, "."), !tokens[z + 1].spaceBefore, let e = h14InitialsEnd(z), e + 1 <= tokens.count else { continue }
            if mentions.indices.contains(where: { mentionStart($0) == tokens[z].start || mentionStart($0) == tokens[e].start && mentionType($0) == .person }) {
                // The person was found already (its own mention): only the institution is cut.
                seedReplace(n, a, z)
                continue
            }
            seedReplace(n, a, z)
            added.append(mention(z, e + 1, type: .person, evidence: .cue))
        }
        mentions += added
    }

    /// "V.A. Hurynovich", "Е.Т. Нуралин" starting at the initial `k`: the index of the family name (a capitalized
    /// word of three letters or more after one to three initials with their dots), else nil.
    func h14InitialsEnd(_ k: Int) -> Int? {
        var j = k
        var count = 0
        while j + 1 < tokens.count, tokens[j].isInitialLetter, keyIs(j + 1, "."), count < 3 {
            j += 2
            count += 1
        }
        guard count >= 1, j < tokens.count, tokens[j].kind == .word, isCap(j), PlainText.count(tokens[j].text) >= 3, !isCountry[j] else { return nil }
        return j
    }

    /// Official-name openers of a country ("Union des Comores", "République du Niger") that the country matcher reads.
    static let h14FrenchStateOpeners = KeySet(["union", "république", "royaume", "état", "etat", "sultanat", "principauté", "grand-duché", "émirats"])

    /// The gate of `h14FrenchMinistryLists`: the two keys its loop starts at.
    static let h14FrenchMinistryCues = KeySet(["ministere", "ministère"])

    /// "ministère de la Santé, de la Solidarité, de la Protection sociale et de la Promotion du genre": a French
    /// ministry whose portfolio list runs over commas and "et"; items are a preposition (de, du, des, de la, de l')
    /// and a capitalized word, with a lowercase adjective or "du/de la" and a lowercase noun. The pieces go, and a
    /// name that ran into the ministry ("Union des Comores chargé du ministère …") ends before its lowercase words.
    mutating func h14FrenchMinistryLists() {
        guard articleHas(Self.h14FrenchMinistryCues) else { return }   // (it acts only from a "ministère")
        var removed = Set<Int>()
        var added: [Mention] = []
        // (The keys' hashes compared first: nearly every word is neither.)
        let ministere = Token.hash("ministere"), ministereAccented = Token.hash("ministère")
        var k = 0
        while k + 3 < tokens.count {
            defer { k += 1 }
            guard seedLatinWord(k), keyIs(k, "ministere", hash: ministere) || keyIs(k, "ministère", hash: ministereAccented), let first = h14FrenchPortfolioItem(k + 1) else { continue }
            var e = first
            var items = 1
            var closed = false
            while e + 1 < tokens.count {
                if keyIs(e, ","), let f = h14FrenchPortfolioItem(e + 1) { e = f; items += 1; continue }
                if keyIs(e, "et"), let f = h14FrenchPortfolioItem(e + 1) { e = f; items += 1; closed = true }
                break
            }
            guard items >= 2, closed else { continue }
            let (s0, e0) = (tokens[k].start, tokens[e - 1].end)
            var blocked = false
            for o in mentions.indices where mentionType(o) != .country && mentionEnd(o) > s0 && mentionStart(o) < e0 {
                if mentionKnown(o) != nil { blocked = true; break }
                if mentionStart(o) >= s0 { removed.insert(o); continue }
                // Started before the ministry: cut at its last capitalized word before the lowercase run.
                guard let a = seedTokenIndex(start: mentionStart(o)) else { removed.insert(o); continue }
                var b = k
                while b > a, !isCap(b - 1) { b -= 1 }
                if b <= a || b - a >= 1 && (a..<b).contains(where: { isCountry[$0] }) && Self.h14FrenchStateOpeners.contains(tokens[a]) {
                    removed.insert(o)   // nothing left, or a state's official name (the country is its own mention)
                } else {
                    seedReplace(o, a, b)
                }
            }
            if blocked { continue }
            added.append(mention(k, e, type: .organization, evidence: .cue))
            k = e - 1
        }
        if removed.isEmpty && added.isEmpty { return }
        replaceMentions(removing: removed, adding: added)
    }

    /// One portfolio item at `k` ("de la Santé", "du Commerce extérieur", "de la Promotion du genre", "des Sports"):
    /// the index after it, else nil.
    func h14FrenchPortfolioItem(_ k: Int) -> Int? {
        var j = k
        if keyIs(j, "de"), keyIs(j + 1, "la") { j += 2 } else if keyIs(j, "de"), keyIs(j + 1, "l'") || keyIs(j + 1, "l’") { j += 2 }
        else if keyIs(j, "du") || keyIs(j, "des") || keyIs(j, "d'") || keyIs(j, "d’") || keyIs(j, "de") { j += 1 } else { return nil }
        guard seedLatinWord(j), isCap(j), !tokens[j].allCaps, !isCountry[j] else { return nil }
        j += 1
        if (keyIs(j, "du") || keyIs(j, "des")) && seedLatinWord(j + 1) && !isCap(j + 1) && !isStopwordKey(j + 1) { return j + 2 }
        if keyIs(j, "de"), keyIs(j + 1, "la"), seedLatinWord(j + 2), !isCap(j + 2), !isStopwordKey(j + 2) { return j + 3 }
        if seedLatinWord(j), !isCap(j), !isStopwordKey(j), !isConnector(j) { return j + 1 }
        return j
    }

    /// "l'Institut supérieur agronomique et vétérinaire de Faranah": a French institution that ends on a lowercase
    /// adjective goes on over "et", a second lowercase adjective, "de" and the capitalized name after it (which is
    /// then no place of its own).
    mutating func h14FrenchCoordinatedAdjectives() {
        var removed = Set<Int>()
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) == .organization && !removed.contains(n) {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)), z > a,
                  seedLatinWord(z), !isCap(z), keyIs(z + 1, "et"), seedLatinWord(z + 2), !isCap(z + 2), !isStopwordKey(z + 2), !isConnector(z + 2),
                  keyIs(z + 3, "de") || keyIs(z + 3, "d'") || keyIs(z + 3, "d’"), seedLatinWord(z + 4), isCap(z + 4), !isCountry[z + 4] else { continue }
            var e = z + 5
            while e < tokens.count, e - (z + 4) < 3, seedLatinWord(e), isCap(e), !isCountry[e] { e += 1 }
            let (s0, e0) = (tokens[z + 1].start, tokens[e - 1].end)
            if mentions.indices.contains(where: { mentionKnown($0) != nil && mentionStart($0) < e0 && mentionEnd($0) > s0 }) { continue }
            for o in mentions.indices where o != n && mentionType(o) != .country && mentionStart(o) >= s0 && mentionEnd(o) <= e0 { removed.insert(o) }
            seedReplace(n, a, e)
        }
        if !removed.isEmpty { replaceMentions(removing: removed) }
    }

    /// One-word Latin names no pass typed, in a place's context: after a route word and "to" ("the roads to
    /// Mongu", "extended to Kaoma"), after "from" unless a backer or a sender precedes it ("shipped from Kabwe",
    /// not "support from Zanaco"), after French "depuis", "le long du/de la" and a station or settlement noun
    /// with "de" ("la gare de Kindu"); then the words listed after such a place ("to X, Y and Z").
    mutating func h14LatinPlacesByContext() {
        var order: [Int] = []
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) == nil { order.append(n) }
        guard !order.isEmpty else { return }
        order.sort { mentionStart($0) < mentionStart($1) }
        var placeEnds = Set<Int>()
        for n in mentions.indices where mentionType(n) == .place { placeEnds.insert(mentionEnd(n)) }
        for n in order {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)), a == z,
                  seedLatinWord(a), isCap(a), !tokens[a].allCaps, !tokens[a].sentenceStart, !isCountry[a], a >= 1 else { continue }
            // One word only: a capitalized word after it makes a longer name some other pass saw.
            if a + 1 < tokens.count, isCap(a + 1) { continue }
            var place = false
            let p = a - 1
            if keyIs(p, "to") {
                place = p >= 1 && seedLatinWord(p - 1) && !isCap(p - 1) && Self.h14RouteWordsBeforeTo.contains(tokens[p - 1])
            } else if keyIs(p, "from") {
                place = p >= 1 && seedLatinWord(p - 1) && !isCap(p - 1) && !Self.h14FromNotPlace.contains(tokens[p - 1])
            } else if seedLatinWord(p), !isCap(p), Self.h14LeaveVerbs.contains(tokens[p]) {
                // "will leave Lepel in March": a departure's object, one word before a lowercase word or a stop.
                place = a + 1 >= tokens.count || tokens[a + 1].kind != .word || !isCap(a + 1)
            } else if lang.fr, keyIs(p, "depuis") {
                place = true
            } else if lang.fr, p >= 2, keyIs(p, "du") || keyIs(p, "des"), keyIs(p - 1, "long"), keyIs(p - 2, "le") {
                place = true
            } else if lang.fr, p >= 1, keyIs(p, "de") || keyIs(p, "d'") || keyIs(p, "d’"), seedLatinWord(p - 1),
                      Self.h14FrenchPlaceNounsBeforeDe.contains(tokens[p - 1])
                        || p >= 2 && !isCap(p - 1) && seedLatinWord(p - 2) && Self.h14FrenchPlaceNounsBeforeDe.contains(tokens[p - 2]) {
                // "la gare de Kindu", "la gare kazakhe d'Arys" (an adjective between).
                place = true
            } else if p >= 1, keyIs(p, ",") || keyIs(p, "and") || keyIs(p, "et"), placeEnds.contains(tokens[p - 1].end) {
                // "X, Y and Z": after a comma, only inside a list that goes on ("In Bata, Mikue said" is no list).
                place = !keyIs(p, ",") || keyIs(a + 1, ",") || keyIs(a + 1, "and") || keyIs(a + 1, "et") || keyIs(a + 1, "or") || keyIs(a + 1, "ou")
            }
            guard place else { continue }
            mentions[n].type = .place
            mentions[n].evidence = .cue
            placeEnds.insert(mentionEnd(n))
        }
    }

    // MARK: - Arabic

    /// Legal forms that end an Arabic company's name: a country's adjective after them describes the company.
    static let h14ArabicLegalForms = KeySet(["المحدوده", "المساهمه", "القابضه"])
    /// Definite adjectives ending in -ي that are no part of a name before them (times, orders).
    static let h14ArabicNotNameAdjectives = KeySet(["الماضي", "الحالي", "الجاري", "التالي", "الثاني", "الاول", "الحكومي", "الرسمي", "المقبل", "القادم"])

    func h14ArabicOrgHead(_ k: Int) -> Bool {
        let f = arabicFlags(k)
        return f.contains(.orgHead) || f.contains(.institutionNameHead) || f.contains(.extraOrgHead) || f.contains(.companyHead)
    }

    /// A definite adjective (or a coordinated one, "والصناعية") that can go on an institution's name: a feminine
    /// -ة/-ية or a nisba -ي; no time word, stopword or title.
    func h14ArabicNameAdjective(_ k: Int) -> Bool {
        guard seedArabicWord(k) else { return false }
        let f = arabicFlags(k)
        if f.contains(.timeWord) || f.contains(.stop) || f.contains(.titledNameHead) || f.contains(.titleFirstWord) || f.contains(.head) { return false }
        let key = tokens[k].key
        let definite = f.contains(.definite)
        let coordinated = !definite && PlainText.hasPrefix(key, "وال") && PlainText.hasSuffix(key, "يه")
        guard definite || coordinated else { return false }
        if Self.h14ArabicNotNameAdjectives.contains(key, hash: tokens[k].keyHash) { return false }
        return key.unicodeScalars.count >= 5 && (PlainText.hasSuffix(key, "ه") || PlainText.hasSuffix(key, "ي"))
    }

    /// "شركة جوبا للتجارة والخدمات" + "اللوجستية", "شركة … للطاقة" + "الجديدة المحدودة", "الغرفة التجارية" +
    /// "والصناعية الصومالية", "للتعاون الجنوبي" + "-الجنوبي": an Arabic institution goes on over the definite
    /// adjectives after it (a legal form ends it); one that swallowed a title after it ("جامعة … الدكتور") ends before
    /// the title; a coordinating و before the first word ("والشركة") is no part of it; "جامعة X وكلية Y" is two.
    mutating func h14ArabicOrganizationTails() {
        var removed = Set<Int>()
        var added: [Mention] = []
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) == .organization && !removed.contains(n) {
            guard let (a, z0) = seedSpan(n), seedArabicWord(a), seedArabicWord(z0) else { continue }
            var z = z0
            // A title at the end: cut.
            if z > a + 1, arabicFlags(z).contains(.definite), arabicFlags(z).contains(.titledNameHead) || arabicFlags(z).contains(.titleFirstWord) {
                z -= 1
            }
            // Coordinated second institution inside: "جامعة حضرموت وكلية المجتمع في سيئون".
            if let j = (a + 2...max(a + 2, z)).first(where: { $0 <= z && seedArabicWord($0) && PlainText.hasPrefix(tokens[$0].key, "و") && !arabicFlags($0).contains(.definite)
                && h14ArabicOrgHead($0) && !PlainText.hasPrefix(tokens[$0 - 1].key, "ل") }) {
                var second = mention(j, z + 1, type: .organization, evidence: .cue)
                second.start += 1
                second.surface = String(second.surface.unicodeScalars.dropFirst())
                added.append(second)
                z = j - 1
            }
            var e = z
            // "شركة سولتوستيك" + "ديرمن المحدودة": one or two foreign words and a legal form.
            if let f = (z + 2...z + 3).first(where: { $0 < tokens.count && seedArabicWord($0) && Self.h14ArabicLegalForms.contains(tokens[$0]) }),
               (z + 1..<f).allSatisfy({ seedArabicWord($0) && !arabicFlags($0).contains(.definite) && !arabicFlags($0).contains(.stop) && !arabicFlags($0).contains(.head) && !isCountry[$0] }) {
                e = f
            }
            if !Self.h14ArabicLegalForms.contains(tokens[e]) {
                while e + 1 < tokens.count, e - z < 4 {
                    // After a foreign word with no article ("شركة إيدميتسو كوسان" + "اليابانية") an adjective describes
                    // the company unless it is a legal form; after a legal form, a country's adjective does.
                    let afterBare = !arabicFlags(e).contains(.definite) && !PlainText.hasPrefix(tokens[e].key, "لل") && !PlainText.hasPrefix(tokens[e].key, "وال")
                    if h14ArabicNameAdjective(e + 1), !afterBare || Self.h14ArabicLegalForms.contains(tokens[e + 1]),
                       !isCountry[e + 1] || !Self.h14ArabicLegalForms.contains(tokens[e]) {
                        e += 1
                        if Self.h14ArabicLegalForms.contains(tokens[e]) { break }
                        continue
                    }
                    // "الجنوبي-الجنوبي": a dash glued on both sides and the same kind of word.
                    if e + 2 < tokens.count, keyIs(e + 1, "-"), !tokens[e + 1].spaceBefore, !tokens[e + 2].spaceBefore, h14ArabicNameAdjective(e + 2) {
                        e += 2
                        continue
                    }
                    break
                }
            }
            var start = mentionStart(n)
            let clitic = start > tokens[a].start
            var trimmed = false
            if start == tokens[a].start, PlainText.hasPrefix(tokens[a].key, "وال"), tokens[a].key.unicodeScalars.count > 5 { start += 1; trimmed = true }
            if e == z0 && !trimmed { continue }
            let (s0, e0) = (tokens[a].start, tokens[e].end)
            if mentions.indices.contains(where: { mentionKnown($0) != nil && mentionType($0) != .country && mentionStart($0) >= s0 && mentionStart($0) < e0 && mentionEnd($0) > tokens[z0].end }) { continue }
            for o in mentions.indices where o != n && mentionType(o) != .country && mentionKnown(o) == nil
                && mentionStart(o) > tokens[z0].start && mentionEnd(o) <= e0 { removed.insert(o) }
            seedReplace(n, a, e + 1)
            mentions[n].type = .organization
            if clitic {
                // The mention began after a clitic of its first token ("و" of "وشركة"): it still does.
                mentions[n].start = start
                mentions[n].surface = String(mentionSurface(n).unicodeScalars.dropFirst())
            } else if trimmed {
                mentions[n].start = start
                mentions[n].surface = String(mentionSurface(n).unicodeScalars.dropFirst())
            }
        }
        if removed.isEmpty && added.isEmpty { return }
        replaceMentions(removing: removed, adding: added)
    }

    /// Definite nouns of events and facilities that are the object after a person's name ("حضر السفير X الحفلَ",
    /// "دشّن المحافظ X المحطةَ"): no part of the name.
    static let h14ArabicObjectNouns = KeySet([
        "الحفل", "الحفله", "المحطه", "الاجتماع", "الاجتماعات", "المؤتمر", "المنتدي", "المعرض", "الجلسه", "اللقاء", "المراسم",
        "الفعاليه", "الافتتاح", "التوقيع", "المشروع", "المصنع", "الميناء", "الموقع", "الورشه", "الندوه", "الوفد", "المباحثات",
        "المحادثات", "الاتفاقيه", "المذكره", "المركز", "المستشفي", "الدوره", "المعمل", "الخط", "الطريق", "الجسر", "السد",
        "الزياره",
    ])

    /// An event or facility noun, with the article or without ("حفل افتتاح").
    func h14ArabicObjectNoun(_ k: Int) -> Bool {
        guard seedArabicWord(k) else { return false }
        let key = tokens[k].key
        return Self.h14ArabicObjectNouns.contains(key, hash: tokens[k].keyHash) || !PlainText.hasPrefix(key, "ال") && Self.h14ArabicObjectNouns.contains("ال" + key)
    }

    /// "سعدي أبو عرقوب الحفل" → "سعدي أبو عرقوب": a person's name ends before an event or facility noun;
    /// "أوغلي تُرسونوف" + the given names before: a Kazakh or Turkic patronymic in أوغلي/قيزي takes the one
    /// or two words before it ("بولات نور الله أوغلي تُرسونوف").
    mutating func h14ArabicPersonEnds() {
        // "وحضر وزير الداخلية الأردني حفل افتتاح المعرض": a "name" opening with an event noun is the object.
        // (A loop: a filter's test calling the finder's methods copied the whole finder per mention.)
        var objects: [Int] = []
        for n in mentions.indices {
            guard mentionKnown(n) == nil, mentionType(n) == .person, let a = seedTokenIndex(start: mentionStart(n)), seedArabicWord(a) else { continue }
            if h14ArabicObjectNoun(a) { objects.append(n) }
        }
        if !objects.isEmpty {
            let drop = Set(objects)
            replaceMentions(removing: drop)
        }
        // (The patronymics' key hashes, computed once: most words are told apart by them.)
        let oghli = Token.hash("اوغلي"), qizi = Token.hash("قيزي")
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) == .person {
            guard let (a, z) = seedSpan(n), seedArabicWord(a) else { continue }
            if z > a + 1, Self.h14ArabicObjectNouns.contains(tokens[z]) {
                seedReplace(n, a, z)
                continue
            }
            if keyIs(a, "اوغلي", hash: oghli) || keyIs(a, "قيزي", hash: qizi) {
                var b = a
                while b > 0, a - b < 2 || a - b == 2 && keyIs(b + 1, "الله"), seedArabicWord(b - 1) {
                    let f = arabicFlags(b - 1)
                    if !keyIs(b - 1, "الله") && (f.contains(.definite) || f.contains(.stop) || f.contains(.head) || f.contains(.titleFirstWord) || f.contains(.titledNameHead)) || isCountry[b - 1] { break }
                    if mentions.indices.contains(where: { mentionEnd($0) == tokens[b - 1].end && mentionType($0) != nil && mentionType($0) != .person }) { break }
                    b -= 1
                }
                if b < a { seedReplace(n, b, z + 1) }
            }
        }
        // "أرمان سريك أوغلي جاقسيليكوف" with no mention at all: given name(s), the patronymic and the family name.
        var added: [Mention] = []
        for k in 1..<max(1, tokens.count - 1) where seedArabicWord(k) && (keyIs(k, "اوغلي", hash: oghli) || keyIs(k, "قيزي", hash: qizi)) {
            if mentions.indices.contains(where: { mentionStart($0) <= tokens[k].start && mentionEnd($0) >= tokens[k].end }) { continue }
            guard seedArabicWord(k + 1), !arabicFlags(k + 1).contains(.definite), !arabicFlags(k + 1).contains(.stop) else { continue }
            var b = k
            while b > 0, k - b < 2 || k - b == 2 && keyIs(b + 1, "الله"), seedArabicWord(b - 1) {
                let f = arabicFlags(b - 1)
                if !keyIs(b - 1, "الله") && f.contains(.definite) || f.contains(.stop) || f.contains(.head) || f.contains(.titleFirstWord) || f.contains(.titledNameHead) || isCountry[b - 1] { break }
                if mentions.indices.contains(where: { mentionStart($0) < tokens[b - 1].end && mentionEnd($0) > tokens[b - 1].start }) { break }
                b -= 1
            }
            guard b < k else { continue }
            added.append(mention(b, k + 2, type: .person, evidence: .cue))
        }
        mentions += added
    }

    /// Plural and dual settlement nouns whose coordinated names follow ("مدن X وY", "مدينتي X وY").
    static let h14ArabicSettlementNouns = KeySet(["مدن", "مدينتي", "بلدات", "بلدتي", "قري", "قريتي", "مناطق", "منطقتي", "ومدن", "ومدينتي", "وبلدات", "وقري",
        // Administrative units (Algerian, Omani, Tunisian wilayas, communes, governorates), bare or with a clitic.
        "ولايات", "بولايات", "وولايات", "لولايات", "ولايتي", "بولايتي", "بلديات", "ببلديات", "وبلديات", "بلديتي", "ببلديتي",
        "محافظات", "بمحافظات", "ومحافظات", "محافظتي", "بمحافظتي", "دوائر", "بدوائر", "بمدن", "بقري"])
    /// Prepositions before a list of places ("إلى X وY وZ", "في X وY").
    static let h14ArabicListPrepositions = KeySet(["الي", "في", "نحو", "قرب", "من", "عبر", "باتجاه"])

    /// A word that can be one town of a list: Arabic, no stopword, time word, head noun or country, and no
    /// mention of another kind over it.
    func h14ArabicTownWord(_ k: Int) -> Bool {
        guard seedArabicWord(k), !isCountry[k] else { return false }
        let f = arabicFlags(k)
        if f.contains(.stop) || f.contains(.timeWord) || f.contains(.head) || f.contains(.speechVerb) || f.contains(.titleFirstWord) { return false }
        return tokens[k].key.unicodeScalars.count >= 3
    }

    /// Tokens of one list item at `k` (a town of one word, or two when a stop follows the second): its end, else nil.
    func h14ArabicListItem(_ k: Int, last: Bool) -> Int? {
        guard h14ArabicTownWord(k) else { return nil }
        // Construct state ("تطوير البنية") or an adjective after it: no town.
        if k + 1 < tokens.count, seedArabicWord(k + 1), arabicFlags(k + 1).contains(.definite), !PlainText.hasPrefix(tokens[k + 1].key, "و") { return nil }
        if last, k + 2 < tokens.count, h14ArabicTownWord(k + 1), !arabicFlags(k + 1).contains(.definite), !PlainText.hasPrefix(tokens[k + 1].key, "و"),
           !h14ArabicListEnds(k + 1),
           tokens[k + 2].kind == .punct {
            return k + 2
        }
        return k + 1
    }

    /// A list of towns ends the clause at `e`: a stop mark, the text's end, or a word opening with بال/لل/كال.
    func h14ArabicListEnds(_ e: Int) -> Bool {
        if e >= tokens.count || tokens[e].kind == .punct { return true }
        let key = tokens[e].key
        return seedArabicWord(e) && (PlainText.hasPrefix(key, "بال") || PlainText.hasPrefix(key, "لل") || PlainText.hasPrefix(key, "كال"))
    }

    /// "أريحا، 2 ديسمبر": the first word of a line before a comma and a day is a dateline's town; "في المكلا"
    /// + "والشحر وغيل باوزير": the words coordinated after a place; "مدن X وY وZ", "إلى X وY وZ", "في X وY":
    /// two or more one-word items after a settlement noun or a preposition, one at least without the article
    /// (fields and verbal nouns after "في" have it, or a noun in construct after them).
    /// `h14ArabicSettlementNouns` (bit 1) and `h14ArabicListPrepositions` (bit 2), asked of every Arabic word in one probe.
    static let h14ArabicListOpeners = KeyClasses([(h14ArabicSettlementNouns, 1), (h14ArabicListPrepositions, 2)])

    mutating func h14ArabicPlaceLists() {
        var added: [Mention] = []
        let toks = tokens
        let existing = mentions
        func covered(_ k: Int) -> Bool {
            existing.contains { $0.start < toks[k].end && $0.end > toks[k].start } || added.contains { $0.start < toks[k].end && $0.end > toks[k].start }
        }
        let finder = self
        func place(_ a: Int, _ b: Int) {
            var m = finder.mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            if PlainText.hasPrefix(toks[a].key, "و"), toks[a].key.unicodeScalars.count > 3 {
                m.start += 1
                m.surface = String(m.surface.unicodeScalars.dropFirst())
            }
            added.append(m)
        }
        let listOpeners = Self.h14ArabicListOpeners
        for k in tokens.indices where seedArabicWord(k) {
            // Dateline.
            if tokens[k].newlineBefore || k == 0, k + 2 < tokens.count, keyIs(k + 1, "،") || keyIs(k + 1, ","), tokens[k + 2].kind == .number,
               h14ArabicTownWord(k), !covered(k) {
                place(k, k + 1)
                continue
            }
            // A list after a settlement noun or a preposition (both lists asked in one probe).
            let c = keyClasses(k, listOpeners)
            let settlement = c & 1 != 0
            guard c != 0 else { continue }
            var items: [(Int, Int)] = []
            var j = k + 1
            while j < tokens.count, items.count < 6 {
                if !items.isEmpty, !PlainText.hasPrefix(tokens[j].key, "و") || Self.s51aWawRootWords.contains(tokens[j]) { break }   // (S51a: "أصل واحد")
                guard let e = h14ArabicListItem(j, last: false) else { break }
                let nextIsAnd = e < tokens.count && seedArabicWord(e) && PlainText.hasPrefix(tokens[e].key, "و")
                let end = nextIsAnd ? e : (h14ArabicListItem(j, last: true) ?? e)
                items.append((j, end))
                j = end
            }
            guard items.count >= 2 || settlement && items.count == 1, let last = items.last, h14ArabicListEnds(last.1) else { continue }
            let bare = items.contains { !arabicFlags($0.0).contains(.definite) && !(PlainText.hasPrefix(tokens[$0.0].key, "وال")) }
            guard settlement || bare else { continue }
            // Every item a town no other pass named otherwise (a place already found is kept as it is).
            if items.contains(where: { it in mentions.indices.contains { mentionType($0) != .place && mentionType($0) != nil && mentionStart($0) < tokens[it.1 - 1].end && mentionEnd($0) > tokens[it.0].start } }) { continue }
            for (a, b) in items where !covered(a) { place(a, b) }
        }
        // Words coordinated after a place that is found ("في المكلا والشحر وغيل باوزير").
        let places = (mentions + added).filter { $0.type == .place }.sorted { $0.start < $1.start }
        for p in places {
            guard var z = seedTokenIndex(end: p.end), seedArabicWord(z) else { continue }
            while z + 1 < tokens.count, seedArabicWord(z + 1), PlainText.hasPrefix(tokens[z + 1].key, "و"), !covered(z + 1) {
                let k = z + 1
                let key = tokens[k].key
                // "والمناطق", "والمحافظات": a plural noun with the article is no town.
                if PlainText.hasPrefix(key, "وال") && (PlainText.hasSuffix(key, "ات") || PlainText.hasSuffix(key, "ين")) { break }
                let nextIsAnd = k + 1 < tokens.count && seedArabicWord(k + 1) && PlainText.hasPrefix(tokens[k + 1].key, "و")
                guard let e = nextIsAnd ? h14ArabicListItem(k, last: false) : h14ArabicListItem(k, last: true) else { break }
                // The whole chain must end the clause ("والشحر وغيل باوزير،"), not open one ("ورفع طاقتها").
                var end = e
                while end < tokens.count, seedArabicWord(end), PlainText.hasPrefix(tokens[end].key, "و"), let f = h14ArabicListItem(end, last: true) { end = f }
                guard h14ArabicListEnds(end) else { break }
                place(k, e)
                z = e - 1
            }
        }
        // "ميناء المكلا" elsewhere is the same town as a bare "المكلا" found here: one group (the grouper keys by words).
        for i in added.indices {
            let key = TextFolding.key(added[i].surface)
            for n in mentions.indices where mentionType(n) == .place && mentionKnown(n) == nil {
                guard let (a, z) = seedSpan(n), z == a + 1, arabicFlags(a).contains(.placeHead) || arabicFlags(a).contains(.featureHead),
                      tokens[z].key == key else { continue }
                added[i].words = mentionWords(n)
                break
            }
        }
        mentions += added
    }

    /// Title heads the Arabic lists lack ("نائب وزير", "القائم بأعمال", "وكيل وزارة").
    static let h14ArabicExtraTitleHeads = KeySet(["نائب", "القائم", "وكيل", "مستشار", "المستشار", "مساعد", "رئيسه", "مديره", "سفيره"])
    /// Verbal nouns that open an object after a title, not a name ("بدء تشغيل", "إنشاء مصنع").
    static let h14ArabicVerbalNouns = KeySet(["بدء", "تشغيل", "انشاء", "تطوير", "تعزيز", "توقيع", "تنفيذ", "اطلاق", "افتتاح", "دعم", "بناء", "توسيع",
                                              "زياده", "رفع", "تقديم", "استكمال", "اعتماد", "انطلاق", "اقامه", "تاسيس", "توفير", "تحسين"])
    /// Honorifics and ranks before a name ("المهندس", "الدكتور", "اللواء").
    static let h14ArabicHonorifics = KeySet(["المهندس", "المهندسه", "الدكتور", "الدكتوره", "السيد", "السيده", "الشيخ", "اللواء", "العميد", "الفريق", "الاستاذ", "الاستاذه"])

    /// A title head at `k`, with a clitic و/ف/ب before it ("ووزير", "وبحضور سفير").
    func h14ArabicTitleHead(_ k: Int) -> Bool {
        seedArabicWord(k) && arabicFlags(k).contains(.h14TitleHead)
    }

    /// `h14ArabicTitleHead` of a key (cached in the word's flags).
    static func h14TitleHeadKey(_ key: String) -> Bool {
        var key = key
        for _ in 0..<2 {
            if Self.arabicTitleHeads.contains(key) || Self.h14ArabicExtraTitleHeads.contains(key) { return true }
            guard let c = key.unicodeScalars.first, "وفب".unicodeScalars.contains(c), key.unicodeScalars.count > 4 else { return false }
            key = String(key.unicodeScalars.dropFirst())
        }
        return false
    }

    /// Nouns of states and their parts inside a title's complement ("في دولة فلسطين", "لدى جمهورية فيتنام").
    static let h14ArabicStateNouns = KeySet(["دوله", "جمهوريه", "مملكه", "المملكه", "اماره", "سلطنه", "ولايه", "محافظه", "مقاطعه", "اقليم", "بلديه"])
    /// Prepositions inside a title's complement.
    static let h14ArabicChainPrepositions = KeySet(["في", "لدي"])

    /// A word of a title's complement: with the article, a country, inside a found name, an honorific, a title head,
    /// a state noun, a preposition of the complement, a head noun, or a word in construct right after the title ("مدير عام").
    func h14ArabicChainWord(_ k: Int, title t: Int, placeKeys: KeySet) -> Bool {
        guard seedArabicWord(k) else { return tokens[k].kind == .punct ? false : keyIs(k, "-") }
        if h14ArabicWithArticle(k) || isCountry[k] || placeKeys.contains(tokens[k]) { return true }
        if mentions.indices.contains(where: { mentionType($0) != .person && mentionStart($0) <= tokens[k].start && mentionEnd($0) >= tokens[k].end }) { return true }
        let key = tokens[k].key, h = tokens[k].keyHash
        if Self.h14ArabicHonorifics.contains(key, hash: h) || Self.h14ArabicStateNouns.contains(key, hash: h) || Self.h14ArabicChainPrepositions.contains(key, hash: h) { return true }
        if h14ArabicTitleHead(k) || arabicFlags(k).contains(.head) || arabicFlags(k).contains(.orgOrPlaceHead) { return true }
        return k == t + 1 || h14ArabicTitleHead(k - 1)
    }

    /// A word with the article, after a clitic too ("والأغوار", "للكهرباء").
    func h14ArabicWithArticle(_ k: Int) -> Bool {
        guard seedArabicWord(k) else { return false }
        let f = arabicFlags(k)
        return f.contains(.definite) || f.contains(.h14CliticArticle)
    }

    /// The article after a clitic letter, by the key alone (cached in the word's flags).
    static func h14CliticArticleKey(_ key: String) -> Bool {
        PlainText.hasPrefix(key, "وال") || PlainText.hasPrefix(key, "بال") || PlainText.hasPrefix(key, "فال") || PlainText.hasPrefix(key, "لل") || PlainText.hasPrefix(key, "كال")
    }

    /// A word that can open or go on a person's name: no article, no stopword, head, time word or country.
    func h14ArabicNameWord(_ k: Int) -> Bool {
        guard seedArabicWord(k), !isCountry[k], !h14ArabicWithArticle(k), !Self.h14ArabicStateNouns.contains(tokens[k]),
              !Self.h14ArabicChainPrepositions.contains(tokens[k]) else { return false }
        // "لتقديم", "لتجميع": a preposition's clitic on a verbal noun.
        if PlainText.hasPrefix(tokens[k].key, "ل"), tokens[k].key.unicodeScalars.count >= 5 { return false }
        let f = arabicFlags(k)
        if f.contains(.stop) || f.contains(.timeWord) || f.contains(.head) || f.contains(.speechVerb) || f.contains(.titleFirstWord) || f.contains(.titledNameHead) { return false }
        return !h14ArabicTitleHead(k)
    }

    /// "وزير الزراعة في دولة فلسطين المهندس رزق أبو العيش", "محافظ محافظة حضرموت سعيد عمر بن دغّار", "مدير عام
    /// المؤسسة العامة للكهرباء بساحل حضرموت أبو بكر صالح بن شيخان": after a title head, the name opens at the first
    /// word with no article that follows a word with the article, a country, a found name or an honorific (a word in
    /// construct after the title, "مدير عام", opens none), and runs over name words and أبو/بن/ولد/عبد with the word
    /// after them (a family name in أبو/بن/ولد ends it, as does a word in -ية/-ات once two words are read). Two words at
    /// least; a person found shorter is lengthened, a place or an organization that swallowed the first name gives it back.
    /// `sorted.contains(x)` for an ascending array, by halves.
    static func h14SortedContains(_ sorted: [Int], _ x: Int) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi { let mid = (lo + hi) / 2; if sorted[mid] < x { lo = mid + 1 } else { hi = mid } }
        return lo < sorted.count && sorted[lo] == x
    }

    mutating func h14ArabicNamesAfterTitleChains() {
        // Every rule below starts at a title's head: an article without one is passed over before the
        // sets of mention ends and place keys are built. (`h14ArabicTitleHead` changes nothing, so the
        // scan starts at the first head, where the loop would have found its first.)
        var t = 0
        while t < tokens.count, !h14ArabicTitleHead(t) { t += 1 }
        guard t < tokens.count else { return }
        // The last words of the places and countries, compared by bytes with the tokens' hashes (see
        // `KeySet`: a `Set<String>` hashed and compared each Arabic key on its normalizing slow path).
        var placeKeyList: [String] = [], placeKeyHashes: [UInt64] = []
        // (Sorted and searched by halves: a `Set<Int>` hashed every insertion and look-up.)
        var ends: [Int] = []
        for mi in mentions.indices where mentionType(mi) == .place || mentionType(mi) == .country || mentionType(mi) == .organization {
            let m = mentions[mi]
            ends.append(m.end)
            if m.type != .organization, let z = seedTokenIndex(end: m.end) {
                placeKeyList.append(tokens[z].key)
                placeKeyHashes.append(tokens[z].keyHash)
            }
        }
        ends.sort()
        let placeKeys = KeySet(placeKeyList, hashes: placeKeyHashes)
        var added: [Mention] = []
        var removed = Set<Int>()
        while t < tokens.count {
            defer { t += 1 }
            guard h14ArabicTitleHead(t) else { continue }
            var j = t + 1
            var start: Int?
            while j < tokens.count, j - t <= 14, tokens[j].kind != .punct {
                let p = j - 1
                let opensAfter = p > t && (h14ArabicWithArticle(p) || isCountry[p] || Self.h14SortedContains(ends, tokens[p].end)
                    || placeKeys.contains(tokens[p])
                    || Self.h14ArabicHonorifics.contains(tokens[p])
                    || h14ArabicGivenNameEndingPlace(j))   // "ولاية X أحمد" + "عبدي …" (NameFinder+Leftovers)
                // ("بساحل حضرموت": a word in construct over a place opens no name.)
                let constructOverPlace = j + 1 < tokens.count && placeKeys.contains(tokens[j + 1])
                if opensAfter, h14ArabicNameWord(j), !arabicFlags(p).contains(.stop), !constructOverPlace {
                    start = j
                    break
                }
                // The chain holds only words of a title's complement: anything else (a verb, a common noun) ends it.
                guard h14ArabicChainWord(j, title: t, placeKeys: placeKeys) else { break }
                if h14ArabicTitleHead(j) && j > t + 1 && !h14ArabicWithArticle(j - 1) { break }   // another title's chain
                j += 1
            }
            guard let a = start else { continue }
            // The name's body.
            var e = a
            var words = 0
            var closed = false
            while e < tokens.count, e - a < 6 {
                let key = tokens[e].key
                if Self.arabicNameParticles.contains(key), !PhraseMatcher.same(key, "ال"), e + 1 < tokens.count, seedArabicWord(e + 1), !isCountry[e + 1] {
                    let family = words >= 1 && !PhraseMatcher.same(key, "عبد")
                    e += 2
                    words += 2
                    // "محمد عبدي أبو بكر نور إن": a أبو pair inside a longer name (a compound given name such as
                    // أبو بكر) is followed by the family name; one more name word before a clause's edge belongs to it.
                    if family, PhraseMatcher.same(key, "ابو"), h14ArabicInnerFamilyWord(e) { e += 1; words += 1 }
                    if family { closed = true; break }
                    continue
                }
                guard h14ArabicNameWord(e) else { break }
                if words >= 2, PlainText.hasSuffix(key, "يه") || PlainText.hasSuffix(key, "ات") { break }
                e += 1
                words += 1
            }
            // The name ends at a clause's edge: a stop mark, a stopword, an object noun or an indefinite -ية/-ات noun
            // ("… فارح اتفاقية"), or its family name in أبو/بن/ولد ("محمد حسن" + "بسير العملية" is no name).
            let edge = e >= tokens.count || tokens[e].kind == .punct || seedArabicWord(e) && (arabicFlags(e).contains(.stop) || h14ArabicObjectNoun(e)
                || !h14ArabicWithArticle(e) && (PlainText.hasSuffix(tokens[e].key, "يه") || PlainText.hasSuffix(tokens[e].key, "ات")))
            // No common adjective or verbal noun inside ("وأعلن وزير الطاقة بدء تشغيل محطة جديدة").
            let common = (a..<e).contains { Self.arabicCommonAdjectives.contains(tokens[$0].key) || Self.h14ArabicVerbalNouns.contains(tokens[$0]) }
            guard words >= 2, closed || edge, !h14ArabicObjectNoun(a), !common else { continue }
            let (s0, e0) = (tokens[a].start, tokens[e - 1].end)
            // A known name or a country inside: leave it.
            if mentions.indices.contains(where: { (mentionKnown($0) != nil || mentionType($0) == .country) && mentionStart($0) < e0 && mentionEnd($0) > s0 }) { continue }
            var skip = false
            for o in mentions.indices where mentionStart(o) < e0 && mentionEnd(o) > s0 {
                if mentionType(o) == .person {
                    // A person found shorter is lengthened only up to a clause's edge ("ترينه فان" + "هيب" before "مع").
                    if mentionStart(o) >= s0 && mentionEnd(o) <= e0 { removed.insert(o) } else { skip = true }
                } else if mentionStart(o) < s0, mentionKnown(o) == nil, let b = seedTokenIndex(start: mentionStart(o)), b < a - 1 {
                    seedReplace(o, b, a)   // "ولاية جوبالاند أحمد" → "ولاية جوبالاند"
                } else {
                    skip = true
                }
            }
            if skip { continue }
            added.append(mention(a, e, type: .person, evidence: .cue))
            t = e - 1
        }
        if removed.isEmpty && added.isEmpty { return }
        replaceMentions(removing: removed, adding: added)
        // "ترينه فان" elsewhere, before the "هيب" of the full name found here: the same person, whole.
        let full = added.filter { $0.type == .person }.map(\.words)
        for n in mentions.indices where mentionType(n) == .person && mentionKnown(n) == nil {
            guard let (a, z) = seedSpan(n), seedArabicWord(z), z + 1 < tokens.count else { continue }
            let longer = mentionWords(n) + [tokens[z + 1].key]
            if full.contains(longer) { seedReplace(n, a, z + 2) }
        }
    }

    // MARK: - Russian

    static let h14RussianAdjectiveEndings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ую", "юю", "ом", "ем"]
    static let h14RussianAdjectiveEndingBytes: [[UInt8]] = h14RussianAdjectiveEndings.map { Array($0.utf8) }
    /// The last UTF-8 bytes of those endings, by byte value.
    static let h14RussianAdjectiveLastBytes: [Bool] = {
        var out = Array(repeating: false, count: 256)
        for e in h14RussianAdjectiveEndingBytes { if let b = e.last { out[Int(b)] = true } }
        return out
    }()
    /// A Cyrillic word with an adjective's ending ("малавийского", "Совместной", "торгово-экономическому").
    func h14RussianAdjective(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].script == .cyrillic else { return false }
        let key = tokens[k].key
        let bytes = key.utf8
        // A key with a combining mark (U+0300–U+036F: a decomposed й, a stress accent) is compared as before, by
        // canonical equivalence; any other compares its last bytes with the endings', before the letter count,
        // which walks the word's graphemes (`PlainText.count`: the same count, by bytes for a plain text).
        // (The key's contiguous bytes read in place: the generic suffix view was most of this test's cost.)
        let ends = bytes.withContiguousStorageIfAvailable { b -> Bool? in
            if b.contains(where: { $0 == 0xCC || $0 == 0xCD }) { return nil }
            // (A key whose last byte ends no ending, about half of them, is passed over in one table read.)
            guard let last = b.last, Self.h14RussianAdjectiveLastBytes[Int(last)] else { return false }
            return Self.h14RussianAdjectiveEndingBytes.contains { e in
                guard b.count >= e.count else { return false }
                let base = b.count - e.count
                for j in 0..<e.count where b[base + j] != e[j] { return false }
                return true
            }
        } ?? nil
        if let ends { return ends && PlainText.count(tokens[k].text) >= 5 }
        if bytes.contains(where: { $0 == 0xCC || $0 == 0xCD }) {
            guard PlainText.count(tokens[k].text) >= 5 else { return false }
            return Self.hasAnySuffix(key, Self.h14RussianAdjectiveEndings)
        }
        guard Self.h14RussianAdjectiveEndingBytes.contains(where: { e in bytes.count >= e.count && bytes.suffix(e.count).elementsEqual(e) }) else { return false }
        return PlainText.count(tokens[k].text) >= 5
    }
    /// `h14RussianGenericOrgStems` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h14RussianGenericOrgStemsAffixes = AffixList(h14RussianGenericOrgStems)
    /// Institution nouns that describe rather than name after an adjective ("Катарская компания", "Национальная компания").
    static let h14RussianGenericOrgStems = ["компани", "фирм", "предприяти", "корпораци", "сторон", "организаци", "групп"]
    /// Units an institution governs, before their name ("провинции Куангнинь", "области").
    static let h14RussianUnitNouns = KeySet(["провинции", "области", "района", "города", "округа", "штата", "края"])
    /// Titles that open a person's description ("Ректор малавийского университета …").
    static let h14RussianTitleWords = KeySet(["ректор", "директор", "председатель", "глава", "руководитель", "президент", "министр", "посол",
                                              "губернатор", "аким", "мэр", "декан", "проректор", "заместитель", "советник"])
    /// Nouns of seas and gulfs after a place's adjective ("на Адриатическом море").
    static let h14RussianSeaNouns = KeySet(["море", "моря", "морю", "морем", "океан", "океана", "океане", "залив", "заливе", "залива"])
    /// Lowercase forms of "ministry" that open a ministry named by its portfolio and country.
    static let h14RussianMinistryNouns = KeySet(["министерство", "министерства", "министерству", "министерством", "министерстве"])
    /// State nouns before a country's name in the genitive ("Республики Словения", "Королевства Таиланд").
    static let h14RussianStateNouns = KeySet(["республики", "королевства", "государства", "федерации"])

    /// "Ректор малавийского университета Грейс Чиумия-Нкхома": a title, a lowercase description in the genitive and
    /// the person's capitalized name read as one institution is the person.
    mutating func h14RussianTitledDescriptions() {
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) == .organization {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)), z >= a + 3,
                  tokens[a].script == .cyrillic, titleMatch(at: a) != nil || Self.h14RussianTitleWords.contains(tokens[a]) else { continue }
            var b = z
            while b > a, isCap(b) || keyIs(b, "-") { b -= 1 }
            // (b == z: the mention ends in a lowercase word; `b + 1...z` would be an empty closed range, a trap.)
            guard b > a, b < z else { continue }
            let words = (b + 1...z).filter { tokens[$0].kind == .word }.count
            guard !isCap(b), words >= 2, words <= 3, isCap(b + 1), !(b + 1...z).contains(where: { isCountry[$0] }) else { continue }
            seedReplace(n, b + 1, z + 1)
            mentions[n].type = .person
            mentions[n].evidence = .cue
        }
    }

    /// "Белорусский государственный аграрный технический университет", "Совместной белорусско-малавийской комиссии
    /// по торгово-экономическому сотрудничеству": a capitalized adjective (a country's too), lowercase adjectives and an
    /// institution's noun are one institution, with a "по" complement (adjectives and a noun) or "имени" and a name after it.
    /// "министерства инфраструктуры Республики Словения": a lowercase ministry, its portfolio and its country.
    mutating func h14RussianAdjectiveInstitutions() {
        var added: [Mention] = []
        var k = 0
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h14RussianMinistryNouns = Self.h14RussianMinistryNouns, h14RussianStateNouns = Self.h14RussianStateNouns,
            h14RussianGenericOrgStemsAffixes = Self.h14RussianGenericOrgStemsAffixes, h14RussianUnitNouns = Self.h14RussianUnitNouns
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard tokens[k].script == .cyrillic, tokens[k].kind == .word else { continue }
            if !tokens[k].capitalized, h14RussianMinistryNouns.contains(tokens[k]) {
                var j = k + 1
                while j < tokens.count, j - k <= 4, tokens[j].script == .cyrillic, tokens[j].kind == .word, !tokens[j].capitalized, !isCountry[j],
                      !h14RussianStateNouns.contains(tokens[j]) { j += 1 }
                guard j > k + 1, j < tokens.count else { continue }
                if tokens[j].kind == .word, h14RussianStateNouns.contains(tokens[j]) || tokens[j].capitalized && !isCountry[j] { j += 1 }
                guard j < tokens.count, isCountry[j] else { continue }
                var e = j
                while e < tokens.count, isCountry[e] { e += 1 }
                let (s0, e0) = (tokens[k].start, tokens[e - 1].end)
                if mentions.indices.contains(where: { mentionType($0) != .country && mentionStart($0) < e0 && mentionEnd($0) > s0 }) { continue }
                added.append(mention(k, e, type: .organization, evidence: .cue))
                k = e - 1
                continue
            }
            guard tokens[k].capitalized, h14RussianAdjective(k) else { continue }
            var j = k + 1
            while j < tokens.count, j - k <= 6 {
                // "белорусско-малавийской": a compound adjective's first part and its dash.
                if keyIs(j, "-"), !tokens[j].spaceBefore, j + 1 < tokens.count, !tokens[j + 1].spaceBefore { j += 1; continue }
                guard tokens[j].script == .cyrillic, tokens[j].kind == .word, !tokens[j].capitalized, orgKeyword(at: j) == nil,
                      h14RussianAdjective(j) || keyIs(j + 1, "-") && !tokens[j + 1].spaceBefore else { break }
                j += 1
            }
            guard j < tokens.count, tokens[j].script == .cyrillic, tokens[j].kind == .word, !tokens[j].capitalized, orgKeyword(at: j) != nil,
                  !Self.hasAnyPrefix(tokens[j].key, h14RussianGenericOrgStemsAffixes),
                  !tokens[k].sentenceStart || j > k + 1 else { continue }
            var e = j + 1
            if keyIs(e, "по") {
                var f = e + 1
                while f < tokens.count, f - e <= 5 {
                    if keyIs(f, "-"), !tokens[f].spaceBefore, f + 1 < tokens.count, !tokens[f + 1].spaceBefore { f += 1; continue }
                    guard tokens[f].script == .cyrillic, tokens[f].kind == .word, !tokens[f].capitalized,
                          h14RussianAdjective(f) || keyIs(f + 1, "-") && !tokens[f + 1].spaceBefore else { break }
                    f += 1
                }
                if f > e + 1, f < tokens.count, tokens[f].script == .cyrillic, tokens[f].kind == .word, !tokens[f].capitalized, !h14RussianAdjective(f) { e = f + 1 }
            } else if keyIs(e, "имени"), e + 2 < tokens.count, isCap(e + 1), isCap(e + 2) {
                e += 3
            } else if e + 1 < tokens.count, h14RussianUnitNouns.contains(tokens[e]), isCap(e + 1) {
                // "Народный комитет провинции Куангнинь": the unit it governs.
                e += 2
                while e < tokens.count, e - j <= 5, isCap(e) || keyIs(e, "-") && !tokens[e].spaceBefore { e += 1 }
            }
            // "… по торгово-экономическому сотрудничеству между Республикой Беларусь и Республикой Таджикистан".
            if keyIs(e, "между") {
                var f = e + 1
                while f < tokens.count, f - e <= 8, isCap(f) || isCountry[f] || keyIs(f, "и") { f += 1 }
                if f > e + 2, isCap(f - 1) || isCountry[f - 1] { e = f }
            }
            let (s0, e0) = (tokens[k].start, tokens[e - 1].end)
            // Inside a longer name, or over a known one (a country's adjective is kept as the country).
            if mentions.indices.contains(where: { mentionType($0) != .country && (mentionStart($0) < s0 && mentionEnd($0) > s0 || mentionKnown($0) != nil && mentionStart($0) < e0 && mentionEnd($0) > s0 || mentionEnd($0) > e0 && mentionStart($0) < e0) }) { continue }
            added.append(mention(k, e, type: .organization, evidence: .cue))
            k = e - 1
        }
        guard !added.isEmpty else { return }
        let spans = added.map { ($0.start, $0.end) }
        mentions.removeAll { m in m.type != .country && m.known == nil && spans.contains { m.start >= $0.0 && m.end <= $0.1 } }
        mentions += added
    }

    /// A lone capitalized Cyrillic adjective no pass typed ("Чрезвычайный и Полномочный Посол", "Северной Африки") is no
    /// name, unless a sea's noun follows it: then it is the sea ("на Адриатическом море").
    mutating func h14RussianLoneAdjectives() {
        var drop = Set<Int>()
        for n in mentions.indices where mentionKnown(n) == nil && (mentionType(n) == nil || mentionType(n) == .organization) && !mentionPlaceContext(n) {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)), a == z,
                  tokens[a].script == .cyrillic, h14RussianAdjective(a), orgKeyword(at: a) == nil else { continue }
            if z + 1 < tokens.count, Self.h14RussianSeaNouns.contains(tokens[z + 1]) {
                mentions[n] = mention(a, z + 2, type: .place, evidence: .cue)
                continue
            }
            if mentionType(n) == nil || !(z + 1 < tokens.count && isCap(z + 1)) || titleMatch(at: z + 1) != nil
                || Self.h14RussianTitleWords.contains(tokens[z + 1]) { drop.insert(n) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Vietnamese

    /// Lowercase Vietnamese nouns of lakes, rivers, mountains, passes and bays before a name.
    static let h14VietnameseFeatureNouns: WordSet = ["hồ", "sông", "núi", "đèo", "vịnh", "đầm", "suối", "đảo"]

    /// "Bộ … Lâm nghiệp Timor" + "-Leste": an institution goes on over the rest of a hyphenated country; "Tỉnh trưởng
    /// Baucau": a governor's title is no part of the place; "hồ Ira Lalaro": a name after a lake's or a river's noun is a
    /// place; "Bộ Khoa học và Công nghệ Khổng" + "Văn Thịnh": an institution ends where a person named in the article begins.
    mutating func h14Vietnamese() {
        let people = mentions.indices.filter { mentionType($0) == .person && mentionWordCount($0) >= 2 }.map { mentionWords($0) }
        var added: [Mention] = []
        var removed = Set<Int>()
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) != .country {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)), seedLatinWord(a) else { continue }
            if mentionType(n) == .organization {
                if isCountry[z], z + 2 < tokens.count, keyIs(z + 1, "-"), !tokens[z + 1].spaceBefore, !tokens[z + 2].spaceBefore, isCountry[z + 2] {
                    seedReplace(n, a, z + 3)
                    continue
                }
                if z > a + 1, let i = (a + 2...z).first(where: { i in people.contains { w in
                    w.count > z - i + 1 && i + w.count <= tokens.count && (0..<w.count).allSatisfy { PhraseMatcher.same(tokens[i + $0].key, w[$0]) } } }),
                   let w = people.first(where: { w in w.count > z - i + 1 && i + w.count <= tokens.count && (0..<w.count).allSatisfy { PhraseMatcher.same(tokens[i + $0].key, w[$0]) } }) {
                    let (s0, e0) = (tokens[i].start, tokens[i + w.count - 1].end)
                    for o in mentions.indices where o != n && mentionType(o) == .person && mentionStart(o) >= s0 && mentionEnd(o) <= e0 { removed.insert(o) }
                    seedReplace(n, a, i)
                    added.append(mention(i, i + w.count, type: .person, evidence: .cue))
                    continue
                }
            }
            // The NFC forms (through Foundation) only for a place of three words or more.
            // (The second word first, by `PlainText.equal`: `text.precomposedStringWithCanonicalMapping == "trưởng"`, String
            // equality being canonical, on bytes for a plain text.)
            if mentionType(n) == .place, z > a + 1, PlainText.equal(tokens[a + 1].text, "trưởng"),
               case let first = tokens[a].text.precomposedStringWithCanonicalMapping.lowercased(), first == "tỉnh" || first == "thị" {
                seedReplace(n, a + 2, z + 1)
                continue
            }
            if mentionType(n) != .place, mentionType(n) != .organization, a >= 1, seedLatinWord(a - 1), !isCap(a - 1),
               Self.h14VietnameseFeatureNouns.contains(exactForm(a - 1)) {
                mentions[n].type = .place
                mentions[n].evidence = .cue
                var m = mention(a - 1, z + 1, type: .place, evidence: .cue)
                m.variants = [mentionSurface(n)]
                mentions[n] = m
            }
        }
        if removed.isEmpty && added.isEmpty { return }
        replaceMentions(removing: removed, adding: added)
    }

    // MARK: - Chinese

    /// Titles the Han lists lack, before a Chinese name ("临时代办谭某", "项目经理宋某").
    static let h14HanTitles: [[Unicode.Scalar]] = ["临时代办", "项目经理", "代办"].map { Array($0.unicodeScalars) }
    /// Characters that follow a name (a verb's first character, a list mark): the name ends before them.
    static let h14HanAfterName: Set<Unicode.Scalar> = Set("会表指说强在与和同致对出主宣介称透告认希提等、，。：；".unicodeScalars)
    /// Characters that end a river's or a lake's name.
    static let h14HanWaterEnds: Set<Unicode.Scalar> = Set("河湖江".unicodeScalars)
    /// `h14HanWaterEnds` as code points, compared in turn (asked of every Han character: no hashing).
    static let h14HanWaterEndValues: [UInt32] = h14HanWaterEnds.map(\.value)
    static let h14HanEmbassy: [Unicode.Scalar] = Array("大使馆".unicodeScalars)
    /// The characters (as written) at which the title, water and embassy scans of `h14Han` can match.
    static let h14HanScanTriggers = HanCharSet(codes: (h14HanTitles.map { $0[0] } + Array(h14HanWaterEnds) + [h14HanEmbassy[0]]).map(\.value))
    /// Characters before a list of towns ("在X、Y和Z").
    static let h14HanListOpeners: Set<Unicode.Scalar> = Set("在赴到至从".unicodeScalars)

    func h14HanTranslit(_ c: Unicode.Scalar) -> Bool { Self.hanTransliterationSet.contains(Self.hanCode(c)) }

    /// "阿布巴卡尔·孔德" + "-塞萨伊": a transliterated name goes on over a dash and the part after it; "临时代办谭晓峰",
    /// "项目经理宋德明": a Chinese name after a title the lists lack; "在凯拉洪、科伊杜和马克尼推广": towns listed
    /// with 、 and 和 after 在/赴/到/至/从, each mostly of transliteration characters; "至莫阿河": two or three
    /// transliteration characters before 河/湖/江 are a river or a lake; "中国驻塞拉利昂大使馆": an embassy.
    mutating func h14Han() {
        var added: [Mention] = []
        // Each Han token's scalars decoded once per article (`hanRunScalars`), and whether they are
        // all in the Basic Multilingual Plane decided once per token (1: yes, 2: no).
        var inPlane = [UInt8](repeating: 0, count: tokens.count)
        func scalars(_ k: Int) -> [Unicode.Scalar]? {
            guard tokens[k].script == .han else { return nil }
            let sc = hanRunScalars(k)
            if inPlane[k] == 0 { inPlane[k] = sc.allSatisfy({ $0.value <= 0xFFFF }) && sc.count == tokens[k].end - tokens[k].start ? 1 : 2 }
            return inPlane[k] == 1 ? sc : nil
        }
        func han(_ k: Int, _ a: Int, _ b: Int, _ type: EntityType) -> Mention {
            let sc = Array(tokens[k].text.unicodeScalars)[a..<b]
            let name = String(String.UnicodeScalarView(sc))
            var m = Mention(surface: name, start: tokens[k].start + a, end: tokens[k].start + b, type: type, evidence: .cue, words: [name])
            if type == .place { m.placeContext = true }
            return m
        }
        func free(_ s: Int, _ e: Int) -> Bool { !(mentions + added).contains { $0.start < e && $0.end > s } }
        // Dashes inside transliterated names.
        for n in mentions.indices where mentionType(n) == .person && mentionKnown(n) == nil {
            guard let k = seedTokenIndex(start: mentionEnd(n)), keyIs(k, "-") || keyIs(k, "－"),
                  k + 1 < tokens.count, tokens[k + 1].start == tokens[k].end, let sc = scalars(k + 1) else { continue }
            var e = 0
            while e < sc.count, e < 4, !Self.h14HanAfterName.contains(sc[e]) { e += 1 }
            // (Session 47: a longer part all of transliteration's characters, "－汉达诺维奇", to six.)
            if e == 4 { while e < sc.count, e < 6, !Self.h14HanAfterName.contains(sc[e]), Self.hanTransliterationSet.contains(Self.hanCode(sc[e])) { e += 1 } }
            guard e >= 2 else { continue }
            let end = tokens[k + 1].start + e
            let name = mentionSurface(n) + tokens[k].text + String(String.UnicodeScalarView(sc[0..<e]))
            mentions[n] = Mention(surface: name, start: mentionStart(n), end: end, type: .person, evidence: .cue, words: [name])
        }
        let triggers = Self.h14HanScanTriggers
        for k in tokens.indices {
            guard let sc = scalars(k) else { continue }
            // A run holding none of the characters the three rules below start from (a title's first, 河/湖/江, 大) is
            // passed over: one bit test a character instead of three scans.
            var triggered = false
            for u in sc where triggers.contains(u.value) { triggered = true; break }
            guard triggered else { continue }
            // Titles, then a name.
            for title in Self.h14HanTitles {
                var i = 0
                while i + title.count + 2 <= sc.count {
                    defer { i += 1 }
                    guard sc[i] == title[0], sc[i..<i + title.count].elementsEqual(title) else { continue }
                    let a = i + title.count
                    guard Self.hanSurnameSet.contains(Self.hanCode(sc[a])) else { continue }
                    let len = a + 3 <= sc.count && (a + 3 == sc.count || Self.h14HanAfterName.contains(sc[a + 3])) && !Self.h14HanAfterName.contains(sc[a + 2]) ? 3
                        : (a + 2 == sc.count || Self.h14HanAfterName.contains(sc[a + 2])) ? 2 : 0
                    guard len > 0, free(tokens[k].start + a, tokens[k].start + a + len) else { continue }
                    added.append(han(k, a, a + len, .person))
                    i = a + len - 1
                }
            }
            // Rivers and lakes.
            for i in 2..<max(2, sc.count) where Self.h14HanWaterEndValues.contains(sc[i].value) {
                var a = i
                while a > 0, i - a < 3, h14HanTranslit(sc[a - 1]) { a -= 1 }
                guard i - a >= 2, a == 0 || !h14HanTranslit(sc[a - 1]) else { continue }
                let (s0, e0) = (tokens[k].start + a, tokens[k].start + i + 1)
                // "塔巴拉" found before "河" by another pass: the river's name takes the character.
                if let o = mentions.indices.first(where: { mentionKnown($0) == nil && mentionType($0) != .country && mentionType($0) != .person && mentionStart($0) == s0 && mentionEnd($0) == e0 - 1 }) {
                    var m = han(k, a, i + 1, .place)
                    m.variants = [mentionSurface(o)]
                    mentions[o] = m
                    continue
                }
                guard free(s0, e0) else { continue }
                added.append(han(k, a, i + 1, .place))
            }
            // Embassies: "<country>驻<country>大使馆".
            for i in 0..<max(0, sc.count - 2) where sc[i] == Self.h14HanEmbassy[0] && sc[i..<min(sc.count, i + 3)].elementsEqual(Self.h14HanEmbassy) {
                let e = tokens[k].start + i + 3
                guard let host = mentions.indices.first(where: { mentionType($0) == .country && mentionEnd($0) == tokens[k].start + i }).map({ mentions[$0] }),
                      host.start >= tokens[k].start + 1, sc[host.start - tokens[k].start - 1] == "驻",
                      let sender = mentions.indices.first(where: { mentionType($0) == .country && mentionEnd($0) == host.start - 1 }).map({ mentions[$0] }) else { continue }
                let a = sender.start - tokens[k].start
                guard a >= 0, !mentions.indices.contains(where: { mentionType($0) == .organization && mentionStart($0) <= sender.start && mentionEnd($0) >= e }) else { continue }
                added.append(han(k, a, i + 3, .organization))
            }
        }
        // Lists of towns: "在凯拉洪" "、" "科伊杜和马克尼推广…".
        var k = 0
        while k + 2 < tokens.count {
            defer { k += 1 }
            guard let sc = scalars(k), keyIs(k + 1, "、"), let opener = sc.lastIndex(where: { Self.h14HanListOpeners.contains($0) }) else { continue }
            var items: [(Int, Int, Int)] = []   // token, start, end (scalars)
            let first = opener + 1
            guard sc.count - first >= 2, sc.count - first <= 5 else { continue }
            items.append((k, first, sc.count))
            var j = k + 2
            var closed = false
            while j < tokens.count, let t = scalars(j) {
                if keyIs(j + 1, "、"), t.count >= 2, t.count <= 5 { items.append((j, 0, t.count)); j += 2; continue }
                // The last token: "Y和Z…".
                if let and = t.firstIndex(where: { $0 == "和" || $0 == "及" }), and >= 2, and <= 5 {
                    var e = and + 1
                    while e < t.count, e - and <= 4, h14HanTranslit(t[e]) { e += 1 }
                    if e - and - 1 >= 2 { items.append((j, 0, and)); items.append((j, and + 1, e)); closed = true }
                }
                break
            }
            guard closed, items.count >= 3 else { continue }
            let translit = items.allSatisfy { it in
                let t = Array(tokens[it.0].text.unicodeScalars)[it.1..<it.2]
                return t.filter { h14HanTranslit($0) }.count * 3 >= t.count * 2
            }
            guard translit else { continue }
            for it in items where free(tokens[it.0].start + it.1, tokens[it.0].start + it.2) { added.append(han(it.0, it.1, it.2, .place)) }
            k = j
        }
        mentions += added
        // "孔德-塞萨伊" is the "阿布巴卡尔·孔德-塞萨伊" of the article: one group (the grouper keys by words).
        // (`PlainText.contains`: Foundation's search, answered on the scalars of a plain surface.)
        let full = mentions.indices.filter { mentionType($0) == .person && PlainText.contains(mentionSurface($0), "·") && PlainText.contains(mentionSurface($0), "-") }.map { mentions[$0] }
        guard !full.isEmpty else { return }
        for n in mentions.indices where mentionType(n) == .person && mentionKnown(n) == nil && !PlainText.contains(mentionSurface(n), "·") {
            if let f = full.first(where: { PlainText.hasSuffix($0.surface, "·" + mentionSurface(n)) }) { mentions[n].words = f.words }
        }
    }
}
