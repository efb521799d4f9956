import Foundation

/// Session 41: general causes behind a blind set's errors (the tests use other texts and names):
/// - Arabic people: a given name + عبد + a definite name is one person ("مصطفى عبد الحسين"), and a person goes on over a
///   definite nisba family name after it ("… الساعدي"; not a country's adjective, not a time or order word); a known place
///   read after a clitic letter inside a person's name ("باولو" → ب + "اولو", Oulu) is none, and right after a country's
///   adjective, before a plain name word, it is a person with that word;
/// - Arabic leagues: دوري + a plain word + its name, in a sports article (no continental "دوري أبطال …");
/// - Arabic bodies with a generic head noun in construct: head + up to two indefinite words + a definite noun (and one
///   coordinated with و) + its definite adjectives ("رابطة موظفي الإدارة العامة", "كلية الطب البيطري"; a country's
///   singular adjective after it stays out, a plural one agreeing inside stays in); stadiums with their noun and whole name;
/// - (EntityLexicon) a country the data file gives no Arabic adjective for has its nisba derived from its name
///   ("البرتغال" → البرتغالي, البرتغالية …);
/// - Chinese: a body or place read from the second character of a word ("其中" + "中国…", "设立" + "立…") starts after it;
/// - Vietnamese: a body named after a title and followed by a person's full name ("Cục trưởng Cục X Việt Nam Khổng Minh
///   Tuấn") is the body and the person;
/// - French: a body whose name ends on "de <Name>" and runs on over a verb and its object ("… de Rimouski parle d'une …")
///   ends at the name;
/// - Latin script: a body's head noun + "of" + a place is one body ("Church of Scotland"), a name whose first or last
///   word is a body's noun is a body ("Diocese of X", "X Hospital", "X Partnership"), a name split after a hyphen is
///   one, a hyphened name of three parts with Saint(e)/sur is a place; Northern Ireland, Scotland and Wales give GB and
///   are no place entity of their own (a body named after one keeps its name).
/// `refineS41` runs after `refineS40`, before `refineCP15`; each rule is gated on its script or language and on cheap
/// tests of a mention's own tokens, or on `articleHas` for the ones that walk the tokens.
extension NameFinder {
    mutating func refineS41() {
        guard tokens.count > 2 else { return }
        if hasArabic {
            s41ArabicCliticInsideName()
            s41ArabicAbdNames()
            s41ArabicNisbaSurnames()
            s41ArabicBodyHeads()
            s41ArabicStadiums()
            s41ArabicLeagues()
        }
        if hasHan { s41HanWordEdgeLeads() }
        if lang.vi { s41VietnameseBodyThenPerson() }
        if lang.fr { s41FrenchBodyBeforeClause() }
        if lang.ru || language == "uk" || language == "be" { s41CyrillicTownAdjective() }
        if !hasHan && !hasArabic {
            s41LatinBodyOfPlace()
            s41LatinBodyTypes()
            s41LatinHyphenJoin()
        }
        s41BritishNations()
    }

    // MARK: - Arabic people

    static let s41Abd = h18Keys(["عبد"])
    /// Definite words ending in -ي that are no family name after a person ("… الحالي", "… الدولي").
    static let s41ArabicNotFamily = h18Keys(["الدوري", "الفني", "الرياضي", "الصحفي", "الصحافي", "الإعلامي", "الدولي", "الأساسي",
        "الرئيسي", "الإضافي", "الثاني", "الحالي", "الماضي", "التالي", "الجاري", "الرسمي", "الحكومي", "الشخصي", "المحلي", "الإقليمي",
        "العربي", "الأجنبي", "الإسلامي", "الوطني", "الأولمبي", "الذهبي", "النهائي", "الأمامي", "الخلفي", "الأيسر", "الأيمن",
        "الحقيقي", "الفعلي", "الجماعي", "الفردي", "الأصلي", "الاحتياطي", "الدفاعي", "الهجومي"])

    /// Token `e` is a definite nisba family name after a person's name: a definite word ending in -ي, five letters at
    /// least, no country's adjective, stopword, time word, head or title, no other typed mention over it.
    func s41NisbaSurname(_ e: Int) -> Bool {
        guard h36Arabic(e), tokens[e].spaceBefore, isArabicDefinite(e), !isCountry[e] else { return false }
        let f = arabicFlags(e)
        if f.contains(.stop) || f.contains(.timeWord) || f.contains(.head) || f.contains(.titledNameHead) || f.contains(.titleFirstWord) { return false }
        let key = tokens[e].key
        guard PlainText.hasSuffix(key, "ي"), PlainText.count(key) >= 5, !Self.h14ArabicNotNameAdjectives.contains(key, hash: tokens[e].keyHash),
              !Self.s41ArabicNotFamily.contains(tokens[e]) else { return false }
        let (s, t) = (tokens[e].start, tokens[e].end)
        return !anyMention(where: { $0.start < t && $0.end > s && $0.type != nil && $0.type != .person })
    }

    /// "بعدما سجل كاظم عبد الحسين هدفه": a common given name, عبد and a definite name (and a nisba family name after
    /// them) are one person, wherever the sentence puts them; a shorter reading of the same person is replaced.
    mutating func s41ArabicAbdNames() {
        guard articleHas(Self.s41Abd) else { return }
        var added: [Mention] = []
        var k = 1
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, Self.s41Abd.contains(tokens[k]), tokens[k].spaceBefore else { continue }
            let g = k - 1
            guard h36Arabic(g), h36Arabic(k + 1), tokens[k + 1].spaceBefore, isArabicDefinite(k + 1), !h36Stop(k + 1), !isCountry[k + 1],
                  !arabicFlags(k + 1).contains(.timeWord), !arabicFlags(k + 1).contains(.stop) else { continue }
            var clitic = 0
            if ar15Given(g) || isGivenNameKey(g) { clitic = 0 } else if ar15Given(g, clitic: true) { clitic = 1 } else { continue }
            var e = k + 2
            if s41NisbaSurname(e) { e += 1 }
            let m = l14DropClitic(mention(g, e, type: .person, evidence: .cue), clitic)
            let (s, t) = (m.start, m.end)
            // Not over another reading that is no person, nor inside a longer person.
            if anyMention(where: { $0.start < t && $0.end > s && ($0.type != .person || $0.start <= s && $0.end >= t) }) { continue }
            added.append(m)
            k = e - 1
        }
        guard !added.isEmpty else { return }
        for m in added {
            mentions.removeAll { $0.type == .person && $0.known == nil && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
        }
    }

    /// "قال مدرب الفريق أحمد عبد الأمير الساعدي": a person (two words at least) goes on over the nisba family name right
    /// after it.
    mutating func s41ArabicNisbaSurnames() {
        var changed: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z > a, h36Arabic(z), z + 1 < tokenCount, s41NisbaSurname(z + 1) else { continue }
            let clitic = mentions[i].start - tokens[a].start
            guard clitic >= 0, clitic <= 1 else { continue }
            var m = l14DropClitic(mention(a, z + 2, type: .person, evidence: mentionEvidence(i)), clitic)
            m.placeContext = mentions[i].placeContext
            changed.append((i, m))
        }
        for (i, m) in changed { mentions[i] = m }
    }

    /// "باولو" read as ب + "اولو" (Oulu): a known place or country that starts after a clitic letter inside a word that a
    /// person's name takes in whole is none.
    mutating func s41ArabicCliticInsideName() {
        var drop = Set<Int>()
        var person: [Mention] = []
        for i in mentions.indices where mentions[i].known != nil || mentions[i].type == .country {
            guard mentions[i].type == .place || mentions[i].type == .country else { continue }
            let s = mentions[i].start
            guard let t = tokenIndex(containing: s), tokens[t].script == .arabic, tokens[t].start < s, tokens[t].end == mentions[i].end else { continue }
            let (ts, te) = (tokens[t].start, tokens[t].end)
            if anyMention(where: { $0.type == .person && $0.known == nil && $0.start <= ts && $0.end >= te && $0.end - $0.start > te - ts }) { drop.insert(i); continue }
            // "المدرب البرتغالي باولو سيكيرا": right after a country's definite adjective and before a plain name word, the
            // word and the next are a person.
            if t >= 1, t + 1 < tokenCount, isCountry[t - 1] || anyMention(where: { $0.type == .country && $0.end == tokens[t - 1].end }),
               keyStarts(t - 1, "ال"), PlainText.hasSuffix(tokens[t - 1].key, "ي"), tokens[t].spaceBefore,
               s41ArabicNameWord(t + 1), !isArabicDefinite(t + 1), !arabicFlags(t + 1).contains(.head), PlainText.count(tokens[t + 1].key) >= 3,
               !anyMention(where: { $0.start < tokens[t + 1].end && $0.end > tokens[t + 1].start }) {
                drop.insert(i)
                person.append(mention(t, t + 2, type: .person, evidence: .cue))
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: person) }
    }

    // MARK: - Arabic bodies

    static let s41ArabicBodyHeadTexts = ["رابطة", "دائرة", "كلية", "هيئة", "مديرية", "نقابة", "جمعية", "اتحاد", "معهد"]
    static let s41ArabicBodyHeads = h18Keys(s41ArabicBodyHeadTexts)
    static let s41ArabicBodyHeadForms = KeySet(h20Clitics(Set(s41ArabicBodyHeadTexts.map { TextFolding.key($0) }), article: false))

    /// A plain Arabic word that may stand in a body's name: no stopword, time word, country, title or head.
    func s41ArabicNameWord(_ k: Int) -> Bool {
        guard h36Arabic(k), tokens[k].spaceBefore, !isCountry[k], !h36Stop(k) else { return false }
        let f = arabicFlags(k)
        return !(f.contains(.stop) || f.contains(.timeWord) || f.contains(.titledNameHead) || f.contains(.speechVerb))
    }

    /// A definite adjective on a body's name ("العامة", "الرسمي", "البيطري"): -ي or -ية, no country's adjective.
    /// Time and order words that end no body's name (the official or governmental "الرسمي"/"الحكومي" may).
    static let s41ArabicNotBodyAdjectives = h18Keys(["الماضي", "الحالي", "الجاري", "التالي", "الثاني", "الأول", "المقبل", "القادم"])

    func s41ArabicBodyAdjective(_ k: Int) -> Bool {
        // A country's plural adjective agrees with the plural noun before it, inside the name ("رابطة رجال الأعمال القطريين").
        if h36Arabic(k), isCountry[k] || anyMention(where: { $0.type == .country && $0.start <= tokens[k].start && $0.end >= tokens[k].end }),
           isArabicDefinite(k), tokens[k].spaceBefore, PlainText.hasSuffix(tokens[k].key, "يين") || PlainText.hasSuffix(tokens[k].key, "يون") {
            return true
        }
        guard s41ArabicNameWord(k), isArabicDefinite(k) else { return false }
        let key = tokens[k].key
        guard PlainText.count(key) >= 5, PlainText.hasSuffix(key, "ي") || PlainText.hasSuffix(key, "يه") || PlainText.hasSuffix(key, "مه") else { return false }
        return !Self.s41ArabicNotBodyAdjectives.contains(tokens[k])
    }

    /// "دعت رابطة موظفي الإدارة العامة", "عميد كلية الطب البيطري", "أعلن اتحاد طلاب الجامعات الأهلية": a generic head
    /// noun in construct with its name (up to two indefinite words, a definite noun, then its definite adjectives) is a
    /// body; a shorter unknown reading of it is replaced; a known name or country inside leaves it to the other rules.
    mutating func s41ArabicBodyHeads() {
        guard articleHas(Self.s41ArabicBodyHeadForms) else { return }
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, Self.s41ArabicBodyHeadForms.contains(tokens[k]),
                  let clitic = ar15Head(k, Self.s41ArabicBodyHeads, Self.s41ArabicBodyHeadTexts) else { continue }
            var p = k + 1, indefinite = 0
            while indefinite < 2, s41ArabicNameWord(p), !isArabicDefinite(p), !arabicFlags(p).contains(.head), PlainText.count(tokens[p].key) >= 3 {
                p += 1; indefinite += 1
            }
            guard s41ArabicNameWord(p), isArabicDefinite(p), PlainText.count(tokens[p].key) >= 4 else { continue }
            var e = p + 1
            // A definite noun coordinated with it ("كلية الهندسة والبترول").
            if h36Arabic(e), tokens[e].spaceBefore, arabicFlags(e).contains(.h14CliticArticle), keyStarts(e, "وال"), PlainText.count(tokens[e].key) >= 6,
               !isCountry[e], !arabicFlags(e).contains(.stop), !arabicFlags(e).contains(.timeWord) { e += 1 }
            while e - p <= 3, s41ArabicBodyAdjective(e) { e += 1 }
            // Two words at least ("دائرة الضوء" is an idiom; "كلية الطب" alone is mostly a faculty of a university named after it).
            guard e - k - 1 >= 2 else { continue }
            let m = l14DropClitic(mention(k, e, type: .organization, evidence: .cue), clitic)
            let (s, t) = (m.start, m.end)
            // Not inside or across another body, a person or a known name.
            // (A country's plural adjective at its end stays a country too.)
            if anyMention(where: { $0.start < t && $0.end > s && ($0.type == .country ? $0.end != t : $0.known != nil || $0.start < s || $0.end > t
                || $0.type == .person) }) { continue }
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start >= s && $0.end <= t }
            mentions.append(m)
            k = e - 1
        }
    }

    static let s41ArabicStadiumTexts = ["ملعب", "استاد", "ستاد"]
    static let s41ArabicStadiumHeads = h18Keys(s41ArabicStadiumTexts)
    static let s41ArabicStadiumForms = KeySet(h20Clitics(Set(s41ArabicStadiumTexts.map { TextFolding.key($0) }), article: false))

    /// "على ملعب جذع النخلة في البصرة", "ملعب فرانسو حريري": a stadium's name read without its noun (or cut after its first
    /// word) is the stadium with its noun and its whole name (up to three words after the noun: plain name words, then
    /// definite adjectives such as الدولي), a place.
    mutating func s41ArabicStadiums() {
        guard articleHas(Self.s41ArabicStadiumForms) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .place || mentions[i].type == .organization || mentions[i].type == .person) {
            guard let (a, z) = seedSpan(i), a >= 1, mentions[i].start == tokens[a].start, tokens[a].spaceBefore, z - a <= 2,
                  tokens[a - 1].kind == .word, tokens[a - 1].script == .arabic, Self.s41ArabicStadiumForms.contains(tokens[a - 1]),
                  let clitic = ar15Head(a - 1, Self.s41ArabicStadiumHeads, Self.s41ArabicStadiumTexts) else { continue }
            var e = z + 1
            while e - a < 3, s41ArabicNameWord(e), !isArabicDefinite(e), !arabicFlags(e).contains(.head), PlainText.count(tokens[e].key) >= 3,
                  !anyMention(where: { $0.start == tokens[e].start }) { e += 1 }
            while e - a < 3, s41ArabicBodyAdjective(e) { e += 1 }
            var m = l14DropClitic(mention(a - 1, e, type: .place, evidence: .cue), clitic)
            m.placeContext = true
            // (The name without its noun stays an alias: earlier sets wrote "ابن بطوطة" for "ملعب ابن بطوطة".)
            if e == z + 1 { m.variants = [mentions[i].surface] }
            changes.append((i, m))
        }
        guard !changes.isEmpty else { return }
        var drop = Set<Int>()
        for (i, m) in changes {
            for j in mentions.indices where j != i && mentions[j].type != .country && mentions[j].start >= m.start && mentions[j].end <= m.end { drop.insert(j) }
            mentions[i] = m
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let s41ArabicLeague = h18Keys(["دوري", "بدوري", "ودوري", "لدوري"])
    static let s41ArabicLeagueTexts = ["دوري"]
    static let s41ArabicCompetitionWords = h18Keys(["أبطال", "ابطال", "الأبطال"])
    static let s41ArabicSportsCues = h18Keys(["مباراة", "المباراة", "الجولة", "هدف", "بهدف", "بهدفين", "ملعب", "الملعب", "المدرب", "مدرب",
        "اللاعب", "لاعب", "المنتخب", "الفريق", "فريق", "نادي", "النادي", "الموسم", "بطولة", "البطولة"])

    /// "ضمن منافسات دوري نجوم قطر", "في دوري عمانتل": in a sports article, دوري (no article) and its name (up to three
    /// words, through a country's or a place's name) is a league, a body. Not before a preposition or a word with لل-
    /// ("اجتماع دوري للمجلس" is periodic).
    mutating func s41ArabicLeagues() {
        guard articleHas(Self.s41ArabicLeague), articleHas(Self.s41ArabicSportsCues) else { return }
        var added: [Mention] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, Self.s41ArabicLeague.contains(tokens[k]),
                  let clitic = ar15Head(k, Self.h18Keys(Self.s41ArabicLeagueTexts), Self.s41ArabicLeagueTexts) else { continue }
            // A national league's name opens on a plain word ("نجوم", a sponsor's name); "دوري أبطال …" is a continental
            // competition and "دوري المحترفين" a division, no body.
            guard h36Arabic(k + 1), !isArabicDefinite(k + 1), !Self.s41ArabicCompetitionWords.contains(tokens[k + 1]) else { continue }
            var e = k + 1
            while e - k <= 3, h36Arabic(e), tokens[e].spaceBefore, !h36Stop(e), !arabicFlags(e).contains(.stop), !arabicFlags(e).contains(.timeWord),
                  !keyStarts(e, "ل") || isCountry[e], PlainText.count(tokens[e].key) >= 3 {
                let place = isCountry[e] || anyMention(where: { ($0.type == .country || $0.type == .place) && $0.start <= tokens[e].start && $0.end >= tokens[e].end })
                e += 1
                if place || isArabicDefinite(e - 1) { break }
            }
            guard e > k + 1 else { continue }
            let m = l14DropClitic(mention(k, e, type: .organization, evidence: .cue), clitic)
            if anyMention(where: { $0.start < m.end && $0.end > m.start && $0.type != .country && $0.type != .place }) { continue }
            added.append(m)
            k = e - 1
        }
        for m in added {
            mentions.removeAll { $0.known == nil && $0.type == .place && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
        }
    }

    // MARK: - Chinese

    /// Two-character words whose second character a name was read from ("其中中国…" → 中 + 中国…, "设立联合实验室" →
    /// 立联合…, "覆盖丹江镇" → 盖丹江): the word's end is no part of the name after it.
    static let s41HanEdgeWords: [[UInt32]] = ["其中", "当中", "之中", "集中", "设立", "成立", "建立", "创立", "树立", "覆盖", "涵盖",
        "位于", "来自", "加入", "进入", "前往", "抵达"].map(hanCodes)
    static let s41HanEdgeSeconds = HanCharSet(codes: s41HanEdgeWords.map { $0[1] })

    /// A body or place whose first character ends a word with the character before it starts one character later
    /// (three characters at least left).
    mutating func s41HanWordEdgeLeads() {
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == .place) {
            let (start, end) = (mentionStart(i), mentionEnd(i))
            guard end - start >= 4, let ti = tokenIndex(containing: start), tokens[ti].script == .han, tokens[ti].end >= end, start > tokens[ti].start else { continue }
            let codes = hanRunCodes(ti)
            let (s, e) = (start - tokens[ti].start, end - tokens[ti].start)
            guard s >= 1, e <= codes.count, Self.s41HanEdgeSeconds.contains(codes[s]),
                  Self.s41HanEdgeWords.contains(where: { $0[0] == codes[s - 1] && $0[1] == codes[s] }) else { continue }
            let scalars = hanRunScalars(ti)
            let name = Self.hanString(scalars, s + 1, e)
            mentions[i] = Mention(surface: name, start: start + 1, end: end, type: mentions[i].type, evidence: mentionEvidence(i), words: [name])
        }
    }

    // MARK: - Vietnamese

    static let s41VietnameseMiddleNames = h18Keys(["Văn", "Thị"])

    /// "Cục trưởng Cục Đường thủy Việt Nam Khổng Minh Tuấn đề nghị", "Phó Chủ tịch Hội Nông dân tỉnh Khổng Văn Hòa cho
    /// biết": a body read after a title that runs on over a person's full name is the body, then the person. The name is
    /// three or four capitalized syllables (two after a place's name) at the body's end (with a person read right after
    /// it), opening on a family name or with Văn/Thị second, or three after a country's name; it follows a place's name
    /// or a lowercase word ("tỉnh", the province left unsaid), never a capitalized word of the body's own.
    mutating func s41VietnameseBodyThenPerson() {
        var changes: [(Int, Mention, Mention, Int?)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z0) = seedSpan(i), z0 - a >= 2, a >= 1 else { continue }
            // A title right before the body.
            guard (max(0, a - 3)..<a).contains(where: { j in titleMatch(at: j).map { j + $0.length == a } ?? false }) else { continue }
            // A person read right after the body ("… tỉnh Khổng" + "Văn Hòa").
            var z = z0, after: Int? = nil
            if z0 + 1 < tokenCount, tokens[z0 + 1].spaceBefore,
               let j = mentions.indices.first(where: { mentions[$0].type == .person && mentions[$0].known == nil && mentions[$0].start == tokens[z0 + 1].start }),
               let (_, pz) = seedSpan(j), pz - z0 <= 2 {
                z = pz; after = j
            }
            guard z - a >= 4 else { continue }
            for length in [3, 4, 2] {
                let p = z - length + 1
                guard p - a >= 2, (p...z).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized && !tokens[$0].allCaps && tokens[$0].spaceBefore && !isCountry[$0] }) else { continue }
                let before = p - 1
                let country = isCountry[before]
                let placeEnds = country || anyMention(where: { ($0.type == .place || $0.type == .country) && $0.end == tokens[before].end && $0.start >= mentionStart(i) })
                let lower = tokens[before].kind == .word && !tokens[before].capitalized && !tokens[before].allCaps
                guard placeEnds || lower && length >= 3 else { continue }
                guard length >= 3 || placeEnds else { continue }
                let named = isFamilyName(p) || length >= 3 && Self.s41VietnameseMiddleNames.contains(tokens[p + 1]) || length == 3 && country
                guard named else { continue }
                var body = mention(a, p, type: .organization, evidence: mentionEvidence(i))
                body.start = mentionStart(i)
                changes.append((i, body, mention(p, z + 1, type: .person, evidence: .cue), after))
                break
            }
        }
        guard !changes.isEmpty else { return }
        var drop = Set<Int>()
        for (i, body, _, after) in changes {
            mentions[i] = body
            if let j = after { drop.insert(j) }
        }
        var added: [Mention] = []
        for (_, _, person, _) in changes { added.append(person) }
        replaceMentions(removing: drop)
        for m in added where !anyMention(where: { $0.start < m.end && $0.end > m.start && ($0.type == .person || $0.known != nil) }) {
            // (An unknown place read over the name goes: "tỉnh Khổng Văn Hòa" read as a place after tỉnh.)
            mentions.removeAll { $0.known == nil && $0.type == .place && $0.start >= m.start && $0.end <= m.end }
            mentions.append(m)
        }
    }

    // MARK: - French

    static let s41FrenchDeterminers = h18Keys(["un", "une", "le", "la", "les", "des", "du", "l", "d", "au", "aux", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs"])
    static let s41FrenchNameContinuations = h18Keys(["de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "en", "à", "a", "aux", "au", "sur", "sans"])

    /// "La Chambre de commerce de Rimouski annonce une hausse": a body whose name ends on de + a capitalized name and
    /// runs on over lowercase words (no preposition or article first, one determiner among them) ends at the name.
    mutating func s41FrenchBodyBeforeClause() {
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 3, tokens[z].kind == .word, !tokens[z].capitalized else { continue }
            var c = z
            while c > a, !(tokens[c].kind == .word && (tokens[c].capitalized || tokens[c].allCaps)) { c -= 1 }
            guard c > a + 1, c + 1 < z, keyIs(c - 1, "de") || keyIs(c - 1, "d") || tokens[c - 1].kind == .elision else { continue }
            // A verb then its object's determiner ("parle d'une", "annonce une"), not an adjective ("Nations unies pour").
            let first = c + 1
            guard tokens[first].kind == .word, !Self.s41FrenchNameContinuations.contains(tokens[first]),
                  Self.s41FrenchDeterminers.contains(tokens[first + 1]) || tokens[first + 1].kind == .elision
                    || keyIs(first + 1, "d") || keyIs(first + 1, "l") else { continue }
            var m = mention(a, c + 1, type: .organization, evidence: mentionEvidence(i))
            m.start = mentionStart(i)
            m.surface = surface(a, c + 1)
            mentions[i] = m
        }
    }

    // MARK: - Cyrillic

    /// "выпускник Болгарской исламской академии … а в Болгаре": a country's adjective whose word opens with the stem of a
    /// town the article names (an unknown place, five letters at least once a final vowel goes) is the town's adjective,
    /// no country.
    mutating func s41CyrillicTownAdjective() {
        guard mentions.contains(where: { $0.type == .country }), mentions.contains(where: { $0.type == .place && $0.known == nil }) else { return }
        var stems: [[Unicode.Scalar]] = []
        for m in mentions where m.type == .place && m.known == nil {
            guard let t = tokenIndex(containing: m.start), tokens[t].script == .cyrillic, tokens[t].start == m.start, tokens[t].end == m.end else { continue }
            var k = Array(tokens[t].key.unicodeScalars)
            if let last = k.last, "аеиоуыэюяьй".unicodeScalars.contains(last) { k.removeLast() }
            if k.count >= 5 { stems.append(k) }
        }
        guard !stems.isEmpty else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .country {
            guard let t = tokenIndex(containing: mentions[i].start), tokens[t].script == .cyrillic else { continue }
            let key = Array(tokens[t].key.unicodeScalars)
            if stems.contains(where: { key.count > $0.count + 1 && Array(key[0..<$0.count]) == $0 }) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Latin script

    /// Body nouns that "of" + a place may follow ("Church of Scotland", "Diocese of Ossory").
    static let s41LatinOfHeads = h18Keys(["church", "diocese", "archdiocese", "eparchy", "bank", "university", "synod", "presbytery", "parish"])
    /// First words that make a name with "of" a body's.
    static let s41LatinFirstBodyWords = h18Keys(["diocese", "archdiocese", "eparchy", "synod", "presbytery", "university", "ministry", "department"])
    /// Last words that make a name a body's ("St. Brigid Hospital", "Rural Schools Partnership").
    static let s41LatinLastBodyWords = h18Keys(["hospital", "partnership", "school", "schools", "college", "university", "trust",
        "council", "association", "federation", "society", "institute", "foundation", "academy", "board", "commission", "committee"])

    /// "the Church of Scotland said": a body's head noun read alone (or a body ending on it) + "of" + a place is one body.
    mutating func s41LatinBodyOfPlace() {
        var drop = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && mentions[i].type != .person {
            guard let (a, z) = seedSpan(i), z + 2 < tokenCount, tokens[z].kind == .word, Self.s41LatinOfHeads.contains(tokens[z]),
                  keyIs(z + 1, "of"), tokens[z + 2].capitalized else { continue }
            let s2 = tokens[z + 2].start
            guard let j = mentions.indices.first(where: { mentions[$0].start == s2 && ($0 != i) && (mentions[$0].type == .place || mentions[$0].type == .country) }),
                  !drop.contains(j), !drop.contains(i) else { continue }
            var m = mention(a, z + 3, type: .organization, evidence: .cue)
            if let (_, z2) = seedSpan(j) { m = mention(a, z2 + 1, type: .organization, evidence: .cue) }
            m.start = mentionStart(i)
            drop.insert(i); drop.insert(j)
            added.append(m)
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// "the Diocese of Ossory", "St. Brigid Hospital", "the Rural Schools Partnership": an unknown name typed a place or
    /// a person whose first word (before "of") or last word is a body's noun is a body.
    mutating func s41LatinBodyTypes() {
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .place || mentions[i].type == .person || mentions[i].type == nil) {
            // (By the mention's own words: a headline's reading of a name may lie apart from its tokens.)
            let words = mentions[i].words
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            let firstBody = words.count >= 3 && Self.s41LatinFirstBodyWords.contains(first) && words[1] == "of"
            let lastBody = Self.s41LatinLastBodyWords.contains(last)
            guard firstBody || lastBody else { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
        }
    }

    /// "Saint-Jean-" + "Baptiste" (a person): a name cut after a hyphen goes on over the capitalized word written right
    /// after it; the word is no name of its own.
    mutating func s41LatinHyphenJoin() {
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].known == nil && mentions[i].type != .country && !drop.contains(i) {
            guard let (a, z) = seedSpan(i), z + 1 < tokenCount, mentions[i].surface.utf8.last == 0x2D,
                  tokens[z + 1].kind == .word, tokens[z + 1].capitalized, !tokens[z + 1].spaceBefore else { continue }
            let (s, t) = (tokens[z + 1].start, tokens[z + 1].end)
            for j in mentions.indices where j != i && mentions[j].start == s && mentions[j].end == t { drop.insert(j) }
            var m = mention(a, z + 2, type: mentions[i].type ?? .place, evidence: mentionEvidence(i))
            m.start = mentionStart(i)
            m.placeContext = mentions[i].placeContext
            mentions[i] = m
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        // "Rivière-Sainte-Marguerite": three hyphened parts with Saint(e) or "sur" among them name a place, not a person
        // ("Saint-Exupéry", two parts, stays).
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            var hyphens = 0, space = false
            for b in mentions[i].surface.utf8 { if b == 0x2D { hyphens += 1 } else if b == 0x20 { space = true; break } }
            guard !space, hyphens >= 2 else { continue }
            let text = mentions[i].surface
            if text.contains("-Saint-") || text.contains("-Sainte-") || text.hasPrefix("Saint-") || text.hasPrefix("Sainte-") || text.contains("-sur-") {
                mentions[i].type = .place
            }
        }
    }

    // MARK: - Nations of the United Kingdom

    static let s41BritishNations: Set<String> = ["Northern Ireland", "Scotland", "Wales"]

    /// Northern Ireland, Scotland and Wales (the gold's convention): the article's country is GB, and the nation is no
    /// place entity of its own (a body named after it keeps its name).
    mutating func s41BritishNations() {
        let entities = lex.knowledge.entities
        for i in mentions.indices where mentions[i].type == .place {
            guard let k = mentions[i].known, k < entities.count, Self.s41BritishNations.contains(entities[k].name) else { continue }
            let (s, t) = (mentions[i].start, mentions[i].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= t }) { continue }
            mentions[i].type = .country
            mentions[i].known = nil
            mentions[i].code = "GB"
        }
    }
}
