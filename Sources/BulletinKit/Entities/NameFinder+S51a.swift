import Foundation

/// Session 51 (a): Arabic places with no cue word, sites and routes named after places, companies with no head word in
/// their name, and bodies read short (the tests use other texts and names).
/// - a company's head ("شركة", "وشركة", "مجموعة") right before a name in parentheses ("شركة (X) الفرنسية", "شركة (X
///   للمقاولات)") makes it a company, and so does a name in parentheses chained to one by و ("بين (X) و(Y) الإماراتية
///   وشركة (Z)": X, Y and Z); a known body's or a country's reading of the whole is left;
/// - names joined by و after a preposition ("في X وY وZ", "بين X وY"), one of which the article reads as a place (alone
///   or after a place's noun: "محافظة Y"), are places; the chain ends at punctuation, a stopword or a word with no
///   article (a verb), never at another "وال…" word (then it is no list of names);
/// - a port's, a market's or a gulf's noun before a name the article reads as a place elsewhere ("ميناء X" beside "X",
///   "سوق X" beside "محافظة X") is a site of its own, named with its noun (the sets' "place apart");
/// - a road's or a line's noun before two ends joined by a spaced dash ("طريق X - Y", "خط X - Y") is one place named
///   with its noun, flagged a route; an end read as a country that the article reads as a place elsewhere (Amman
///   beside Oman's name) is that place;
/// - an authority's or a commission's head right before a place read as "منطقة …" ("سلطة منطقة X الاقتصادية
///   الخاصة") is one body with it;
/// - "الأمانة العامة" right before ل + a known body's name ("الأمانة العامة لمجلس …") is one body (the secretariat),
///   not the known body;
/// - the mountains' plural noun + a definite name word ("عبر جبال X") is one place (`s50aArabicLandmarks` with "جبال");
/// - a place read as an area's noun + a name ("محافظة X", "قضاء X") and that name read alone as a place are one entity.
/// Changes to older rules, for the same causes:
/// - a list after a plural place noun (`h36ArabicPlaceLists`: "محافظات X وY وZ") may end, after three names or more, at a
///   word with no و and no article (a verb: "… وهروب تجاوز");
/// - a local body's town after بـ (`s50aArabicLocalBodyTowns`) may be a town the article reads as a place elsewhere
///   ("جمعية X التعاونية بالداير" beside "محافظة الداير"), not only a known one;
/// - `discoverArabicCoordinatedTowns` and `h14ArabicPlaceLists` leave words whose و is their own ("في أصل واحد");
/// - a headline's عمان over a body that names Jordan and no Oman is Amman (`resolveAmman(jordan:)` in
///   `EntityExtractor.addTitle`: the headline's finder had no Jordan of its own, and gave OM).
///
/// `refineS51a` runs after `refineS50c` (before `refineCP15`), Arabic only. Cost: each rule is gated on its trigger
/// keys (`articleHas`: the heads, "(", the prepositions, the dashes, "الأمانة"); the company rule visits only the "("
/// tokens, the list rule the prepositions (then the words joined by و after them), the site and route rules the heads'
/// tokens, the body rules the mentions of one type; the place words the article reads are gathered once per rule.
extension NameFinder {
    mutating func refineS51a() {
        guard tokenCount > 2, language == "ar" else { return }
        s51aArabicParenCompanies()
        s51aArabicCoordinatedPlaces()
        s51aArabicRoutes()
        s51aArabicSitesApart()
        s50aArabicLandmarks(Self.s51aRangeHeads)
        s51aArabicZoneAuthorities()
        s51aArabicSecretariats()
        s51aArabicAreaNounForms()
    }

    // MARK: - Companies in parentheses

    static let s51aCompanyHeads = H36Heads(["شركة", "مجموعة", "شركتي", "شركتا"])
    static let s51aOpenParen = h18Keys(["("])

    /// The end (exclusive) of the words of a name in parentheses opening at token `k` ("("): one to four Arabic words
    /// (no stopword) and ")" right after them; nil when there is none.
    func s51aParenName(_ k: Int) -> Int? {
        var q = k + 1
        while q < tokenCount, q - k <= 4, h36Arabic(q), !h36Stop(q) { q += 1 }
        guard q > k + 1, q < tokenCount, keyIs(q, ")") else { return nil }
        return q
    }

    /// Token `k` opens with the letter و.
    @inline(__always) func s51aWaw(_ k: Int) -> Bool { tokens[k].key.unicodeScalars.first?.value == Self.h36Waw }

    /// "شركة (X) الفرنسية", "بين (X) و(Y) الإماراتية وشركة (Z)": see the file's comment.
    mutating func s51aArabicParenCompanies() {
        let heads = Self.s51aCompanyHeads
        guard articleHas(heads.set), articleHas(Self.s51aOpenParen) else { return }
        // The names in parentheses in order: "(" token, end of the words, a head before, chained to the one before.
        var groups: [(k: Int, e: Int, head: Bool, linked: Bool)] = []
        var k = 1
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .punct, keyIs(k, "("), let e = s51aParenName(k) else { continue }
            let p = k - 1
            let head = h36Arabic(p) && h36CliticPrefix(p, heads) != nil
            var linked = false
            if let last = groups.last, last.e + 1 <= p {
                var q = last.e + 1
                // (One adjective between: a country's or a nisba, "(X) الإماراتية وشركة (Y)".)
                if q < p, h36Arabic(q), isCountry[q] || h36Nisba(q) { q += 1 }
                linked = q == p && h36Arabic(p) && (keyIs(p, "و") || head && s51aWaw(p))
            }
            groups.append((k, e, head, linked))
            k = e
        }
        var spans: [(Int, Int)] = []
        var i = 0
        while i < groups.count {
            var j = i + 1
            while j < groups.count, groups[j].linked { j += 1 }
            if groups[i..<j].contains(where: { $0.head }) {
                for g in groups[i..<j] {
                    let (s, e) = (tokens[g.k + 1].start, tokens[g.e - 1].end)
                    // Read whole already as a body, or as a country or a known place (not a company's name).
                    if anyMention(where: { $0.start <= s && $0.end >= e && ($0.type == .organization || $0.type == .country || $0.known != nil && $0.start == s && $0.end == e) }) { continue }
                    spans.append((g.k + 1, g.e))
                }
            }
            i = j
        }
        replaceOverlapping(spans, type: .organization)
    }

    // MARK: - Places joined by و after a preposition

    static let s51aPlacePrepositions = h18Keys(["في", "من", "إلى", "بين", "قرب", "نحو", "حتى", "عبر"])
    static let s51aTo = h18Keys(["إلى"])

    /// The last words of the places the article reads (one word, or a noun and one word: "محافظة X").
    func s51aPlaceWords() -> [String] {
        var keys: [String] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].words.count <= 2 {
            if let last = mentions[i].words.last { keys.append(last) }
        }
        return keys
    }

    /// Token `q` after `clitic` letters may be a place's name in a list: a name word (no head, no stopword, no common
    /// noun of the land), not a plural.
    func s51aListWord(_ q: Int, clitic: Int) -> Bool {
        guard h36Arabic(q), s41ArabicNameWord(q), !arabicFlags(q).contains(.head), !isCountry[q] else { return false }
        let key = tokens[q].key
        let n = PlainText.count(key) - clitic
        guard n >= 3 else { return false }
        if n >= 5, PlainText.hasSuffix(key, "ات") || PlainText.hasSuffix(key, "ين") || PlainText.hasSuffix(key, "ون") { return false }
        return clitic == 0 ? !Self.s49aFeatureNotNames.contains(tokens[q]) : true
    }

    /// "محطات الضخ ستقام في X وY وZ" (Z read elsewhere), "الطريق بين X وY" (Y read as "محافظة Y"): see the file's comment.
    mutating func s51aArabicCoordinatedPlaces() {
        guard articleHas(Self.s51aPlacePrepositions) else { return }
        let placeWords = s51aPlaceWords()
        guard !placeWords.isEmpty else { return }
        var lists: [[(Int, Int, Int)]] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard h36Arabic(k), h23Key(k, Self.s51aPlacePrepositions), tokens[k + 1].spaceBefore, !s51aWaw(k + 1), s51aListWord(k + 1, clitic: 0) else { continue }
            var items: [(Int, Int, Int)] = [(k + 1, k + 2, 0)]
            var q = k + 2
            // "من X إلى Y": two names.
            if keyIs(k, "من"), q + 1 < tokenCount, h23Key(q, Self.s51aTo), tokens[q + 1].spaceBefore, !s51aWaw(q + 1), s51aListWord(q + 1, clitic: 0) {
                items.append((q + 1, q + 2, 0))
                q += 2
            }
            while q < tokenCount, items.count < 6, h36Arabic(q), tokens[q].spaceBefore, s51aWaw(q), s51aListWord(q, clitic: 1) {
                items.append((q, q + 1, 1))
                q += 1
            }
            guard items.count >= 2 else { continue }
            // The end: punctuation, a stopword, or a word with no article that is no "و…" word.
            if q < tokenCount, h36Arabic(q), tokens[q].spaceBefore, !h36Stop(q), Self.h36HasArticle(tokens[q].key) || s51aWaw(q) { continue }
            // One of them a place the article reads.
            let known = items.contains { (a, _, skip) in
                let key = skip == 0 ? tokens[a].key : String(tokens[a].key.unicodeScalars.dropFirst(skip))
                return placeWords.contains { PhraseMatcher.same($0, key) }
            }
            guard known else { continue }
            // A last word not read as a place, followed by a word that is no stopword, is a verb ("إلى X ويتوقع تشغيل"):
            // no list.
            if let (a, _, skip) = items.last, q < tokenCount, h36Arabic(q), !h36Stop(q) {
                let key = skip == 0 ? tokens[a].key : String(tokens[a].key.unicodeScalars.dropFirst(skip))
                if !placeWords.contains(where: { PhraseMatcher.same($0, key) }) { continue }
            }
            // None of them read as a person or a body, nor inside a longer name.
            let clash = items.contains { (a, _, skip) in
                let (s, e) = (tokens[a].start + skip, tokens[a].end)
                return anyMention(where: { $0.start < e && $0.end > tokens[a].start && ($0.type == .person || $0.type == .organization || $0.start < s || $0.end > e) })
            }
            if clash { continue }
            lists.append(items)
            k = q - 1
        }
        for items in lists { h36PutPlaceList(items) }
    }

    /// Common words whose first letter و is their own, no clitic ("في أصل واحد" names no "أصل" and "احد":
    /// `discoverArabicCoordinatedTowns` and `h14ArabicPlaceLists` ask).
    static let s51aWawRootWords = h18Keys(["واحد", "واحدة", "وحيد", "وحيدة", "وسط", "وقت", "وجه", "وضع", "وطن", "وزن", "ورق", "وفد", "وعد"])

    // MARK: - Sites named after a place

    static let s51aSiteHeads = H36Heads(["ميناء", "سوق", "خليج", "مرفأ"])
    /// "عبر جبال X": the mountains' plural noun + a definite name word (`s50aArabicLandmarks`).
    static let s51aRangeHeads = H36Heads(["جبال"])

    /// "إلى ميناء X" beside "X", "في سوق X الأسبوعي" beside "محافظة X": see the file's comment.
    mutating func s51aArabicSitesApart() {
        let heads = Self.s51aSiteHeads
        guard articleHas(heads.set) else { return }
        var puts: [(Int, Int, Int)] = []
        for k in 0..<(tokenCount - 1) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, heads), skip <= 1 else { continue }
            let p = k + 1
            guard h36Arabic(p), tokens[p].spaceBefore, s51aListWord(p, clitic: 0) else { continue }
            // ("سوق X للأوراق المالية": a body's complement after it, a body's name.)
            if p + 1 < tokenCount, h36Arabic(p + 1), Self.arabicHasPrefix(tokens[p + 1].key, "لل") { continue }
            let (hs, s, e) = (tokens[k].start + skip, tokens[p].start, tokens[p].end)
            // A longer reading over the site ("سوق X المالي" a body, "ميناء X البحري") leaves it.
            if anyMention(where: { $0.start < e && $0.end > hs && $0.type != .country && ($0.start < hs || $0.end > e || $0.start == hs) }) { continue }
            // The name read as a place elsewhere, alone or after a place's noun.
            guard s49aPlaceElsewhere(tokens[p].key, apartFrom: hs, e), !anyMention(where: { $0.start < e && $0.end > s && $0.type != .place && $0.type != .country }) else { continue }
            puts.append((k, p + 1, skip))
        }
        for (a, b, skip) in puts { h27Replace(a, b, with: h36Mention(a, b, skip: skip, type: .place), overKnown: true) }
    }

    // MARK: - Routes named by their ends

    static let s51aRouteHeads = H36Heads(["طريق", "خط", "الطريق", "الخط"])
    static let s51aDashes = h18Keys(["-", "–", "—"])

    /// The end (exclusive) of a route's end opening at token `a`: a place's (or a country's) reading starting there of
    /// up to three words, else the one word.
    func s51aRouteEnd(_ a: Int) -> Int? {
        guard h36Arabic(a), !h36Stop(a) else { return nil }
        let s = tokens[a].start
        if let i = firstMentionIndex(where: { $0.start == s && ($0.type == .place || $0.type == .country) }), let (x, z) = seedSpan(i), x == a, z - a <= 2 {
            return z + 1
        }
        return a + 1
    }

    /// "على امتداد طريق X - Y", "خط X - Y سيختصر": see the file's comment.
    mutating func s51aArabicRoutes() {
        let heads = Self.s51aRouteHeads
        guard articleHas(heads.set), articleHas(Self.s51aDashes) else { return }
        var routes: [(k: Int, skip: Int, ends: [(Int, Int)])] = []
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard h36Arabic(k), let skip = h36CliticPrefix(k, heads), skip <= 1, let e1 = s51aRouteEnd(k + 1),
                  e1 + 1 < tokenCount, h23Key(e1, Self.s51aDashes), tokens[e1].spaceBefore, tokens[e1 + 1].spaceBefore,
                  let e2 = s51aRouteEnd(e1 + 1) else { continue }
            routes.append((k, skip, [(k + 1, e1), (e1 + 1, e2)]))
            k = e2 - 1
        }
        guard !routes.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (k, skip, ends) in routes {
            let (hs, end) = (tokens[k].start + skip, tokens[ends[1].1 - 1].end)
            // Each end a place the article reads (here or elsewhere); a country read at an end is a place the
            // article names elsewhere as a place, else no route.
            var ok = true, places = 0
            var retype: [Int] = []
            for (x, y) in ends {
                let (es, ee) = (tokens[x].start, tokens[y - 1].end)
                let elsewhere = y - x == 1 && s49aPlaceElsewhere(tokens[x].key, apartFrom: es, ee)
                if let c = firstMentionIndex(where: { $0.start == es && $0.end == ee && $0.type == .country }) {
                    if elsewhere { retype.append(c); places += 1 } else { ok = false }
                } else if elsewhere || anyMention(where: { $0.start == es && $0.end == ee && $0.type == .place }) {
                    places += 1
                } else if y - x > 1 || !s51aListWord(x, clitic: 0) || anyMention(where: { $0.start < ee && $0.end > es && ($0.start < hs || $0.end > end) }) {
                    ok = false
                }
            }
            // (One end at least a place: the other, a plain name word, is one too.)
            guard ok, places >= 1 else { continue }
            // A longer name holding it leaves it.
            if anyMention(where: { $0.start < end && $0.end > hs && ($0.start < hs || $0.end > end) && $0.type != .country }) { continue }
            for c in retype { drop.insert(c) }
            for i in mentions.indices where mentions[i].start >= hs && mentions[i].end <= end && mentions[i].type != .country {
                let exactEnd = ends.contains { mentions[i].start == tokens[$0.0].start && mentions[i].end == tokens[$0.1 - 1].end }
                if !exactEnd { drop.insert(i) }
            }
            var m = h36Mention(k, ends[1].1, skip: skip, type: .place)
            m.placeContext = true
            m.route = true
            added.append(m)
            for (x, y) in ends {
                let (es, ee) = (tokens[x].start, tokens[y - 1].end)
                if anyMention(where: { $0.start == es && $0.end == ee && $0.type == .place }) { continue }
                var p = mention(x, y, type: .place, evidence: .cue)
                p.placeContext = true
                let words = p.words
                if let j = firstMentionIndex(where: { $0.type == .place && $0.known != nil && $0.words == words }) {
                    p.known = mentions[j].known
                    p.evidence = mentions[j].evidence
                }
                added.append(p)
            }
        }
        if !drop.isEmpty || !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    // MARK: - Bodies read short

    static let s51aZoneBodyHeads = H36Heads(["سلطة", "هيئة", "إدارة"])
    static let s51aZoneHeads = H36Heads(["منطقة"])

    /// "رئيس سلطة منطقة X الاقتصادية الخاصة": see the file's comment.
    mutating func s51aArabicZoneAuthorities() {
        let bodies = Self.s51aZoneBodyHeads
        guard articleHas(bodies.set), articleHas(Self.s51aZoneHeads.set) else { return }
        var fixes: [(Int, Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].words.count >= 2 {
            guard let (a, z) = seedSpan(i), a >= 1, mentions[i].start == tokens[a].start, h36CliticPrefix(a, Self.s51aZoneHeads) == 0,
                  h36Arabic(a - 1), tokens[a].spaceBefore, let skip = h36CliticPrefix(a - 1, bodies), skip <= 1 else { continue }
            fixes.append((i, a - 1, z + 1, skip))
        }
        guard !fixes.isEmpty else { return }
        s50aReplace(fixes.map { ($0.0, h36Mention($0.1, $0.2, skip: $0.3, type: .organization)) })
    }

    // MARK: - A place named with and without its area's noun

    static let s51aAreaNouns = H36Heads(["محافظة", "ولاية", "قضاء", "ناحية", "مدينة", "بلدة", "قرية", "منطقة", "مقاطعة", "إقليم"])

    /// "بمحافظة الداير" … "والداير", "قضاء X" … "في X": a place (not known) read as an area's noun + one word, where the
    /// article reads that word alone as a place (not known) too, is the same place: its words are the bare name's, so the
    /// grouper makes the two forms one entity (the sets' convention: the noun's form an alias).
    mutating func s51aArabicAreaNounForms() {
        var bare: [String] = []
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil && mentions[i].words.count == 1 { bare.append(mentions[i].words[0]) }
        guard !bare.isEmpty else { return }
        let heads = Self.s51aAreaNouns
        for i in mentions.indices where mentions[i].type == .place && mentions[i].known == nil && mentions[i].words.count == 2 {
            let w = mentions[i].words[1]
            guard bare.contains(where: { PhraseMatcher.same($0, w) }), let (a, z) = seedSpan(i), z == a + 1, h36CliticPrefix(a, heads) != nil else { continue }
            mentions[i].words = [w]
        }
    }

    static let s51aSecretariat = h18Keys(["الأمانة", "والأمانة", "بالأمانة", "للأمانة"])
    static let s51aSecretariatBare = h18Keys(["الأمانة"])
    static let s51aGeneral = h18Keys(["العامة"])

    /// "الأمانة العامة لمجلس …": see the file's comment.
    mutating func s51aArabicSecretariats() {
        guard articleHas(Self.s51aSecretariat), articleHas(Self.s51aGeneral) else { return }
        var fixes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known != nil {
            guard let (a, z) = seedSpan(i), a >= 2, mentions[i].start == tokens[a].start + 1, keyStarts(a, "ل"),
                  h23Key(a - 1, Self.s51aGeneral), tokens[a - 1].spaceBefore, h23Key(a - 2, Self.s51aSecretariat), tokens[a].spaceBefore else { continue }
            let skip = h23Key(a - 2, Self.s51aSecretariatBare) ? 0 : 1
            fixes.append((i, h36Mention(a - 2, z + 1, skip: skip, type: .organization)))
        }
        s50aReplace(fixes)
    }
}
