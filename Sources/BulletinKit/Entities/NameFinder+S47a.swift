import Foundation

/// Session 47 (a): general causes behind a blind set's errors in English, French and Arabic text (the tests use other
/// texts and names):
/// - Latin script (not Vietnamese): a lone name with no type (or a person guessed from one word that is no given name)
///   in a list with a place ("from Roxas, Pinamalayan and Bongabong", "entre Nioumachoua et l'îlot de Mchaco") is a
///   place too; so is one after "autour de", "aux abords de", "au large de" (French) or "outside", "around" (English),
///   and one before a comma and a place's side ("rejoindront X, sur la rive du lac", "X, in the north of …").
/// - English: a rank's or title's first word read as a name of its own ("Rear" of "Rear Admiral", "Engr." before a
///   name) is no name; "X Autonomous Region" (Oblast, Okrug, …) after a place is one place.
/// - French: a person guessed after a lowercase noun of a body and an adjective ("la formation allemande X") is that
///   body; "usine d'X" read as a body is the place X.
/// - Arabic: a border crossing's name after "معبر"/"منفذ" is a place ("معبر X الحدودي"); a service word between a rank
///   and a name ("اللواء جمارك X", "العقيد شرطة X") is no part of the name, and the name then takes a last family name
///   closed by a comma; a body's name ends before "التابعة" and before "اليوم"/"أمس" and the days of the week; two
///   words joined by و after a preposition and before "في محافظة" are places; a person read from "داخل"/"خارج" after a
///   definite noun is no name. (`s46ArabicPlaceLists` also takes items of several words: "وجعلان بني بو علي".)
/// `refineS47a` runs after `refineS46c`, before `refineS47b`. Cost: every rule but the list rule is gated on
/// `articleHas` of its trigger words; the list rule reads only the untyped mentions and one-word guessed persons and one
/// to five tokens around each; the Arabic crossing and province rules read each token's key against a set only when
/// the article has their trigger.
extension NameFinder {
    mutating func refineS47a() {
        guard tokens.count > 2 else { return }
        if hasArabic {
            s47ArabicCrossings()
            s47ArabicServiceRanks()
            s47ArabicBodyEnds()
            s47ArabicPairBeforeProvince()
            s47ArabicPrepositionPersons()
        } else if !hasHan && !lang.vi && !lang.ru {
            s47LatinListPlaces()
            if language == "en" {
                s47EnglishTitleWords()
                s47EnglishAutonomousRegions()
            }
            if lang.fr {
                s47FrenchClassNounBodies()
                s47FrenchFactorySites()
            } else if language == "en" {
                s47FrenchClassNounBodies(english: true)   // (session 48: "the processor Nordkyn Sjømat")
            }
        }
    }

    // MARK: - Latin script

    static let s47ListLinks = h18Keys(["and", "et", "or", "ou", "y", "e", "und"])
    static let s47Articles = h18Keys(["the", "la", "le", "les", "l'", "l"])
    static let s47OfLinks = h18Keys(["of", "de", "d'", "d", "du", "des"])
    /// Words before "de"/"of" that say the next name is a place ("autour de X", "au large de X", "outside X").
    static let s47AroundWords = h18Keys(["autour", "abords", "large", "environs", "alentours", "proximité", "outskirts"])
    static let s47AroundEnglish = h18Keys(["outside", "around"])
    static let s47SidePrepositions = h18Keys(["dans", "sur", "au", "à", "in", "on"])
    static let s47SideNouns = h18Keys(["sud", "nord", "est", "ouest", "centre", "rive", "côte", "bord", "rives", "littoral", "north", "south",
        "east", "west", "shore", "shores", "coast", "bank", "banks", "northeast", "northwest", "southeast", "southwest", "nord-est", "nord-ouest",
        "sud-est", "sud-ouest"])

    /// Token `k` links two items of a list: a comma, "and", "et", … (returns true for a comma in `comma`).
    func s47ListLink(_ k: Int) -> (link: Bool, comma: Bool) {
        guard k >= 0, k < tokenCount else { return (false, false) }
        if keyIs(k, ",") { return (true, true) }
        if s43Lower(k), Self.s47ListLinks.contains(tokens[k]) { return (true, false) }
        return (false, false)
    }

    /// The mention that starts at token `p` (after an article and a lowercase noun with "de"/"of": "l'îlot de X").
    func s47MentionAt(_ p0: Int) -> Int? {
        var p = p0
        if p < tokenCount, (s43Lower(p) || tokens[p].kind == .elision) && Self.s47Articles.contains(tokens[p]) { p += 1 }
        if p + 1 < tokenCount, s43Lower(p), !isStopword(p), Self.s47OfLinks.contains(tokens[p + 1]) { p += 2 }
        guard p < tokenCount, s43Cap(p) else { return nil }
        let s = tokens[p].start
        return firstMentionIndex(where: { $0.start == s })
    }

    /// The mention that ends at token `z` (a list's item before a link).
    func s47MentionEndingAt(_ z: Int) -> Int? {
        guard z >= 0, z < tokenCount, s43Cap(z) else { return nil }
        let e = tokens[z].end
        return firstMentionIndex(where: { $0.end == e })
    }

    /// "from Roxas, Pinamalayan and Bongabong", "entre Nioumachoua et l'îlot de Mchaco": a lone name with no type, or a
    /// person guessed from one word that is no given name (and no family name of a person of the article), in a list
    /// with a place is a place; inside a list means a link ("and", "et", …) on one side or commas on both. "autour
    /// d'Itsamia", "outside Bongabong": a name with no type there is a place.
    mutating func s47LatinListPlaces() {
        var cands: [(i: Int, a: Int, z: Int)] = []
        for i in mentions.indices where mentions[i].known == nil && !mentions[i].placeContext {
            let t = mentions[i].type
            guard t == nil || t == .person && mentions[i].evidence == .guess, let (a, z) = seedSpan(i), z - a <= 1, s43Cap(a) else { continue }
            if t == .person {
                guard a == z, !isGivenNameKey(a) else { continue }
                let key = tokens[a].key
                if anyMention(where: { $0.type == .person && $0.words.count >= 2 && $0.words.contains(key) }) { continue }
            }
            cands.append((i, a, z))
        }
        guard !cands.isEmpty else { return }
        var made = Set<Int>()
        for _ in 0..<3 {
            var changed = false
            for c in cands where !made.contains(c.i) {
                let (a, z) = (c.a, c.z)
                // Around words: "autour d'X", "au large de X", "outside X".
                if mentions[c.i].type == nil, a >= 2, Self.s47OfLinks.contains(tokens[a - 1]), s43Lower(a - 2), Self.s47AroundWords.contains(tokens[a - 2]) {
                    made.insert(c.i); changed = true; continue
                }
                if mentions[c.i].type == nil, language == "en", a >= 1, s43Lower(a - 1), Self.s47AroundEnglish.contains(tokens[a - 1]) {
                    made.insert(c.i); changed = true; continue
                }
                // "rejoindront X, sur la rive du lac", "X, in the north of the country": a comma, a preposition, an
                // article and a lowercase noun of a place's side.
                if mentions[c.i].type == nil, keyIs(z + 1, ","), s43Lower(z + 2), Self.s47SidePrepositions.contains(tokens[z + 2]),
                   ((z + 3)...(z + 5)).contains(where: { s43Lower($0) && Self.s47SideNouns.contains(tokens[$0]) }) {
                    made.insert(c.i); changed = true; continue
                }
                // The list's links on each side (", and" counts as one link).
                var r = s47ListLink(z + 1), rp = z + 2
                if r.comma, s47ListLink(z + 2).link, !s47ListLink(z + 2).comma { r = (true, false); rp = z + 3 }
                var l = s47ListLink(a - 1), lz = a - 2
                if l.link, !l.comma, keyIs(a - 2, ",") { lz = a - 3 }
                // "et l'Y": an article between the link and the name.
                if !l.link, a >= 2, (s43Lower(a - 1) || tokens[a - 1].kind == .elision) && Self.s47Articles.contains(tokens[a - 1]) {
                    l = s47ListLink(a - 2); lz = a - 3
                }
                guard r.link || l.link, r.link && !r.comma || l.link && !l.comma || r.comma && l.comma else { continue }
                var neighbors: [Int] = []
                if r.link, let j = s47MentionAt(rp) { neighbors.append(j) }
                if l.link, let j = s47MentionEndingAt(lz) { neighbors.append(j) }
                guard neighbors.contains(where: { made.contains($0) || mentions[$0].type == .place }) else { continue }
                made.insert(c.i)
                changed = true
            }
            if !changed { break }
        }
        for i in made {
            mentions[i].type = .place
            mentions[i].placeContext = true
            if mentions[i].evidence == .guess { mentions[i].evidence = .cue }
        }
    }

    /// First words of a rank or title read as a one-word person ("Rear" of "Rear Admiral", "Engr." before a name).
    static let s47EnglishTitleFirsts = h18Keys(["rear", "vice", "engr", "atty", "brig", "cmdr", "supt", "insp", "lt", "sgt", "capt", "col", "maj"])
    static let s47EnglishRanks = h18Keys(["admiral", "marshal", "general", "commodore", "commander", "colonel", "major", "captain", "lieutenant"])

    /// "PCG spokesperson Rear Admiral Jay Tarriela", "regional director Engr. Liza Reyes": a one-word name (a person, a body or no type) that is a
    /// title's first word, followed by a rank or by a full stop and a capitalized name, is no name.
    mutating func s47EnglishTitleWords() {
        guard articleHas(Self.s47EnglishTitleFirsts) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where (mentions[i].type == .person || mentions[i].type == .organization || mentions[i].type == nil) && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), a == z, Self.s47EnglishTitleFirsts.contains(tokens[a]) else { continue }
            guard s43Cap(a + 1) && Self.s47EnglishRanks.contains(tokens[a + 1]) || keyIs(a + 1, ".") && s43Cap(a + 2) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s47Autonomous = h18Keys(["autonomous"])
    static let s47AutonomousHeads = h18Keys(["region", "oblast", "okrug", "republic", "prefecture", "county", "province", "district",
        "area", "community", "city", "territory"])

    /// "in the Gorno-Badakhshan Autonomous Region", "the Nenets Autonomous Okrug": a place's name, then "Autonomous" and a
    /// unit's noun, is one place.
    mutating func s47EnglishAutonomousRegions() {
        guard articleHas(Self.s47Autonomous) else { return }
        var spans: [(Int, Int)] = []
        for k in 1..<max(tokenCount - 1, 1) where s43Cap(k) && Self.s47Autonomous.contains(tokens[k]) && tokens[k].spaceBefore {
            guard s43Cap(k + 1), tokens[k + 1].spaceBefore, Self.s47AutonomousHeads.contains(tokens[k + 1]),
                  let i = s47MentionEndingAt(k - 1), mentions[i].type == .place, let (a, _) = seedSpan(i) else { continue }
            spans.append((a, k + 2))
        }
        replaceOverlapping(spans, type: .place)
    }

    // MARK: - French

    /// Lowercase nouns of bodies before an adjective and the body's name ("la formation allemande X").
    static let s47FrenchBodyNouns = h18Keys(["formation", "équipe", "groupe", "société", "entreprise", "compagnie", "chaîne", "firme",
        "banque", "association", "fédération", "marque", "enseigne", "opérateur", "constructeur", "cabinet", "écurie", "ong", "start-up",
        "coopérative", "mutuelle", "assureur", "fabricant", "transporteur", "distributeur"])

    /// "la formation allemande Bike Aid", "l'opérateur kényan Safaricom": a person guessed from capitals (no given name
    /// first) after a lowercase noun of a body and a lowercase adjective (or right after the noun) is that body.
    /// English (session 48): "the processor Nordkyn Sjømat", "the lender Haldor Kredit": a person guessed right after
    /// a lowercase noun of a body (an English adjective comes before the noun, so only right after it).
    mutating func s47FrenchClassNounBodies(english: Bool = false) {
        let nouns = english ? Self.s48EnglishBodyNouns : Self.s47FrenchBodyNouns
        guard articleHas(nouns) else { return }
        var bodies: [Int] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil && mentions[i].evidence == .guess {
            guard let (a, _) = seedSpan(i), a >= 1, mentions[i].start == tokens[a].start, !isGivenNameKey(a) else { continue }
            let afterNoun = s43Lower(a - 1) && nouns.contains(tokens[a - 1])
            let afterAdjective = !english && a >= 2 && s43Lower(a - 1) && !isStopword(a - 1) && PlainText.count(tokens[a - 1].key) >= 4 && s43Lower(a - 2)
                && Self.s47FrenchBodyNouns.contains(tokens[a - 2])
            guard afterNoun || afterAdjective else { continue }
            bodies.append(i)
        }
        for i in bodies {
            mentions[i].type = .organization
            mentions[i].placeContext = false
            mentions[i].evidence = .cue
        }
    }

    static let s47FrenchSiteHeads = h18Keys(["usine", "sucrerie", "raffinerie", "mine", "centrale"])

    /// "l'arrêt de son usine d'Analaiva, près de …": a body read as "usine de" + one capitalized word (no more words of
    /// a name) is the place's name; the factory is no body there.
    mutating func s47FrenchFactorySites() {
        guard articleHas(Self.s47FrenchSiteHeads) else { return }
        var fixes: [(Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), s43Lower(a), Self.s47FrenchSiteHeads.contains(tokens[a]), z == a + 2,
                  tokens[a + 1].kind == .elision || keyIs(a + 1, "de"), s43Cap(z), tokens[z].capitalized, !isCountry[z] else { continue }
            fixes.append((i, z))
        }
        guard !fixes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (i, z) in fixes {
            drop.insert(i)
            var m = mention(z, z + 1, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        replaceMentions(removing: drop, adding: added)
    }

    // MARK: - Arabic

    static let s47ArabicCrossingHeads = H36Heads(["معبر", "منفذ"])
    /// "بو", "أبو", "ابو" (a place's or a clan's "father of" before a given name).
    static let s47ArabicFather = h18Keys(["بو", "أبو", "ابو"])
    /// Words after a crossing's noun that are no name ("معبر حدودي", "منفذ بري جديد").
    static let s47ArabicCrossingNot = h18Keys(["حدودي", "الحدودي", "بري", "البري", "بحري", "البحري", "جوي", "الجوي", "رئيسي", "الرئيسي",
        "جديد", "الجديد", "آخر", "الآخر", "واحد", "وحيد", "الوحيد", "دولي", "الدولي", "رسمي", "الرسمي", "غير", "تجاري", "التجاري",
        "إنساني", "الإنساني", "مؤقت", "المؤقت", "المقابل", "مقابل", "ثان", "الثاني", "آمن", "الوحيدة", "لها", "له", "بين", "مع"])

    /// "إعادة فتح معبر X الحدودي", "عبر منفذ X إلى", "لمنفذ X المصري": the word after a border crossing's noun (and the
    /// words a compound's first word joins: "كرم أبو سالم") is a place (the noun is no part of it, as after "ميناء").
    mutating func s47ArabicCrossings() {
        guard articleHas(Self.s47ArabicCrossingHeads.set) else { return }
        let n = tokens.count
        let heads = Self.s47ArabicCrossingHeads, not = Self.s47ArabicCrossingNot
        var found: [(Int, Int)] = []
        for k in 0..<max(n - 1, 0) where tokens[k].script == .arabic {
            guard h36CliticPrefix(k, heads) != nil, h36Arabic(k + 1), tokens[k + 1].spaceBefore, !h36Stop(k + 1), !h23Key(k + 1, not),
                  !isCountry[k + 1], !arabicFlags(k + 1).contains(.head), !arabicFlags(k + 1).contains(.timeWord),
                  !arabicFlags(k + 1).contains(.stop), tokens[k + 1].key.unicodeScalars.first?.value != Self.h36Waw,
                  PlainText.count(tokens[k + 1].key) >= 3 else { continue }
            // "معبر كرم أبو سالم": a compound's first word ("أبو", "بني", "رأس", …) takes the next one.
            var b = k + 2
            while b < n, b - k < 5, h23Key(b - 1, Self.h36ArabicCompoundFirst) || h23Key(b, Self.h36ArabicCompoundFirst), h36Arabic(b),
                  tokens[b].spaceBefore, !h36Stop(b), !h23Key(b, not), !isCountry[b] { b += 1 }
            found.append((k + 1, b))
        }
        for (a, b) in found {
            // A reading over the crossing's noun ("معبر X مغلقا") gives way.
            let (s0, e0) = (tokens[a - 1].start, tokens[b - 1].end)
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < e0 && $0.end > s0 && !($0.start >= tokens[a].start && $0.end <= e0) }
            var m = h36Mention(a, b, skip: 0, type: .place)
            m.placeContext = true
            h36Put(a, b, m, overKnown: false)
        }
    }

    static let s47ArabicRanks = H36Heads(["اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم", "الفريق", "المشير", "العريف",
        "الرقيب", "المساعد"])
    static let s47ArabicServices = h18Keys(["جمارك", "شرطة", "ركن", "طيار", "بحري", "مهندس", "حقوقي", "أمن", "دفاع", "بحرية", "مظلي"])

    /// "العقيد جمارك X Y Z،", "اللواء شرطة X Y": a service word between a rank and a name is no part of the person's name;
    /// a name of two words then takes a definite third word that a comma closes ("عثمان الطيب الأمين،").
    mutating func s47ArabicServiceRanks() {
        guard articleHas(Self.s47ArabicServices), articleHas(Self.s47ArabicRanks.set) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, h23Key(a, Self.s47ArabicServices), h36CliticPrefix(a - 1, Self.s47ArabicRanks) != nil else { continue }
            var e = z + 1
            if z - a == 2, h36Arabic(e), tokens[e].spaceBefore, Self.h36HasArticle(tokens[e].key), !h36Stop(e), !isCountry[e],
               !arabicFlags(e).contains(.orgOrPlaceHead), !arabicFlags(e).contains(.timeWord), e + 1 < tokenCount, tokens[e + 1].kind == .punct,
               keyIs(e + 1, "،") || keyIs(e + 1, ",") {
                e += 1
            }
            var m = mention(a + 1, e, type: .person, evidence: mentions[i].evidence)
            m.parenthesized = mentions[i].parenthesized
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes {
            let (s, e) = (m.start, m.end)
            mentions[i] = m
            // A shorter reading of the same person inside the new one goes.
            mentions.removeAll { $0.type == .person && $0.known == nil && $0.start >= s && $0.end <= e && ($0.start != s || $0.end != e) }
        }
    }

    /// Words that end a body's name: "التابعة لـ" (a unit of another body) and time words ("اليوم الاثنين").
    static let s47ArabicBodyEnds = h18Keys(["التابعة", "التابع", "التابعين", "التابعتين", "التابعان", "اليوم", "أمس", "الاثنين", "الثلاثاء",
        "الأربعاء", "الخميس", "الأحد", "مساء", "صباح"])

    /// "الإدارة العامة لمكافحة المخدرات التابعة لوزارة الداخلية", "أعلنت هيئة الجمارك السودانية اليوم الاثنين": a body's
    /// name (two words at least) ends before "التابعة" and before a time word.
    /// Session 48: a person's name (two words at least) ends before a time word too ("الدكتور X Y Z مساء اليوم").
    mutating func s47ArabicBodyEnds() {
        guard articleHas(Self.s47ArabicBodyEnds) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where (mentions[i].type == .organization || mentions[i].type == .person) && mentions[i].known == nil {
            let person = mentions[i].type == .person
            guard let (a, z) = seedSpan(i), z >= a + 2,
                  let cut = ((a + 2)...z).first(where: { h36Arabic($0) && h23Key($0, Self.s47ArabicBodyEnds) }) else { continue }
            // (A person's name may hold "صباح" (Sabah) and "عبد الأحد"; "التابعة" ends no person's name.)
            if person && (Self.s48ArabicNotTimeEnds.contains(tokens[cut]) || keyIs(cut - 1, "عبد")) { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 2 else { continue }
            var m = l14DropClitic(mention(a, cut, type: mentions[i].type, evidence: mentionEvidence(i)), clitic)
            m.parenthesized = mentions[i].parenthesized
            changes.append((i, m))
        }
        for (i, m) in changes { mentions[i] = m }
    }

    static let s47ArabicProvinceHeads = H36Heads(["محافظة", "ولاية", "منطقة", "مقاطعة"])
    static let s47ArabicPairOpeners = h18Keys(["إلى", "الى", "من", "في", "بين", "وإلى", "ومن", "وفي"])

    /// "ستنقل … إلى إبراء والمضيبي في محافظة شمال الشرقية": two words joined by و after a preposition and before "في" + a
    /// province's noun (or "بمحافظة") are places of that province.
    mutating func s47ArabicPairBeforeProvince() {
        guard articleHas(Self.s47ArabicProvinceHeads.set) else { return }
        let n = tokens.count
        let heads = Self.s47ArabicProvinceHeads
        var lists: [[(Int, Int, Int)]] = []
        for k in 3..<max(n, 3) where tokens[k].script == .arabic {
            guard let skip = h36CliticPrefix(k, heads) else { continue }
            // The province's noun after "في", or with ب before it.
            let last: Int
            if skip == 0, keyIs(k - 1, "في") { last = k - 2 } else if skip == 1, keyStarts(k, "ب") { last = k - 1 } else { continue }
            let first = last - 1
            guard first >= 1, h36Arabic(first), h36Arabic(last), h23Key(first - 1, Self.s47ArabicPairOpeners),
                  tokens[last].key.unicodeScalars.first?.value == Self.h36Waw, PlainText.count(tokens[last].key) > 3,
                  tokens[first].key.unicodeScalars.first?.value != Self.h36Waw else { continue }
            let ok = [first, last].allSatisfy { q in !h36Stop(q) && !isCountry[q] && !arabicFlags(q).contains(.head) && !arabicFlags(q).contains(.timeWord)
                && !arabicFlags(q).contains(.stop) && !arabicFlags(q).contains(.speechVerb) }
            guard ok else { continue }
            lists.append([(first, first + 1, 0), (last, last + 1, 1)])
        }
        for items in lists { h36PutPlaceList(items) }
    }

    static let s47ArabicPrepositions = h18Keys(["داخل", "خارج", "وسط", "قرب", "أمام", "خلف"])

    /// "وجود الحبوب داخل تجاويف محفورة": a person read from a preposition of place ("داخل", "خارج", "قرب") after a
    /// definite noun (no title) is no name.
    mutating func s47ArabicPrepositionPersons() {
        guard articleHas(Self.s47ArabicPrepositions) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, _) = seedSpan(i), a >= 1, h23Key(a, Self.s47ArabicPrepositions), h36Arabic(a - 1), Self.h36HasArticle(tokens[a - 1].key),
                  h36CliticPrefix(a - 1, Self.h36ArabicRoles) == nil, !arabicFlags(a - 1).contains(.head) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
}
