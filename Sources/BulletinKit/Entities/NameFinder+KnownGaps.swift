import Foundation

/// Rules for the misses listed under "Known gaps" (README) and in the holdout10–holdout13 notes of
/// scripts/entity-unseen/README.md, as general patterns tested on other names (EntityKnownGapsTests).
///
/// Latin (`refineKnownGapsLatin`, after `refineHoldout13Latin`): an unknown one-word name after a verb or
/// noun of movement and from/to, or after leave/reach/via, is a town ("shipped from Bobruisk", "leave
/// Slonim"); a ship's name after a vessel noun is no entity ("the vessel, the Aral Breeze"); a region found
/// elsewhere in the article opening a person's name is split off ("vùng Bono East Kwasi Ofori-Atta");
/// Vietnamese "Ủy ban nhân dân <unit> X" and "Chính quyền <unit> X" are institutions; a French ministry's
/// portfolio runs over "et des" + a capitalized word ("des Infrastructures et des Transports terrestres").
extension NameFinder {
    /// Verbs and nouns of movement that make the one-word name after "from"/"to" a place.
    static let kgMovementWords = KeySet([
        "ship", "ships", "shipped", "shipping", "shipment", "shipments", "send", "sent", "deliver", "delivered", "delivery", "deliveries",
        "supply", "supplies", "supplied", "export", "exports", "exported", "import", "imports", "imported", "transport", "transported",
        "transit", "carry", "carried", "go", "goes", "went", "travel", "travelled", "traveled", "fly", "flew", "flights", "flight",
        "move", "moved", "arrive", "arrived", "return", "returned", "sail", "sailed", "depart", "departed", "trains", "trucks", "cargo",
        "route", "haul", "hauled", "bring", "brought", "come", "came", "head", "headed", "relocate", "relocated",
        "branch", "railway", "road", "highway", "corridor", "pipeline", "ferry",
    ])
    /// Words right before a one-word name that make it a place by themselves ("leave Slonim", "via Ouessa").
    static let kgPlaceVerbs = KeySet(["leave", "leaves", "left", "leaving", "via", "reach", "reaches", "reached", "reaching",
        "linking", "connecting", "reliant", "reliera", "relie", "relier"])
    static let kgFromTo = KeySet(["from", "to", "into", "towards", "toward"])
    /// Nouns of ships: the capitalized name after them (and "the") is a ship's.
    static let kgVesselNouns = KeySet(["vessel", "ship", "tanker", "ferry", "freighter", "boat", "icebreaker", "containership", "barge", "cruiser", "yacht", "navire", "buque", "schiff"])

    static let kgUyHash = Token.hash(TextFolding.key("ủy")), kgChinhHash = Token.hash(TextFolding.key("chính"))
    /// The gate of `kgVietnameseCommittees`: the keys of "ủy" and "chính", whose hashes it starts at.
    static let kgCommitteeCues = KeySet([TextFolding.key("ủy"), TextFolding.key("chính")])

    mutating func refineKnownGapsLatin() {
        guard tokens.contains(where: { $0.script == .latin && $0.kind == .word }) else { return }
        var removed = Set<Int>()
        var added: [Mention] = []
        // (A ship's name needs a vessel noun in the article.)
        let vessels = articleHas(Self.kgVesselNouns)
        // (No sort and no set of place ends: the "and X" case asks the previous word's own context.)
        for n in mentions.indices where mentionKnown(n) == nil && mentionType(n) != .country {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n), from: a),
                  seedLatinWord(a) else { continue }
            let type = mentionType(n)
            if type == .organization, lang.fr, z >= a + 2, orgKeyword(at: a) != nil, let e = kgFrenchPortfolioEnd(z) {
                seedReplace(n, a, e)
                continue
            }
            guard isCap(a) else { continue }
            // "the vessel, the Aral Breeze", "the tanker Baltic Star": a ship's name is no person, place or organization.
            if vessels, type != .place, kgShipName(a) {
                removed.insert(n)
                continue
            }
            if a == z, type == nil || type == .organization && mentionEvidence(n) == .guess, !tokens[a].allCaps, !tokens[a].sentenceStart,
               kgMovementPlace(a) {
                mentions[n].type = .place
                mentions[n].evidence = .cue
                mentions[n].placeContext = true
                continue
            }
        }
        kgRegionBeforePerson(&added)
        if lang.vi { kgVietnameseCommittees(&added, &removed) }
        if removed.isEmpty && added.isEmpty { return }
        replaceMentions(removing: removed, adding: added)
    }

    /// A ship's name starts at `a`: "vessel X", "the vessel X", "the tanker, the X" (a vessel noun, an
    /// optional comma, then "the").
    static let kgHashThe = Token.hash("the"), kgHashComma = Token.hash(",")
    func kgShipName(_ a: Int) -> Bool {
        guard a >= 1 else { return false }
        var k = a - 1
        // (Asked of most one-word names: the keys' hashes compared first, no call. See `keyIs(_:_:hash:)`.)
        if keyIs(k, "the", hash: Self.kgHashThe) { k -= 1 }
        if keyIs(k, ",", hash: Self.kgHashComma) { guard k == a - 2 || keyIs(a - 1, "the") else { return false }; k -= 1 }
        return seedLatinWord(k) && !isCap(k) && Self.kgVesselNouns.contains(tokens[k])
    }

    /// The one-word name at `a` is a place by its movement context: "leave X", "via X", "reach X", a verb
    /// or noun of movement up to six words before "from/to X", or "and X" after such a place.
    func kgMovementPlace(_ a: Int, coordinated: Bool = true) -> Bool {
        guard a >= 1, seedLatinWord(a - 1) else { return false }
        let p = a - 1
        if Self.kgPlaceVerbs.contains(tokens[p]) { return true }
        if coordinated, keyIs(p, "and") || keyIs(p, "et") {
            // "to Oshmyany and Kobrin": the name before "and" is one word in the same context.
            return a >= 2 && seedLatinWord(a - 2) && isCap(a - 2) && !tokens[a - 2].allCaps && (a < 3 || !isCap(a - 3)) && kgMovementPlace(a - 2, coordinated: false)
        }
        guard Self.kgFromTo.contains(tokens[p]) else { return false }
        var k = p - 1
        while k >= 0, p - k <= 6 {
            if tokens[k].kind == .punct, !keyIs(k, ",") { return false }
            if seedLatinWord(k), Self.kgMovementWords.contains(tokens[k]) { return true }
            k -= 1
        }
        return false
    }

    /// "le ministère des Infrastructures" + "et des Transports terrestres": "et" and de/des/du (with la/l'),
    /// capitalized words, and one lowercase adjective that ends the phrase. The index after them.
    func kgFrenchPortfolioEnd(_ z: Int) -> Int? {
        guard z >= 2, isCap(z), !tokens[z].allCaps, keyIs(z + 1, "et") else { return nil }
        var k = z + 2
        guard keyIs(k, "des") || keyIs(k, "de") || keyIs(k, "du") || keyIs(k, "d'") else { return nil }
        k += 1
        if keyIs(k, "la") || keyIs(k, "l'") { k += 1 }
        guard k < tokens.count, seedLatinWord(k), isCap(k), !isCountry[k], !tokens[k].allCaps else { return nil }
        // The head names a portfolio: "des X" or "de l'X" inside the institution before.
        guard keyIs(z - 1, "des") || keyIs(z - 1, "de") || keyIs(z - 1, "du") || keyIs(z - 1, "l'") || keyIs(z - 1, "la") else { return nil }
        var e = k + 1
        while e < tokens.count, seedLatinWord(e), isCap(e), !isCountry[e] { e += 1 }
        if e + 1 <= tokens.count, e < tokens.count, seedLatinWord(e), !isCap(e), !isStopwordKey(e), !isConnector(e),
           e + 1 == tokens.count || tokens[e + 1].kind == .punct || tokens[e + 1].newlineBefore {
            e += 1
        }
        return e
    }

    /// "vùng Bono East Kwasi Ofori-Atta", "Region of Upper East John Mensah": a person's name that opens
    /// with (two words or more of) a place the article names on its own, after a region noun or not, is that
    /// place and the person.
    mutating func kgRegionBeforePerson(_ added: inout [Mention]) {
        guard mentions.indices.contains(where: { mentionType($0) == .person && mentionKnown($0) == nil && mentionWordCount($0) >= 4 }) else { return }
        let places = mentions.indices.filter { mentionType($0) == .place && mentionWordCount($0) >= 2 }.map { mentionWords($0) }
        guard !places.isEmpty else { return }
        for n in mentions.indices where mentionType(n) == .person && mentionKnown(n) == nil && mentionWordCount(n) >= 4 {
            let w = mentionWords(n)
            guard let p = places.filter({ $0.count <= w.count - 2 && w.starts(with: $0) }).max(by: { $0.count < $1.count }),
                  let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n), from: a) else { continue }
            // The place's words are the first tokens (no punctuation inside the person's name before them).
            let b = a + p.count
            guard b <= z, (a..<b).allSatisfy({ seedLatinWord($0) }), isCap(b) else { continue }
            var place = mention(a, b, type: .place, evidence: .cue)
            place.placeContext = true
            added.append(place)
            seedReplace(n, b, z + 1)
        }
    }

    /// "Ủy ban nhân dân thành phố Tuy Hòa", "Chính quyền vùng Bono East": the institution over its unit word
    /// and the place's capitalized syllables.
    mutating func kgVietnameseCommittees(_ added: inout [Mention], _ removed: inout Set<Int>) {
        guard articleHas(Self.kgCommitteeCues) else { return }   // (it starts only at "Ủy" or "Chính")
        var k = 0
        let uyHash = Self.kgUyHash, chinhHash = Self.kgChinhHash   // (read once: a static's lazy check per token was most of the scan)
        while k + 3 < tokens.count {
            defer { k += 1 }
            guard seedLatinWord(k), tokens[k].capitalized, tokens[k].keyHash == uyHash || tokens[k].keyHash == chinhHash else { continue }
            var u: Int
            let f = exactForm(k)
            // (`PlainText.equal`: the plain exact forms compared on bytes, not by `String`'s normalizing `==`.)
            if PlainText.equal(f, "ủy") || PlainText.equal(f, "uỷ") {
                guard PlainText.equal(exactForm(k + 1), "ban"), PlainText.equal(exactForm(k + 2), "nhân"), PlainText.equal(exactForm(k + 3), "dân"), !tokens[k + 2].capitalized else { continue }
                u = k + 4
            } else if PlainText.equal(f, "chính") {
                guard PlainText.equal(exactForm(k + 1), "quyền"), !tokens[k + 1].capitalized else { continue }
                u = k + 2
            } else { continue }
            guard u < tokens.count, seedLatinWord(u), !tokens[u].capitalized else { continue }
            let unit = exactForm(u)
            switch unit {
            case "tỉnh", "huyện", "quận", "xã", "phường", "vùng", "bang", "thị": break
            case "thành": guard u + 1 < tokens.count, exactForm(u + 1) == "phố" else { continue }; u += 1   // ("thành" may end the text)
            default: continue
            }
            if unit == "thị" { guard u + 1 < tokens.count, exactForm(u + 1) == "xã" || exactForm(u + 1) == "trấn" else { continue }; u += 1 }
            // (A unit ending the text names nothing: "Ủy ban nhân dân tỉnh" trapped below, found by fuzzing.)
            guard u + 1 < tokens.count else { continue }
            var e = u + 1
            while e < tokens.count, e - u <= 4, seedLatinWord(e), isCap(e), !isCountry[e], !tokens[e].newlineBefore { e += 1 }
            // A place found there ends the name ("tỉnh Hòa Bình" + a person's name); a person found there
            // (the unit's own committee, then its vice-chairman's name) or inside it stops the rule.
            let s0 = tokens[u + 1].start
            if let p = mentions.indices.first(where: { mentionStart($0) == s0 && mentionType($0) == .place }).map({ mentions[$0] }), let pe = seedTokenIndex(end: p.end, from: u + 1) {
                e = pe + 1
            } else if e > u + 1, mentions.indices.contains(where: { mentionType($0) == .person && mentionStart($0) >= s0 && mentionStart($0) < tokens[e - 1].end }) {
                continue
            }
            guard e > u + 1, !mentions.indices.contains(where: { mentionType($0) == .organization && mentionStart($0) <= tokens[k].start && mentionEnd($0) >= tokens[e - 1].end }) else { continue }
            // Shorter organizations inside go (the place inside stays).
            for o in mentions.indices where mentionType(o) == .organization && mentionKnown(o) == nil
                && mentionStart(o) >= tokens[k].start && mentionEnd(o) <= tokens[e - 1].end { removed.insert(o) }
            added.append(mention(k, e, type: .organization, evidence: .cue))
            k = e - 1
        }
    }
}

/// Arabic (`refineKnownGapsArabic`, after `refineSeedStyleArabic`): names chained by بن/بنت/ولد ("خالد بن
/// سالم بن حمد الراشدي", Mauritanian "محمد ولد عبد الله") as one person, or inside the institution named
/// after them ("جامعة الملك عبد الله بن عبد العزيز"); a person after a title whose complement ends "في"
/// + a definite noun or ل + that noun ("المديرة التنفيذية في الصندوق X Y"); a parliament that ran on
/// into the لـ-word after its country's adjective; a company's indefinite chain over a state's name
/// ("شركة سكك حديد جمهورية X الإسلامية"); a company's foreign words before القابضة or a nisba.
extension NameFinder {
    static let kgArabicParticles = KeySet(["بن", "بنت", "ولد"])
    /// Feminine and other title heads `arabicTitleHeads` lacks ("المديرة التنفيذية في …").
    /// A one-word Bloom filter of their hashes: most words are ruled out by one bit test.
    static let kgArabicMoreTitleBloom: UInt64 = kgArabicMoreTitleHeadList.reduce(0) { $0 | 1 << (Token.hash($1) & 63) }
    static let kgFiHash = Token.hash("في")
    static let kgArabicMoreTitleHeads = KeySet(kgArabicMoreTitleHeadList)
    static let kgArabicMoreTitleHeadList = (["المديره", "مديره", "الرئيسه", "رئيسه", "المسؤول", "المسؤوله", "مسؤول", "الممثل", "الممثله",
        "المفوض", "المفوضه", "نائبه", "مستشار", "مستشاره", "المستشاره", "عميد", "عميده", "المنسق", "المنسقه"] as [String])
    /// Given names that start with و or ف, letters `looksLikeTitledArabicName` otherwise reads as a
    /// conjunction ("فيكتور", "فلاديمير", "وليد"), as written.
    static let kgArabicWawFaGivenNames = KeySet(["فيكتور", "فلاديمير", "فاسيلي", "فيتالي", "فالنتين", "فاليري", "فيودور", "فاديم", "فيصل",
        "فهد", "فريد", "فؤاد", "فرانسوا", "فرانك", "فيليب", "فريدريك", "فرناندو", "فيرناندو", "فرانسيسكو", "فلوران",
        "فابيو", "فيكتوريا", "فالنتينا", "فيرا", "فراس", "فارس", "فايز", "فوزي", "فتحي", "فخري", "فيلكس", "فولفغانغ", "وليد",
        "وائل", "وانغ", "ويليام", "والتر", "وسام", "وجيه", "وحيد", "وديع", "وصفي", "وضاح", "وهيب", "ولاديمير", "وارن", "ويلسون"])
    /// Honorifics that open an institution's eponym ("جامعة الملك …", "مستشفى الأمير …").
    static let kgArabicRoyal = KeySet(["الملك", "الامير", "الاميره", "الشيخ", "السلطان", "الامام"])
    /// Parliaments and councils that end at their country's adjective.
    static let kgArabicParliaments = KeySet(["مجلس", "البرلمان", "الكونغرس", "الكنيست"])
    static let kgArabicStateNouns = KeySet(["جمهوريه", "مملكه", "دوله", "سلطنه", "اماره", "اتحاد"])
    /// Definite words that end a company's name ("… القابضة", "… المحدودة").
    static let kgArabicCompanyForms = KeySet(["القابضه", "المحدوده", "المساهمه", "العامه"])

    @inline(__always) func kgArabicKey(_ k: Int, _ key: String) -> Bool { seedArabicWord(k) && PhraseMatcher.same(tokens[k].key, key) }

    /// A word that can be one word of a person's name after a particle: no article, stopword (but علي),
    /// time word, head, country or conjunction.
    func kgArabicNameWord(_ k: Int) -> Bool {
        guard seedArabicWord(k), !isCountry[k], !isArabicDefinite(k) else { return false }
        if kgArabicKey(k, "علي") { return true }
        let f = arabicFlags(k)
        return !f.contains(.stop) && !f.contains(.timeWord) && !f.contains(.head) && !f.contains(.speechVerb)
            && !Self.kgArabicParticles.contains(tokens[k]) && arabicTitledNameLike(k)
    }

    /// The name words from `r`: "عبد"/"ابو" + the next word, or one plain name word. The index after them.
    func kgArabicNameUnit(_ r: Int) -> Int? {
        if kgArabicKey(r, "عبد") || kgArabicKey(r, "ابو"), seedArabicWord(r + 1), !isCountry[r + 1] { return r + 2 }
        return kgArabicNameWord(r) ? r + 1 : nil
    }

    mutating func refineKnownGapsArabic() {
        guard hasArabic else { return }
        seedMarkMentions()
        kgArabicParticleNames()
        kgArabicNamesAfterInstitutionNoun()
        kgArabicOrganizationEnds()
    }

    mutating func kgArabicParticleNames() {
        guard articleHas(Self.kgArabicParticles) else { return }   // (it acts only at بن, بنت or ولد)
        var k = 1
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let kgArabicParticles = Self.kgArabicParticles, arabicHonorifics = Self.arabicHonorifics, kgArabicRoyal = Self.kgArabicRoyal
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard seedArabicWord(k), kgArabicParticles.contains(tokens[k]), seedArabicWord(k - 1),
                  var e = kgArabicNameUnit(k + 1) else { continue }
            // More particles: "بن سالم بن حمد".
            while e + 1 < tokens.count, seedArabicWord(e), kgArabicParticles.contains(tokens[e]), let f = kgArabicNameUnit(e + 1) { e = f }
            // A family name with the article that is no country, head, stopword or feminine noun ("الراشدي", "اليوسف"),
            // or a compound given name that ends the phrase ("ولد سيدي محمد أن …").
            if e < tokens.count, seedArabicWord(e), isArabicDefinite(e), !isCountry[e], !NameFinder.arabicHasSuffix(tokens[e].text, "ة"), !NameFinder.arabicHasSuffix(tokens[e].key, "ات"),
               !arabicFlags(e).contains(.head), !arabicFlags(e).contains(.stop), !arabicFlags(e).contains(.timeWord) {
                e += 1
            } else if e + 1 <= tokens.count, kgArabicNameWord(e), kgArabicCloses(e + 1) {
                e += 1
            }
            // The given name before the particle ("عبد الله" counts as one).
            var l = k - 1
            if l >= 1, kgArabicKey(l - 1, "عبد") { l -= 1 }
            let leftOK: Bool = {
                guard seedArabicWord(l), !isCountry[l] else { return false }
                let f = arabicFlags(l)
                if f.contains(.stop) || f.contains(.timeWord) || f.contains(.head) || f.contains(.speechVerb) { return false }
                if arabicHonorifics.contains(tokens[l]) || kgArabicRoyal.contains(tokens[l]) { return false }
                return l < k - 1 || arabicTitledNameLike(l)
            }()
            // A name found before it ends right before the particle ("محمد الأمين" + "ولد أحمد").
            let before = mentions.indices.first(where: { mentionType($0) == .person && mentionKnown($0) == nil && mentionEnd($0) == tokens[k - 1].end }).map({ mentions[$0] })
            guard leftOK || before != nil else { continue }
            let s = tokens[l].start, t = tokens[e - 1].end
            if mentions.indices.contains(where: { mentionKnown($0) != nil && mentionType($0) != .country && mentionStart($0) < t && mentionEnd($0) > s }) { continue }
            // Found whole already.
            if mentions.indices.contains(where: { mentionType($0) == .person && mentionStart($0) <= s && mentionEnd($0) >= t }) { continue }
            // Inside an institution named after the person: the institution runs to the name's end.
            if let o = firstMentionIndex(where: { m in
                m.type == .organization && m.known == nil && m.end <= t && (m.start < s && m.end > s
                    || seedTokenIndex(end: m.end).map { z in z == l - 1 && kgArabicRoyal.contains(tokens[z]) } == true)
            }), let a = seedSpan(o)?.0 {
                let start = mentionStart(o)
                mentions.removeAll { $0.known == nil && $0.type != .country && $0.start >= start && $0.end <= t && !($0.start == start && $0.type == .organization) }
                if let o2 = mentions.indices.first(where: { mentionStart($0) == start && mentionType($0) == .organization && mentionKnown($0) == nil }) {
                    let clitic = mentionStart(o2) != tokens[a].start
                    var m = mention(a, e, type: .organization, evidence: .cue)
                    if clitic { m = seedWithoutHeadClitic(m, head: a) }
                    m.variants = mentions[o2].variants
                    mentions[o2] = m
                }
                for x in a..<e { covered[x] = true }
                k = e - 1
                continue
            }
            // A name found before it ("محمد الأمين" + "ولد أحمد"), or one more given name after a title ("الدكتور سيدي محمد ولد …").
            var b = l
            if let p = before, let pa = seedTokenIndex(start: p.start) {
                b = pa
            } else if let p = mentions.indices.first(where: { mentionType($0) == .person && mentionKnown($0) == nil && l >= 1 && mentionEnd($0) == tokens[l - 1].end }).map({ mentions[$0] }),
               let pa = seedTokenIndex(start: p.start) {
                b = pa
            } else if l >= 2, kgArabicNameWord(l - 1), seedArabicWord(l - 2),
                      arabicFlags(l - 2).contains(.titledNameHead) || arabicHonorifics.contains(tokens[l - 2]) || isCountry[l - 2] {
                b = l - 1
            }
            let bs = tokens[b].start
            mentions.removeAll { $0.known == nil && ($0.type == .person || $0.type == nil) && $0.start < t && $0.end > bs }
            for x in b..<e where isCountry[x] { uncountry(x) }
            mentions.append(mention(b, e, type: .person, evidence: .cue))
            for x in b..<e { covered[x] = true }
            k = e - 1
        }
    }

    /// "وقالت المديرة التنفيذية في الصندوق سلمى عبد الكريم الحسيني إن …", "… للمصرف سلمى …": a title head
    /// up to five words before "في" + a definite noun (or that noun with ل), then two to four name words
    /// that close their phrase.
    mutating func kgArabicNamesAfterInstitutionNoun() {
        var k = 1
        // The last title head seen (cached word flags, and the stored hashes of the extra heads: no key read per token).
        var lastTitle = -100
        if seedArabicWord(0), arabicFlags(0).contains(.titledNameHead) { lastTitle = 0 }
        // (Read once: a static's every read calls `swift_once`, and these are read for every Arabic word.)
        let bloom = Self.kgArabicMoreTitleBloom, fiHash = Self.kgFiHash
        while k + 2 < tokens.count {
            defer { k += 1 }
            guard seedArabicWord(k) else { continue }
            let f = arabicFlags(k)
            if f.contains(.titledNameHead) || bloom & 1 << (tokens[k].keyHash & 63) != 0
                && Self.kgArabicMoreTitleHeads.contains(tokens[k]) {
                lastTitle = k
                continue
            }
            guard k - lastTitle <= 5 else { continue }
            var noun: Int
            if tokens[k].keyHash == fiHash, tokens[k].keyEquals("في"), seedArabicWord(k + 1), isArabicDefinite(k + 1) { noun = k + 1 }
            else if NameFinder.arabicHasPrefix(tokens[k].key, "لل"), PlainText.count(tokens[k].key) >= 5 { noun = k }
            else { continue }
            guard !isCountry[noun], !arabicFlags(noun).contains(.stop) else { continue }
            var c = noun + 1
            var e = c
            var words = 0
            while e < tokens.count, words < 4 {
                if let f = kgArabicNameUnit(e) { words += f - e; e = f; continue }
                if words >= 1, seedArabicWord(e), isArabicDefinite(e), !isCountry[e], !NameFinder.arabicHasSuffix(tokens[e].text, "ة"), !NameFinder.arabicHasSuffix(tokens[e].key, "ات"),
                   !arabicFlags(e).contains(.head), !arabicFlags(e).contains(.stop), !arabicFlags(e).contains(.timeWord) { e += 1; words += 1 }
                break
            }
            guard words >= 2, c < e else { continue }
            guard kgArabicCloses(e) else { continue }
            let s = tokens[c].start, t = tokens[e - 1].end
            if mentions.indices.contains(where: { mentionKnown($0) != nil && mentionType($0) != .country && mentionStart($0) < t && mentionEnd($0) > s }) { continue }
            // An institution that ran on into the name ends at its noun.
            if let o = mentions.indices.first(where: { mentionType($0) == .organization && mentionKnown($0) == nil && mentionEnd($0) > s && mentionStart($0) < s }), let a = seedSpan(o)?.0, a <= noun {
                // (The noun alone, "للمصرف", names nothing.)
                if a == noun { mentions.remove(at: o) } else {
                let clitic = mentionStart(o) != tokens[a].start
                var m = mention(a, noun + 1, type: .organization, evidence: mentionEvidence(o))
                if clitic { m = seedWithoutHeadClitic(m, head: a) }
                mentions[o] = m
                }
            }
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.type != .organization && $0.start < t && $0.end > s }
            mentions.append(mention(c, e, type: .person, evidence: .cue))
            for x in c..<e { covered[x] = true }
            c = e
            k = e - 1
        }
    }

    /// Organization ends: a parliament cut at its country's adjective ("مجلس الشورى العماني" + "للقانون"),
    /// a company running over indefinite nouns and a state's name ("شركة سكك" + "حديد جمهورية X الإسلامية"),
    /// and foreign words after "شركة X" up to القابضة or a nisba ("شركة X Y القابضة").
    mutating func kgArabicOrganizationEnds() {
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil {
            guard let (a, z) = seedSpan(n), seedArabicWord(a), seedArabicWord(z) else { continue }
            let head = tokens[a].stems.contains { Self.kgArabicParliaments.contains($0) }
            if head, z >= a + 2, let i = (a + 2...z).first(where: { isCountry[$0 - 1] && !isCountry[$0] && seedArabicWord($0) && NameFinder.arabicHasPrefix(tokens[$0].key, "ل") }) {
                let clitic = mentionStart(n) != tokens[a].start
                var m = mention(a, i, type: .organization, evidence: mentionEvidence(n))
                if clitic { m = seedWithoutHeadClitic(m, head: a) }
                mentions[n] = m
                continue
            }
            guard arabicFlags(a).contains(.companyHead) || arabicFlags(a).contains(.orgHead), z <= a + 2 else { continue }
            // Indefinite nouns, then a state noun, its country and the country's adjectives.
            var e = z + 1
            while e < tokens.count, e - z <= 3, seedArabicWord(e), !isArabicDefinite(e), !isCountry[e], !arabicFlags(e).contains(.stop),
                  !Self.kgArabicStateNouns.contains(tokens[e]) { e += 1 }
            if e < tokens.count, seedArabicWord(e), Self.kgArabicStateNouns.contains(tokens[e]), e + 1 < tokens.count, isCountry[e + 1] {
                var f = e + 2
                while f < tokens.count, seedArabicWord(f), isArabicDefinite(f), NameFinder.arabicHasSuffix(tokens[f].key, "يه") || NameFinder.arabicHasSuffix(tokens[f].key, "ه"),
                      !arabicFlags(f).contains(.head), f - e <= 4 { f += 1 }
                kgExtendArabicOrganization(n, a, f)
                continue
            }
            // "شركة نيمان" + "أفتو القابضة": foreign words up to a company form (kept) or a country's adjective (not kept).
            guard arabicFlags(a).contains(.companyHead), z == a + 1, !isArabicDefinite(z) else { continue }
            e = z + 1
            while e < tokens.count, e - z <= 4, seedPlainName(e), !NameFinder.arabicHasSuffix(tokens[e].text, "ة"), !NameFinder.arabicHasSuffix(tokens[e].key, "ات") { e += 1 }
            guard e > z + 1, e < tokens.count, seedArabicWord(e) else { continue }
            if Self.kgArabicCompanyForms.contains(tokens[e]) { kgExtendArabicOrganization(n, a, e + 1) }
            else if isCountry[e], isArabicDefinite(e) { kgExtendArabicOrganization(n, a, e) }
        }
    }

    /// The word at `e` closes a name: punctuation, the end, a stopword, a speech verb, أن/إن or a word with و.
    func kgArabicCloses(_ e: Int) -> Bool {
        e >= tokens.count || tokens[e].kind != .word || arabicFlags(e).contains(.stop) || arabicFlags(e).contains(.speechVerb)
            || arabicFlags(e).contains(.timeWord) || tokens[e].keyEquals("ان") || NameFinder.arabicHasPrefix(tokens[e].key, "و") && tokens[e].spaceBefore
    }

    mutating func kgExtendArabicOrganization(_ n: Int, _ a: Int, _ e: Int) {
        let clitic = mentionStart(n) != tokens[a].start
        var m = mention(a, e, type: .organization, evidence: mentionEvidence(n))
        if clitic { m = seedWithoutHeadClitic(m, head: a) }
        m.variants = mentions[n].variants
        mentions[n] = m
    }
}

/// Chinese (`refineKnownGapsHan`, after `discoverHan`): the city of a Xinhua dateline whatever its characters
/// ("新华社X11月30日电"), a state before 州务大臣 ("X州务大臣"), a place found once and then named again
/// with no cue, or before 港/州 ("在X举行", "抵达X港"), and embassies ("中国驻X大使馆").
extension NameFinder {
    static let kgHanEmbassySuffixes: [[UInt32]] = ["大使馆", "总领事馆", "领事馆", "使馆", "代表处"].map(hanCodes)
    static let kgHanStateMinister = hanCodes("州务大臣")
    /// 及 joins a ministry's last portfolio like 和 ("投资贸易及工业部"; see `hanConjunctionInsideName`).
    static let kgHanJiCode = hanCode("及")
    static let kgHanZhu = hanCode("驻"), kgHanShe = hanCode("社"), kgHanZhou = hanCode("州"), kgHanGang = hanCode("港")
    /// Characters after a place named again that keep it a word of its own (a verb, a function word, a port or state).
    static let kgHanAfterPlace = HanCharSet("举召开出投设建签与和、港州市的，。等发合作")

    /// The grouping words of a Han place `name`: those of a place found with its 市/州/省/县 ("凭祥" joins "凭祥市").
    func kgHanGroupWords(_ name: String) -> [String] {
        for mi in mentions.indices where mentionType(mi) == .place && mentionSurface(mi).hasPrefix(name) && mentionSurface(mi).unicodeScalars.count == name.unicodeScalars.count + 1 {
            let m = mentions[mi]
            if let last = m.surface.unicodeScalars.last, NameFinder.hanAdministrativeSuffixes.contains(last) { return m.words }
        }
        return [name]
    }

    mutating func refineKnownGapsHan() {
        var places: [[UInt32]] = []   // discovered (or known) Han place names of the article, as code points
        func note(_ codes: [UInt32]) { if codes.count >= 2, codes.count <= 5, !places.contains(codes) { places.append(codes) } }
        for mi in mentions.indices where mentionType(mi) == .place && mentionSurface(mi).unicodeScalars.allSatisfy({ TextFolding.isHan($0) }) {
            let m = mentions[mi]
            let codes = m.surface.unicodeScalars.map(Self.hanCode)
            note(codes)
            // "北海市" is named "北海" too ("北海与关丹", "北海港").
            if codes.count >= 3, let last = m.surface.unicodeScalars.last, NameFinder.hanAdministrativeSuffixes.contains(last) { note(Array(codes.dropLast())) }
        }
        var added: [Mention] = []
        var removed: [(Int, Int)] = []
        for index in tokens.indices where tokens[index].script == .han {
            guard tokens[index].end - tokens[index].start >= 3 else { continue }
            let t = token(index)
            // Only runs holding 社 (a dateline), 州 or 驻 are looked at (no arrays built for the others).
            guard hanRunCodes(index).contains(where: { c in c == Self.kgHanShe || c == Self.kgHanZhou || c == Self.kgHanZhu })
            else { continue }
            let scalars = hanRunScalars(index)
            let chars = hanRunCodes(index)
            let n = chars.count
            var taken: [Range<Int>] = []
            for mi in mentions.indices where mentionEnd(mi) > t.start && mentionStart(mi) < t.end {
                taken.append(max(0, mentionStart(mi) - t.start)..<min(n, mentionEnd(mi) - t.start))
            }
            func free(_ r: Range<Int>) -> Bool { !taken.contains { $0.overlaps(r) } }
            func add(_ r: Range<Int>, _ type: EntityType) {
                let (s, e) = hanSpan(t, scalars, r.lowerBound, r.count)
                let name = Self.hanString(scalars, r.lowerBound, r.upperBound)
                var m = Mention(surface: name, start: s, end: e, type: type, evidence: .cue, words: kgHanGroupWords(name))
                m.placeContext = type == .place
                added.append(m)
                taken.append(r)
                if type == .place { note(Array(chars[r])) }
            }
            // A dateline: "新华社" + a city of two to four characters + the date.
            if index + 1 < tokens.count, tokens[index + 1].kind == .number, !tokens[index + 1].spaceBefore {
                var s = n - 1
                while s > 0, n - s < 5, chars[s - 1] != Self.kgHanShe { s -= 1 }
                // ("新华社记者5日…": a title is no city.)
                if s >= 1, chars[s - 1] == Self.kgHanShe, n - s >= 2, free(s..<n),
                   !Self.hanTitleCodes.contains(where: { $0.count == n - s && Self.hanMatches(chars, $0, at: s) }) { add(s..<n, .place) }
            }
            // "彭亨州务大臣": the state is the characters before 州务大臣 and its 州.
            var p = 2
            while p + Self.kgHanStateMinister.count <= n {
                if chars[p] == Self.kgHanZhou, Self.hanMatches(chars, Self.kgHanStateMinister, at: p) {
                    var s = p
                    while s > 0, p - s < 4, !Self.hanOrgLeftStopSet.contains(chars[s - 1]), free((s - 1)..<s) { s -= 1 }
                    if p - s >= 2, s == 0 || Self.hanOrgLeftStopSet.contains(chars[s - 1]) || !free((s - 1)..<s) { add(s..<(p + 1), .place) }
                }
                p += 1
            }
            // "中国驻马来西亚大使馆": a country, 驻, a country or place, and the mission's noun.
            p = 1
            while p + 3 < n {
                defer { p += 1 }
                guard chars[p] == Self.kgHanZhu, let left = taken.first(where: { $0.upperBound == p }),
                      let right = taken.first(where: { $0.lowerBound == p + 1 }),
                      let suffix = Self.kgHanEmbassySuffixes.first(where: { Self.hanMatches(chars, $0, at: right.upperBound) }) else { continue }
                let r = left.lowerBound..<(right.upperBound + suffix.count)
                let (s, e) = hanSpan(t, scalars, r.lowerBound, r.count)
                removed.append((s, e))
                let name = Self.hanString(scalars, r.lowerBound, r.upperBound)
                added.append(Mention(surface: name, start: s, end: e, type: .organization, evidence: .cue, words: [name]))
            }
        }
        // A place found once, named again where nothing else was found: after a boundary, before a verb, 港 or 州.
        if !places.isEmpty {
            // Parks and zones found without a place ("钢铁产业园"): named again right after a place, they are that place's.
            let parks = mentions.indices.filter { mentionType($0) == .place && mentionKnown($0) == nil && (PlainText.hasSuffix(mentionSurface($0), "园") || PlainText.hasSuffix(mentionSurface($0), "区"))
                && mentionSurface($0).unicodeScalars.count >= 3 }.map { mentions[$0] }.map { $0.surface.unicodeScalars.map(Self.hanCode) }
            var firsts: [UInt32] = []
            for place in places where !firsts.contains(place[0]) { firsts.append(place[0]) }
            var taken: [Range<Int>] = []   // (emptied for each run, its buffer kept: one array was allocated and regrown per run)
            for index in tokens.indices where tokens[index].script == .han && tokens[index].end - tokens[index].start >= 2 {
                let t = token(index)
                // Runs with no place's first character are skipped before any array is built.
                guard hanRunCodes(index).contains(where: { firsts.contains($0) }) else { continue }
                let scalars = hanRunScalars(index)
                let chars = hanRunCodes(index)
                let n = chars.count
                taken.removeAll(keepingCapacity: true)
                for mi in mentions.indices where mentionEnd(mi) > t.start && mentionStart(mi) < t.end { taken.append(max(0, mentionStart(mi) - t.start)..<min(n, mentionEnd(mi) - t.start)) }
                for m in added where m.end > t.start && m.start < t.end { taken.append(max(0, m.start - t.start)..<min(n, m.end - t.start)) }
                var p = 0
                while p + 1 < n {
                    var hit: Range<Int>? = nil
                    for place in places where p + place.count <= n && Self.hanMatches(chars, place, at: p) {
                        let r = p..<(p + place.count)
                        guard !taken.contains(where: { $0.overlaps(r) }) else { continue }
                        let leftOK = p == 0 || Self.hanOrgLeftStopSet.contains(chars[p - 1]) || Self.hanPlaceLeftBoundSet.contains(chars[p - 1])
                            || chars[p - 1] == Self.hanCode("来") || taken.contains { $0.upperBound == p }
                            || p >= 2 && Self.hanVerbPairs.contains(UInt64(chars[p - 2]) << 32 | UInt64(chars[p - 1]))
                        let rightOK = r.upperBound == n || Self.kgHanAfterPlace.contains(chars[r.upperBound]) || taken.contains { $0.lowerBound == r.upperBound }
                            || places.contains { $0 != place && r.upperBound + $0.count <= n && Self.hanMatches(chars, $0, at: r.upperBound) }
                        if leftOK && rightOK { hit = r; break }
                    }
                    guard let r = hit else { p += 1; continue }
                    // With 港 after it, the port ("关丹港"); with 州, the state; else the place itself.
                    var full = r
                    var park: [UInt32]? = parks.first(where: { r.upperBound + $0.count <= n && Self.hanMatches(chars, $0, at: r.upperBound) })
                    if let park {
                        full = r.lowerBound..<(r.upperBound + park.count)
                    } else if r.upperBound < n, chars[r.upperBound] == Self.kgHanGang, r.upperBound + 1 == n || !Self.hanPortBlockedNext.contains(chars[r.upperBound + 1]) {
                        full = r.lowerBound..<(r.upperBound + 1)
                    }
                    let (s, e) = hanSpan(t, scalars, full.lowerBound, full.count)
                    let name = Self.hanString(scalars, full.lowerBound, full.upperBound)
                    var m = Mention(surface: name, start: s, end: e, type: .place, evidence: .cue, words: kgHanGroupWords(name))
                    m.placeContext = true
                    added.append(m)
                    taken.append(full)
                    p = full.upperBound
                    // The park named alone elsewhere ("钢铁产业园已…") is this one.
                    if let codes = park {
                        for o in mentions.indices where mentionType(o) == .place && mentionKnown(o) == nil
                            && mentionSurface(o).unicodeScalars.map(Self.hanCode) == codes { mentions[o].words = m.words }
                        park = nil
                    }
                }
            }
        }
        if removed.isEmpty && added.isEmpty { return }
        if !removed.isEmpty {
            mentions.removeAll { m in m.known == nil && m.type == .organization && removed.contains { m.start >= $0.0 && m.end <= $0.1 } }
        }
        mentions += added
    }
}
