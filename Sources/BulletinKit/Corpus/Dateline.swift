import Foundation

/// Dates written in words at an article's dateline, as agencies write them, in
/// en, fr, es, de, pt, it, ru, vi, zh and ar, with or without a weekday:
/// "4 December 2026", "December 4, 2026", "Dec. 4, 2026", "Thursday, Dec 4, 2026",
/// "HANOI, Dec 4 (Reuters) -", "jeudi 4 décembre 2026", "1er décembre 2026",
/// "4 de diciembre de 2026", "Bogotá, 4 dic (EFE).-", "4. Dezember 2026",
/// "4 de dezembro de 2026", "4 dicembre 2026", "4 декабря 2026 года",
/// "МОСКВА, 4 декабря. /ТАСС/.", "ОМСК, 4 дек - РИА Новости.", "ngày 4/12/2026",
/// "Hà Nội, ngày 4 tháng 12 năm 2026", "Cần Thơ, 4/12 (TTXVN) -", "2026年12月4日",
/// "新华社北京12月4日电", "南宁12月4日讯", "4 ديسمبر 2026", "الخميس 4 ديسمبر 2026",
/// "مسقط في 4 ديسمبر /العُمانية/", "الكويت - 4 - 12 (كونا)", "الرباط - 04-12-2026 (ومع)",
/// Arabic-Indic digits ("٤ ديسمبر ٢٠٢٦"), and a Hijri line's Gregorian date after
/// "الموافق" ("جدة 24 جمادى الآخرة 1448 هـ الموافق 04 ديسمبر 2026 م"); a Hijri date alone is none.
/// Persian: a Solar Hijri date with its year, as Iranian agencies date their copy ("تهران، ۱۳ آذر ۱۴۰۵ (ایرنا) -",
/// 4 December 2026; the calendar is arithmetic: `SolarHijri`), and Gregorian months in Persian ("۴ دسامبر ۲۰۲۶").
/// Japanese: "東京、12月4日 ―" (a city, an ideographic comma, the date and a dash or an agency in brackets).
/// Thai: "กรุงเทพฯ 4 ธ.ค. 2569 (สำนักข่าวไทย) -", "วันพฤหัสบดีที่ 4 ธันวาคม พ.ศ. 2569" (a Buddhist-era year, 543 after
/// the Gregorian one, or a Gregorian year; Thai digits; a city before the date without a comma, as Thai writes it).
/// Lao: "ວຽງຈັນ, 5 ທັນວາ 2026", "ວັນທີ 5 ທັນວາ 2026"; Khmer: "ភ្នំពេញ, ៥ ធ្នូ ២០២៦", "ថ្ងៃទី៥ ខែធ្នូ ឆ្នាំ២០២៦" (Khmer and Lao digits;
/// a Buddhist-era year, Cambodia's one more than Thailand's); Burmese: "ရန်ကုန်၊ ဒီဇင်ဘာ ၅၊ ၂၀၂၆",
/// "၂၀၂၆ ခုနှစ် ဒီဇင်ဘာလ ၅ ရက်" (Myanmar digits; the month before the day).
/// Hebrew: "ירושלים, 4 בדצמבר 2026", "יום חמישי, 4 בדצמבר 2026" (the month with its preposition ב, or without).
///
/// Only a dateline position counts (`ArticleParser` asks about the first lines of
/// a body only): a line that starts with the date (after a weekday), or an opening
/// "CITY, date" / "CITY - date" / "CITY date (AGENCY)" pattern. A date inside a
/// sentence ("the deal signed on 12 March 2019", "On 4 December 2026, the…") is none,
/// and so is an impossible date (31 February). A date without a year
/// ("Dec 4 (Reuters)", "12月4日电") counts only in the agency pattern; its year is
/// filled in by `ArticleParser` (see `ArticleParser.parseReporting`).
/// Numbers are day first ("04/12/2026" is 4 December), as everywhere but in US copy.
enum Dateline {
    /// A date found at a dateline: `year` nil when the dateline gives none.
    struct Found: Equatable {
        var year: Int?
        var month: Int
        var day: Int
        /// `YYYY-MM-DD` for `year` (or the date's own year); nil when the date is impossible that year.
        func iso(year fallback: Int? = nil) -> String? {
            guard let y = year ?? fallback, ArticleParser.isCalendarDate(year: y, month: month, day: day) else { return nil }
            return String(format: "%04d-%02d-%02d", y, month, day)
        }
    }

    /// How much of a line is looked at (Unicode scalars): a dateline is at its start.
    static let maxScalars = 160
    /// Most words of a city (and agency) before the date: "Santiago de Chile", "Cần Thơ", "新华社北京".
    static let maxCityTokens = 12

    /// The dateline date of `line`, a line at the top of a body; nil when there is none
    /// there, or when it is impossible ("31 February 2026": no date). A year-less date
    /// that could not be a real one in any year (31 June) is none too.
    static func find(_ line: String) -> Found? {
        // Every dateline has a figure near the start; most first lines of a body have none.
        guard line.unicodeScalars.prefix(maxScalars).contains(where: { digitValue($0) != nil }),
              let f = findAny(line) else { return nil }
        if let y = f.year { return ArticleParser.isCalendarDate(year: y, month: f.month, day: f.day) ? f : nil }
        return ArticleParser.isCalendarDate(year: 2024, month: f.month, day: f.day) ? f : nil
    }

    static func findAny(_ line: String) -> Found? {
        if let f = findHan(line) { return f }
        let t = tokenize(line)
        guard !t.isEmpty else { return nil }
        // A Hijri line with the Gregorian date after "الموافق" (corresponding to).
        if let k = t.firstIndex(where: { $0.word == "الموافق" }), let m = date(t, k + 1), m.found.year != nil {
            return m.found
        }
        // A line that opens with the date.
        if let m = date(t, 0), !m.iso, endsDateline(t, m.end, yearless: m.found.year == nil, numeric: m.numeric) {
            return m.found
        }
        if let f = timestamp(t) { return f }
        if let m = vietnameseDatePlaceLead(t) { return m }
        // "CITY, date …", "CITY - date (AGENCY)", "CITY في date /AGENCY/", with a region or a
        // second city ("ANTOFAGASTA, Chile, Dec. 4", "CHANCAY (Perú), 4 dic", "CAIRO/JERUSALEM, Dec 3",
        // "ВОСТОЧНЫЙ /Амурская область/, 3 декабря") and an agency first ("(ANSA) - BRESCIA, 3 DIC -").
        // The opening holds only city words and that punctuation; the first date ends the search.
        var words = 0
        var k = 0
        var inGroup = false
        while k < t.count, k < maxCityTokens {
            if words > 0, !inGroup, let m = vietnameseLead(t, k) { return m }
            if words > 0, !inGroup, let m = date(t, k, weekday: false) {
                let before = t[k - 1]
                // Thai puts a space, not a comma, between the city and the date ("กรุงเทพฯ 4 ธ.ค. 2569 -").
                let separated = before.punct.map { citySeparators.contains($0) || $0 == ")" } ?? (before.dot || isSEA(before.word))
                if m.found.year != nil, !m.numeric, separated, endsDateline(t, m.end, yearless: false, numeric: false) {
                    return m.found
                }
                if agencyFollows(t, m.end) { return m.found }
                if separated, m.found.year != nil, endsDateline(t, m.end, yearless: false, numeric: m.numeric) { return m.found }
                return nil
            }
            if isCityWord(t, k) || (inGroup && t[k].word != nil) {
                words += 1
            } else if t[k].word == "في", words > 0 {
                // "مسقط في 4 ديسمبر": only before the date.
                guard k + 1 < t.count, t[k + 1].number != nil else { return nil }
            } else if let p = t[k].punct, cityPunct.contains(p) {
                // Brackets and slashes around a region or an agency, commas between parts.
                // A comma closes any group ("CAIRO/JERUSALEM, Dec 3": that slash joins two cities).
                if p == "(" { inGroup = true } else if p == ")" || p == "," || p == "،" { inGroup = false } else if p == "/" {
                    inGroup.toggle()
                }
            } else {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// The Vietnamese press's lead after its name and a dash: "TTO - Ngày 6/12, …", "(Dân trí) - Sáng 6-12, …",
    /// "VOV.VN - Chiều ngày 6/12/2026, …": a capitalized "Ngày" (or a part of the day, and "ngày" or not), the date in
    /// figures, then a comma. The day and month without a year are the article's date (the year filled in as for
    /// "Dec 4 (Reuters)"); a sentence's "ngày 6/12" in lower case, or one not after a dash, is none.
    static func vietnameseLead(_ t: [Token], _ k: Int) -> Found? {
        guard k > 0, let p = t[k - 1].punct, p == "-" || p == "–" || p == "—", t[k].capital, let w = t[k].word else { return nil }
        var i = k
        if w == "rạng" || w == "rang", k + 1 < t.count, named(t[k + 1].word, "sáng") || t[k + 1].word == "sang" {
            // "Rạng sáng 3/12" (at dawn).
            i += 2
            if i < t.count, named(t[i].word, "ngày") { i += 1 }
        } else if vietnameseDayParts.contains(w) {
            i += 1
            if i < t.count, named(t[i].word, "ngày") { i += 1 }
        } else if named(w, "ngày") {
            i += 1
        } else {
            return nil
        }
        guard let m = numericDate(t, i), m.end < t.count, t[m.end].punct == "," else { return nil }
        return m.found
    }

    /// A Vietnamese lead with no agency before it that opens with the date and the place, as Nhân Dân and the
    /// wires' own copy write it: "Ngày 8/10, tại thủ đô Viêng Chăn, …" (on 8 October, in the capital Vientiane),
    /// "Ngày 6 tháng 3, tại Hà Nội, …": a capitalized "Ngày", the date, a comma and "tại" (in, at). A sentence that opens with a date
    /// and goes on with anything else ("Ngày 6/12, Ban quản lý … cho biết") is still none, as "On 4 December, …" is.
    static func vietnameseDatePlaceLead(_ t: [Token]) -> Found? {
        guard t.count > 5, t[0].capital, named(t[0].word, "ngày"), let m = date(t, 0, weekday: false), m.end + 1 < t.count,
              t[m.end].punct == ",", let w = t[m.end + 1].word, w == "tại" || w == "tai" else { return nil }
        return m.found
    }

    /// Parts of the day a Vietnamese lead may open with: "Sáng 6-12" (morning), "Chiều", "Tối", "Trưa", "Đêm", "Rạng sáng".
    static let vietnameseDayParts: Set<String> = ["sáng", "sang", "chiều", "chieu", "tối", "toi", "trưa", "trua", "đêm", "dem"]

    /// Punctuation inside a dateline's opening: "CHANCAY (Perú),", "CAIRO/JERUSALEM,", "(ANSA) - BRESCIA,".
    static let cityPunct: Set<Character> = [",", "،", "(", ")", "/", "-", "–", "—", "၊", "&"]

    // MARK: - Tokens

    struct Token {
        /// A word, in lower case (the tables hold each name with and without its diacritics:
        /// Foundation's folding is too slow for every word of every article's first lines).
        var word: String?
        /// A number's value and digit count.
        var number: Int?
        var digits = 0
        /// One punctuation character.
        var punct: Character?
        /// The word was written with a capital (or in a script without case).
        var capital = false
        /// The word or number was followed directly by a full stop ("Dec.", "4.").
        var dot = false
    }

    static func digitValue(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0x660...0x669: return Int(s.value - 0x660)
        case 0x6F0...0x6F9: return Int(s.value - 0x6F0)
        case 0xFF10...0xFF19: return Int(s.value - 0xFF10)
        case 0xE50...0xE59: return Int(s.value - 0xE50)
        case 0xED0...0xED9: return Int(s.value - 0xED0)     // Lao
        case 0x17E0...0x17E9: return Int(s.value - 0x17E0)  // Khmer
        case 0x1040...0x1049: return Int(s.value - 0x1040)  // Myanmar
        default: return nil
        }
    }

    static func isThai(_ s: Unicode.Scalar) -> Bool { (0x0E01...0x0E4E).contains(s.value) }

    /// A Thai word (its first scalar in the Thai block).
    static func isThai(_ word: String?) -> Bool { word?.unicodeScalars.first.map(isThai) ?? false }

    /// A letter of Thai, Lao, Khmer or Myanmar: scripts written without spaces between words, whose datelines put a
    /// space, not a comma, between the city and the date ("ວຽງຈັນ 5 ທັນວາ 2026").
    static func isSEALetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0E01...0x0E4E, 0x0E81...0x0ECE, 0x1780...0x17D3, 0x1000...0x103F, 0x1050...0x108F: return true
        default: return false
        }
    }

    /// A word of Thai, Lao, Khmer or Myanmar (its first scalar in one of those blocks).
    static func isSEA(_ word: String?) -> Bool { word?.unicodeScalars.first.map(isSEALetter) ?? false }

    /// A Khmer word.
    static func isKhmer(_ word: String?) -> Bool { word?.unicodeScalars.first.map { (0x1780...0x17FF).contains($0.value) } ?? false }

    /// A Myanmar word.
    static func isMyanmar(_ word: String?) -> Bool { word?.unicodeScalars.first.map { (0x1000...0x109F).contains($0.value) } ?? false }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
            || s.properties.generalCategory == .spacingMark
    }

    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Most tokens read from a line: a dateline's date comes early ("جدة 24 جمادى الآخرة 1448 هـ الموافق 04 ديسمبر 2026").
    static let maxTokens = 24

    static func tokenize(_ line: String) -> [Token] {
        let s = Array(line.unicodeScalars.prefix(maxScalars))
        var tokens: [Token] = []
        var i = 0
        while i < s.count, tokens.count < maxTokens {
            let c = s[i]
            if TextCleaner.isSpace(c) || c == "\u{200F}" || c == "\u{200E}" || c == "\u{640}" { i += 1; continue }
            if digitValue(c) != nil {
                var v = 0, n = 0
                while i < s.count, let d = digitValue(s[i]) { if n < 9 { v = v * 10 + d }; n += 1; i += 1 }
                var t = Token(number: v, digits: n)
                // Ordinal endings: "1er", "4th", "1º".
                var j = i
                while j < s.count, isLetter(s[j]) || s[j] == "º" || s[j] == "°" { j += 1 }
                if j > i {
                    let suffix = String(String.UnicodeScalarView(s[i..<j])).lowercased()
                    if ["er", "re", "st", "nd", "rd", "th", "º", "°", "o"].contains(suffix) { i = j } else {
                        tokens.append(t); continue
                    }
                }
                if i < s.count, s[i] == ".", i + 1 >= s.count || TextCleaner.isSpace(s[i + 1]) { t.dot = true; i += 1 }
                tokens.append(t)
                continue
            }
            if isLetter(c) {
                let start = i
                while i < s.count {
                    if isLetter(s[i]) { i += 1; continue }
                    // "segunda-feira", "d'Ivoire": a joiner between letters.
                    if (s[i] == "-" || s[i] == "'" || s[i] == "’"), i + 1 < s.count, isLetter(s[i + 1]), i > start {
                        i += 1; continue
                    }
                    // Thai abbreviations are one word: "ธ.ค." (December), "พ.ศ." (Buddhist era); Lao and Khmer ones too
                    // ("ພ.ສ.", "ព.ស.").
                    if s[i] == ".", i > start, i + 1 < s.count, isSEALetter(s[i - 1]), isSEALetter(s[i + 1]) { i += 1; continue }
                    break
                }
                let raw = String(String.UnicodeScalarView(s[start..<i]))
                var t = Token(word: raw.lowercased())
                t.capital = c.properties.isUppercase || !(c.properties.isLowercase || c.properties.changesWhenUppercased)
                if i < s.count, s[i] == "." { t.dot = true; i += 1 }
                tokens.append(t)
                continue
            }
            tokens.append(Token(punct: Character(c)))
            i += 1
        }
        return tokens
    }

    // MARK: - Dates

    struct Match {
        var found: Found
        /// Index of the first token after the date.
        var end: Int
        /// Written in figures only ("04/12/2026", "4/12").
        var numeric = false
        /// Written `YYYY-MM-DD`: a line that opens with it is `ArticleParser.bareDate`'s, not a dateline.
        var iso = false
    }

    static let wordSeparators: Set<Character> = ["/", "-", "."]

    /// A date starting at token `i` (after an optional weekday).
    static func date(_ t: [Token], _ start: Int, weekday: Bool = true) -> Match? {
        var i = start
        guard i < t.count else { return nil }
        // Weekday: "jeudi", "Thursday,", "Thứ Năm,", "Chủ nhật".
        if weekday, let w = t[i].word {
            if named(w, "thứ"), i + 1 < t.count, let n = t[i + 1].word, vietnameseWeekdayNumbers.contains(n) {
                i += 2
            } else if named(w, "chủ"), i + 1 < t.count, named(t[i + 1].word, "nhật") {
                i += 2
            } else if weekdays.contains(w) {
                i += 1
            } else if w == "יום", i + 1 < t.count, let n = t[i + 1].word, hebrewWeekdays.contains(n) {
                // "יום חמישי, 4 בדצמבר 2026"
                i += 2
            } else if w.hasPrefix("วัน"), w != "วันนี้", i + 1 < t.count, t[i + 1].number != nil || t[i + 1].word == "ที่" {
                // "วันที่ 4", "วันพฤหัสบดีที่ 4", "วันพฤหัสบดี ที่ 4": the day's word (and ที่, "the") before the date.
                i += t[i + 1].word == "ที่" ? 2 : 1
            } else if let (day, the) = seaDayWords.first(where: { w.hasPrefix($0.day) }), w != day + "ນີ້", w != day + "នេះ",
                      i + 1 < t.count, t[i + 1].number != nil || t[i + 1].word == the {
                // Lao "ວັນທີ 5", "ວັນພະຫັດ ທີ 5"; Khmer "ថ្ងៃទី៥", "ថ្ងៃព្រហស្បតិ៍ ទី៥": the day's word (and "the") before the date.
                i += t[i + 1].word == the ? 2 : 1
            }
            if i > start, i < t.count, t[i].punct == "," || t[i].punct == "،" { i += 1 }
        }
        guard i < t.count else { return nil }
        // Vietnamese: "ngày 4 tháng 12 năm 2026", "ngày 4/12/2026".
        if named(t[i].word, "ngày") {
            guard i + 1 < t.count, let d = day(t[i + 1]) else { return nil }
            if i + 3 < t.count, named(t[i + 2].word, "tháng"), let m = month(number: t[i + 3]) {
                if i + 5 < t.count, named(t[i + 4].word, "năm"), let y = year(t[i + 5]) {
                    return Match(found: Found(year: y, month: m, day: d), end: i + 6)
                }
                return Match(found: Found(year: nil, month: m, day: d), end: i + 4)
            }
            if var m = numericDate(t, i + 1) { m.numeric = false; return m }
            return nil
        }
        // Vietnamese without "ngày": "Hà Nội, 5 tháng 12 năm 2026 —", "5 tháng 12".
        if day(t[i]) != nil, i + 2 < t.count, named(t[i + 1].word, "tháng"), let d = day(t[i]), let m = month(number: t[i + 2]) {
            if i + 4 < t.count, named(t[i + 3].word, "năm"), let y = year(t[i + 4]) {
                return Match(found: Found(year: y, month: m, day: d), end: i + 5)
            }
            return Match(found: Found(year: nil, month: m, day: d), end: i + 3)
        }
        if let m = burmeseDate(t, i) { return m }
        // "4 December 2026", "4. Dezember 2026", "4 de diciembre de 2026", "4 декабря 2026 года", "4 dic".
        if let d = day(t[i]), i + 1 < t.count {
            var j = i + 1
            if t[j].word == "de" { j += 1 }
            // Persian: "۱۳ آذر ۱۴۰۵", "۱۳ آذر ماه ۱۴۰۵", a Solar Hijri date, only with its year (a year-less one has
            // no Gregorian day).
            if j < t.count, let w = t[j].word, let sm = solarHijriMonths[w] {
                var y = j + 1
                if y < t.count, t[y].word == "ماه" { y += 1 }
                guard y < t.count, let n = t[y].number, t[y].digits == 4, (1300...1499).contains(n),
                      let g = SolarHijri.gregorian(year: n, month: sm, day: d) else { return nil }
                var k = y + 1
                if k < t.count, let w = t[k].word, yearWords.contains(w) { k += 1 }
                return Match(found: Found(year: g.year, month: g.month, day: g.day), end: k)
            }
            if j < t.count, let (m, next) = month(words: t, j) {
                var k = next
                if isSEA(t[j].word) {
                    // "4 ธ.ค. 2569", "4 ธันวาคม พ.ศ. 2569": a Buddhist-era year; "ค.ศ. 2026" or a year under 2400 is
                    // Gregorian. Lao "5 ທັນວາ 2026", "5 ທັນວາ ປີ 2026"; Khmer "៥ ធ្នូ ២០២៦", "ទី៥ ខែធ្នូ ឆ្នាំ២០២៦".
                    var era = ""
                    if k < t.count, let w = t[k].word, seaYearWords.contains(w) { k += 1 }
                    if k < t.count, let w = t[k].word, buddhistEras.contains(w) || christianEras.contains(w) { era = w; k += 1 }
                    if k < t.count, let n = t[k].number, t[k].digits == 4 {
                        // Cambodia's Buddhist era counts one more year than Thailand's and Laos's (2570 BE is 2026).
                        let offset = isKhmer(t[j].word) ? buddhistEraOffset + 1 : buddhistEraOffset
                        let y = christianEras.contains(era) ? n : (n >= 2400 ? n - offset : n)
                        if (1900...2199).contains(y) { return Match(found: Found(year: y, month: m, day: d), end: k + 1) }
                        return nil
                    }
                    return era.isEmpty ? Match(found: Found(year: nil, month: m, day: d), end: next) : nil
                }
                if k < t.count, t[k].punct == "," { k += 1 }
                if k < t.count, t[k].word == "de" || t[k].word == "del" { k += 1 }
                if k < t.count, let y = year(t[k]) {
                    k += 1
                    if k < t.count, let w = t[k].word, yearWords.contains(w) { k += 1 }
                    return Match(found: Found(year: y, month: m, day: d), end: k)
                }
                return Match(found: Found(year: nil, month: m, day: d), end: next)
            }
            if let m = numericDate(t, i) { return m }
            return nil
        }
        // "December 4, 2026", "Dec. 4 2026", "Dec 4".
        if let (m, next) = month(words: t, i), next < t.count, let d = day(t[next]) {
            var k = next + 1
            if k < t.count, t[k].punct == "," { k += 1 }
            if k < t.count, let y = year(t[k]) {
                return Match(found: Found(year: y, month: m, day: d), end: k + 1)
            }
            return Match(found: Found(year: nil, month: m, day: d), end: next + 1)
        }
        // ISO in running text: "2026-12-04".
        if let y = year(t[i]), i + 4 < t.count, let sep = t[i + 1].punct, sep == "-" || sep == "/",
           t[i + 3].punct == sep, let m = month(number: t[i + 2]), let d = day(t[i + 4]), t[i + 4].digits == 2 {
            return Match(found: Found(year: y, month: m, day: d), end: i + 5, numeric: true, iso: true)
        }
        return nil
    }

    /// "04/12/2026", "4-12-2026", "4.12.2026", "4 - 12 - 2026", and year-less "4/12", "4 - 12".
    static func numericDate(_ t: [Token], _ i: Int) -> Match? {
        guard i + 2 < t.count, let d = day(t[i]) else { return nil }
        // "4.12.2026" tokenizes the first dot into the number only before a space; here no space follows.
        let sep: Character
        if let p = t[i + 1].punct, wordSeparators.contains(p) { sep = p } else { return nil }
        guard let m = month(number: t[i + 2]) else { return nil }
        if i + 4 < t.count, t[i + 3].punct == sep, let y = year(t[i + 4]) {
            return Match(found: Found(year: y, month: m, day: d), end: i + 5, numeric: true)
        }
        // A third number after the separator that is no year ("4-12-26", "4-2-1") is no date.
        if i + 4 < t.count, t[i + 3].punct == sep, t[i + 4].number != nil { return nil }
        if t[i + 2].dot { return nil }
        return Match(found: Found(year: nil, month: m, day: d), end: i + 3, numeric: true)
    }

    static func day(_ t: Token) -> Int? {
        guard let n = t.number, t.digits <= 2, (1...31).contains(n) else { return nil }
        return n
    }

    static func year(_ t: Token) -> Int? {
        guard let n = t.number, t.digits == 4, (1900...2199).contains(n) else { return nil }
        return n
    }

    static func month(number t: Token) -> Int? {
        guard let n = t.number, t.digits <= 2, (1...12).contains(n) else { return nil }
        return n
    }

    /// A month name at `i` (two words for the Levant's "كانون الأول"), and the index after it.
    static func month(words t: [Token], _ i: Int) -> (Int, Int)? {
        guard i < t.count, let w = t[i].word else { return nil }
        if w == "كانون" || w == "تشرين", i + 1 < t.count, let n = t[i + 1].word {
            let first = n == "الأول" || n == "الاول"
            guard first || n == "الثاني" else { return nil }
            return (w == "كانون" ? (first ? 12 : 1) : (first ? 10 : 11), i + 2)
        }
        guard let m = months[w] else { return nil }
        var next = i + 1
        // "4 декабря. /ТАСС/": the full stop is the dateline's, kept on the word.
        if next < t.count, t[next].punct == "." { next += 1 }
        return (m, next)
    }

    // MARK: - Positions

    /// Words that label a web page's time stamp before its date: "Published", "Updated:", "Publié le",
    /// "Mis à jour le", "Veröffentlicht am", "Publicado el", "Cập nhật", "Опубликовано", "نشر في" …
    static let stampLabels: Set<String> = [
        "published", "updated", "posted", "last", "modified", "on", "publié", "publie", "publiée", "mis", "mise", "à", "a",
        "jour", "le", "veröffentlicht", "veroffentlicht", "aktualisiert", "am", "publicado", "actualizado", "el",
        "pubblicato", "aggiornato", "il", "cập", "cap", "nhật", "nhat", "đăng", "dang", "ngày", "ngay", "lúc", "luc",
        "опубликовано", "обновлено", "дата", "публикации", "نشر", "في", "بتاريخ", "تاريخ", "النشر", "آخر", "تحديث",
    ]

    /// Words of a clock time after a stamp's date: "at 10:00 a.m. EST", "à 10h30", "um 10.30 Uhr", "GMT+7".
    static let stampTimeWords: Set<String> = [
        "at", "à", "a", "um", "las", "alle", "ore", "lúc", "luc", "в", "الساعة", "h", "hs", "am", "pm", "a.m", "p.m",
        "m", "gmt", "utc", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "msk", "ict", "ast", "ist", "jst", "uhr",
        "horas", "hrs", "giờ", "gio", "heure", "heures", "ч", "مساء", "صباحا", "ص", "م",
    ]

    /// A web page's time stamp line, copied with the text: an optional label, the date with its year, then only a
    /// clock time and a zone ("December 4, 2026 10:00", "Thu 4 Dec 2026 10.00 GMT", "Published December 4, 2026",
    /// "Updated: 2026-12-04", "04.12.2026, 10:30", "Publié le 04/12/2026 à 10h30", "Thứ năm, 4/12/2026, 08:30 (GMT+7)").
    /// A date inside a sentence is none: every other word is a label's or a time's.
    static func timestamp(_ t: [Token]) -> Found? {
        guard t.count <= 24 else { return nil }
        var k = 0
        while k < t.count, t[k].number == nil {
            if let w = t[k].word {
                guard stampLabels.contains(w) else { break }
            } else if t[k].punct != ":" && t[k].punct != "|" {
                break
            }
            k += 1
        }
        guard let m = date(t, k), m.found.year != nil else { return nil }
        var j = m.end
        while j < t.count {
            if t[j].number != nil {
                j += 1
                continue
            }
            if let p = t[j].punct, ":.,()+-|/·".contains(p) {
                j += 1
                continue
            }
            // "10h30", "10h": a French clock time is a number and a word.
            guard let w = t[j].word else { return nil }
            let letters = w.drop { $0.isNumber }
            guard stampTimeWords.contains(String(letters)) || (letters.first == "h" && letters.dropFirst().allSatisfy(\.isNumber)) else {
                return nil
            }
            j += 1
        }
        return m.found
    }

    /// Punctuation between a city and its date: "HANOI, Dec 4", "الجزائر - 4 ديسمبر".
    static let citySeparators: Set<Character> = [",", "-", "–", "—", "،", ":", "၊"]
    /// Punctuation that may end a dateline's date.
    static let endPunct: Set<Character> = [",", "-", "–", "—", "(", "/", ".", ":", "|", "،", "•", "（", "[", ")", "·", "*", "၊", "။", "។", "៖"]

    /// After a date that opens a line: nothing, or a punctuation mark ("4 December 2026 – The…",
    /// "Dec 4 (Reuters)"); not a sentence going on ("12 March 2019 was…"). A year-less
    /// or numeric date needs an agency after it.
    static func endsDateline(_ t: [Token], _ end: Int, yearless: Bool, numeric: Bool) -> Bool {
        if yearless || (numeric && end < t.count) { return agencyFollows(t, end) }
        guard end < t.count else { return true }
        if let p = t[end].punct { return endPunct.contains(p) }
        // "4 декабря 2026 года", "04 ديسمبر 2026 م" are taken with the date; a Vietnamese line goes on
        // after its date ("ngày 4/12/2026 tại Hà Nội") no more than an English one.
        return false
    }

    /// An agency after the date: "(Reuters)", "(EFE)", "/ТАСС/", "- РИА Новости", "/العُمانية/".
    static func agencyFollows(_ t: [Token], _ end: Int) -> Bool {
        var k = end
        var dotted = end > 0 && t[end - 1].dot
        if k < t.count, t[k].punct == "." { k += 1; dotted = true }
        guard k < t.count else { return false }
        // "ASTANA, December 2. Kazinform –", "МОСКВА. 4 декабря. ИНТЕРФАКС -", "Москва. 3 декабря. INTERFAX.RU -".
        if dotted, t[k].word != nil, t[k].capital {
            var j = k
            while j < t.count, j < k + 4, t[j].word != nil || t[j].punct == "." { j += 1 }
            return j < t.count && (t[j].punct == "-" || t[j].punct == "–" || t[j].punct == "—")
        }
        guard let p = t[k].punct else { return false }
        // An agency in quotes inside the slashes or brackets: "/\"Свободный курс\"/", "(«Le Temps»)".
        if p == "/" || p == "(", k + 2 < t.count, let q = t[k + 1].punct, quotes.contains(q), t[k + 2].word != nil {
            return true
        }
        // "(Reuters)", "(dpa)", "(EFE)"; after figures only a capital ("4/12 (TTXVN)", not "4-2 (aet)").
        if p == "(" || p == "（" {
            guard k + 1 < t.count, t[k + 1].word != nil else { return false }
            return t[k + 1].capital || !(end > 0 && t[end - 1].number != nil && t[end - 1].word == nil && isNumericEnd(t, end))
        }
        if p == "/" { return k + 1 < t.count && t[k + 1].word != nil }
        if p == "-" || p == "–" || p == "—" {
            return k + 1 < t.count && t[k + 1].word != nil && t[k + 1].capital
        }
        return false
    }

    /// Quotation marks around an agency's name.
    static let quotes: Set<Character> = ["\"", "«", "“", "„", "'", "‘"]

    /// The date before `end` was written in figures only ("4-2", "4/12").
    static func isNumericEnd(_ t: [Token], _ end: Int) -> Bool {
        end >= 3 && t[end - 1].number != nil && t[end - 2].punct != nil && t[end - 3].number != nil
    }

    /// A word of a city (or agency) name before a dateline's date: capitalized or uncased
    /// ("Santiago de Chile", "Cần Thơ", "الجزائر"); short lower-case joiners inside ("de", "do").
    static func isCityWord(_ tokens: [Token], _ k: Int) -> Bool {
        let t = tokens[k]
        guard let w = t.word else { return false }
        if t.capital {
            // "Rio de Janeiro" is a city; "Dec 4" is a date.
            let dateWord = months[w] != nil && k + 1 < tokens.count && tokens[k + 1].number != nil
            return !(weekdays.contains(w) || dateWord || named(w, "ngày") || w == "في" || w == "الموافق")
        }
        return k > 0 && w.count <= 3 && w != "on" && w != "in" && w != "am" && w != "le"
    }

    // MARK: - Chinese

    /// "2026年12月4日" opening a line (before a space, a weekday or nothing), and
    /// "新华社北京12月4日电", "中新社合肥12月4日电", "南宁12月4日讯": a short opening
    /// without punctuation, the date, then 电 or 讯.
    static func findHan(_ line: String) -> Found? {
        let s = Array(line.unicodeScalars.prefix(40))
        guard let firstHan = s.firstIndex(where: { $0 == "年" || $0 == "月" }) else { return nil }
        _ = firstHan
        var i = 0
        if let f = s.first, f == "【" || f == "［" || f == "[" { i = 1 }
        // The opening: Han characters only (an agency and a city), at most 12; or, in Japanese, a city of
        // a few and an ideographic comma ("東京、12月4日 ―").
        var comma = false
        while i < s.count, i < 13, digitValue(s[i]) == nil {
            if s[i] == "、" || s[i] == "，", i > 0, i <= 6, !comma, i + 1 < s.count, digitValue(s[i + 1]) != nil {
                comma = true
                i += 1
                continue
            }
            guard s[i].properties.isIdeographic else { return nil }
            i += 1
        }
        let open = i
        func number(_ k: inout Int) -> (Int, Int)? {
            var v = 0, n = 0
            while k < s.count, let d = digitValue(s[k]) { v = v * 10 + d; n += 1; k += 1 }
            return n > 0 ? (v, n) : nil
        }
        var k = open
        guard let (a, an) = number(&k), k < s.count else { return nil }
        var year: Int?
        var month: Int
        if s[k] == "年" {
            guard an == 4 else { return nil }
            year = a
            k += 1
            guard let (m, mn) = number(&k), mn <= 2, k < s.count, s[k] == "月" else { return nil }
            month = m
        } else if s[k] == "月" {
            guard an <= 2 else { return nil }
            month = a
        } else { return nil }
        k += 1
        guard let (d, dn) = number(&k), dn <= 2, k < s.count, s[k] == "日" || s[k] == "号" else { return nil }
        k += 1
        guard (1...12).contains(month), (1...31).contains(d) else { return nil }
        let next: Unicode.Scalar? = k < s.count ? s[k] : nil
        if comma { return japaneseDatelineEnds(s, k) ? Found(year: year, month: month, day: d) : nil }
        if next == "电" || next == "讯" { return Found(year: year, month: month, day: d) }
        // A line that opens with a full date and goes on with no sentence: "2026年12月4日 星期四".
        if open == 0 || (open == 1 && !s[0].properties.isIdeographic), year != nil {
            if next == nil || TextCleaner.isSpace(next!) || next == "星" || next == "周" || next == "（" || next == "(" {
                return Found(year: year, month: month, day: d)
            }
        }
        return nil
    }

    /// After the date of a Japanese dateline ("東京、12月4日 ― 石破茂首相は…", "東京、12月4日（共同）"): a dash, or
    /// an agency in brackets, after spaces; not a sentence going on ("東京、12月4日に…").
    static func japaneseDatelineEnds(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        var k = start
        while k < s.count, TextCleaner.isSpace(s[k]) { k += 1 }
        guard k < s.count else { return false }
        switch s[k] {
        case "―", "—", "–", "-", "－", "─":
            return true
        case "（", "(", "【", "[":
            // A name, then the closing bracket: "（共同）", "(ロイター)".
            var j = k + 1
            while j < s.count, j < k + 12, s[j].properties.isAlphabetic { j += 1 }
            return j > k + 1 && j < s.count && (s[j] == "）" || s[j] == ")" || s[j] == "】" || s[j] == "]")
        default:
            return false
        }
    }

    // MARK: - Words

    static let yearWords: Set<String> = ["года", "г", "гг", "год", "م", "nam", "năm"]

    /// The Buddhist era Thailand dates by: 2569 BE is 2026.
    static let buddhistEraOffset = 543

    /// "Buddhist era" and "Christian era" before a year, in Thai, Lao and Khmer (as the tokenizer keeps them: "พ.ศ").
    static let buddhistEras: Set<String> = ["พ.ศ", "ພ.ສ", "ព.ស"]
    static let christianEras: Set<String> = ["ค.ศ", "ຄ.ສ", "គ.ស"]
    /// "Year" before a year's number in Lao and Khmer ("ປີ 2026", "ឆ្នាំ២០២៦").
    static let seaYearWords: Set<String> = ["ປີ", "ឆ្នាំ"]
    /// The Lao and Khmer words for "day" (before a weekday's name or the date) and "the" (before the day's number).
    static let seaDayWords: [(day: String, the: String)] = [("ວັນ", "ທີ"), ("ថ្ងៃ", "ទី")]

    /// Burmese: "ဒီဇင်ဘာ ၅၊ ၂၀၂၆", "ဒီဇင်ဘာလ ၅ ရက်", "၂၀၂၆ ခုနှစ် ဒီဇင်ဘာ ၅ ရက်" (the month before the day, the year
    /// before or after them; ရက် "day", ခုနှစ် "year" after their numbers).
    static func burmeseDate(_ t: [Token], _ i: Int) -> Match? {
        guard i < t.count else { return nil }
        var k = i
        var y: Int?
        if let n = year(t[k]), k + 1 < t.count, t[k + 1].word == "ခုနှစ်" {
            y = n
            k += 2
            if k < t.count, let p = t[k].punct, p == "၊" || p == "," { k += 1 }
        }
        guard k < t.count, isMyanmar(t[k].word), let (m, next) = month(words: t, k), next < t.count, let d = day(t[next]) else { return nil }
        k = next + 1
        if k < t.count, t[k].word == "ရက်" || t[k].word == "ရက်နေ့" { k += 1 }
        if y == nil {
            var j = k
            if j < t.count, let p = t[j].punct, p == "၊" || p == "," { j += 1 }
            if j < t.count, let n = year(t[j]) {
                y = n
                j += 1
                if j < t.count, t[j].word == "ခုနှစ်" { j += 1 }
                k = j
            }
        }
        return Match(found: Found(year: y, month: m, day: d), end: k)
    }

    /// Hebrew weekdays after יום ("day"): first to sixth, and Sabbath.
    static let hebrewWeekdays: Set<String> = ["ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת"]

    static let vietnameseWeekdayNumbers: Set<String> = ["hai", "ba", "tu", "tư", "nam", "năm", "sau", "sáu", "bay", "bảy"]

    /// `word` is `name` (lower case) with or without its diacritics.
    static func named(_ word: String?, _ name: String) -> Bool {
        guard let w = word else { return false }
        return w == name || w == plain[name]
    }

    /// The Vietnamese marker words without diacritics.
    static let plain: [String: String] = ["thứ": "thu", "chủ": "chu", "nhật": "nhat", "ngày": "ngay", "tháng": "thang", "năm": "nam"]

    /// `w` in lower case, and without diacritics when it has some.
    static func forms(_ w: String) -> [String] {
        let lower = w.lowercased()
        let folded = fold(w)
        return folded == lower ? [lower] : [lower, folded]
    }

    static let weekdays: Set<String> = Set([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "segunda", "terça",
        "quarta", "quinta", "sexta",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاحد",
        "شنبه", "یکشنبه", "دوشنبه", "چهارشنبه", "پنجشنبه", "جمعه",
    ].flatMap(persianForms).flatMap(forms))

    /// A Persian word as written with the Persian yeh and keheh (ی ک) and with the Arabic ones (ي ك) some
    /// sites and older encodings use.
    static func persianForms(_ w: String) -> [String] {
        let arabic = w.replacingOccurrences(of: "ی", with: "ي").replacingOccurrences(of: "ک", with: "ك")
        return arabic == w ? [w] : [w, arabic]
    }

    /// The months of the Solar Hijri calendar (Iran's and Afghanistan's), in Persian.
    static let solarHijriMonths: [String: Int] = {
        let names = [["فروردین"], ["اردیبهشت"], ["خرداد"], ["تیر"], ["مرداد", "امرداد"], ["شهریور"], ["مهر"], ["آبان"],
                     ["آذر"], ["دی"], ["بهمن"], ["اسفند"]]
        var table: [String: Int] = [:]
        for (m, words) in names.enumerated() { for w in words { for f in persianForms(w) { table[f] = m + 1 } } }
        return table
    }()

    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv", "enero", "ene", "januar", "jänner", "janeiro", "gennaio", "gen",
             "января", "январь", "янв", "يناير", "جانفي", "січня", "студзеня", "stycznia", "januari", "ιανουαρίου"],
            ["february", "feb", "février", "févr", "fevr", "febrero", "februar", "fevereiro", "fev", "febbraio",
             "февраля", "февраль", "фев", "فبراير", "فيفري", "شباط", "лютого", "лютага", "lutego", "februari",
             "φεβρουαρίου"],
            ["march", "mar", "mars", "marzo", "märz", "maerz", "mär", "março", "марта", "март", "مارس", "آذار",
             "березня", "сакавіка", "marca", "maart", "μαρτίου"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр",
             "أبريل", "ابريل", "إبريل", "أفريل", "نيسان", "квітня", "красавіка", "kwietnia", "απριλίου"],
            ["may", "mai", "mayo", "maio", "maggio", "mag", "мая", "май", "مايو", "ماي", "أيار", "травня", "maja", "mei",
             "μαΐου"],
            ["june", "jun", "juin", "junio", "juni", "junho", "giugno", "giu", "июня", "июнь", "июн",
             "يونيو", "يونيه", "جوان", "حزيران", "червня", "чэрвеня", "czerwca", "ιουνίου"],
            ["july", "jul", "juillet", "juil", "julio", "juli", "julho", "luglio", "lug", "июля", "июль", "июл",
             "يوليو", "يوليه", "يوليوز", "جويلية", "تموز", "липня", "ліпеня", "lipca", "ιουλίου"],
            ["august", "aug", "août", "agosto", "ago", "августа", "август", "авг", "أغسطس", "اغسطس", "غشت", "أوت", "آب",
             "серпня", "жніўня", "sierpnia", "augustus", "αυγούστου"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "settembre",
             "сентября", "сентябрь", "сен", "сент", "سبتمبر", "شتنبر", "أيلول", "вересня", "верасня", "września",
             "σεπτεμβρίου"],
            ["october", "oct", "octobre", "octubre", "oktober", "okt", "outubro", "out", "ottobre", "ott",
             "октября", "октябрь", "окт", "أكتوبر", "اكتوبر", "жовтня", "кастрычніка", "października", "οκτωβρίου"],
            ["november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя", "нояб",
             "نوفمبر", "نونبر", "листопада", "лістапада", "listopada", "νοεμβρίου"],
            ["december", "dec", "décembre", "déc", "diciembre", "dic", "dezember", "dez", "dezembro", "dicembre",
             "декабря", "декабрь", "дек", "ديسمبر", "دجنبر", "грудня", "снежня", "grudnia", "δεκεμβρίου"],
        ]
        // The Gregorian months in Persian ("۴ دسامبر ۲۰۲۶"); مارس and سپتامبر are the Arabic names' already.
        let persian = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
        var table: [String: Int] = [:]
        for (m, words) in names.enumerated() {
            for w in words { for f in forms(w) { table[f] = m + 1 } }
        }
        for (m, w) in persian.enumerated() { for f in persianForms(w) { table[f] = m + 1 } }
        // Thai, in full and abbreviated (the tokenizer keeps "ธ.ค." one word, "ธ.ค").
        let thai = [["มกราคม", "ม.ค"], ["กุมภาพันธ์", "ก.พ"], ["มีนาคม", "มี.ค"], ["เมษายน", "เม.ย"], ["พฤษภาคม", "พ.ค"],
                    ["มิถุนายน", "มิ.ย"], ["กรกฎาคม", "ก.ค"], ["สิงหาคม", "ส.ค"], ["กันยายน", "ก.ย"], ["ตุลาคม", "ต.ค"],
                    ["พฤศจิกายน", "พ.ย"], ["ธันวาคม", "ธ.ค"]]
        for (m, words) in thai.enumerated() { for w in words { table[w] = m + 1 } }
        // Lao, Khmer (also with ខែ, "month", before it: "ខែធ្នូ"), and Burmese (also with လ, "month", after it:
        // "ဒီဇင်ဘာလ"; August as ဩဂုတ် and သြဂုတ်).
        let lao = ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"]
        for (m, w) in lao.enumerated() { table[w] = m + 1 }
        let khmer = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"]
        for (m, w) in khmer.enumerated() { table[w] = m + 1; table["ខែ" + w] = m + 1 }
        let burmese = [["ဇန်နဝါရီ"], ["ဖေဖော်ဝါရီ"], ["မတ်"], ["ဧပြီ"], ["မေ"], ["ဇွန်"], ["ဇူလိုင်"], ["ဩဂုတ်", "သြဂုတ်"], ["စက်တင်ဘာ"],
                       ["အောက်တိုဘာ"], ["နိုဝင်ဘာ"], ["ဒီဇင်ဘာ"]]
        for (m, words) in burmese.enumerated() { for w in words { table[w] = m + 1; table[w + "လ"] = m + 1 } }
        // Hebrew, alone and with the preposition ב that a date writes before it ("4 בדצמבר"); March also מרס.
        let hebrew = [["ינואר"], ["פברואר"], ["מרץ", "מרס"], ["אפריל"], ["מאי"], ["יוני"], ["יולי"], ["אוגוסט"], ["ספטמבר"],
                      ["אוקטובר"], ["נובמבר"], ["דצמבר"]]
        for (m, words) in hebrew.enumerated() { for w in words { table[w] = m + 1; table["ב" + w] = m + 1 } }
        return table
    }()
}

/// The Solar Hijri calendar as ICU's `PersianCalendar` computes it: years of 365 days, leap years in a 33-year
/// cycle, six months of 31 days, five of 30, the last of 29 (30 in a leap year).
enum SolarHijri {
    /// The Julian day number of 1 Farvardin 1 AP, less one (19 March 622, Julian).
    static let epoch = 1_948_320
    static let monthStarts = [0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336]

    static func isLeap(_ year: Int) -> Bool { (25 * year + 11) % 33 < 8 }

    /// The Gregorian date of `day` `month` `year` AP; nil when there is no such day (31 Mehr, 30 Esfand of a common year).
    static func gregorian(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard year >= 1, (1...12).contains(month), day >= 1,
              day <= (month <= 6 ? 31 : month < 12 ? 30 : isLeap(year) ? 30 : 29) else { return nil }
        let julianDay = epoch - 1 + 365 * (year - 1) + (8 * year + 21) / 33 + monthStarts[month - 1] + day
        // Days since 0000-03-01 of the proleptic Gregorian calendar, then the civil date (Hinnant's civil_from_days).
        let z = julianDay - 2_440_588 + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
