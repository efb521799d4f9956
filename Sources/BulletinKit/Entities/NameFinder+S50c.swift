import Foundation

/// Session 50 (c): roads, railways and their sections named by their ends, in every language (the tests use other
/// texts and names). The sets' convention: such a route is a place named by its ends ("Tindouf-Béchar", "Пасанаури –
/// Степанцминда", "达卡至邦加段"; the route's noun before or after it an alias at most), and each end is a place of its own.
/// - French and English: capitalized names joined by glued hyphens after a route's lowercase noun ("le tronçon
///   Tindouf-Béchar", "la ligne ferroviaire Alger-Oran", "le pont Giurgiu-Roussé") or before one ("the Bishkek-Osh road",
///   "the Addis Ababa-Djibouti railway") are one place, flagged a route (`Mention.route`: the grouper then keeps it over
///   the known ends inside, and the ends read inside it); each end is a place too (an end no reading covers gets one, a
///   copy of the same name's known reading elsewhere when there is one). One end at least must already be read as a
///   place (or the whole as a place, "route Tindouf-Zouérate" of S45a); a country's or a known person's name as an end
///   leaves it alone ("Israel-Hamas", "Jean-Pierre" are none);
/// - French: a body's name right before "d'outre-mer" takes it ("Archives nationales d'outre-mer");
/// - Russian: a section's noun ("на участке Пасанаури – Степанцминда", "участка Квешети – Коби", "отрезке", "перегоне")
///   before names joined by spaced dashes reads the route as S48c reads one after a road's noun (`s48cRoutes`);
/// - Russian: a capitalized adjective (or two glued by a hyphen) right before a road's noun ("по Военно-Грузинской
///   дороге", "Чуйский тракт", "Транссибирской магистрали") is one place with it; a lone adjective opening a sentence
///   is left ("Новая дорога …"), and "железная дорога" (a railway company's name) never reaches it (lowercase between);
/// - Russian: a person named in full only in an oblique case ("Кирилла Ступака", "Никиту Майорова") and the surname's
///   nominative alone ("Ступак, Майоров") are one person (S49c joins a nominative full name and oblique forms; this the
///   other way round);
/// - Chinese: two places joined by 至 and closed by 段 ("达卡至邦加段") are one place (段 kept), flagged a route; an end
///   is a place read there or one the article reads elsewhere (a known name is read once in a run), and is a place there
///   too. A section right after its road's or river's name ("某某铁路甲地至乙地段", "漓江甲地至乙地段") is left (the older
///   sets make it the road's alias or none); "甲地至乙地的公路" is left (the sets disagree: most count none).
///   ("甲地至乙地高速公路" with the noun glued is S49b's.)
///
/// `refineS50c` runs after `refineS49c` (before `refineCP15`). Cost: each rule is gated on the article's language and on
/// its trigger keys (`articleHas`: the route nouns, the section nouns; the road nouns) or character (`hanArticleHasAny`:
/// 至); the Latin rule then visits only the glued hyphens between capitalized words, reading a few tokens around each;
/// the Russian ones walk the tokens testing one key hash; the Chinese one reads the Han runs' 至 and compares the
/// article's Han places (a few) with the characters on each side.
extension NameFinder {
    mutating func refineS50c() {
        guard tokenCount > 2, !mentions.isEmpty else { return }
        switch language {
        case "fr":
            s50cLatinRoutes(french: true)
            s50cFrenchOverseasBodies()
        case "en":
            s50cLatinRoutes(french: false)
        case "ru":
            s48cRoutes(cyrillic: true, nouns: Self.s50cRuSectionNouns)
            s50cRussianNamedRoads()
            s50cRussianObliqueFullNames()
        case "zh":
            if hasHan { s50cHanSections() }
        default:
            break
        }
    }

    // MARK: - French and English

    /// French lowercase nouns of routes before their ends ("la ligne X-Y", "le tronçon X-Y").
    static let s50cFrRouteNouns = h18Keys(["ligne", "lignes", "tronçon", "tronçons", "route", "autoroute", "axe", "liaison", "voie",
        "pont", "tunnel", "gazoduc", "oléoduc", "chemin", "trajet", "tramway"])
    /// Lowercase words between a French route's noun and its ends ("ligne ferroviaire", "ligne à grande vitesse", "chemin de fer").
    static let s50cFrRouteFillers = h18Keys(["ferroviaire", "ferrée", "ferroviaires", "routière", "routier", "express", "nationale",
        "minière", "électrifiée", "nouvelle", "à", "grande", "vitesse", "de", "fer", "directe", "aérienne", "maritime"])
    /// English lowercase nouns of routes after their ends ("the X-Y road").
    static let s50cEnRouteNouns = h18Keys(["road", "highway", "railway", "railroad", "rail", "line", "pipeline", "expressway", "motorway",
        "freeway", "route", "bridge", "tunnel", "link", "section", "stretch", "corridor"])
    /// Lowercase particles inside a hyphenated town's name ("Savanna-la-Mar", "Stratford-upon-Avon"; S53b).
    static let s50cHyphenParticles = h18Keys(["la", "le", "de", "du", "des", "sur", "en", "upon", "on", "under", "lès", "les", "aux", "di", "del"])

    /// The token span of an end of a route whose last word is `z` (walking back, at most three capitalized words, no
    /// word before `floor`): a mention's start when one ends there, else the capitalized words (a sentence's first word
    /// only when it is the last one).
    func s50cEndBack(_ z: Int, floor: Int) -> Int {
        let end = tokens[z].end
        if let n = firstMentionIndex(where: { $0.end == end && $0.type != .country }), let (a, b) = seedSpan(n), b == z, a >= floor, z - a <= 2,
           (a...z).allSatisfy({ s43Cap($0) }) {
            return a
        }
        var a = z
        while a - 1 >= floor, z - a < 2, s43Cap(a - 1), tokens[a].spaceBefore, !tokens[a].sentenceStart, !tokens[a - 1].newlineBefore || a - 1 == floor { a -= 1 }
        return a
    }

    /// The end (exclusive) of an end of a route opening at `a` (at most three capitalized words, none past `limit`): a
    /// mention's end when one starts there, else the capitalized words spaced after it.
    func s50cEndForward(_ a: Int, limit: Int) -> Int {
        let start = tokens[a].start
        if let n = firstMentionIndex(where: { $0.start == start && $0.type != .country }), let (x, b) = seedSpan(n), x == a, b < limit, b - a <= 2,
           (a...b).allSatisfy({ s43Cap($0) }) {
            return b + 1
        }
        var e = a + 1
        while e < limit, e - a < 3, s43Cap(e), tokens[e].spaceBefore, !tokens[e].newlineBefore, !tokens[e].sentenceStart { e += 1 }
        // ("Savanna-la-Mar": a lowercase particle between glued hyphens, then a capitalized word, is the same name.)
        while e + 2 < tokenCount, h15GluedHyphen(e), s43Lower(e + 1), Self.s50cHyphenParticles.contains(tokens[e + 1]), h15GluedHyphen(e + 2),
              s43Cap(e + 3) { e += 4 }
        return e
    }

    /// "le tronçon Tindouf-Béchar", "the Bishkek-Osh road": see the file's comment.
    mutating func s50cLatinRoutes(french: Bool) {
        guard articleHas(french ? Self.s50cFrRouteNouns : Self.s50cEnRouteNouns) else { return }
        var routes: [(noun: Int, ends: [(Int, Int)])] = []
        var h = 1
        while h + 1 < tokenCount {
            defer { h += 1 }
            guard tokens[h].kind == .punct, s43Cap(h - 1), s43Cap(h + 1), h15GluedHyphen(h) else { continue }
            var ends: [(Int, Int)] = []
            var noun = -1
            if french {
                // Back from the first end to the noun, over the route's lowercase words.
                let first = s50cEndBack(h - 1, floor: max(0, h - 4))
                var q = first - 1
                while q >= 0, first - q <= 4, s43Lower(q), !Self.s50cFrRouteNouns.contains(tokens[q]), Self.s50cFrRouteFillers.contains(tokens[q]) { q -= 1 }
                guard q >= 0, s43Lower(q), Self.s50cFrRouteNouns.contains(tokens[q]) else { continue }
                noun = q
                ends.append((first, h))
            } else {
                ends.append((s50cEndBack(h - 1, floor: max(0, h - 4)), h))
            }
            // The ends after the hyphen (a chain "X-Y-Z" of up to four).
            var g = h
            while ends.count < 4 {
                let a = g + 1
                var e = s50cEndForward(a, limit: min(tokenCount, a + 3))
                if !french {
                    // (English: the ends run to the noun after them.)
                    while e < tokenCount, e - a < 3, s43Cap(e), tokens[e].spaceBefore { e += 1 }
                }
                ends.append((a, e))
                if e + 1 < tokenCount, h15GluedHyphen(e), s43Cap(e + 1) { g = e; continue }
                break
            }
            // A hyphenated name read whole ("Zamyn-Üüd" of "Zamyn-Üüd-Erenhot") is one end (of a chain of three or more:
            // a route of two ends read whole is the route, S48a's "X-Y").
            var m = 0
            while m + 1 < ends.count, ends.count > 2 {
                let (x, y) = (tokens[ends[m].0].start, tokens[ends[m + 1].1 - 1].end)
                if anyMention(where: { $0.start == x && $0.end == y && $0.type != .country }) {
                    ends[m] = (ends[m].0, ends[m + 1].1)
                    ends.remove(at: m + 1)
                } else {
                    m += 1
                }
            }
            let last = ends[ends.count - 1].1
            h = last
            guard ends.count >= 2 else { continue }
            if !french {
                guard last < tokenCount, s43Lower(last), Self.s50cEnRouteNouns.contains(tokens[last]) else { continue }
                noun = last
            }
            routes.append((noun, ends))
        }
        guard !routes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (noun, ends) in routes {
            let (a, e) = (ends[0].0, ends[ends.count - 1].1)
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            // The whole already a place with its noun before it (S45a's "route X-Y").
            let withNoun = noun < a ? tokens[noun].start : s
            // (An untyped reading that a place's cue read whole is the route too: S53b's "the X-Y route".)
            let whole = firstMentionIndex(where: { ($0.type == .place || $0.type == nil && $0.placeContext) && ($0.start == s || $0.start == withNoun) && $0.end == end })
            var endPlaces = 0, bad = false
            for (x, y) in ends {
                let (es, ee) = (tokens[x].start, tokens[y - 1].end)
                if anyMention(where: { $0.start < ee && $0.end > es && ($0.type == .country || $0.type == .person && $0.known != nil) }) { bad = true; break }
                if anyMention(where: { $0.start == es && $0.end == ee && $0.type == .place }) { endPlaces += 1 }
            }
            guard !bad, endPlaces > 0 || whole != nil else { continue }
            // A longer name holding the route (a body's "Société du pont X-Y") leaves it alone.
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < withNoun || $0.end > end) && $0.type != .country }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end && i != whole {
                let exactEnd = ends.contains { mentions[i].start == tokens[$0.0].start && mentions[i].end == tokens[$0.1 - 1].end }
                if !exactEnd && mentions[i].type != .country { drop.insert(i) }
                else if exactEnd && mentions[i].type != .place && mentions[i].known == nil { mentions[i].type = .place; mentions[i].placeContext = true }
            }
            if let w = whole {
                mentions[w].route = true
                if mentions[w].type == nil { mentions[w].type = .place }
            } else {
                var m = mention(a, e, type: .place, evidence: .cue)
                m.placeContext = true
                m.route = true
                added.append(m)
            }
            // Each end a place: a copy of the same name's known reading elsewhere, or a new one.
            for (x, y) in ends {
                let (es, ee) = (tokens[x].start, tokens[y - 1].end)
                if anyMention(where: { $0.start == es && $0.end == ee }) { continue }
                added.append(cuePlaceLikeKnown(x, y))
            }
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    static let s50cOutre = h18Keys(["outre"])

    /// "Les Archives nationales d'outre-mer, à Aix": a body's name (not known) right before "d'outre-mer" takes it (the
    /// overseas territories' qualifier closes many French bodies' names: "Institut d'émission d'outre-mer").
    mutating func s50cFrenchOverseasBodies() {
        guard articleHas(Self.s50cOutre) else { return }
        var fixes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z + 4 < tokenCount, tokens[z + 1].kind == .elision,
                  keyIs(z + 1, "d'") || keyIs(z + 1, "d"), s43Lower(z + 2), keyIs(z + 2, "outre"), h15GluedHyphen(z + 3), keyIs(z + 4, "mer") else { continue }
            fixes.append((i, a, z + 5))
        }
        replaceEach(fixes, type: .organization)
    }

    // MARK: - Russian

    /// Russian lowercase nouns of a route's section ("на участке Пасанаури – Степанцминда").
    static let s50cRuSectionNouns = h18Keys(["участок", "участка", "участке", "участку", "участком", "отрезок", "отрезка", "отрезке",
        "отрезку", "перегон", "перегона", "перегоне"])
    /// Russian lowercase nouns of roads after a name's adjective ("Военно-Грузинская дорога", "Чуйский тракт").
    static let s50cRuRoadNouns = h18Keys(["дорога", "дороги", "дороге", "дорогу", "дорогой", "магистраль", "магистрали", "магистралью",
        "шоссе", "трасса", "трассы", "трассе", "трассу", "трассой", "тракт", "тракта", "тракте", "трактом", "автодорога", "автодороги",
        "автодороге", "автодорогу"])
    static let s50cRuAdjectiveEndings = ["ая", "ой", "ую", "ей", "ого", "ому", "ом", "ий", "ый", "ое", "ые", "ых", "ым", "ыми", "его", "ему",
        "ее", "яя", "юю", "ский", "ская"]

    /// "по Военно-Грузинской дороге", "Чуйский тракт": see the file's comment.
    /// (S51b reads landforms and theatres with it: other `nouns`, and a body's `type` for a theatre.)
    mutating func s50cRussianNamedRoads(nouns: KeySet = NameFinder.s50cRuRoadNouns, type: EntityType = .place) {
        guard articleHas(nouns) else { return }
        var spans: [(Int, Int)] = []
        for k in 1..<tokenCount where tokens[k].kind == .word && !tokens[k].capitalized && nouns.contains(tokens[k]) {
            let j = k - 1
            guard isCap(j), tokens[j].script == .cyrillic, !tokens[j].allCaps, tokens[k].spaceBefore else { continue }
            let key = tokens[j].key
            guard Self.s50cRuAdjectiveEndings.contains(where: { key.hasSuffix($0) }) else { continue }
            var a = j
            if j >= 2, h15GluedHyphen(j - 1), isCap(j - 2), tokens[j - 2].script == .cyrillic { a = j - 2 }
            if a == j {
                // (A lone adjective opening a sentence, or a country's: no name.)
                if tokens[j].sentenceStart || tokens[j].newlineBefore { continue }
                let (s, e) = (tokens[j].start, tokens[j].end)
                if anyMention(where: { $0.start == s && $0.end == e && ($0.type == .country || $0.known != nil) }) { continue }
            }
            let (s, e) = (tokens[a].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e) && $0.type != .country }) { continue }
            spans.append((a, k + 1))
        }
        guard !spans.isEmpty else { return }
        replaceOverlapping(spans, type: type)
        // The same road in another case ("Чуйский тракт" … "Чуйского тракта") takes the first reading's words (one group):
        // the adjective's stem and the noun's first four letters agree.
        let first = mentions.count - spans.count
        for n in first..<mentions.count {
            let w = mentionWords(n)
            guard w.count >= 2, let adj = w.dropLast().last, let noun = w.last else { continue }
            let adjStem = String(adj.unicodeScalars.dropLast(Self.s50cRuAdjectiveEndings.first(where: { adj.hasSuffix($0) })?.unicodeScalars.count ?? 0))
            let nounStem = String(noun.unicodeScalars.prefix(4))
            guard PlainText.count(adjStem) >= 3 else { continue }
            if let j = firstMentionIndex(where: { $0.type == type && $0.words.count == w.count && $0.start != mentions[n].start
                    && $0.words[w.count - 2].hasPrefix(adjStem) && $0.words[w.count - 1].hasPrefix(nounStem) }) {
                let words = mentionWords(j)
                if j < n || j < first { mentions[n].words = words }
            }
        }
    }

    /// "опередил Кирилла Ступака и Никиту Майорова … Кузьмицкий, Ступак, Майоров": a person named in full only in an
    /// oblique case (the given name not a nominative one) and a lone word (a person, a body or untyped) that is the
    /// nominative of that surname in a hard consonant (the surname that word + -а, -у, -ом, -ым, -е) are one person: the
    /// lone word takes the full name's surname as its word (the grouper's short-form link), the form seen kept.
    mutating func s50cRussianObliqueFullNames() {
        var fulls: [Int] = []
        for k in mentions.indices where mentionType(k) == .person && mentionKnown(k) == nil && (2...3).contains(mentionWordCount(k)) {
            guard let c = mentionSurface(k).unicodeScalars.first, (0x0410...0x042F).contains(c.value),
                  !lex.givenNames.contains(mentionWords(k)[0]) else { continue }
            fulls.append(k)
        }
        guard !fulls.isEmpty else { return }
        for q in mentions.indices where mentionKnown(q) == nil && mentionWordCount(q) == 1
            && (mentionType(q) == .person || mentionType(q) == nil || mentionType(q) == .organization) {
            let w = mentionWords(q)[0]
            guard PlainText.count(w) >= 4, let c = mentionSurface(q).unicodeScalars.first, (0x0410...0x042F).contains(c.value),
                  !mentionSurface(q).unicodeScalars.dropFirst().contains(where: { (0x0410...0x042F).contains($0.value) }) else { continue }
            var fit: Int?, fits = 0
            for n in fulls {
                let last = mentionWords(n)[mentionWordCount(n) - 1]
                guard !PlainText.equal(last, w), Self.s49cCaseOf(last, w, soft: false) || PlainText.equal(last, w + "ым") else { continue }
                if let f = fit, mentionWords(f) == mentionWords(n) { continue }
                fit = n
                fits += 1
            }
            guard fits == 1, let n = fit else { continue }
            mentions[q].words = [mentionWords(n)[mentionWordCount(n) - 1]]
            mentions[q].type = .person
        }
    }

    // MARK: - Chinese

    static let s50cHanTo = HanCharSet("至")
    static let s50cHanSection = HanCharSet("段")
    /// Last characters of a road's, a railway's or a river's name.
    static let s50cHanNameEnds = HanCharSet("路速线道江河湖")

    /// "达卡至邦加段已于…开通", "推进甲地至乙地的铁路改造": see the file's comment. An end is a place read right there or a
    /// place the article reads elsewhere written there (a known name is read once per run: "…，乙地至丙地段" repeats one).
    mutating func s50cHanSections() {
        guard hanArticleHasAny("至") else { return }
        // The article's Han places (one mention per name), longest first.
        var places: [(sc: [Unicode.Scalar], n: Int)] = []
        for n in mentions.indices where mentions[n].type == .place {
            guard let b0 = mentions[n].surface.utf8.first, b0 >= 0xE3 else { continue }
            let sc = Array(mentions[n].surface.unicodeScalars)
            if sc.count >= 2, !places.contains(where: { $0.sc == sc }) { places.append((sc, n)) }
        }
        guard places.count >= 2 else { return }
        places.sort { $0.sc.count > $1.sc.count }
        var found: [(k: Int, sc: [Unicode.Scalar], a: Int, b: Int, ends: [(Int, Int, Int)])] = []
        for k in 0..<tokenCount where tokens[k].script == .han {
            guard let sc = l28Run(k, atLeast: 5) else { continue }
            for p in 2..<max(2, sc.count - 2) where Self.s50cHanTo.contains(Self.hanCode(sc[p])) {
                guard let l = places.first(where: { Self.l28At(sc, p - $0.sc.count, $0.sc) }),
                      let r = places.first(where: { Self.l28At(sc, p + 1, $0.sc) }) else { continue }
                let a = p - l.sc.count, q = p + 1 + r.sc.count
                var b = q
                // (A section right after its road's or river's name, "某某铁路甲地至乙地段", "漓江甲地至乙地段", is that
                // road's alias or none: the sets' older convention.)
                guard q < sc.count, Self.s50cHanSection.contains(Self.hanCode(sc[q])),
                      a == 0 || !Self.s50cHanNameEnds.contains(Self.hanCode(sc[a - 1])) else { continue }
                b = q + 1
                found.append((k, sc, a, b, [(a, p, l.n), (p + 1, q, r.n)]))
            }
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (k, sc, a, b, ends) in found {
            let (s, e) = (tokens[k].start + a, tokens[k].start + b)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.start < s || $0.end > e) && $0.type != .country }) { continue }
            if anyMention(where: { $0.start == s && $0.end == e }) { continue }
            for j in mentions.indices where mentions[j].start >= s && mentions[j].end <= e && mentions[j].type != .place && mentions[j].type != .country { drop.insert(j) }
            var m = l28Mention(k, sc, a, b, .place)
            m.route = true
            added.append(m)
            // Each end a place: the name's reading elsewhere, copied here.
            for (x, y, n) in ends {
                let (es, ee) = (tokens[k].start + x, tokens[k].start + y)
                if anyMention(where: { $0.start == es && $0.end == ee && $0.type == .place }) { continue }
                var c = mentions[n]
                (c.start, c.end, c.firstToken, c.lastToken, c.parenthesized) = (es, ee, -1, -1, false)
                added.append(c)
            }
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }
}
