import Foundation

/// Misses seen in the twenty-eighth session in the patterns of holdout51 (people-heavy everyday news, written blind
/// for it and scored untouched first); each a general pattern, tested on other names in EntityLeft28Tests. One pass,
/// `refineLeft28`, run after `refineLeft27`, gated on script and language.
///
/// Latin scripts: a known given name and a capitalized word that no pass read at all are a person, wherever they stand
/// (German nouns before them, "Das Ressort von Gerd X", "die Managerin Sandra van der Y", broke the capitalized run that
/// discovery reads). German: a one-word "place" read from "in"/"aus" alone is a common noun when it ends like one
/// ("in den Ruhestand", "in Aufsichtsratskreisen"). Russian: a sentence's opening pronoun or verbal noun before a family
/// name the article names elsewhere is no given name ("Сам Иванов", "Показания Иванова"). Arabic: names after a plural or
/// dual title and "و" each a person ("المستشارين X وY"), and after a defendant's or a witness's noun ("المتهم الأول X").
extension NameFinder {
    mutating func refineLeft28() {
        guard !tokens.isEmpty else { return }
        if hasArabic { l28ArabicNamesAfterPluralTitles(); l28ArabicTownsInsideBodies(); l28ArabicNamesBeforeATitle() }
        guard !hasHan, !hasArabic else { return }
        if lang.ru || language == "uk" || language == "be" {
            l28RussianOpenersBeforeSurnames(); l28CyrillicInitialsAfterATitle(); l28RussianStreets()
        }
        l28AmpersandCompanies()
        if lang.de { l28GermanCommonNounPlaces() }
        if lang.es { l28GalicianParticleNames() }
        if lang.vi { l28VietnameseStreetsAndFeatures(); l28VietnamesePeopleReadAsBodies() }
        if !lang.vi, !lang.ru, language != "uk", language != "be", language != "kk" { l28GivenNameFallback() }
    }

    // MARK: Latin: a given name and a family name no pass read

    /// Lowercase particles inside a European family name ("Sandra van der Meulen", "Lucía Souto do Campo").
    static let l28SurnameParticles = KeySet(["van", "der", "den", "de", "von", "zu", "ter", "ten", "da", "do", "dos", "das", "del", "della",
        "di", "du", "des", "la", "le"])

    /// A known given name (capitalized, no mention over it), up to two lowercase particles, then one or two capitalized
    /// words that no mention covers and that are no country, no head noun and no given name, with a lowercase word,
    /// punctuation or the text's end after them: a person. Discovery reads names from capitalized runs; a German noun
    /// before the name ("Ressort von Gerd Wollenhaupt", "Firmengründers Ferdinand Porsche") or a nationality noun ("die
    /// Niederländerin Sandra van der Meulen") made the run something else, and nothing was left of the name.
    mutating func l28GivenNameFallback() {
        let particles = Self.l28SurnameParticles
        var added: [Mention] = []
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, !tokens[k].allCaps, tokens[k].script == .latin, !covered[k], !isCountry[k],
                  isGivenNameKey(k) else { continue }
            var p = k + 1
            while p < tokenCount, p - k <= 2, tokens[p].kind == .word, !tokens[p].capitalized, particles.contains(tokens[p]) { p += 1 }
            guard p < tokenCount, tokens[p].spaceBefore, l28SurnameWord(p) else { continue }
            var e = p + 1
            // ("Kessler-Dörr", a double name joined by a hyphen, is one token or three.)
            if e + 1 < tokenCount, h27Dash(e), !tokens[e].spaceBefore, !tokens[e + 1].spaceBefore, l28SurnameWord(e + 1) { e += 2 }
            if e < tokenCount, tokens[e].kind == .word, tokens[e].spaceBefore, isCap(e) { continue }   // a longer name: discovery's
            // No particle after the family name either ("… van der Meulen de X"), and no clause's start before a person
            // read elsewhere: only a name no mention touches.
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < end && $0.end > s }) { continue }
            added.append(mention(k, e, type: .person, evidence: .cue))
            k = e - 1
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    /// Token `p` may be a family name after a given name: capitalized Latin, no mention's known word, no country, no
    /// given name (two given names are a given name's run, "Jean Pierre"), no head noun of a place or a body.
    func l28SurnameWord(_ p: Int) -> Bool {
        guard p < tokenCount, tokens[p].kind == .word, tokens[p].capitalized, tokens[p].script == .latin, !covered[p], !isCountry[p],
              PlainText.count(tokens[p].key) >= 2 else { return false }
        if isGivenNameKey(p) || orgKeyword(at: p) != nil || placeKeyword(at: p) != nil || titleMatch(at: p) != nil { return false }
        return true
    }

    // MARK: German: common nouns read as places

    /// Endings of German common nouns (abstract nouns, plurals of bodies of people) that no town or region has.
    static let l28GermanNounEndings: [StaticString] = ["ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
        "tionen", "ismus", "stand", "kreisen", "kreise", "kreis", "nisse", "tät", "täten", "verhandlungen", "gespräch", "gesprächen"]

    /// "in den Ruhestand", "hieß es in Aufsichtsratskreisen": a one-word place that only the preposition before it made
    /// (no known name, no cue of its own) is a common noun when it ends like one.
    mutating func l28GermanCommonNounPlaces() {
        let endings = Self.l28GermanNounEndings
        mentions.removeAll { m in
            guard m.type == .place, m.known == nil, m.placeContext, m.words.count == 1 else { return false }
            let key = m.words[0]
            guard PlainText.count(key) >= 7 else { return false }
            return endings.contains { NameFinder.utf8Ends(key, $0) }
        }
    }

    // MARK: Russian: a sentence's opening word before a family name

    /// Pronouns and particles that open a sentence before a family name ("Сам Иванов", "Сама Петрова").
    static let l28RussianOpeners = KeySet(["сам", "сама", "сами", "само", "его", "ее", "её", "их", "этот", "эта", "тот", "та", "также",
        "однако", "теперь", "затем", "впрочем", "кроме", "сам-то"])
    /// Endings of verbal and abstract nouns ("Показания", "Заявление", "Решения", "Версия"?): no given name ends so but a
    /// few, which `isGivenName` catches first.
    static let l28RussianNounEndings: [StaticString] = ["ния", "ние", "ость", "ости", "ство", "ства", "ции", "ция", "ания", "ение"]

    /// "Сам Карапетян вину не признал", "Показания Карапетяна суд отклонил": a two-word person opening a sentence, whose
    /// first word is no given name but a pronoun or a verbal noun, and whose family name the article gives another person
    /// mention: only the family name (the grouper joins it to that person).
    mutating func l28RussianOpenersBeforeSurnames() {
        let openers = Self.l28RussianOpeners, endings = Self.l28RussianNounEndings
        var cut: [(Int, Int, [String])] = []   // mention, token of the family name, the other people's last words
        for i in mentions.indices where mentions[i].type == .person && mentions[i].known == nil {
            guard let (a, z) = h31Span(i), z == a + 1, tokens[a].sentenceStart, tokens[a].script == .cyrillic,
                  !isGivenName(a) else { continue }
            let key = tokens[a].key
            guard openers.contains(tokens[a]) || endings.contains(where: { NameFinder.utf8Ends(key, $0) }) else { continue }
            // The family name's stem (its first five letters) opens another person's last word.
            let stem = String(tokens[z].key.prefix(5))
            guard stem.count == 5 else { continue }
            let others = mentions.indices.compactMap { j -> String? in
                guard j != i, mentions[j].type == .person, mentions[j].words.count >= 2, let w = mentions[j].words.last, w.hasPrefix(stem) else { return nil }
                return w
            }
            if !others.isEmpty { cut.append((i, z, others)) }
        }
        for (i, z, others) in cut.reversed() {
            var m = mention(z, z + 1, type: .person, evidence: .cue)
            // "Показания Карапетяна" after "Роман Карапетян": the case form joins as the lone surnames of
            // `linkCyrillicMasculineSurnameCases` do, read as the nominative with the form seen kept.
            let key = m.words[0]
            if !others.contains(key) {
                for ending in ["ом", "ым", "ем", "а", "у"] where PlainText.hasSuffix(key, ending) {
                    let stem = String(key.dropLast(ending.count))
                    guard others.contains(stem) else { continue }
                    m.variants = [m.surface]
                    m.surface = String(m.surface.dropLast(ending.count))
                    m.words = [stem]
                    break
                }
            }
            mentions[i] = m
        }
    }

    // MARK: Arabic: names after plural titles and a defendant's noun

    /// Plural and dual titles before two or more names joined by و ("المستشارين X وY", "القاضيين X وY").
    static let l28ArabicPluralTitles = KeySet(["المستشارين", "المستشاران", "القضاه", "القاضيين", "القاضيان", "الوزيرين", "الوزيران",
        "النائبين", "النائبان", "السفيرين", "السفيران", "اللاعبين", "اللاعبان", "الدكتورين", "المحاميين", "المحاميان", "المتهمين",
        "المتهمان", "الفائزين", "الفائزان", "الباحثين", "الباحثان"])
    /// Nouns of a party to a trial before the name, with an ordinal or a nationality between ("المتهم الأول X", "المتهم
    /// الثالث الهندي الجنسية X", "الشاهد X").
    static let l28ArabicTrialNouns = KeySet(["المتهم", "المتهمه", "الشاهد", "الشاهده", "المدعي", "المدعيه", "الضحيه", "المجني", "المدان", "المدانه"])
    static let l28ArabicOrdinals = KeySet(["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "الاولي", "الثانيه", "الثالثه", "الرئيسي"])

    mutating func l28ArabicNamesAfterPluralTitles() {
        guard articleHas(Self.l28ArabicPluralTitles) || articleHas(Self.l28ArabicTrialNouns) else { return }
        var added: [Mention] = []
        let pluralTitles = Self.l28ArabicPluralTitles, trialNouns = Self.l28ArabicTrialNouns   // (spd29: read once, not per word)
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].script == .arabic, tokens[k].kind == .word else { continue }
            let plural = pluralTitles.contains(tokens[k])
            guard plural || trialNouns.contains(tokens[k]) else { continue }
            var p = k + 1
            if !plural {
                // An ordinal, a nationality's nisba, "الجنسية": at most three words between the noun and the name.
                while p < tokenCount, p - k <= 3, tokens[p].script == .arabic, tokens[p].kind == .word,
                      Self.l28ArabicOrdinals.contains(tokens[p]) || isCountry[p] || keyIs(p, "الجنسيه") || keyIs(p, "الوافد") { p += 1 }
            }
            guard let e = l28ArabicNameEnd(p) else { continue }
            added.append(mention(p, e, type: .person, evidence: .cue))
            var q = e
            // "… وعبدالرحمن أبو رقبة": a second name after و (the letter glued to the given name).
            while plural, q < tokenCount, tokens[q].script == .arabic, tokens[q].kind == .word, NameFinder.startsWithWaw(tokens[q].text),
                  let f = l28ArabicNameEnd(q, clitic: true) {
                added.append(Self.l27WithoutClitic(mention(q, f, type: .person, evidence: .cue)))
                q = f
            }
            k = q - 1
        }
        guard !added.isEmpty else { return }
        for m in added where !anyMention(where: { $0.start < m.end && $0.end > m.start && ($0.type != nil || $0.known != nil) }) {
            mentions.removeAll { $0.known == nil && $0.start < m.end && $0.end > m.start }
            mentions.append(m)
        }
    }

    /// End of an Arabic personal name from `p`: a given name with no article (with `clitic`, after its و), then one to
    /// three words (name particles, plain name words, a family name with the article, which closes the name), none a
    /// stop word, a head noun, a time word or a country. Nil when the words do not read as a name.
    func l28ArabicNameEnd(_ p: Int, clitic: Bool = false) -> Int? {
        func plain(_ k: Int) -> Bool {
            k < tokenCount && tokens[k].script == .arabic && tokens[k].kind == .word && tokens[k].spaceBefore && !covered[k] && !isCountry[k]
                && !arabicFlags(k).contains(.stop) && !arabicFlags(k).contains(.head) && !arabicFlags(k).contains(.timeWord)
                && !arabicFlags(k).contains(.speechVerb) && !arabicFlags(k).contains(.titledNameHead)
                // The dual pronoun ends no name: "الوزيرين أكدا رفضهما لأي …" ("the two ministers confirmed their
                // rejection of any …") is a clause (session 38 review).
                && !PlainText.hasSuffix(tokens[k].key, "هما")
        }
        guard plain(p), !isArabicDefinite(p), PlainText.count(tokens[p].key) >= 3 || clitic && PlainText.count(tokens[p].key) >= 4 else { return nil }
        if !clitic, !(arabicNameLike(p) || arabicTitledNameLike(p) || isGivenNameKey(p)) { return nil }
        var e = p + 1
        while e < tokenCount, e - p < 5, plain(e) {
            if isArabicDefinite(e) { e += 1; break }   // the family name with its article closes the name
            // (A particle takes the word after it: "أبو رقبة", "بن إسماعيل".)
            if Self.arabicNameParticles.contains(tokens[e]) {
                guard plain(e + 1) else { break }
                e += 2
                continue
            }
            // Three plain words at most ("راجيش كومار ناير لعدم …": the fourth is the clause's).
            if e - p < 3, arabicPlainNameWord(e) { e += 1; continue }
            break
        }
        return e >= p + 2 ? e : nil
    }

    // MARK: Vietnamese: streets, bridges and rivers; people read as bodies

    /// Lowercase nouns of streets, bridges and natural features before a capitalized name (exact forms: "đường" is no
    /// "dương", "cầu" no "câu").
    static let l28ViFeatureNouns: WordSet = ["đường", "phố", "cầu", "sông", "hồ", "núi", "đèo", "suối", "đầm"]
    /// Words before "cầu", "phố", "hồ" that make them no feature ("nhu cầu", "toàn cầu", "thành phố", "đồng hồ").
    static let l28ViNotFeatureBefore: WordSet = ["nhu", "yêu", "toàn", "thành", "đồng", "khu", "địa", "cầu"]
    /// The folded keys of `l28ViFeatureNouns` and of "quảng": a hashed probe of the token's key before its exact form is built
    /// (most Vietnamese tokens are lowercase syllables).
    static let l28ViFeatureKeys = KeySet((Array(l28ViFeatureNouns.set) + ["quảng"]).map { TextFolding.key($0) })

    /// "đường Lê Quý Đôn", "phố Trần Hưng Đạo", "cầu Trường Tiền", "sông Hương", "Quảng trường Ngọ Môn": the capitalized
    /// syllables after a street's, a bridge's or a feature's lowercase noun are a place (streets are named after people:
    /// no person), one syllable included when no capitalized word follows it; a square's capitalized noun opens its name.
    mutating func l28VietnameseStreetsAndFeatures() {
        guard articleHas(Self.l28ViFeatureKeys) else { return }
        let featureKeys = Self.l28ViFeatureKeys   // (spd29: read once, not per word)
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin, featureKeys.contains(tokens[k]) else { continue }
            var head = -1, p = k + 1
            if !tokens[k].capitalized, Self.l28ViFeatureNouns.contains(exactForm(k)),
               k == 0 || !Self.l28ViNotFeatureBefore.contains(exactForm(k - 1)) { head = k }
            else if tokens[k].capitalized, PlainText.equal(exactForm(k), "quảng"), PlainText.equal(exactForm(k + 1), "trường"), k + 2 < tokenCount { head = k; p = k + 2 }
            guard head >= 0 else { continue }
            var e = p
            // (A country's syllable inside the name is the name's: "đường Nguyễn Thái Học" names no Thailand.)
            while e < tokenCount, e - p < 4, tokens[e].kind == .word, tokens[e].capitalized, tokens[e].script == .latin, tokens[e].spaceBefore,
                  !isCountry[e] || e > p {
                // ("đường Lê Lợi Nguyễn Văn An": a family name and another syllable after two start a person.)
                if e - p >= 2, isFamilyName(e), e + 1 < tokenCount, tokens[e + 1].capitalized { break }
                e += 1
            }
            guard e > p else { continue }
            if e < tokenCount, tokens[e].kind == .word, tokens[e].capitalized, tokens[e].spaceBefore { continue }   // a longer run: not read here
            // Inside a quoted title ("phim \"Mưa trên phố Hội An\"") the words are the title's.
            if e < tokenCount, l28Quote(e), (max(0, k - 10)..<k).contains(where: { l28Quote($0) }) { continue }
            let a = head == k && p == k + 2 ? k : p
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            // A known name over the run (a known place is already one; a known person is the street's namesake) stays.
            if anyMention(where: { $0.known != nil && $0.start < end && $0.end > s }) { continue }
            if anyMention(where: { $0.type == .place && $0.start == s && $0.end == end }) { k = e - 1; continue }
            // ("Đồng bằng sông Hồng": a longer place's name holds the noun and the name.)
            let h = tokens[head].start
            if anyMention(where: { $0.type != .country && $0.start <= h && $0.end >= end && $0.end > h && ($0.start < s || $0.end > end) }) {
                k = e - 1
                continue
            }
            h27Replace(a, e, with: mention(a, e, type: .place, evidence: .cue))
            if (p..<e).contains(where: { isCountry[$0] }) {
                mentions.removeAll { $0.type == .country && $0.start >= s && $0.end <= end }
                for q in p..<e { isCountry[q] = false }
            }
            k = e - 1
        }
    }

    /// A quotation mark token.
    @inline(__always) func l28Quote(_ k: Int) -> Bool {
        tokens[k].kind == .punct && (keyIs(k, "\"") || keyIs(k, "\u{201C}") || keyIs(k, "\u{201D}") || keyIs(k, "«") || keyIs(k, "»"))
    }

    /// "Bị cáo Phan Xuân Trường khai rằng …": an organization that no head noun opens, whose capitalized syllables (two to
    /// four, from a family name) come first and lowercase ones after, is a person read over a school's word ("Trường") and
    /// the verb after the name.
    mutating func l28VietnamesePeopleReadAsBodies() {
        var fix: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = h31Span(i), z > a + 1, tokens[a].script == .latin, isFamilyName(a), orgKeyword(at: a) == nil else { continue }
            var e = a
            while e <= z, tokens[e].kind == .word, tokens[e].capitalized { e += 1 }
            guard e - a >= 2, e - a <= 4, e <= z, (e...z).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].capitalized }) else { continue }
            fix.append((i, a, e))
        }
        for (i, a, e) in fix.reversed() { mentions[i] = mention(a, e, type: .person, evidence: .cue) }
    }

    // MARK: Arabic: the town of a body "in" it

    /// A knowledge-base place (no country) whose name the lexicon matches at token `k`, as `findKnown` builds it.
    func l28KnownPlace(at k: Int) -> Mention? {
        guard let (x, length) = l28KnownPlaceMatch(k) else { return nil }
        var m = mention(k, k + length, type: .place, evidence: .known)
        m.known = x
        return m
    }

    /// "جامعة مرمرة في إسطنبول", "معهد إيمجين في باريس": a body's name that runs on over "في" and a known town (the
    /// golds keep such names whole, and also name the body without its town) names that town too: the town's mention,
    /// dropped when the body took its words, comes back beside it.
    mutating func l28ArabicTownsInsideBodies() {
        var added: [Mention] = []
        for i in mentions.indices where mentions[i].type == .organization {
            guard let (a, z) = h31Span(i), z >= a + 2, tokens[a].script == .arabic else { continue }
            for q in (a + 1)..<z where keyIs(q, "في") {
                guard let m = l28KnownPlace(at: q + 1), m.end == mentions[i].end else { continue }
                if !anyMention(where: { $0.type == .place && $0.start == m.start && $0.end == m.end }) { added.append(m) }
                break
            }
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    // MARK: Russian: a titled person read as a body; streets

    /// Nouns of people's posts that discovery does not list as titles but that open a sentence before a body's genitive
    /// and a name ("Ректор университета В. В. Петров").
    static let l28CyrillicPostNouns = KeySet(["ректор", "проректор", "декан", "профессор", "доцент", "академик", "заведующий", "завкафедрой",
        "ректора", "декана", "профессора"])

    /// "Ректор университета В. В. Миклушевский подписал …": a body read over a post's noun, its genitive and a name with
    /// initials is the person; the initials and the family name are the name (a body's name never ends in them but after
    /// "имени", which is kept).
    mutating func l28CyrillicInitialsAfterATitle() {
        var fix: [(Int, Int, Int)] = []
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = h31Span(i), z >= a + 4, tokens[a].script == .cyrillic, tokens[z].kind == .word, tokens[z].capitalized,
                  titleMatch(at: a) != nil || Self.l28CyrillicPostNouns.contains(tokens[a]) else { continue }
            // Back from the family name over "И." pairs.
            var b = z
            while b - 2 >= a + 1, keyIs(b - 1, "."), tokens[b - 2].kind == .word, tokens[b - 2].isInitialLetter { b -= 2 }
            guard b < z, b > a + 1, !keyIs(b - 1, "имени") else { continue }
            fix.append((i, b, z))
        }
        for (i, b, z) in fix.reversed() { mentions[i] = mention(b, z + 1, type: .person, evidence: .cue) }
    }

    /// Street and square nouns in every case ("Советской улице", "проспекте Мира").
    static let l28RussianStreetNouns = KeySet(["улица", "улицы", "улице", "улицу", "улицей", "проспект", "проспекта", "проспекте",
        "переулок", "переулка", "переулке", "площадь", "площади", "бульвар", "бульвара", "бульваре", "шоссе", "набережная",
        "набережной", "набережную"])

    /// "на Советской улице", "Ленинский проспект": a body read as an adjective and a street's noun is a street.
    mutating func l28RussianStreets() {
        guard articleHas(Self.l28RussianStreetNouns) else { return }
        let nouns = Self.l28RussianStreetNouns
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = h31Span(i), z == a + 1, tokens[a].script == .cyrillic, nouns.contains(tokens[z]) || nouns.contains(tokens[a]) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
        }
    }

    // MARK: Latin: companies named over "&"

    /// Capitalized articles that open a sentence before a company's name ("Die Harms & Tjaden Werft").
    static let l28Articles = KeySet(["the", "die", "der", "das", "den", "dem", "le", "la", "les", "el", "los", "las", "il", "lo", "gli",
        "o", "a", "os", "as", "de", "het", "een", "ein", "eine"])

    /// Its gate: the spaced "&".
    static let l28AmpersandCue = KeySet(["&"])
    /// "Barclay & Finch Wealth Management", "Procter & Gamble": capitalized words on both sides of a spaced "&" are one
    /// company (a person's or a place's reading of either side dropped).
    mutating func l28AmpersandCompanies() {
        guard articleHas(Self.l28AmpersandCue) else { return }
        var k = 1
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .punct, keyIs(k, "&"), tokens[k].spaceBefore, tokens[k + 1].spaceBefore, tokens[k - 1].script == .latin, isCap(k - 1), isCap(k + 1),
                  tokens[k + 1].script == .latin else { continue }
            // A body read over the "&" already ("Holzbau Rimmele GmbH & Co. KG", "LSEG Data & Analytics") is left whole.
            let amp = tokens[k].start
            if anyMention(where: { $0.type == .organization && $0.start < amp && $0.end > amp }) { continue }
            var a = k - 1
            while a - 1 >= 0, k - a < 3, isCap(a - 1), tokens[a - 1].script == .latin, tokens[a].spaceBefore, !tokens[a - 1].sentenceStart,
                  !covered[a - 1], !Self.l28Articles.contains(tokens[a - 1]) { a -= 1 }
            var e = k + 2
            while e < tokenCount, e - k <= 4, isCap(e), tokens[e].script == .latin, tokens[e].spaceBefore, !tokens[e].newlineBefore { e += 1 }
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < end && $0.end > s }) { k = e; continue }
            h27Replace(a, e, with: mention(a, e, type: .organization, evidence: .cue))
            k = e
        }
    }

    // MARK: Spanish: Galician and Portuguese particles inside names

    /// "Lucía Souto do Campo", "San Cibrao das Viñas": in Spanish text "do", "da", "dos", "das" are no Spanish words but the
    /// Galician (or Portuguese) particles of a name; two names read apart on either side of one are one name, of the
    /// first one's type.
    mutating func l28GalicianParticleNames() {
        var k = 1
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, keyIs(k, "do") || keyIs(k, "da") || keyIs(k, "dos") || keyIs(k, "das"),
                  isCap(k - 1), isCap(k + 1) else { continue }
            let (l, r) = (tokens[k - 1].end, tokens[k + 1].start)
            guard let i = mentions.indices.first(where: { mentions[$0].end == l && mentions[$0].known == nil && mentions[$0].type != .country
                                                            && mentions[$0].type != .organization }),
                  let j = mentions.indices.first(where: { mentions[$0].start == r && mentions[$0].known == nil && mentions[$0].type != .country }),
                  let (a, _) = h31Span(i), let (_, z) = h31Span(j) else { continue }
            var m = mention(a, z + 1, type: mentions[i].type, evidence: .cue)
            m.placeContext = mentions[i].placeContext
            replaceMentions(removing: [i, j], adding: [m])
            k = z
        }
    }

    // MARK: Arabic: a name before its title's apposition

    /// "ووقع المذكرة عن مجموعة "كيزاد" محمد أبو شهاب السويدي، الرئيس التنفيذي لقطاع الموانئ": two to four name words
    /// (a given name with no article first, particles inside, the family name with the article last) right before a comma
    /// and a title are a person, whatever came before them.
    mutating func l28ArabicNamesBeforeATitle() {
        var added: [Mention] = []
        var c = 3
        while c + 1 < tokenCount {
            defer { c += 1 }
            guard keyIs(c, "،"), tokens[c + 1].script == .arabic, tokens[c + 1].kind == .word,
                  arabicFlags(c + 1).contains(.titleFirstWord) || arabicFlags(c + 1).contains(.titledNameHead) else { continue }
            // The earliest start whose name ends at the comma.
            // (The first word a known given name: "مقر الحكومة، رئيس …" reads no person.)
            guard let s = (max(0, c - 5)...(c - 2)).first(where: { l28ArabicNameEnd($0) == c && !isArabicDefinite($0)
                && (isGivenNameKey($0) || Self.arabicCommonGivenNames.contains(tokens[$0])) }) else { continue }
            let (a, e) = (tokens[s].start, tokens[c - 1].end)
            if anyMention(where: { $0.start < e && $0.end > a && ($0.known != nil || $0.type == .person || $0.type == .organization || $0.type == .place) }) { continue }
            added.append(mention(s, c, type: .person, evidence: .cue))
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }
}
