/// People written in Arabic script in some articles and in Cyrillic in others, with no Latin
/// spelling in the corpus to meet in between: Russian wire news writes Arab names by ear (أحمد
/// حداد is Ахмед Хаддад, فيصل صالح Фейсал Салех), and Arabic news writes Russian and Kazakh names
/// by ear too (Андрей Посеров is أندريه بوسيروف). `arabicMerges` joins an Arabic-script person to a
/// Cyrillic-only one as it joins one to a Latin-script person: by the consonants of a Latin reading
/// of the Cyrillic (`cyrillicLatinReadings`), and only when its vowels stand where the Arabic
/// name's long vowels stand (`cyrillicVowelsAgree`).
extension EntityLinker {
    /// At most this many readings of one Cyrillic name (each х and в doubles them): past it, the
    /// first reading of each further such letter.
    static let cyrillicReadingLimit = 16

    /// Latin spellings a person's name in Cyrillic may have, as `latinConsonants` reads Latin names
    /// that Arabic script also writes; nil for a name not in Cyrillic, or of one word.
    ///
    /// A Vietnamese or Chinese name in Cyrillic (Kontsevich's and Palladius's systems) is read back
    /// into its Latin spelling (`vietnameseFromCyrillic`, `chineseFromCyrillic`): Arabic writes those
    /// from the Latin. Any other is spelled letter by letter, where Russian writes one letter for
    /// sounds Arabic tells apart:
    /// - х is ح or ه (Хасан, حسن) as often as خ (Халид, خالد): "h" and "kh";
    /// - в is ف in a Russian or foreign name (Владимир, فلاديمير) and و in an Arab one (Дарвиш, درويش):
    ///   "v" and "w";
    /// - ч is تش ("tch"), ж and дж are ج ("dj"), ш and щ are ش ("sh"), ц is "ts";
    /// - е, ё, ю, я at a word's start are its y (Ерлан, يرلان; Юсуф, يوسف); ь and ъ are dropped.
    static func cyrillicLatinReadings(_ name: String) -> [String]? {
        guard let first = name.unicodeScalars.first(where: { $0 != " " }), TextFolding.isCyrillic(first) else { return nil }
        if let latin = vietnameseFromCyrillic(name) ?? chineseFromCyrillic(name) { return [latin] }
        let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        guard words.count >= 2, words.allSatisfy({ $0.unicodeScalars.allSatisfy(TextFolding.isCyrillic) }) else { return nil }
        var readings = [""]
        for (w, word) in words.enumerated() {
            let letters = Array(word.unicodeScalars)
            for r in readings.indices where w > 0 { readings[r] += " " }
            var i = 0
            while i < letters.count {
                let c = letters[i]
                let start = i == 0
                i += 1
                let options: [String]
                switch c {
                case "а": options = ["a"]
                case "б": options = ["b"]
                case "в": options = ["v", "w"]
                case "г": options = ["g"]
                case "д":
                    if i < letters.count, letters[i] == "ж" { options = ["dj"]; i += 1 } else { options = ["d"] }
                case "е": options = [start ? "ye" : "e"]
                case "ё": options = [start ? "yo" : "o"]
                case "ж": options = ["dj"]
                case "з": options = ["z"]
                case "и": options = ["i"]
                case "й", "ы": options = ["y"]
                case "к": options = ["k"]
                case "л": options = ["l"]
                case "м": options = ["m"]
                case "н": options = ["n"]
                case "о": options = ["o"]
                case "п": options = ["p"]
                case "р": options = ["r"]
                case "с": options = ["s"]
                case "т": options = ["t"]
                case "у": options = ["u"]
                case "ф": options = ["f"]
                case "х": options = ["h", "kh"]
                case "ц": options = ["ts"]
                case "ч": options = ["tch"]
                case "ш", "щ": options = ["sh"]
                case "э": options = ["e"]
                case "ю": options = [start ? "yu" : "u"]
                case "я": options = [start ? "ya" : "a"]
                default: options = [""]   // ь, ъ, and letters of other Cyrillic alphabets
                }
                if options.count > 1, readings.count * options.count <= cyrillicReadingLimit {
                    readings = readings.flatMap { r in options.map { r + $0 } }
                } else {
                    for r in readings.indices { readings[r] += options[0] }
                }
            }
        }
        return readings
    }

    /// Whether an Arabic-script name and a Latin reading of a Cyrillic one (`cyrillicLatinReadings`)
    /// write their vowels alike: a Vietnamese or Chinese name's every vowel (`vowelsAgree`), any
    /// other's long vowels where the Latin has a vowel (`shapesAgree`). Boris Vibov (فيبوف) and Boris
    /// Vopov (Вопов) have one set of consonants.
    /// A Vietnamese reading's surname may be Kontsevich's spelling read back (Нгуен: nguen), not the Latin one.
    static func cyrillicVowelsAgree(arabic: String, reading: String) -> Bool {
        if writesEveryVowel(reading) || vietnameseFamilyVariants.contains(vietnameseVariant(String(reading.prefix(while: { $0 != " " })))) {
            return vowelsAgree(arabic: arabic, latin: reading)
        }
        guard let shapes = arabicShapes(arabic), let options = latinShapeOptions(reading) else { return false }
        return shapesAgree(shapes, options)
    }
}
