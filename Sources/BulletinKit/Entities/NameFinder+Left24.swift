import Foundation

/// Misses seen by hand in the twenty-third session, on short articles no set holds; each a general pattern, tested on
/// other names in EntityLeft24Tests. One pass, `refineLeft24`, run just before `refineCP15`, gated on the language.
///
/// Russian: the capitalized genitive of a body between a title and a person's name ("Председатель Совбеза Дмитрий
/// Медведев", "Директор Росгвардии Виктор Золотов", "Вице-премьер Госсовета КНР Фэн Юньцзюнь") is the title's
/// complement, no part of the person: a given name cannot follow a surname unless a patronymic follows it
/// ("Золотов Виктор Васильевич" stays whole), and a name read in that slot alone, with the person right after it, is none.
/// Latin script: Arabic family names written with a lowercase article ("Mohammed Shia al-Sudani", "Moqtada al-Sadr")
/// are one person, not a given name and a body; the family name alone keeps its article ("al-Sudani said"); a place's or a
/// body's name with the article is one place or body ("Deir al-Balah").
/// A wire byline "(Reporting by X in Seoul and Y in Austin; Editing by Z)": the names after by, and, a comma or a semicolon
/// are people, those after "in" places.
/// Latin script: a given name before a country's name is a person's ("Luís Montenegro"), not the country.
/// Russian: a given name in an oblique case before a known person's surname is that person's ("Эммануэлем Макроном").
/// Latin script: a body's name run on into a person's given name and surname ("Tribunal Supremo Leopoldo Puente") is the
/// body, then the person.
/// A dateline of two towns ("SEOUL/AUSTIN, Dec 4 (Reuters) -"): the second is a place as the first is.
/// Vietnamese: a city's or a province's name after its head, then its official's name, read as one person ("Chủ tịch UBND
/// Thành phố Hồ Chí Minh Nguyễn Văn Được") is the place and the person, split where a common family name opens the person.
/// English: a party's adjective before an abbreviated title ("Democratic Sen. Elizabeth Warren") is no name; "General"
/// before a company's noun (Motors, Electric, Dynamics …) names the company, not a general.
/// Arabic: a body's name ends before "و" and the head noun of another body ("البنك الأوروبي لإعادة الإعمار والتنمية
/// والوكالة الأمريكية …": the bank, then an agency), not before "و" and a word of its own name ("والتنمية").
/// Spanish, Portuguese, Italian: "Casa" opening a two-word name is a building (Casa Rosada, Casa Branca), no person.
/// Chinese: a verb of a news sentence read into a name is cut: a three-character person whose last character opens
/// the verb after it ("龚正介绍" is 龚正 + 介绍), a body whose run holds a verb before its head ("日主持召开国务院" is
/// 国务院), a place the same ("带动多瑙河" is 多瑙河).
/// Latin script: a word alone that names a people, a faith or a language and no country ("Arab", "Kurdish", "Sunni",
/// "Arabic", "les Kurdes") is no entity; in a longer name ("Arab League", "Kurdistan Workers' Party") it stays.
extension NameFinder {
    mutating func refineLeft24() {
        guard !tokens.isEmpty else { return }
        if lang.ru || language == "uk" || language == "be" { l24CyrillicTitleComplements() }
        if !mentions.isEmpty { l24PeoplesFaithsAndLanguages() }
        if !mentions.isEmpty { l24ArabicArticleNames() }
        if !mentions.isEmpty { l24TwoTownDateline() }
        if language == "en", !mentions.isEmpty { l24WireBylines() }
        if !mentions.isEmpty, !hasHan { l24GivenNameBeforeCountry() }
        if lang.ru, !mentions.isEmpty { l24RussianGivenNameBeforeKnownSurname() }
        if !mentions.isEmpty, !hasHan, !hasArabic { l24BodyThenPerson() }
        if hasHan, !mentions.isEmpty { l24HanVerbTrims() }
        if lang.vi, !mentions.isEmpty { l24VietnamesePlaceThenPerson() }
        if language == "en", !mentions.isEmpty { l24EnglishTitleAbbreviationsAndGeneral() }
        if lang.es || lang.pt || lang.it, !mentions.isEmpty { l24RomanceHouses() }
        if hasArabic, !mentions.isEmpty { l24ArabicCoordinatedBodies() }
    }

    mutating func l24ArabicCoordinatedBodies() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 3 {
            guard let (a, z) = h31Span(i), tokens[a].script == .arabic, z >= a + 2 else { continue }
            var cut = -1
            for j in (a + 2)...z where tokens[j].kind == .word && tokens[j].script == .arabic && tokens[j].spaceBefore
                && NameFinder.startsWithWaw(tokens[j].text) && tokens[j].text.unicodeScalars.count > 4 && arabicFlags(j).contains(.orgHead) {
                cut = j
                break
            }
            guard cut > 0 else { continue }
            var m = mention(a, cut, type: .organization, evidence: mentionEvidence(i))
            // (A clitic the mention left out of its first word stays out: "لـ" of "للبنك".)
            let skip = mentionStart(i) - tokens[a].start
            if skip > 0, skip < m.surface.unicodeScalars.count {
                m.surface = String(m.surface.unicodeScalars.dropFirst(skip))
                m.start = mentionStart(i)
            }
            mentions[i] = m
        }
    }

    mutating func l24RomanceHouses() {
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) == 2 {
            guard let (a, z) = h31Span(i), z == a + 1, keyIs(a, "casa"), tokens[a].capitalized, isCap(z) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    static let l24TitleAbbreviations = h18Keys(["Sen", "Rep", "Gov"])
    static let l24GeneralCompanies = h18Keys(["Motors", "Electric", "Dynamics", "Mills", "Atomics"])

    mutating func l24EnglishTitleAbbreviationsAndGeneral() {
        guard articleHas(Self.l24TitleAbbreviations) || articleHas(Self.l24GeneralCompanies) else { return }
        var removed = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = h31Span(i) else { continue }
            // "Democratic Sen": the name ends with the abbreviation, its stop right after it.
            if h23Key(z, Self.l24TitleAbbreviations), keyIs(z + 1, "."), !tokens[z + 1].spaceBefore {
                removed.insert(i)
                continue
            }
            // "General Dynamics": a general's one-word "name" that is a company's noun.
            if mentionType(i) == .person, a == z, a > 0, keyIs(a - 1, "general"), tokens[a - 1].capitalized, h23Key(a, Self.l24GeneralCompanies) {
                removed.insert(i)
                added.append(mention(a - 1, a + 1, type: .organization, evidence: .cue))
            }
        }
        if !removed.isEmpty { replaceMentions(removing: removed, adding: added) }
    }

    /// Family names common enough and rare enough as given names to open a second name inside a long run.
    static let l24VietnameseSplitFamilies = h18Keys(["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ",
                                                     "Ngô", "Trương", "Đinh", "Đoàn", "Trịnh"])
    /// Heads of an administrative unit that the unit's name follows ("Thành phố", "TP", "tỉnh", "huyện" …), folded.
    static let l24VietnamesePlaceHeads = h18Keys(["phố", "TP", "tỉnh", "huyện", "quận", "xã", "thị"])

    mutating func l24VietnamesePlaceThenPerson() {
        var removed = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) >= 5 {
            guard let (a, z) = h31Span(i), a > 0, h23Key(a - 1, Self.l24VietnamesePlaceHeads) else { continue }
            let words = (a...z).filter { tokens[$0].kind == .word }
            guard words.count >= 5, let j = (2...(words.count - 2)).first(where: { h23Key(words[$0], Self.l24VietnameseSplitFamilies) }) else { continue }
            removed.insert(i)
            // "Thành phố Hồ Chí Minh": the city's head is part of its name.
            let from = a >= 2 && keyIs(a - 1, "pho") && keyIs(a - 2, "thanh") && tokens[a - 2].capitalized ? a - 2 : a
            var place = mention(from, words[j - 1] + 1, type: .place, evidence: .cue)
            place.placeContext = true
            // A place the knowledge base holds under that name ("Thành phố Hồ Chí Minh") is that place.
            if let match = lex.names.match(tokens, at: from), from + match.length == words[j - 1] + 1 {
                for p in match.payloads {
                    if case .known(let k) = lex.targets[Int(p)], lex.knowledge.entities[k].type == .place {
                        place.known = k
                        place.evidence = .known
                        break
                    }
                }
            }
            added.append(place)
            added.append(mention(words[j], z + 1, type: .person, evidence: mentionEvidence(i)))
        }
        if !removed.isEmpty { replaceMentions(removing: removed, adding: added) }
    }

    /// Verbs of reporting and meeting that news sentences put right after a name or before a body.
    static let l24HanVerbs: [[Unicode.Scalar]] = ["主持", "召开", "出席", "会见", "会晤", "表示", "指出", "介绍", "举行", "参加",
                                                  "访问", "宣布", "强调", "认为", "说明", "透露", "带动"].map { Array($0.unicodeScalars) }

    mutating func l24HanVerbTrims() {
        var removed = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != nil && mentionType(i) != .country {
            let (s, e) = (mentionStart(i), mentionEnd(i))
            // Lengths first (in UTF-16 units, one per Han character): a person of three characters, a body of four or more.
            if mentionType(i) == .person ? e - s != 3 : e - s < 4 { continue }
            guard let ti = tokenIndex(containing: s), tokens[ti].end >= e, tokens[ti].script == .han else { continue }
            let sc = hanRunScalars(ti)
            var a = -1, b = -1, offset = tokens[ti].start
            for k in sc.indices {
                if offset == s { a = k }
                offset += sc[k].value > 0xFFFF ? 2 : 1
                if a >= 0, offset == e { b = k + 1; break }
            }
            guard a >= 0, b > a else { continue }
            var keep: (Int, Int)? = nil
            if mentionType(i) == .person {
                guard b - a == 3, b < sc.count, Self.l24HanVerbs.contains(where: { $0[0] == sc[b - 1] && $0[1] == sc[b] }) else { continue }
                keep = (a, b - 1)
            } else {
                var cut = -1
                for p in a..<(b - 1) where Self.l24HanVerbs.contains(where: { $0[0] == sc[p] && $0[1] == sc[p + 1] }) { cut = p + 2 }
                guard cut > a else { continue }
                if b - cut >= 2 { keep = (cut, b) }
            }
            removed.insert(i)
            guard let (ka, kb) = keep else { continue }
            let (ks, ke) = hanSpan(tokens[ti], sc, ka, kb - ka)
            let surface = String(String.UnicodeScalarView(sc[ka..<kb]))
            added.append(Mention(surface: surface, start: ks, end: ke, type: mentionType(i), evidence: mentionEvidence(i),
                                 words: [TextFolding.key(surface)]))
        }
        if !removed.isEmpty { replaceMentions(removing: removed, adding: added) }
    }

    /// Its gate: the lowercase "al" before the glued hyphen.
    static let l24AlCue = KeySet(["al"])
    /// "Moqtada al-Sadr", "al-Sudani": a given name (or any unlisted name) before a lowercase "al-" and the capitalized word
    /// glued to it make one person; a name glued after "al-" alone takes the article into its surface.
    mutating func l24ArabicArticleNames() {
        guard articleHas(Self.l24AlCue) else { return }
        let n = tokens.count
        // Candidates first, by a scan of the buffer that reads two fields of each token (most articles have none).
        let candidates: [Int] = tokens.withUnsafeBufferPointer { t in
            var found: [Int] = []
            for k in 0..<max(0, n - 2) where t[k].keyLength == 2 && t[k].kind == .word && !t[k + 1].spaceBefore && t[k + 1].keyLength == 1 {
                found.append(k)
            }
            return found
        }
        guard !candidates.isEmpty else { return }
        var removed = Set<Int>()
        var added: [Mention] = []
        var next = 0
        for k in candidates where k >= next {
            guard keyIs(k, "al"), !tokens[k].capitalized, !tokens[k].allCaps,
                  keyIs(k + 1, "-"), !tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore, isCap(k + 2) else { continue }
            let rs = tokens[k + 2].start
            // The name glued after "al-" (a mention there, or the capitalized word alone when none was found).
            let r: Int? = firstMentionIndex(where: { $0.start == rs && $0.known == nil && $0.type != .country })
            if let x = r, removed.contains(x) || h31Span(x)?.0 != k + 2 { continue }
            if r == nil, anyMention(where: { $0.start < tokens[k + 2].end && $0.end > rs }) { continue }
            let rz = r.flatMap { h31Span($0)?.1 } ?? (k + 2)
            let le = k > 0 ? tokens[k - 1].end : -1
            if k > 0, tokens[k].spaceBefore, isCap(k - 1),
               let l = firstMentionIndex(where: { $0.end == le && $0.known == nil && $0.type != .country }),
               !removed.contains(l), let (la, lz) = h31Span(l), lz == k - 1, mentionWordCount(l) <= 3 {
                removed.insert(l)
                if let r { removed.insert(r) }
                // A place or a body before "al-" is one name with it ("Deir al-Balah", "Bank al-Etihad"); else a person.
                let type: EntityType = mentionType(l) == .place || mentionType(l) == .organization ? mentionType(l)! : .person
                var m = mention(la, rz + 1, type: type, evidence: .cue)
                m.placeContext = type == .place
                added.append(m)
            } else if let r {
                removed.insert(r)
                var m = mention(k, rz + 1, type: mentionType(r), evidence: mentionEvidence(r))
                m.placeContext = mentionPlaceContext(r)
                added.append(m)
            } else {
                continue
            }
            next = rz + 1
        }
        if !removed.isEmpty { replaceMentions(removing: removed, adding: added) }
    }

    static let l24BylineOpeners = h18Keys(["Reporting", "Writing", "Editing", "reporting", "Compiled", "Additional"])

    mutating func l24WireBylines() {
        guard articleHas(Self.l24BylineOpeners) else { return }
        let n = tokens.count
        for k in 0..<max(0, n - 2) where tokens[k].keyLength == 1 && keyIs(k, "(") && h23Key(k + 1, Self.l24BylineOpeners) {
            var close = k + 1
            while close < n, !keyIs(close, ")"), !tokens[close].newlineBefore || close == k + 1 { close += 1 }
            guard close < n, keyIs(close, ")"), (k + 1..<close).contains(where: { keyIs($0, "by") }) else { continue }
            let (s, e) = (tokens[k].end, tokens[close].start)
            for i in mentions.indices where mentionStart(i) > s && mentionEnd(i) <= e && mentionKnown(i) == nil && mentionType(i) != .country {
                guard let (a, _) = h31Span(i), a > k + 1 else { continue }
                if keyIs(a - 1, "in") {
                    mentions[i].type = .place
                    mentions[i].placeContext = true
                } else if keyIs(a - 1, "by") || keyIs(a - 1, "and") || keyIs(a - 1, ",") || keyIs(a - 1, ";") {
                    mentions[i].type = .person
                    mentions[i].placeContext = false
                }
            }
        }
    }

    mutating func l24GivenNameBeforeCountry() {
        var removed = Set<Int>()
        var added: [Mention] = []
        for i in mentions.indices where mentionType(i) == .country {
            guard let (a, z) = h31Span(i), a == z, a > 0, tokens[a].script == .latin, tokens[a].capitalized, tokens[a].spaceBefore,
                  isCap(a - 1), tokens[a - 1].script == .latin, !tokens[a - 1].sentenceStart || isGivenName(a - 1), isGivenName(a - 1),
                  !isCountry[a - 1] else { continue }
            let ps = tokens[a - 1].start
            // The given name alone as a person's mention, or nothing there yet.
            if let p = firstMentionIndex(where: { $0.start == ps }) {
                guard mentionType(p) == .person || mentionType(p) == nil, mentionKnown(p) == nil, h31Span(p)?.1 == a - 1 else { continue }
                removed.insert(p)
            } else if anyMention(where: { $0.start < tokens[a - 1].end && $0.end > ps }) { continue }
            removed.insert(i)
            isCountry[a] = false
            added.append(mention(a - 1, a + 1, type: .person, evidence: .cue))
        }
        if !removed.isEmpty { replaceMentions(removing: removed, adding: added) }
    }

    mutating func l24RussianGivenNameBeforeKnownSurname() {
        var removed = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) != nil {
            guard let (a, z) = h31Span(i), a == z, a > 0, tokens[a].script == .cyrillic, tokens[a].spaceBefore, isCap(a - 1),
                  tokens[a - 1].script == .cyrillic else { continue }
            let ps = tokens[a - 1].start
            if let p = firstMentionIndex(where: { $0.start < tokens[a - 1].end && $0.end > ps }) {
                guard mentionKnown(p) == nil, mentionType(p) == .person || mentionType(p) == nil, h31Span(p)?.0 == a - 1,
                      h31Span(p)?.1 == a - 1 else { continue }
                removed.insert(p)
            } else {
                // No name read there: a capitalized word that is no cue, mid-sentence ("с Реджепом Эрдоганом").
                // (Not the middle of a longer name: "Нуржан Бекболатович Ермекбаев" is another man than the list's Ермекбаев.)
                guard !tokens[a - 1].sentenceStart, !tokens[a - 1].allCaps, !isCountry[a - 1], !l24Patronymic(a - 1),
                      a < 2 || !isCap(a - 2), titleMatch(at: a - 1) == nil,
                      orgKeyword(at: a - 1) == nil, placeKeyword(at: a - 1) == nil else { continue }
            }
            var m = mention(a - 1, a + 1, type: .person, evidence: .known)
            m.known = mentionKnown(i)
            mentions[i] = m
        }
        if !removed.isEmpty { replaceMentions(removing: removed) }
    }

    mutating func l24BodyThenPerson() {
        var added: [Mention] = []
        for i in mentions.indices where (mentionType(i) == .organization || mentionType(i) == .place) && mentionKnown(i) == nil
            && mentionWordCount(i) >= 4 {
            guard let (a, z) = h31Span(i), tokens[z].script == .latin || tokens[z].script == .cyrillic, z - 1 > a + 1,
                  tokens[z].kind == .word, tokens[z - 1].kind == .word, isCap(z - 1), isCap(z), isGivenName(z - 1), !isGivenName(z),
                  !isConnector(z - 2), tokens[z - 1].spaceBefore,
                  // ("… de San Pedro Tlaquepaque": a saint's name opens a town's.)
                  !EntityCues.placeNameStarts.contains(tokens[z - 2]), (a..<(z - 1)).contains(where: { orgKeyword(at: $0) != nil }) else { continue }
            var m = mention(a, z - 1, type: mentionType(i), evidence: mentionEvidence(i))
            m.placeContext = mentionPlaceContext(i)
            mentions[i] = m
            added.append(mention(z - 1, z + 1, type: .person, evidence: .cue))
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    mutating func l24TwoTownDateline() {
        let n = min(tokens.count - 1, 12)
        guard n > 1 else { return }
        for k in 1..<n where tokens[k].keyLength == 1 && keyIs(k, "/") && !tokens[k].spaceBefore && !tokens[k + 1].spaceBefore
            && tokens[k - 1].allCaps && tokens[k + 1].allCaps && isCap(k - 1) && isCap(k + 1) {
            let (ls, rs) = (tokens[k - 1].end, tokens[k + 1].start)
            guard anyMention(where: { $0.end == ls && $0.type == .place }),
                  let r = firstMentionIndex(where: { $0.start == rs && $0.known == nil && $0.type != .country && $0.type != .place }) else { continue }
            mentions[r].type = .place
            mentions[r].placeContext = true
        }
    }

    /// Peoples, faiths and languages with no country of their name (or two: "Korean"), in English and French (folded keys).
    static let l24PeopleWords = h18Keys([
        "Arab", "Arabs", "Arabic", "English", "Hebrew", "Latin", "Kurd", "Kurds", "Kurdish", "Muslim", "Muslims", "Christian",
        "Christians", "Jewish", "Jews", "Sunni", "Sunnis", "Shiite", "Shiites", "Shia", "Hindu", "Hindus", "Buddhist",
        "Buddhists", "Catholic", "Catholics", "Orthodox", "Protestant", "Protestants", "Sikh", "Sikhs", "Druze", "Alawite",
        "Alawites", "Yazidi", "Yazidis", "Bedouin", "Berber", "Berbers", "Pashtun", "Pashtuns", "Slavic", "Nordic", "Hindi",
        "Urdu", "Swahili", "Mandarin", "Cantonese", "Korean", "Koreans",
        "Arabe", "Arabes", "Kurde", "Kurdes", "Musulman", "Musulmans", "Chrétien", "Chrétiens", "Juif", "Juifs", "Sunnite",
        "Sunnites", "Chiite", "Chiites", "Berbère", "Berbères",
    ])

    /// A mention of one Latin word, found by no list, that is a word of `l24PeopleWords`: dropped.
    mutating func l24PeoplesFaithsAndLanguages() {
        guard articleHas(Self.l24PeopleWords) else { return }
        var removed = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, tokens[a].kind == .word, tokens[a].script == .latin, h23Key(a, Self.l24PeopleWords) else { continue }
            removed.insert(i)
        }
        if !removed.isEmpty { replaceMentions(removing: removed) }
    }

    /// Token `k` is a word of three scalars at least written in capitals only ("КНР", "РФ" are two: `isCountry` has them).
    @inline(__always) private func l24Acronym(_ k: Int) -> Bool {
        k < tokens.count && tokens[k].kind == .word && tokens[k].allCaps && tokens[k].script == .cyrillic
    }

    /// A title cue ends just before token `a` (it starts one to three tokens earlier).
    private func l24TitleBefore(_ a: Int) -> Bool {
        for j in stride(from: a - 1, through: max(0, a - 3), by: -1) {
            if let m = titleMatch(at: j), j + m.length == a { return true }
        }
        return false
    }

    /// Token `k` ends like a patronymic (-вич, -вна, -чна, -ична), in any case.
    private func l24Patronymic(_ k: Int) -> Bool {
        let key = tokens[k].key
        return ["вич", "вна", "вны", "вне", "вну", "чна", "чны", "вича", "вичу", "вичем"].contains { PlainText.hasSuffix(key, $0) }
    }

    mutating func l24CyrillicTitleComplements() {
        var removed = Set<Int>()
        var trims: [(Int, Int, Int)] = []   // (mention, new first token, last token)
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), tokens[a].kind == .word, tokens[a].script == .cyrillic, tokens[a].capitalized,
                  !tokens[a].allCaps, !isGivenName(a), a > 0, l24TitleBefore(a) else { continue }
            if z >= a + 2 {
                // "Росгвардии Виктор Золотов": a given name, then a surname, no patronymic.
                guard isGivenName(a + 1), isCap(a + 2), !l24Patronymic(a + 2), !l24Patronymic(z) else { continue }
                trims.append((i, a + 1, z))
            } else if z == a {
                // "Госсовета КНР Фэн Юньцзюнь", "Совбеза Дмитрий Медведев": the person right after it.
                var k = a + 1
                while k < tokens.count, isCountry[k] || l24Acronym(k), !tokens[k].newlineBefore { k += 1 }
                guard k < tokens.count, !tokens[k].newlineBefore else { continue }
                let s = tokens[k].start
                let next = firstMentionIndex { $0.type == .person && $0.start == s }
                guard let next, next != i, let (b, y) = h31Span(next), b == k, y > b else { continue }
                removed.insert(i)
            }
        }
        for (i, a, z) in trims where !removed.contains(i) {
            var m = mention(a, z + 1, type: .person, evidence: mentionEvidence(i))
            m.placeContext = mentionPlaceContext(i)
            mentions[i] = m
        }
        if !removed.isEmpty { replaceMentions(removing: removed) }
    }
}
