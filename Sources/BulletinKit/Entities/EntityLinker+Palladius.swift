/// Chinese names written in Cyrillic as Russian writes them (the Palladius system: Си Цзиньпин,
/// Ли Цян, Фэн Сяоцян), back in pinyin without tones (xi jinping, li qiang, feng xiaoqiang).
///
/// BGN romanization of the Cyrillic gives Tszin'pin, Tsyan and Fen, which never meet the pinyin
/// the English, French and Vietnamese press writes, so without this a Chinese person that no list
/// holds was one entity in Russian and another in every other language. Palladius is a
/// syllable-for-syllable system, so the mapping back is exact: each word is cut into Palladius
/// syllables (every cut must be one; a word that is not a chain of them is no Chinese name), and
/// the initials that Palladius merges are told apart by the final, as in pinyin itself:
/// цз is j before the i-sounds (цзи, цзя, цзюй) and z before the others (цзы, цза), ц is q or c,
/// с is x or s.
extension EntityLinker {
    /// A person's name as pinyin words (the surname, then each further word's syllables joined),
    /// or nil unless the first word is a common Chinese surname in Cyrillic and every word is a
    /// chain of Palladius syllables. A last word in an oblique case (Фэн Сяоцяна, Си Цзиньпином)
    /// is read without its ending when it is not a chain of syllables with it.
    static func chineseFromCyrillic(_ name: String) -> String? {
        guard let first = name.unicodeScalars.first(where: { $0 != " " }), TextFolding.isCyrillic(first) else { return nil }
        let words = name.split(separator: " ").map { $0.lowercased() }
        guard (2...3).contains(words.count), chineseSurnamesInCyrillic.contains(words[0]),
              words.allSatisfy({ $0.count <= 12 && $0.unicodeScalars.allSatisfy(TextFolding.isCyrillic) })
        else { return nil }
        var out: [String] = []
        for (k, word) in words.enumerated() {
            let direct = palladiusSyllables(word)
            // A case ending (а, у, е) is also a syllable of its own (a, wu, ye): on the last word, a
            // cut that ends in one is read as the stem and its ending when the stem is a name's.
            let endsInCase = (direct?.count ?? 0) >= 2 && ["a", "wu", "ye"].contains(direct?.last ?? "")
            if let direct, !(endsInCase && k == words.count - 1 && k > 0) {
                out.append(direct.joined())
                continue
            }
            guard k == words.count - 1, k > 0 else { return nil }
            var stem: [String]?
            for ending in ["ом", "ем", "а", "у", "е"] where word.hasSuffix(ending) && word.count > ending.count + 1 {
                if let s = palladiusSyllables(String(word.dropLast(ending.count))) { stem = s; break }
            }
            guard let syllables = stem ?? direct else { return nil }
            out.append(syllables.joined())
        }
        return out.joined(separator: " ")
    }

    /// The pinyin syllables of `word` (lowercase Cyrillic) cut into Palladius syllables, longest
    /// first where two cuts are possible, or nil when it cannot be cut.
    static func palladiusSyllables(_ word: String) -> [String]? {
        let c = Array(word)
        guard !c.isEmpty else { return nil }
        // best[i]: the syllables of c[i...], found from the end (nil: no cut).
        var best = [[String]?](repeating: nil, count: c.count + 1)
        best[c.count] = []
        for i in stride(from: c.count - 1, through: 0, by: -1) {
            var length = min(palladiusMaxLength, c.count - i)
            while length >= 1 {
                if let rest = best[i + length], let pinyin = palladiusToPinyin[String(c[i..<(i + length)])] {
                    best[i] = [pinyin] + rest
                    break
                }
                length -= 1
            }
        }
        return best[0]
    }

    static let palladiusMaxLength = palladiusToPinyin.keys.map(\.count).max() ?? 1

    /// Every Palladius syllable → its pinyin (ü written u, as the press writes Lü and Nü).
    static let palladiusToPinyin: [String: String] = {
        var table: [String: String] = [:]
        func add(_ cyrillic: String, _ pinyin: String) { if table[cyrillic] == nil { table[cyrillic] = pinyin } }
        // Syllables with no initial (and the y-, w- spellings of the medials).
        for (p, c) in [("a", "а"), ("ai", "ай"), ("an", "ань"), ("ang", "ан"), ("ao", "ао"), ("e", "э"), ("ei", "эй"),
                       ("en", "энь"), ("eng", "эн"), ("er", "эр"), ("o", "о"), ("ou", "оу"),
                       ("yi", "и"), ("ya", "я"), ("ye", "е"), ("yao", "яо"), ("you", "ю"), ("yan", "янь"), ("yin", "инь"),
                       ("yang", "ян"), ("ying", "ин"), ("yong", "юн"), ("yu", "юй"), ("yue", "юэ"), ("yuan", "юань"), ("yun", "юнь"),
                       ("wu", "у"), ("wa", "ва"), ("wo", "во"), ("wai", "вай"), ("wei", "вэй"), ("wan", "вань"), ("wen", "вэнь"),
                       ("wang", "ван"), ("weng", "вэн")] {
            add(c, p)
        }
        // Initials that take the "plain" finals.
        let plainInitials: [(String, String)] = [("b", "б"), ("p", "п"), ("m", "м"), ("f", "ф"), ("d", "д"), ("t", "т"),
                                                 ("n", "н"), ("l", "л"), ("g", "г"), ("k", "к"), ("h", "х"),
                                                 ("zh", "чж"), ("ch", "ч"), ("sh", "ш"), ("r", "ж"),
                                                 ("z", "цз"), ("c", "ц"), ("s", "с")]
        let plainFinals: [(String, String)] = [("a", "а"), ("ai", "ай"), ("an", "ань"), ("ang", "ан"), ("ao", "ао"),
                                               ("e", "э"), ("ei", "эй"), ("en", "энь"), ("eng", "эн"), ("ou", "оу"),
                                               ("ong", "ун"), ("u", "у"), ("ua", "уа"), ("uai", "уай"), ("uan", "уань"),
                                               ("uang", "уан"), ("ui", "уй"), ("un", "унь"), ("uo", "о")]
        for (pi, ci) in plainInitials {
            for (pf, cf) in plainFinals {
                // b, p, m, f take o (bo, po); the others uo (duo, guo), both written о.
                let final = cf == "о" && ["b", "p", "m", "f"].contains(pi) ? "o" : pf
                add(ci + cf, pi + final)
            }
            // The apical i: zi, ci, si as цзы, цы, сы; zhi, chi, shi, ri as чжи, чи, ши, жи.
            if ["z", "c", "s"].contains(pi) { add(ci + "ы", pi + "i") }
            if ["zh", "ch", "sh", "r"].contains(pi) { add(ci + "и", pi + "i") }
        }
        // Initials before the i- and ü-finals: j, q, x as цз, ц, с; and the plain ones that take them.
        let frontInitials: [(String, String)] = [("j", "цз"), ("q", "ц"), ("x", "с"), ("b", "б"), ("p", "п"), ("m", "м"),
                                                 ("d", "д"), ("t", "т"), ("n", "н"), ("l", "л")]
        let frontFinals: [(String, String)] = [("i", "и"), ("ia", "я"), ("ie", "е"), ("iao", "яо"), ("iu", "ю"), ("ian", "янь"),
                                               ("in", "инь"), ("iang", "ян"), ("ing", "ин"), ("iong", "юн")]
        let uFinals: [(String, String)] = [("u", "юй"), ("ue", "юэ"), ("uan", "юань"), ("un", "юнь")]
        for (pi, ci) in frontInitials {
            for (pf, cf) in frontFinals { add(ci + cf, pi + pf) }
            if ["j", "q", "x", "n", "l"].contains(pi) {
                for (pf, cf) in uFinals where ["j", "q", "x"].contains(pi) || pf == "u" || pf == "ue" { add(ci + cf, pi + pf) }
            }
        }
        // hui is written хуэй (Хуэйчжоу, Huizhou), not хуй.
        table["хуэй"] = "hui"
        table["хуй"] = nil
        return table
    }()

    /// The skeleton words of a Chinese person's name in pinyin (Zhou An, Guo Haigang, and the
    /// pinyin `chineseFromCyrillic` and Han romanization give), each behind `pinyinMark`, or nil for
    /// another name: two to three ASCII words, the first a common Chinese surname and every word
    /// a chain of pinyin syllables.
    ///
    /// Pinyin is one spelling per syllable, so its words are compared as they are: the variant
    /// rules and edit distance that join transliterations of Russian names (Sergeyenko, Sergeenko)
    /// made Zhou and Zhu one surname (ou → u) and Guo Haigang and Guo Haipeng one person (two
    /// letters in seven). The mark keeps `sameName` to exact matches for these words.
    static func pinyinSkeleton(_ words: [String]) -> [String]? {
        guard (2...3).contains(words.count) else { return nil }
        // (Skeleton words are lower-case already; a caller's may not be.)
        let words = words.contains(where: { $0.utf8.contains(where: { $0 &- 0x41 < 26 }) }) ? words.map { $0.lowercased() } : words
        guard pinyinSurnames.contains(words[0]),
              words.allSatisfy({ $0.utf8.count <= 18 && isPinyinChain($0) })
        else { return nil }
        return words.map { pinyinMark + $0 }
    }

    /// Prefix of a pinyin skeleton word (`pinyinSkeleton`); not a letter, so no other word has it.
    static let pinyinMark = "="

    /// Whether `word` (lowercase ASCII) is one or more pinyin syllables with nothing left over.
    static func isPinyinChain(_ word: String) -> Bool {
        let b = Array(word.utf8)
        guard !b.isEmpty, b.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        var reachable = [Bool](repeating: false, count: b.count + 1)
        reachable[0] = true
        for i in 0..<b.count where reachable[i] {
            for length in 1...min(6, b.count - i) where pinyinSyllables.contains(String(decoding: b[i..<(i + length)], as: UTF8.self)) {
                reachable[i + length] = true
            }
        }
        return reachable[b.count]
    }

    /// Every pinyin syllable (toneless, ü as u), from the Palladius table and its extra spellings.
    static let pinyinSyllables: Set<String> = Set(palladiusToPinyin.values).union(["lv", "nv", "lue", "nue"])

    /// `chineseSurnamesInCyrillic` in pinyin.
    static let pinyinSurnames: Set<String> = Set(chineseSurnamesInCyrillic.compactMap { palladiusSyllables($0)?.joined() })

    /// The hundred-odd commonest Chinese surnames in Palladius, the gate of `chineseFromCyrillic`
    /// (a Russian given name never opens it; Vietnamese surnames in Kontsevich's system, Ле, Хо,
    /// Чан, are read by `vietnameseFromCyrillic` first).
    static let chineseSurnamesInCyrillic: Set<String> = [
        "ли", "ван", "чжан", "лю", "чэнь", "ян", "хуан", "чжао", "чжоу", "сюй", "сунь", "ма", "чжу", "ху", "го",
        "хэ", "гао", "линь", "ло", "чжэн", "лян", "се", "сун", "тан", "хань", "фэн", "дэн", "цао", "пэн", "цзэн",
        "сяо", "тянь", "дун", "пань", "юань", "цай", "цзян", "юй", "ду", "е", "чэн", "вэй", "су", "люй", "дин",
        "жэнь", "лу", "яо", "шэнь", "чжун", "цуй", "тань", "фань", "ши", "цзинь", "ляо", "цзя", "ся", "фу", "фан",
        "бай", "цзоу", "мэн", "сюн", "цинь", "цю", "хоу", "инь", "сюэ", "янь", "дуань", "лэй", "лун", "тао", "мао",
        "хао", "гу", "гун", "шао", "вань", "цянь", "кун", "сян", "ци", "кан", "ню", "вэнь", "цзи", "гэ", "би",
        "нин", "лэн", "бянь", "мо", "си", "мяо", "чай", "ни", "цинь", "бао", "шан", "цзяо", "ань", "чу", "чжай",
        "оуян", "сыма", "чжугэ", "шангуань",
    ]
}
