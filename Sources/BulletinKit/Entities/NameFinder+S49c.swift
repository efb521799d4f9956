import Foundation

/// Session 49 (c): general causes of grouping and titles left by earlier blind sets (the tests use other texts and
/// names):
/// - Russian: a person named in the nominative with a soft final consonant ("Сергей Коваль", "Андрей Бабий") and the
///   same person in an oblique case ("Сергея Коваля", "Андрею Бабию", "Ковалем") are one person: the oblique mention
///   takes the nominative's words (and name, the form seen kept as an alias). The lemmatizers
///   (NameFinder+Leftovers11/12.swift) leave such a pair apart: "-я" after a given name that is itself a given name
///   ("Александра") and a surname of no Russian type (-ов, -ин, -ский) settle no case.
/// - French and English: a holiday's name alone ("avant Noël", "after Easter") is no body, place or person; one with a
///   capitalized word after it ("Noël Mamère") is left alone;
/// - Russian: a person "имени" a quoted body's name names (студии "Казахфильм" имени …) is part of that name, no entity;
/// - Chinese: a town and the region of the same name ("某某州" and "某某市", "吉林省" and "吉林市") that the lexicon reads
///   as one known place are two places: the town's mentions leave the known entry (an own group, named as written);
/// - Chinese: a transliterated name with a middle dot cut one character after a title ("教授钱达娜·…" read "达娜·…")
///   takes that character; a body cut after 时 of 时代 ("由某某时代新能源科技股份有限公司" read "代新能源…") takes 时 and the
///   name characters before it.
///
/// `refineS49c` runs after `refineS49b` (before `refineCP15`). Cost: each rule is gated on the article's language; the
/// holidays on their keys (`articleHas`); the
/// Russian rule reads the person mentions only (a few per article), comparing their folded words' bytes; the Chinese one
/// are gated on 市/县 or 代 (`hanArticleHasAny`) and read the known places' surfaces' last characters, the dotted persons'
/// or the bodies' Han runs before them.
extension NameFinder {
    mutating func refineS49c() {
        guard tokenCount > 1 else { return }
        switch language {
        case "fr", "en":
            s49cLoneHolidays()
        case "ru":
            s49cRussianSoftStemCases()
            s49cRussianNamedAfterQuotedBodies()
        case "zh":
            guard hasHan else { return }
            s49cHanTownAndRegion()
            s49cHanTitleCutDottedNames()
            s49cHanEraBodies()
        default:
            break
        }
    }

    // MARK: - French and English

    static let s49cHolidays = KeySet(["noel", "paques", "toussaint", "pentecote", "tabaski", "christmas", "easter"])

    /// "un accord avant Noël", "before Easter": a lone holiday's name (not known, no capitalized word after it) is no entity.
    mutating func s49cLoneHolidays() {
        guard articleHas(Self.s49cHolidays) else { return }
        var drop: [Int] = []
        for n in mentions.indices where mentionKnown(n) == nil && mentionWordCount(n) == 1 && mentionType(n) != .country {
            guard Self.s49cHolidays.contains(mentionWords(n)[0]), let k = tokenIndex(containing: mentionStart(n)) else { continue }
            if k + 1 < tokens.count, tokens[k + 1].capitalized, !tokens[k + 1].spaceBefore || tokens[k + 1].script == tokens[k].script { continue }
            drop.append(n)
        }
        guard !drop.isEmpty else { return }
        for n in drop.reversed() { mentions.remove(at: n) }
    }

    // MARK: - Russian

    /// Case endings of a masculine noun in -ь or -й (its stem's genitive, dative, instrumental, prepositional).
    static let s49cSoftEndings = ["я", "ю", "ем", "е"]
    /// Case endings of a masculine given name in a hard consonant ("Александра", "Александру", "Александром").
    static let s49cHardEndings = ["а", "у", "ом", "е"]

    /// `form` (folded) is an oblique case of the folded masculine word `nominative`: stem + a soft ending for a word in
    /// -ь/-й, the word + a hard ending for one in a consonant; `form` itself when equal.
    static func s49cCaseOf(_ form: String, _ nominative: String, soft: Bool) -> Bool {
        if PlainText.equal(form, nominative) { return true }
        guard let last = nominative.unicodeScalars.last else { return false }
        if last == "ь" || last == "й" {
            let stem = String(nominative.unicodeScalars.dropLast())
            guard PlainText.hasPrefix(form, stem) else { return false }
            return s49cSoftEndings.contains { PlainText.equal(form, stem + $0) }
        }
        guard !soft, NameFinder.russianConsonants.contains(Character(last)), PlainText.hasPrefix(form, nominative) else { return false }
        return s49cHardEndings.contains { PlainText.equal(form, nominative + $0) }
    }

    /// "Александр Медведь … турнир на призы Александра Медведя … Медведю": a person the article names in the nominative
    /// with a surname in -ь or -й, and a person (or a lone capitalized word) whose surname is that stem with a case
    /// ending (-я, -ю, -ем, -е) and whose other words are case forms of the nominative's, are one person.
    mutating func s49cRussianSoftStemCases() {
        var nominatives: [Int] = []
        for k in mentions.indices where mentionType(k) == .person && mentionKnown(k) == nil && (1...3).contains(mentionWordCount(k)) {
            guard let last = mentionWords(k).last, PlainText.count(last) >= 4, let e = last.unicodeScalars.last, e == "ь" || e == "й",
                  let c = mentionSurface(k).unicodeScalars.first, (0x0410...0x042F).contains(c.value) else { continue }
            // (Not a feminine reading: the article's nominative is a masculine one when its given name ends in a consonant.)
            nominatives.append(k)
        }
        guard !nominatives.isEmpty else { return }
        for q in mentions.indices where mentionKnown(q) == nil && (mentionType(q) == .person || mentionType(q) == nil || mentionType(q) == .organization && mentionWordCount(q) == 1) {
            let words = mentionWords(q)
            guard let qLast = words.last, let c = mentionSurface(q).unicodeScalars.first, (0x0410...0x042F).contains(c.value) else { continue }
            var fit: Int?, fits = 0
            for n in nominatives where n != q {
                let nWords = mentionWords(n)
                guard Self.s49cCaseOf(qLast, nWords[nWords.count - 1], soft: true), !PlainText.equal(qLast, nWords[nWords.count - 1]) else { continue }
                if words.count > 1 {
                    guard words.count == nWords.count, mentionType(q) == .person,
                          zip(words.dropLast(), nWords.dropLast()).allSatisfy({ Self.s49cCaseOf($0, $1, soft: false) }) else { continue }
                }
                if let f = fit, mentionWords(f) == nWords { continue }
                fit = n
                fits += 1
            }
            guard fits == 1, let n = fit else { continue }
            if words.count > 1 {
                let seen = mentionSurface(q)
                var variants = mentions[q].variants.filter { !PlainText.equal($0, seen) && !PlainText.equal($0, mentionSurface(n)) }
                variants.insert(seen, at: 0)
                mentions[q].variants = variants
                mentions[q].surface = mentionSurface(n)
                mentions[q].words = mentionWords(n)
            } else {
                mentions[q].words = [mentionWords(n).last!]
                mentions[q].type = .person
            }
        }
    }

    static let s49cImeni = h18Keys(["имени"])

    /// "фильмов студии \"Казахфильм\" имени Шакена Айманова": the person after "имени" right after a quoted name is the
    /// one the body is named after, part of its name (the body is named by its quoted name): no person.
    mutating func s49cRussianNamedAfterQuotedBodies() {
        guard articleHas(Self.s49cImeni) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, _) = h31Span(i), a >= 3, keyIs(a - 1, "имени") else { continue }
            let q = tokens[a - 2].text
            guard q == "\"" || q == "»" || q == "”",
                  anyMention(where: { $0.type == .organization && $0.end >= tokens[a - 3].end && $0.end <= tokens[a - 2].end }) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Chinese

    /// Last characters of a region's name (州 prefecture or region, 省 province) and of a town's (市 city, 县 county).
    static let s49cHanRegionEnds: Set<Unicode.Scalar> = ["州", "省"]
    static let s49cHanTownEnds: Set<Unicode.Scalar> = ["市", "县"]

    /// "从突厥斯坦市到…，突厥斯坦州政府…": a known place the article writes both as a region (stem + 州/省) and as a town
    /// (the same stem + 市/县) is two places; the town's mentions leave the known entry and group as written. ("杭州" and
    /// "杭州市" share no stem before the suffix, and stay one.)
    mutating func s49cHanTownAndRegion() {
        guard hanArticleHasAny("市县") else { return }
        var regions: [(known: Int, stem: Substring.UnicodeScalarView)] = []
        var towns: [(k: Int, known: Int, stem: Substring.UnicodeScalarView)] = []
        for k in mentions.indices where mentionType(k) == .place {
            guard let known = mentionKnown(k) else { continue }
            let scalars = Substring(mentionSurface(k)).unicodeScalars
            guard scalars.count >= 3, let e = scalars.last, scalars.allSatisfy(TextFolding.isHan) else { continue }
            if Self.s49cHanRegionEnds.contains(e) { regions.append((known, Substring.UnicodeScalarView(scalars.dropLast()))) }
            else if Self.s49cHanTownEnds.contains(e) { towns.append((k, known, Substring.UnicodeScalarView(scalars.dropLast()))) }
        }
        guard !regions.isEmpty, !towns.isEmpty else { return }
        for t in towns where regions.contains(where: { $0.known == t.known && $0.stem.elementsEqual(t.stem) }) {
            mentions[t.k].known = nil
            mentions[t.k].words = [mentionSurface(t.k)]
        }
    }

    static let s49cHanShi = hanCode("时"), s49cHanDai = hanCode("代")

    /// "鲁胡纳大学海洋科学系教授钱达娜·贾亚蒂拉卡表示": a person written with a middle dot whose mention starts two characters
    /// after the end of a title (the character between read as no name's) takes that character.
    mutating func s49cHanTitleCutDottedNames() {
        for n in mentions.indices where mentionType(n) == .person && mentionKnown(n) == nil {
            guard PlainText.contains(mentionSurface(n), "·"), let k = tokenIndex(containing: mentionStart(n)), tokens[k].script == .han else { continue }
            let off = mentionStart(n) - tokens[k].start
            guard off >= 3 else { continue }
            let codes = hanRunCodes(k)
            guard Self.hanTitleCodes.contains(where: { t in off - 1 - t.count >= 0 && Self.hanMatches(codes, t, at: off - 1 - t.count) }),
                  !Self.hanOrgLeftStopSet.contains(codes[off - 1]), !Self.hanAfterNameSet.contains(codes[off - 1]) else { continue }
            let ch = String(hanRunScalars(k)[off - 1])
            mentions[n].start -= 1
            mentions[n].surface = ch + mentionSurface(n)
            var words = mentionWords(n)
            if !words.isEmpty { words[0] = ch + words[0] }
            mentions[n].words = words
        }
    }

    /// "CBC联合体由宁德时代新能源科技股份有限公司及其子公司…": a body whose mention starts with 代 right after 时 (the era word
    /// 时代 of a company's name, cut at 时 read as "when") takes 时 and the one to four name characters before it.
    mutating func s49cHanEraBodies() {
        guard hanArticleHasAny("代") else { return }
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil {
            guard let k = tokenIndex(containing: mentionStart(n)), tokens[k].script == .han else { continue }
            let off = mentionStart(n) - tokens[k].start
            guard off >= 2 else { continue }
            let codes = hanRunCodes(k)
            guard codes[off] == Self.s49cHanDai, codes[off - 1] == Self.s49cHanShi else { continue }
            var a = off - 1
            while a > 0, off - 1 - a < 4, !Self.hanOrgLeftStopSet.contains(codes[a - 1]), !Self.hanAfterNameSet.contains(codes[a - 1]) { a -= 1 }
            guard a < off - 1, a == 0 || Self.hanOrgLeftStopSet.contains(codes[a - 1]) || Self.hanAfterNameSet.contains(codes[a - 1]) else { continue }
            let s0 = tokens[k].start + a
            // (A place read there stays, as a town in a body's name does: "福州" of "福州时代…".)
            if mentions.indices.contains(where: { $0 != n && (mentionType($0) == .organization || mentionType($0) == .person)
                && mentionStart($0) < mentionStart(n) && mentionEnd($0) > s0 }) { continue }
            let name = Self.hanString(hanRunScalars(k), a, off) + mentionSurface(n)
            mentions[n].start = s0
            mentions[n].surface = name
            mentions[n].words = [name]
        }
    }
}
