import Foundation

/// The Russian case rules of `russianFullNameNominative` as first written, on `Character`s (grapheme
/// breaking in every `hasSuffix`, `dropLast` and `count`). The fast versions (NameFinder+Leftovers11.swift)
/// read a word's lowercased scalars instead and answer the same; they fall back to these for any word
/// that is not made of Cyrillic letters (U+0400–04FF, no combining marks) and hyphens, and
/// EntityLeftovers11Tests compares the two over many forms.
extension NameFinder {
    /// The nominative of a Russian full name written in an oblique case — given name + surname, or given
    /// name + patronymic + surname, of either gender ("Виктором Станиславовичем Лещинским" → "Виктор
    /// Станиславович Лещинский", "Радмилы Косорич-Станич" → "Радмила Косорич-Станич", "Анной Смирновой"
    /// → "Анна Смирнова") — or nil when the name is already in the nominative or no case fits every word.
    /// Each word must fit one gender and case (a consonant-final surname does not decline for a woman;
    /// -о, -и, -у, -е, -э endings and Tajik -зода never do), and some word must show that case beyond
    /// doubt: a patronymic's ending, an instrumental, a feminine genitive in -ы, or a surname's -ого/-ым/-ой.
    /// A nominative that reads as an oblique case of another name ("Анна Петрова", "Драгана Йованович",
    /// "Сергей Кравчук") has no such word and is left alone.
    static func russianFullNameNominativeReference(_ name: String, accept: ((String) -> Bool)? = nil) -> String? {
        let parts = name.split(separator: " ").map(String.init)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        for p in parts {
            guard let f = p.unicodeScalars.first, (0x0410...0x042F).contains(f.value) || f.value == 0x0401,
                  p.count >= 2, !p.contains("."), p.unicodeScalars.allSatisfy({ (0x0400...0x04FF).contains($0.value) || $0 == "-" }),
                  // (Ukrainian, Belarusian and Kazakh letters: their cases are not these.)
                  !p.unicodeScalars.contains(where: { "іїєґўәғқңөұүһІЇЄҐЎӘҒҚҢӨҰҮҺ".unicodeScalars.contains($0) }) else { return nil }
        }
        let hypotheses: [(RuGender, RuCase)] = [(.masculine, .instrumental), (.feminine, .instrumental), (.feminine, .genitive),
                                                 (.masculine, .genitive), (.masculine, .dative), (.masculine, .prepositional),
                                                 (.feminine, .dative), (.feminine, .accusative)]
        var fallback: String?
        for (g, c) in hypotheses {
            guard let (given, givenChanged, givenSure) = ruGivenReference(parts[0], g, c) else { continue }
            var patronymic: String?
            if parts.count == 3 {
                guard let p = ruPatronymicReference(parts[1], g, c) else { continue }
                patronymic = p.0
                if !p.1 { continue }   // an indeclinable patronymic (-улы) shows nothing: the other words must
            }
            // A hyphenated surname declines each part.
            var surname: [String] = [], surnameChanged = false, surnameSure = false
            var fits = true
            for piece in parts[parts.count - 1].split(separator: "-").map(String.init) {
                guard let (n, changed) = ruSurnameReference(piece, g, c) else { fits = false; break }
                surname.append(n)
                surnameChanged = surnameChanged || changed
                surnameSure = surnameSure || changed && ruSurnameSureReference(piece, g, c)
            }
            guard fits else { continue }
            let patronymicChanged = patronymic != nil
            guard givenChanged || surnameChanged || patronymicChanged else { continue }
            // A declinable given name left in the nominative beside a declined surname is no oblique case
            // ("Сергей Петровым" does not occur): the word functions return it unchanged only when indeclinable.
            let nominative = ([ruFleetingGivenReference[given.lowercased()] ?? given] + (patronymic.map { [$0] } ?? []) + [surname.joined(separator: "-")]).joined(separator: " ")
            // The given name and the surname agree: an indeclinable word beside a declined one only when the
            // word is indeclinable for that gender (checked by the word functions), and some ending is certain,
            // or (two words, both declined) the caller's evidence settles it.
            if !(patronymicChanged || givenSure || surnameSure) {
                guard parts.count == 2, givenChanged, surnameChanged, let accept, accept(nominative) else { continue }
            }
            if nominative == name { return nil }
            // A reading that leaves a given name in -и/-ы as it is ("Ольги" read as an indeclinable name beside
            // "Ивановой") gives way to one that declines it ("Ольга Иванова"), if any.
            if !givenChanged, let e = parts[0].last, "иы".contains(e) {
                if fallback == nil { fallback = nominative }
                continue
            }
            return nominative
        }
        return fallback
    }

    /// Given names whose oblique cases drop a vowel ("Павла", "Льва"): the stem the rules read, and the name.
    static let ruFleetingGivenReference: [String: String] = ["павл": "Павел", "льв": "Лев"]

    private static let ruVowelsReference: Set<Character> = Set("аеёиоуыэюя")
    private static let ruHushingReference: Set<Character> = Set("жшчщц")
    private static let ruVelarHushingReference: Set<Character> = Set("гкхжчшщ")

    /// `w` without its last `n` characters.
    private static func ruDropReference(_ w: String, _ n: Int) -> String { String(w.dropLast(n)) }

    /// The last character of `w` without its last `n` characters, lowercased.
    private static func ruBeforeReference(_ w: String, _ n: Int) -> Character? { w.dropLast(n).last.map { Character($0.lowercased()) } }

    /// A word that no case changes: ending in -о, -и, -у, -э, -ю, -е (a foreign or Ukrainian name: "Лещенко",
    /// "Шойгу", "Абашидзе") or in Tajik/Azerbaijani -зода/-заде.
    private static func ruIndeclinableReference(_ l: String) -> Bool {
        if l.hasSuffix("зода") || l.hasSuffix("заде") { return true }
        // (An adjective's genitive, "Евразийского", is no indeclinable name.)
        if l.hasSuffix("ого") || l.hasSuffix("его") { return false }
        guard let e = l.last else { return false }
        return "оиуэюе".contains(e)
    }

    /// A given name's nominative in case `c` of gender `g`: (nominative, changed, the ending is certain), or nil when the word cannot be that case.
    static func ruGivenReference(_ w: String, _ g: RuGender, _ c: RuCase) -> (String, Bool, Bool)? {
        let l = w.lowercased()
        let cons = NameFinder.russianConsonants
        guard l.count >= 2 else { return nil }
        switch g {
        case .masculine:
            switch c {
            case .instrumental:
                if l.hasSuffix("ом"), let b = ruBeforeReference(l, 2), cons.contains(b), l.count >= 5 { return (ruDropReference(w, 2), true, true) }   // Виктором
                if l.hasSuffix("ем"), let b = ruBeforeReference(l, 2), l.count >= 5 {
                    if ruVowelsReference.contains(b) { return (ruDropReference(w, 2) + "й", true, true) }        // Андреем, Юрием, Николаем
                    if ruHushingReference.contains(b) { return (ruDropReference(w, 2), true, true) }              // Ильичем
                    if cons.contains(b) { return (ruDropReference(w, 2) + "ь", true, true) }             // Игорем
                }
                if l.hasSuffix("ой"), let b = ruBeforeReference(l, 2), cons.contains(b), l.count >= 5 { return (ruDropReference(w, 2) + "а", true, false) }   // Никитой
                if l.hasSuffix("ьёй") || l.hasSuffix("ьей"), l.count >= 5 { return (ruDropReference(w, 2) + "я", true, false) }                       // Ильёй
            case .genitive, .accusative:
                if l.hasSuffix("а"), let b = ruBeforeReference(l, 1), cons.contains(b), l.count >= 4 { return (ruDropReference(w, 1), true, false) }        // Виктора
                if l.hasSuffix("я"), let b = ruBeforeReference(l, 1), "еаоу".contains(b), l.count >= 4 { return (ruDropReference(w, 1) + "й", true, false) }  // Андрея, Николая
                if l.hasSuffix("я"), let b = ruBeforeReference(l, 1), "рлн".contains(b), l.count >= 4 { return (ruDropReference(w, 1) + "ь", true, false) }   // Игоря (an evidence's to settle: "Таня")
            case .dative:
                if l.hasSuffix("у"), let b = ruBeforeReference(l, 1), cons.contains(b), l.count >= 4 { return (ruDropReference(w, 1), true, false) }        // Виктору
                if l.hasSuffix("ю"), let b = ruBeforeReference(l, 1), "еаоиу".contains(b), l.count >= 4 { return (ruDropReference(w, 1) + "й", true, false) } // Андрею
                if l.hasSuffix("ю"), let b = ruBeforeReference(l, 1), "рлн".contains(b), l.count >= 4 { return (ruDropReference(w, 1) + "ь", true, false) }   // Игорю
            case .prepositional:
                if l.hasSuffix("е"), let b = ruBeforeReference(l, 1), cons.contains(b), l.count >= 4 { return (ruDropReference(w, 1), true, false) }        // Викторе
            }
            // Undeclined: a name ending in another vowel ("Рахматулло", "Ли", "Шерали", "Гурбангулы"), or a Chinese or
            // Korean family name before the declined given name ("Ван Сяолуном").
            if let e = l.last, "оиуэю".contains(e) || e == "е" && c != .prepositional || l.hasSuffix("лы") || l.count <= 3 { return (w, false, false) }
            return nil
        case .feminine:
            switch c {
            case .instrumental:
                if l.hasSuffix("ой"), let b = ruBeforeReference(l, 2), cons.contains(b), l.count >= 5 { return (ruDropReference(w, 2) + "а", true, true) }   // Анной
                if l.hasSuffix("ией") { return (ruDropReference(w, 2) + "я", true, false) }                                                         // Марией
                if l.hasSuffix("ьей") || l.hasSuffix("ьёй") { return (ruDropReference(w, 2) + "я", true, false) }                                   // Натальей
            case .genitive:
                if l.hasSuffix("ы"), let b = ruBeforeReference(l, 1), cons.contains(b), l.count >= 4 { return (ruDropReference(w, 1) + "а", true, true) }    // Радмилы
                if l.hasSuffix("ии") { return (ruDropReference(w, 1) + "я", true, false) }                                                          // Марии
                if l.hasSuffix("ьи") { return (ruDropReference(w, 1) + "я", true, false) }                                                          // Натальи
                if l.hasSuffix("и"), let b = ruBeforeReference(l, 1), ruVelarHushingReference.contains(b), l.count >= 4 { return (ruDropReference(w, 1) + "а", true, false) }  // Ольги
            case .dative, .prepositional:
                if l.hasSuffix("ии") { return (ruDropReference(w, 1) + "я", true, false) }
                if l.hasSuffix("е"), let b = ruBeforeReference(l, 1), cons.contains(b), l.count >= 4 { return (ruDropReference(w, 1) + "а", true, false) }    // Анне
            case .accusative:
                if l.hasSuffix("ию") { return (ruDropReference(w, 1) + "я", true, false) }
                if l.hasSuffix("у"), let b = ruBeforeReference(l, 1), cons.contains(b), l.count >= 4 { return (ruDropReference(w, 1) + "а", true, false) }    // Анну
            }
            // Undeclined: a consonant-final name ("Айгерим", "Айжан") or one in -о/-и/-у/-э/-ю.
            if let e = l.last, cons.contains(e) || "оиуэю".contains(e) { return (w, false, false) }
            return nil
        }
    }

    /// A patronymic's nominative in case `c` of gender `g` and whether it changed, or nil when it is no patronymic in that case.
    static func ruPatronymicReference(_ w: String, _ g: RuGender, _ c: RuCase) -> (String, Bool)? {
        let l = w.lowercased()
        // Kazakh and Azerbaijani patronymics do not decline ("Жаксылыкулы", "Гейдар оглы").
        if l.hasSuffix("улы") || l.hasSuffix("ұлы") || l.hasSuffix("кызы") || l.hasSuffix("қызы") { return (w, false) }
        switch g {
        case .masculine:
            let ending: String
            switch c {
            case .genitive, .accusative: ending = "ича"
            case .dative: ending = "ичу"
            case .instrumental: ending = "ичем"
            case .prepositional: ending = "иче"
            }
            guard l.hasSuffix(ending), l.count >= ending.count + 3 else { return nil }
            return (ruDropReference(w, ending.count) + "ич", true)
        case .feminine:
            let endings: [String]
            switch c {
            case .genitive: endings = ["вны", "чны"]
            case .dative, .prepositional: endings = ["вне", "чне"]
            case .accusative: endings = ["вну", "чну"]
            case .instrumental: endings = ["вной", "чной"]
            }
            guard let e = endings.first(where: { l.hasSuffix($0) }), l.count > e.count + 3 else { return nil }
            return (ruDropReference(w, e.count - 1) + "на", true)
        }
    }

    /// A surname's (or one hyphenated part's) nominative in case `c` of gender `g` and whether it changed, or nil.
    static func ruSurnameReference(_ w: String, _ g: RuGender, _ c: RuCase) -> (String, Bool)? {
        let l = w.lowercased()
        let cons = NameFinder.russianConsonants
        guard l.count >= 3 else { return nil }
        let possessive = ["ов", "ев", "ёв", "ин", "ын"]
        /// A consonant stem's nominative: "Жуковц" → "Жуковец" (the vowel a case drops before -ц).
        func stem(_ n: Int) -> String {
            let s = ruDropReference(w, n)
            let ls = s.lowercased()
            if ls.hasSuffix("ц"), let b = ls.dropLast().last, cons.contains(b), ls.count >= 4 { return String(s.dropLast()) + "ец" }
            return s
        }
        switch g {
        case .masculine:
            switch c {
            case .genitive, .accusative:
                if l.hasSuffix("ского") || l.hasSuffix("цкого") { return (ruDropReference(w, 3) + "ий", true) }
                if l.hasSuffix("а"), let b = ruBeforeReference(l, 1), cons.contains(b), !l.hasSuffix("зода") { return (stem(1), true) }
                if l.hasSuffix("ы"), let b = ruBeforeReference(l, 1), cons.contains(b) { return (ruDropReference(w, 1) + "а", true) }               // Кулебы
                if l.hasSuffix("и"), let b = ruBeforeReference(l, 1), ruVelarHushingReference.contains(b), l.count >= 5 { return (ruDropReference(w, 1) + "а", true) }  // Мпанданги
            case .dative:
                if l.hasSuffix("скому") || l.hasSuffix("цкому") { return (ruDropReference(w, 3) + "ий", true) }
                if l.hasSuffix("у"), let b = ruBeforeReference(l, 1), cons.contains(b) { return (stem(1), true) }
            case .instrumental:
                if l.hasSuffix("ским") || l.hasSuffix("цким") { return (ruDropReference(w, 2) + "ий", true) }
                if l.hasSuffix("ым"), possessive.contains(where: { ruDropReference(l, 2).hasSuffix($0) }) { return (ruDropReference(w, 2), true) }
                if l.hasSuffix("ом"), let b = ruBeforeReference(l, 2), cons.contains(b) { return (stem(2), true) }
                if l.hasSuffix("ем"), let b = ruBeforeReference(l, 2), ruHushingReference.contains(b) { return (stem(2), true) }
                if l.hasSuffix("ой"), let b = ruBeforeReference(l, 2), cons.contains(b), l.count >= 5 { return (ruDropReference(w, 2) + "а", true) }   // Кулебой
            case .prepositional:
                if l.hasSuffix("ском") || l.hasSuffix("цком") { return (ruDropReference(w, 2) + "ий", true) }
                if l.hasSuffix("е"), let b = ruBeforeReference(l, 1), cons.contains(b), !ruIndeclinableEReference(l) { return (stem(1), true) }
            }
            if ruIndeclinableReference(l) { return (w, false) }
            return nil
        case .feminine:
            switch c {
            case .genitive, .dative, .instrumental, .prepositional:
                if l.hasSuffix("ской") || l.hasSuffix("цкой") { return (ruDropReference(w, 2) + "ая", true) }
                if l.hasSuffix("ой"), let b = ruBeforeReference(l, 2), cons.contains(b), l.count >= 5 { return (ruDropReference(w, 2) + "а", true) }   // Смирновой
                if c == .genitive, l.hasSuffix("ы"), let b = ruBeforeReference(l, 1), cons.contains(b), !possessive.contains(where: { ruDropReference(l, 1).hasSuffix($0) }) {
                    return (ruDropReference(w, 1) + "а", true)
                }
            case .accusative:
                if l.hasSuffix("скую") || l.hasSuffix("цкую") { return (ruDropReference(w, 2) + "ая", true) }
                if l.hasSuffix("у"), possessive.contains(where: { ruDropReference(l, 1).hasSuffix($0) }) { return (ruDropReference(w, 1) + "а", true) }
            }
            // A woman's surname ending in a consonant ("Косорич", "Кравчук") or an indeclinable vowel stays.
            if let e = l.last, cons.contains(e) || ruIndeclinableReference(l) { return (w, false) }
            return nil
        }
    }

    /// Georgian and other -е names that do not decline ("Абашидзе", "Шеварднадзе").
    private static func ruIndeclinableEReference(_ l: String) -> Bool { l.hasSuffix("дзе") || l.hasSuffix("заде") }

    /// The surname's ending is one no nominative surname has: -ского/-скому/-ским, -овым/-иным, -ской/-овой, -ом.
    static func ruSurnameSureReference(_ w: String, _ g: RuGender, _ c: RuCase) -> Bool {
        let l = w.lowercased()
        switch (g, c) {
        case (.masculine, .instrumental): return l.hasSuffix("ым") || l.hasSuffix("ом") || l.hasSuffix("ем")
        case (.masculine, .genitive), (.masculine, .accusative): return l.hasSuffix("ого")
        case (.masculine, .dative): return l.hasSuffix("ому")
        case (.feminine, .accusative): return l.hasSuffix("скую")
        case (.feminine, _): return l.hasSuffix("ой")
        default: return false
        }
    }
}
