import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout31 (ordinary domestic news in ten languages: a water utility's
/// tariffs, a bushfire, a museum theft, an election recount, a shipyard order, a labour court, a wine harvest, a bus
/// strike, a fishing quota, a research grant, a rail timetable, a hospital merger; scored untouched at 0.735 / 0.889 before
/// any of them). One pass, run just before refineCP15. The patterns: a long name cut at a lowercase word, with its acronym
/// in parentheses after it (the acronym's letters spell the name's words); a hyphenated agency in a dateline; an ANSA
/// dateline's month; a dateline town with a particle ("Mar del Plata"); a ministry's list of portfolios; "& Co. KG";
/// "IG" unions; role words and prepositions read into a person (German compounds, English titles, "Según"); French
/// centuries; English sites and utilities typed as people; "№ 2" after a Russian body; "山东麓" (a mountain's east foot,
/// not Shandong); "للبنين" (for boys, not Benin). Each rule is gated on its language or script and on a token's key,
/// first character or flag before any scan, so an article of another language pays a few flag tests.
extension NameFinder {
    mutating func refineHoldout31() {
        guard !tokens.isEmpty else { return }
        let latin = language == "en" || lang.fr || lang.es || lang.pt || lang.it || lang.de
        if latin {
            h31DatelineHyphenAgency()
            h31AcronymNames()
        }
        if lang.it { h31ItalianDatelineMonth() }
        if lang.es || lang.pt || lang.it || lang.fr { h31DatelineParticle(); h31MinistryPortfolios() }
        if latin { h31PersonLeads(); h31HyphenatedPlacePairs() }
        if latin { h31RegionAdjectives() }
        if language == "en" { h31EnglishTypes(); h31EnglishTitleBodies(); h31EnglishCompassPlaces() }
        if lang.de { h31German() }
        if latin { h31PlaceLists() }
        if lang.fr { h31FrenchDepartments() }
        if lang.it { h31ItalianBodies() }
        if lang.es || lang.pt || lang.it || lang.fr { h31RomanceBodies() }
        if latin { h31AcronymBeforePerson() }
        if lang.fr { h31FrenchCenturies() }
        if lang.ru { h31RussianNumberSign(); h31RussianLowercaseBodies() }
        if hasHan, language == "zh" { h31HanMountainFoot() }
        if language == "ar" { h31ArabicBoys(); h31ArabicTitleAfterPlace() }
    }

    /// The headline's finder: the same Han and Arabic readings ("贺兰山东麓" in a title, "للبنين").
    mutating func refineHoldout31Title() {
        if hasHan, language == "zh" { h31HanMountainFoot() }
        if language == "ar" { h31ArabicBoys() }
    }

    /// The token starting at text offset `s` and the token ending at `e` of mention `i` (nil off a token boundary).
    @inline(__always) func h31Span(_ i: Int) -> (Int, Int)? { seedSpan(i) }

    /// Drops every non-country mention overlapping tokens `a..<b` (known ones too when `overKnown`) and adds `m`.
    mutating func h31Replace(_ a: Int, _ b: Int, with m: Mention, overKnown: Bool) {
        h27Replace(a, b, with: m, overKnown: overKnown)
    }

    // MARK: - Datelines

    /// "Delémont, 3 décembre 2026 (Keystone-ATS) -": a hyphenated agency in parentheses on the dateline (after a date or
    /// before a dash) is one organization, not a person or two words.
    mutating func h31DatelineHyphenAgency() {
        let n = tokens.count
        let limit = min(n - 5, 90)
        guard limit > 0 else { return }
        for k in 0..<limit where tokens[k].kind == .punct && keyIs(k, "(") {
            guard tokens[k + 1].kind == .word, tokens[k + 1].script == .latin, keyIs(k + 2, "-"), !tokens[k + 2].spaceBefore,
                  tokens[k + 3].kind == .word, !tokens[k + 3].spaceBefore, keyIs(k + 4, ")"), isCap(k + 1), isCap(k + 3) else { continue }
            let dash = k + 5 < n && h27Dash(k + 5)
            guard dash || k > 0 && tokens[k - 1].kind == .number else { continue }
            // On a dateline: the line's start a few tokens back.
            var j = k, lineStart = -1
            while j >= 0, k - j <= 12 {
                if j == 0 || tokens[j].newlineBefore { lineStart = j; break }
                j -= 1
            }
            guard lineStart >= 0 else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[k + 3].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { return }
            var m = mention(k + 1, k + 4, type: .organization, evidence: .cue)
            m.parenthesized = false
            h31Replace(k + 1, k + 4, with: m, overKnown: true)
            // The same words later in the text: the agency again.
            for j in mentions.indices where mentionType(j) == .person && mentionWords(j) == m.words { mentions[j].type = .organization }
            return
        }
    }

    /// "(ANSA) - CAGLIARI, 3 DIC -": the month after the day on an ANSA dateline is no name.
    static let h31ItalianMonths = KeySet(["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"])
    mutating func h31ItalianDatelineMonth() {
        guard articleHas(Self.h31ItalianMonths) else { return }
        let limit = min(tokens.count, 60)
        for k in 1..<max(limit, 1) where tokens[k].kind == .word && tokens[k].allCaps && tokens[k - 1].kind == .number {
            guard h23Key(k, Self.h31ItalianMonths), tokens[k].text.utf8.count == 3 else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            mentions.removeAll { $0.type != .country && $0.start == s && $0.end == e }
        }
    }

    /// Particles inside a town's name written on a dateline ("Mar del Plata, 3 de diciembre (NA)", "Vila Nova de Gaia, 3 dez").
    static let h31TownParticles = KeySet(["del", "de", "la", "las", "los", "do", "da", "dos", "das", "di", "della", "dello", "dei", "sur",
        "en", "le", "les", "sul", "al"])
    /// A place found at the end of a dateline's town, with capitalized words and particles before it on the line: the whole town.
    mutating func h31DatelineParticle() {
        let n = tokens.count
        let limit = min(n - 2, 40)
        guard limit > 2 else { return }
        for z in 0..<limit where keyIs(z + 1, ",") && tokens[z + 2].kind == .number && isCap(z) {
            // The line's first token.
            var a = z
            while a > 0, !tokens[a].newlineBefore { a -= 1 }
            guard a <= z, z - a <= 5, isCap(a), !tokens[a].sentenceStart || a == 0 || tokens[a].newlineBefore else { continue }
            var ok = true
            for j in a..<z {
                if isCap(j) || h23Key(j, Self.h31TownParticles) { continue }
                ok = false; break
            }
            // An agency in parentheses after the date ("Logroño, 3 dic (EFE).-").
            var agency = false
            var q = z + 2
            while q + 2 < n, q - z < 9, !tokens[q + 1].newlineBefore {
                if keyIs(q, "("), tokens[q + 1].kind == .word, keyIs(q + 2, ")") { agency = true; break }
                q += 1
            }
            guard ok, agency, !(a...z).contains(where: { isCountry[$0] }) else { continue }
            let (s, e) = (tokens[a].start, tokens[z].end)
            if anyMention(where: { $0.type != .country && $0.start == s && $0.end == e && ($0.type == .place || $0.known != nil) }) { return }
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { return }
            h31Replace(a, z + 1, with: mention(a, z + 1, type: .place, evidence: .cue), overKnown: false)
            guard z > a else { return }
            // The last word alone elsewhere ("Plata") was read from the town.
            let last = tokens[z].key
            mentions.removeAll { $0.type == .place && $0.known == nil && $0.words.count == 1 && PhraseMatcher.same($0.words[0], last) }
            return
        }
    }

    // MARK: - Acronyms

    /// Words a long name's acronym skips.
    static let h31AcronymSkips = KeySet(["de", "del", "della", "delle", "dei", "degli", "di", "da", "do", "das", "dos", "du", "des", "d", "l", "la",
        "le", "les", "el", "los", "las", "lo", "il", "i", "gli", "e", "y", "et", "ed", "and", "of", "the", "for", "a", "à", "al", "au", "aux", "en",
        "in", "per", "para", "pour", "por", "contre", "contra", "con", "sur", "sobre", "und", "für", "der", "die", "das", "von", "zur", "zum"])

    /// "Office central de lutte contre le trafic des biens culturels (OCBC)", "Fundação de Amparo à Pesquisa do Estado de Minas
    /// Gerais (Fapemig)": a name with lowercase words, cut by an earlier rule, whose acronym follows it in parentheses; the
    /// acronym's letters are the first letters of the name's words in order (a word may give more than its first letter, a
    /// lowercase or linking word none, the first word always): the whole name is the organization.
    mutating func h31AcronymNames() { acronymSpelledNames(.cut) }

    /// The two readings of the acronym rule (`acronymSpelledNames`): holdout31's and holdout32's.
    enum AcronymNameMode: Sendable {
        /// holdout31: a name cut at its lowercase words. The acronym is one word or two joined by a hyphen ("Cefet-MG"),
        /// 3–10 letters, written with a capital first (all caps or not: "Fapemig"), and no capitalized word goes on after
        /// it; the name is read back over hyphens and apostrophes (16 tokens at most), must hold no country's word, and
        /// replaces known names inside it.
        case cut
        /// holdout32: a name that crosses a country's adjective ("Federazione Italiana …") or the commas of a list of its
        /// words ("…, dos Arquivos e das Bibliotecas"), and only such a name. The acronym is one all-caps word of 3–8
        /// letters; the name is read back over hyphens and those commas (18 tokens at most) and is not made over a known name.
        case wide

        /// Tokens read back from the parenthesis at most.
        var reach: Int { self == .cut ? 16 : 18 }
        /// Letters of the acronym at most.
        var maxLetters: Int { self == .cut ? 10 : 8 }
    }

    /// An acronym in parentheses after the words it spells makes those words one organization (and the acronym one too):
    /// the rule of holdout31 (`.cut`) and its wider crossing of holdout32 (`.wide`); see `AcronymNameMode`.
    mutating func acronymSpelledNames(_ mode: AcronymNameMode) {
        let n = tokens.count
        guard n > 6 else { return }
        let cut = mode == .cut
        let paren = Token.hash("(")   // (the hash first: few marks are one)
        var k = 3
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .punct, keyIs(k, "(", hash: paren), tokens[k + 1].kind == .word, tokens[k + 1].script == .latin else { continue }
            // The acronym: one word, or (cut) two joined by a hyphen ("Cefet-MG").
            var close = k + 2
            var letters = Array(tokens[k + 1].key.utf8)
            if cut {
                if keyIs(k + 2, "-"), k + 4 < n, tokens[k + 3].kind == .word, !tokens[k + 2].spaceBefore, !tokens[k + 3].spaceBefore {
                    letters += Array(tokens[k + 3].key.utf8)
                    close = k + 4
                }
                guard keyIs(close, ")"), letters.count >= 3, letters.count <= mode.maxLetters else { continue }
                // "(DOCa) Rioja": the name goes on after the acronym.
                if close + 1 < n, isCap(close + 1), !tokens[close + 1].newlineBefore, tokens[close + 1].script == .latin { continue }
                guard let f = tokens[k + 1].text.utf8.first, f >= 0x41, f <= 0x5A else { continue }
                guard letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            } else {
                guard keyIs(k + 2, ")"), letters.count >= 3, letters.count <= mode.maxLetters, tokens[k + 1].allCaps else { continue }
            }
            // The words before it, back to a sentence's punctuation.
            var words: [Int] = []
            var sawCountry = false, sawComma = false
            var j = k - 1
            while j >= 0, k - j <= mode.reach {
                let kind = tokens[j].kind
                if kind == .punct {
                    if !cut, keyIs(j, ","), j + 1 < k, !tokens[j + 1].capitalized || h23Key(j + 1, Self.h31AcronymSkips) { sawComma = true; j -= 1; continue }
                    if !keyIs(j, "-") && !(cut && (keyIs(j, "'") || keyIs(j, "’"))) { break }
                }
                if kind == .number { break }
                if kind == .word || kind == .elision {
                    words.append(j)
                    if isCountry[j] { sawCountry = true }
                }
                j -= 1
            }
            words.reverse()
            guard cut || sawCountry || sawComma, words.count >= 3 else { continue }
            // The longest run of words ending at `k - 1` that spells the acronym.
            var best = -1
            for startIdx in 0..<(words.count - 2) where isCap(words[startIdx]) && !h23Key(words[startIdx], Self.h31AcronymSkips) {
                if h31Spells(Array(words[startIdx...]), letters) { best = startIdx; break }
            }
            guard best >= 0 else { continue }
            let a = words[best], b = k
            let (s, e) = (tokens[a].start, tokens[b - 1].end)
            // Only a name some rule found a part of, not found whole already.
            guard anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }),
                  !anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) else { continue }
            if cut {
                guard !(a..<b).contains(where: { isCountry[$0] }) else { continue }
            } else {
                guard !anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) else { continue }
            }
            h27Replace(a, b, with: mention(a, b, type: .organization, evidence: .cue), overKnown: cut)
            // The acronym is the organization too (a person or a place read from it is not).
            let (sa, ea) = (tokens[k + 1].start, tokens[close - 1].end)
            for i in mentions.indices where mentionStart(i) == sa && mentionEnd(i) == ea && mentionType(i) != .country && mentionType(i) != .organization {
                mentions[i].type = .organization
                mentions[i].placeContext = false
            }
            k = close
        }
    }

    /// The words `ws` (token indices) spell `letters`: the first word gives one letter or more, each other word a prefix of its
    /// key (possibly empty when it is lowercase, a linking word or the part after a hyphen), and the last capitalized word one.
    func h31Spells(_ ws: [Int], _ letters: [UInt8]) -> Bool {
        let keys = ws.map { Array(tokens[$0].key.utf8) }
        let skippable = ws.indices.map { i -> Bool in
            let t = ws[i]
            return !isCap(t) || h23Key(t, Self.h31AcronymSkips) || i > 0 && t > 0 && keyIs(t - 1, "-") && !tokens[t].spaceBefore
        }
        // lastCap: the last word that must give a letter.
        var lastCap = -1
        for i in ws.indices.reversed() where !skippable[i] { lastCap = i; break }
        guard lastCap >= 0 else { return false }
        let width = letters.count + 1
        var memo = [Int8](repeating: -1, count: (ws.count + 1) * width)
        func go(_ i: Int, _ p: Int) -> Bool {
            if p == letters.count { return i > lastCap && (i..<ws.count).allSatisfy { skippable[$0] } }
            if i == ws.count { return false }
            let key = i * width + p
            if memo[key] >= 0 { return memo[key] == 1 }
            var ok = false
            let w = keys[i]
            var l = 1
            while !ok, l <= w.count, p + l <= letters.count, w[l - 1] == letters[p + l - 1] {
                if go(i + 1, p + l) { ok = true }
                l += 1
            }
            if !ok, i > 0, skippable[i] { ok = go(i + 1, p) }
            memo[key] = ok ? 1 : 0
            return ok
        }
        return go(0, 0)
    }

    // MARK: - Ministries

    static let h31MinistryHeads = KeySet(["ministerio", "ministere", "ministero", "secretaria", "consejeria", "secretariat"])
    static let h31Ands = KeySet(["y", "e", "et", "ed"])
    /// "Ministerio de Trabajo, Empleo y Seguridad Social": a ministry's portfolios listed with commas and "y" belong to its name.
    mutating func h31MinistryPortfolios() {
        guard articleHas(Self.h31MinistryHeads) else { return }
        let n = tokens.count
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            guard let (a, z) = h31Span(i), h23Key(a, Self.h31MinistryHeads), z + 3 < n, keyIs(z + 1, ","), isCap(z + 2) else { continue }
            var p = z + 1
            var end = -1
            while p + 1 < n, keyIs(p, ",") && isCap(p + 1) || h23Key(p, Self.h31Ands) && isCap(p + 1) {
                let and = h23Key(p, Self.h31Ands)
                var q = p + 1
                while q + 1 < n, isCap(q + 1), !tokens[q + 1].sentenceStart { q += 1 }
                if q - p > 3 { break }
                p = q + 1
                if and { end = q; break }
            }
            guard end > z else { continue }
            // Not over people listed after the ministry ("el Ministerio de Salud, María Pérez y …").
            let (s1, e1) = (tokens[z + 1].start, tokens[end].end)
            guard !anyMention(where: { $0.type == .person && $0.start < e1 && $0.end > s1 }),
                  !(z + 1...end).contains(where: { isCountry[$0] || isGivenName($0) }) else { continue }
            let m = mention(a, end + 1, type: .organization, evidence: .cue)
            h31Replace(a, end + 1, with: m, overKnown: false)
            return
        }
    }

    // MARK: - Persons

    /// Prepositions at a sentence's start read into a name ("Según Ferreyra Achával, …").
    static let h31LeadPrepositions = KeySet(["segun", "selon", "secondo", "conforme", "laut"])
    /// English titles written without a full stop, or before a name after a capitalized word ("Prof Jane Roe", "Local MP Jo Roe").
    static let h31EnglishTitles = KeySet(["prof", "cllr", "mp", "mep", "msp", "mla", "mpp", "mhk"])
    /// German role words ending a compound before a name ("AK-Arbeitsrechtsexperte X Y", "Landesrätin X Y").
    static let h31GermanRoleEnds = ["experte", "expertin", "sprecher", "sprecherin", "politiker", "politikerin", "vorsitzende", "vorsitzender",
        "chef", "chefin", "leiter", "leiterin", "direktor", "direktorin", "referent", "referentin", "funktionar", "funktionarin", "obmann", "obfrau"]

    mutating func h31PersonLeads() {
        guard lang.de || articleHas(Self.h31LeadPrepositions) || articleHas(Self.h31EnglishTitles) else { return }
        var drop = Set<Int>(), added: [Mention] = []
        let en = language == "en", de = lang.de
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) >= 3 {
            guard let (a, z) = h31Span(i), z > a else { continue }
            var cut = -1
            if h23Key(a, Self.h31LeadPrepositions), !de || keyIs(a, "laut") { cut = a }
            if en {
                for j in a..<z where tokens[j].kind == .word && h23Key(j, Self.h31EnglishTitles) { cut = j }
            }
            if de, cut < 0 {
                for j in a..<z where tokens[j].kind == .word && tokens[j].key.utf8.count > 8 && Self.hasAnySuffix(tokens[j].key, Self.h31GermanRoleEnds) {
                    cut = j
                    break
                }
            }
            guard cut >= 0 else { continue }
            var s = cut + 1
            while s <= z, !isCap(s) { s += 1 }
            guard s < z, (s...z).filter({ isCap($0) }).count >= 2 else { continue }
            drop.insert(i)
            added.append(mention(s, z + 1, type: .person, evidence: .cue))
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "Macomer-Nuoro" (a line between two towns named alone elsewhere) is no person.
    mutating func h31HyphenatedPlacePairs() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) == 2 {
            // (The bytes searched in place: `utf8.contains` stepped through the view's indices.)
            guard Self.utf8Contains(mentionSurface(i), 0x2D), let (a, z) = h31Span(i), z == a + 2, keyIs(a + 1, "-"), !tokens[a + 1].spaceBefore, !tokens[z].spaceBefore else { continue }
            let (ka, kz) = (tokens[a].key, tokens[z].key)
            let placeA = anyMention(where: { $0.type == .place && $0.words.count == 1 && PhraseMatcher.same($0.words[0], ka) })
            let placeZ = anyMention(where: { $0.type == .place && $0.words.count == 1 && PhraseMatcher.same($0.words[0], kz) })
            if placeA && placeZ { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Adjectives of position ending a region's name ("Rioja Alta", "Sabina Orientale"): a place, not a person.
    static let h31RegionAdjectives = KeySet(["alta", "baja", "bajo", "alto", "media", "oriental", "occidental", "septentrional", "meridional",
        "bassa", "orientale", "occidentale", "superiore", "inferiore", "baixa", "baixo", "interior"])
    static let h31Articles = KeySet(["la", "el", "del", "al", "lo", "il", "della", "nella", "nel", "dalla", "sulla", "alla", "da", "do", "na", "no", "a", "o"])
    mutating func h31RegionAdjectives() {
        guard articleHas(Self.h31RegionAdjectives) else { return }
        guard lang.es || lang.it || lang.pt else { return }
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) == 2 {
            // After an article ("en la Rioja Alta"): a person's name takes none.
            guard let (a, z) = h31Span(i), z == a + 1, a > 0, isCap(a), isCap(z), h23Key(z, Self.h31RegionAdjectives), !isGivenName(a),
                  h18Lower(a - 1), h23Key(a - 1, Self.h31Articles) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    // MARK: - English

    /// Last or inner words of a site, never of a person's name ("Buchan Caves Reserve", "Lakes Entrance").
    static let h31EnglishSiteWords = KeySet(["reserve", "entrance", "caves", "creek", "lakes", "gorge", "falls", "harbour",
        "harbor", "inlet", "lagoon", "peninsula", "plateau", "ranges", "wetlands", "sanctuary"])
    /// Last words of a utility or an operator ("Wye Marches Water", "Northern Trains").
    static let h31EnglishUtilityWords = KeySet(["water", "energy", "power", "gas", "electricity", "rail", "trains", "buses", "telecom", "broadband"])

    /// A gate of `h31EnglishTypes` (with its site and utility words): its groups open with "Friends of".
    static let h31FriendsCue = KeySet(["friends"])
    mutating func h31EnglishTypes() {
        guard articleHas(Self.h31EnglishSiteWords) || articleHas(Self.h31EnglishUtilityWords) || articleHas(Self.h31FriendsCue) else { return }
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h31EnglishSiteWords = Self.h31EnglishSiteWords, h31EnglishUtilityWords = Self.h31EnglishUtilityWords
        for i in mentions.indices where mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            let type = mentionType(i)
            guard type == .person || type == .place || type == nil, let (a, z) = h31Span(i), z > a, isCap(a), tokens[a].script == .latin else { continue }
            if type == .person, (a...z).contains(where: { isCap($0) && h23Key($0, h31EnglishSiteWords) }) {
                mentions[i].type = .place
                mentions[i].placeContext = true
                continue
            }
            if type != .organization, isCap(z), h23Key(z, h31EnglishUtilityWords), z - a >= 2, (a...z).allSatisfy({ isCap($0) }) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
                continue
            }
            // "Friends of the Upper Wye Valley": a group.
            if keyIs(a, "friends"), keyIs(a + 1, "of") {
                mentions[i].type = .organization
                mentions[i].placeContext = false
            }
        }
    }

    /// Title words ending a name read as a body before a person ("Emergency Management Commissioner Jane Roe").
    static let h31EnglishTitleEnds = KeySet(["commissioner", "minister", "secretary", "director", "chairman", "chairwoman", "chair",
        "controller", "commander", "superintendent", "treasurer", "ombudsman", "registrar"])
    mutating func h31EnglishTitleBodies() {
        guard articleHas(Self.h31EnglishTitleEnds) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            guard let (a, z) = h31Span(i), z > a, isCap(z), h23Key(z, Self.h31EnglishTitleEnds), z + 2 < tokens.count, isCap(z + 1) else { continue }
            let e0 = tokens[z + 1].start
            // The person may start after an abbreviated title ("… Commissioner Dr Jane Roe").
            let e1 = z + 2 < tokens.count && tokens[z + 1].text.utf8.count <= 4 ? tokens[z + 2].start : e0
            if anyMention(where: { $0.type == .person && ($0.start == e0 || $0.start == e1) }) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Lowercase compass words before a county or a region ("south Shropshire", "north Devon"): the place.
    static let h31EnglishCompass = KeySet(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "mid", "rural", "coastal"])
    mutating func h31EnglishCompassPlaces() {
        guard articleHas(Self.h31EnglishCompass) else { return }
        for i in mentions.indices where (mentionType(i) == .organization || mentionType(i) == nil) && mentionWordCount(i) == 1 {
            guard mentionKnown(i) == nil, let (a, z) = h31Span(i), a > 0, z == a, h18Lower(a - 1), h23Key(a - 1, Self.h31EnglishCompass), !tokens[a].allCaps else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    // MARK: - German

    static let h31GermanSiteCues = KeySet(["insel", "halbinsel", "im"])
    mutating func h31German() {
        let n = tokens.count
        var k = 0
        while k + 1 < n {
            defer { k += 1 }
            // Fields read in place (a copy of the token retains its strings).
            let kind = tokens[k].kind
            guard kind == .punct || kind == .word && tokens[k].script == .latin else { continue }
            // "IG Metall Küste", "IG BCE": a union.
            if kind == .word, tokens[k].allCaps, keyIs(k, "ig"), isCap(k + 1), !tokens[k + 1].sentenceStart {
                var z = k + 1
                while z + 1 < n, z - k < 3, isCap(z + 1), !tokens[z + 1].sentenceStart, !isCountry[z + 1] { z += 1 }
                let (s, e) = (tokens[k].start, tokens[z].end)
                if !anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) {
                    h31Replace(k, z + 1, with: mention(k, z + 1, type: .organization, evidence: .cue), overKnown: false)
                }
                k = z
                continue
            }
            // "der Insel Juist", "im Wattenmeer": an island and a sea.
            if kind == .word, h23Key(k, Self.h31GermanSiteCues) {
                var place = -1
                if keyIs(k, "insel") || keyIs(k, "halbinsel") {
                    if isCap(k + 1), !isCountry[k + 1], k > 0, h18Lower(k - 1) { place = k + 1 }
                } else if keyIs(k, "im"), isCap(k + 1), tokens[k + 1].key.utf8.count > 6,
                          Self.hasAnySuffix(tokens[k + 1].key, ["meer", "gebirge", "becken"]) {
                    place = k + 1
                }
                if place >= 0 {
                    let (s, e) = (tokens[place].start, tokens[place].end)
                    if !anyMention(where: { $0.start < e && $0.end > s && ($0.type == .place || $0.known != nil) }) {
                        h31Replace(place, place + 1, with: mention(place, place + 1, type: .place, evidence: .cue), overKnown: false)
                    }
                    continue
                }
            }
            // "… GmbH & Co. KG": the legal form after a company's name.
            if kind == .punct, keyIs(k, "&"), k > 0, keyIs(k + 1, "co"), k + 2 < n {
                var z = k + 1
                if keyIs(z + 1, ".") { z += 1 }
                guard z + 1 < n, keyIs(z + 1, "kg") else { continue }
                z += 1
                let e0 = tokens[k - 1].end
                guard let i = firstMentionIndex(where: { $0.type == .organization && $0.end == e0 }), let (a, _) = h31Span(i) else { continue }
                h31Replace(a, z + 1, with: mention(a, z + 1, type: .organization, evidence: .cue), overKnown: false)
                k = z
            }
        }
    }

    // MARK: - Lists of places

    /// Prepositions before a list of towns ("Heime in Gmunden, Altmünster und Bad Ischl").
    static let h31ListPrepositions = KeySet(["in", "aus", "nach", "en", "a", "à", "em", "no", "na", "at", "near", "bei"])
    static let h31ListAnds = KeySet(["und", "oder", "et", "ou", "y", "o", "e", "and", "or"])
    /// "in X, Y und Z" after a place X: Y and Z are places too (each a capitalized run, particles inside).
    mutating func h31PlaceLists() {
        let n = tokens.count
        var added: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place {
            // A comma glued after it first (one search, most places have none).
            guard let c = tokenIndex(containing: mentionEnd(i)), keyIs(c, ",") else { continue }
            guard let (a, z) = h31Span(i), a > 0, h18Lower(a - 1) || keyIs(a - 1, "in"), h23Key(a - 1, Self.h31ListPrepositions),
                  z + 3 < n, keyIs(z + 1, ","), isCap(z + 2) else { continue }
            var items: [(Int, Int)] = []
            var p = z + 1
            var closed = false
            while p + 1 < n, items.count < 6 {
                let and = h23Key(p, Self.h31ListAnds)
                guard keyIs(p, ",") || and, isCap(p + 1) else { break }
                var q = p + 1
                while q + 2 < n, q - p < 5, isCap(q + 1) && !tokens[q + 1].sentenceStart || h23Key(q + 1, Self.h31TownParticles) && isCap(q + 2) {
                    q += 1
                }
                if !isCap(q) { break }
                items.append((p + 1, q))
                p = q + 1
                if and { closed = true; break }
            }
            guard closed, items.count >= 1 else { continue }
            // No person, body or country among them; a list's town is a place.
            let clash = items.contains { (s0, e0) in
                let (s, e) = (tokens[s0].start, tokens[e0].end)
                return (s0...e0).contains(where: { isCountry[$0] }) ||
                    anyMention(where: { $0.start < e && $0.end > s && ($0.type == .person || $0.type == .organization || $0.type == .country) })
            }
            guard !clash else { continue }
            added += items
        }
        for (s0, e0) in added {
            let (s, e) = (tokens[s0].start, tokens[e0].end)
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == e }) { continue }
            h31Replace(s0, e0 + 1, with: mention(s0, e0 + 1, type: .place, evidence: .cue), overKnown: false)
        }
    }

    // MARK: - French

    /// "Moulins (Allier)": a word in parentheses after a town is its département, a place.
    mutating func h31FrenchDepartments() {
        let n = tokens.count
        for i in mentions.indices where mentionType(i) == .place {
            guard let (_, z) = h31Span(i), z + 3 < n, keyIs(z + 1, "("), isCap(z + 2) else { continue }
            var q = z + 2
            while q + 1 < n, q - z < 6, isCap(q + 1) || keyIs(q + 1, "-") && isCap(q + 2) { q += 1 }
            guard keyIs(q + 1, ")"), !(z + 2...q).contains(where: { isCountry[$0] }) else { continue }
            let (s, e) = (tokens[z + 2].start, tokens[q].end)
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == e }) { continue }
            if anyMention(where: { $0.known != nil && $0.start < e && $0.end > s }) { continue }
            h31Replace(z + 2, q + 1, with: mention(z + 2, q + 1, type: .place, evidence: .cue), overKnown: false)
            // The same name elsewhere read as a body: the place.
            let words = mentionWords(mentions.count - 1)
            for j in mentions.indices where mentionType(j) == .organization && mentionKnown(j) == nil && mentionWords(j) == words {
                mentions[j].type = .place
                mentions[j].placeContext = true
            }
        }
    }

    // MARK: - Romance bodies

    /// Heads of public and private bodies ("Gobierno Vasco", "Estación Enológica de Haro", "Bodegas X"): a person or a place
    /// read from them is an organization.
    static let h31RomanceBodyHeads = KeySet(["gobierno", "governo", "gouvernement", "estacion", "consejo", "municipalidad", "bodegas", "junta",
        "diputacion", "ayuntamiento", "cabildo", "fundacion", "asociacion", "cooperativa", "sindicato", "federacion", "confederacion",
        "camara", "fiscalia", "juzgado", "audiencia", "tribunal", "ministerio", "consejeria", "departamento", "instituto", "agencia",
        "camara", "prefeitura", "secretaria", "sindicato", "associacao", "federacao", "conselho", "assembleia", "cooperativa"])
    /// Words before "del/de la" and a body's head ("consejera de Agricultura del Gobierno de La Rioja"): a portfolio, no part of it.
    static let h31RomanceOf = KeySet(["del", "de", "la", "do", "da", "du", "della", "dello", "des"])

    mutating func h31RomanceBodies() {
        guard articleHas(Self.h31RomanceBodyHeads) else { return }
        var drop = Set<Int>(), added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            let type = mentionType(i)
            guard type == .person || type == .place, let (a, z) = h31Span(i), isCap(a), tokens[a].script == .latin else { continue }
            if h23Key(a, Self.h31RomanceBodyHeads), z > a, !(a...z).contains(where: { isCountry[$0] }) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
                continue
            }
            // "Agricultura del Gobierno de La Rioja": the body from its head on.
            var head = -1
            if z - a >= 2 {
                for j in (a + 2)...z where h23Key(j, Self.h31RomanceBodyHeads) && isCap(j) && h23Key(j - 1, Self.h31RomanceOf) { head = j; break }
            }
            guard head > 0, head < z || isCap(head) else { continue }
            drop.insert(i)
            added.append(mention(head, z + 1, type: .organization, evidence: .cue))
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "A bióloga do IPMA Ana Rita Mourão-Ferreira": an acronym named alone elsewhere, then a person's name: two names.
    mutating func h31AcronymBeforePerson() {
        var drop = Set<Int>(), added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != .place && mentionWordCount(i) >= 3 {
            let u = mentionSurface(i).utf8
            guard let f = u.first, f >= 0x41, f <= 0x5A, let g = u.dropFirst().first, g >= 0x41, g <= 0x5A else { continue }
            guard let (a, z) = h31Span(i), z - a >= 2, tokens[a].allCaps, tokens[a].script == .latin, tokens[a].kind == .word else { continue }
            let len = tokens[a].text.utf8.count
            guard len >= 2, len <= 6, isCap(a + 1), !tokens[a + 1].allCaps, (a + 1...z).filter({ isCap($0) }).count >= 2,
                  !(a...z).contains(where: { isCountry[$0] }) else { continue }
            let key = tokens[a].key
            // The acronym defined in parentheses somewhere else in the text ("… da Atmosfera (IPMA)").
            var defined = false
            for k in 1..<max(tokens.count - 1, 1) where k != a && tokens[k].keyHash == tokens[a].keyHash && PhraseMatcher.same(tokens[k].key, key) {
                if keyIs(k - 1, "("), keyIs(k + 1, ")") { defined = true; break }
            }
            guard defined else { continue }
            // The rest a person's name: two to four capitalized words (a hyphen or a particle between), no body's head.
            guard z - a <= 7, !h23Key(a + 1, Self.h31RomanceBodyHeads), !h23Key(z, Self.h31EnglishUtilityWords),
                  (a + 1...z).allSatisfy({ isCap($0) && !tokens[$0].allCaps || keyIs($0, "-") || h23Key($0, Self.h31TownParticles) }) else { continue }
            drop.insert(i)
            added.append(mention(a + 1, z + 1, type: .person, evidence: .cue))
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Italian

    /// Heads of public bodies named with lowercase adjectives and a town ("Consiglio provinciale di Trento", "Tar di Trento").
    static let h31ItalianBodyHeads = KeySet(["consiglio", "commissione", "comitato", "conferenza", "giunta", "consulta", "tribunale", "corte",
        "tar", "procura", "prefettura", "questura"])
    static let h31ItalianBodyAdjectives = KeySet(["provinciale", "regionale", "comunale", "nazionale", "metropolitano", "metropolitana",
        "amministrativo", "amministrativa", "superiore", "permanente", "tecnico", "scientifico", "direttivo", "esecutivo", "generale",
        "centrale", "distrettuale", "civile", "penale", "minorile"])
    /// Heads of a union of valleys or towns ("Comunità Valsugana e Tesino").
    static let h31ItalianUnionHeads = KeySet(["comunita", "unione", "consorzio"])
    static let h31ItalianOf = KeySet(["di", "del", "della", "dello", "dei"])

    /// A gate of `h31ItalianBodies` (with its body and union heads): its towns follow "Comuni di".
    static let h31ComuniCue = KeySet(["comuni"])
    mutating func h31ItalianBodies() {
        guard articleHas(Self.h31ItalianBodyHeads) || articleHas(Self.h31ItalianUnionHeads) || articleHas(Self.h31ComuniCue) else { return }
        let n = tokens.count
        var k = 0
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, isCap(k) else { continue }
            if h23Key(k, Self.h31ItalianBodyHeads) {
                var q = k + 1
                while q < n, h18Lower(q), h23Key(q, Self.h31ItalianBodyAdjectives) { q += 1 }
                guard q + 1 < n, h23Key(q, Self.h31ItalianOf), isCap(q + 1) else { continue }
                var z = q + 1
                while z + 1 < n, z - q < 3, isCap(z + 1), !tokens[z + 1].sentenceStart { z += 1 }
                guard !(q + 1...z).contains(where: { isCountry[$0] }) else { continue }
                let (s, e) = (tokens[k].start, tokens[z].end)
                if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { k = z; continue }
                if anyMention(where: { $0.known != nil && $0.type != .place && $0.start < e && $0.end > s }) { continue }
                h31Replace(k, z + 1, with: mention(k, z + 1, type: .organization, evidence: .cue), overKnown: true)
                k = z
            } else if h23Key(k, Self.h31ItalianUnionHeads), isCap(k + 1), !isCountry[k + 1] {
                var z = k + 1
                while z + 1 < n, z - k < 3, isCap(z + 1), !tokens[z + 1].sentenceStart { z += 1 }
                if z + 2 < n, h23Key(z + 1, Self.h31ListAnds), isCap(z + 2) {
                    z += 2
                    while z + 1 < n, isCap(z + 1), !tokens[z + 1].sentenceStart { z += 1 }
                }
                let (s, e) = (tokens[k].start, tokens[z].end)
                if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { k = z; continue }
                if anyMention(where: { $0.known != nil && $0.type != .place && $0.start < e && $0.end > s }) { continue }
                h31Replace(k, z + 1, with: mention(k, z + 1, type: .organization, evidence: .cue), overKnown: true)
                k = z
            } else if keyIs(k, "comuni"), keyIs(k + 1, "di"), isCap(k + 2) {
                // "i Comuni di X e Y": the towns, not a person.
                var z = k + 2
                while z + 1 < n, z - k < 5, isCap(z + 1), !tokens[z + 1].sentenceStart { z += 1 }
                let (s, e) = (tokens[k].start, tokens[z].end)
                guard anyMention(where: { $0.type == .person && $0.start == s }) else { continue }
                mentions.removeAll { $0.type == .person && $0.start == s && $0.end <= e }
                h31Replace(k + 2, z + 1, with: mention(k + 2, z + 1, type: .place, evidence: .cue), overKnown: false)
                k = z
            }
        }
    }

    // MARK: - French

    /// "du XVIIIe siècle": a century in Roman numerals is no place.
    mutating func h31FrenchCenturies() {
        for i in mentions.indices.reversed() where mentionKnown(i) == nil && mentionWordCount(i) == 1 {
            let str = mentionSurface(i)
            guard let f = str.utf8.first, f == 0x49 || f == 0x56 || f == 0x58 || f == 0x4C else { continue }
            let s = Array(str.utf8)
            guard s.count >= 2, s.count <= 8, s[s.count - 1] == 0x65 || s[s.count - 1] == 0x72 && s[s.count - 2] == 0x65 else { continue }
            let body = s.dropLast(s[s.count - 1] == 0x65 ? 1 : 2)
            guard !body.isEmpty, body.allSatisfy({ $0 == 0x49 || $0 == 0x56 || $0 == 0x58 || $0 == 0x4C }) else { continue }
            mentions.remove(at: i)
        }
    }

    // MARK: - Russian

    /// "Череповецкую городскую больницу № 2": the number belongs to the body's name.
    mutating func h31RussianNumberSign() {
        let n = tokens.count
        for k in 1..<max(n - 1, 1) where tokens[k].kind != .number && tokens[k + 1].kind == .number && tokens[k].text.utf8.first == 0xE2 && tokens[k].text == "№" {
            let e0 = tokens[k - 1].end
            guard let i = firstMentionIndex(where: { $0.type == .organization && $0.end == e0 }), let (a, _) = h31Span(i) else { continue }
            var m = mention(a, k + 2, type: .organization, evidence: .cue)
            m.placeContext = false
            mentions[i] = m
        }
    }

    /// `h31RussianHeads` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h31RussianHeadsAffixes = AffixList(h31RussianHeads)
    /// Lowercase heads of a Russian body named by a field and a region ("департамент здравоохранения Вологодской области").
    static let h31RussianHeads = ["департамент", "министерств", "управлени", "комитет", "агентств", "инспекци"]
    static let h31RussianRegions = KeySet(["области", "края", "района", "республики", "округа"])
    mutating func h31RussianLowercaseBodies() {
        guard articleHas(Self.h31RussianRegions) else { return }
        let n = tokens.count
        var k = 0
        while k + 3 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized else { continue }
            // д м к а и (0xD0 …) or у (0xD1 0x83) first, before any prefix test.
            let key = tokens[k].key.utf8
            guard key.count >= 14, let b0 = key.first else { continue }
            let b1 = key[key.index(after: key.startIndex)]
            guard b0 == 0xD0 && (b1 == 0xB4 || b1 == 0xBC || b1 == 0xBA || b1 == 0xB0 || b1 == 0xB8) || b0 == 0xD1 && b1 == 0x83,
                  Self.hasAnyPrefix(tokens[k].key, Self.h31RussianHeadsAffixes) else { continue }
            // One or two lowercase words (the field), a capitalized adjective, the region's noun.
            var q = k + 1
            while q < n, q - k <= 2, tokens[q].kind == .word, tokens[q].script == .cyrillic, !tokens[q].capitalized { q += 1 }
            guard q > k + 1, q + 1 < n, isCap(q), tokens[q].script == .cyrillic, h23Key(q + 1, Self.h31RussianRegions) else { continue }
            let (s, e) = (tokens[k].start, tokens[q + 1].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            h31Replace(k, q + 2, with: mention(k, q + 2, type: .organization, evidence: .cue), overKnown: true)
            k = q + 1
        }
    }

    // MARK: - Chinese

    /// "贺兰山东麓": a mountain's east (west, south, north) foot; the 山东 (山西) inside is no province.
    static let h31Shandong = Array("山东".utf8), h31Shanxi = Array("山西".utf8), h31Shan = Array("山".utf8)
    mutating func h31HanMountainFoot() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place {
            let s = mentionSurface(i).utf8
            // 山东, 山西 (UTF-8 bytes compared: `==` on a Han String normalizes it), Shandong, Shanxi.
            guard let f = s.first, f == 0xE5 && (s.elementsEqual(Self.h31Shandong) || s.elementsEqual(Self.h31Shanxi)) ||
                  f == 0x53 && (s.elementsEqual("Shandong".utf8) || s.elementsEqual("Shanxi".utf8)) else { continue }
            let (ms, me) = (mentionStart(i), mentionEnd(i))
            guard let ti = tokenIndex(containing: ms), tokens[ti].script == .han else { continue }
            let chars = Array(tokens[ti].text.utf16)
            let off = ms - tokens[ti].start, endOff = me - tokens[ti].start
            guard off >= 1, endOff < chars.count, endOff == off + 2, chars[endOff] == 0x9E93 /* 麓 */ else { continue }
            drop.insert(i)
            // A body named after the foot ("贺兰山东麓葡萄酒产业园区管理委员会") starts with the mountain's name.
            var a = off
            while a > 0, off - a < 2, chars[a - 1] >= 0x4E00, chars[a - 1] <= 0x9FFF, chars[a - 1] != 0x7684 /* 的 */ { a -= 1 }
            if a < off {
                for j in mentions.indices where mentionType(j) == .organization && mentionStart(j) == ms && mentionEnd(j) > me {
                    let endOff = mentionEnd(j) - tokens[ti].start
                    guard endOff <= chars.count else { continue }
                    let name = String(decoding: chars[a..<endOff], as: UTF16.self)
                    mentions[j] = Mention(surface: name, start: tokens[ti].start + a, end: mentionEnd(j), type: .organization, evidence: .cue, words: [name])
                }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        // A body read from "山东麓…" after the province was dropped: it starts with the mountain's name.
        for j in mentions.indices where mentionType(j) == .organization && mentionKnown(j) == nil {
            guard mentionSurface(j).utf8.starts(with: Self.h31Shan) else { continue }
            let (ms, me) = (mentionStart(j), mentionEnd(j))
            guard let ti = tokenIndex(containing: ms), tokens[ti].script == .han else { continue }
            let chars = Array(tokens[ti].text.utf16)
            let off = ms - tokens[ti].start, endOff = me - tokens[ti].start
            guard off >= 1, endOff <= chars.count, off + 2 < chars.count, chars[off] == 0x5C71 /* 山 */,
                  chars[off + 2] == 0x9E93 /* 麓 */ else { continue }
            var a = off
            while a > 0, off - a < 2, chars[a - 1] >= 0x4E00, chars[a - 1] <= 0x9FFF, chars[a - 1] != 0x7684 /* 的 */ { a -= 1 }
            guard a < off else { continue }
            let name = String(decoding: chars[a..<endOff], as: UTF16.self)
            mentions[j] = Mention(surface: name, start: tokens[ti].start + a, end: me, type: .organization, evidence: .cue, words: [name])
        }
    }

    // MARK: - Arabic

    /// Titles that open a name after a place ("في محافظة البلقاء القاضي عبد الرحيم …").
    static let h31ArabicTitles: [[UInt8]] = ["القاضي", "المهندس", "الدكتور", "المحامي", "العميد", "اللواء", "الشيخ"].map { Array($0.utf8) }
    /// Token `k` is one of `h31ArabicTitles` (its UTF-8 bytes compared: hashing an Arabic String normalizes it).
    func h31ArabicTitle(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word else { return false }
        let u = tokens[k].text.utf8
        let c = u.count
        guard c >= 10, c <= 14 else { return false }
        for title in Self.h31ArabicTitles where title.count == c && u.elementsEqual(title) { return true }
        return false
    }
    mutating func h31ArabicTitleAfterPlace() {
        let n = tokens.count
        var drop = Set<Int>(), added: [Mention] = []
        for i in mentions.indices where mentionType(i) == .place || mentionType(i) == .organization {
            guard let (a, z0) = h31Span(i), tokens[z0].script == .arabic else { continue }
            var z = z0
            if z0 > a, mentionKnown(i) == nil, h31ArabicTitle(z0) {
                drop.insert(i)
                added.append(mention(a, z0, type: mentionType(i), evidence: .cue))
            } else if z0 + 1 < n, h31ArabicTitle(z0 + 1) {
                z = z0 + 1
            } else { continue }
            // The name after the title, to the next punctuation (two to four words).
            var q = z + 1
            while q < n, q - z <= 7, tokens[q].kind == .word && tokens[q].script == .arabic || keyIs(q, "-") { q += 1 }
            if q < n, tokens[q].kind == .punct, !keyIs(q, "-"), q - z >= 3, q - z <= 7 {
                let (s, e) = (tokens[z + 1].start, tokens[q - 1].end)
                if !anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= e }) {
                    added.append(mention(z + 1, q, type: .person, evidence: .cue))
                }
            }
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "مدرسة … الثانوية للبنين": "for boys" (لل + بنين), not Benin; a country takes no article.
    mutating func h31ArabicBoys() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .country {
            guard mentions[i].code == "BJ", let ti = tokenIndex(containing: mentionStart(i)) else { continue }
            let s = tokens[ti].text
            guard s.hasSuffix("بنين") || s.hasSuffix("بنات") else { continue }
            guard s.hasPrefix("لل") || s.hasPrefix("ال") || s.hasPrefix("وال") || s.hasPrefix("بال") else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
