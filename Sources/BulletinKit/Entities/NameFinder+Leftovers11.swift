import Foundation

/// Leftovers of the unseen sets (scripts/entity-unseen/README.md, "Left:"), each a general rule tested on
/// other names in EntityLeftovers11Tests: a Russian person seen only in an oblique case is named in the
/// nominative (a lemmatizer for given name + patronymic + surname), and a few patterns of places and
/// institutions (see `refineLeftovers11`).
extension NameFinder {
    /// One pass after every other (see `EntityExtractor.extract`).
    mutating func refineLeftovers11() {
        l11RussianObliquePeople()
        l11RussianKnownCases()
        l11LatinPatterns()
        if hasArabic { l11ArabicPatterns() }
    }

    /// The headline's known names (see `EntityExtractor.addTitle`): "الجزيرة" before an island's adjective is no channel.
    mutating func refineLeftovers11Title() {
        if hasArabic { l11ArabicIsland() }
    }

    // MARK: - Russian people in an oblique case

    /// A Russian person whose full name the article gives only in an oblique case ("с председателем
    /// райисполкома Виктором Станиславовичем Лещинским") is named in the nominative ("Виктор Станиславович
    /// Лещинский"); the form seen stays an alias, and lone surnames in any case join the nominative.
    /// A mention an earlier pass already gave a nominative (the article has one) is left alone.
    mutating func l11RussianObliquePeople() {
        var renamed: [(oblique: String, nominative: String)] = []
        for k in mentions.indices where mentionType(k) == .person && mentionKnown(k) == nil && mentionWordCount(k) >= 2 {
            // (Most names are in the nominative: only one with an ending no nominative has goes on to the lemmatizer.)
            guard mentionWordCount(k) <= 3, let c = mentionSurface(k).unicodeScalars.first, (0x0400...0x04FF).contains(c.value),
                  Self.l11MayBeOblique(mentionWords(k)) || l12MayBeUncertainOblique(mentionWords(k), article: true) || l12RenamedByDiscovery(k, &renamed),
                  let a = tokenIndex(containing: mentionStart(k)), let last = tokenIndex(containing: mentionEnd(k) - 1) else { continue }
            // The text as written (an earlier pass may have rewritten the surface from a wrong guess).
            let seen = surface(a, last + 1)
            guard var nominative = Self.russianFullNameNominative(seen, accept: l12RussianNominativeEvidence(seen, article: true)) else { continue }
            // The article writes this person in the nominative elsewhere, with the same words (same surname, given name
            // opening alike): its spelling stands ("Павел" of "Павла", which the rules would read "Павл").
            let nomWords = PlainText.split(nominative, 0x20)
            if let q = mentions.indices.first(where: { q in
                q != k && mentionType(q) == .person && mentionKnown(q) == nil && mentionWordCount(q) == nomWords.count
                    && mentions[q].variants.isEmpty && mentionWords(q).last.map { PlainText.equal($0, TextFolding.key(String(nomWords[nomWords.count - 1]))) } == true
                    && mentionWords(q).first.map { $0.prefix(2) == TextFolding.key(String(nomWords[0])).prefix(2) } == true }) {
                nominative = mentionSurface(q)
            }
            if PlainText.equal(nominative, mentionSurface(k)) {
                // Named so already (discovery reads two-word names with the same lemmatizer): its lone surnames still join it.
                if !PlainText.equal(seen, nominative), let o = PlainText.split(seen, 0x20).last, let nl = mentionWords(k).last {
                    renamed.append((TextFolding.key(String(o)), nl))
                }
                continue
            }
            // An earlier pass gave it the nominative another mention of the article is written in: that one stands.
            if !PlainText.equal(seen, mentionSurface(k)), mentions.indices.contains(where: { q in
                q != k && mentionType(q) == .person && PlainText.equal(mentionSurface(q), mentionSurface(k)) && mentions[q].variants.isEmpty }) { continue }
            // (Words as the tokenizer splits them: at spaces and hyphens.)
            let words = nominative.split(whereSeparator: { $0 == " " || $0 == "-" }).map { TextFolding.key(String($0)) }
            let oldLast = mentionWords(k).last ?? ""
            var variants = mentions[k].variants.filter { !PlainText.equal($0, mentionSurface(k)) && !PlainText.equal($0, seen) }
            variants.insert(seen, at: 0)
            mentions[k].variants = variants
            mentions[k].surface = nominative
            mentions[k].words = words
            renamed.append((oldLast, words.last ?? ""))
        }
        guard !renamed.isEmpty else { return }
        // Lone surnames: the oblique form of a renamed person's surname ("Лещинским", "Лещинского") takes the nominative's key.
        for k in mentions.indices where mentionKnown(k) == nil && mentionWordCount(k) == 1 && (mentionType(k) == .person || mentionType(k) == nil) {
            let w = mentionWords(k)[0]
            var fit: String?, fits = 0   // distinct surnames (a person renamed at each of its mentions counts once)
            for r in renamed where !PlainText.equal(w, r.nominative) && (PlainText.equal(w, r.oblique) || Self.russianSurnameForm(w, of: r.nominative)) {
                if let f = fit, PlainText.equal(f, r.nominative) { continue }
                fit = r.nominative
                fits += 1
            }
            guard fits == 1, let fit else { continue }
            mentions[k].words = [fit]
            mentions[k].type = .person
        }
    }

    /// Endings of which `russianFullNameNominative` needs one (a patronymic's case, an instrumental, a feminine
    /// genitive in -ы, a surname's -ого/-ому/-ой/-ым/-скую), compared on the folded words' bytes.
    /// (UTF-8 bytes: Cyrillic letters compare byte by byte.)
    static let l11ObliqueEndings: [[UInt8]] = ["ом", "ем", "ой", "ы", "ым", "ого", "ому", "скую"].map { Array($0.utf8) }
    static let l11PatronymicEndings: [[UInt8]] = ["ича", "ичу", "ичем", "иче", "вны", "вне", "вну", "вной", "чны", "чне", "чну", "чной"].map { Array($0.utf8) }

    /// Some word of a two- or three-word name (folded keys) ends as only an oblique case does.
    static func l11MayBeOblique(_ words: [String]) -> Bool {
        if words.count == 3, l11PatronymicEndings.contains(where: { l11EndsWith(words[1], $0) }) { return true }
        return words.contains { w in l11ObliqueEndings.contains { l11EndsWith(w, $0) } }
    }

    /// `w`'s UTF-8 bytes end with `e`.
    @inline(__always) static func l11EndsWith(_ w: String, _ e: [UInt8]) -> Bool {
        w.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard b.count >= e.count else { return false }
            let base = b.count - e.count
            for k in 0..<e.count where b[base + k] != e[k] { return false }
            return true
        } ?? w.utf8.reversed().starts(with: e.reversed())
    }

    /// Case endings a one-word name takes after its nominative ("Казинформа", "Белтой", "Гомелю").
    static let l11RussianCaseEndings = ["а", "у", "ом", "е", "ы", "и", "ой", "ю", "я", "ем"]

    /// "сообщает корреспондент Казинформа" after "(Казинформ)": a lone discovered word that is a case form of a one-word
    /// known organization or place of the article is that entity (the knowledge base lists the nominative only).
    mutating func l11RussianKnownCases() {
        var known: [(key: String, k: Int, type: EntityType?)] = []
        // (Fields read in place: `for m in mentions` copied every mention.)
        for i in mentions.indices where mentionKnown(i) != nil && mentionWordCount(i) == 1 && (mentionType(i) == .organization || mentionType(i) == .place) {
            let word = mentionWords(i)[0], k = mentionKnown(i)!
            guard let c = mentionSurface(i).unicodeScalars.first, (0x0400...0x04FF).contains(c.value), PlainText.count(word) >= 4,
                  !known.contains(where: { $0.k == k }) else { continue }
            known.append((word, k, mentionType(i)))
        }
        guard !known.isEmpty else { return }
        for q in mentions.indices where mentionKnown(q) == nil && mentionWordCount(q) == 1 && (mentionType(q) == nil || mentionType(q) == .organization) {
            let w = mentionWords(q)[0]
            let fits = known.filter { e in PlainText.hasPrefix(w, e.key) && Self.l11RussianCaseEndings.contains { PlainText.isConcatenation(w, e.key, $0) } }
            guard fits.count == 1 else { continue }
            mentions[q].known = fits[0].k
            mentions[q].type = fits[0].type
            mentions[q].evidence = .known
        }
    }

    /// `form` (folded) is an oblique case of the folded nominative surname `nominative`.
    static func russianSurnameForm(_ form: String, of nominative: String) -> Bool {
        guard PlainText.count(nominative) >= 4, let n = russianSurnameNominatives(form).first(where: { PlainText.equal($0, nominative) }) else { return false }
        return !n.isEmpty
    }

    /// The nominatives a lone (folded) surname form may have: masculine and feminine, every oblique case.
    static func russianSurnameNominatives(_ form: String) -> [String] {
        var out: [String] = []
        for g in [RuGender.masculine, .feminine] {
            for c in [RuCase.genitive, .dative, .instrumental, .prepositional, .accusative] {
                if let (n, changed) = ruSurname(form, g, c), changed { out.append(n) }
            }
        }
        return out
    }

    enum RuGender { case masculine, feminine }
    enum RuCase { case genitive, dative, instrumental, prepositional, accusative }

    /// The nominative of a Russian full name written in an oblique case — given name + surname, or given
    /// name + patronymic + surname, of either gender ("Виктором Станиславовичем Лещинским" → "Виктор
    /// Станиславович Лещинский", "Радмилы Косорич-Станич" → "Радмила Косорич-Станич", "Анной Смирновой"
    /// → "Анна Смирнова") — or nil when the name is already in the nominative or no case fits every word.
    /// Each word must fit one gender and case (a consonant-final surname does not decline for a woman;
    /// -о, -и, -у, -е, -э endings and Tajik -зода never do), and some word must show that case beyond
    /// doubt: a patronymic's ending, an instrumental, a feminine genitive in -ы, or a surname's -ого/-ым/-ой.
    /// A nominative that reads as an oblique case of another name ("Анна Петрова", "Драгана Йованович",
    /// "Сергей Кравчук") has no such word and is left alone.
    ///
    /// `accept`, when given, may settle a two-word name whose endings are not certain ("Анну Петрову", "Игоря Соколова",
    /// "Ивану Орлову"): it is asked about the candidate nominative (see `l12RussianNominativeEvidence`).
    /// (Each word's lowercased scalars are read once, for every hypothesis; a word of other scalars takes
    /// `russianFullNameNominativeReference`, the same rules on `Character`s.)
    static func russianFullNameNominative(_ name: String, accept: ((String) -> Bool)? = nil) -> String? {
        let parts = ruWords(name)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        for p in parts {
            guard let f = p.unicodeScalars.first, (0x0410...0x042F).contains(f.value) || f.value == 0x0401,
                  PlainText.count(p) >= 2, !p.utf8.contains(0x2E), p.unicodeScalars.allSatisfy({ (0x0400...0x04FF).contains($0.value) || $0 == "-" }),
                  // (Ukrainian, Belarusian and Kazakh letters: their cases are not these.)
                  !p.unicodeScalars.contains(where: { isRuOtherLetter($0.value) }) else { return nil }
        }
        guard let given = RuWord(parts[0]) else { return russianFullNameNominativeReference(name) }
        var patronymicWord: RuWord?
        if parts.count == 3 {
            guard let p = RuWord(parts[1]) else { return russianFullNameNominativeReference(name) }
            patronymicWord = p
        }
        var pieces: [RuWord] = []
        for piece in PlainText.split(parts[parts.count - 1], 0x2D) {
            guard let p = RuWord(String(piece)) else { return russianFullNameNominativeReference(name) }
            pieces.append(p)
        }
        let hypotheses: [(RuGender, RuCase)] = [(.masculine, .instrumental), (.feminine, .instrumental), (.feminine, .genitive),
                                                 (.masculine, .genitive), (.masculine, .dative), (.masculine, .prepositional),
                                                 (.feminine, .dative), (.feminine, .accusative)]
        var fallback: String?
        for (g, c) in hypotheses {
            guard let (givenN, givenChanged, givenSure) = ruGiven(given, g, c) else { continue }
            var patronymic: String?
            if let pw = patronymicWord {
                guard let p = ruPatronymic(pw, g, c) else { continue }
                patronymic = p.0
                if !p.1 { continue }   // an indeclinable patronymic (-улы) shows nothing: the other words must
            }
            // A hyphenated surname declines each part.
            var surname: [String] = [], surnameChanged = false, surnameSure = false
            var fits = true
            for piece in pieces {
                guard let (n, changed) = ruSurname(piece, g, c) else { fits = false; break }
                surname.append(n)
                surnameChanged = surnameChanged || changed
                surnameSure = surnameSure || changed && ruSurnameSure(piece, g, c)
            }
            guard fits else { continue }
            let patronymicChanged = patronymic != nil
            guard givenChanged || surnameChanged || patronymicChanged else { continue }
            // A declinable given name left in the nominative beside a declined surname is no oblique case
            // ("Сергей Петровым" does not occur): the word functions return it unchanged only when indeclinable.
            // (The fleeting-vowel names are two or three letters, eight bytes at most, as is their lowercase: a longer name
            // is looked up in no dictionary.)
            let nominative = ([givenN.utf8.count <= 8 ? ruFleetingGiven[givenN.lowercased()] ?? givenN : givenN] + (patronymic.map { [$0] } ?? []) + [surname.joined(separator: "-")]).joined(separator: " ")
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

    /// Ukrainian, Belarusian and Kazakh letters (see `russianFullNameNominative`).
    private static let ruOtherLetters: Set<UInt32> = Set("іїєґўәғқңөұүһІЇЄҐЎӘҒҚҢӨҰҮҺ".unicodeScalars.map(\.value))
    /// `ruOtherLetters` over U+0400–04FF, where all of them are, as a table (no hashing of every letter of a name).
    private static let ruOtherLetterTable: [Bool] = (0x400...0x4FF).map { ruOtherLetters.contains(UInt32($0)) }
    /// `ruOtherLetters.contains(v)`.
    @inline(__always) static func isRuOtherLetter(_ v: UInt32) -> Bool {
        v >= 0x400 && v <= 0x4FF ? ruOtherLetterTable[Int(v - 0x400)] : ruOtherLetters.contains(v)
    }

    /// `PlainText.words(name)`: a plain name split at its space bytes over its contiguous bytes (the generic split over the
    /// UTF-8 view advanced an index per byte); any other name as `PlainText.words` splits it.
    static func ruWords(_ name: String) -> [String] {
        let fast = name.utf8.withContiguousStorageIfAvailable { b -> [String]? in
            guard PlainText.isPlain(b) else { return nil }
            var out: [String] = []
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x20 {
                if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return out
        } ?? nil
        return fast ?? PlainText.words(name)
    }

    /// Given names whose oblique cases drop a vowel ("Павла", "Льва"): the stem the rules read, and the name.
    private static let ruFleetingGiven: [String: String] = ["павл": "Павел", "льв": "Лев"]

    /// Lowercase Cyrillic letters (U+0430–046F) as bits: a set test without hashing a `Character`.
    struct RuLetters {
        let mask: UInt64
        init(_ s: String) {
            var m: UInt64 = 0
            for u in s.unicodeScalars {
                precondition(u.value >= 0x0430 && u.value < 0x0470)
                m |= 1 << UInt64(u.value - 0x0430)
            }
            mask = m
        }
        @inline(__always) func contains(_ v: UInt16?) -> Bool {
            guard let v, v >= 0x0430, v < 0x0470 else { return false }
            return mask >> UInt64(v - 0x0430) & 1 != 0
        }
    }

    private static let ruCons = RuLetters(String(NameFinder.russianConsonants))
    private static let ruVowels = RuLetters("аеёиоуыэюя")
    private static let ruHushing = RuLetters("жшчщц")
    private static let ruVelarHushing = RuLetters("гкхжчшщ")

    /// A word of Cyrillic letters (U+0400–04FF without the combining marks U+0483–0489) and hyphens: each
    /// scalar is a character of its own, so the rules read its lowercased scalars (`l`) where the reference
    /// reads `w.lowercased()`'s characters. Nil for any other word.
    struct RuWord {
        let w: String
        /// The lowercased scalars (`String(s).lowercased()` of each, one scalar in the block for every letter).
        let l: [UInt16]

        /// Each letter's lowercase (`String(s).lowercased()`), or 0 when it is not one scalar of the block.
        private static let lower: [UInt16] = (0x0400...0x04FF).map { v -> UInt16 in
            if (0x0483...0x0489).contains(v) { return 0 }
            let s = String(Unicode.Scalar(UInt32(v))!).lowercased().unicodeScalars
            guard s.count == 1, let u = s.first, (0x0400...0x04FF).contains(u.value) else { return 0 }
            // (Lowercasing it again changes nothing, as the reference's `ruBefore` lowercases a lowercased letter.)
            let again = String(u).lowercased().unicodeScalars
            guard again.count == 1, again.first == u else { return 0 }
            return UInt16(u.value)
        }

        init?(_ w: String) {
            self.w = w
            var l: [UInt16] = []
            l.reserveCapacity(w.utf8.count)
            let ok = w.utf8.withContiguousStorageIfAvailable { b -> Bool in
                var i = 0
                while i < b.count {
                    let c = b[i]
                    if c == 0x2D { l.append(0x2D); i += 1; continue }
                    guard c >= 0xD0, c <= 0xD3, i + 1 < b.count, b[i + 1] & 0xC0 == 0x80 else { return false }
                    let v = Int(c & 0x1F) << 6 | Int(b[i + 1] & 0x3F)
                    let low = Self.lower[v - 0x0400]
                    guard low != 0 else { return false }
                    l.append(low)
                    i += 2
                }
                return true
            } ?? false
            guard ok else { return nil }
            self.l = l
        }

        /// Characters.
        @inline(__always) var count: Int { l.count }
        @inline(__always) var last: UInt16? { l.last }

        /// `w.lowercased().hasSuffix(s)` for a Cyrillic literal `s`.
        @inline(__always) func ends(_ s: StaticString) -> Bool { ends(s, dropping: 0) }

        /// `w.lowercased().dropLast(n).hasSuffix(s)` for a literal `s` of Cyrillic letters (two bytes each).
        func ends(_ s: StaticString, dropping n: Int) -> Bool {
            guard n <= l.count else { return false }
            // (A one-letter literal is stored as a scalar, not a pointer: `withUTF8Buffer` reads either.)
            return s.withUTF8Buffer { p -> Bool in
                var j = p.count, i = l.count - n
                while j > 0 {
                    let v: UInt16
                    if p[j - 1] < 0x80 { v = UInt16(p[j - 1]); j -= 1 } else { v = UInt16(p[j - 2] & 0x1F) << 6 | UInt16(p[j - 1] & 0x3F); j -= 2 }
                    i -= 1
                    if i < 0 || l[i] != v { return false }
                }
                return true
            }
        }

        /// The lowercased letter before the last `n` (the reference's `ruBefore`).
        @inline(__always) func before(_ n: Int) -> UInt16? { l.count > n ? l[l.count - 1 - n] : nil }

        /// `w` without its last `n` characters (a hyphen is one byte, a letter two).
        func drop(_ n: Int) -> String {
            guard n > 0 else { return w }
            var bytes = 0
            for k in max(0, l.count - n)..<l.count { bytes += l[k] == 0x2D ? 1 : 2 }
            return String(w.utf8.prefix(w.utf8.count - bytes))!
        }
    }

    /// A word that no case changes: ending in -о, -и, -у, -э, -ю, -е (a foreign or Ukrainian name: "Лещенко",
    /// "Шойгу", "Абашидзе") or in Tajik/Azerbaijani -зода/-заде.
    private static func ruIndeclinable(_ l: RuWord) -> Bool {
        if l.ends("зода") || l.ends("заде") { return true }
        // (An adjective's genitive, "Евразийского", is no indeclinable name.)
        if l.ends("ого") || l.ends("его") { return false }
        return ruIndeclinableLast.contains(l.last)
    }
    private static let ruIndeclinableLast = RuLetters("оиуэюе")
    private static let ruUndeclinedGiven = RuLetters("оиуэю")

    /// A given name's nominative in case `c` of gender `g`: (nominative, changed, the ending is certain), or nil when the word cannot be that case.
    static func ruGiven(_ w: String, _ g: RuGender, _ c: RuCase) -> (String, Bool, Bool)? {
        guard let r = RuWord(w) else { return ruGivenReference(w, g, c) }
        return ruGiven(r, g, c)
    }

    static func ruGiven(_ l: RuWord, _ g: RuGender, _ c: RuCase) -> (String, Bool, Bool)? {
        let cons = ruCons
        guard l.count >= 2 else { return nil }
        switch g {
        case .masculine:
            switch c {
            case .instrumental:
                if l.ends("ом"), cons.contains(l.before(2)), l.count >= 5 { return (l.drop(2), true, true) }   // Виктором
                if l.ends("ем"), let b = l.before(2), l.count >= 5 {
                    if ruVowels.contains(b) { return (l.drop(2) + "й", true, true) }        // Андреем, Юрием, Николаем
                    if ruHushing.contains(b) { return (l.drop(2), true, true) }              // Ильичем
                    if cons.contains(b) { return (l.drop(2) + "ь", true, true) }             // Игорем
                }
                if l.ends("ой"), cons.contains(l.before(2)), l.count >= 5 { return (l.drop(2) + "а", true, false) }   // Никитой
                if l.ends("ьёй") || l.ends("ьей"), l.count >= 5 { return (l.drop(2) + "я", true, false) }             // Ильёй
            case .genitive, .accusative:
                if l.ends("а"), cons.contains(l.before(1)), l.count >= 4 { return (l.drop(1), true, false) }        // Виктора
                if l.ends("я"), ruGenitiveYaBefore.contains(l.before(1)), l.count >= 4 { return (l.drop(1) + "й", true, false) }  // Андрея, Николая
                if l.ends("я"), ruSonorants.contains(l.before(1)), l.count >= 4 { return (l.drop(1) + "ь", true, false) }   // Игоря (an evidence's to settle: "Таня")
            case .dative:
                if l.ends("у"), cons.contains(l.before(1)), l.count >= 4 { return (l.drop(1), true, false) }        // Виктору
                if l.ends("ю"), ruDativeYuBefore.contains(l.before(1)), l.count >= 4 { return (l.drop(1) + "й", true, false) } // Андрею
                if l.ends("ю"), ruSonorants.contains(l.before(1)), l.count >= 4 { return (l.drop(1) + "ь", true, false) }   // Игорю
            case .prepositional:
                if l.ends("е"), cons.contains(l.before(1)), l.count >= 4 { return (l.drop(1), true, false) }        // Викторе
            }
            // Undeclined: a name ending in another vowel ("Рахматулло", "Ли", "Шерали", "Гурбангулы"), or a Chinese or
            // Korean family name before the declined given name ("Ван Сяолуном").
            if let e = l.last, ruUndeclinedGiven.contains(e) || e == 0x0435 && c != .prepositional || l.ends("лы") || l.count <= 3 { return (l.w, false, false) }
            return nil
        case .feminine:
            switch c {
            case .instrumental:
                if l.ends("ой"), cons.contains(l.before(2)), l.count >= 5 { return (l.drop(2) + "а", true, true) }   // Анной
                if l.ends("ией") { return (l.drop(2) + "я", true, false) }                                           // Марией
                if l.ends("ьей") || l.ends("ьёй") { return (l.drop(2) + "я", true, false) }                          // Натальей
            case .genitive:
                if l.ends("ы"), cons.contains(l.before(1)), l.count >= 4 { return (l.drop(1) + "а", true, true) }    // Радмилы
                if l.ends("ии") { return (l.drop(1) + "я", true, false) }                                            // Марии
                if l.ends("ьи") { return (l.drop(1) + "я", true, false) }                                            // Натальи
                if l.ends("и"), ruVelarHushing.contains(l.before(1)), l.count >= 4 { return (l.drop(1) + "а", true, false) }  // Ольги
            case .dative, .prepositional:
                if l.ends("ии") { return (l.drop(1) + "я", true, false) }
                if l.ends("е"), cons.contains(l.before(1)), l.count >= 4 { return (l.drop(1) + "а", true, false) }   // Анне
            case .accusative:
                if l.ends("ию") { return (l.drop(1) + "я", true, false) }
                if l.ends("у"), cons.contains(l.before(1)), l.count >= 4 { return (l.drop(1) + "а", true, false) }   // Анну
            }
            // Undeclined: a consonant-final name ("Айгерим", "Айжан") or one in -о/-и/-у/-э/-ю.
            if let e = l.last, cons.contains(e) || ruUndeclinedGiven.contains(e) { return (l.w, false, false) }
            return nil
        }
    }
    private static let ruGenitiveYaBefore = RuLetters("еаоу")
    private static let ruDativeYuBefore = RuLetters("еаоиу")
    private static let ruSonorants = RuLetters("рлн")

    /// A patronymic's nominative in case `c` of gender `g` and whether it changed, or nil when it is no patronymic in that case.
    static func ruPatronymic(_ w: String, _ g: RuGender, _ c: RuCase) -> (String, Bool)? {
        guard let r = RuWord(w) else { return ruPatronymicReference(w, g, c) }
        return ruPatronymic(r, g, c)
    }

    static func ruPatronymic(_ l: RuWord, _ g: RuGender, _ c: RuCase) -> (String, Bool)? {
        // Kazakh and Azerbaijani patronymics do not decline ("Жаксылыкулы", "Гейдар оглы").
        if l.ends("улы") || l.ends("ұлы") || l.ends("кызы") || l.ends("қызы") { return (l.w, false) }
        switch g {
        case .masculine:
            let ending: StaticString, n: Int
            switch c {
            case .genitive, .accusative: (ending, n) = ("ича", 3)
            case .dative: (ending, n) = ("ичу", 3)
            case .instrumental: (ending, n) = ("ичем", 4)
            case .prepositional: (ending, n) = ("иче", 3)
            }
            guard l.ends(ending), l.count >= n + 3 else { return nil }
            return (l.drop(n) + "ич", true)
        case .feminine:
            let endings: (StaticString, StaticString), n: Int
            switch c {
            case .genitive: (endings, n) = (("вны", "чны"), 3)
            case .dative, .prepositional: (endings, n) = (("вне", "чне"), 3)
            case .accusative: (endings, n) = (("вну", "чну"), 3)
            case .instrumental: (endings, n) = (("вной", "чной"), 4)
            }
            guard l.ends(endings.0) || l.ends(endings.1), l.count > n + 3 else { return nil }
            return (l.drop(n - 1) + "на", true)
        }
    }

    /// A surname's (or one hyphenated part's) nominative in case `c` of gender `g` and whether it changed, or nil.
    static func ruSurname(_ w: String, _ g: RuGender, _ c: RuCase) -> (String, Bool)? {
        guard let r = RuWord(w) else { return ruSurnameReference(w, g, c) }
        return ruSurname(r, g, c)
    }

    /// `l` ends, before its last `n` letters, in a possessive suffix (-ов, -ев, -ёв, -ин, -ын).
    private static func ruPossessive(_ l: RuWord, dropping n: Int) -> Bool {
        l.ends("ов", dropping: n) || l.ends("ев", dropping: n) || l.ends("ёв", dropping: n) || l.ends("ин", dropping: n) || l.ends("ын", dropping: n)
    }

    static func ruSurname(_ l: RuWord, _ g: RuGender, _ c: RuCase) -> (String, Bool)? {
        let cons = ruCons
        guard l.count >= 3 else { return nil }
        /// A consonant stem's nominative: "Жуковц" → "Жуковец" (the vowel a case drops before -ц).
        func stem(_ n: Int) -> String {
            let s = l.drop(n)
            // (The stem's letters are `l` without its last `n`.)
            if l.ends("ц", dropping: n), cons.contains(l.before(n + 1)), l.count - n >= 4 { return l.drop(n + 1) + "ец" }
            return s
        }
        switch g {
        case .masculine:
            switch c {
            case .genitive, .accusative:
                if l.ends("ского") || l.ends("цкого") { return (l.drop(3) + "ий", true) }
                if l.ends("а"), cons.contains(l.before(1)), !l.ends("зода") { return (stem(1), true) }
                if l.ends("ы"), cons.contains(l.before(1)) { return (l.drop(1) + "а", true) }               // Кулебы
                if l.ends("и"), ruVelarHushing.contains(l.before(1)), l.count >= 5 { return (l.drop(1) + "а", true) }  // Мпанданги
            case .dative:
                if l.ends("скому") || l.ends("цкому") { return (l.drop(3) + "ий", true) }
                if l.ends("у"), cons.contains(l.before(1)) { return (stem(1), true) }
            case .instrumental:
                if l.ends("ским") || l.ends("цким") { return (l.drop(2) + "ий", true) }
                if l.ends("ым"), ruPossessive(l, dropping: 2) { return (l.drop(2), true) }
                if l.ends("ом"), cons.contains(l.before(2)) { return (stem(2), true) }
                if l.ends("ем"), ruHushing.contains(l.before(2)) { return (stem(2), true) }
                if l.ends("ой"), cons.contains(l.before(2)), l.count >= 5 { return (l.drop(2) + "а", true) }   // Кулебой
            case .prepositional:
                if l.ends("ском") || l.ends("цком") { return (l.drop(2) + "ий", true) }
                if l.ends("е"), cons.contains(l.before(1)), !ruIndeclinableE(l) { return (stem(1), true) }
            }
            if ruIndeclinable(l) { return (l.w, false) }
            return nil
        case .feminine:
            switch c {
            case .genitive, .dative, .instrumental, .prepositional:
                if l.ends("ской") || l.ends("цкой") { return (l.drop(2) + "ая", true) }
                if l.ends("ой"), cons.contains(l.before(2)), l.count >= 5 { return (l.drop(2) + "а", true) }   // Смирновой
                if c == .genitive, l.ends("ы"), cons.contains(l.before(1)), !ruPossessive(l, dropping: 1) {
                    return (l.drop(1) + "а", true)
                }
            case .accusative:
                if l.ends("скую") || l.ends("цкую") { return (l.drop(2) + "ая", true) }
                if l.ends("у"), ruPossessive(l, dropping: 1) { return (l.drop(1) + "а", true) }
            }
            // A woman's surname ending in a consonant ("Косорич", "Кравчук") or an indeclinable vowel stays.
            if let e = l.last, cons.contains(e) || ruIndeclinable(l) { return (l.w, false) }
            return nil
        }
    }

    /// Georgian and other -е names that do not decline ("Абашидзе", "Шеварднадзе").
    private static func ruIndeclinableE(_ l: RuWord) -> Bool { l.ends("дзе") || l.ends("заде") }

    /// The surname's ending is one no nominative surname has: -ского/-скому/-ским, -овым/-иным, -ской/-овой, -ом.
    static func ruSurnameSure(_ w: String, _ g: RuGender, _ c: RuCase) -> Bool {
        guard let r = RuWord(w) else { return ruSurnameSureReference(w, g, c) }
        return ruSurnameSure(r, g, c)
    }

    static func ruSurnameSure(_ l: RuWord, _ g: RuGender, _ c: RuCase) -> Bool {
        switch (g, c) {
        case (.masculine, .instrumental): return l.ends("ым") || l.ends("ом") || l.ends("ем")
        case (.masculine, .genitive), (.masculine, .accusative): return l.ends("ого")
        case (.masculine, .dative): return l.ends("ому")
        case (.feminine, .accusative): return l.ends("скую")
        case (.feminine, _): return l.ends("ой")
        default: return false
        }
    }
}

// MARK: - Places and institutions (Latin and Cyrillic)

extension NameFinder {
    /// Words of an office before "of" and the place it is held for ("District Administrator of X", "Regional Commissioner of X").
    static let l11OfficeHeads = KeySet(["administrator", "commissioner", "governor", "mayor", "prefect", "chairman", "chairperson",
                                        "chairwoman", "head", "chief", "secretary", "director", "officer", "akim", "executive"])
    /// Capitalized Russian institution nouns that, before "в" and a town, name one institution ("Университет в Ош").
    static let l11RussianInstitutionNouns = KeySet(["университет", "институт", "академия", "колледж", "консерватория", "больница",
                                                    "госпиталь", "лицей", "музей", "театр"])
    /// French institution heads that lowercase adjectives follow before "de" and a town ("Centre hospitalier régional de X").
    static let l11FrenchInstitutionHeads = KeySet(["centre", "hopital", "hôpital", "institut", "office", "etablissement", "établissement",
                                                   "lycee", "lycée", "college", "collège", "ecole", "école", "musee", "musée", "parc", "port",
                                                   "academie", "académie"])
    /// German compass and position words before -meer/-see: a sea ("Mittelmeer", "Ostsee").
    static let l11GermanSeaPrefixes = ["mittel", "nord", "ost", "west", "sud", "süd"]
    /// German verbs of sending and travel (stems) after "nach X und Y": the names are destinations.
    static let l11GermanMotionStems = ["entsend", "entsand", "reis", "fahr", "flieg", "flog", "liefer", "export", "verschiff", "schick",
                                       "transportier", "bring", "gebracht", "zuruckkehr", "zurückkehr", "aufbrech", "gereist", "gefahren", "geflogen", "geschickt"]
    /// German site nouns (endings) before "bei X": the name is the town the site is near ("die Lagerstätte bei X").
    static let l11GermanSiteEndings = ["statte", "stätte", "werk", "mine", "anlage", "fabrik", "hafen", "dorf", "feld", "lager", "gebiet", "projekt", "terminal", "standort"]
    /// Spanish and Portuguese nouns of a river, lake or mountain before its name ("río X", "lago X").
    static let l11IberianFeatureNouns = KeySet(["rio", "río", "lago", "laguna", "volcan", "volcán", "cerro", "sierra", "represa", "embalse"])

    /// Cue words of `l11LatinPatterns`' word loop: a settlement genitive (the committee rule), "«" (the quoted zone), a Russian
    /// institution noun, "freeport", a Spanish or Portuguese feature noun, a French institution head, "sur".
    static let l11KeyGuillemet = KeySet(["«"]), l11KeyFreeport = KeySet(["freeport"]), l11KeySur = KeySet(["sur"])

    /// Whether some rule of `l11LatinPatterns`' word loop may act: each needs one of its cue words (or, the German ones,
    /// the language alone).
    func l11LatinPatternsLive() -> Bool {
        if lang.de { return true }
        if articleHas(Self.russianSettlementGenitives) || articleHas(Self.l11KeyGuillemet) || articleHas(Self.l11RussianInstitutionNouns) { return true }
        if articleHas(Self.l11KeyFreeport) { return true }
        if lang.es || lang.pt, articleHas(Self.l11IberianFeatureNouns) { return true }
        if lang.fr, articleHas(Self.l11FrenchInstitutionHeads) || articleHas(Self.l11KeySur) { return true }
        return false
    }

    mutating func l11LatinPatterns() {
        var added: [Mention] = []
        var dropped: [Int] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let l11OfficeHeads = Self.l11OfficeHeads, l11RussianInstitutionNouns = Self.l11RussianInstitutionNouns,
            l11GermanSeaPrefixes = Self.l11GermanSeaPrefixes, l11IberianFeatureNouns = Self.l11IberianFeatureNouns,
            l11FrenchInstitutionHeads = Self.l11FrenchInstitutionHeads
        // (The mention loop acts only at an office head, the word loop only at a cue of `l11LatinPatternsLive`: an article
        // without them skips the walks.)
        for k in (articleHas(l11OfficeHeads) ? mentions.indices : 0..<0) where mentionKnown(k) == nil && mentionType(k) == .place && mentionWordCount(k) >= 3 {
            // "the District Administrator of Leribe": an office before "of" is no part of the place's name.
            guard let a = tokenIndex(containing: mentionStart(k)), let z = tokenIndex(containing: mentionEnd(k) - 1),
                  tokens[a].script == .latin else { continue }
            var j = a + 1
            while j < z, !(tokens[j].keyEquals("of") && !tokens[j].capitalized) { j += 1 }
            guard j < z, j > a, isCap(j - 1), l11OfficeHeads.contains(tokens[j - 1]),
                  (j + 1...z).allSatisfy({ isCap($0) || tokens[$0].kind != .word }), isCap(j + 1) else { continue }
            var m = mention(j + 1, z + 1, type: .place, evidence: .cue)
            m.placeContext = true
            dropped.append(k)
            added.append(m)
        }
        var committees: [(Mention, Bool)] = []
        var i = l11LatinPatternsLive() ? 0 : tokenCount
        // (The three Cyrillic rules need a settlement genitive, "«" and an institution noun in turn.)
        let committeeLive = articleHas(Self.russianSettlementGenitives), zoneLive = articleHas(Self.l11KeyGuillemet),
            institutionLive = articleHas(l11RussianInstitutionNouns)
        while i < tokenCount {
            defer { i += 1 }
            guard tokens[i].kind == .word else { continue }
            // The token read once for the tests of the chains below (this pass is too large for the compiler to inline the
            // array's reads: each `tokens[i].x` was a call copying the whole token).
            let t = token(i)
            switch t.script {
            case .cyrillic:
                if committeeLive, let (e, nominative) = l11RussianCommittee(i) {
                    if l11Covered(i, i + 1) || l11Covered(i + 1, i + 2) { continue }
                    var m = mention(i, e, type: .organization, evidence: .cue)
                    if !nominative { m.words = l11CommitteeWords(i, e) }
                    committees.append((m, nominative))
                    continue
                }
                if zoneLive, let (a, e, q) = l11RussianQuotedZone(i) {
                    var m = mention(a, e, type: .place, evidence: .cue)
                    m.words = ["зона", tokens[q].key]
                    m.placeContext = true
                    for r in mentions.indices where mentionKnown(r) == nil && mentionStart(r) >= tokens[a].start && mentionEnd(r) <= tokens[e - 1].end { dropped.append(r) }
                    added.append(m)
                    i = e - 1
                    continue
                }
                // "Университет в Баня-Луке": a capitalized institution noun in mid-sentence before "в" and a town is one name.
                guard institutionLive, tokens[i].capitalized, !tokens[i].sentenceStart, i + 2 < tokens.count,
                      l11RussianInstitutionNouns.contains(tokens[i]), tokens[i + 1].keyEquals("в"),
                      !tokens[i + 1].capitalized, isCap(i + 2), tokens[i + 2].script == .cyrillic else { continue }
                var e = i + 3
                if e + 1 < tokens.count, tokens[e].keyEquals("-"), !tokens[e].spaceBefore, !tokens[e + 1].spaceBefore, isCap(e + 1) { e += 2 }
                // (The town inside may be a mention of its own: only the noun must be free.)
                if l11Covered(i, i + 1) { continue }
                added.append(mention(i, e, type: .organization, evidence: .cue))
            case .latin:
                if t.capitalized, t.keyEquals("freeport"), i > 0 {
                    // "Malta Freeport", "Freeport of Riga": a free port's operator.
                    var a = i
                    if isCap(i - 1), tokens[i - 1].script == .latin, tokens[i].spaceBefore, !isStopword(i - 1) { a = i - 1 }
                    var e = i + 1
                    if a == i, e + 1 < tokens.count, tokens[e].keyEquals("of"), isCap(e + 1) { e += 2 }
                    guard a < i || e > i + 1 else { continue }
                    // Discovered names inside it go ("Shannon Freeport" read as a person); a country or a known town stays
                    // a mention of its own, and a name running past it keeps the words.
                    let (s0, e0) = (tokens[a].start, tokens[e - 1].end)
                    if anyMention(where: { $0.known == nil && $0.type != .country && $0.start < e0 && $0.end > s0 && ($0.start < s0 || $0.end > e0) }) { continue }
                    for q in mentions.indices where mentionKnown(q) == nil && mentionType(q) != .country && mentionStart(q) >= s0 && mentionEnd(q) <= e0 { dropped.append(q) }
                    added.append(mention(a, e, type: .organization, evidence: .cue))
                } else if lang.de, tokens[i].capitalized, tokens[i].key.count >= 6, let stem = l11GermanSeaPrefixes.first(where: { PlainText.hasPrefix(tokens[i].key, $0) }),
                          PlainText.hasSuffix(tokens[i].key, "meer") || PlainText.hasSuffix(tokens[i].key, "see"), tokens[i].key.count - stem.count <= 4, !l11Covered(i, i + 1) {
                    // "zum Mittelmeer", "an der Ostsee": a compass word and a sea noun.
                    var m = mention(i, i + 1, type: .place, evidence: .cue)
                    m.placeContext = true
                    added.append(m)
                } else if lang.de, !tokens[i].capitalized, tokens[i].keyEquals("nach") || tokens[i].keyEquals("bei") {
                    for (a, b) in l11GermanDestinations(i) where !l11Covered(a, b) {
                        var m = mention(a, b, type: .place, evidence: .cue)
                        m.placeContext = true
                        added.append(m)
                    }
                } else if lang.es || lang.pt, !tokens[i].capitalized, l11IberianFeatureNouns.contains(tokens[i]),
                          i + 1 < tokens.count, isCap(i + 1), tokens[i + 1].script == .latin, !isCountry[i + 1] {
                    // "el río Chancay", "o rio Kwanza": the feature's noun and its name.
                    var e = i + 2
                    while e < tokens.count, e - i < 4, isCap(e), tokens[e].spaceBefore { e += 1 }
                    if anyMention(where: { $0.start < tokens[i].start && $0.end > tokens[i].start }) { continue }
                    // A name the article gives elsewhere is that place, with "río X" only its alias (the gold convention for
                    // a generic word before a place): left to the mentions there.
                    let nameKey = tokens[i + 1].key
                    if anyMention(where: { $0.words.first.map { PlainText.equal($0, nameKey) } == true && $0.start != tokens[i + 1].start }) { continue }
                    var m = mention(i, e, type: .place, evidence: .cue)
                    m.placeContext = true
                    added.append(m)
                } else if lang.fr, t.capitalized, l11FrenchInstitutionHeads.contains(t) {
                    // "Centre hospitalier régional de Hombo": an institution head, lowercase adjectives, "de" and a town.
                    var j = i + 1
                    while j < tokens.count, j - i <= 4 {
                        // "Académie agricole d'État de X": "d'État" (of the State) among the adjectives.
                        if j > i + 1, j + 1 < tokens.count, tokens[j].kind == .elision, tokens[j].keyEquals("d'"), tokens[j + 1].keyEquals("etat"),
                           j + 2 < tokens.count, tokens[j + 2].keyEquals("de") || tokens[j + 2].keyEquals("du") { j += 2; continue }
                        guard tokens[j].kind == .word, tokens[j].script == .latin, !tokens[j].capitalized, !isConnector(j), !isStopword(j), tokens[j].key.count >= 5 else { break }
                        j += 1
                    }
                    guard j > i + 1, j + 1 < tokens.count, tokens[j].keyEquals("de") || tokens[j].kind == .elision && tokens[j].keyEquals("d'"),
                          isCap(j + 1), !isCountry[j + 1] else { continue }
                    var e = j + 2
                    while e < tokens.count, e - j < 4, isCap(e), tokens[e].spaceBefore { e += 1 }
                    // An institution read running on over a verb into this one ("Institut national … du Vietnam coopère avec
                    // l'Académie …") ends at its last capitalized word before the verb.
                    if let q = mentions.indices.first(where: { mentionKnown($0) == nil && mentionType($0) == .organization
                        && mentionStart($0) < tokens[i].start && mentionEnd($0) > tokens[i].start }),
                       let qa = tokenIndex(containing: mentionStart(q)) {
                        var last = i - 1
                        while last > qa, !(isCap(last) || isCountry[last]) { last -= 1 }
                        guard last > qa, (last + 1..<i).contains(where: { tokens[$0].kind == .word && !isConnector($0) && !isStopword($0) && !tokens[$0].capitalized }) else { continue }
                        let variants = mentions[q].variants.filter { v in !v.contains(tokens[i].text) }
                        mentions[q] = mention(qa, last + 1, type: .organization, evidence: mentionEvidence(q))
                        mentions[q].variants = variants
                    }
                    if anyMention(where: { $0.start <= tokens[i].start && $0.end >= tokens[e - 1].end && $0.type == .organization }) { continue }
                    // The town named only inside the institution is no entity of its own here (as in "Université de X").
                    for q in mentions.indices where mentionKnown(q) == nil && mentionStart(q) >= tokens[j + 1].start && mentionEnd(q) <= tokens[e - 1].end {
                        dropped.append(q)
                    }
                    added.append(mention(i, e, type: .organization, evidence: .cue))
                } else if lang.fr, !t.capitalized, t.keyEquals("sur"), i + 2 < tokens.count {
                    // "sur la Moselle,": a river or region after "sur la/le", read as an organization for want of a cue.
                    var n = i + 1
                    if tokens[n].keyEquals("la") || tokens[n].keyEquals("le") { n += 1 } else if tokens[n].kind == .elision, tokens[n].keyEquals("l'") { n += 1 } else { continue }
                    guard n < tokens.count, isCap(n), !tokens[n].allCaps else { continue }
                    // One word, or two joined by a hyphen ("sur la Petite-Côte"), then a stop mark.
                    var e = n + 1
                    if e + 1 < tokens.count, tokens[e].keyEquals("-"), !tokens[e].spaceBefore, !tokens[e + 1].spaceBefore, isCap(e + 1) { e += 2 }
                    guard e >= tokens.count || tokens[e].kind == .punct && !tokens[e].keyEquals("-"), orgKeyword(at: n) == nil else { continue }
                    for q in mentions.indices where mentionKnown(q) == nil && mentionType(q) != .country && mentionType(q) != .place && mentionEvidence(q) < .known
                        && mentionStart(q) == tokens[n].start && mentionEnd(q) == tokens[e - 1].end {
                        mentions[q].type = .place
                        mentions[q].placeContext = true
                    }
                }
            default:
                continue
            }
        }
        // An oblique committee ("народного комитета провинции X") is the nominative one the article writes elsewhere.
        for (m, nominative) in committees {
            var m = m
            if !nominative, let n = committees.first(where: { $0.1 && $0.0.words.count == m.words.count
                && zip(l11CommitteeStems($0.0.words), l11CommitteeStems(m.words)).allSatisfy({ PlainText.equal($0, $1) }) })?.0 {
                m.variants = [m.surface]
                m.surface = n.surface
                m.words = n.words
            }
            added.append(m)
        }
        if !dropped.isEmpty {
            for q in Set(dropped).sorted(by: >) { mentions.remove(at: q) }
        }
        mentions.append(contentsOf: added)
    }

    /// `l11RussianCommitteeNouns` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let l11RussianCommitteeNounsAffixes = AffixList(l11RussianCommitteeNouns)
    /// Committee and council nouns in any case.
    static let l11RussianCommitteeNouns = ["комитет", "совет"]

    /// "Народный комитет провинции Куангнинь", "народного комитета провинции Куангнинь": an adjective, a committee
    /// or council noun, a settlement noun in the genitive and a capitalized name: (the end, whether nominative).
    func l11RussianCommittee(_ i: Int) -> (Int, Bool)? {
        // (The settlement noun first: one hashed look-up rejects nearly every token.)
        guard i + 3 < tokens.count, Self.russianSettlementGenitives.contains(tokens[i + 2]),
              tokens[i].script == .cyrillic, tokens[i].kind == .word, !tokens[i].allCaps,
              Self.hasAnySuffix(tokens[i].key, Self.l11RussianCommitteeAdjectiveEndings),
              tokens[i + 1].kind == .word, !tokens[i + 1].capitalized,
              Self.hasAnyPrefix(tokens[i + 1].key, Self.l11RussianCommitteeNounsAffixes), tokens[i + 1].key.count <= 10,
              !tokens[i + 2].capitalized, isCap(i + 3), tokens[i + 3].script == .cyrillic, !isCountry[i + 3] else { return nil }
        var e = i + 4
        if e + 1 < tokens.count, tokens[e].keyEquals("-"), !tokens[e].spaceBefore, !tokens[e + 1].spaceBefore, isCap(e + 1) { e += 2 }
        let nominative = tokens[i].capitalized && Self.l11RussianCommitteeNouns.contains { PlainText.equal(tokens[i + 1].key, $0) }
        // (A nominative one opens with a capital; an oblique one, in mid-sentence, may not.)
        return nominative || !tokens[i].capitalized || !tokens[i].sentenceStart ? (e, nominative) : nil
    }

    func l11CommitteeWords(_ a: Int, _ b: Int) -> [String] {
        var words: [String] = []
        for k in a..<b where tokens[k].kind == .word { words.append(tokens[k].key) }
        return words
    }

    /// The words' first four letters (the adjective and noun), the rest whole: one committee in every case.
    func l11CommitteeStems(_ words: [String]) -> [String] {
        words.enumerated().map { $0.offset < 2 ? String($0.element.prefix(4)) : $0.element }
    }

    /// The adjective endings of a committee's first word and of a zone's adjectives (lists read once: see `AffixList`).
    static let l11RussianCommitteeAdjectiveEndings = AffixList(["ый", "ий", "ой", "ого", "ому", "ым", "ом"])
    static let l11RussianZoneAdjectiveEndings = AffixList(["ая", "ой", "ую", "ые", "ых", "ей"])

    /// Lowercase zone nouns in any case.
    static let l11RussianZoneNouns = KeySet(["зона", "зоны", "зоне", "зону", "зоной"])

    /// "свободной экономической зоны «Дангара»", "СЭЗ «Дангара»": lowercase adjectives and a zone noun (or an acronym
    /// ending in З), then a capitalized name in quotes: (start, end after the closing quote, the name's token).
    func l11RussianQuotedZone(_ i: Int) -> (Int, Int, Int)? {
        guard tokens[i].kind == .word, tokens[i].script == .cyrillic, i + 3 < tokens.count else { return nil }
        let acronym = tokens[i].allCaps && tokens[i].key.count <= 4 && PlainText.hasSuffix(tokens[i].key, "з")
        guard acronym || !tokens[i].capitalized && Self.l11RussianZoneNouns.contains(tokens[i]) else { return nil }
        guard tokens[i + 1].keyEquals("«"), isCap(i + 2), tokens[i + 2].script == .cyrillic else { return nil }
        var e = i + 3
        while e < tokens.count, e - i < 6, !tokens[e].keyEquals("»"), isCap(e) || tokens[e].kind != .word && !tokens[e].keyEquals("«") { e += 1 }
        guard e < tokens.count, tokens[e].keyEquals("»") else { return nil }
        var a = i
        if !acronym {
            // The adjectives before the noun ("свободной экономической").
            while a > 0, i - a < 3, tokens[a - 1].kind == .word, tokens[a - 1].script == .cyrillic, !tokens[a - 1].capitalized || tokens[a - 1].sentenceStart,
                  Self.hasAnySuffix(tokens[a - 1].key, Self.l11RussianZoneAdjectiveEndings), tokens[a - 1].key.count >= 5 { a -= 1 }
            guard a < i else { return nil }
        }
        return (a, e + 1, i + 2)
    }

    /// Some mention covers a token of `a..<b`.
    func l11Covered(_ a: Int, _ b: Int) -> Bool {
        guard a < b, b <= tokens.count else { return true }
        let s = tokens[a].start, e = tokens[b - 1].end
        return anyMention { $0.start < e && $0.end > s }
    }

    /// "eine Delegation nach Aktobe und Atyrau entsenden", "die Lagerstätte bei Zaisan": after "nach" (before a verb of
    /// sending or travel) or "bei" (after a site noun), one capitalized word, or two joined by "und": the towns' spans.
    func l11GermanDestinations(_ i: Int) -> [(Int, Int)] {
        var names: [Int] = []
        var k = i + 1
        while k < tokens.count, names.count < 3 {
            guard isCap(k), tokens[k].script == .latin, !tokens[k].allCaps, !isStopword(k), !isCountry[k], !covered[k],
                  k + 1 >= tokens.count || !isCap(k + 1) else { return [] }
            names.append(k)
            if k + 2 < tokens.count, tokens[k + 1].keyEquals("und") || tokens[k + 1].keyEquals(",") { k += 2 } else { k += 1; break }
        }
        guard !names.isEmpty, names.last! + 1 == k else { return [] }
        if tokens[i].keyEquals("nach") {
            // The verb closes the clause: right after the names, or after one more word.
            let verb = (k..<min(tokens.count, k + 2)).contains { v in
                tokens[v].kind == .word && !tokens[v].capitalized && Self.hasAnyPrefix(tokens[v].key, Self.l11GermanMotionStems) }
            return verb ? names.map { ($0, $0 + 1) } : []
        }
        guard names.count == 1, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].capitalized,
              Self.hasAnySuffix(tokens[i - 1].key, Self.l11GermanSiteEndings) else { return [] }
        return names.map { ($0, $0 + 1) }
    }
}

// MARK: - Arabic

extension NameFinder {
    /// Feminine adjectives after الجزيرة that make it an island or peninsula, not the channel: size, colour,
    /// position (فعلى, فعلاء forms and nisbas in -ية).
    static let l11ArabicIslandAdjectives = KeySet(["الرييسيه", "الرئيسيه", "الكبري", "الصغري", "الحمراء", "الخضراء", "البيضاء", "السوداء",
                                                   "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "الوسطي", "الاصطناعيه", "الام", "المجاوره"])
    /// Heads of a governorate or province whose name may be "X وY" ("محافظة أريحا والأغوار").
    static let l11ArabicProvinceHeads = KeySet(["محافظه", "محافظ", "ولايه", "اقليم", "منطقه"])

    mutating func l11ArabicIsland() {
        var dropped: [Int] = []
        for k in mentions.indices where mentionKnown(k) != nil && mentionType(k) == .organization && mentionWordCount(k) == 1 {
            // "في الجزيرة الرئيسية", "شبه الجزيرة الكبرى": the island, not Al Jazeera.
            guard let i = tokenIndex(containing: mentionStart(k)), seedArabicWord(i), PhraseMatcher.same(tokens[i].key, "الجزيره") else { continue }
            let adjective = seedArabicWord(i + 1) && Self.l11ArabicIslandAdjectives.contains(tokens[i + 1]) && !isCountry[i + 1]
            let peninsula = i > 0 && seedArabicWord(i - 1) && PhraseMatcher.same(tokens[i - 1].key, "شبه")
            if adjective || peninsula { dropped.append(k) }
        }
        for q in dropped.reversed() { mentions.remove(at: q) }
    }

    /// Heads of a province or town after لـ that an institution's name runs over ("اللجنة الشعبية لمقاطعة X").
    static let l11ArabicLamHeads = KeySet(["لمقاطعه", "لمحافظه", "لولايه", "لمدينه", "لاقليم", "لمنطقه", "لبلديه"])
    /// Adjectives of an oil or gas field after its name ("حقل X البحري").
    static let l11ArabicFieldAdjectives = KeySet(["البحري", "البري", "النفطي", "الغازي"])

    /// Compass words that open a province's name ("إقليم شمال البحر الأحمر", "محافظة جنوب سيناء").
    static let l11ArabicCompass = KeySet(["شمال", "جنوب", "شرق", "غرب", "وسط"])
    static let l11ArabicCompassHeads = KeySet(["اقليم", "محافظه", "ولايه", "منطقه", "مقاطعه"])
    /// "مدينه", the key the city rule of `l11ArabicPatterns` compares (its gate).
    static let l11ArabicCity = KeySet(["مدينه"])
    static let l11ArabicTriggers = KeySet(["اقليم", "محافظه", "ولايه", "منطقه", "مقاطعه", "قرب", "بالقرب", "حقل"])

    mutating func l11ArabicPatterns() {
        l11ArabicIsland()
        var dropped: [Int] = []
        var added: [Mention] = []
        // The tokens the rules below start at, found in one scan (one hashed look-up per Arabic word).
        var triggers: [Int] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let l11ArabicTriggers = Self.l11ArabicTriggers, l11ArabicCompassHeads = Self.l11ArabicCompassHeads,
            l11ArabicCompass = Self.l11ArabicCompass, arabicCommonGivenNames = Self.arabicCommonGivenNames,
            arabicNameParticles = Self.arabicNameParticles, l11ArabicLamHeads = Self.l11ArabicLamHeads,
            l11ArabicFieldAdjectives = Self.l11ArabicFieldAdjectives, l11ArabicProvinceHeads = Self.l11ArabicProvinceHeads
        // (Each walk below acts only at a key of its own list: an article without one skips it.)
        if articleHas(l11ArabicTriggers) {
            for i in tokens.indices where seedArabicWord(i) && l11ArabicTriggers.contains(tokens[i]) { triggers.append(i) }
        }
        for i in triggers where l11ArabicCompassHeads.contains(tokens[i]) {
            // "حاكم إقليم شمال البحر الأحمر محمد علي بن حامد": a province named by a compass word and one word, or up to
            // two words with the article; after a title, the person's name follows it up to a clause's edge.
            guard seedArabicWord(i + 1), l11ArabicCompass.contains(tokens[i + 1]), seedArabicWord(i + 2),
                  !arabicFlags(i + 2).contains(.stop), !isCountry[i + 2] else { continue }
            var pe = i + 2
            if isArabicDefinite(pe) {
                while pe < tokens.count, pe - i < 5, seedArabicWord(pe), isArabicDefinite(pe), !arabicFlags(pe).contains(.stop), !isCountry[pe] { pe += 1 }
            } else { pe += 1 }
            let titled = i > 0 && seedArabicWord(i - 1) && !arabicFlags(i - 1).intersection([.titledNameHead, .h14TitleHead, .titleFirstWord]).isEmpty
            // The person: words with no article (بن/أبو and the next word too), up to a stopword or a stop mark.
            var q = pe
            if titled {
                // ("علي" folds onto the preposition على: a given name inside the name.)
                while q < tokens.count, q - pe < 5, seedArabicWord(q), !isCountry[q],
                      !arabicFlags(q).contains(.stop) || q > pe && arabicCommonGivenNames.contains(tokens[q]) && q + 1 < tokens.count && seedArabicWord(q + 1) && !arabicFlags(q + 1).contains(.stop),
                      !isArabicDefinite(q) || q > pe && arabicNameParticles.contains(tokens[q - 1]) { q += 1 }
            }
            let person = q - pe >= 2 && (q >= tokens.count || !seedArabicWord(q) || arabicFlags(q).contains(.stop))
            let end = person ? q : pe
            let (s0, e0) = (tokens[i].start, tokens[end - 1].end)
            if anyMention(where: { ($0.known != nil || $0.type == .country) && $0.start < e0 && $0.end > s0 }) { continue }
            // Discovered names over these words give way (a person read from the compass word on).
            if anyMention(where: { $0.start < s0 && $0.end > s0 || $0.start < e0 && $0.end > e0 }) { continue }
            for r in mentions.indices where mentionStart(r) >= s0 && mentionEnd(r) <= e0 { dropped.append(r) }
            var place = mention(i, pe, type: .place, evidence: .cue)
            place.placeContext = true
            place.variants = [surface(i + 1, pe)]
            added.append(place)
            if person { added.append(mention(pe, q, type: .person, evidence: .cue)) }
        }
        for i in triggers where PhraseMatcher.same(tokens[i].key, "قرب") || PhraseMatcher.same(tokens[i].key, "بالقرب") {
            // "قرب العوجا": after "near", a word with the article ending in a bare alef is a town's name (common nouns
            // with the article end so only as plurals in -ايا, "القضايا", or in a hamza, "الصحراء").
            var k = i + 1
            if keyIs(k, "من") { k += 1 }
            guard seedArabicWord(k), isArabicDefinite(k), !isCountry[k], !arabicFlags(k).contains(.stop) else { continue }
            let text = tokens[k].text
            guard NameFinder.arabicHasSuffix(text, "ا"), !NameFinder.arabicHasSuffix(text, "ايا"), !NameFinder.arabicHasSuffix(text, "اا"), text.count >= 5, !l11Covered(k, k + 1) else { continue }
            var m = mention(k, k + 1, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        for k in (articleHas(l11ArabicLamHeads) ? mentions.indices : 0..<0) where mentionKnown(k) == nil && mentionType(k) == .organization {
            // "اللجنة الشعبية لمقاطعة ثانه هوا": the province after لـ is the committee's; the place stays one of its own.
            guard let z = tokenIndex(containing: mentionEnd(k) - 1), seedArabicWord(z + 1),
                  l11ArabicLamHeads.contains(tokens[z + 1]),
                  let p = mentions.indices.first(where: { mentionType($0) == .place && mentionStart($0) >= tokens[z + 1].start && mentionStart($0) <= tokens[z + 1].start + 1 }),
                  let a = tokenIndex(containing: mentionStart(k)), let pz = tokenIndex(containing: mentionEnd(p) - 1), pz - z <= 4 else { continue }
            added.append(mention(a, pz + 1, type: .organization, evidence: .cue))
            dropped.append(k)
        }
        for i in triggers where PhraseMatcher.same(tokens[i].key, "حقل") {
            // "حقل تشامبيون البحري": a field, one or two words with no article, and an offshore/onshore adjective.
            var e = i + 1
            while e < tokens.count, e - i <= 2, seedArabicWord(e), !isArabicDefinite(e), !arabicFlags(e).contains(.stop) { e += 1 }
            guard e > i + 1, seedArabicWord(e), l11ArabicFieldAdjectives.contains(tokens[e]) else { continue }
            let (s0, e0) = (tokens[i].start, tokens[e].end)
            if anyMention(where: { ($0.known != nil || $0.type == .country) && $0.start < e0 && $0.end > s0 }) { continue }
            for q in mentions.indices where mentionStart(q) >= s0 && mentionEnd(q) <= e0 { dropped.append(q) }
            var m = mention(i, e + 1, type: .place, evidence: .cue)
            m.placeContext = true
            added.append(m)
        }
        for k in (articleHas(Self.l11ArabicCity) ? mentions.indices : 0..<0) where mentionKnown(k) == nil && mentionType(k) == .place {
            // "مدينة سيريا بالوقود": a prepositional phrase after a city's one-word name is no part of it.
            guard let a = tokenIndex(containing: mentionStart(k)), let z = tokenIndex(containing: mentionEnd(k) - 1), z == a + 2,
                  PhraseMatcher.same(tokens[a].key, "مدينه"), seedArabicWord(z), NameFinder.arabicHasPrefix(tokens[z].text, "بال"), !isCountry[z],
                  !anyMention(where: { $0.known != nil && $0.start >= tokens[z].start && $0.end <= tokens[z].end }) else { continue }
            mentions[k] = mention(a, z, type: .place, evidence: mentionEvidence(k))
            mentions[k].placeContext = true
        }
        // "محافظة أريحا والأغوار": a province's name read up to X, with "وY" after it read as a place of its own.
        for k in (articleHas(l11ArabicProvinceHeads) ? mentions.indices : 0..<0) where mentionType(k) == .place && mentionKnown(k) == nil {
            guard let a = tokenIndex(containing: mentionStart(k)), let z = tokenIndex(containing: mentionEnd(k) - 1), seedArabicWord(z + 1),
                  let q = mentions.indices.first(where: { $0 != k && mentionType($0) == .place && mentionKnown($0) == nil
                      && (mentionStart($0) == tokens[z + 1].start || mentionStart($0) == tokens[z + 1].start + 1) && mentionEnd($0) == tokens[z + 1].end }) else { continue }
            let text = tokens[z + 1].text
            guard NameFinder.arabicHasPrefix(text, "وال"), z + 1 - a <= 3 else { continue }
            // The head before the first name, or the head inside the mention.
            let headBefore = a > 0 && seedArabicWord(a - 1) && l11ArabicProvinceHeads.contains(tokens[a - 1])
            let headInside = l11ArabicProvinceHeads.contains(tokens[a])
            guard headBefore || headInside else { continue }
            mentions[k] = mention(a, z + 2, type: .place, evidence: .cue)
            // (Grouped by the name without its head: "محافظ X وY" and "محافظة X وY" are one place.)
            if headInside { mentions[k].words.removeFirst() }
            dropped.append(q)
        }
        if !dropped.isEmpty {
            for q in Set(dropped).sorted(by: >) { mentions.remove(at: q) }
        }
        mentions.append(contentsOf: added)
    }
}

