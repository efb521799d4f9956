import Foundation

/// Session 47's general rules for Vietnamese, Russian and Chinese (causes found in holdout70's vi, ru and zh errors,
/// fixed for any article that has them):
/// - Russian: a capitalized adjective before a region's noun in any case ("Ахалского велаята", "Бахарлыйского этрапа",
///   the Turkmen and Uzbek units among them) is a place, and so is the first of two joined by "и" before a plural
///   ("Бахарлыйского и Каахкинского этрапов"); a list of laureates that runs a person into a body or into another
///   person ("студентку … университета Дарью Сосновскую", "университета имени Янки Купалы Артема Кавальчука",
///   "переводчик Таисии Трофимовой Мерген Атаджанов") is split at the second person's given name; a body "при
///   Кабинете министров Республики X" keeps its whole tail;
/// - Vietnamese: a firm's name goes on over lowercase words and its number ("số 1", a place after it) to the short name
///   in parentheses ("Công ty TNHH MTV Vắc-xin và Sinh phẩm số 1 (Vabiotech)"), and that short name is the firm; a firm's
///   name read as a person (after "hãng", or its bare repeat) is the firm; "UBND"/"HĐND" with a unit and a name
///   ("UBND TP.HCM", "UBND tỉnh Quảng Nam") is one body; a name after a village's, a tower's, a temple's or a
///   station's noun ("làng", "thôn", "ấp", "tháp", "đền", "ga") is a place, and so is a name joined by "và" to a place
///   after a street's or a unit's noun ("đường Lê Lợi và Hai Bà Trưng").
/// `refineS47b` runs after `refineS46c` (and `refineS47a`). Cost: each rule is gated on the article's language and on
/// its trigger keys in the article's key set; the walks test a token's kind, case and key (a KeySet lookup) first and
/// build strings only for the few candidates that pass.
extension NameFinder {
    mutating func refineS47b() {
        guard tokens.count > 1 else { return }
        if lang.ru {
            s47bRussianRegionAdjectives()
            s47bRussianNamesAfterBodies()
            s47bRussianAttachedBodyTails()
            s47bRussianBodyHeadsAndGenitiveTails()
        }
        if lang.vi {
            s47bVietnameseNumberedFirms()
            s47bVietnameseFirmNamesReadAsPersons()
            s47bVietnameseCommittees()
            s47bVietnamesePlaceNouns()
        }
    }

    // MARK: - Russian

    /// Region nouns in every case: the Turkmen "велаят" and "этрап" and the Uzbek "вилоят", which the earlier rules
    /// know in few forms ("область", "район", "округ" are theirs: a place there is already read, and read in the
    /// nominative).
    static let s47bRuRegionNouns = h18Keys(["велаят", "велаята", "велаяту", "велаятом", "велаяте", "велаяты", "велаятов", "велаятам", "велаятах",
        "этрап", "этрапа", "этрапу", "этрапом", "этрапе", "этрапы", "этрапов", "этрапам", "этрапах",
        "вилоят", "вилоята", "вилояте", "вилоятов", "вилоятах"])
    static let s47bRuAnd = h18Keys(["и"])

    /// "в поселке Анау Ахалского велаята", "животноводы Бахарлыйского и Каахкинского этрапов": a capitalized adjective right
    /// before a region's lowercase noun is a place with it; a second adjective before "и" is a place alone. A name read
    /// over the place gives way; a place's name before it ("Анау Ахалского …" read as one) keeps its own words.
    mutating func s47bRussianRegionAdjectives() {
        guard articleHas(Self.s47bRuRegionNouns) else { return }
        var found: [(Int, Int)] = []
        var k = 1
        while k < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, !tokens[k].capitalized, Self.s47bRuRegionNouns.contains(tokens[k]),
                  tokens[k].spaceBefore, tokens[k - 1].script == .cyrillic, tokens[k - 1].capitalized, !tokens[k - 1].allCaps,
                  !tokens[k - 1].sentenceStart, s47bRuRegionAdjective(k - 1) else { continue }
            // ("Мары-Чагильского этрапа": a hyphenated adjective from its first part.)
            var a = k - 1
            if a >= 2, keyIs(a - 1, "-"), !tokens[a - 1].spaceBefore, !tokens[a].spaceBefore, isCap(a - 2) { a -= 2 }
            found.append((a, k + 1))
            if a == k - 1, k >= 3, Self.s47bRuAnd.contains(tokens[k - 2]), tokens[k - 3].script == .cyrillic, tokens[k - 3].capitalized, !tokens[k - 3].allCaps,
               !tokens[k - 3].sentenceStart, s47bRuRegionAdjective(k - 3) { found.append((k - 3, k - 2)) }
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == end }) { continue }
            // (A country's adjective, a known name, a longer name reaching past the place's end and a body around it stay.)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.type == .country || $0.known != nil || $0.end > end
                                                                    || $0.start < s && $0.type == .organization) }) { continue }
            var ok = true
            for i in mentions.indices where mentions[i].start < end && mentions[i].end > s {
                if mentions[i].start >= s { drop.insert(i); continue }
                // A name from before the adjective that ends inside the place keeps its words before it.
                guard let (ma, _) = seedSpan(i), ma < a, mentions[i].type == .place || mentions[i].type == nil else { ok = false; break }
                drop.insert(i)
                var m = mention(ma, a, type: mentions[i].type, evidence: mentionEvidence(i))
                m.placeContext = mentions[i].placeContext
                added.append(m)
            }
            guard ok else { continue }
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// A region's adjective: "-ский" in any case ("Ахалского", "Марыйском", "Джизакской"), or "-ый"/"-ий" ones ("Бахарлыйского").
    func s47bRuRegionAdjective(_ k: Int) -> Bool {
        guard h14RussianAdjective(k) else { return false }
        let key = tokens[k].key
        for e in ["ский", "ского", "скому", "ским", "ском", "ская", "ской", "скую", "ских", "ские", "цкий", "цкого", "цком", "цкой", "цкая",
                  "йского", "йский", "йском", "йской", "ный", "ного", "ном", "ной", "ная"] where PlainText.hasSuffix(key, e) { return true }
        return false
    }

    static let s47bRuNamedTails = h18Keys(["имени", "им"])

    /// Lists of people after bodies and roles: "студентку Белорусского государственного университета Дарью Сосновскую"
    /// (a body's head, then a given name not in the genitive and a surname), "университета имени Янки Купалы Артема
    /// Кавальчука" (a second name after the one "имени" gives), "переводчик Таисии Трофимовой Мерген Атаджанов" (two
    /// people of two words each, in two cases): the body or the first person ends before the given name.
    mutating func s47bRussianNamesAfterBodies() {
        var changes: [(Int, Mention, Mention)] = []
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .organization || mentions[i].type == .person) {
            guard let (a, z) = seedSpan(i), z - a >= 2, mentions[i].end == tokens[z].end, tokens[z].script == .cyrillic,
                  tokens[z].kind == .word, tokens[z - 1].kind == .word, tokens[z - 1].script == .cyrillic,
                  tokens[z].capitalized, tokens[z - 1].capitalized, tokens[z].spaceBefore, tokens[z - 1].spaceBefore else { continue }
            let g = z - 1
            if mentions[i].type == .organization {
                guard s47bRuGivenName(g), !s47bRuPatronymic(z) else { continue }
                if tokens[g - 1].kind == .word, !tokens[g - 1].capitalized, !Self.s47bRuNamedTails.contains(tokens[g - 1]) {
                    // (A given name in the genitive after a body's head names it: "Фонда Владимира Потанина".)
                    guard !s47bRuGenitiveName(g) else { continue }
                } else {
                    // After "имени X Y": the named person has one or two words.
                    guard let r = (a..<g).last(where: { Self.s47bRuNamedTails.contains(tokens[$0]) }), g - r >= 3 else { continue }
                }
                var p = mention(g, z + 1, type: .person, evidence: .cue)
                p.placeContext = false
                changes.append((i, mention(a, g, type: .organization, evidence: mentionEvidence(i)), p))
            } else {
                guard z - a == 3, s47bRuGivenName(a), tokens[a + 1].capitalized, tokens[a + 2].capitalized, tokens[a + 1].spaceBefore, tokens[a + 2].spaceBefore,
                      !s47bRuPatronymic(a + 1), !s47bRuPatronymic(a + 2), !s47bRuPatronymic(z) else { continue }
                // The first surname in an oblique case (-ой, -ого, -ому, -ову, -евой …), the second not in it.
                guard s47bRuObliqueSurname(a + 1), !s47bRuObliqueSurname(z) || s47bRuGivenName(a + 2) else { continue }
                changes.append((i, mention(a, a + 2, type: .person, evidence: mentionEvidence(i)), mention(a + 2, z + 1, type: .person, evidence: .cue)))
            }
        }
        guard !changes.isEmpty else { return }
        var added: [Mention] = []
        for (i, m, p) in changes {
            mentions[i] = m
            if !anyMention(where: { $0.start < p.end && $0.end > p.start }) { added.append(p) }
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    /// A given name in any case: `isGivenName`, or the key with an oblique ending turned back to the nominative's
    /// ("Анну" → "анна", "Ольги" → "ольга", "Игоря" → "игорь", "Артема" → "артем", "Наталье" → "наталья"). Strings
    /// are built only for the candidates the lists' rules reach (a word before a surname that ends a mention).
    func s47bRuGivenName(_ k: Int) -> Bool {
        if isGivenName(k) { return true }
        guard tokens[k].script == .cyrillic else { return false }
        let key = tokens[k].key
        guard PlainText.count(key) >= 4 else { return false }
        let stem1 = String(key.unicodeScalars.dropLast())
        let last = key.unicodeScalars.last!
        var forms: [String] = []
        switch last {
        case "у": forms = [stem1 + "а", stem1]
        case "ю": forms = [stem1 + "я", stem1 + "ь"]
        case "и", "ы": forms = [stem1 + "а", stem1 + "я"]
        case "е": forms = [stem1 + "а", stem1 + "я"]
        case "я": forms = [stem1 + "ь", stem1 + "й"]
        case "а": forms = [stem1]
        case "й": if PlainText.hasSuffix(key, "ой") || PlainText.hasSuffix(key, "ей") { forms = [String(key.unicodeScalars.dropLast(2)) + "а"] }
        case "м": if PlainText.hasSuffix(key, "ом") || PlainText.hasSuffix(key, "ем") { forms = [String(key.unicodeScalars.dropLast(2))] }
        default: break
        }
        return forms.contains { lex.givenNames.contains($0) }
    }

    /// A surname in an oblique case ("Седовой", "Петрова" is not: -ой, -ого, -ому, -ову, -еву, -ину, -ым, -им).
    func s47bRuObliqueSurname(_ k: Int) -> Bool {
        let key = tokens[k].key
        for e in ["ой", "ого", "ому", "ову", "еву", "ину", "ым", "им"] where PlainText.hasSuffix(key, e) { return true }
        return false
    }

    /// A patronymic ("Ильич", "Петровна", "Ивановича").
    func s47bRuPatronymic(_ k: Int) -> Bool {
        let key = tokens[k].key
        for e in ["вич", "вна", "вича", "вны", "вичу", "вне", "вичем", "вной", "вну", "ична", "ичны", "ичной", "ичу", "ича"] where PlainText.hasSuffix(key, e) { return true }
        return false
    }

    /// A given name in the genitive ("Владимира", "Анны", "Марии", "Ильи").
    func s47bRuGenitiveName(_ k: Int) -> Bool {
        let key = tokens[k].key
        for e in ["а", "я", "ы", "и"] where PlainText.hasSuffix(key, e) { return true }
        return false
    }

    static let s47bRuPri = h18Keys(["при"])

    /// "Инспекция по ядерной и радиационной безопасности при Кабинете министров Республики Узбекистан", "Совет при
    /// Президенте Российской Федерации": a body read to the capitalized word after "при" goes on over lowercase genitive
    /// words (two at most) and the state's capitalized name (three words at most) after it.
    mutating func s47bRussianAttachedBodyTails() {
        guard articleHas(Self.s47bRuPri) else { return }
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), z - a >= 2, mentions[i].end == tokens[z].end, Self.s47bRuPri.contains(tokens[z - 1]),
                  tokens[z].capitalized, tokens[z].script == .cyrillic else { continue }
            var r = z + 1
            while r < tokenCount, r - z <= 2, tokens[r].kind == .word, tokens[r].script == .cyrillic, !tokens[r].capitalized, tokens[r].spaceBefore,
                  s46bRussianGenitiveLooking(r), !Self.s47bRuAnd.contains(tokens[r]) { r += 1 }
            var e = r
            while e < tokenCount, e - r < 3, isCap(e), tokens[e].script == .cyrillic, tokens[e].spaceBefore { e += 1 }
            // (The state's name is needed after lowercase words: "при Кабинете министров, который …" ends at "Кабинете".)
            guard e > r else { continue }
            changes.append((i, mention(a, e, type: .organization, evidence: mentionEvidence(i))))
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        var drop = Set<Int>()
        for (n, m) in mentions.enumerated() where m.type != .country && m.type != .organization && spans.contains(where: { m.start >= $0.0 && m.end <= $0.1 }) { drop.insert(n) }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "в Белорусском государственном академическом музыкальном театре": a body read over its adjectives and cut before
    /// its lowercase head noun (an institution's: театр-, университет-, музе-, библиотек- …) takes the head; "в
    /// Национальном музее туркменского ковра.": a body that ends on its head takes a lowercase genitive adjective and noun
    /// after it when a clause's end (a comma, a full stop) follows them; a body that ends on its head right before a quoted
    /// body's name takes it ("Государственном объединении «Туркменхалы»"). Only the bodies' mentions are read.
    mutating func s47bRussianBodyHeadsAndGenitiveTails() {
        var changes: [(Int, Mention)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 1 < tokenCount, tokens[z].script == .cyrillic,
                  tokens[z + 1].kind == .word, tokens[z + 1].script == .cyrillic, !tokens[z + 1].capitalized, tokens[z + 1].spaceBefore else { continue }
            if !tokens[z].capitalized, h14RussianAdjective(z), Self.s45bRuBodyHeads.contains(where: { keyStarts(z + 1, $0) }),
               PlainText.count(tokens[z + 1].key) <= Self.s45bHeadLength(tokens[z + 1].key) {
                changes.append((i, mention(a, z + 2, type: .organization, evidence: mentionEvidence(i))))
                continue
            }
            guard z > a, Self.s45bRuBodyHeads.contains(where: { keyStarts(z, $0) }), PlainText.count(tokens[z].key) <= Self.s45bHeadLength(tokens[z].key),
                  z + 3 < tokenCount, h14RussianAdjective(z + 1), s46bRussianGenitiveLooking(z + 1), tokens[z + 2].kind == .word,
                  tokens[z + 2].script == .cyrillic, !tokens[z + 2].capitalized, tokens[z + 2].spaceBefore, !h14RussianAdjective(z + 2),
                  s46bRussianGenitiveLooking(z + 2) || PlainText.count(tokens[z + 2].key) >= 4,
                  keyIs(z + 3, ".") || keyIs(z + 3, ",") || keyIs(z + 3, ";") else { continue }
            changes.append((i, mention(a, z + 3, type: .organization, evidence: mentionEvidence(i))))
        }
        // "в Государственном объединении «Туркменхалы»": a body that ends on its lowercase head noun right before a quoted
        // name read as a body is one body with it (as "банка Туркменистана «Дайханбанк»" is read).
        var drop = Set<Int>()
        if articleHas(Self.geo42Quotes) {
            for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil && !changes.contains(where: { $0.0 == i }) {
                guard let (a, z) = seedSpan(i), z > a, mentions[i].end == tokens[z].end, z + 3 < tokenCount, tokens[z].kind == .word,
                      tokens[z].script == .cyrillic, !tokens[z].capitalized, Self.geo42Quotes.contains(tokens[z + 1]) else { continue }
                let qs = tokens[z + 2].start
                guard let j = mentions.indices.first(where: { mentions[$0].start == qs && mentions[$0].type == .organization && $0 != i }),
                      let q = (z + 2..<min(z + 7, tokenCount)).first(where: { tokens[$0].end == mentions[j].end }),
                      q + 1 < tokenCount, Self.geo42CloseQuotes.contains(tokens[q + 1]) else { continue }
                changes.append((i, mention(a, q + 2, type: .organization, evidence: mentionEvidence(i))))
                drop.insert(j)
            }
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Vietnamese

    static let s47bViSo = h18Keys(["so"])

    /// The end of a capitalized name from `r`: words that follow with a space or after a dot with none ("TP.HCM"), four at most.
    func s47bViCapsEnd(_ r: Int, most: Int = 4) -> Int {
        var e = r
        while e < tokenCount, e - r < most, isCap(e), e == r || tokens[e].spaceBefore || keyIs(e - 1, ".") && !tokens[e - 1].spaceBefore {
            e += 1
            if e + 1 < tokenCount, keyIs(e, "."), !tokens[e].spaceBefore, !tokens[e + 1].spaceBefore, isCap(e + 1) { e += 1 }
        }
        return e
    }

    /// "Công ty TNHH MTV Vắc-xin và Sinh phẩm số 1 (Vabiotech)", "Công ty TNHH MTV Đường sắt đô thị số 1 TP.HCM (HURC1)": a
    /// firm read to a word before lowercase words (five at most), its number ("số" and a number) and a place's name goes on
    /// to the short name in parentheses, and that short name (read alone as a person or nothing) is the firm.
    mutating func s47bVietnameseNumberedFirms() {
        guard articleHas(Self.s46bParen), articleHas(Self.s47bViSo) else { return }
        var changes: [(Int, Mention, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 4 < tokenCount else { continue }
            var r = z + 1
            while r < tokenCount, r - z <= 5, tokens[r].kind == .word, tokens[r].script == .latin, !tokens[r].capitalized, tokens[r].spaceBefore,
                  !Self.s47bViSo.contains(tokens[r]) { r += 1 }
            guard r + 1 < tokenCount, Self.s47bViSo.contains(tokens[r]), !tokens[r].capitalized, tokens[r + 1].kind == .number else { continue }
            r += 2
            let q = s47bViCapsEnd(r)
            // (A short name may end in a number written on: "(HURC1)".)
            guard q + 2 < tokenCount, keyIs(q, "("), tokens[q + 1].kind == .word, isCap(q + 1),
                  keyIs(q + 2, ")") || q + 3 < tokenCount && tokens[q + 2].kind == .number && !tokens[q + 2].spaceBefore && keyIs(q + 3, ")") else { continue }
            changes.append((i, mention(a, q, type: .organization, evidence: mentionEvidence(i)), q + 1))
        }
        guard !changes.isEmpty else { return }
        for (i, m, _) in changes { mentions[i] = m }
        let spans = changes.map { ($0.1.start, $0.1.end) }
        var drop = Set<Int>()
        for (n, m) in mentions.enumerated() where m.type != .country && m.type != .organization && spans.contains(where: { m.start >= $0.0 && m.end <= $0.1 }) { drop.insert(n) }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        // The short name in parentheses: the firm.
        for (_, _, p) in changes {
            let (s, e) = (tokens[p].start, tokens[p].end)
            for n in mentions.indices where mentions[n].start == s && mentions[n].end == e && mentions[n].known == nil
                && (mentions[n].type == .person || mentions[n].type == nil || mentions[n].type == .place) {
                mentions[n].type = .organization
                mentions[n].placeContext = false
            }
        }
    }

    /// Lowercase class nouns of firms (folded keys; the exact spelling is checked for the candidates).
    static let s47bViFirmNouns1 = h18Keys(["hãng"])
    static let s47bViFirmNouns1Exact: Set<String> = ["hãng"]

    /// "hãng Siemens Mobility" read as a person, and a firm's name read as a person where it stands alone ("Chủ tịch Bio
    /// Farma" after "Tổng công ty dược phẩm nhà nước Bio Farma", "Chủ tịch Vabiotech" after "… (Vabiotech)"): the firm.
    /// The names: the capitalized end of a firm's name after a lowercase word inside it, and a short name in parentheses
    /// right after a firm; a person's reading of exactly those words (not a known person) is the firm.
    mutating func s47bVietnameseFirmNamesReadAsPersons() {
        guard mentions.contains(where: { $0.type == .person }) else { return }
        var names = Set<String>()
        var retype = Set<Int>()
        // After "hãng": the person over the name that follows.
        if articleHas(Self.s47bViFirmNouns1) {
            for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
                guard let (a, z) = seedSpan(i), a > 0, mentions[i].end == tokens[z].end, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized,
                      Self.s47bViFirmNouns1.contains(tokens[a - 1]), s46bViExact(a - 1, 1, Self.s47bViFirmNouns1Exact) else { continue }
                retype.insert(i)
                names.insert(s47bViKey(a, z + 1))
            }
        }
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end else { continue }
            // "(Vabiotech)" right after the firm.
            if z + 3 < tokenCount, keyIs(z + 1, "("), isCap(z + 2), keyIs(z + 3, ")"), tokens[z + 2].script == .latin, !tokens[z + 2].allCaps {
                names.insert(tokens[z + 2].key)
            }
            // The capitalized end after a lowercase word inside the name (two words or more, or one not all capitals).
            guard z - a >= 2, isCap(z), tokens[z].script == .latin else { continue }
            var b = z
            while b > a, isCap(b - 1), tokens[b].spaceBefore { b -= 1 }
            guard b > a + 1, tokens[b - 1].kind == .word, !tokens[b - 1].capitalized, z - b >= 1 || !tokens[z].allCaps else { continue }
            names.insert(s47bViKey(b, z + 1))
        }
        guard !names.isEmpty else { return }
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil && !retype.contains(i) {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z - a <= 3 else { continue }
            // (A Vietnamese person's name, the surname first, stays.)
            if isGivenName(a) && tokens[a].script == .latin && Self.hasVietnameseOnlyLetter(tokens[a].text) { continue }
            if names.contains(s47bViKey(a, z + 1)) { retype.insert(i) }
        }
        for i in retype {
            mentions[i].type = .organization
            mentions[i].placeContext = false
        }
    }

    /// The words' keys of tokens `a..<b`, joined by spaces.
    func s47bViKey(_ a: Int, _ b: Int) -> String {
        var s = ""
        for k in a..<b where tokens[k].kind == .word {
            if !s.isEmpty { s += " " }
            s += tokens[k].key
        }
        return s
    }

    static let s47bViCommittees = h18Keys(["ubnd", "hdnd"])
    static let s47bViUnits1 = h18Keys(["tinh", "tp", "huyen", "quan", "xa", "phuong"])

    /// "UBND TP.HCM", "UBND tỉnh Quảng Nam", "HĐND TP Hà Nội": the people's committee (or council) with its unit's noun
    /// and name is one body (a place read inside it other than its start stays; one read from "UBND" on, and a person
    /// read over the unit's noun, give way).
    mutating func s47bVietnameseCommittees() {
        guard articleHas(Self.s47bViCommittees) else { return }
        var found: [(Int, Int)] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].allCaps, Self.s47bViCommittees.contains(tokens[k]) else { continue }
            var p = k + 1
            if Self.s47bViUnits1.contains(tokens[p]) { p += 1 }
            else if keyIs(p, "thanh"), keyIs(p + 1, "pho") || keyIs(p + 1, "xa") { p += 2 }
            else if keyIs(p, "thi"), keyIs(p + 1, "xa") { p += 2 }
            else { continue }
            // ("TP.HCM", "TP. Đà Nẵng": the dot after "TP"; "TP.HCM", written on, is the city's short name.)
            if p < tokenCount, keyIs(p, "."), keyIs(p - 1, "tp") {
                p += 1
                if p < tokenCount, !tokens[p - 1].spaceBefore, !tokens[p].spaceBefore, tokens[p].allCaps, tokens[p].kind == .word {
                    found.append((k, p + 1))
                    k = p
                    continue
                }
            }
            guard p < tokenCount, isCap(p), tokens[p].script == .latin else { continue }
            // The unit's name: a place read there ("Quảng Nam", "TP.HCM"), not a person's name after an untold unit
            // ("Chủ tịch UBND tỉnh Hồ Sỹ Phong").
            let ps = tokens[p].start
            guard let m = mentions.first(where: { $0.start == ps && ($0.type == .place || $0.known != nil && $0.type != .person) }),
                  let e = (p..<min(p + 5, tokenCount)).first(where: { tokens[$0].end == m.end }).map({ $0 + 1 }) else { continue }
            found.append((k, e))
            k = e - 1
        }
        guard !found.isEmpty else { return }
        var drop = Set<Int>()
        var added: [Mention] = []
        for (a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == end }) { continue }
            // (The body written out in the article, "Hội đồng nhân dân tỉnh Quảng Ninh", is the one read: the short form
            // is left as it was, not a second body beside it.)
            let last = tokens[e - 1].key
            if anyMention(where: { $0.type == .organization && $0.start != s && ($0.words.first == "uy" || $0.words.first == "hoi")
                                   && $0.words.count >= 5 && $0.words.last == last }) { continue }
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end) }) { continue }
            for i in mentions.indices where mentions[i].start >= s && mentions[i].end <= end && mentions[i].type != .country
                && (mentions[i].start == s || mentions[i].type != .place || mentions[i].known == nil && s47bViUnitInside(i, a)) { drop.insert(i) }
            added.append(mention(a, e, type: .organization, evidence: .cue))
        }
        if !added.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// Mention `i` starts at the unit's noun right after token `a` ("TP" of "UBND TP.HCM" read alone).
    func s47bViUnitInside(_ i: Int, _ a: Int) -> Bool { mentions[i].start == tokens[a + 1].start && mentions[i].end == tokens[a + 1].end }

    /// Nouns of villages, towers and stations before a place's name (folded keys; exact spelling checked).
    /// (Not "đền", a temple: its folded key is "đến", "to", before most places.)
    static let s47bViPlaceNouns = h18Keys(["làng", "thôn", "ấp", "tháp", "ga"])
    static let s47bViPlaceNounsExact: Set<String> = ["làng", "thôn", "ấp", "tháp", "ga"]
    /// Nouns of streets and units a list of places follows ("đường A và B", "tỉnh A và B").
    static let s47bViListNouns = h18Keys(["đường", "phố", "tỉnh", "huyện", "quận", "xã", "phường", "làng", "thôn"])
    static let s47bViListNounsExact: Set<String> = ["đường", "phố", "tỉnh", "huyện", "quận", "xã", "phường", "làng", "thôn"]
    static let s47bViVa = h18Keys(["và"])

    /// "tại làng Sujata", "tháp Đại Giác", "ga Bà Quẹo": a capitalized name (four words at most) right after a village's, a
    /// tower's, a temple's or a station's lowercase noun is a place; "dọc đường Lê Lợi và Hai Bà Trưng": a name joined by
    /// "và" to a place after a street's or a unit's noun is one too. A person's, a body's (not known) or no reading
    /// exactly over the name gives way.
    mutating func s47bVietnamesePlaceNouns() {
        let nouns = articleHas(Self.s47bViPlaceNouns), lists = articleHas(Self.s47bViListNouns) && articleHas(Self.s47bViVa)
        guard nouns || lists else { return }
        var found: [(Int, Int)] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, !tokens[k].capitalized, isCap(k + 1), tokens[k + 1].spaceBefore else { continue }
            // (Not after "già" or "trưởng": "Già làng X", "trưởng thôn X" are the village's elder and head.)
            if nouns, Self.s47bViPlaceNouns.contains(tokens[k]), !(k > 0 && (keyIs(k - 1, "gia") || keyIs(k - 1, "truong"))),
               s46bViExact(k, 1, Self.s47bViPlaceNounsExact) {
                let e = s47bViCapsEnd(k + 1)
                found.append((k + 1, e))
                k = e - 1
                continue
            }
            if lists, Self.s47bViListNouns.contains(tokens[k]) {
                let e = s47bViCapsEnd(k + 1)
                guard e + 1 < tokenCount, Self.s47bViVa.contains(tokens[e]), isCap(e + 1), tokens[e + 1].spaceBefore,
                      anyMention(where: { $0.type == .place && $0.start == self.tokens[k + 1].start && $0.end == self.tokens[e - 1].end }),
                      s46bViExact(k, 1, Self.s47bViListNounsExact) else { continue }
                let f = s47bViCapsEnd(e + 1)
                // (A lowercase noun or a title after it ends the list: "và Bộ trưởng …" is no place.)
                guard f - (e + 1) >= 1, !(f < tokenCount && isCap(f)) else { continue }
                found.append((e + 1, f))
                k = f - 1
            }
        }
        guard !found.isEmpty else { return }
        var added: [Mention] = []
        for (a, e) in found {
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            // (A longer name over it stays; a person's or no reading inside it, "Trưng" of "Hai Bà Trưng", gives way.)
            if anyMention(where: { $0.start < end && $0.end > s && ($0.start < s || $0.end > end || $0.known != nil || $0.type == .country
                                                                    || ($0.start != s || $0.end != end) && $0.type != .person && $0.type != nil) }) { continue }
            mentions.removeAll { $0.start >= s && $0.end <= end && ($0.start != s || $0.end != end) }
            if let i = mentions.firstIndex(where: { $0.start == s && $0.end == end }) {
                guard mentions[i].known == nil, mentions[i].type != .place, mentions[i].type != .country else { continue }
                mentions[i].type = .place
                mentions[i].placeContext = true
                continue
            }
            var m = mention(a, e, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }
}
