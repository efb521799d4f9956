import Foundation

/// Arabic people named after a verb of saying with no title before them: "وقال كريم حداد إن …",
/// "وأعرب أحمد عباس عن …", "وأوضحت فاطمة الزهراني أن …".
///
/// Arabic has no capitals, so discovery reads a person from a title or an honorific before the name; but
/// the commonest sentence of Arabic news names its speaker right after the verb, with no title (a second
/// mention, an expert, a witness), and none of those people was found. In that slot, after a verb of
/// saying (or of meeting: التقى … مع), a common given name is a person's (the subject follows the
/// verb); the name runs over one to three further words and must be closed by what follows a speaker: a
/// particle (إن، أن، عن، إلى), a preposition, a comma or a word such as أيضا or للصحفيين.
extension NameFinder {
    mutating func refineArabicSpeech() {
        guard hasArabic else { return }
        arabicSpeechPersons()
    }

    /// Verbs whose subject is the person after them and whose complement opens with a particle or a preposition (إن،
    /// أن، عن، إلى، مع), masculine and feminine, with their clitics (و، ف). Not the transitive verbs (وقع، استقبل، زار):
    /// their object follows the name with nothing between ("وقع أحمد عباس الاتفاقية").
    static let arSpeechVerbs = H36Heads([
        "قال", "قالت", "أكد", "أكدت", "أشار", "أشارت", "أوضح", "أوضحت", "أضاف", "أضافت", "أعرب", "أعربت", "صرح", "صرحت",
        "ذكر", "ذكرت", "لفت", "لفتت", "شدد", "شددت", "اعتبر", "اعتبرت", "رأى", "رأت", "أعلن", "أعلنت", "دعا", "دعت",
        "كشف", "كشفت", "نفى", "نفت", "أفاد", "أفادت", "تابع", "تابعت", "أبلغ", "أبلغت", "أجاب", "أجابت", "علق", "علقت",
        "التقى", "التقت", "يقول", "تقول", "أكّد",
    ])

    /// Given names that open a person's name in that slot: `arabicCommonGivenNameTexts` but علي (which folds to على), and
    /// more common given names, male and female (not the ones that are also common words right after a verb: أمل، نور،
    /// نصر، هدى).
    static let arSpeechGivenNames = h18Keys(arabicCommonGivenNameTexts.filter { $0 != "علي" } + [
        "إسماعيل", "عبدالرحمن", "عبدالعزيز", "عبدالكريم", "بكر", "أسامة", "أيمن", "باسم", "بسام", "تامر", "ثامر", "جاسم",
        "جابر", "حاتم", "حازم", "حامد", "حمدي", "خليل", "رامي", "رائد", "رشيد", "زكي", "سامر", "شريف", "صلاح", "طلال", "عاطف",
        "عصام", "علاء", "عمرو", "غسان", "فادي", "فارس", "فؤاد", "كمال", "لؤي", "مازن", "مالك", "مجدي", "مراد", "مروان", "معاذ",
        "منير", "مهند", "نادر", "نزار", "هاني", "هيثم", "وائل", "ياسين", "يحيى", "أكرم", "أمجد", "إياد", "بشير", "بلال", "توفيق",
        "حسام", "حمزة", "رضا", "رياض", "زهير", "سمير", "شادي", "عامر", "عمار", "فتحي", "فريد", "قيس", "ماهر", "محسن", "مختار",
        "نواف",
        "فاطمة", "مريم", "زينب", "عائشة", "خديجة", "سارة", "ليلى", "منى", "رانيا", "دينا", "ريم", "لينا", "سلمى", "هالة",
        "نادية", "سعاد", "سميرة", "نجلاء", "ياسمين", "أسماء", "رشا", "غادة", "هند", "عبير", "لمياء", "سناء", "شيماء", "مها", "نوال",
    ])

    /// Words that follow a speaker's name and are no part of it.
    static let arSpeechAfterName = h18Keys([
        "أيضا", "أيضاً", "كذلك", "بدوره", "بدورها", "للصحفيين", "لوكالة", "لقناة", "لصحيفة", "لـ", "بأن", "إنه", "إنها", "أنه", "أنها",
        "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "اليوم", "أمس", "مساء", "صباح", "يوم", "خلال", "مؤخرا",
        "وفدا", "وفداً", "رسالة", "كلمة", "بيانا", "تصريحا", "حاليا", "شخصيا",
    ])

    /// Token `k` ends a speaker's name before it (see `arSpeechAfterName`), or is no name word.
    func arSpeechCloses(_ k: Int) -> Bool {
        guard h36Arabic(k) else { return true }
        if h36Stop(k) || h23Key(k, Self.h18ArabicStops) || h23Key(k, Self.arSpeechAfterName) { return true }
        // The article after a clitic (والوفد، بالقول، للتعاون) opens the sentence's next word, not a family name.
        return keyStarts(k, "وال") || keyStarts(k, "بال") || keyStarts(k, "لل") || keyStarts(k, "فال")
    }

    mutating func arabicSpeechPersons() {
        guard articleHas(Self.arSpeechGivenNames), articleHas(Self.arSpeechVerbs.set) else { return }
        let n = tokens.count
        var k = 0
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let arSpeechVerbs = Self.arSpeechVerbs, arSpeechGivenNames = Self.arSpeechGivenNames
        while k + 2 < n {
            defer { k += 1 }
            guard h36Arabic(k), h36CliticPrefix(k, arSpeechVerbs) != nil, h23Key(k + 1, arSpeechGivenNames) else { continue }
            let g = k + 1
            var q = g + 1
            // The family name with the article ends the name (كريم الحداد); words before it are given names and links.
            while q < n, q - g <= 3, !arSpeechCloses(q) {
                q += 1
                if keyStarts(q - 1, "ال") { break }
            }
            // One to three words after the given name, then what closes a speaker's name.
            guard q > g + 1, q - g <= 3 || q >= n || arSpeechCloses(q) else { continue }
            guard q >= n || tokens[q].kind == .punct || arSpeechCloses(q) else { continue }
            let (s, e) = (tokens[g].start, tokens[q - 1].end)
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= e }) { k = q - 1; continue }
            // A known name or a longer body or place over these words stays.
            if anyMention(where: { $0.type != .person && $0.type != .country && $0.start <= s && $0.end >= e && ($0.known != nil || $0.end - $0.start > e - s) }) { continue }
            h36Put(g, q, mention(g, q, type: .person, evidence: .cue), overKnown: false)
            k = q - 1
        }
    }
}
