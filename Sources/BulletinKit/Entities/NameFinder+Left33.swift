import Foundation

/// General patterns written in the thirty-third session before its blind set (holdout58) was scored, from the kinds of
/// miss that every earlier set's Arabic and Chinese articles share; tested on names of their own in EntityLeft33Tests.
/// One pass, `refineLeft33`, run after `refineLeft32`, gated on the article's script and language.
///
/// Arabic: a person named by a common given name and a family name, wherever the name stands. Arabic has no capitals,
/// so the older rules find a person only after a cue (a title, a verb of saying, commas around the name); wire copy
/// names most people after a body's name ("رئيس جامعة موغيليف يوري بوبروف"), a nationality ("البرازيلي كايو …") or a
/// role, where the body's reading ran over the name or nothing was read. A given name that is not also a common word
/// (of the Arab world, or transliterated from Russian, Kazakh, European languages), then one family name (or two, the
/// first a father's name), then the name's end (a mark, a function word, a clitic word, a title) is a person.
extension NameFinder {
    mutating func refineLeft33() {
        guard !tokens.isEmpty else { return }
        if hasArabic, language == "ar" {
            l33ArabicGivenNamePeople()
        }
    }

    // MARK: Arabic: given names

    /// Given names that are no common word (no "سعيد", "كريم", "جمال", "عادل", "أمل", "نور", "سلام", "حياة", "إيمان", "عمر",
    /// "علي": each is also an adjective, a noun or a preposition's spelling). Arabic names, then names transliterated
    /// from Russian, Belarusian, Ukrainian, Kazakh and European languages, in their usual spellings.
    static let l33ArabicGivenNameTexts = [
        "محمد", "أحمد", "محمود", "مصطفى", "إبراهيم", "يوسف", "خالد", "هشام", "زياد", "ياسين", "نزار", "أسامة", "سامح", "علاء",
        "طارق", "ماجد", "فيصل", "راشد", "حيدر", "عباس", "جعفر", "قاسم", "مهدي", "ياسر", "عثمان", "سلمان", "فهد", "تميم", "بشار",
        "إسماعيل", "إسحاق", "يعقوب", "موسى", "عيسى", "سليمان", "داود", "هاني", "رامي", "باسل", "فراس", "معاذ", "مازن", "أيمن",
        "وائل", "عمرو", "أنس", "حمزة", "بلال", "مراد", "رياض", "توفيق", "عبدالله", "عبدالرحمن", "عبدالعزيز", "عبدالمجيد",
        "نادية", "ريما", "فاطمة", "مريم", "ليلى", "سلمى", "رانيا", "دينا", "لينا", "سارة", "عبير", "رشا", "سميرة", "نجلاء", "خديجة",
        "زينب", "عائشة", "رقية", "لطيفة", "هند", "منيرة", "نوال", "سعاد",
        "ألكسندر", "ألكساندر", "أليكسندر", "أليكسي", "ألكسي", "أندريه", "أندريه", "أناتولي", "أنطون", "بوريس", "دميتري", "ديمتري",
        "يفغيني", "إيفغيني", "يفجيني", "غينادي", "جينادي", "غيورغي", "إيغور", "إيجور", "إيليا", "إيفان", "كيريل", "كونستانتين",
        "ليونيد", "مكسيم", "ماكسيم", "ميخائيل", "نيكولاي", "أوليغ", "أوليج", "بافيل", "بيوتر", "رسلان", "سيرغي", "سيرجي",
        "سيرغيه", "ستانيسلاف", "فاليري", "فاسيلي", "فيكتور", "فلاديمير", "فلاديسلاف", "فياتشيسلاف", "يوري", "فاديم", "أرتيوم",
        "ناتاليا", "أولغا", "إيرينا", "إيلينا", "يلينا", "تاتيانا", "ماريا", "مارينا", "غالينا", "لودميلا", "سفيتلانا", "يكاترينا",
        "إيكاترينا", "أوكسانا", "فالنتينا", "يرلان", "نورلان", "مارات", "رستم", "أرمان", "بولات", "سيريك", "شوكت", "دوريان",
        "جون", "جيمس", "روبرت", "مايكل", "ويليام", "ديفيد", "ريتشارد", "جوزيف", "توماس", "تشارلز", "دانيال", "ماثيو", "ستيفن",
        "جورج", "إدوارد", "بيتر", "أنتوني", "كريستوفر", "جان", "بيير", "ميشيل", "فرانسوا", "لوران", "فيليب", "نيكولا", "إيمانويل",
        "أوليفييه", "هانس", "ألفريد", "كارلوس", "خوان", "خوسيه", "لويس", "ماريو", "ماركو", "باولو", "جوزيبي", "أنطونيو",
        "فرانشيسكو", "أنطوان", "كلاوس", "فولفغانغ", "أولاف", "أنغيلا", "مانويل", "فرناندو", "ريكاردو", "أليخاندرو", "سيباستيان",
    ]
    static let l33ArabicGivenNames = KeySet(l33ArabicGivenNameTexts.map { TextFolding.key($0) })
    /// The same keys after a glued و ("ونادية"): probed by the token's own hash (a key made without its first letter
    /// for every word in و, most of an Arabic text's conjunctions, was most of this rule's cost).
    static let l33ArabicWawGivenNames = KeySet(l33ArabicGivenNameTexts.map { "و" + TextFolding.key($0) })
    /// Words a name ends before besides marks and `h18ArabicStops`: titles and roles written after a name
    /// ("ألفريد ستيرن الرئيس التنفيذي"), and verbs of saying.
    static let l33ArabicAfterName = h18Keys(["رئيس", "الرئيس", "رئيسة", "وزير", "الوزير", "مدير", "المدير", "سفير", "السفير",
        "نائب", "النائب", "الأمين", "المتحدث", "الناطق", "عضو", "ممثل", "مستشار", "المستشار", "محافظ", "المحافظ", "عميد", "العميد",
        "قائد", "القائد", "مدرب", "المدرب", "لاعب", "اللاعب", "صاحب", "مؤسس", "قال", "أكد", "أوضح", "أشار", "أعلن", "إن", "أن",
        "الذي", "التي", "يوم", "أمس", "اليوم", "حيث", "كما", "وقال", "وأكد", "وأضاف", "أيضا", "عن", "على", "إلى", "بين"])
    /// Words before a given name that make it part of another name: a king's, a prince's or a sheikh's (whose names
    /// streets, ports, hospitals and prizes bear: "مستشفى الملك فيصل التخصصي"), a family link's, a tribe's, a place's or
    /// a facility's head noun ("مركب محمد الخامس", "مدينة سلمان الصناعية", "وادي فاطمة"), a preposition of place.
    static let l33ArabicBeforeOtherNames = h18Keys(["الملك", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان", "الإمام", "الملكة",
        "بن", "ابن", "بنت", "أبو", "ابو", "عبد", "آل", "بني", "وادي", "مدينة", "مركب", "شارع", "ملعب", "استاد", "جامع", "مسجد", "مستشفى",
        "جامعة", "مطار", "ميناء", "طريق", "مؤسسة", "مركز", "قاعة", "حي", "قرية", "ساحة", "جسر", "مدرسة", "معهد", "كلية", "مجمع", "برج",
        "قصر", "حديقة", "منطقة", "محافظة", "بلدة", "كأس", "جائزة", "في", "إلى", "ميدان", "نادي", "سد", "قناة", "مخيم", "ضاحية"])
    /// Adjectives of a body or a place named after a person ("… الملك فهد الصناعي", "… عبدالعزيز الدولي"): no family name.
    static let l33ArabicBodyAdjectives = h18Keys(["الدولي", "الدولية", "الصناعي", "الصناعية", "التخصصي", "التخصصية", "الخيرية",
        "الخيري", "الوطني", "الوطنية", "الطبي", "الطبية", "الجامعي", "الجامعية", "العام", "العامة", "الرياضي", "الرياضية", "الثقافي",
        "الثقافية", "العالمي", "العالمية", "الكبير", "الكبرى", "المؤدي", "المركزي", "المركزية", "الإسلامي", "الإسلامية", "التعليمي",
        "التعليمية", "السكني", "التجاري", "التجارية", "الجديد", "الجديدة", "للعلوم", "للتقنية"])
    /// A family name's opening words that take the next word with them ("علاء أبو حمدان", "محمد بن علي").
    static let l33ArabicFamilyLinks = h18Keys(["أبو", "ابو", "بن", "ابن", "بنت", "آل", "عبد"])

    /// Token `k` may be part of a family name: an Arabic word that is no function word, title, link or given name's
    /// clitic-and-article form ("للتنمية", "بالفريق"), no country, and no part of a known name.
    private func l33FamilyWord(_ k: Int) -> Bool {
        guard h18ArabicWord(k), !isCountry[k], !Self.h18ArabicStops.contains(tokens[k]), !Self.l33ArabicAfterName.contains(tokens[k]),
              !Self.l33ArabicFamilyLinks.contains(tokens[k]), !Self.l33ArabicBodyAdjectives.contains(tokens[k]),
              PlainText.count(tokens[k].text) >= 2 else { return false }
        // (و glued: the sentence's next word, "وادي فاطمة ووادي نعمان".)
        if keyStarts(k, "و") || keyStarts(k, "لل") || keyStarts(k, "بال") || keyStarts(k, "وال") || keyStarts(k, "فال") || keyStarts(k, "كال") { return false }
        // A short word in ا is an indefinite object ("وسجل يوسف هدفا": the given name alone is the subject).
        if PlainText.count(tokens[k].key) <= 4, PlainText.hasSuffix(tokens[k].key, "ا") { return false }
        return !h27InKnownName(k)
    }

    /// The name ends before token `k`: the text's end, a mark, a function word or a title, or a word glued to a clitic
    /// (و, ب, ل: "ونادية", "بتسديدة", "لوكالة").
    private func l33ArabicNameEnds(before k: Int) -> Bool {
        guard k < tokenCount else { return true }
        if tokens[k].kind == .punct || tokens[k].newlineBefore { return true }
        guard h18ArabicWord(k) else { return tokens[k].kind == .number }
        if Self.h18ArabicStops.contains(tokens[k]) || Self.l33ArabicAfterName.contains(tokens[k]) { return true }
        return PlainText.count(tokens[k].text) >= 4 && (keyStarts(k, "و") || keyStarts(k, "ب") || keyStarts(k, "ل"))
    }

    /// "رئيس جامعة موغيليف يوري بوبروف.", "قال رئيس مجلس إدارة بنك وربة فهد الرشيدي لوكالة …", "علاء أبو حمدان،": a given
    /// name of `l33ArabicGivenNames` (or the same after و), one or two family words (never two with the article) (a link such as أبو or بن takes the
    /// next word with it) and the name's end is a person. A body read over the name ends before it; a place or an
    /// unknown person over part of it gives way; a known name or a person already there is kept.
    mutating func l33ArabicGivenNamePeople() {
        // (A given name after و is looked for only when some given name stands alone too: rare otherwise.)
        guard articleHas(Self.l33ArabicGivenNames) else { return }
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard h18ArabicWord(k) else { continue }
            var waw = false
            if !Self.l33ArabicGivenNames.contains(tokens[k]) {
                guard keyStarts(k, "و"), Self.l33ArabicWawGivenNames.contains(tokens[k]), PlainText.count(tokens[k].text) >= 4 else { continue }
                waw = true
            }
            if k > 0, h18ArabicIn(k - 1, Self.l33ArabicBeforeOtherNames) { continue }
            // The family name: one or two words, a link taking the next word.
            var e = k + 1
            var parts = 0
            while parts < 2, e < tokenCount {
                if Self.l33ArabicFamilyLinks.contains(tokens[e]), l33FamilyWord(e + 1) { e += 2 } else if l33FamilyWord(e) { e += 1 } else { break }
                parts += 1
                if l33ArabicNameEnds(before: e) { break }
                // A second family word after a father's name (no article: "لجين فوزي القطامين"), or one without the
                // article after a compound given name's second half ("محمد الصادق بلحاج").
                if h18Article(e - 1), e < tokenCount, h18Article(e) { parts = 2 }
            }
            guard parts > 0, e > k + 1, l33ArabicNameEnds(before: e) else { continue }
            // Three words end at a mark or the line's end: a definite noun after a two-word name is more often the
            // verb's object ("ووقع مازن عباس الاتفاقية خلال …").
            // (Its words are then no name's start either: "عباس" is a given name too.)
            if parts == 2, e < tokenCount, tokens[e].kind != .punct, !tokens[e].newlineBefore { k = e - 1; continue }
            let (s, t) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.start < t && $0.end > s && ($0.type == .person || $0.known != nil && $0.type != .country) }) { k = e - 1; continue }
            // A body read over the name ends before it (when what is left still has two words).
            var cut: [Int] = []
            var blocked = false
            for i in mentions.indices where mentionType(i) != .country && mentionStart(i) < t && mentionEnd(i) > s {
                // (A body or a place that goes on past the name bears it: "جامعة … فيصل للعلوم".)
                if mentionEnd(i) > t, mentionType(i) != .person { blocked = true; break }
                if mentionType(i) == .organization, mentionStart(i) < s, let (a, _) = h31Span(i), k - a >= 2 { cut.append(i); continue }
                if mentionType(i) == .organization, mentionStart(i) < s { blocked = true }
            }
            if blocked { continue }
            for i in cut.reversed() {
                guard let (a, _) = h31Span(i) else { continue }
                let body = mention(a, k, type: .organization, evidence: mentionEvidence(i))
                mentions.remove(at: i)
                mentions.append(body)
            }
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < t && $0.end > s }
            let m = mention(k, e, type: .person, evidence: .cue)
            mentions.append(waw ? h16WithoutWaw(m) : m)
            k = e - 1
        }
    }
}
