import Foundation

/// People written in Han characters in some articles and in Latin script in others.
///
/// A Chinese person's name meets its pinyin in `skeletonWords` (王建国, Wang Jianguo). Two
/// other kinds of Han names do not:
/// - a foreign name transcribed syllable by syllable, as Xinhua's tables of foreign names
///   write it (卢卡申科 Lukashenko, 艾哈迈德·哈达德 Ahmed Haddad): its pinyin (lukashenke) is
///   no spelling of the name. Both sides are reduced to consonant classes word by word
///   (`hanSounds`, `latinSoundsForHan`): 卢卡申科 and Lukashenko are both l k C n k, with
///   the vowels a o a e (the first after each consonant, where both write one) to agree.
/// - a Vietnamese name written in the Han characters it comes from (阮文雄, Nguyễn Văn Hùng;
///   苏林, Tô Lâm): read back through the characters' Sino-Vietnamese readings (`hanViet`).
extension EntityLinker {
    /// Which clusters of people named only in Han characters join one cluster of people with
    /// Latin-script names, as (from, to) pairs.
    ///
    /// A transcribed name (two parts or more, between middle dots) joins the one Latin cluster
    /// (or, where there is none, the one named only in Cyrillic script, romanized) with as many
    /// words whose sounds agree (`soundsAgree`: the surname's consonant classes the same, a
    /// given name's the same or one other, vowels that agree). A name of two to four characters
    /// without a dot joins the one Latin cluster whose
    /// name, folded, is one of its Sino-Vietnamese readings. Two candidates join nothing (two
    /// people); so does a name of fewer than four consonant classes. Lookups are exact
    /// (dictionaries from surname class or reading to clusters), never a scan of all clusters.
    /// Last, a Latin cluster that is the Sino-Vietnamese reading of the Han name of exactly one
    /// cluster with pinyin and Han names joins it (Vương Kiến Quốc, Wang Jianguo and 王建国).
    /// `latinSounds`: `latinSoundsOfPeople(clusters)`, when computed beforehand.
    static func hanMerges(_ clusters: [(type: EntityType, names: [String: Int])],
                          latinSounds: [[[[Sound]]?]?]? = nil) -> [(from: Int, to: Int)] {
        /// Latin clusters by word count and surname classes, with the sounds of every word.
        var bySurname: [String: [(cluster: Int, words: [[Sound]])]] = [:]
        /// Latin clusters by folded name (Vietnamese readings).
        var byFolded: [String: [Int]] = [:]
        var han: [Int] = []
        /// Clusters filed through a Cyrillic name: targets only where no Latin cluster is one.
        var cyrillicOnly = Set<Int>()
        /// Clusters filed through an Arabic-script name (`arabicSoundsForHan`): targets only where no Latin or Cyrillic one is.
        var arabicOnly = Set<Int>()
        func file(_ i: Int, latin name: String, sounds: [[Sound]]?) {
            guard let words = sounds else { return }
            for surname in hanClassVariants(classes(words.last!)) {
                bySurname["\(words.count)|\(surname)", default: []].append((i, words))
            }
            // Readings are of two to four characters.
            guard words.count <= 4 else { return }
            let key = TextFolding.key(name)
            let folded = (asciiLetterRuns(key) ?? key.split(whereSeparator: { !$0.isLetter }).map(String.init))
                .map(stableVariant).joined(separator: " ")
            if byFolded[folded]?.contains(i) != true { byFolded[folded, default: []].append(i) }
        }
        /// Clusters with a Han name, and those of them with a Latin name too (a Chinese person
        /// and the pinyin of the name), with their Han names.
        var withHan = Set<Int>()
        var mixed: [(cluster: Int, han: [String])] = []
        for (i, c) in clusters.enumerated() where c.type == .person {
            var hasLatin = false, allHan = true
            var cyrillic: [String] = [], hanNames: [String] = [], arabic: [String] = []
            let known = latinSounds?[i]
            for (k, name) in c.names.keys.enumerated() {
                let latin: [[Sound]]?
                if let known { latin = known[k] } else { latin = latinSoundsForHan(name) }
                if let sounds = latin {
                    hasLatin = true
                    allHan = false
                    file(i, latin: name, sounds: sounds)
                } else if isHanName(name) {
                    hanNames.append(name)
                } else {
                    allHan = false
                    if name.unicodeScalars.contains(where: TextFolding.isCyrillic) { cyrillic.append(name) } else { arabic.append(name) }
                }
            }
            // A person named only in Cyrillic script: its BGN romanization (Игорь Кимиев, Igor'
            // Kimiyev), or for a Vietnamese name its Vietnamese spelling (Нгуен Минь Туан).
            if !hasLatin {
                if !cyrillic.isEmpty { cyrillicOnly.insert(i) }
                for name in cyrillic {
                    let latin = vietnameseFromCyrillic(name) ?? chineseFromCyrillic(name) ?? TextFolding.latinSkeleton(name)
                    file(i, latin: latin, sounds: latinSoundsForHan(latin))
                }
                // A person named only in Arabic script (and Cyrillic): Xinhua transcribes Arab names from
                // their Arabic sounds (阿德尔·沙欣, عادل شاهين).
                if cyrillic.isEmpty {
                    for name in arabic {
                        guard let words = arabicSoundsForHan(name) else { continue }
                        arabicOnly.insert(i)
                        for surname in hanClassVariants(classes(words.last!)) {
                            bySurname["\(words.count)|\(surname)", default: []].append((i, words))
                        }
                    }
                }
            }
            if !hasLatin && allHan { han.append(i) }
            if !hanNames.isEmpty { withHan.insert(i) }
            if hasLatin && !hanNames.isEmpty { mixed.append((i, hanNames)) }
        }
        func readingTargets(_ name: String) -> Set<Int> {
            var targets = Set<Int>()
            // As spelling variants are joined (Kontsevich's Нгуен: nguen, as normalized Nguyen).
            for r in hanViet(name) ?? [] {
                targets.formUnion(byFolded[r.split(separator: " ").map { stableVariant(String($0)) }.joined(separator: " ")] ?? [])
            }
            return targets
        }
        var merges: [(from: Int, to: Int)] = []
        for h in han {
            var targets = Set<Int>()
            for name in clusters[h].names.keys {
                if let alternatives = hanSounds(name) {
                    for words in alternatives {
                        guard words.reduce(0, { $0 + $1.filter { $0.consonant != "A" }.count }) >= 4 else { continue }
                        for cand in bySurname["\(words.count)|\(classes(words.last!))"] ?? [] where soundsAgree(words, cand.words) {
                            targets.insert(cand.cluster)
                        }
                    }
                } else {
                    targets.formUnion(readingTargets(name))
                }
            }
            // (A filter of the few targets: `subtracting` walked all of `cyrillicOnly`.) Latin names first, then
            // Cyrillic ones, then Arabic ones.
            let latin = targets.filter { !cyrillicOnly.contains($0) && !arabicOnly.contains($0) }
            if !latin.isEmpty {
                targets = latin
            } else {
                let cyrillic = targets.filter { cyrillicOnly.contains($0) }
                if !cyrillic.isEmpty { targets = cyrillic }
            }
            if targets.count == 1, let t = targets.first, clusters[t].type == clusters[h].type { merges.append((h, t)) }
        }
        // A Chinese person (王建国, Wang Jianguo) is written in Vietnamese as the Sino-Vietnamese
        // reading of the characters (Vương Kiến Quốc): the one cluster without Han names whose
        // name is that reading joins the person, when no other person's characters read so.
        var claims: [Int: [Int]] = [:]
        for m in mixed {
            var targets = Set<Int>()
            for name in m.han { targets.formUnion(readingTargets(name)) }
            targets.subtract(withHan)
            if targets.count == 1, let t = targets.first, clusters[t].type == clusters[m.cluster].type {
                claims[t, default: []].append(m.cluster)
            }
        }
        for (t, sources) in claims.sorted(by: { $0.key < $1.key }) where sources.count == 1 { merges.append((t, sources[0])) }
        return merges
    }

    /// `latinSoundsForHan` of every name of every person cluster (nil for another type), in the
    /// order of each cluster's `names.keys`: what `hanMerges` files Latin names by, computed
    /// beforehand on two threads. Name by name it was half of `hanMerges`, which ran on one
    /// thread beside `arabicMerges`, about half as long, so the other thread then waited.
    static func latinSoundsOfPeople(_ clusters: [(type: EntityType, names: [String: Int])]) -> [[[[Sound]]?]?] {
        let chunk = 512
        let chunks = (clusters.count + chunk - 1) / chunk
        let box = ConcurrentSlots<[[[[Sound]]?]?]>(count: chunks, empty: [])
        DispatchQueue.concurrentPerform(iterations: 2) { t in
            var c = t
            while c < chunks {
                box.set(c, clusters[(c * chunk)..<min(clusters.count, (c + 1) * chunk)].map { cluster in
                    cluster.type == .person ? cluster.names.keys.map(latinSoundsForHan) : nil
                })
                c += 2
            }
        }
        return Array(box.values.joined())
    }

    /// `normalizeVariant` until it changes nothing: its rules run once each in order, so
    /// Nguyen (nguen) and Kontsevich's Нгуен (nguen, then ngen) met only at the second pass.
    static func stableVariant(_ w: String) -> String {
        var w = w
        for _ in 0..<3 {
            let n = normalizeVariant(w)
            if n == w { break }
            w = n
        }
        return w
    }

    /// One consonant class of `latinSoundsForHan` or `hanSounds` and the vowel after it: a
    /// (a), o, u (u, ou), i (e i y) in Latin script; in Han, the vowels the character may stand for
    /// ("ai" for 赛, written for se and sai), or none when it writes a bare consonant (尔, 夫, 斯).
    struct Sound: Equatable {
        var consonant: Character
        var vowels: String
    }

    static func classes(_ word: [Sound]) -> String { String(word.map(\.consonant)) }

    /// A Han class may write a Latin one: the same, or for th (T) t or s (Arabic ث: 奥斯曼
    /// Othman) and for q (Q) k or g (古雷希 Qureshi, 卡西姆 Qasim).
    static func hanWrites(_ han: Character, _ latin: Character) -> Bool {
        han == latin || latin == "T" && (han == "t" || han == "s") || latin == "Q" && (han == "k" || han == "g")
    }

    /// The Han classes a Latin word's classes may be written with (`hanWrites`); the word
    /// alone past four variants.
    static func hanClassVariants(_ latin: String) -> [String] {
        guard latin.contains(where: { $0 == "T" || $0 == "Q" }) else { return [latin] }
        var out = [""]
        for c in latin {
            let options: [Character] = c == "T" ? ["t", "s"] : c == "Q" ? ["k", "g"] : [c]
            out = out.flatMap { prefix in options.map { prefix + String($0) } }
            if out.count > 4 { return [latin] }
        }
        return out
    }

    /// Han words `a` against Latin words `b` (same count, same surname classes): word by word
    /// the same classes, or (a word but the surname) as many classes, three or more, with one
    /// other than the first and a vowel after it on both sides (Xinhua keeps conventional
    /// forms of common given names: 弗拉基米尔 Vladimir, with k for d); and at each class a
    /// vowel both may have when both write one (a first vowel is free: Yevgeny, Evgueni,
    /// 叶夫根尼). Dibayev and Dobayev, or Anatoly (阿纳托利) and Andrei, stay apart.
    static func soundsAgree(_ a: [[Sound]], _ b: [[Sound]]) -> Bool {
        guard a.count == b.count else { return false }
        for (k, (x, y)) in zip(a, b).enumerated() {
            guard x.count == y.count else { return false }
            var other = 0
            for (i, (s, t)) in zip(x, y).enumerated() {
                if !hanWrites(s.consonant, t.consonant) {
                    // Both write a vowel after it, and it agrees: Vladimir's di is 基 ki, but
                    // Andrei's d (no vowel) is not Anatoly's 托.
                    other += 1
                    guard k < a.count - 1, i > 0, other == 1, x.count >= 3, !s.vowels.isEmpty, !t.vowels.isEmpty else { return false }
                }
                if s.consonant != "A", !s.vowels.isEmpty, !t.vowels.isEmpty {
                    // o and u are one vowel in a given name (尼古拉 Nikolai), two in a surname
                    // (科夫 Kov, not Kuv).
                    let loose: (Character) -> Character = { k < a.count - 1 && $0 == "u" ? "o" : $0 }
                    if !s.vowels.map(loose).contains(where: t.vowels.map(loose).contains) { return false }
                }
            }
        }
        return true
    }

    /// The name is Han characters only, with middle dots, hyphens or spaces between parts.
    static func isHanName(_ name: String) -> Bool {
        var any = false
        for s in name.unicodeScalars {
            if TextFolding.isHan(s) { any = true } else if !hanPartSeparators.contains(s) { return false }
        }
        return any
    }

    static let hanPartSeparators: Set<Unicode.Scalar> = ["·", "•", "・", "‧", "-", " ", "\u{2027}", "\u{30FB}"]

    /// The sounds of a Latin-script name word by word, as `hanSounds` writes a Han
    /// transcription: consonant classes A (a word that starts with a vowel or y), b, p, m, f (f
    /// v w ph), d (d dh), t (t th), n, l (l r: Xinhua writes both with one character), g (g gh,
    /// and gu before e or i), k (k q c ck), h (h kh), s (s, c before e i y), z, C (sh sch), c
    /// (ch tch), j (j dj dzh zh), T (th: t or s), Q (q: k or g); x is k s. A doubled letter is one (Haddad: hdd, 哈达德); a
    /// class takes the first vowel after it. Nil for a name with letters outside ASCII Latin
    /// once folded, or with fewer than two words.
    static func latinSoundsForHan(_ name: String) -> [[Sound]]? {
        // (Without the article of a middle word: Bashar al-Assad, 巴沙尔·阿萨德.)
        guard let words = latinNameWords(name), words.count >= 2 else { return nil }
        return words.map(latinWordSoundsForHan)
    }

    /// The sounds of a name in Arabic script word by word, as `latinSoundsForHan` gives a Latin
    /// one's, for a person no Latin or Cyrillic spelling names (عادل شاهين, 阿德尔·沙欣): classes as
    /// there (ح خ ه h, ث T, ق Q, ذ ض d, ظ z, ش C, تش c, ر l), a word's first alef, ain or ya its A,
    /// its first waw f (w); inside a word ا writes the vowel a, و o or u, ي i, and a short vowel
    /// is not written (no vowel: it agrees with any), but a final taa marbuta is a (فاطمة, 法蒂玛). Ain and hamza inside a word
    /// are no class, nor is a final ه after a vowel letter (أندريه, Andrei). Nil for a name of
    /// one word or with letters of another script.
    static func arabicSoundsForHan(_ name: String) -> [[Sound]]? {
        guard let words = arabicNameWords(name), words.count >= 2 else { return nil }
        return words.map { s in
            var out: [Sound] = []
            var i = 0
            func vowel(_ v: String) {
                if let last = out.last, last.vowels.isEmpty, last.consonant != "A" { out[out.count - 1].vowels = v }
            }
            while i < s.count {
                let v = s[i].value
                let first = i == 0
                i += 1
                switch v {
                case 0x0627, 0x0623, 0x0625, 0x0622, 0x0671, 0x0639: if first { out.append(Sound(consonant: "A", vowels: "")) } else if v != 0x0639 { vowel("a") }
                case 0x0649: vowel("a")
                case 0x0648: if first { out.append(Sound(consonant: "f", vowels: "")) } else { vowel("ou") }
                case 0x064A: if first { out.append(Sound(consonant: "A", vowels: "")) } else { vowel("i") }
                case 0x0629: vowel("a")   // فاطمة, 法蒂玛
                case 0x0621, 0x0626, 0x0624: break
                case 0x0647 where i == s.count && i > 1 && [0x0627, 0x0648, 0x064A].contains(s[i - 2].value): break
                default:
                    let c: Character
                    switch v {
                    case 0x0628: c = "b"
                    case 0x067E: c = "p"
                    case 0x062A:
                        if i < s.count, s[i].value == 0x0634 { c = "c"; i += 1 } else { c = "t" }
                    case 0x0637: c = "t"
                    case 0x062B: c = "T"
                    case 0x062C: c = "j"
                    case 0x0686: c = "c"
                    case 0x062D, 0x062E, 0x0647: c = "h"
                    case 0x062F, 0x0630, 0x0636: c = "d"
                    case 0x0631, 0x0644: c = "l"
                    case 0x0632, 0x0638, 0x0698: c = "z"
                    case 0x0633, 0x0635: c = "s"
                    case 0x0634: c = "C"
                    case 0x063A, 0x06AF: c = "g"
                    case 0x0642: c = "Q"
                    case 0x0643, 0x06A9: c = "k"
                    case 0x0641, 0x06A4: c = "f"
                    case 0x0645: c = "m"
                    case 0x0646: c = "n"
                    default: continue
                    }
                    out.append(Sound(consonant: c, vowels: ""))
                }
            }
            return out
        }
    }

    static func latinWordSoundsForHan(_ w: [UInt8]) -> [Sound] {
        // Over the bytes (the word is ASCII letters): a `Character` made per letter and
        // `"aeiouy".contains` per letter (each a walk over a string's characters) were most of it.
        var out: [Sound] = []
        var i = 0
        let space: UInt8 = 0x20
        func at(_ k: Int) -> UInt8 { k >= 0 && k < w.count ? w[k] : space }
        func isVowel(_ b: UInt8) -> Bool {
            b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79   // a e i o u y
        }
        func starts(_ s: [UInt8]) -> Bool {
            var k = i
            for c in s { if k >= w.count || w[k] != c { return false }; k += 1 }
            return true
        }
        func emit(_ classes: String) { for c in classes { out.append(Sound(consonant: c, vowels: "")) } }
        while i < w.count {
            let c = at(i)
            // A doubled letter is one letter.
            if i > 0, at(i - 1) == c, !isVowel(c) { i += 1; continue }
            if isVowel(c) {
                if i == 0 { out.append(Sound(consonant: "A", vowels: "")) }
                if let last = out.last, last.vowels.isEmpty, last.consonant != "A" {
                    // French ou is u.
                    out[out.count - 1].vowels = c == 0x61 ? "a" : c == 0x6F ? (at(i + 1) == 0x75 ? "u" : "o") : c == 0x75 ? "u" : "i"
                }
                i += 1
                continue
            }
            var matched = false
            for (group, cls, step) in latinGroupBytesForHan where starts(group) {
                emit(cls)
                i += step
                matched = true
                break
            }
            if matched { continue }
            switch c {
            case 0x62: emit("b")                              // b
            case 0x70: emit("p")                              // p
            case 0x6D: emit("m")                              // m
            case 0x66, 0x76, 0x77: emit("f")                  // f v w
            case 0x64: emit("d")                              // d
            case 0x74: emit("t")                              // t
            case 0x6E: emit("n")                              // n
            case 0x6C, 0x72: emit("l")                        // l r
            case 0x67: emit("g")                              // g
            case 0x6B: emit("k")                              // k
            case 0x71: emit("Q")                              // q
            case 0x63:                                        // c
                let next = at(i + 1)
                emit(next == 0x65 || next == 0x69 || next == 0x79 ? "s" : "k")
            case 0x68: emit("h")                              // h
            case 0x73: emit("s")                              // s
            case 0x7A: emit("z")                              // z
            case 0x6A: emit("j")                              // j
            case 0x78: emit(i == 0 ? "s" : "ks")              // x
            default: break
            }
            i += 1
        }
        return out
    }

    /// `latinGroupsForHan` as bytes, with how far each moves on (gue, gui: the vowel is read next).
    static let latinGroupBytesForHan: [([UInt8], String, Int)] = latinGroupsForHan.map { group, cls in
        (Array(group.utf8), cls, group.utf8.count - (group.hasSuffix("e") || group.hasSuffix("i") ? 1 : 0))
    }

    /// `latinWordSoundsForHan`'s letter groups (gue, gui: the g, the vowel kept), longest first at each start.
    static let latinGroupsForHan: [(String, String)] = [
        ("tsch", "c"), ("dzh", "j"), ("tch", "c"), ("sch", "C"), ("sh", "C"), ("ch", "c"), ("zh", "j"), ("dj", "j"),
        ("kh", "h"), ("gh", "g"), ("ph", "f"), ("th", "T"), ("dh", "d"), ("ck", "k"), ("qu", "Q"),
        ("gue", "g"), ("gui", "g"),
    ]

    /// The sounds of a Han transcription of a foreign name (classes as in `latinSoundsForHan`),
    /// part by part between middle dots, through `hanSyllables` and `hanVowels`; every
    /// combination when a character stands for more than one class (季: d or t). A nasal coda
    /// before the same nasal is one (根纳季 Gennady: gnd), and n before m is the m (穆罕默德
    /// Mohammed: mhmd). A part that is a conventional form of a given name (亚历山大 Alexander:
    /// `xinhuaConventionalGivenNames`) also reads as its Latin spellings. Nil for a name of one
    /// part, or with a character that is not in the table (a Chinese name, 王建国).
    static func hanSounds(_ name: String) -> [[[Sound]]]? {
        let parts = name.unicodeScalars.split(whereSeparator: { hanPartSeparators.contains($0) })
        guard parts.count >= 2 else { return nil }
        var result: [[[Sound]]] = [[]]
        // (Each conventional form multiplies the limit by its alternatives: a name read before reads still.)
        var limit = 16
        for part in parts {
            var words: [[Sound]] = [[]]
            // A conventional form (亚历山大 Alexander): the sounds of its Latin spellings, and its
            // syllables' too when the table has them all.
            let conventional = conventionalGivenNameSounds(part)
            for (k, s) in part.enumerated() {
                let ch = Character(s)
                guard let alternatives = hanSyllables[ch] else {
                    if conventional != nil { words = []; break }
                    return nil
                }
                let vowels = hanVowels[ch] ?? ""
                var next: [[Sound]] = []
                for w in words {
                    for alt in alternatives {
                        var a = Substring(alt)
                        if a.first == "A" && k > 0 { a = a.dropFirst() }
                        var w = w
                        // A nasal coda (N) before n or m is that consonant.
                        if let first = a.first, w.last?.consonant == "N", first == "n" || first == "m" { w.removeLast() }
                        for (j, c) in a.enumerated() {
                            w.append(Sound(consonant: c, vowels: j == 0 && c != "N" ? vowels : ""))
                        }
                        next.append(w)
                    }
                }
                words = next
                guard words.count <= 8 else { return nil }
            }
            if let conventional {
                words = conventional + words
                limit *= words.count
            }
            var combined: [[[Sound]]] = []
            for r in result {
                for w in words {
                    // The coda mark is only for the next character of the word.
                    combined.append(r + [w.map { $0.consonant == "N" ? Sound(consonant: "n", vowels: "") : $0 }])
                }
            }
            result = combined
            guard result.count <= limit else { return nil }
        }
        return result
    }

    /// Sino-Vietnamese readings of a Vietnamese name written in Han characters, folded (苏林:
    /// "to lam"; 黄文勇: "hoang van dung", "huynh van dung"), or nil when it is not two to four
    /// characters with a reading each.
    static func hanViet(_ name: String) -> [String]? {
        let chars = Array(name)
        guard (2...4).contains(chars.count) else { return nil }
        var out = [""]
        for ch in chars {
            guard let readings = hanVietReadings[ch] else { return nil }
            out = out.flatMap { prefix in readings.map { prefix.isEmpty ? $0 : prefix + " " + $0 } }
        }
        return out
    }

    /// Consonant classes of the characters of Xinhua's transcription tables (外国人名译名):
    /// onset, then N for a nasal coda (n in the result); A for a syllable without a consonant (written at the
    /// start of a word only). Alternatives where one character stands for several sounds.
    static let hanSyllables: [Character: [String]] = {
        var t: [Character: [String]] = [:]
        let table: [(String, String)] = [
            // Vowels and glides (A at the start of a word, nothing inside it).
            ("阿艾埃爱奥欧伊依易亚雅耶叶约尤优于乌厄俄", "A"), ("安恩因英延扬尹云温翁", "AN"),
            // b p m f
            ("巴拜白百柏包保鲍贝比彼别波伯博布卜", "b"), ("班邦本宾彬滨", "bN"),
            ("帕派佩皮珀普蒲朴坡", "p"), ("潘庞彭平", "pN"),
            ("马玛迈麦毛茂梅美米密莫默姆穆木慕摩", "m"), ("曼芒门蒙缅明敏满孟", "mN"),
            ("法菲费佛弗夫福富傅瓦威韦维魏沃", "f"), ("凡范方芬丰冯旺万文", "fN"),
            // d t n l
            ("达大代戴道德迪狄杜多朵", "d"), ("丹当登丁东敦", "dN"),
            ("塔泰陶特提蒂图土托陀", "t"), ("坦汤唐滕廷通吞顿", "tN"),
            ("纳乃瑙内尼涅聂努诺娜妮纽", "n"), ("南嫩年宁农", "nN"),
            ("拉莱劳勒雷蕾黎里利立丽莉历列烈留柳卢鲁路露罗洛略吕尔儿瑞", "l"), ("兰朗连林琳伦荣仑", "lN"),
            // g k h
            ("加嘎盖高戈格古瓜圭贵郭果哥歌", "g"), ("甘冈根贡", "gN"),
            ("卡凯考柯科克库夸奎阔基", "k"), ("坎康肯孔昆", "kN"),
            ("哈海豪赫黑侯胡华怀霍惠辉休", "h"), ("汉罕杭亨洪", "hN"),
            // s z sh ch j
            ("萨赛瑟塞斯丝思苏素索西锡", "s"), ("桑森松孙辛", "sN"),
            ("扎泽兹佐祖", "z"), ("赞藏宗", "zN"),
            ("沙莎绍舍施什舒朔", "C"), ("山尚申沈圣", "CN"),
            ("查恰柴切契丘楚秋", "c"), ("钱琴钦琼", "cN"),
            ("贾久居焦热日若", "j"),
        ]
        for (chars, cls) in table { for ch in chars { t[ch] = [cls] } }
        // One character, several sounds: 季 Russian ди and ти; 京 tin and din (普京 Putin);
        // 杰 je and Russian де; 吉 gi and ji; 金 kin, gin and jin; 希 hi and shi; 谢 se and she;
        // 奇 chi and ki; 齐 zi, tsi and chi; 济 zi and ji; 波 po and bo; 捷 Russian те; 乔 cho and jo; 欣 hin and shin.
        let several: [(Character, [String])] = [
            ("季", ["d", "t"]), ("京", ["tN", "dN", "jN"]), ("杰", ["j", "d"]), ("吉", ["g", "j"]), ("金", ["kN", "gN", "jN"]),
            ("希", ["h", "C"]), ("谢", ["s", "C"]), ("奇", ["c", "k"]), ("齐", ["z", "s", "c"]), ("济", ["z", "j"]),
            ("波", ["p", "b"]), ("捷", ["t"]), ("乔", ["c", "j"]), ("欣", ["hN", "CN"]),
        ]
        for (ch, classes) in several { t[ch] = classes }
        return t
    }()

    /// The vowels a character of `hanSyllables` writes after its consonant (classes of
    /// `Sound`): 卡 ka, 科 ko, 库 ku, 基 ki, 谢 se (i); "ai" for a character written for
    /// both (赛 se and sai, 盖 in 谢尔盖 Sergei), "ao" for ang (邦 bon). A character missing here (尔, 夫, 斯, 姆:
    /// bare consonants; 包, 高: ao, for a, o and au) agrees with any vowel.
    static let hanVowels: [Character: String] = {
        let table: [(String, String)] = [
            ("阿巴帕马玛法瓦达大塔纳拉加嘎卡哈萨扎沙莎查恰贾亚雅安班潘曼满凡范万丹坦南兰甘坎汉罕赞山夸瓜华", "a"),
            // ang for an and on (邦达列夫 Bondarev, 康斯坦丁 Konstantin).
            ("方旺当汤唐朗冈康杭桑藏尚扬庞芒邦", "ao"),
            ("艾爱拜白百派迈麦代戴泰莱盖凯海怀赛柴塞埃乃", "ai"),
            ("奥欧博波伯莫摩沃佛多朵托陀诺罗洛戈郭果科阔霍索佐绍朔约若乔东通农贡孔洪松宗蒙翁侯", "o"),
            ("布卜普蒲穆木慕福富傅杜图土努卢鲁路露吕古库胡苏素祖舒楚丘秋久居尤优乌于敦吞顿伦昆孙纽留柳休", "u"),
            // Bare consonants that Xinhua also writes for the syllable with e (特 te, 德 de).
            ("特德克格勒赫瑟", "i"),
            ("伊依易耶叶比彼别皮米密梅美菲迪狄提蒂尼涅聂妮里利立丽莉历列烈黎雷蕾基吉季希西锡谢奇齐济契切杰捷佩贝韦维魏威内黑"
                + "泽舍森辛宾彬滨本门缅明敏芬年宁林琳连丁廷滕登根肯亨申沈圣琴钦金京因恩英尹彭平孟文温", "i"),
            ("费", "ai"),
        ]
        var t: [Character: String] = [:]
        for (chars, v) in table { for ch in chars { t[ch] = v } }
        return t
    }()

    /// Sino-Vietnamese (Hán-Việt) readings of characters common in Vietnamese names, folded
    /// (no tones or marks, đ as d): `hanVietSpellings` folded.
    static let hanVietReadings: [Character: [String]] = hanVietSpellings.mapValues { spellings in
        var folded: [String] = []
        for r in spellings.map(TextFolding.key) where !folded.contains(r) { folded.append(r) }
        return folded
    }
}
