import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout37 (Turkish, Ukrainian, Persian and Greek wire copy: AA, DHA,
/// İHA; Укрінформ, УНІАН, Суспільне; ایرنا, ایسنا, همشهری; ΑΠΕ-ΜΠΕ, Καθημερινή; scored untouched at 0.380 entities,
/// 0.675 countries). One pass, `refineHoldout37`, run just before `refineCP15`; every rule is gated on the article's
/// language being tr, uk, fa or el, so an article of any other language pays four short string compares.
///
/// Persian (no capitals, and the Arabic rules find nothing in it): people after a title (آقای، خانم، دکتر، مهندس) or
/// before a comma and a role (نماینده، وزیر، مدیرعامل …), and their family name alone; bodies read from a head noun
/// (شرکت، دانشگاه، وزارت، سازمان، بانک …) over the ezafe chain that follows, to a function word, a light verb's noun or
/// punctuation; places after a place noun (شهرستان، استان، بندر، روستای …) and the constituency of «نماینده مردم X، Y
/// و Z»; the agency after «به گزارش»; the weekday دوشنبه and the adjective مالی (financial) no Dushanbe and no Mali.
/// Words joined by ZWNJ (U+200C, a token of its own) are read as one word.
///
/// Greek: a sentence's article or «στο/στην» cut from the name it opens; bodies by a head (Υπουργείο, Πανεπιστήμιο,
/// Εφορεία, Δήμος, Περιφέρεια, Επιμελητήριο … or a last Α.Ε./Ο.Ε.), venues by theirs (Γυμναστήριο, Στάδιο); one-word
/// names after a locative article or preposition places; months and weekdays no names; a surname in another case the
/// same person; a person read over a body's head split into the body and the person.
///
/// Turkish: a country or a place with a one-letter case ending after the apostrophe (Azerbaycan'a) the country or place;
/// body heads (Mahkemesi, Başsavcılığı, Belediyesi, Federasyonu …) and 'X ve Y Bakanlığı' one body; a sentence's first
/// word with a case ending but no apostrophe (Davada, Şirketin) cut; a title inside a name (Başantrenörü, Milletvekili)
/// splits it; 'Ltd. Şti.' joins its company; venues, ports and border gates places; months no places.
///
/// Ukrainian: a legal form (ТОВ, ПрАТ, АТ) before a «quoted» name one company; a one-word name after a locative
/// preposition a place; an adjective and lowercase words ending in a body's head (міська рада, обласна військова
/// адміністрація, інститут) one body; an acronym before a full name cut; an agency's case form (Укрінформу) the agency.
extension NameFinder {
    mutating func refineHoldout37() {
        guard !tokens.isEmpty else { return }
        switch language {
        case "fa": if hasArabic { h37Persian() }
        case "el": h37Greek()
        case "tr": h37Turkish()
        case "uk": h37Ukrainian()
        default: return
        }
    }

    // MARK: - Shared helpers

    /// Drops the rule-found (not known) non-country mentions over tokens `a..<b` and adds one of `type` there.
    mutating func h37Put(_ a: Int, _ b: Int, _ type: EntityType) {
        guard a >= 0, b <= tokens.count, b > a else { return }
        let (s, e) = (tokens[a].start, tokens[b - 1].end)
        // A body may hold a known place (شهرداری تهران): the body wins over it.
        if type == .organization {
            mentions.removeAll { $0.known != nil && $0.type == .place && $0.start >= s && $0.end <= e && $0.end - $0.start < e - s }
        }
        if anyMention(where: { $0.start < e && $0.end > s && ($0.known != nil && $0.type != .country || type != .organization && $0.type == .country) }) { return }
        mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < e && $0.end > s }
        var m = mention(a, b, type: type, evidence: .cue)
        if type == .place { m.placeContext = true }
        mentions.append(m)
    }

    // MARK: - Persian

    /// A Persian word: tokens joined without a space by ZWNJ (کیان‌پور: three tokens).
    struct H37Word { var a: Int; var z: Int; var text: String }

    /// The article's Persian words in order (Arabic-script words and ZWNJ-joined runs), with the punctuation between
    /// them as one-token words of their own (`text` the mark).
    func h37PersianWords() -> [H37Word] {
        var out: [H37Word] = []
        var k = 0
        let n = tokens.count
        while k < n {
            let a = k
            if tokens[k].kind == .word, tokens[k].script == .arabic {
                var z = k
                while z + 2 < n, tokens[z + 1].kind == .punct, tokens[z + 1].text == "\u{200C}", !tokens[z + 2].spaceBefore,
                      tokens[z + 2].kind == .word, tokens[z + 2].script == .arabic {
                    z += 2
                }
                out.append(H37Word(a: a, z: z, text: surface(a, z + 1)))
                k = z + 1
            } else {
                out.append(H37Word(a: a, z: a, text: tokens[k].text))
                k += 1
            }
        }
        return out
    }

    static let h37FaTitles: WordSet = ["آقای", "خانم", "دکتر", "مهندس", "استاد", "سرکار"]
    static let h37FaRoles: WordSet = ["نماینده", "وزیر", "معاون", "مدیرعامل", "عضو", "کارشناس", "دهیار", "فرماندار", "مدیرکل",
        "رئیس", "سخنگوی", "استاندار", "شهردار", "دبیرکل", "سفیر", "مدیر", "استاد", "دبیر", "قائم‌مقام", "بخشدار", "دادستان", "رییس"]
    /// Function words, light verbs and common words that never open or continue a name.
    static let h37FaStops: WordSet = ["در", "به", "از", "با", "برای", "تا", "را", "که", "و", "این", "آن", "یک", "هم", "نیز", "بر", "پس",
        "پیش", "روز", "امروز", "سال", "ماه", "گفت", "کرد", "شد", "است", "بود", "وی", "او", "ما", "هر", "چه", "اما", "یا", "اگر", "نه", "بی",
        "خود", "همه", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "صد", "هزار", "میلیون", "میلیارد", "درصد", "قرار", "نخست",
        "گذشته", "آینده", "جاری", "امسال", "افزود", "داد", "دارد", "کند", "کنند", "شود", "شوند", "کرده", "شده", "هستند", "بودند", "اند",
        "خبرنگار", "گزارش", "مردم", "روی", "زیر", "کنار", "میان", "بین", "طی", "ضمن", "همچنین", "سوی", "هیئتی", "هیئت", "مسئولان", "حضور",
        "بیش", "کمتر", "بیشتر", "دیگر", "فقط", "تنها", "حتی", "بلکه", "چون", "زیرا", "اینکه", "آنکه", "سپس", "دیروز", "فردا", "هفته",
        "اکنون", "هنوز", "باید", "نباید", "می", "نمی", "خواهد", "ها", "های", "ای", "ی", "جنوب", "شمال", "شرق", "غرب", "مرکز", "حاشیه",
        "اطراف", "داخل", "خارج", "سراسر", "کل", "محل", "مشترک", "تخصصی"]
    /// Light verbs: the noun before one belongs to the verb, not to a name before it (منتشر کرد، تأمین کرده).
    static let h37FaLightVerbs: WordSet = ["کرد", "کرده", "کردند", "کردیم", "کند", "کنند", "کنیم", "شد", "شده", "شدند", "شود", "شوند",
        "می‌شود", "می‌شوند", "می‌کند", "می‌کنند", "است", "بود", "دارد", "داد", "دهد", "نمود", "رسید", "رسیده", "گرفت", "گرفته",
        "کرده‌اند", "شده‌اند", "کرده‌است", "شده‌است", "می‌رسد", "می‌دهد", "داده", "دادند", "بودند"]
    /// Heads of bodies: the head and the ezafe chain after it are one organization.
    static let h37FaOrgHeads: WordSet = ["شرکت", "دانشگاه", "وزارت", "سازمان", "بانک", "شهرداری", "اتاق", "کمیسیون", "مجلس", "گروه",
        "سامانه", "فرابورس", "بورس", "خبرگزاری", "کشتیرانی", "اداره", "دادگستری", "دادگاه", "بنیاد", "موسسه", "مؤسسه", "پژوهشگاه",
        "انجمن", "حزب", "شورای", "ستاد", "فدراسیون", "باشگاه", "دیوان", "فرمانداری", "استانداری", "هلدینگ", "کارخانه", "پالایشگاه"]
    /// Heads whose name may list several nouns with commas before «و» (اتاق بازرگانی، صنایع، معادن و کشاورزی).
    static let h37FaListHeads: WordSet = ["اتاق", "کمیسیون", "وزارت", "سازمان"]
    /// Place nouns: the word after one is a place (شهرستان لارستان، بندر چابهار).
    static let h37FaPlaceHeads: WordSet = ["شهرستان", "استان", "روستای", "ولایت", "بندر", "شهر", "دشت", "رودخانه", "سد", "تونل",
        "جزیره", "بخش", "دهستان", "منطقه", "کوه", "دریاچه", "تنگه"]
    /// Place nouns that are part of the name they head (a tunnel, a plain, a dam, a river, a lake).
    static let h37FaFeatureHeads: WordSet = ["تونل", "دشت", "سد", "رودخانه", "دریاچه", "کوه", "تنگه", "جزیره", "منطقه"]
    /// Persian weekdays (دوشنبه is also Dushanbe).
    static let h37FaWeekdays: WordSet = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه"]

    @inline(__always) static func h37FaIsStop(_ w: String) -> Bool {
        h37FaStops.contains(w) || w.hasPrefix("می‌") || w.hasPrefix("نمی‌") || w.hasSuffix("‌اند") || w.hasSuffix("‌است")
    }

    @inline(__always) static func h37FaIsWord(_ w: H37Word, _ tokens: [Token]) -> Bool {
        tokens[w.a].kind == .word && tokens[w.a].script == .arabic
    }

    mutating func h37Persian() {
        let words = h37PersianWords()
        let n = words.count
        func word(_ i: Int) -> String? { i >= 0 && i < n ? words[i].text : nil }
        func isName(_ i: Int) -> Bool {
            guard i >= 0, i < n, Self.h37FaIsWord(words[i], tokens) else { return false }
            let w = words[i].text
            return !Self.h37FaIsStop(w) && !Self.h37FaTitles.contains(w) && !Self.h37FaRoles.contains(w) && !Self.h37FaOrgHeads.contains(w)
                && !Self.h37FaPlaceHeads.contains(w) && !Self.h37FaLightVerbs.contains(w) && !Self.h37FaWeekdays.contains(w)
        }
        func isCountryWord(_ i: Int) -> Bool { isCountry[words[i].a] }
        var persons: [(Int, Int)] = []   // word ranges
        var orgs: [(Int, Int)] = [], places: [(Int, Int)] = []
        var taken = [Bool](repeating: false, count: n)
        func free(_ a: Int, _ z: Int) -> Bool { (a...z).allSatisfy { !taken[$0] } }
        func take(_ a: Int, _ z: Int) { for i in a...z { taken[i] = true } }

        // Bodies: a head and its ezafe chain.
        for i in 0..<n where Self.h37FaOrgHeads.contains(words[i].text) && !taken[i] {
            var z = i
            var j = i + 1
            let lists = Self.h37FaListHeads.contains(words[i].text)
            while j < n, j - i <= (lists ? 10 : 7) {
                let inner = Self.h37FaOrgHeads.contains(words[j].text) || Self.h37FaPlaceHeads.contains(words[j].text)
                if isName(j) || inner && isName(j + 1) || isCountryWord(j) && !Self.h37FaIsStop(words[j].text) { z = j; j += 1; continue }
                // «و» between two nouns of the name, not before another head or a stop.
                if words[j].text == "و", isName(j + 1), !Self.h37FaOrgHeads.contains(words[j + 1].text), z > i { z = j + 1; j += 2; continue }
                // «،» in a list of nouns that a «و» closes (اتاق بازرگانی، صنایع، معادن و کشاورزی).
                if lists, words[j].text == "،", isName(j + 1), z > i {
                    var q = j + 1
                    while q < n, q - j <= 6, isName(q) || words[q].text == "،" { q += 1 }
                    if q < n, words[q].text == "و" { z = j + 1; j += 2; continue }
                }
                break
            }
            // A noun that belongs to a light verb after it (منتشر کرد) is no part of the name.
            while z > i, z + 1 < n, Self.h37FaLightVerbs.contains(words[z + 1].text) || Self.arabicHasPrefix(words[z + 1].text, "می‌") { z -= 1 }
            while z > i, words[z].text == "و" || words[z].text == "،" { z -= 1 }
            guard z > i else { continue }
            orgs.append((i, z)); take(i, z)
        }
        // Places after a place noun ('بندر شهید X': the martyr's name too).
        for i in 0..<n where Self.h37FaPlaceHeads.contains(words[i].text) && !taken[i] {
            guard isName(i + 1), !taken[i + 1] else { continue }
            var z = i + 1
            if words[i + 1].text == "شهید", isName(i + 2) { z = i + 2 }
            if words[i].text == "منطقه" {   // «منطقه آزاد X» only
                guard words[i + 1].text == "آزاد", isName(i + 2) else { continue }
                z = i + 2
            }
            if z + 1 < n, Self.h37FaLightVerbs.contains(words[z + 1].text) { continue }
            // An administrative noun is an alias («استان فارس» is فارس, named so elsewhere too); a feature's noun is part of
            // the name (تونل استقلال، دشت لار); «منطقه آزاد X» is X.
            let whole = Self.h37FaFeatureHeads.contains(words[i].text)
            places.append((whole ? i : i + 1, z)); take(i, z)
        }
        // A constituency: «نماینده مردم X، Y و Z».
        for i in 0..<n where words[i].text == "نماینده" && word(i + 1) == "مردم" {
            var j = i + 2
            while j < n, j - i <= 10, isName(j), !taken[j] {
                places.append((j, j)); take(j, j)
                if word(j + 1) == "،" || word(j + 1) == "و", isName(j + 2) { j += 2 } else { break }
            }
        }
        // People after a title.
        for i in 0..<n where Self.h37FaTitles.contains(words[i].text) {
            var a = i + 1
            if a < n, Self.h37FaTitles.contains(words[a].text) { a += 1 }   // «خانم دکتر»
            guard isName(a), free(a, a) else { continue }
            let z = isName(a + 1) && !taken[a + 1] && !(a + 2 < n && Self.h37FaLightVerbs.contains(words[a + 2].text)) ? a + 1 : a
            persons.append((a, z)); take(a, z)
        }
        // People before a comma and a role: «X Y، نماینده …».
        for i in 0..<n where words[i].text == "،" && i >= 2 && word(i + 1).map({ Self.h37FaRoles.contains($0) }) == true {
            let (a, z) = (i - 2, i - 1)
            guard isName(a), isName(z), free(a, z) else { continue }
            // The word before the name ends a phrase: a sentence's start, punctuation or a function word.
            let before = a - 1
            guard before < 0 || !Self.h37FaIsWord(words[before], tokens) || Self.h37FaIsStop(words[before].text) else { continue }
            persons.append((a, z)); take(a, z)
        }
        // The agency: «به گزارش X» (after «خبرنگار» too) and «- X -» on the first line.
        var agencies: Set<String> = []
        for i in 0..<n where words[i].text == "گزارش" && word(i - 1) == "به" {
            var a = i + 1
            if word(a) == "خبرنگار" { a += 1 }
            guard isName(a), !taken[a] else { continue }
            if a + 1 < n, words[a + 1].text != "،", words[a + 1].text != "-", isName(a + 1) { continue }
            agencies.insert(words[a].text)
        }
        for i in 1..<max(1, min(n - 1, 12)) where words[i - 1].text == "-" && words[i + 1].text == "-" && isName(i) { agencies.insert(words[i].text) }
        // The family name alone after the full name; the agency wherever named.
        let surnames = Set(persons.filter { $0.1 > $0.0 }.map { words[$0.1].text })
        for i in 0..<n where !taken[i] && isName(i) {
            if surnames.contains(words[i].text) { persons.append((i, i)); take(i, i) } else if agencies.contains(words[i].text) { orgs.append((i, i)); take(i, i) }
        }
        for (a, z) in orgs { h37Put(words[a].a, words[z].z + 1, .organization) }
        for (a, z) in places { h37Put(words[a].a, words[z].z + 1, .place) }
        for (a, z) in persons { h37Put(words[a].a, words[z].z + 1, .person) }
        // دوشنبه the weekday (after «روز» or before a date) is no Dushanbe; مالی (financial) no Mali.
        var drop = Set<Int>()
        for i in mentions.indices {
            guard let k = tokenIndex(startingAt: mentionStart(i)) else { continue }
            let key = tokens[k].text
            if mentionKnown(i) != nil, mentionType(i) == .place, Self.h37FaWeekdays.contains(key) {
                let prev = k >= 1 ? tokens[k - 1].text : ""
                let next = k + 1 < tokens.count ? tokens[k + 1] : nil
                if prev == "روز" || prev == "امروز" || prev == "(" || next?.kind == .number { drop.insert(i) }
            } else if mentionType(i) == .country, key == "مالی" {
                let prev = k >= 1 ? tokens[k - 1].text : ""
                if prev != "کشور", prev != "جمهوری" { drop.insert(i) }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// The token that starts at UTF-16 offset `start` (binary search: tokens are in order).
    func tokenIndex(startingAt start: Int) -> Int? {
        var lo = 0, hi = tokens.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start == start { return mid }
            if tokens[mid].start < start { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    // MARK: - Greek

    /// Articles and «σε + article» that open a sentence before a name (Στο Κάιρο, Η Αίγυπτος, Ο Βουκσάνοβιτς).
    static let h37ElOpeners = h18Keys(["Ο", "Η", "Το", "Οι", "Τα", "Τον", "Την", "Της", "Του", "Στο", "Στη", "Στην", "Στον", "Στα", "Στις",
                                       "Στους", "Από", "Για", "Με", "Σε", "Κατά", "Μετά", "Προς"])
    /// Articles and prepositions after which a one-word name is a place (στην Αθήνα, από τη Λάρισα, στο Κιλκίς).
    static let h37ElLocatives = h18Keys(["στο", "στη", "στην", "στον", "στα", "σε", "από", "προς", "μέσω", "για", "την", "τη", "το", "της", "του"])
    /// Stems (folded keys' openings) of body heads.
    static let h37ElOrgHeadStems = ["υπουργεί", "πανεπιστήμι", "πανεπιστημί", "πολυτεχνεί", "εφορεί", "επιμελητήρι", "επιμελητηρί",
        "εφετεί", "δικαστήρι", "μουσεί", "ομοσπονδί", "επιτροπ", "εισαγγελί", "δήμο", "δήμου", "δήμος", "περιφέρει", "βουλ", "τράπεζ",
        "ένωσ", "οργανισμ", "ινστιτούτ", "ταμεί", "όμιλ", "σύνδεσμ", "σύλλογ", "κόμμ", "αρχή", "αρχής", "υπηρεσί", "γραφεί", "ίδρυμ", "πατριαρχεί"]
    static let h37ElOrgLast = h18Keys(["Α.Ε", "Ο.Ε", "Ε.Ε", "ΑΕ", "ΟΕ", "ΙΚΕ", "ΕΠΕ", "GmbH", "Ltd", "SA", "AG"])
    static let h37ElOrgFirst = h18Keys(["ΚΑΕ", "ΠΑΕ", "ΑΟ", "ΑΕΚ"])
    static let h37ElVenueStems = ["γυμναστήρι", "στάδι", "γήπεδ", "αεροδρόμι", "λιμάνι", "λιμέν"]
    static let h37ElTimeStems = ["ιανουάρ", "ιανουαρ", "φεβρουάρ", "φεβρουαρ", "μάρτ", "μαρτ", "απρίλ", "απριλ", "μαΐ", "μάι", "ιούν", "ιουν",
        "ιούλ", "ιουλ", "αύγουστ", "αυγούστ", "σεπτέμβρ", "σεπτεμβρ", "οκτώβρ", "οκτωβρ", "νοέμβρ", "νοεμβρ", "δεκέμβρ", "δεκεμβρ", "δευτέρ",
        "τρίτ", "τετάρτ", "πέμπτ", "παρασκευ", "σάββατ", "σαββάτ", "κυριακ"]
    static let h37ElDrop = h18Keys(["Δρ", "κ", "κα", "Πατριάρχη", "Πατριάρχης", "Δημοσίου", "Δημόσιο"])
    /// Titles that open a mention before a name or a see (Πατριάρχη Αλεξανδρείας): cut.
    static let h37ElTitles = h18Keys(["Πατριάρχη", "Πατριάρχης", "Αρχιεπίσκοπος", "Αρχιεπισκόπου", "Μητροπολίτης", "Μητροπολίτη", "Δρ", "Καθηγητής"])
    static let h37ElCompass = ["βόρει", "νότι", "δυτικ", "ανατολικ", "κεντρικ", "νοτιοανατολικ", "βορειοδυτικ"]
    /// Single capital letters of a dotted legal form (Α.Ε., Ο.Ε., Ε.Ε.).
    static let h37ElFormLetters: WordSet = ["Α", "Ο", "Ε"]

    /// Token `z` ends a Greek legal form (Α.Ε, Ο.Ε, ΑΕ, ΙΚΕ, ΕΠΕ, GmbH …).
    func h37ElLegalEnd(_ z: Int) -> Bool {
        if h23Key(z, Self.h37ElOrgLast) { return true }
        return z >= 2 && tokens[z].text == "Ε" && keyIs(z - 1, ".") && Self.h37ElFormLetters.contains(tokens[z - 2].text)
    }

    @inline(__always) func h37ElHead(_ k: Int, _ stems: [String]) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && stems.contains { tokens[k].key.hasPrefix($0) }
    }

    mutating func h37Greek() {
        var drop = Set<Int>()
        // Cut an opening article; type by heads.
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a0, z) = h31Span(i) else { continue }
            var a = a0
            if a < z, tokens[a].sentenceStart || tokens[a].capitalized && (a == 0 || tokens[a - 1].kind == .punct), h23Key(a, Self.h37ElOpeners) {
                let opener = tokens[a].key
                a += 1
                let wasLocative = opener.hasPrefix("στ") || opener == "από" || opener == "προς"
                if isCountry[a], a == z { drop.insert(i); continue }
                var m = mention(a, z + 1, type: mentionType(i), evidence: mentionEvidence(i))
                if wasLocative, a == z { m.type = .place; m.placeContext = true }
                mentions[i] = m
            }
            if a == z, tokens[a].kind == .word, h37ElHead(a, Self.h37ElTimeStems) || h23Key(a, Self.h37ElDrop) { drop.insert(i); continue }
            if a < z, h23Key(a, Self.h37ElTitles), !h37ElHead(a + 1, Self.h37ElOrgHeadStems) {
                a += 1
                let single = a == z
                mentions[i] = mention(a, z + 1, type: single ? .place : mentionType(i), evidence: mentionEvidence(i))
                if single { mentions[i].placeContext = true; continue }
            }
            if mentionType(i) == .person, h37ElHead(a, Self.h37ElCompass) { mentions[i].type = .place; mentions[i].placeContext = true; continue }
            if (a...z).allSatisfy({ tokens[$0].kind != .word || tokens[$0].script == .latin }), mentionType(i) == .person {
                mentions[i].type = .organization; continue
            }
            if (a...z).contains(where: { h37ElHead($0, Self.h37ElOrgHeadStems) }) || h37ElLegalEnd(z) || h23Key(a, Self.h37ElOrgFirst) {
                // A person read over a body's head and a name after it: the body, then the person.
                if mentionType(i) == .person, let h = (a...z).last(where: { h37ElHead($0, Self.h37ElOrgHeadStems) }), z - h >= 2,
                   (h + 1...z).allSatisfy({ isCap($0) || tokens[$0].kind == .punct }) {
                    mentions[i] = mention(a, h + 1, type: .organization, evidence: .cue)
                    mentions.append(mention(h + 1, z + 1, type: .person, evidence: .cue))
                    continue
                }
                mentions[i].type = .organization; mentions[i].placeContext = false
                continue
            }
            if (a...z).contains(where: { h37ElHead($0, Self.h37ElVenueStems) }) {
                mentions[i].type = .place; mentions[i].placeContext = true
                continue
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        // A one-word name after a locative article or preposition, or a one-word body with no head: a place.
        var drop2 = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, mentionType(i) != .place else { continue }
            // A portfolio after «υπουργός/υφυπουργός» (Εξωτερικών, Ηλεκτρισμού) is no name.
            if a >= 1, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized,
               PlainText.hasPrefix(tokens[a - 1].key, "υπουργ") || PlainText.hasPrefix(tokens[a - 1].key, "υφυπουργ") { drop2.insert(i); continue }
            let afterLocative = a >= 1 && h23Key(a - 1, Self.h37ElLocatives) && !tokens[a - 1].capitalized
            let bareBody = (mentionType(i) == .organization || mentionType(i) == nil) && !tokens[a].allCaps && tokens[a].script == .other
            // (A person ending the text has no capitalized word after it: `isCap` reads its token unchecked.)
            if mentionType(i) != .person || a + 1 >= tokens.count || !isCap(a + 1), afterLocative || bareBody {
                mentions[i].type = .place; mentions[i].placeContext = true
            }
        }
        if !drop2.isEmpty { replaceMentions(removing: drop2) }
        h37GreekBodies()
        // A surname in another case (Λιβανού, Λιβανό) the person.
        var lastWords: [String] = []
        var lastFull: [(key: String, text: String)] = []
        for i in mentions.indices where mentionType(i) == .person && mentionWordCount(i) >= 2 {
            if let w = mentionWords(i).last, w.count >= 5, let z = h31Span(i)?.1 {
                lastWords.append(String(w.prefix(w.count - 2)))
                // The surname as written (hyphenated: both parts).
                var a = z
                while a >= 2, keyIs(a - 1, "-"), !tokens[a - 1].spaceBefore { a -= 2 }
                lastFull.append((w, surface(a, z + 1)))
            }
        }
        h37GreekPlaceForms()
        guard !lastWords.isEmpty else { return }
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) <= 2 {
            let surface = mentionSurface(i)
            if mentionWordCount(i) == 2, !surface.contains("-") || surface.contains(" ") { continue }
            let w = mentionWords(i).last ?? ""
            guard lastWords.contains(where: { w.hasPrefix($0) && w.count - $0.count <= 3 }) else { continue }
            mentions[i].type = .person; mentions[i].placeContext = false
            // The form the full name has, so that both are one person (Λιβανού → Λιβανό, Παπαδόπουλου-Ζαχαρίου → Παπαδόπουλο-Ζαχαρίου).
            let parts = TextFolding.key(surface).split(separator: "-")
            if let full = lastFull.first(where: { f in
                let fp = TextFolding.key(f.text).split(separator: "-")
                return fp.count == parts.count && f.text != surface && zip(fp, parts).allSatisfy { x, y in
                    x.count >= 4 && y.count >= 4 && x.prefix(x.count - 2) == y.prefix(x.count - 2) }
            }) {
                mentions[i].words = full.text.split(separator: "-").map { TextFolding.key(String($0)) }
                mentions[i].surface = full.text
            }
        }
    }

    /// A body's head and the capitalized words around it one body: «Εφορεία Αρχαιοτήτων Χανίων», «Τριμελές Εφετείο
    /// Κακουργημάτων Θεσσαλονίκης», «Επιτροπή Εξωτερικών Υποθέσεων της Βουλής των Ελλήνων», «Κρητική Τεχνική Α.Ε.».
    mutating func h37GreekBodies() {
        let n = tokens.count
        var k = 0
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, h37ElHead(k, Self.h37ElOrgHeadStems) else { continue }
            var a = k
            while a >= 1, tokens[a - 1].kind == .word, tokens[a - 1].capitalized, !h23Key(a - 1, Self.h37ElOpeners), !h23Key(a - 1, Self.h37ElTitles),
                  !isCountry[a - 1], k - a < 2, !tokens[a].sentenceStart { a -= 1 }
            var z = k
            while z + 1 < n {
                if tokens[z + 1].kind == .word, tokens[z + 1].capitalized, tokens[z + 1].script == .other, !h37ElHead(z + 1, Self.h37ElTimeStems) { z += 1; continue }
                // «της Βουλής των Ελλήνων»: an article and a capitalized genitive.
                if h23Key(z + 1, Self.h37ElGenitiveArticles), z + 2 < n, tokens[z + 2].kind == .word, tokens[z + 2].capitalized, tokens[z + 2].script == .other {
                    z += 2; continue
                }
                break
            }
            guard z > k || a < k else { continue }
            let (s, e) = (tokens[a].start, tokens[z].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.type != .place && $0.start < e && $0.end > s }) { continue }
            mentions.removeAll { $0.known != nil && $0.type == .place && $0.start >= s && $0.end <= e }
            var m = mention(a, z + 1, type: .organization, evidence: .cue)
            m.placeContext = false
            h27Replace(a, z + 1, with: m)
            k = z
        }
        // Capitalized words before a dotted legal form (Αιγαίο Διασυνδέσεις Α.Ε.).
        k = 2
        while k < n {
            defer { k += 1 }
            guard h37ElLegalEnd(k), k >= 3 else { continue }
            var a = tokens[k].text == "Ε" && keyIs(k - 1, ".") ? k - 2 : k
            guard a >= 1, tokens[a - 1].kind == .word, tokens[a - 1].capitalized else { continue }
            while a >= 1, tokens[a - 1].kind == .word, tokens[a - 1].capitalized, !h23Key(a - 1, Self.h37ElOpeners), k - a < 6 { a -= 1 }
            let (s, e) = (tokens[a].start, tokens[k].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            var m = mention(a, k + 1, type: .organization, evidence: .cue)
            m.placeContext = false
            h27Replace(a, k + 1, with: m)
        }
    }

    /// A Greek key without its accents (ά → α …): case forms move the accent (Κίσσαμο, Κισσάμου).
    static func h37GreekBare(_ key: String) -> String {
        String(String.UnicodeScalarView(key.unicodeScalars.map { s -> Unicode.Scalar in
            switch s {
            case "ά": return "α"
            case "έ": return "ε"
            case "ή": return "η"
            case "ί", "ΐ", "ϊ": return "ι"
            case "ό": return "ο"
            case "ύ", "ΰ", "ϋ": return "υ"
            case "ώ": return "ω"
            case "ς": return "σ"
            default: return s
            }
        }))
    }

    /// One-word places in other cases of a place named in the article (Κισσάμου beside Κίσσαμο): the first form's
    /// name, so that both are one place.
    mutating func h37GreekPlaceForms() {
        var seen: [(bare: String, words: [String], surface: String)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionWordCount(i) == 1 && tokens.count > 0 {
            let w = mentionWords(i)[0]
            guard w.count >= 5, let f = w.unicodeScalars.first, Self.h37GreekBare(String(f)) != String(f) || (0x3B1...0x3C9).contains(f.value) else { continue }
            let bare = Self.h37GreekBare(w)
            if let s = seen.first(where: { s in
                let p = min(s.bare.count, bare.count) - 2
                return p >= 4 && s.bare.prefix(p) == bare.prefix(p) && abs(s.bare.count - bare.count) <= 2 && s.words[0] != w
            }) {
                mentions[i].words = s.words
                mentions[i].surface = s.surface
            } else if !seen.contains(where: { $0.words[0] == w }) {
                seen.append((bare, mentionWords(i), mentionSurface(i)))
            }
        }
    }

    static let h37ElGenitiveArticles = h18Keys(["της", "του", "των"])

    // MARK: - Turkish

    /// Country names of Turkish CLDR by folded key (built on the first Turkish article).
    static let h37TurkishCountries: [String: String] = {
        let tr = Locale(identifier: "tr")
        var out: [String: String] = [:]
        for code in EntityLexicon.regionCodes() {
            if let name = tr.localizedString(forRegionCode: code) {
                out[name.split(separator: " ").map { TextFolding.key(String($0)) }.joined(separator: " ")] = code
            }
        }
        return out
    }()
    /// Heads (folded openings) of bodies that the earlier Turkish rules lack.
    static let h37TrOrgStems = ["mahkeme", "başsavcılığ", "savcılığ", "belediye", "federasyon", "komisyon", "platform", "odası", "meclis",
        "başkanlığ", "bakanlığ", "müdürlüğ", "ajans", "borsa", "menkul", "holding", "partisi", "kulüb", "birliğ", "enstitü", "üniversite"].map { TextFolding.key($0) }
    static let h37TrPlaceStems = ["salonu", "merkezi", "limanı", "kapısı", "havalimanı", "stadyumu", "stadı", "koridor", "deltası"].map { TextFolding.key($0) }
    /// Compass words that open a region (Orta Asya, Güney Kafkasya).
    static let h37TrCompass = h18Keys(["Orta", "Güney", "Kuzey", "Doğu", "Batı", "Güneydoğu", "Kuzeydoğu"])
    /// Heads of treaties and competitions: no entities.
    static let h37TrNotEntities = ["anlaşması", "antlaşması", "sözleşmesi", "kupası", "ligi", "şampiyonası", "turnuvası"].map { TextFolding.key($0) }
    static let h37TrTitles = h18Keys(["Başantrenörü", "Antrenörü", "Milletvekili", "Başkanı", "Müdürü", "Bakanı", "Yardımcısı", "Sözcüsü",
                                      "Valisi", "Kaymakamı", "Rektörü", "Kaptanı", "Analisti", "Avukatı", "Hakimi", "Savcısı"])
    /// Words of a title before its head (Bakan Yardımcısı, Genel Müdürü): no body or place before the title.
    static let h37TrTitlePieces = h18Keys(["Bakan", "Genel", "Yönetim", "Kurulu", "Başkan", "Müdür", "Bölge", "İl"])
    static let h37TrMonths = h18Keys(["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"])
    static let h37TrLocativeEndings = ["'da", "'de", "'ta", "'te", "'nda", "'nde", "'dan", "'den", "'tan", "'ten", "'ndan", "'nden"]
    static let h37TrCaseEndings = ["da", "de", "ta", "te", "dan", "den", "tan", "ten", "nin", "nın", "nun", "nün", "in", "ın", "un", "ün"]

    @inline(__always) func h37TrHas(_ k: Int, _ stems: [String]) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && stems.contains { tokens[k].key.hasPrefix($0) }
    }

    mutating func h37Turkish() {
        var drop = Set<Int>(), add: [Mention] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a0, z) = h31Span(i) else { continue }
            var a = a0
            // «Azerbaycan'a», «Iğdır'a»: a one-letter case ending kept in the word.
            if a == z, tokens[a].kind == .word {
                let text = tokens[a].text
                if let ap = text.lastIndex(where: { $0 == "'" || $0 == "\u{2019}" }), text.distance(from: ap, to: text.endIndex) <= 3 {
                    let stem = String(text[..<ap])
                    if let code = Self.h37TurkishCountries[TextFolding.key(stem)] {
                        drop.insert(i)
                        let m = Mention(surface: stem, start: tokens[a].start, end: tokens[a].start + stem.utf16.count, type: .country,
                                        evidence: .known, code: code, words: [TextFolding.key(stem)])
                        add.append(m)
                        continue
                    }
                    if mentionType(i) == .organization || mentionType(i) == nil, !Self.h37TrOrgStems.contains(where: { TextFolding.key(stem).hasPrefix($0) }) {
                        mentions[i].type = .place; mentions[i].placeContext = true
                    }
                    continue
                }
            }
            // A month («18 Aralık'ta») is no place.
            if a == z, h23Key(a, Self.h37TrMonths) { drop.insert(i); continue }
            // A sentence's first word with a case ending and no apostrophe (Davada, Artışta, Şirketin): a common noun.
            if a < z, tokens[a].sentenceStart, !isGivenName(a), Self.h37TrCaseEndings.contains(where: { tokens[a].text.hasSuffix($0) }),
               tokens[a].text.count >= 5 {
                a += 1
                if a == z, let code = Self.h37TurkishCountries[tokens[a].key] {
                    drop.insert(i)
                    add.append(Mention(surface: tokens[a].text, start: tokens[a].start, end: tokens[a].end, type: .country, evidence: .known,
                                       code: code, words: [tokens[a].key]))
                    continue
                }
                mentions[i] = mention(a, z + 1, type: mentionType(i), evidence: mentionEvidence(i))
            }
            // A title inside: the body or place before it, the person after it.
            if let t = (a...z).first(where: { h23Key($0, Self.h37TrTitles) }), z - t >= 2, t > a, !h23Key(t - 1, Self.h37TrTitlePieces) {
                drop.insert(i)
                if t - a == 2, tokens[a].allCaps, !tokens[a + 1].allCaps {
                    // «CHP İzmir Milletvekili»: the party, then the constituency.
                    add.append(mention(a, a + 1, type: .organization, evidence: .cue))
                    var p = mention(a + 1, t, type: .place, evidence: .cue)
                    p.placeContext = true
                    add.append(p)
                } else {
                    let body = (a..<t).contains(where: { h37TrHas($0, Self.h37TrOrgStems) || h37TrHas($0, Self.h32TurkishBodyStems) })
                        || PlainText.hasSuffix(tokens[t - 1].key, "spor") || t - a >= 2
                    add.append(mention(a, t, type: body ? .organization : .place, evidence: .cue))
                }
                add.append(mention(t + 1, z + 1, type: .person, evidence: .cue))
                continue
            }
            if h37TrHas(z, Self.h37TrNotEntities) { drop.insert(i); continue }
            // «Güney Koreli X»: a compass word and a demonym in -li before a name: the country, then the name.
            if z - a >= 2, h23Key(a, Self.h37TrCompass), let demonym = Optional(tokens[a + 1].key), demonym.hasSuffix("li") || demonym.hasSuffix("lı"),
               let code = Self.h37TurkishCountries[tokens[a].key + " " + String(demonym.dropLast(2))] {
                drop.insert(i)
                add.append(Mention(surface: surface(a, a + 2), start: tokens[a].start, end: tokens[a + 1].end, type: .country, evidence: .known,
                                   code: code, words: [tokens[a].key, tokens[a + 1].key]))
                add.append(mention(a + 2, z + 1, type: .organization, evidence: .cue))
                continue
            }

            if h37TrHas(z, Self.h37TrPlaceStems) || mentionType(i) == .person && h23Key(a, Self.h37TrCompass) && z - a <= 2 {
                mentions[i].type = .place; mentions[i].placeContext = true; continue
            }
            if (a...z).contains(where: { h37TrHas($0, Self.h37TrOrgStems) }) || PlainText.hasSuffix(tokens[z].key, "spor") {
                // «Türkiye Voleybol Federasyonu»: the country's name before the body is part of it.
                if a >= 1, isCountry[a - 1], tokens[a - 1].capitalized, tokens[a - 1].spaceBefore || a - 1 == 0, !tokens[a].sentenceStart {
                    drop.insert(i)
                    var m = mention(a - 1, z + 1, type: .organization, evidence: .cue)
                    m.placeContext = false
                    add.append(m)
                    continue
                }
                mentions[i].type = .organization; mentions[i].placeContext = false
                continue
            }
            // (After the bodies.) A name with a locative or ablative ending (Novi Sad'da, Tepebaşı'ndaki) is a place, not a person.
            if mentionType(i) == .person || mentionType(i) == nil, !h37TrHas(z, Self.h32TurkishBodyStems), z + 1 < tokens.count, tokens[z + 1].kind == .punct, !tokens[z + 1].spaceBefore,
               Self.h37TrLocativeEndings.contains(where: { tokens[z + 1].key.hasPrefix($0) }) {
                mentions[i].type = .place; mentions[i].placeContext = true; continue
            }
            // A portfolio before a title (Ticaret Bakan Yardımcısı, Ekonomi Bakanı) is no name.
            if a == z, mentionType(i) != .person, h23Key(z + 1, Self.h37TrTitlePieces) || h23Key(z + 1, Self.h37TrTitles) { drop.insert(i); continue }
            // A one-word body with no head and no capitals inside (Nahçıvan, Yeşilırmak): a place.
            if a == z, mentionType(i) == .organization || mentionType(i) == nil, !tokens[a].allCaps,
               !tokens[a].text.dropFirst().contains(where: { $0.isUppercase }), !h37TrHas(a, Self.h32TurkishBodyStems) {
                mentions[i].type = .place; mentions[i].placeContext = true
            }
        }
        if !drop.isEmpty || !add.isEmpty { replaceMentions(removing: drop, adding: add) }
        h37TurkishJoins()
    }

    /// 'X Ltd. Şti.' one company; 'Hazine ve Maliye Bakanlığı' one body over «ve».
    mutating func h37TurkishJoins() {
        let n = tokens.count
        var k = 0
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word else { continue }
            if keyIs(k, "ltd"), keyIs(k + 1, "."), k + 2 < n, TextFolding.key(tokens[k + 2].text) == TextFolding.key("Şti") {
                // The capitalized words before it.
                var a = k
                while a >= 1, isCap(a - 1), k - a < 6 { a -= 1; if tokens[a].sentenceStart { break } }
                guard a < k else { continue }
                let b = k + 3 < n && keyIs(k + 3, ".") && !tokens[k + 3].spaceBefore ? k + 4 : k + 3
                var m = mention(a, b, type: .organization, evidence: .cue)
                m.placeContext = false
                h27Replace(a, b, with: m)
                k = b
                continue
            }
            // «Hazine ve Maliye Bakanlığı»: a capitalized word and «ve» before a body.
            if keyIs(k, "ve"), k >= 1, k + 1 < n, isCap(k - 1), isCap(k + 1) {   // ("ve" may end the text: `isCap` reads unchecked)
                var z = -1, q = k + 1
                while q < n, isCap(q), q - k <= 4 {
                    if h37TrHas(q, Self.h37TrOrgStems) || h37TrHas(q, Self.h32TurkishBodyStems) { z = q }
                    q += 1
                }
                guard z > k else { continue }
                var a = k - 1
                while a >= 1, isCap(a - 1), k - a < 4, !tokens[a].sentenceStart, !isCountry[a - 1] { a -= 1 }
                if tokens[a].sentenceStart, a < k - 1, Self.h37TrCaseEndings.contains(where: { tokens[a].text.hasSuffix($0) }) { a += 1 }
                var m = mention(a, z + 1, type: .organization, evidence: .cue)
                m.placeContext = false
                h27Replace(a, z + 1, with: m)
            }
        }
    }

    // MARK: - Ukrainian

    static let h37UkLegalForms = h18Keys(["ТОВ", "ПрАТ", "АТ", "ПАТ", "ТзОВ", "ДП", "КП", "ПП", "ВАТ", "ЗАТ"])
    static let h37UkLocatives = h18Keys(["у", "в", "на", "до", "з", "із", "зі", "біля", "через", "від", "поблизу", "під", "по"])
    static let h37UkOrgHeadStems = ["рад", "адміністрац", "інститут", "університет", "коледж", "суд", "палат", "прокуратур", "бюро", "служб",
        "фонд", "спілк", "агенці", "банк", "компані", "департамент", "управлінн", "міністерств", "комітет", "академі", "театр", "музе"]

    static let h37UkSettlements = h18Keys(["село", "селі", "села", "селище", "селищі", "селища", "місто", "місті", "міста", "смт", "хутір", "хуторі"])
    static let h37UkAreaHeads = ["громад", "област", "район", "повіт"]
    static let h37UkHeadFirst = ["спілк", "асоціац", "федерац", "служб", "агенц", "палат", "конфедерац", "ліг"]

    /// 'село Виженка', 'Вижницької громади', 'Спілки литовських фермерів', and a one-word body in no quotes a place.
    mutating func h37UkrainianPlacesAndBodies() {
        let n = tokens.count
        var k = 0
        while k + 1 < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic else { continue }
            // «у селі Виженка»: the settlement's name.
            if h23Key(k, Self.h37UkSettlements), !tokens[k].capitalized, isCap(k + 1), tokens[k + 1].script == .cyrillic, !h23Key(k + 1, Self.h37UkLegalForms) {
                h37Put(k + 1, k + 2, .place)
                continue
            }
            guard tokens[k].capitalized, !tokens[k].allCaps else { continue }
            // «Вижницької громади», «Чернівецької області»: an adjective before an area's noun.
            if tokens[k + 1].kind == .word, !tokens[k + 1].capitalized, h37ElHead(k + 1, Self.h37UkAreaHeads),
               PlainText.hasSuffix(tokens[k].key, "ька") || PlainText.hasSuffix(tokens[k].key, "ької") || PlainText.hasSuffix(tokens[k].key, "ькій") || PlainText.hasSuffix(tokens[k].key, "ький")
                || PlainText.hasSuffix(tokens[k].key, "ського") || PlainText.hasSuffix(tokens[k].key, "цького") {
                h37Put(k, k + 2, .place)
                k += 1
                continue
            }
            // «Спілки литовських фермерів»: a head first, then lowercase words.
            if h37ElHead(k, Self.h37UkHeadFirst), tokens[k + 1].kind == .word, !tokens[k + 1].capitalized, tokens[k + 1].script == .cyrillic,
               !h23Key(k + 1, Self.h37UkLocatives) {
                var z = k
                while z + 1 < n, z - k < 3, tokens[z + 1].kind == .word, !tokens[z + 1].capitalized, tokens[z + 1].script == .cyrillic,
                      tokens[z + 1].key.count >= 4, !h23Key(z + 1, Self.h37UkLocatives) { z += 1 }
                if z + 1 < n, isCountry[z + 1], tokens[z + 1].capitalized { z += 1 }
                guard z > k else { continue }
                h37Put(k, z + 1, .organization)
                k = z
            }
        }
        // A one-word body not in quotes, with no capital inside and no head: a place (з повіту Сучава, порти Ізмаїла та Рені);
        // not a case form of a body named alone (Укрінформу beside Укрінформ).
        // (The capitalized words of the text: an agency on the dateline is no mention yet when this pass runs.)
        var bodies: [String] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionWordCount(i) == 1 { bodies.append(mentionWords(i)[0]) }
        for t in tokens where t.kind == .word && t.script == .cyrillic && t.capitalized && t.key.count >= 5 { bodies.append(t.key) }
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .organization || mentionType(i) == nil) && mentionWordCount(i) == 1 {
            guard let (a, z) = h31Span(i), a == z, tokens[a].script == .cyrillic, !tokens[a].allCaps, !h32Quote(a - 1), !h32Quote(a + 1),
                  !keyIs(a - 1, "/"), !keyIs(a - 1, "("),   // a dateline's agency (/Укрінформ/, (УНІАН))
                  !tokens[a].text.dropFirst().contains(where: { $0.isUppercase }), !h37ElHead(a, Self.h37UkOrgHeadStems),
                  !PlainText.hasSuffix(tokens[a].key, "ська"), !PlainText.hasSuffix(tokens[a].key, "ській"), !PlainText.hasSuffix(tokens[a].key, "ький"),
                  !bodies.contains(where: { b in b != tokens[a].key && tokens[a].key.hasPrefix(b) && b.count >= 5 }) else { continue }
            mentions[i].type = .place; mentions[i].placeContext = true
        }
    }

    mutating func h37Ukrainian() {
        var drop = Set<Int>(), add: [Mention] = []
        let n = tokens.count
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = h31Span(i) else { continue }
            // A legal form alone before «…»: the quoted name is the company (with its form).
            if a == z, h23Key(a, Self.h37UkLegalForms), a + 1 < n, h32Quote(a + 1) {
                var q = a + 2
                while q < n, q - a < 10, !h32Quote(q) { q += 1 }
                drop.insert(i)
                if q < n, q > a + 2, !anyMention(where: { $0.start < tokens[q].end && $0.end > tokens[a + 2].start && $0.type == .organization }) {
                    var m = mention(a, q + 1, type: .organization, evidence: .cue)
                    m.placeContext = false
                    add.append(m)
                }
                continue
            }
            // An acronym before a full name (САП Остап Ігорович Мельничук-Рей): the person is the rest.
            if mentionType(i) == .person, z - a >= 2, tokens[a].allCaps, tokens[a].text.count >= 2 {
                drop.insert(i)
                add.append(mention(a + 1, z + 1, type: .person, evidence: .cue))
                continue
            }
            // A one-word name after a locative preposition: a place (з Ковеля, у Шяуляї, на Буковині).
            if a == z, mentionType(i) == .organization || mentionType(i) == nil, !tokens[a].allCaps, a >= 1, h23Key(a - 1, Self.h37UkLocatives), !isCap(a - 1),
               !h37ElHead(a, Self.h37UkOrgHeadStems) {
                mentions[i].type = .place; mentions[i].placeContext = true
            }
        }
        if !drop.isEmpty || !add.isEmpty { replaceMentions(removing: drop, adding: add) }
        h37UkrainianPlacesAndBodies()
        // A capitalized adjective, lowercase words and a body's head (Вижницька міська рада, Одеській обласній військовій
        // адміністрації, Київському науково-дослідному інституті судових експертиз).
        var k = 0
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .cyrillic, tokens[k].capitalized, !tokens[k].allCaps else { continue }
            let key = tokens[k].key
            guard key.hasSuffix("ька") || key.hasSuffix("ький") || key.hasSuffix("ькій") || key.hasSuffix("ькому") || key.hasSuffix("ького")
                    || key.hasSuffix("ської") || key.hasSuffix("цької") || key.hasSuffix("ький") || key.hasSuffix("ська") || key.hasSuffix("цька") else { continue }
            var j = k + 1
            var head = -1
            while j < n, j - k <= 4, tokens[j].kind == .word || keyIs(j, "-") && !tokens[j].spaceBefore, tokens[j].script == .cyrillic || tokens[j].kind == .punct {
                if tokens[j].kind == .word, tokens[j].capitalized { break }
                if tokens[j].kind == .word, h37ElHead(j, Self.h37UkOrgHeadStems) { head = j; break }
                j += 1
            }
            guard head > k else { continue }
            // Genitive complements after an institute (судових експертиз): lowercase words to the next punctuation, two at most.
            var z = head
            if PlainText.hasPrefix(tokens[head].key, "інститут") {
                while z + 1 < n, z - head < 2, tokens[z + 1].kind == .word, !tokens[z + 1].capitalized, tokens[z + 1].script == .cyrillic,
                      !h23Key(z + 1, Self.h37UkLocatives), tokens[z + 1].key.count >= 5 { z += 1 }
            }
            let (s, e) = (tokens[k].start, tokens[z].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            var m = mention(k, z + 1, type: .organization, evidence: .cue)
            m.placeContext = false
            h27Replace(k, z + 1, with: m)
            k = z
        }
        // An agency's or body's case form (Укрінформу) named in the nominative too: the same name.
        var bases: [String] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionWordCount(i) == 1 { bases.append(mentionWords(i)[0]) }
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) == 1 {
            let w = mentionWords(i)[0]
            if let b = bases.first(where: { w != $0 && w.hasPrefix($0) && w.count - $0.count <= 2 && $0.count >= 5 }) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
                mentions[i].words = [b]
                if let cut = mentions[i].surface.index(mentions[i].surface.startIndex, offsetBy: b.count, limitedBy: mentions[i].surface.endIndex) {
                    mentions[i].surface = String(mentions[i].surface[..<cut])
                }
            }
        }
    }
}
