import Foundation

/// Misses seen in the thirtieth session in the Uzbek, Azerbaijani, Indonesian and Malay articles of holdout56 (written
/// blind, scored untouched first); each a general pattern of the language, tested on other names in EntityLeft30AsiaTests.
/// One pass, `refineLeft30Asia`, run after `refineLeft29West`; every rule is gated on the article's language (uz, az, id,
/// ms) before any scan, so an article of any other language pays four short string compares.
///
/// Uzbek and Azerbaijani (Latin) write case endings straight onto a name ("Qazaxıstanın", "Xitoyga", "Bakıda",
/// "Saidovning"): a capitalized word that is a country's uz/az/tr name plus such an ending is that country; a name that is
/// another mention of the article plus an ending is that mention (grouped with it); a title before a person ("Prezident",
/// "Baş naziri") is no part of the name. Indonesian and Malay: honorifics before a person ("Datuk Seri", "Tan Sri", "Pak",
/// "Bu") and a byline's "Oleh" are no part of the name; weekdays and months are no names. Malay heads of bodies, titles
/// and place nouns (Jabatan, Persatuan, Pengerusi, Timbalan, Taman …) extend the Indonesian lists of `refineLeft28Intl`.
extension NameFinder {
    mutating func refineLeft30Asia() {
        guard !tokens.isEmpty, !hasHan, !hasArabic else { return }
        switch language {
        case "uz", "az":
            l30aTurkicCountries()
            l30aTurkicTitles()
            l30aTurkicSuffixedForms()
        case "id", "ms":
            l30aMalayHonorifics()
            l30aMalayCalendarWords()
        default: return
        }
    }

    // MARK: Uzbek and Azerbaijani: case endings on names

    /// Case, possessive and derivational endings Uzbek and Azerbaijani write onto a name (folded, longest first):
    /// uz -ning, -ni, -ga/-ka/-qa, -da/-ta, -dan/-tan, -dagi, -gacha, -lik; az -ın/-in/-un/-ün and -nın …, -a/-ə/-ya/-yə,
    /// -da/-də, -dan/-dən, -dakı/-dəki, -la/-lə, -lı/-li. (Folding keeps ı and ə: their harmony forms are listed.)
    static let l30aTurkicEndings: [String] = {
        let uz = ["ning", "ni", "ga", "ka", "qa", "da", "ta", "dan", "tan", "dagi", "tagi", "gacha", "lik", "liklar", "lar", "larning",
                  "dek", "day", "niki"]
        let az = ["ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "ı", "i", "u", "ü", "nı", "ni", "nu", "nü", "a", "ə", "ya", "yə",
                  "na", "nə", "da", "də", "ta", "tə", "dan", "dən", "tan", "tən", "nda", "ndə", "ndan", "ndən", "dakı", "dəki", "takı",
                  "təki", "ndakı", "ndəki", "la", "lə", "yla", "ylə", "lı", "li", "lu", "lü", "ya", "dır", "dir", "la"]
        let all = Set((uz + az).map { TextFolding.key($0) })
        return all.sorted { $0.utf8.count > $1.utf8.count }
    }()

    /// One-word country names of Uzbek, Azerbaijani and Turkish CLDR by folded key (built on the first such article).
    static let l30aTurkicCountryNames: [String: String] = {
        var out: [String: String] = [:]
        for lang in ["tr", "uz", "az"] {
            let locale = Locale(identifier: lang)
            for code in EntityLexicon.regionCodes() {
                guard let name = locale.localizedString(forRegionCode: code), !name.contains(" "), !name.contains(",") else { continue }
                let key = TextFolding.key(name)
                if out[key] == nil { out[key] = code }
            }
        }
        return out
    }()

    /// The folded stem of token `k`'s key without one of `l30aTurkicEndings` (three letters at least), and each stem
    /// tried in turn by `test` (longest ending first) until it answers.
    func l30aStem<T>(_ k: Int, _ test: (String) -> T?) -> T? {
        let key = tokens[k].key
        let count = key.unicodeScalars.count
        for ending in Self.l30aTurkicEndings where PlainText.hasSuffix(key, ending) {
            let n = ending.unicodeScalars.count
            guard count - n >= 3 else { continue }
            let stem = String(String.UnicodeScalarView(key.unicodeScalars.dropLast(n)))
            if let r = test(stem) { return r }
        }
        return nil
    }

    /// "Qazaxıstanın", "Azərbaycanla", "Xitoyga", "O‘zbekistonning": a capitalized word that is a country's name plus a
    /// case ending is that country (the CLDR names match only bare); so is the bare name the lexicon leaves out as a city's
    /// or a person's elsewhere ("Suriya", "Tunis": `EntityLexicon.citiesOrPeople`).
    mutating func l30aTurkicCountries() {
        var add: [Mention] = [], drop = Set<Int>()
        for k in 0..<tokenCount {
            guard tokens[k].kind == .word, tokens[k].capitalized, tokens[k].script == .latin, !isCountry[k], tokens[k].keyLength >= 5,
                  let code = Self.l30aTurkicCountryNames[tokens[k].key] ?? l30aStem(k, { Self.l30aTurkicCountryNames[$0] }) else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            // Inside a longer name ("Qazaxıstan Temir Jolı") the word is that name's.
            var inside = false
            for j in mentions.indices where mentions[j].start < e && mentions[j].end > s {
                if mentions[j].known == nil, mentions[j].start == s, mentions[j].end == e { drop.insert(j) } else { inside = true }
            }
            if inside { continue }
            isCountry[k] = true
            add.append(mention(k, k + 1, type: .country, evidence: .known, code: code))
        }
        if !add.isEmpty { replaceMentions(removing: drop, adding: add) }
    }

    /// Titles written before a person's name (folded keys): "Prezident İlham Əliyev", "Spikeri Nuriddin Ismoilov".
    static let l30aTurkicTitles = l29cKeys(["prezident", "prezidenti", "prezidentimiz", "spiker", "spikeri", "nazir", "naziri", "vazir",
        "vaziri", "direktor", "direktori", "rahbar", "rahbari", "hokim", "hokimi", "sədr", "sədri", "rəhbər", "rəhbəri", "müdir",
        "müdiri", "deputat", "deputati", "general", "generali", "məşqçi", "məşqçisi", "murabbiy", "murabbiyi", "baş", "bosh",
        "vitse-prezident", "rais", "raisi", "sədrinin", "prezidentinin", "prezidentining", "akademik", "professor", "doktor",
        "jurnalist", "müxbir", "muxbir", "xanım", "cənab", "janob", "xonim", "hazrat"])

    /// "Prezident İlham Əliyev", "Baş nazir Əli Əsədov", "Spikeri Nuriddin Ismoilov": capitalized title words at a person's
    /// start are no part of the name.
    mutating func l30aTurkicTitles() {
        var drop = Set<Int>(), add: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .person {
            guard let (a, z) = seedSpan(i), z > a, tokens[a].script == .latin, h23Key(a, Self.l30aTurkicTitles) else { continue }
            var b = a + 1
            while b <= z, tokens[b].kind == .word, h23Key(b, Self.l30aTurkicTitles) || keyIs(b, "nazir") || keyIs(b, "naziri") { b += 1 }
            drop.insert(i)
            if z - b >= 1 { add.append(mention(b, z + 1, type: .person, evidence: .cue)) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: add) }
    }

    /// "Baxtiyor Saidovning" beside "Baxtiyor Saidov", "Toshkentga" beside "Toshkent", "Saidovning" alone: a name whose last
    /// word is another mention's last word plus a case ending (the words before it the same) is that mention, grouped with
    /// it; a surname alone with an ending is the person's.
    mutating func l30aTurkicSuffixedForms() {
        let count = mentions.count
        guard count >= 2 else { return }
        for i in 0..<count where mentions[i].type != .country {
            guard let (_, z) = seedSpan(i), tokens[z].kind == .word, tokens[z].capitalized, tokens[z].keyLength >= 5 else { continue }
            let words = mentions[i].words
            guard !words.isEmpty else { continue }
            let type = mentions[i].type
            let target: Int? = l30aStem(z) { stem -> Int? in
                for j in 0..<count where j != i && mentions[j].type != .country {
                    let other = mentions[j].words
                    guard let last = other.last, PhraseMatcher.same(last, stem) else { continue }
                    if other.count == words.count, (0..<(words.count - 1)).allSatisfy({ PhraseMatcher.same(other[$0], words[$0]) }),
                       type == nil || mentions[j].type == nil || mentions[j].type == type { return j }
                    if words.count == 1, other.count >= 2, mentions[j].type == .person { return j }
                }
                return nil
            }
            guard let j = target else { continue }
            let o = mentions[j]
            (mentions[i].words, mentions[i].surface, mentions[i].known, mentions[i].code) = (o.words, o.surface, o.known, o.code)
            mentions[i].type = o.type
        }
    }

    // MARK: Indonesian and Malay: honorifics, bylines, calendar words

    /// Honorifics before a Malaysian or Indonesian person's name (folded keys); "Seri"/"Sri" only after Datuk, Dato or Tan.
    static let l30aMalayHonorifics = l29cKeys(["datuk", "dato", "dato'", "datin", "tun", "toh", "tok", "pak", "bu", "ibu", "bapak",
        "encik", "puan", "cik", "oleh", "yb", "yab", "yang", "berhormat"])
    static let l30aMalayHonorificPairs = l29cKeys(["seri", "sri", "paduka", "amar", "puan"])

    /// "Datuk Seri Mohamad Sabu", "Tan Sri Muhyiddin", "Pak Harun", "Oleh Nur Aqilah" (a byline): the honorific (or "Oleh",
    /// by) opening a person's name is no part of it.
    mutating func l30aMalayHonorifics() {
        var drop = Set<Int>(), add: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .person || mentionType(i) == nil) {
            guard let (a, z) = seedSpan(i), z > a, tokens[a].kind == .word, tokens[a].capitalized, tokens[a].script == .latin else { continue }
            var b = a
            if keyIs(a, "tan"), keyIs(a + 1, "sri") { b = a + 2 } else if h23Key(a, Self.l30aMalayHonorifics) {
                b = a + 1
                // (The apostrophe of Dato' is a token of its own.)
                if b <= z, keyIs(b, "'") { b += 1 }
                while b <= z, tokens[b].kind == .word, h23Key(b, Self.l30aMalayHonorificPairs) || h23Key(b, Self.l30aMalayHonorifics) { b += 1 }
            } else { continue }
            guard b <= z, b > a else { continue }
            drop.insert(i)
            var m = mention(b, z + 1, type: .person, evidence: .cue)
            if z == b, mentionType(i) == nil { m.type = nil }
            add.append(m)
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: add) }
    }

    /// Weekdays and months of Malay and Indonesian (folded keys), and Malay's abbreviated "Dis" of a date.
    static let l30aMalayCalendar = l29cKeys(["isnin", "senin", "selasa", "rabu", "khamis", "kamis", "jumaat", "jumat", "sabtu", "ahad",
        "minggu", "januari", "februari", "mac", "maret", "april", "mei", "jun", "juni", "julai", "juli", "ogos", "agustus", "september",
        "oktober", "november", "disember", "desember", "dis", "okt", "sept", "ogo", "jan", "feb"])

    /// "pada Khamis", "Isnin lalu", "10 Dis": a weekday or a month alone is no name.
    mutating func l30aMalayCalendarWords() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) == 1 {
            guard let (a, z) = seedSpan(i), a == z, tokens[a].kind == .word, h23Key(a, Self.l30aMalayCalendar) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: Malay words for the Indonesian lists of `refineLeft28Intl`

    /// Malay heads of bodies' names (the Indonesian ones are `l28IndonesianBodyHeads`).
    static let l30aMalayBodyHeads = ["jabatan", "persatuan", "suruhanjaya", "majlis", "pejabat", "agensi", "syarikat", "institut",
        "universiti", "perbadanan", "kesatuan", "akademi", "kolej", "angkatan", "hospital", "bahagian", "tabung", "persekutuan"]
    /// Malay (and more Indonesian) titles (the Indonesian ones are `l28IndonesianTitles`).
    static let l30aMalayTitles = ["pengerusi", "timbalan", "pengarah", "setiausaha", "naib", "pesuruhjaya", "pengurus", "perdana",
        "pemimpin", "kontributor", "pelaksana", "penolong", "jurucakap", "ketua", "ahli", "exco", "hakim", "majistret", "pegawai"]
    /// Malay place nouns before a name (the Indonesian ones are `l28IndonesianPlaceHeads`).
    static let l30aMalayPlaceHeads = ["taman", "jambatan", "jembatan", "stesen", "lebuhraya", "mukim", "lapangan"]
}
