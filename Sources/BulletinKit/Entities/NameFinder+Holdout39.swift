import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout39 (Belarus, Vietnam, China, Kazakhstan and their partners
/// in Vietnamese, Russian, Chinese, Belarusian and Kazakh wire copy: TTXVN, VnExpress, Nhân Dân; BelTA, Kazinform, TASS;
/// Xinhua, People's Daily; BelTA's Belarusian and Kazinform's Kazakh services; scored untouched at 0.764 entities,
/// 0.971 countries). One pass, `refineHoldout39`, run just before `refineCP15`; every rule is gated on the article's
/// language being vi, ru, zh, be or kk, so an article of any other language pays five short string compares.
///
/// Kazakh (no rule read it before): a legal form before or after a «quoted» name (АҚ, ЖШС, ҰК АҚ) one company with it,
/// a quoted name before a company noun (компаниясы) the company; names before a place's noun (облысы, ауданы, қаласы,
/// теңізі, порты, шекара өткелі, in any case) places; a head-last body (Бас кеден басқармасы, Вьетнам-Қазақстан достық
/// қоғамы) and a city's committee (Хошимин қаласы Халық комитеті) bodies; 'Given Patronymic-ұлы/-қызы Surname' one
/// person (a given name is no country: Данияр), capitalized function words (Республикасы, Сондай-ақ, мен) and legal forms
/// no persons, capitals only (ҚР СІМ) a body; a case suffix on a person's last word cut when the bare form is a name.
///
/// Belarusian: a legal form (ААТ, ТАА, ЗАТ, АТ) before «…» one company; a one-word name after a locative preposition or a
/// place noun (ў Магілёве, паміж Бабруйскам, горадам Шонгконг) a place; an adjective before вобласць/раён a place; an
/// adjective, lowercase words and a body's head (Беларуская ўніверсальная таварная біржа, Магілёўскага аблвыканкама) a
/// body, a committee of a province (Народны камітэт правінцыі X) over the province's name.
///
/// Russian: АЭС/ГЭС/СЭЗ + «…» a place; pairs 'X – Y' after a crossing's or route's noun places; a body 'имени' + a person
/// one body; a person inside a legal form's quotes no person; 'X-ская и Y-ская области' two regions; a government over a
/// region's genitive one body; РК no body in a Kazakh story.
///
/// Vietnamese: trailing lowercase words cut from a company (a verb read into it); Tỉnh ủy/Thành ủy + a place, (Cục) Hải
/// quan + a place, Thượng viện + a country bodies; 'UBND TP X' + a person; a Latin word in -bank a bank; 'biển X' a sea;
/// a head, lowercase words and 'Country - Country' (Tiểu ban hợp tác … Việt Nam - Belarus) a body; a make after 'xe tải'
/// and a head with no capitalized word after it no bodies.
///
/// Chinese: a dotted transliterated name extended over its last syllables (and its family name alone), a 氏 name over its
/// second given syllable; a region in 州 after a country or ending 斯坦州 a place (no 苏州 inside 杰特苏州); a verb or 有
/// opening a place or company cut; 中 + a partner + … + 加工区/产业园 a zone; a known place + …厂 a works; a place before
/// 有限公司 the company; 园区/自治县 alone no place; X海关 / X口岸 of a city read as X市 a body / a port.
///
/// Cost: the pass returns at once for other languages; its scans ask a token's kind, case or key hash before any
/// string test, and the Chinese rules read one UTF-16 copy of the body made once per article.
extension NameFinder {
    /// `tokens[k].key.hasPrefix(p)` on the keys' UTF-8 bytes (keys and stems are NFC): `String.hasPrefix`
    /// compares by `Character`, about 1,300 instructions a call on Cyrillic, and these tests run per word.
    @inline(__always) func h39KeyStarts(_ k: Int, _ p: String) -> Bool {
        // (Both strings' contiguous bytes compared in a loop when they have them, as they nearly always do.)
        let fast = tokens[k].key.utf8.withContiguousStorageIfAvailable { b in
            p.utf8.withContiguousStorageIfAvailable { q -> Bool in
                guard b.count >= q.count else { return false }
                for j in q.indices where b[j] != q[j] { return false }
                return true
            }
        } ?? nil
        return fast ?? tokens[k].key.utf8.starts(with: p.utf8)
    }
    /// `stems.contains { h39KeyStarts(k, $0) }` for stems given as their UTF-8 bytes, compared on the key's
    /// contiguous bytes (the generic `starts(with:)` of two UTF-8 views was about 180 instructions a stem).
    @inline(__always) func h39KeyStartsAny(_ k: Int, _ stems: [[UInt8]]) -> Bool {
        tokens[k].key.utf8.withContiguousStorageIfAvailable { b in
            stems.contains { st in
                guard b.count >= st.count else { return false }
                for j in st.indices where b[j] != st[j] { return false }
                return true
            }
        } ?? stems.contains { tokens[k].key.utf8.starts(with: $0) }
    }

    mutating func refineHoldout39() {
        guard !tokens.isEmpty else { return }
        switch language {
        case "kk": h39Kazakh()
        case "be": h39Belarusian()
        case "ru": h39Russian()
        case "vi": h39Vietnamese()
        case "zh": if hasHan { h39Han() }
        default: return
        }
    }

    // MARK: - Shared helpers

    /// Drops the non-known, non-country mentions overlapping tokens `a..<b` (known ones stay, e.g. a city inside its
    /// committee) and adds one of `type` there; persons overlapping past `b` keep their part after it.
    mutating func h39Put(_ a: Int, _ b: Int, _ type: EntityType, dropKnownPlaces: Bool = false) {
        guard a >= 0, b <= tokens.count, b > a else { return }
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        var rest: [Mention] = []
        for m in mentions where m.known == nil && m.type == .person && m.start < e && m.end > e && m.start >= s {
            if let z = seedTokenIndex(end: m.end), z >= b, h21Cap(b) || isCap(b) { rest.append(mention(b, z + 1, type: .person, evidence: .cue)) }
        }
        mentions.removeAll { $0.type != .country && ($0.known == nil || dropKnownPlaces && $0.type == .place && $0.start >= s && $0.end <= e) && $0.start < e && $0.end > s }
        var m = mention(a, b, type: type, evidence: .cue)
        m.placeContext = type == .place
        mentions.append(m)
        mentions.append(contentsOf: rest)
    }

    /// Adds place `m`, taken as the known place of the same name when the text names one (so they group).
    mutating func h39PutSame(_ m: Mention) {
        var m = m
        m.placeContext = true
        if let o = firstMention(where: { $0.type == .place && $0.known != nil && PlainText.equal($0.surface, m.surface) })
            ?? firstMention(where: { $0.type == .place && PlainText.equal($0.surface, m.surface) }) {
            (m.words, m.surface, m.variants, m.known, m.code) = (o.words, o.surface, o.variants, o.known, o.code)
        }
        mentions.append(m)
    }

    /// Index of the quote closing the one at `q` (a nested «…«…» with one closing mark ends at that mark), or nil.
    func h39QuoteEnd(_ q: Int) -> Int? {
        guard h32Quote(q) else { return nil }
        let n = tokens.count
        var depth = 1, lastClose = -1, j = q + 1
        let guillemet = keyIs(q, "«")
        while j < n, j - q <= 14 {
            if tokens[j].newlineBefore { break }
            if h32Quote(j) {
                if guillemet && keyIs(j, "«") { depth += 1 } else {
                    depth -= 1
                    lastClose = j
                    if depth == 0 { return j }
                }
            }
            j += 1
        }
        return lastClose > q + 1 ? lastClose : nil
    }

    /// A quoted company after (or before) a legal form: the form with the quote is one company.
    mutating func h39QuotedCompanies(before: KeySet, after: KeySet, nouns: KeySet, onlyOverPersons: Bool) {
        // (A name is read only beside a word of one of the three lists: none in the article, nothing to do.)
        guard articleHas(before) || articleHas(after) || articleHas(nouns) else { return }
        let n = tokens.count
        var k = 0
        while k < n {
            defer { k += 1 }
            guard h32Quote(k), !keyIs(k, "»"), !keyIs(k, "”") else { continue }
            let formBefore = k >= 1 && h23Key(k - 1, before) && tokens[k - 1].allCaps
            guard let q = h39QuoteEnd(k), q > k + 1 else { continue }
            var e = q + 1
            var formAfter = false
            if e < n, h23Key(e, after) { formAfter = true; e += 1; if e < n, h23Key(e, after) { e += 1 } }
            let nounAfter = !formAfter && e < n && h23Key(e, nouns)
            guard formBefore || formAfter || nounAfter else { continue }
            let (s, qe) = (tokens[k].start, tokens[q].end)
            if onlyOverPersons, !anyMention(where: { $0.type == .person && $0.known == nil && $0.start >= s && $0.end <= qe }) { continue }
            h39Put(formBefore ? k - 1 : k, nounAfter ? q + 1 : e, .organization, dropKnownPlaces: true)
            k = e - 1
        }
    }

    // MARK: - Kazakh

    static let h39KkLegalAfter = h18Keys(["АҚ", "ЖШС", "ҰК", "ЖАҚ", "ЖК", "ӘАҚ"])
    static let h39KkLegalBefore = h18Keys(["ТОО", "АО", "ЖШС", "АҚ"])
    static let h39KkCompanyNouns = h18Keys(["компаниясы", "компаниясының", "компаниясымен", "корпорациясы", "корпорациясының", "холдингі",
        "холдингінің", "тобы", "тобының", "зауыты", "зауытының"])
    /// Capitalized words that are never part of a person's name in Kazakh (function words, the state's words, legal forms).
    static let h39KkNoNames = h18Keys(["республикасы", "республикаса", "республикасының", "халық", "сыртқы", "мен", "пен", "бен", "сондай",
        "ақ", "ұк", "аҚ", "жшс", "бұл", "оның", "сонымен", "қатар", "кездесу", "тараптар", "ауыл", "бас", "министрі", "министрінің"])
    /// Stems of a place's noun after its name (облысы, облысының, облысындағы …).
    static let h39KkPlaceHeads = ["облыс", "аудан", "қала", "теңіз", "порт", "ауыл", "өзен", "көл", "шекара", "кент", "станция", "өңір"]
    /// Stems of a body's head noun at its end (басқармасы, министрлігі, комитеті, қоғамы …).
    static let h39KkOrgHeads = ["басқарма", "министрлі", "комитет", "корпорация", "қоғам", "университет", "банк", "палата", "агенттіг",
        "әкімдіг", "мәслихат", "кеңес", "қоры", "орталығ", "академия", "институт"]
    /// Case suffixes of Kazakh nouns (genitive, instrumental, dative, locative, ablative, accusative), longest first.
    static let h39KkSuffixes = ["ның", "нің", "дың", "дің", "тың", "тің", "мен", "бен", "пен", "ға", "ге", "қа", "ке", "да", "де", "та", "те",
        "нан", "нен", "дан", "ден", "тан", "тен", "ны", "ні", "ды", "ді", "ты", "ті"]

    @inline(__always) func h39KkPatronymic(_ k: Int) -> Bool {
        guard k >= 0, k < tokenCount, tokens[k].kind == .word, tokens[k].capitalized else { return false }
        let key = tokens[k].key
        return key.count >= 6 && (key.hasSuffix("ұлы") || key.hasSuffix("қызы") || key.hasSuffix("улы") || key.hasSuffix("кызы"))
    }

    @inline(__always) func h39Stem(_ k: Int, _ stems: [String]) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && !tokens[k].capitalized && stems.contains { h39KeyStarts(k, $0) }
    }

    mutating func h39Kazakh() {
        let n = tokens.count
        // Given Patronymic-ұлы Surname: one person (a given name read as a country, Данияр, is none).
        var k = 1
        while k + 1 < n {
            defer { k += 1 }
            guard h39KkPatronymic(k), h21Cap(k - 1), h21Cap(k + 1), tokens[k].spaceBefore, tokens[k + 1].spaceBefore else { continue }
            let (s, e) = (tokens[k - 1].start, tokens[k + 1].end)
            mentions.removeAll { $0.known == nil && $0.start < e && $0.end > s || $0.type == .country && $0.start == s && $0.end == tokens[k - 1].end }
            mentions.append(mention(k - 1, k + 2, type: .person, evidence: .cue))
            k += 1
        }
        h39QuotedCompanies(before: Self.h39KkLegalBefore, after: Self.h39KkLegalAfter, nouns: Self.h39KkCompanyNouns, onlyOverPersons: false)
        // Persons made of function words or legal forms: none; capitals only (ҚР СІМ): a body.
        var drop = Set<Int>(), add: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .person {
            guard let (a, z) = h31Span(i) else { continue }
            if (a...z).allSatisfy({ tokens[$0].kind != .word || tokens[$0].allCaps }), z > a {
                mentions[i].type = .organization
                continue
            }
            if (a...z).contains(where: { tokens[$0].kind == .word && (h23Key($0, Self.h39KkNoNames) || tokens[$0].allCaps) }) { drop.insert(i) }
        }
        // A one-word mention of a function word (Сыртқы): none.
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) == 1 {
            if let (a, _) = h31Span(i), h23Key(a, Self.h39KkNoNames), !keyIs(a, "бас") { drop.insert(i) }
        }
        // A Vietnamese family name of two letters before a person (Во Ван Хоа): part of the name.
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .person && !drop.contains(i) {
            guard let (a, z) = h31Span(i), a >= 1, h21Cap(a - 1), tokens[a - 1].text.count == 2, !tokens[a - 1].allCaps, !tokens[a - 1].sentenceStart,
                  tokens[a].spaceBefore else { continue }
            drop.insert(i)
            add.append(mention(a - 1, z + 1, type: .person, evidence: .cue))
        }
        if !drop.isEmpty || !add.isEmpty { replaceMentions(removing: drop, adding: add) }
        // A city's or region's committee: X қаласы/облысы + Халық комитеті / әкімдігі.
        k = 0
        while k + 1 < n {
            defer { k += 1 }
            guard h39Stem(k, Self.h39KkOrgHeads) else { continue }
            // Back over lowercase words (two at most) to the capitalized word opening the body.
            var a = k - 1
            while a >= 0, k - a <= 2, tokens[a].kind == .word, !tokens[a].capitalized, !tokens[a].allCaps { a -= 1 }
            guard a >= 0, h21Cap(a), !tokens[a].allCaps, !h23Key(a, Self.h39KkNoNames) || keyIs(a, "халық") || keyIs(a, "бас") else { continue }
            // Country-Country compounds (Вьетнам-Қазақстан).
            if a >= 2, h27Dash(a - 1), !tokens[a - 1].spaceBefore, h21Cap(a - 2) { a -= 2 }
            // The city's or region's noun before it (Хошимин қаласы Халық комитеті).
            if a >= 2, h39Stem(a - 1, ["қала", "облыс", "аудан"]), h21Cap(a - 2) { a -= 2 }
            guard !h23Key(a, Self.h39KkNoNames) || keyIs(a, "халық") || keyIs(a, "бас") else { continue }
            h39Put(a, k + 1, .organization)
        }
        // Names before a place's noun: X облысы, X ауданының, Ақтау портын, Қорғас шекара өткелі, Шыңжаң Ұйғыр автономиялық ауданы.
        k = 1
        while k < n {
            defer { k += 1 }
            guard h39Stem(k, Self.h39KkPlaceHeads) else { continue }
            var z = k
            if keyIs(k, "шекара"), k + 1 < n, h39KeyStarts(k + 1, "өткел") { z = k + 1 }
            var b = k - 1
            if b >= 1, tokens[b].kind == .word, !tokens[b].capitalized, h39KeyStarts(b, "автоном") { b -= 1 }
            guard h21Cap(b), !tokens[b].allCaps else { continue }
            var a = b
            while a - 1 >= 0, b - a < 2, h21Cap(a - 1), !tokens[a - 1].allCaps, tokens[a].spaceBefore, !tokens[a].newlineBefore,
                  !h39KkPatronymic(a - 1), !h39KkPatronymic(a - 2), !h23Key(a - 1, Self.h39KkNoNames), !tokens[a - 1].sentenceStart { a -= 1 }
            // Inside a body already read (Хошимин қаласы Халық комитеті): the body stays, the name is the place.
            let (s, e) = (tokens[a].start, tokens[z].end)
            if anyMention(where: { $0.type == .organization && $0.start < e && $0.end > s }) { continue }
            let regional = keyIs(k, "облысы") || h39KeyStarts(k, "облыс") || h39KeyStarts(k, "аудан")
            if regional {
                mentions.removeAll { $0.type == .place && $0.known != nil && $0.start >= s && $0.end <= e }
            } else if let j = firstMentionIndex(where: { $0.known != nil && $0.type == .place && $0.start == s }) {
                _ = j
                continue   // a known city before қаласы/порты: it is already that city
            }
            h39Put(a, z + 1, .place)
            k = z
        }
        h39KazakhSuffixes()
        h39CaseForms()
    }

    /// Common prefix length of two keys (in characters).
    static func h39Prefix(_ a: String, _ b: String) -> Int {
        var n = 0
        for (x, y) in zip(a, b) { if x == y { n += 1 } else { break } }
        return n
    }

    /// The same word in another case: a common start of all but two letters of the shorter (at least four).
    static func h39SameStem(_ a: String, _ b: String) -> Bool {
        let (ca, cb) = (a.count, b.count)
        guard ca >= 4, cb >= 4, abs(ca - cb) <= 3 else { return false }
        let p = h39Prefix(a, b)
        return p >= 4 && p >= min(ca, cb) - 2
    }

    /// Belarusian and Kazakh names in another case or with initials (А. М. Шаўчэні, Айдар Сагынбаеў beside Айдара Нурланулы
    /// Сагынбаева; Магілёве beside Магілёў): the words of the fullest form, so they group.
    mutating func h39CaseForms() {
        var persons: [Int] = [], places: [Int] = []
        for i in mentions.indices {
            if mentionType(i) == .person, mentionWordCount(i) >= 2 { persons.append(i) }
            if mentionType(i) == .place, mentionWordCount(i) == 1 { places.append(i) }
        }
        for i in persons where mentionKnown(i) == nil {
            let w = mentionWords(i)
            let initials = w.dropLast().allSatisfy { $0.count == 1 }
            for j in persons where j != i && mentionWordCount(j) > w.count || j != i && mentionWordCount(j) == 3 && w.count == 3 && initials {
                let f = mentionWords(j)
                guard f.count >= 2, !f.dropLast().contains(where: { $0.count == 1 }), let fl = f.last, let wl = w.last,
                      Self.h39SameStem(fl, wl) || fl == wl else { continue }
                var ok: Bool
                if initials {
                    ok = w.count - 1 <= f.count - 1
                    for (d, x) in w.dropLast().enumerated() where ok { ok = f[d].first == x.first }
                } else {
                    ok = w.count == 2 && Self.h39SameStem(f[0], w[0]) || w.count == f.count && zip(w, f).allSatisfy { Self.h39SameStem($0, $1) || $0 == $1 }
                }
                guard ok else { continue }
                mentions[i].words = f
                break
            }
        }
        for i in places where mentionKnown(i) == nil {
            let w = mentionWords(i)[0]
            guard let j = places.first(where: { $0 != i && mentionWords($0)[0] != w && Self.h39SameStem(mentionWords($0)[0], w)
                && (mentionKnown($0) != nil || mentionWords($0)[0].count < w.count) }) else { continue }
            let o = mentions[j]
            (mentions[i].words, mentions[i].surface, mentions[i].variants, mentions[i].known, mentions[i].code) = (o.words, o.surface, o.variants, o.known, o.code)
        }
    }

    /// A person's last word with a case suffix (Сейітқалиевтің, Тхуанмен) where the bare form ends another person's name, or
    /// an instrumental -мен/-бен/-пен on a name of two or more words: the suffix is cut.
    mutating func h39KazakhSuffixes() {
        var lasts: [String] = []
        for i in mentions.indices where mentionType(i) == .person { if let w = mentionWords(i).last { lasts.append(w) } }
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .person {
            guard let last = mentionWords(i).last, last.count >= 6 else { continue }
            for suf in Self.h39KkSuffixes where last.hasSuffix(suf) {
                let base = String(last.dropLast(suf.count))
                let instrumental = suf == "мен" || suf == "бен" || suf == "пен"
                guard lasts.contains(base) || instrumental && mentionWordCount(i) >= 2 else { continue }
                let surface = mentionSurface(i)
                guard surface.count > suf.count else { break }
                var words = mentionWords(i)
                words[words.count - 1] = base
                var m = Mention(surface: String(surface.dropLast(suf.count)), start: mentionStart(i), end: mentionEnd(i) - suf.utf16.count,
                                type: .person, evidence: mentionEvidence(i), words: words)
                (m.firstToken, m.lastToken) = (mentions[i].firstToken, mentions[i].lastToken)
                mentions[i] = m
                break
            }
        }
    }

    // MARK: - Belarusian

    static let h39BeLegalForms = h18Keys(["ААТ", "ТАА", "ЗАТ", "АТ", "УП", "СТАА", "ПрУП", "ЗБТ", "ПУП", "ААТ"])
    static let h39BeLocatives = h18Keys(["у", "ў", "ва", "з", "са", "да", "каля", "паміж", "праз", "пад", "ля", "горадам", "горад", "горада",
        "горадзе", "правінцыя", "правінцыі", "правінцыю", "вёсцы", "вёска", "пасёлку"])
    static let h39BeAreaHeads = h18Keys(["вобласць", "вобласці", "вобласцю", "раён", "раёна", "раёне", "раёнам", "край", "краю"])
    static let h39BeOrgHeads = ["ўніверсітэт", "універсітэт", "інстытут", "біржа", "біржы", "камітэт", "аблвыканкам", "райвыканкам",
        "гарвыканкам", "выканкам", "завод", "камбінат", "банк", "акадэмі", "палат", "міністэрств", "савет", "саюз", "канцэрн", "федэрацы"]

    @inline(__always) func h39BeAdjective(_ k: Int) -> Bool {
        guard h21Cap(k), !tokens[k].allCaps else { return false }
        let key = tokens[k].key
        return key.hasSuffix("і") || key.hasSuffix("ы") || key.hasSuffix("ая") || key.hasSuffix("ага") || key.hasSuffix("ай") || key.hasSuffix("ую")
            || key.hasSuffix("ым") || key.hasSuffix("ае") || key.hasSuffix("ія") || key.hasSuffix("ым") || key.hasSuffix("ім")
    }

    mutating func h39Belarusian() {
        let n = tokens.count
        h39QuotedCompanies(before: Self.h39BeLegalForms, after: KeySet([String]()), nouns: KeySet([String]()), onlyOverPersons: false)
        // Adjective (hyphenated) + lowercase words + a body's head; a committee of a province over the province's name.
        var k = 0
        while k < n {
            defer { k += 1 }
            guard h39BeAdjective(k) || isCountry[k] && h21Cap(k) else { continue }
            var a = k, j = k + 1
            if j + 1 < n, h27Dash(j), !tokens[j].spaceBefore, h21Cap(j + 1) { j += 2 }
            // An area: Магілёўская вобласць, Паўночна-Казахстанскую вобласць.
            if j < n, h23Key(j, Self.h39BeAreaHeads) {
                if a >= 2, h27Dash(a - 1), !tokens[a - 1].spaceBefore, h21Cap(a - 2) { a -= 2 }
                h39Put(a, j + 1, .place)
                k = j
                continue
            }
            var head = -1
            var m = j
            while m < n, m - j <= 3, tokens[m].kind == .word, !tokens[m].capitalized, !tokens[m].allCaps {
                if Self.h39BeOrgHeads.contains(where: { h39KeyStarts(m, $0) }) { head = m; break }
                m += 1
            }
            guard head >= 0 else { continue }
            // Inside a company already read (ААТ «Бабруйскі завод …»): that company.
            if anyMention(where: { $0.type == .organization && $0.start < tokens[a].start && $0.end >= tokens[head].end }) { continue }
            var z = head
            // Народны камітэт правінцыі Тхайнгуен: the province's name closes the body.
            if z + 2 < n, h39KeyStarts(z + 1, "правінцы") || h39KeyStarts(z + 1, "вобласц") || h39KeyStarts(z + 1, "горад"),
               h21Cap(z + 2) { z += 2 }
            h39Put(a, z + 1, .organization)
            k = z
        }
        // One word after a locative preposition or a place noun, read as a body or a person: a place.
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != .place {
            guard let (a, z) = h31Span(i), a == z, a >= 1, tokens[a].script == .cyrillic, !tokens[a].allCaps, h23Key(a - 1, Self.h39BeLocatives),
                  !h32Quote(a - 1), !Self.h39BeOrgHeads.contains(where: { h39KeyStarts(a, $0) }) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
        h39CaseForms()
        // Not yet read at all after a place noun (правінцыя Тхайнгуен): a place.
        k = 0
        while k + 1 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, h39KeyStarts(k, "правінцы") || h39KeyStarts(k, "горад"),
                  h21Cap(k + 1), !tokens[k + 1].allCaps else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[k + 1].end)
            if anyMention(where: { $0.start < e && $0.end > s && ($0.type == .organization || $0.type == .place || $0.known != nil) }) { continue }
            h39Put(k + 1, k + 2, .place)
        }
    }

    // MARK: - Russian

    static let h39RuSiteAcronyms = h18Keys(["АЭС", "ГЭС", "ТЭС", "ТЭЦ", "ГРЭС", "СЭЗ", "ОЭЗ", "ФЭЗ", "МЦПС", "ГАЭС"])
    static let h39RuLegalForms = h18Keys(["ООО", "ОАО", "АО", "ЗАО", "ПАО", "ТОО", "СЗАО", "ИООО", "ЧУП", "УП", "ЧТУП", "НАО", "АООТ"])
    static let h39RuRouteStems = ["переход", "пункт", "маршрут", "направлени", "трасс", "магистрал", "участк", "участок", "сообщени", "линии"]
    static let h39RuBodyStems = ["правительств", "администраци", "исполком", "облисполком", "комитет", "министерств", "управлени",
        "совет", "акимат", "правлени", "департамент", "собрани"]
    static let h39RuRouteStemBytes = h39RuRouteStems.map { Array($0.utf8) }
    static let h39RuBodyStemBytes = h39RuBodyStems.map { Array($0.utf8) }
    static let h39RuAreaGenitives = h18Keys(["района", "области", "края", "округа", "республики"])

    /// The gates of two patterns of `h39Russian`: "имени" after a body, and the region's noun after two adjectives.
    static let h39RuNamedAfter = KeySet(["имени"]), h39RuRegionPlurals = KeySet(["области", "края", "республики"])

    mutating func h39Russian() {
        let n = tokens.count
        // АЭС «Ниньтхуан-1», СЭЗ «Хоргос – Восточные ворота»: a site.
        // (Each pattern gated on a key of its list below acts only at such a word: with none in the article, it is skipped.)
        let namedAfter = articleHas(Self.h39RuNamedAfter), areaGenitives = articleHas(Self.h39RuAreaGenitives)
        var k = articleHas(Self.h39RuSiteAcronyms) ? 0 : n
        while k + 2 < n {
            defer { k += 1 }
            guard h23Key(k, Self.h39RuSiteAcronyms), tokens[k].allCaps, keyIs(k + 1, "«"), let q = h39QuoteEnd(k + 1), q > k + 2 else { continue }
            h39Put(k, q + 1, .place)
            k = q
        }
        // (The per-token tests below compare the key's hash first: no call per token. See `keyIs(_:_:hash:)`.)
        let hOpen = Token.hash("«"), hAnd = Token.hash("и")
        // электростанции «Ниньтхуан-1», месторождения «…»: the site is the quoted name.
        k = 1
        while k + 2 < n {
            defer { k += 1 }
            guard keyIs(k + 1, "«", hash: hOpen), tokens[k].kind == .word, !tokens[k].capitalized,
                  h39KeyStarts(k, "электростанци") || h39KeyStarts(k, "месторождени"),
                  let q = h39QuoteEnd(k + 1), q > k + 2, q - k <= 6 else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[q].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            h39Put(k + 1, q + 1, .place)
            k = q
        }
        // A person inside a legal form's quotes (ТОО «Караганда Экспорт Сервис»): the company.
        h39QuotedCompanies(before: Self.h39RuLegalForms, after: KeySet([String]()), nouns: KeySet([String]()), onlyOverPersons: true)
        // Pairs after a crossing's or a route's noun: переходов Достык – Алашанькоу и Алтынколь – Хоргос.
        k = 0
        while k + 3 < n {
            defer { k += 1 }
            // (The capital after the noun asked first: most words have none.)
            guard h21Cap(k + 1) || h21Lower(k + 1) && h21Cap(k + 2), tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .cyrillic,
                  h39KeyStartsAny(k, Self.h39RuRouteStemBytes) else { continue }
            var j = k + 1
            if j < n, tokens[j].kind == .word, !tokens[j].capitalized, h39KeyStarts(j, "пропуск") { j += 1 }
            while j + 2 < n, h21Cap(j), !tokens[j].allCaps, h27Dash(j + 1), tokens[j + 1].spaceBefore, h21Cap(j + 2), !tokens[j + 2].allCaps {
                for t in [j, j + 2] {
                    let (s, e) = (tokens[t].start, tokens[t].end)
                    if anyMention(where: { $0.known != nil && $0.start < e && $0.end > s || $0.type == .place && $0.start <= s && $0.end >= e }) { continue }
                    h39Put(t, t + 1, .place)
                }
                j += 3
                if j + 1 < n, keyIs(j, "и") || keyIs(j, ",") { j += 1 } else { break }
            }
            k = max(k, j - 1)
        }
        // A body named after a person (… университетом имени П.О. Сухого): one body.
        var drop = Set<Int>()
        var grow: [(Int, Int, Int)] = []   // mention, first token, last token
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && namedAfter {
            guard let (a, z) = h31Span(i), z + 2 < n, keyIs(z + 1, "имени") else { continue }
            var e = z + 2
            while e + 1 < n, tokens[e].kind == .word, tokens[e].text.count == 1, tokens[e].capitalized, keyIs(e + 1, ".") { e += 2 }
            guard h21Cap(e) else { continue }
            if e == z + 2, e + 1 < n, h21Cap(e + 1), tokens[e + 1].spaceBefore { e += 1 }
            let (s, pe) = (tokens[z + 2].start, tokens[e].end)
            for j in mentions.indices where j != i && mentions[j].known == nil && mentions[j].start >= s && mentions[j].end <= pe { drop.insert(j) }
            grow.append((i, a, e))
        }
        for (i, a, e) in grow { mentions[i] = mention(a, e + 1, type: .organization, evidence: .cue) }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        // Гомельская и Карагандинская области: each adjective a region.
        k = articleHas(Self.h39RuRegionPlurals) ? 0 : n
        while k + 3 < n {
            defer { k += 1 }
            guard keyIs(k + 1, "и", hash: hAnd), h21Cap(k), h21Cap(k + 2), PlainText.hasSuffix(tokens[k].key, "ая"), PlainText.hasSuffix(tokens[k + 2].key, "ая"),
                  keyIs(k + 3, "области") || keyIs(k + 3, "края") || keyIs(k + 3, "республики") else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.start < e && $0.end > s && $0.type != .country }) { continue }
            h39Put(k, k + 1, .place)
        }
        // A government over a region's genitive: Народного правительства Синьцзян-Уйгурского автономного района.
        var govs: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && areaGenitives {
            guard let (a, z) = h31Span(i), z + 2 < n, h39KeyStartsAny(z, Self.h39RuBodyStemBytes), h21Cap(z + 1) else { continue }
            var j = z + 1
            if j + 2 < n, h27Dash(j + 1), !tokens[j + 1].spaceBefore, h21Cap(j + 2) { j += 2 }
            guard PlainText.hasSuffix(tokens[j].key, "ого") || PlainText.hasSuffix(tokens[j].key, "ой") else { continue }
            var e = j + 1
            if e < n, tokens[e].kind == .word, !tokens[e].capitalized, PlainText.hasSuffix(tokens[e].key, "ого") || PlainText.hasSuffix(tokens[e].key, "ой") { e += 1 }
            guard e < n, h23Key(e, Self.h39RuAreaGenitives) else { continue }
            govs.append((a, z, e))
        }
        for (a, z, e) in govs {
            let (s, pe) = (tokens[z + 1].start, tokens[e].end)
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < pe && $0.end > s || $0.known == nil && $0.type == .organization && $0.start == tokens[a].start && $0.end == tokens[z].end }
            mentions.append(mention(a, e + 1, type: .organization, evidence: .cue))
        }
        // РК (the Republic of Kazakhstan) in a Kazakh story: no body.
        if anyMention(where: { $0.type == .country && $0.code == "KZ" }) {
            mentions.removeAll { $0.known == nil && $0.type == .organization && $0.surface == "РК" }
        }
    }

    // MARK: - Vietnamese

    static let h39ViCompanyHeads: [[String]] = [["công", "ty"], ["tập", "đoàn"], ["tổng", "công", "ty"], ["hợp", "tác", "xã"]]
    static let h39ViGenericHeads: [[String]] = [["nhà", "máy"], ["công", "ty"], ["viện"], ["trường"], ["bệnh", "viện"], ["xí", "nghiệp"]]
    /// The folded keys of the first words of `h39ViCompanyHeads` and `h39ViGenericHeads`.
    static let h39ViHeadFirstKeys = KeySet((h39ViCompanyHeads + h39ViGenericHeads).map { TextFolding.key($0[0]) })
    static let h39ViVehicleNouns: [[String]] = [["xe", "tải"], ["xe", "buýt"], ["xe", "khách"], ["máy", "kéo"], ["ô", "tô"]]
    /// Heads of a joint body named by two countries (Tiểu ban hợp tác … Việt Nam - Belarus, Nhóm nghị sĩ hữu nghị …).
    static let h39ViJointHeads: [[String]] = [["tiểu", "ban"], ["nhóm"], ["ủy", "ban"], ["uỷ", "ban"], ["hội"], ["phân", "ban"], ["diễn", "đàn"]]

    /// The UTF-16 units of "哈白越俄吉乌塔蒙老柬巴" (partners' one-character names) and "的在和与、建设" (what may precede 中), made
    /// once: the zone scan asked the literals' `utf16` views, transcoded per test. (spd32)
    static let h39ZonePartners = Array("哈白越俄吉乌塔蒙老柬巴".utf16), h39ZoneLeftBounds = Array("的在和与、建设".utf16)

    /// Tokens from `k` spell `words` (lowercase, with their marks: "biến" is no "biển").
    /// (`PlainText.equal`: a plain exact form, nearly every one, is compared on bytes, not by `String`'s normalizing `!=`.)
    @inline(__always) func h39Keys(_ k: Int, _ words: [String]) -> Bool {
        guard k >= 0, k + words.count <= tokenCount else { return false }
        for (d, w) in words.enumerated() where tokens[k + d].kind != .word || !PlainText.equal(exactForm(k + d), w) { return false }
        return true
    }

    /// End (inclusive) of a unit's name from `k`: the capitalized run, cut before a family name that opens a person's name
    /// after it (Tỉnh ủy Cà Mau Lâm Văn Bi: Cà Mau).
    func h39ViUnitEnd(_ k: Int) -> Int? {
        guard let r = h21CapRun(k, max: 6) else { return nil }
        var j = k + 1
        while j <= r - 1 {
            if h19Key(j, Self.h19VietnameseSurnames) || h19Key(j, Self.h21VietnameseSurnames) { return j - 1 }
            j += 1
        }
        return min(r, k + 2)
    }

    /// The keys of `h39Vietnamese`'s readings at a word (tiểu ban, nhóm, ủy ban, hội, phân ban, diễn đàn, UBND, biển) and at
    /// the word after it (ủy, quan, viện).
    static let h39ViLoopKeys = KeySet(["tieu", "nhom", "uy", "hoi", "phan", "dien", "ubnd", "bien"])
    static let h39ViNextKeys = KeySet(["uy", "quan", "vien"])

    mutating func h39Vietnamese() {
        let n = tokens.count
        // A company read over the verb after it (… Đồng Đăng Xanh ký, … Bắc Kạn xem): the name ends at its last capitalized word;
        // a head with no capitalized word after it (Nhà máy ô tô) names no body.
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .organization {
            guard let (a, z) = h31Span(i), tokens[a].script == .latin else { continue }
            // (Every head's first word folds to one of these keys: one hashed probe before the exact forms' compares.)
            guard h23Key(a, Self.h39ViHeadFirstKeys) else { continue }
            if let head = Self.h39ViCompanyHeads.first(where: { h39Keys(a, $0) }), z >= a + head.count, h21Lower(z) {
                var c = z
                while c > a + head.count, h21Lower(c), tokens[c].spaceBefore { c -= 1 }
                // (Whole words only: a decomposed syllable is several tokens.)
                if c > a + head.count - 1, h21Cap(c), c < z, (c + 1...z).allSatisfy({ tokens[$0].spaceBefore && (tokens[$0 + 1 < n ? $0 + 1 : $0].spaceBefore || $0 + 1 >= n || $0 == z) }) {
                    mentions[i] = mention(a, c + 1, type: .organization, evidence: mentionEvidence(i))
                }
                continue
            }
            if let head = Self.h39ViGenericHeads.first(where: { h39Keys(a, $0) }), z >= a + head.count,
               (a + 1...z).allSatisfy({ tokens[$0].kind != .word || h21Lower($0) }) { drop.insert(i) }
        }
        // A make after a vehicle's noun (300 xe tải MAZ): no body.
        for i in mentions.indices where mentionType(i) != .country {
            guard let (a, z) = h31Span(i), a == z, tokens[a].allCaps, tokens[a].script == .latin,
                  Self.h39ViVehicleNouns.contains(where: { h39Keys(a - $0.count, $0) }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        var k = 0
        // (The sets read once: a static's every read in the loop checked its initialization and retained it.)
        let loopKeys = Self.h39ViLoopKeys, nextKeys = Self.h39ViNextKeys
        // (Neither list in the article: the -bank reading alone is left, its probes skipped.)
        let loopCues = articleHas(loopKeys) || articleHas(nextKeys)
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { continue }
            // Every reading below needs one of these keys at k or k + 1, or a word ending in -bank: one hashed probe
            // each, before the literal compares.
            guard loopCues && (h23Key(k, loopKeys) || h23Key(k + 1, nextKeys))
                || tokens[k].key.utf8.count >= 7 && tokens[k].key.utf8.last == 0x6B else { continue }
            // Tỉnh ủy / Thành ủy / Huyện ủy + the unit's name: the party committee.
            if h21Cap(k), keyIs(k + 1, "uy"), h39Keys(k + 1, ["ủy"]) || h39Keys(k + 1, ["uỷ"]), h21Lower(k + 1), h39Keys(k, ["tỉnh"]) || h39Keys(k, ["thành"]) || h39Keys(k, ["huyện"]),
               let r = h39ViUnitEnd(k + 2) {
                h39Put(k, r + 1, .organization)
                k = r
                continue
            }
            // (Cục) Hải quan + a place: the customs office.
            if h21Cap(k), keyIs(k + 1, "quan"), h39Keys(k, ["hải", "quan"]), h21Lower(k + 1), let r = h39ViUnitEnd(k + 2) {
                let a = k >= 1 && h39Keys(k - 1, ["cục"]) && h21Cap(k - 1) ? k - 1 : k
                h39Put(a, r + 1, .organization)
                k = r
                continue
            }
            // Thượng viện / Hạ viện + a country: that chamber.
            if h21Cap(k), keyIs(k + 1, "vien"), h39Keys(k, ["thượng", "viện"]) || h39Keys(k, ["hạ", "viện"]), h21Lower(k + 1), isCountry[k + 2] {
                var e = k + 2
                while e + 1 < n, isCountry[e + 1], tokens[e + 1].spaceBefore { e += 1 }
                h39Put(k, e + 1, .organization)
                k = e
                continue
            }
            // A joint body named by two countries: head, lowercase words, 'Country - Country'.
            if h21Cap(k), keyIs(k, "tieu") || keyIs(k, "nhom") || keyIs(k, "uy") || keyIs(k, "hoi") || keyIs(k, "phan") || keyIs(k, "dien"),
               let head = Self.h39ViJointHeads.first(where: { h39Keys(k, $0) }) {
                var j = k + head.count
                while j < n, j - k <= 10, h21Lower(j), !isCountry[j] { j += 1 }
                guard j > k + head.count, j < n, isCountry[j] else { continue }
                var e = j
                while e + 1 < n, isCountry[e + 1], tokens[e + 1].spaceBefore { e += 1 }
                guard e + 2 < n, h27Dash(e + 1), isCountry[e + 2] else { continue }
                e += 2
                while e + 1 < n, isCountry[e + 1], tokens[e + 1].spaceBefore { e += 1 }
                h39Put(k, e + 1, .organization)
                k = e
                continue
            }
            // 'UBND TP X' + a person's name: the body of the city X, then the person.
            if keyIs(k, "ubnd"), tokens[k + 1].text == "TP" || tokens[k + 1].text == "TX", let r = h21CapRun(k + 2, max: 6), r >= k + 4 {
                var j = k + 3
                while j <= r, !(h19Key(j, Self.h19VietnameseSurnames) || h19Key(j, Self.h21VietnameseSurnames)) { j += 1 }
                guard j <= r - 1 else { continue }
                h39Put(k, j, .organization)
                let (s, e) = (tokens[k + 2].start, tokens[j - 1].end)
                if !anyMention(where: { $0.type == .place && $0.start == s && $0.end == e }) { h39PutSame(mention(k + 2, j, type: .place, evidence: .cue)) }
                h39Put(j, r + 1, .person)
                k = r
                continue
            }
            // 'biển X': a sea.
            if keyIs(k, "bien"), h21Lower(k), h39Keys(k, ["biển"]), let r = h21CapRun(k + 1, max: 3) {
                let (s, e) = (tokens[k + 1].start, tokens[r].end)
                if !anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { h39Put(k + 1, r + 1, .place) }
                k = r
                continue
            }
            // A Latin word ending in -bank (Vietcombank, Techcombank): a bank.
            if h21Cap(k), tokens[k].key.utf8.count >= 7, tokens[k].key.utf8.last == 0x6B, PlainText.hasSuffix(tokens[k].key, "bank") {
                let (s, e) = (tokens[k].start, tokens[k].end)
                if !anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil || $0.type == .organization) }) { h39Put(k, k + 1, .organization) }
            }
        }
        // A place read over an ethnic group's name (Khu tự trị dân tộc Choang Quảng Tây): the place is the rest.
        var cuts: [(Int, Int)] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .place {
            guard let (a, z) = h31Span(i), z > a, a >= 2, h39Keys(a - 2, ["dân", "tộc"]) else { continue }
            cuts.append((a + 1, z + 1))
        }
        for (a, b) in cuts {
            let (s, e) = (tokens[a - 1].start, tokens[b - 1].end)
            mentions.removeAll { $0.known == nil && $0.type == .place && $0.start == s && $0.end == e }
            h39PutSame(mention(a, b, type: .place, evidence: .cue))
        }
    }

    // MARK: - Chinese

    /// Characters of transliterated foreign names (Kazakh, Russian, Uyghur, Arabic …) in Han text.
    static let h39HanTranslit = H33Bits("阿埃艾安奥巴拜班贝本比别波伯博布查达丹德迪蒂东杜多厄恩尔法菲费夫弗福盖冈戈格古哈海汉赫胡霍基吉加贾杰捷金卡凯康科克库拉莱赖兰朗劳勒雷里丽利列林琳留卢鲁路伦罗洛马玛迈麦曼梅门米密莫姆穆纳娜奈南内尼努诺帕佩皮普奇齐契恰乔切丘萨塞赛桑瑟森沙莎舍什施斯松苏索塔泰坦汤特提图托瓦万维韦温沃乌西希谢辛休雅亚扬耶叶伊因尤约扎泽詹朱卓兹佐娃娅买吐逊热合依江力肯木汗提坎肖克耶夫诺娃斯基突厥")
    /// Verbs (and 有) that open a place's or a company's name read over them: 提升河口口岸, 建设金城工业区, 有新疆….
    static let h39HanVerbOpeners: [[UInt16]] = ["建设", "提升", "推进", "扩大", "加强", "开通", "考察", "参观", "抵达", "前往", "途经", "连接",
        "位于", "已有", "有"].map { Array($0.utf16) }
    /// The first UTF-16 unit of each of `h39HanVerbOpeners`.
    static let h39HanVerbOpenerFirsts = H33Bits(h39HanVerbOpeners.compactMap(\.first))
    /// Generic place words alone: no place.
    static let h39HanGenericPlaces: WordSet = ["园区", "口岸", "港区", "开发区", "工业区", "自治县", "自治州", "自治区", "新区"]
    /// Characters after which a Vietnamese 氏 name has ended (a verb, a particle, punctuation).
    static let h39HanNameStops = H33Bits("陪说表介在和与等的是一、，。；：指认称会出率也还于对向将到已曾则就都")

    /// The body's UTF-16 units rebuilt from its tokens (spaces between them), for the Han passes.
    func h39HanBuffer() -> [UInt16] {
        guard let last = tokens.last else { return [] }
        var u = [UInt16](repeating: 0x20, count: last.end)
        // (Each token's UTF-8 decoded straight into the buffer: the UTF-16 view's iterator was a call per unit.)
        let count = u.count
        u.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress.unsafelyUnwrapped
            for k in tokens.indices {
                let p = tokens[k].start
                guard p < count else { continue }
                let done = tokens[k].text.utf8.withContiguousStorageIfAvailable { b -> Bool in
                    _ = Self.writeUTF16(b, into: base, at: p, limit: count)
                    return true
                } ?? false
                if !done {
                    var q = p
                    for c in tokens[k].text.utf16 where q < count { base[q] = c; q += 1 }
                }
            }
        }
        return u
    }

    /// The characters `h39Han`'s patterns over the article's units need (besides the middle dot's key, `h39DotKey`, and a
    /// 氏 name read already): 州 (regions), 限 (有限公司 after a place), 中 with 区/园/基 (partners' zones), 厂 (works), 关/岸
    /// (海关/口岸 after a city). With none of them only the two patterns on mentions alone run, and the units are not built.
    static let h39DotKey = KeySet(["\u{00B7}"])

    mutating func h39Han() {
        // (U+00B7 is a mark token of its own, its key its text; the other characters are Han, in Han runs only.)
        let shiNames = mentions.contains { $0.known == nil && $0.type == .person && $0.surface.utf16.count == 3
            && $0.surface.utf16.dropFirst().first == 0x6C0F }
        // (Each pattern over the units runs only with its characters: 州, 限, 中 with 区/园/基, 厂, 关/岸, the dot.)
        let hasDot = articleHas(Self.h39DotKey), hasZhou = hanArticleHasAny("州"), hasXian = hanArticleHasAny("限"),
            hasZones = hanArticleHasAny("中") && hanArticleHasAny("区园基"), hasChang = hanArticleHasAny("厂"), hasCustoms = hanArticleHasAny("关岸")
        if !tokens.isEmpty, !shiNames, !hasDot, !hasZhou, !hasXian, !hasZones, !hasChang, !hasCustoms {
            h39HanOpenerCuts()
            h39HanDropGenericPlaces()
            return
        }
        let u = h39HanBuffer()
        let n = u.count
        guard n > 0 else { return }
        let dot: UInt16 = 0xB7
        @inline(__always) func isHan(_ c: UInt16) -> Bool { c >= 0x4E00 && c <= 0x9FFF }
        // (Fields read in place: in this large pass the test of an optional field copied every mention it read.)
        func insideKnown(_ p: Int) -> Bool { mentions.indices.contains { mentionKnown($0) != nil && mentionStart($0) <= p && mentionEnd($0) > p } }
        func put(_ s: Int, _ e: Int, _ type: EntityType, dropKnownInside: Bool = false) {
            let name = String(decoding: u[s..<e], as: UTF16.self)
            mentions.removeAll { $0.type != .country && ($0.known == nil || dropKnownInside && $0.start >= s && $0.end <= e && $0.end - $0.start < e - s)
                && $0.start < e && $0.end > s }
            var m = Mention(surface: name, start: s, end: e, type: type, evidence: .cue, words: [name])
            m.placeContext = type == .place
            mentions.append(m)
        }
        // Dotted transliterated names: both parts read over every transliteration character (叶尔兰·卡纳特别科夫, 艾力·买买提).
        var dotted: [([UInt16], String)] = []
        var p = 1
        while hasDot, p + 1 < n {
            defer { p += 1 }
            guard u[p] == dot, Self.h39HanTranslit.contains(u[p - 1]), Self.h39HanTranslit.contains(u[p + 1]) else { continue }
            var s = p
            while s - 1 >= 0, p - s < 5, Self.h39HanTranslit.contains(u[s - 1]) || u[s - 1] == dot, !insideKnown(s - 1) { s -= 1 }
            var e = p + 1
            while e < n, e - p <= 8, Self.h39HanTranslit.contains(u[e]) || u[e] == dot && e + 1 < n && Self.h39HanTranslit.contains(u[e + 1]) { e += 1 }
            // Not the first character of the word after the name (…莫拉莱斯赛后: 赛后 is "after the match").
            if e < n, e - p > 3, "后季前中场".utf16.contains(u[e]) { e -= 1 }
            guard p - s >= 2, e - p >= 3 else { continue }
            // A person read already over the dot and as far or farther (瓦利德·贾马勒丁): that one.
            if anyMention(where: { $0.type == .person && $0.start <= p && $0.end >= e }) { p = e; continue }
            if !anyMention(where: { $0.type == .person && $0.start == s && $0.end == e }) { put(s, e, .person) }
            dotted.append((Array(u[(p + 1)..<e]), String(decoding: u[s..<e], as: UTF16.self)))
            p = e
        }
        // The family name alone cut short (卡纳特别科 for 卡纳特别科夫): the whole family name.
        if !dotted.isEmpty {
            for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .person {
                let ms = Array(mentionSurface(i).utf16)
                guard ms.count >= 2, !ms.contains(dot), let (full, whole) = dotted.first(where: { $0.0.count >= ms.count && $0.0.starts(with: ms) }) else { continue }
                let (s, e) = (mentionStart(i), mentionStart(i) + full.count)
                guard e <= n, Array(u[s..<e]) == full else { continue }
                let name = String(decoding: full, as: UTF16.self)
                mentions[i] = Mention(surface: name, start: s, end: e, type: .person, evidence: .cue, words: [whole])
            }
        }
        // Vietnamese 氏 names of two given syllables (黄氏清心): the second one too.
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .person && mentionSurface(i).utf16.count == 3 {
            let ms = Array(mentionSurface(i).utf16)
            let e = mentionEnd(i)
            guard ms.count == 3, ms[1] == 0x6C0F, e + 1 < n, isHan(u[e]), !Self.h39HanNameStops.contains(u[e]), Self.h39HanNameStops.contains(u[e + 1]) else { continue }
            let name = String(decoding: u[mentionStart(i)...e], as: UTF16.self)
            mentions[i] = Mention(surface: name, start: mentionStart(i), end: e + 1, type: .person, evidence: .cue, words: [name])
        }
        // Regions in 州: after a country (哈萨克斯坦杰特苏州), or a transliterated name in 斯坦州 (突厥斯坦州, 北哈萨克斯坦州).
        // (Two units compared in place, `pairEnds`: each test copied the two units and the word into arrays.)
        let stan = Self.h39UnitPair("斯坦"), luosi = Self.h39UnitPair("罗斯"), yuenan = Self.h39UnitPair("越南"), menggu = Self.h39UnitPair("蒙古")
        /// `Array(u[(i - 2)..<i]) == [w.0, w.1]`.
        @inline(__always) func pairEnds(_ i: Int, _ w: (UInt16, UInt16)) -> Bool { u[i - 2] == w.0 && u[i - 1] == w.1 }
        p = 2
        while hasZhou, p < n {
            defer { p += 1 }
            guard u[p] == 0x5DDE, p + 1 < n, u[p + 1] != 0x957F else { continue }   // 州, not 州长
            var s = -1
            if u[p - 2] == 0x65AF, u[p - 1] == 0x5766 {   // 斯坦州
                s = p - 2
                // Back over transliteration characters, not into a country's name before it (哈萨克斯坦 + 突厥斯坦州).
                while s - 1 >= 0, p - s < 6, Self.h39HanTranslit.contains(u[s - 1]) || u[s - 1] == 0x514B,
                      !(s >= 2 && (pairEnds(s, stan) || pairEnds(s, luosi))) { s -= 1 }
                if s - 1 >= 0, "北南东西".utf16.contains(u[s - 1]) { s -= 1 }
                if p - s < 4 { s = -1 }
            } else {
                // After a country's name (…斯坦, …罗斯, 越南, 蒙古): the run of transliteration characters before 州.
                var a = p
                while a - 1 >= 0, p - a < 4, Self.h39HanTranslit.contains(u[a - 1]) { a -= 1 }
                while a < p - 1, a >= 2 {
                    if pairEnds(a, stan) || pairEnds(a, luosi) || pairEnds(a, yuenan) || pairEnds(a, menggu) { break }
                    a += 1
                }
                if a >= 2, p - a >= 2, p - a <= 4 {
                    if pairEnds(a, stan) || pairEnds(a, luosi) || pairEnds(a, yuenan) || pairEnds(a, menggu) { s = a }
                }
            }
            guard s >= 0 else { continue }
            // (Read already beside the known place inside it: that place goes.)
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == p + 1 }) {
                mentions.removeAll { $0.known != nil && $0.type == .place && $0.start >= s && $0.end <= p + 1 && $0.end - $0.start < p + 1 - s }
                continue
            }
            put(s, p + 1, .place, dropKnownInside: true)
        }
        h39HanOpenerCuts()
        // A place read before a company's suffix (中白工业园区 + 开发股份有限公司): the company.
        var grow: [(Int, Int)] = []
        for i in mentions.indices where hasXian && mentionKnown(i) == nil && mentionType(i) == .place {
            let e0 = mentionEnd(i)
            var e = e0
            while e < n, e - e0 <= 8, isHan(u[e]) { e += 1 }
            // The end of the first 有限公司 in the run (units compared: no string is made of the run).
            var end = -1
            if e - e0 >= 4 {
                for j in e0...(e - 4) where u[j] == 0x6709 && u[j + 1] == 0x9650 && u[j + 2] == 0x516C && u[j + 3] == 0x53F8 { end = j + 4; break }
            }
            guard end >= 0 else { continue }
            grow.append((mentionStart(i), end))
        }
        for (s, e) in grow { put(s, e, .organization) }
        // 中 + a partner's one-character name + … + a zone's suffix (中哈跨境农产品加工区): the zone.
        p = 0
        while hasZones, p + 5 < n {
            defer { p += 1 }
            guard u[p] == 0x4E2D, Self.h39ZonePartners.contains(u[p + 1]), p == 0 || !isHan(u[p - 1]) || Self.h39ZoneLeftBounds.contains(u[p - 1]) else { continue }
            var e = p + 2
            while e < n, e - p <= 14, isHan(u[e]) { e += 1 }
            let run = String(decoding: u[p..<e], as: UTF16.self)
            guard let r = ["加工区", "合作区", "产业园", "工业园区", "合作基地", "物流园"].compactMap({ run.range(of: $0) }).min(by: { $0.upperBound < $1.upperBound }) else { continue }
            let end = p + run.utf16.distance(from: run.utf16.startIndex, to: r.upperBound.samePosition(in: run.utf16) ?? run.utf16.endIndex)
            if !anyMention(where: { $0.type == .place && $0.start == p && $0.end == end }),
               !anyMention(where: { ($0.known != nil && $0.type != .country || $0.type == .organization) && $0.start < end && $0.end > p }) {
                put(p, end, .place)
            }
            p = end
        }
        // A known place + a works' noun in 厂 (明斯克汽车厂; a refinery or power plant, 奇姆肯特炼油厂, a place): that works.
        var works: [(Int, Int, EntityType)] = []
        for i in mentions.indices where hasChang && mentionKnown(i) != nil && mentionType(i) == .place {
            let e0 = mentionEnd(i)
            var e = e0
            while e < n, e - e0 < 4, isHan(u[e]), u[e] != 0x5382 { e += 1 }
            guard e < n, u[e] == 0x5382, e > e0 else { continue }   // 厂
            let noun = String(decoding: u[e0...e], as: UTF16.self)
            works.append((mentionStart(i), e + 1, noun.hasSuffix("炼油厂") || noun.hasSuffix("电厂") ? .place : .organization))
        }
        for (s, e, t) in works { put(s, e, t, dropKnownInside: true) }
        h39HanDropGenericPlaces()
        // A city read with 市 elsewhere, bare before 海关 / 口岸 (霍尔果斯海关, 霍尔果斯口岸): the customs office, the port.
        var adds: [(Int, Int, EntityType)] = []
        for i in mentions.indices where hasCustoms && mentionType(i) == .place {
            let ms = Array(mentionSurface(i).utf16)
            guard ms.count >= 3, ms.last == 0x5E02 else { continue }   // 市
            let bare = Array(ms.dropLast())
            var q = 0
            while q + bare.count + 2 <= n {
                defer { q += 1 }
                guard u[q] == bare[0], Array(u[q..<(q + bare.count)]) == bare else { continue }
                let a = q + bare.count
                let sfx = Array(u[a..<min(n, a + 2)])
                if sfx == Array("海关".utf16) { adds.append((q, a + 2, .organization)) } else if sfx == Array("口岸".utf16) { adds.append((q, a + 2, .place)) }
            }
        }
        for (s, e, t) in adds where !anyMention(where: { $0.type == t && $0.start <= s && $0.end >= e }) { put(s, e, t) }
    }
}

extension NameFinder {
    /// The two UTF-16 units of a two-character word of the Basic Multilingual Plane.
    static func h39UnitPair(_ w: String) -> (UInt16, UInt16) {
        let a = Array(w.utf16)
        return (a[0], a[1])
    }

    /// `h39Han`'s pattern: a verb or 有 opening a place or a company read over it: cut.
    mutating func h39HanOpenerCuts() {
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .place || mentionType(i) == .organization) {
            // (The first unit against the openers' first characters, before the surface is copied.)
            guard let f = mentionSurface(i).utf16.first, Self.h39HanVerbOpenerFirsts.contains(f) else { continue }
            let ms = Array(mentionSurface(i).utf16)
            guard let v = Self.h39HanVerbOpeners.first(where: { ms.count >= $0.count + 3 && ms.starts(with: $0) }) else { continue }
            let s = mentionStart(i) + v.count
            // 有 only before a known place (有新疆…公司): 有色金属 stays.
            if v.count == 1 || v == Array("已有".utf16), !anyMention(where: { $0.known != nil && $0.start == s }),
               !(ms.count >= v.count + 6 && ms.suffix(4).elementsEqual("有限公司".utf16) && !"色限机线关效利".utf16.contains(ms[v.count])) { continue }
            let name = String(decoding: ms[v.count...], as: UTF16.self)
            var m = Mention(surface: name, start: s, end: mentionEnd(i), type: mentionType(i), evidence: mentionEvidence(i), words: [name])
            m.placeContext = mentions[i].placeContext
            mentions[i] = m
        }
    }

    /// `h39Han`'s pattern: generic place words alone (园区, 自治县): none.
    mutating func h39HanDropGenericPlaces() {
        mentions.removeAll { $0.known == nil && $0.type == .place && Self.h39HanGenericPlaces.contains($0.surface) }
    }
}
