import Foundation

/// Arabic leftovers of session 15 (issue 4; holdout26's, holdout20's and holdout11's Left lists): people after the
/// honorifics الأستاذ/المواطن, a bar or a company read as a person after a clitic, institutions named by a foreign or
/// definite word before a لل- field (مستشفى X للأطفال, كلية X للعلوم الصحية), an exchange named by its country or city
/// (بورصة X), and places coordinated with و after a place that follows من/في/إلى. One pass after refineHoldout26, gated
/// on Arabic script; each scan asks one hashed key per Arabic word and looks further only on a hit.
extension NameFinder {
    mutating func refineAr15() {
        if hasArabic { ar15Arabic() }
    }

    /// Honorifics a person's name follows ("الأستاذ محمد الأمين", "المواطن سالم راشد").
    static let ar15HonorificTexts = ["الأستاذ", "الأستاذة", "المواطن", "المواطنة"]
    static let ar15Honorifics = h18Keys(ar15HonorificTexts)
    /// Heads of bodies that open no person ("المحامي بهيئة المحامين بالرباط" is the bar, not a person).
    static let ar15BodyHeadTexts = ["هيئة", "شركة", "مؤسسة", "جمعية", "نقابة", "غرفة", "مجلس", "لجنة", "وزارة", "جامعة", "مركز", "معهد", "مديرية"]
    static let ar15BodyHeads = h18Keys(ar15BodyHeadTexts)
    /// Institution heads whose name may be a foreign or definite word before a لل- field ("مستشفى X للأطفال", "كلية X للعلوم").
    static let ar15InstitutionHeadTexts = ["مستشفى", "كلية", "مدرسة", "أكاديمية", "عيادة"]
    static let ar15InstitutionHeads = h18Keys(ar15InstitutionHeadTexts)
    /// Words after such a head that describe it, no name ("مستشفى ميداني للعلاج", "مستشفى قريب").
    static let ar15GenericAdjectives = h18Keys(["ميداني", "قريب", "خاص", "حكومي", "عام", "جديد", "كبير", "متخصص", "آخر", "واحد", "جامعي",
        "مركزي", "متنقل", "صغير", "خاصة", "حكومية", "جديدة", "كبيرة", "عامة", "أخرى", "واحدة", "الميداني", "الحكومي", "الخاص", "العام",
        "الجديد", "الجامعي", "المركزي", "المتنقل", "الحكومية", "الخاصة", "الجديدة", "العامة"])
    static let ar15ExchangeTexts = ["بورصة"]
    static let ar15Exchange = h18Keys(ar15ExchangeTexts)
    /// Prepositions a list of places follows ("من العين والظفرة والفجيرة").
    static let ar15ListPrepositions = h18Keys(["من", "في", "إلى", "بين"])
    /// Common nouns that close such a list and are no places ("في دبي والمنطقة", "من الرياض والخارج").
    static let ar15NotListedPlaces = h18Keys(["والمنطقة", "والعالم", "والخارج", "والداخل", "والدولة", "والمدينة", "والقرى", "والريف",
        "والضواحي", "والمحافظات", "والمدن", "والبلاد", "والأرياف", "والمناطق", "والعاصمة", "والإقليم", "والجوار", "والمحيط", "والشركات",
        "والحكومة", "والقطاع", "والسوق", "والأسواق", "والمجتمع", "والعالمي", "والدولي", "والإقليمي", "والمحلي", "والوطني"])

    /// Length of the clitic (0 or one letter و، ب، ل، ف) before the head among `texts` at token `k`, or nil.
    func ar15Head(_ k: Int, _ keys: KeySet, _ texts: [String]) -> Int? {
        guard let h = l14ArabicHead(k, keys, texts) else { return nil }
        let c = PlainText.count(tokens[k].text) - h
        return c <= 1 ? c : nil
    }

    /// Token `k` is a common given name (with the clitic و dropped when `clitic`).
    func ar15Given(_ k: Int, clitic: Bool = false) -> Bool {
        guard h18ArabicWord(k) else { return false }
        if !clitic { return Self.arabicCommonGivenNames.contains(tokens[k]) || lex.givenNames.contains(tokens[k]) }
        guard NameFinder.arabicHasPrefix(tokens[k].text, "و"), PlainText.count(tokens[k].text) >= 4 else { return false }
        let key = String(tokens[k].key.unicodeScalars.dropFirst())
        return Self.arabicCommonGivenNames.contains(key) || lex.givenNames.contains(key)
    }

    /// Persons at `k` (see ar15Arabic): the end of what was added, or nil.
    mutating func ar15NamedPair(_ k: Int) -> Int? {
        let n = tokens.count
        func closes(_ j: Int) -> Bool { j >= n || tokens[j].kind == .punct || h18ArabicIn(j, Self.h18ArabicStops) || h18ArabicWord(j) && NameFinder.arabicHasPrefix(tokens[j].text, "ب") && !h18Article(j) }
        // Between commas.
        if k >= 1, h26Punct(k - 1, "،"), h26Punct(k + 2, "،") || h26Punct(k + 3, "،"), h26MentionOver(k) == nil, h26MentionOver(k + 1) == nil {
            if ar15Given(k), h26Punct(k + 2, "،") {
                h18Put(mention(k, k + 2, type: .person, evidence: .cue)); return k + 2
            }
            if PhraseMatcher.same(tokens[k].key, Self.ar15Abd), h18ArabicWord(k + 2), h18Article(k + 2), h26Punct(k + 3, "،") {
                h18Put(mention(k, k + 3, type: .person, evidence: .cue)); return k + 3
            }
        }
        // Two names joined by و.
        if h18ArabicWord(k + 3), h18Article(k + 3), closes(k + 4), ar15Given(k), ar15Given(k + 2, clitic: true),
           h26MentionOver(k) == nil, h26MentionOver(k + 1) == nil, h26MentionOver(k + 2) == nil, h26MentionOver(k + 3) == nil {
            h18Put(mention(k, k + 2, type: .person, evidence: .cue))
            h18Put(l14DropClitic(mention(k + 2, k + 4, type: .person, evidence: .cue), 1))
            return k + 4
        }
        return nil
    }
    static let ar15Abd = TextFolding.key("عبد")
    /// Every key a scan of ar15Arabic opens on, with its clitic forms: one hashed lookup per Arabic word.
    static let ar15Triggers = KeySet(h20Clitics(Set((ar15HonorificTexts + ar15InstitutionHeadTexts + ar15ExchangeTexts).map { TextFolding.key($0) }),
        article: false) + ["من", "في", "إلى", "بين"].map { TextFolding.key($0) })

    @inline(__always) func ar15EndsLikeNoun(_ t: String) -> Bool {
        NameFinder.arabicHasSuffix(t, "ية") || NameFinder.arabicHasSuffix(t, "ات") || NameFinder.arabicHasSuffix(t, "ين") || NameFinder.arabicHasSuffix(t, "ون")
    }

    mutating func ar15Arabic() {
        let n = tokens.count
        guard n > 2 else { return }
        // A person read from a body's head after a clitic ("المحامي بهيئة المحامين بمراكش"): the body, with the town
        // after بـ that closes it.
        var drop = Set<Int>(), added: [Mention] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let ar15BodyHeads = Self.ar15BodyHeads, ar15BodyHeadTexts = Self.ar15BodyHeadTexts, ar15Honorifics = Self.ar15Honorifics,
            ar15HonorificTexts = Self.ar15HonorificTexts, h18ArabicStops = Self.h18ArabicStops,
            ar15InstitutionHeads = Self.ar15InstitutionHeads, ar15InstitutionHeadTexts = Self.ar15InstitutionHeadTexts,
            ar15GenericAdjectives = Self.ar15GenericAdjectives, ar15Exchange = Self.ar15Exchange,
            ar15ExchangeTexts = Self.ar15ExchangeTexts, ar15ListPrepositions = Self.ar15ListPrepositions,
            ar15NotListedPlaces = Self.ar15NotListedPlaces
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), tokens[a].script == .arabic, z > a, let c = ar15Head(a, ar15BodyHeads, ar15BodyHeadTexts) else { continue }
            var e = z + 1
            if e < n, h18ArabicWord(e), NameFinder.arabicHasPrefix(tokens[e].text, "ب"), let p = h26MentionOver(e), mentionType(p) == .place || mentionType(p) == .country { e += 1 }
            drop.insert(i)
            added.append(l14DropClitic(mention(a, e, type: .organization, evidence: .cue), c))
        }
        if !drop.isEmpty { replaceMentions(removing: drop); for m in added { h18Put(m, overKnown: true) } }

        // (The trigger set every Arabic word is asked about, read once: a static's every read calls `swift_once`.)
        let triggers = Self.ar15Triggers
        var k = 0
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic else { continue }
            // "، عبد الإله الورزازي،": a given name (or عبد + a definite word) and a family name with the article between
            // commas; "ياسين التدلاوي ونادية الصنهاجي": two such names joined by و before a stop or a بـ word.
            if k + 2 < n, h18ArabicWord(k + 1), h18Article(k + 1), k >= 1 && h26Punct(k - 1, "،") || NameFinder.arabicHasPrefix(tokens[k + 2].text, "و"),
               let e = ar15NamedPair(k) {
                k = e - 1
                continue
            }
            guard h19Key(k, triggers) else { continue }
            // "الأستاذ محمد أمين الفيلالي", "المواطن خليفة سالم الظاهري": a person after an honorific.
            if h19Key(k, ar15Honorifics) || tokens[k].stems.contains(where: { ar15Honorifics.contains($0) }) && ar15Head(k, ar15Honorifics, ar15HonorificTexts) != nil {
                guard h18ArabicWord(k + 1), h18ArabicWord(k + 2), !h18Article(k + 1), !h18ArabicIn(k + 1, h18ArabicStops) else { continue }
                if let e = h18PersonAfterHonorific(k) { k = e - 1 }
                continue
            }
            // "مستشفى سانت أوغسطين للأطفال", "كلية الواحة للعلوم الصحية": a head, one to three name words and a لل- field.
            if let c = ar15Head(k, ar15InstitutionHeads, ar15InstitutionHeadTexts) {
                guard h18ArabicWord(k + 1), !h18ArabicIn(k + 1, ar15GenericAdjectives), !h18ArabicIn(k + 1, h18ArabicStops),
                      !NameFinder.arabicHasPrefix(tokens[k + 1].text, "لل") else { continue }
                var j = k + 1
                while j - k <= 3, h18ArabicWord(j), !NameFinder.arabicHasPrefix(tokens[j].text, "لل"), !h18ArabicIn(j, h18ArabicStops) { j += 1 }
                guard h18ArabicWord(j), NameFinder.arabicHasPrefix(tokens[j].text, "لل"), PlainText.count(tokens[j].text) >= 5 else { continue }
                var e = j + 1
                while e - j <= 2, h18ArabicWord(e), h18Article(e), NameFinder.arabicHasSuffix(tokens[e].text, "ية") || NameFinder.arabicHasSuffix(tokens[e].text, "ي") { e += 1 }
                h18Put(l14DropClitic(mention(k, e, type: .organization, evidence: .cue), c))
                k = e - 1
                continue
            }
            // "لبورصة قطر", "بورصة عمان": an exchange named by its country or city.
            if let c = ar15Head(k, ar15Exchange, ar15ExchangeTexts), h18ArabicWord(k + 1),
               isCountry[k + 1] || h26MentionOver(k + 1).map({ mentionType($0) == .place || mentionType($0) == .country }) == true {
                let m = l14DropClitic(mention(k, k + 2, type: .organization, evidence: .cue), c)
                if !anyMention(where: { $0.type == .organization && $0.start <= m.start && $0.end >= m.end }) { h18Put(m, overKnown: true) }
                k += 1
                continue
            }
            // "من العين والظفرة والفجيرة": words with و and the article after a place after من/في/إلى are places when
            // two follow, or one closes the clause.
            // The first place is a place mention, or a word a place mention of the article ends with ("العين").
            if h19Key(k, ar15ListPrepositions), k + 2 < n, h18ArabicWord(k + 1), NameFinder.arabicHasPrefix(tokens[k + 2].text, "وال") {
                var z = -1
                if let p = h26MentionOver(k + 1) {
                    if mentionType(p) == .place, mentionStart(p) >= tokens[k + 1].start, let (_, pz) = seedSpan(p) { z = pz }
                } else if h18Article(k + 1), anyMention(where: { $0.type == .place && $0.words.count <= 2 && $0.words.last.map { PhraseMatcher.same($0, tokens[k + 1].key) } == true }) {
                    z = k + 1
                }
                guard z > k else { continue }
                var j = z + 1, items: [Int] = []
                while j < n, h18ArabicWord(j) {
                    let t = tokens[j].text
                    if let q = h26MentionOver(j) {
                        guard mentionType(q) == .place, NameFinder.arabicHasPrefix(t, "و") else { break }
                        j += 1; continue
                    }
                    guard NameFinder.arabicHasPrefix(t, "وال"), t.count >= 5, !ar15EndsLikeNoun(t), !h19Key(j, ar15NotListedPlaces) else { break }
                    items.append(j); j += 1
                }
                let closes = j >= n || tokens[j].kind == .punct || h18ArabicIn(j, h18ArabicStops)
                if !items.isEmpty, items.count >= 2 || closes {
                    for x in items { mentions.append(l14DropClitic(h18Place(x, x + 1), 1)) }
                }
                k = j - 1
            }
        }
    }
}
