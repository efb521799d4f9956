import Foundation

/// Latin-script boundary and type rules from the patterns of scripts/entity-unseen/holdout13 (seed-style
/// wire copy): an institution whose portfolio list runs over commas ("Ministry of Culture, Sport and
/// Tourism", "Bộ Văn hóa, Thể thao và Du lịch"), a person's name that ran over "and" or "of" into the
/// next words, a company glued to the person after its legal form, "X-based" before a company, airports
/// and hyphenated roads as places, and a capitalized name before Province/Region/Oblast as a place.
/// One pass, run after `refineSeedStyleLatin` (it sees every mention the Latin passes made).
extension NameFinder {
    /// Legal forms written after a company's name ("… Service LLC", "… Holding LLP").
    static let h13LegalFormsAfter = KeySet(["llc", "llp", "jsc", "cjsc", "ojsc", "pjsc", "ltd", "inc", "plc", "gmbh"])
    /// Lowercase nouns after a hyphenated pair of towns that make it a road ("the Almaty-Bishkek highway").
    static let h13RoadNouns = KeySet(["highway", "road", "railway", "motorway", "expressway", "route", "pipeline"])
    /// Capitalized region nouns after a name that make it a place ("Khatlon Region", "Tavush Province").
    static let h13RegionNouns = KeySet(["province", "region", "oblast", "governorate", "prefecture"])

    mutating func refineHoldout13Latin() {
        // (By index: no token copied per element.)
        guard tokens.indices.contains(where: { (tokens[$0].script == .latin || tokens[$0].script == .cyrillic) && tokens[$0].kind == .word }) else { return }
        var removed = Set<Int>()
        var added: [Mention] = []
        // The mentions' starts before this pass changes any: the two rules that ask "which mentions start
        // at this token?" are rare, so they scan this array instead of a dictionary built per article.
        let startsBefore = mentions.indices.map { mentionStart($0) }
        func mentionsStarting(at start: Int) -> [Int] { startsBefore.indices.filter { startsBefore[$0] == start } }
        for n in mentions.indices where mentionKnown(n) == nil && !removed.contains(n) {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)), seedLatinWord(a) else { continue }
            let type = mentionType(n)
            if type == .person && z > a + 1 {
                // "Olga Ivanova and Deputy …", "Wang Lei of Hubei Tianyuan": a name ends before "and"/"of".
                // ("… Development of Moldova Ion Rusu": a portfolio "of" a country, then the person, is left to the later passes.)
                if let i = (a + 2..<z).first(where: { keyIs($0, "and") || keyIs($0, "of") }), isCap(i + 1),
                   (a..<i).allSatisfy({ tokens[$0].kind == .word && isCap($0) }),
                   keyIs(i, "and") || !isCountry[i + 1] && z - i <= 2 {
                    seedReplace(n, a, i)
                    continue
                }
            }
            if type == .organization || type == nil || type == .person {
                // "Astana-based Altyn Dala LLP": "X-based" describes the company, it is no part of its name.
                if z >= a + 3, keyIs(a + 1, "-"), !tokens[a + 1].spaceBefore, keyIs(a + 2, "based"), isCap(a + 3) {
                    seedReplace(n, a + 3, z + 1)
                    mentions[n].type = .organization
                    continue
                }
                // "Minsk Motor Works JSC Pavel Sidorov": the company ends at its legal form, then the person.
                if z >= a + 3, let i = (a + 1..<z - 1).first(where: { tokens[$0].script == .latin && Self.h13LegalFormsAfter.contains(tokens[$0]) }),
                   z - i >= 2, z - i <= 3, (i + 1...z).allSatisfy({ isCap($0) && !isCountry[$0] && !tokens[$0].allCaps && orgKeyword(at: $0) == nil }) {
                    seedReplace(n, a, i + 1)
                    mentions[n].type = .organization
                    added.append(mention(i + 1, z + 1, type: .person, evidence: .cue))
                    continue
                }
                // "Manas International Airport": an airport is a place.
                if type != .person, z > a, keyIs(z, "airport") {
                    mentions[n].type = .place
                    mentions[n].evidence = .cue
                    continue
                }
                // "the Osh-Sary-Tash highway": a hyphenated pair before a road noun is a road.
                // (The road noun before the surface's hyphen: that test builds the surface and asks Foundation.)
                if z + 1 < tokens.count, seedLatinWord(z + 1), !isCap(z + 1), Self.h13RoadNouns.contains(tokens[z + 1]),
                   surface(a, z + 1).contains("-"), (a...z).allSatisfy({ isCap($0) || keyIs($0, "-") }) {
                    var m = mention(a, z + 2, type: .place, evidence: .cue)
                    m.variants = [surface(a, z + 1)]
                    mentions[n] = m
                    continue
                }
            }
            if type == .organization, let e = h13RomanNumeralEnd(z) {
                // "Université Hassan II Agronomique de Rabat": a ruler's numeral and the words after it stay in the name.
                for k in z + 1..<e {
                    for o in mentionsStarting(at: tokens[k].start) where o != n && mentionKnown(o) == nil && mentionType(o) != .country { removed.insert(o) }
                }
                seedReplace(n, a, e)
                if e + 1 < tokens.count, keyIs(e, "de"), seedLatinWord(e + 1), isCap(e + 1), !isCountry[e + 1],
                   e + 2 >= tokens.count || !isCap(e + 2) {
                    var o = mention(e + 1, e + 2, type: .place, evidence: .cue)
                    o.placeContext = true
                    added.append(o)
                }
                continue
            }
            // "the Uzbekistan–Georgia Business Council": two countries joined by a dash open the institution.
            if type == .organization, a >= 2, isCountry[a], keyIs(a - 1, "–") || keyIs(a - 1, "-"), !tokens[a - 1].spaceBefore, !tokens[a].spaceBefore,
               isCountry[a - 2], isCap(a - 2), z > a {
                var b = a - 2
                while b > 0, isCountry[b - 1], tokens[b - 1].kind == .word, tokens[b].spaceBefore { b -= 1 }
                seedReplace(n, b, z + 1)
                continue
            }
            if type == .organization, z + 2 < tokens.count, keyIs(z + 1, ",") {
                if let end = lang.vi ? h13VietnamesePortfolioList(a, z) : h13PortfolioList(a, z) {
                    // Pieces of the list found as names of their own go; a known name inside stops the rule.
                    var others: [Int] = []
                    var blocked = false
                    for k in z + 1...end {
                        for o in mentionsStarting(at: tokens[k].start) where o != n && mentionType(o) != .country {
                            if mentionKnown(o) != nil { blocked = true } else { others.append(o) }
                        }
                    }
                    if blocked { continue }
                    removed.formUnion(others)
                    seedReplace(n, a, end + 1)
                }
            }
        }
        h13PlacesByTheirNouns(removed)
        if lang.vi { h13VietnameseNamesAfterPlaceNouns(&added) }
        h13RegionPlaces(&added, removed)
        if removed.isEmpty && added.isEmpty { return }
        replaceMentions(removing: removed, adding: added)
    }

    /// Lowercase nouns after a one-word name that make it a place ("the Kyzyltu freight station", "the Ayagoz wind farm").
    static let h13PlaceNounsAfterWord = KeySet(["station", "port", "seaport", "terminal", "checkpoint", "crossing", "airport", "dam", "reservoir"])
    /// Nouns that open a zone or a farm after the name: "free trade zone", "special economic zone", "wind farm", "industrial park".
    static let h13ZoneOpeners = KeySet(["free", "special", "economic", "industrial", "wind", "solar", "freight", "railway", "bus", "border", "logistics"])
    static let h13ZoneNouns = KeySet(["zone", "park", "farm", "station", "port", "terminal", "crossing", "hub"])
    /// Plural settlement nouns before "of" and the places' names ("the communities of X and Y").
    static let h13SettlementNouns = KeySet(["communities", "settlements", "localities", "villages", "towns", "cities", "municipalities", "districts"])
    /// Capitalized Romance articles that open a place's name ("La Virgen", "El Tigre").
    static let h13RomanceArticles: WordSet = ["La", "El", "Los", "Las", "Le", "Les"]

    /// One-word names the earlier passes left untyped or typed organizations that are places by the words
    /// around them: a place noun after them ("the Kyzyltu freight station", "the Ayagoz wind farm"), a
    /// Vietnamese place noun before them ("sân bay quốc tế Manas", "khu công nghiệp Sukhbaatar", "vùng
    /// Upper West"), and Russian words listed after a place ("в Худжанде, Исфаре и Пенджикенте").
    mutating func h13PlacesByTheirNouns(_ removed: Set<Int>) {
        // (A list, not a Set: asked only after a comma or a coordinator, and filling a hashed set cost more than those few
        // linear searches. Only membership is read, so duplicates change nothing.)
        var placeEnds: [Int] = []
        placeEnds.reserveCapacity(mentions.count)
        var order: [Int] = []
        order.reserveCapacity(mentions.count)   // (one buffer: its appends regrew it)
        for n in mentions.indices where !removed.contains(n) {
            if mentionType(n) == .place { placeEnds.append(mentionEnd(n)) }
            if mentionKnown(n) == nil, mentionType(n) != .place, mentionType(n) != .country { order.append(n) }
        }
        order.sort { mentionStart($0) < mentionStart($1) }
        // (The first three rules below act only next to a word of their lists: an article without one skips their tests.)
        let vietnameseNouns = lang.vi && articleHas(Self.h13VietnamesePlaceNounCues)
        let nounsAfter = articleHas(Self.h13PlaceNounsAfterWord) || articleHas(Self.h13ZoneOpeners)
        let settlements = articleHas(Self.h13SettlementNouns)
        for n in order {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)),
                  tokens[a].kind == .word, isCap(a), !tokens[a].allCaps else { continue }
            let type = mentionType(n)
            if vietnameseNouns, tokens[a].script == .latin, type != .organization, a >= 2, z - a <= 1, h13VietnamesePlaceNounBefore(a) {
                mentions[n].type = .place
                mentions[n].evidence = .cue
                placeEnds.append(mentionEnd(n))
                continue
            }
            guard type == nil || type == .organization, a == z else { continue }
            if nounsAfter, tokens[a].script == .latin, !lang.vi, z + 1 < tokens.count, seedLatinWord(z + 1), !isCap(z + 1) {
                let next = tokens[z + 1]
                var place = Self.h13PlaceNounsAfterWord.contains(next)
                if !place, Self.h13ZoneOpeners.contains(next) {
                    var e = z + 2
                    while e < tokens.count, e - z <= 3, seedLatinWord(e), !isCap(e) {
                        if Self.h13ZoneNouns.contains(tokens[e]) { place = true; break }
                        e += 1
                    }
                }
                if place {
                    var b = a
                    if a > 0, seedLatinWord(a - 1), !tokens[a - 1].sentenceStart, Self.h13RomanceArticles.contains(tokens[a - 1].text) { b = a - 1 }
                    var m = mention(b, z + 1, type: .place, evidence: .cue)
                    if b < a { m.variants = [surface(a, z + 1)] }
                    mentions[n] = m
                    placeEnds.append(m.end)
                    continue
                }
            }
            // "the communities of Yalaguina and Somoto": one word after a plural settlement noun and "of".
            if settlements, tokens[a].script == .latin, a >= 2, keyIs(a - 1, "of"), seedLatinWord(a - 2),
               Self.h13SettlementNouns.contains(tokens[a - 2]) {
                mentions[n].type = .place
                mentions[n].evidence = .cue
                placeEnds.append(mentionEnd(n))
                continue
            }
            if a >= 2, keyIs(a - 1, ",") || keyIs(a - 1, "и") || tokens[a].script == .latin && (keyIs(a - 1, "and") || keyIs(a - 1, "et") || keyIs(a - 1, "y")),
               placeEnds.contains(tokens[a - 2].end) {
                mentions[n].type = .place
                mentions[n].evidence = .cue
                placeEnds.append(mentionEnd(n))
            }
        }
    }

    /// "khu công nghiệp Nalaikh", "sân bay quốc tế Manas": a capitalized name no pass found after a Vietnamese
    /// place noun (up to three capitalized words). (`covered` marks the words of the mentions `refineSeedStyleLatin` saw.)
    func h13VietnameseNamesAfterPlaceNouns(_ added: inout [Mention]) {
        guard articleHas(Self.h13VietnamesePlaceNounCues) else { return }
        var k = 2
        while k < tokens.count {
            guard isCap(k), tokens[k].script == .latin, !covered[k], !tokens[k].sentenceStart, !isCountry[k], h13VietnamesePlaceNounBefore(k) else { k += 1; continue }
            var e = k + 1
            while e < tokens.count, e - k < 3, isCap(e), seedLatinWord(e), !covered[e], !isCountry[e] { e += 1 }
            if e < tokens.count, isCap(e), seedLatinWord(e) { k = e + 1; continue }   // a longer run is some other name
            added.append(mention(k, e, type: .place, evidence: .cue))
            k = e
        }
    }

    /// The gate of `h13VietnameseNamesAfterPlaceNouns`: `h13VietnamesePlaceNounBefore` holds only after one of these keys.
    static let h13VietnamesePlaceNounCues = KeySet(["vung", "cang", "dao", "bay", "nghiep", "te"])

    /// "sân bay (quốc tế) X", "khu công nghiệp X", "vùng X", "cảng X", "đảo X" before the name at `a`.
    func h13VietnamesePlaceNounBefore(_ a: Int) -> Bool {
        // (The folded key first, by its bytes: most words are none of these, and `==` on a non-ASCII
        // exact form takes the normalizing comparison. A word whose exact form is one of them folds to its key.)
        let key = tokens[a - 1].key
        guard Token.keyEquals(key, "vung") || Token.keyEquals(key, "cang") || Token.keyEquals(key, "dao") || Token.keyEquals(key, "bay")
            || Token.keyEquals(key, "nghiep") || Token.keyEquals(key, "te") else { return false }
        let p = exactForm(a - 1)
        if p == "vùng" || p == "cảng" || p == "đảo" { return true }
        if p == "bay" { return exactForm(a - 2) == "sân" }
        if p == "nghiệp" { return exactForm(a - 2) == "công" }
        if p == "tế", a >= 4, exactForm(a - 2) == "quốc", exactForm(a - 3) == "bay" { return exactForm(a - 4) == "sân" }
        return false
    }

    /// After an institution ending at `z` with a capitalized name, a ruler's Roman numeral ("II", "VI") and the
    /// capitalized words after it: the index after them.
    func h13RomanNumeralEnd(_ z: Int) -> Int? {
        guard z + 1 < tokens.count, seedLatinWord(z), isCap(z), seedLatinWord(z + 1), tokens[z + 1].spaceBefore else { return nil }
        let t = tokens[z + 1].text
        guard t.utf8.count <= 4, t.utf8.allSatisfy({ $0 == 0x49 || $0 == 0x56 || $0 == 0x58 }) else { return nil }
        var e = z + 2
        while e < tokens.count, e - z <= 3, seedLatinWord(e), isCap(e), !isCountry[e] { e += 1 }
        return e
    }

    /// A capitalized word that can be one item of an English portfolio list.
    func h13PortfolioWord(_ k: Int) -> Bool {
        k < tokens.count && seedLatinWord(k) && isCap(k) && !isCountry[k] && !tokens[k].allCaps && !isStopwordKey(k) && titleMatch(at: k) == nil
    }

    /// "Ministry of Culture" + ", Sport and Tourism", "Commission on Trade" + ", Economic, Scientific and
    /// Technical Cooperation": after "of/on/for" and one capitalized word, one-word items separated by
    /// commas, then "and" and the last item (one word, two when nothing capitalized follows). The last token of the list.
    func h13PortfolioList(_ a: Int, _ z: Int) -> Int? {
        guard z >= a + 2, keyIs(z - 1, "of") || keyIs(z - 1, "on") || keyIs(z - 1, "for"), isCap(z) else { return nil }
        var k = z + 1
        while k + 2 < tokens.count, keyIs(k, ","), h13PortfolioWord(k + 1) {
            if keyIs(k + 2, ",") { k += 2; continue }
            guard keyIs(k + 2, "and") else { return nil }
            var r = k + 3
            while r < tokens.count, r - (k + 3) < 3, h13PortfolioWord(r) { r += 1 }
            switch r - (k + 3) {
            case 1, 2: return r - 1
            case 3: return k + 3
            default: return nil
            }
        }
        return nil
    }

    /// One Vietnamese field: a capitalized syllable and one or two lowercase ones ("Thể thao", "Công nghiệp nhẹ");
    /// the index after it.
    func h13VietnameseField(_ k: Int) -> Int? {
        guard k + 1 < tokens.count, seedLatinWord(k), isCap(k), !isCountry[k], orgKeyword(at: k) == nil, titleMatch(at: k) == nil else { return nil }
        var e = k + 1
        while e < tokens.count, e - k <= 2, seedLatinWord(e), !isCap(e), !isConnector(e), !isStopwordKey(e) { e += 1 }
        return e > k + 1 ? e : nil
    }

    /// "Bộ Văn hóa" + ", Thể thao và Du lịch": fields after commas, "và" and the last field, and a
    /// country's name after it ("… và Công nghiệp nhẹ Mông Cổ"). The last token of the list.
    func h13VietnamesePortfolioList(_ a: Int, _ z: Int) -> Int? {
        guard z > a, seedLatinWord(z), !isCap(z) else { return nil }
        var k = z + 1
        while keyIs(k, ","), let e = h13VietnameseField(k + 1) {
            if keyIs(e, ",") { k = e; continue }
            guard e < tokens.count, exactForm(e) == "và", let f = h13VietnameseField(e + 1) else { return nil }
            var end = f
            while end < tokens.count, isCountry[end], isCap(end) { end += 1 }
            return end - 1
        }
        return nil
    }

    /// "Governor of Tavush Province Anna Petrosyan", "the Sughd-Kairakkum Region": one to three capitalized words
    /// (a hyphen may join them) before a capitalized region noun, in no other name, are a place.
    mutating func h13RegionPlaces(_ added: inout [Mention], _ removed: Set<Int>) {
        guard articleHas(Self.h13RegionNouns) else { return }   // (it acts only before a region noun)
        var candidates: [Int] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h13RegionNouns = Self.h13RegionNouns
        for k in 1..<max(1, tokens.count) where tokens[k].capitalized && tokens[k].script == .latin && !tokens[k].sentenceStart
            && h13RegionNouns.contains(tokens[k]) {
            candidates.append(k)
        }
        guard !candidates.isEmpty else { return }
        var spans: [(Int, Int, Int)] = []   // token span of each mention, and the mention
        for n in mentions.indices where !removed.contains(n) {
            if let (a, z) = seedSpan(n) { spans.append((a, z, n)) }
        }
        for k in candidates {
            var b = k
            var words = 0
            while b - 1 >= 0, words < 3 {
                if isCap(b - 1), seedLatinWord(b - 1), !isCountry[b - 1], !isStopwordKey(b - 1), titleMatch(at: b - 1) == nil { b -= 1; words += 1; continue }
                if keyIs(b - 1, "-"), !tokens[b - 1].spaceBefore, !tokens[b].spaceBefore, b - 2 >= 0, isCap(b - 2) { b -= 1; continue }
                break
            }
            guard words >= 1, isCap(b), !tokens[b].sentenceStart || words >= 2 else { continue }
            // Inside another name (a place, an institution, "Xinjiang Uygur Autonomous Region") or over a known one: leave it.
            if spans.contains(where: { s in s.0 <= k && s.1 >= k || s.0 >= b && s.0 < k && mentionKnown(s.2) != nil }) { continue }
            added.append(mention(b, k + 1, type: .place, evidence: .cue))
        }
    }
}
