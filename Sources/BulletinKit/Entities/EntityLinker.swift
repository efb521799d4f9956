import Foundation

/// Gives one entity one canonical name across the articles of a corpus.
///
/// Within an article, short forms are already grouped. Across articles, two
/// entities of the same type are the same when their names reduce to the same
/// Latin skeleton word by word (case, diacritics, Cyrillic and Han transliterated,
/// common transliteration variants such as ey/e, ks/x, ou/u joined) or differ by
/// a small edit distance in each word. Every word must match its counterpart, so
/// two people who share one word ("Xi Jinping", "Xie Xiaoyong") stay apart.
public enum EntityLinker {
    /// Rewrites `name` of every non-country entity to its cluster's canonical name.
    public static func link(_ articles: inout [Article]) {
        link(&articles, joinArabicByConsonants: true)
    }

    /// `link`, with the joins of Arabic-script and Han people to Latin-script ones
    /// (`arabicMerges`, `hanMerges`) optional: tests compare the rest with a plain scan that
    /// has no such step.
    static func link(_ articles: inout [Article], joinArabicByConsonants: Bool) {
        var items: [Item] = []
        var refs: [(article: Int, entity: Int)] = []
        for (ai, article) in articles.enumerated() {
            for (ei, e) in article.entities.enumerated() where e.type != .country {
                items.append(Item(name: e.name, type: e.type, weight: 1))
                refs.append((ai, ei))
            }
        }
        for (r, renamed) in zip(refs, cluster(items, joinArabicByConsonants: joinArabicByConsonants)) {
            guard let renamed else { continue }
            var e = articles[r.article].entities[r.entity]
            e.type = renamed.type
            if !e.aliases.contains(e.name) { e.aliases.insert(e.name, at: 0) }
            e.name = renamed.name
            articles[r.article].entities[r.entity] = e
        }
    }

    /// One name to link: `weight` mentions of it, as `weight` entities in a row would be.
    public struct Item: Sendable {
        public var name: String
        public var type: EntityType
        public var weight: Int
        public init(name: String, type: EntityType, weight: Int) {
            self.name = name
            self.type = type
            self.weight = weight
        }
    }

    /// For each item (in order of first mention), the canonical name and type `link` gives
    /// its entities, or nil when `link` leaves them alone (a cluster of one name). The index
    /// links each distinct name once with its mention count as weight, instead of one
    /// synthetic entity per mention (a million at 100,000 articles).
    public static func cluster(_ items: [Item]) -> [(name: String, type: EntityType)?] {
        cluster(items, joinArabicByConsonants: true)
    }

    /// `threadsFrom`: items of each of the two groups of types (and clusters, for the joins) from
    /// which the work is split between two threads (tests compare both ways).
    static func cluster(_ items: [Item], joinArabicByConsonants: Bool,
                        threadsFrom: Int = 4096) -> [(name: String, type: EntityType)?] {
        struct Cluster {
            var type: EntityType; var words: [String]; var items: [Int]; var names: [String: Int]
            /// Names of the full form this cluster was joined to (a surname-only cluster takes its canonical name from them).
            var fullNames: [String: Int]? = nil
            var absorbed = false
        }
        let skeletons = skeletonsOfItems(items)
        // Names are only ever matched with names of their own type, so each type's clusters
        // are made apart (on two threads when there are many items), then put back in the order
        // of their first items: the clusters, and their order, a single pass would make.
        var typeOrder: [EntityType] = []
        var itemsByType: [EntityType: [Int]] = [:]
        for (ii, e) in items.enumerated() where e.type != .country && e.weight > 0 && !skeletons[ii].isEmpty {
            if itemsByType[e.type] == nil { typeOrder.append(e.type) }
            itemsByType[e.type, default: []].append(ii)
        }
        /// The clusters of one type's items (ascending), each with its first item's index.
        @Sendable func clustersOf(_ indices: [Int]) -> [Cluster] {
            var clusters: [Cluster] = []
            var byExact: [String: Int] = [:]
            // Which earlier clusters a new name may match (`LinkBlocks`): scanning every cluster
            // for every new name was quadratic in distinct names (minutes at 100,000 of them).
            var blocks = LinkBlocks()
            for ii in indices {
                let e = items[ii]
                let words = skeletons[ii]
                let exact = e.type.rawValue + "|" + words.joined(separator: " ")
                var found = byExact[exact]
                if found == nil {
                    // The first cluster (lowest index) that matches, as a scan of all of them would find.
                    found = blocks.firstMatch(type: e.type, words: words) { i in
                        clusters[i].type == e.type && sameName(clusters[i].words, words)
                            && !twoAcronyms(items[clusters[i].items[0]].name, e.name)
                    }
                }
                if let f = found {
                    clusters[f].items.append(ii)
                    clusters[f].names[e.name, default: 0] += e.weight
                    // A cluster's words never change: `sameName` and `byExact` only join names with
                    // as many words, so the words it is filed under in `blocks` stay its words.
                    byExact[exact] = f
                } else {
                    clusters.append(Cluster(type: e.type, words: words, items: [ii], names: [e.name: e.weight]))
                    blocks.insert(clusters.count - 1, type: e.type, words: words)
                    byExact[exact] = clusters.count - 1
                }
            }
            return clusters
        }
        // Two groups of types of about as many items each: the largest type first, each next
        // one to the smaller group.
        var groups: [[EntityType]] = [[], []]
        var sizes = [0, 0]
        for type in typeOrder.sorted(by: { (itemsByType[$0]!.count, $1.rawValue) > (itemsByType[$1]!.count, $0.rawValue) }) {
            let g = sizes[0] <= sizes[1] ? 0 : 1
            groups[g].append(type)
            sizes[g] += itemsByType[type]!.count
        }
        var perType: [[Cluster]]
        if min(sizes[0], sizes[1]) >= threadsFrom && ProcessInfo.processInfo.activeProcessorCount > 1 {
            let box = ConcurrentSlots<[[Cluster]]>(count: 2, empty: [])
            let (groups, itemsByType) = (groups, itemsByType)
            DispatchQueue.concurrentPerform(iterations: 2) { g in
                box.set(g, groups[g].map { clustersOf(itemsByType[$0]!) })
            }
            perType = Array(box.values.joined())
        } else {
            perType = typeOrder.map { clustersOf(itemsByType[$0]!) }
        }
        // Merged by first item: every cluster's first item is the item that made it.
        var clusters: [Cluster] = []
        clusters.reserveCapacity(perType.reduce(0) { $0 + $1.count })
        var heads = [Int](repeating: 0, count: perType.count)
        while true {
            var next = -1
            for t in perType.indices where heads[t] < perType[t].count {
                if next < 0 || perType[t][heads[t]].items[0] < perType[next][heads[next]].items[0] { next = t }
            }
            guard next >= 0 else { break }
            clusters.append(perType[next][heads[next]])
            heads[next] += 1
        }
        perType = []
        // A person written in Arabic script joins the one person in Latin script whose name has
        // the same consonants word by word (`arabicMerges`); one written in Han characters, the
        // one whose name has the consonants of its transcription or is its Sino-Vietnamese
        // reading (`hanMerges`); one written only in Vietnamese, the one pinyin name it is a reading
        // of (`pinyinHanVietMerges`). `root` maps a merged cluster to the cluster it joined, so that
        // its surname still leads to it below.
        var root = Array(clusters.indices)
        let crossScript = joinArabicByConsonants ? clusters.map { ($0.type, $0.names) } : []
        // A cluster may join one that joins another (阮文雄 joins Nguyen Van Hung, which the
        // Chinese spelling of another cluster reads as): each join goes to the end of the chain.
        func find(_ i: Int) -> Int {
            var i = i
            while root[i] != i { i = root[i] }
            return i
        }
        var merges: [(from: Int, to: Int)] = []
        if joinArabicByConsonants {
            // Independent of each other: on two threads when there are many names.
            if crossScript.count >= threadsFrom && ProcessInfo.processInfo.activeProcessorCount > 1 {
                // The Latin names' sounds first, on both threads: `hanMerges` was twice as long as
                // `arabicMerges` with them (812M against 369M instructions at 10,000 articles).
                let sounds = latinSoundsOfPeople(crossScript)
                let box = ConcurrentSlots<[(from: Int, to: Int)]>(count: 2, empty: [])
                DispatchQueue.concurrentPerform(iterations: 2) { k in
                    box.set(k, k == 0 ? arabicMerges(crossScript) : hanMerges(crossScript, latinSounds: sounds) + pinyinHanVietMerges(crossScript))
                }
                merges = Array(box.values.joined())
            } else {
                merges = arabicMerges(crossScript) + hanMerges(crossScript) + pinyinHanVietMerges(crossScript)
            }
        }
        for (f, t) in merges {
            let from = find(f), to = find(t)
            guard from != to else { continue }
            clusters[to].items += clusters[from].items
            for (n, c) in clusters[from].names { clusters[to].names[n, default: 0] += c }
            clusters[from].absorbed = true
            root[from] = to
        }
        // A person known by one word in some articles ("Ruto") and by a full name in others
        // ("William Ruto") is one entity when exactly one full name in the corpus ends with that
        // word; two full names that share it ("Ayman Safadi", "Ahmed Safadi") leave it alone, and
        // two full names are never joined by a shared word (only one-word clusters move).
        var byLast: [String: [Int]] = [:]
        for (i, c) in clusters.enumerated() where c.type == .person && c.words.count >= 2 {
            guard var last = c.words.last else { continue }
            // ("Chính" after "Phạm Minh Chính": a Vietnamese name's words are marked (`vietnameseSkeleton`), a lone one not.)
            if isVietnameseSkeleton(c.words) { last.removeFirst() }
            if byLast[last]?.contains(find(i)) != true { byLast[last, default: []].append(find(i)) }
        }
        // A lone capitalized word without a cue is typed organization by default; one that is
        // exactly one person's surname elsewhere is that person (not an acronym: "IGAD" stays).
        func mayBeSurname(_ c: Cluster) -> Bool {
            c.type == .person || c.type == .organization && c.names.keys.allSatisfy { n in n.contains { $0.isLowercase } && !n.contains(" ") }
        }
        for i in clusters.indices where clusters[i].words.count == 1 && !clusters[i].absorbed && mayBeSurname(clusters[i]) {
            guard let word = clusters[i].words.first, word.count >= 3, let targets = byLast[word], targets.count == 1 else { continue }
            let t = targets[0]
            if clusters[t].fullNames == nil { clusters[t].fullNames = clusters[t].names }
            clusters[t].items += clusters[i].items
            for (n, c) in clusters[i].names { clusters[t].names[n, default: 0] += c }
            clusters[i].absorbed = true
        }
        var result = [(name: String, type: EntityType)?](repeating: nil, count: items.count)
        for c in clusters where !c.absorbed && (c.names.count > 1 || c.fullNames != nil) {
            let canonical = preferredName(c.fullNames ?? c.names)
            for i in c.items { result[i] = (canonical, c.type) }
        }
        return result
    }


    /// The words `link` compares: the name's Latin skeleton, word by word, each rewritten by
    /// `normalizeVariant`.
    ///
    /// A person's name in Han characters is written without spaces, and its romanization writes
    /// the given name as one word (王建国, Wang Jianguo; 李强, Li Qiang): a name of two or three
    /// characters is the surname's syllable, then the given name's syllables joined; a longer run
    /// (a foreign name, 卢卡申科) or each part between middle dots (伊戈尔·谢尔盖耶夫) is one word.
    /// Syllable by syllable, 王建国 had three words and never met "Wang Jianguo".
    /// A Vietnamese name written in Cyrillic as Russian writes it (Kontsevich's system: Нгуен
    /// Ван Хунг, Буй Тхе Зунг, Чинь Куок Кхань), back in the Vietnamese alphabet without its
    /// tones (nguyen van hung, bui the dung, trinh quoc khanh), or nil for another name. BGN
    /// romanization of the Cyrillic gives Khung, Zung and Chin', which never meet the
    /// Vietnamese spelling. A name qualifies when its first word is a common Vietnamese
    /// surname in Cyrillic and it has two to four short Cyrillic words; Chinese and Korean
    /// surnames (Ли, Ван, Ким) are not in the list, and Ли (Lý) qualifies only with a word only
    /// Kontsevich's Vietnamese writes (`kontsevichOnly`: Ли Тхань Линь, Ly Thanh Linh).
    static func vietnameseFromCyrillic(_ name: String) -> String? {
        // The first word must be Cyrillic: when the first scalar that is not a space is not
        // (every Latin, Han or Arabic name of a person), the answer is nil without the split
        // by `Character` and the lower-casing (`vietnameseFromCyrillicGateAgrees` checks it).
        guard let first = name.unicodeScalars.first(where: { $0 != " " }), TextFolding.isCyrillic(first) else { return nil }
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count) else { return nil }
        let surname = words[0].lowercased()
        guard vietnameseSurnamesInCyrillic.contains(surname) || surname == "ли",
              words.allSatisfy({ $0.count <= 7 && $0.unicodeScalars.allSatisfy(TextFolding.isCyrillic) })
        else { return nil }
        if surname != "ли" {
            return words.map { kontsevichToVietnamese($0.lowercased()) }.joined(separator: " ")
        }
        // Ли is Chinese Li and Korean Lee (Ли Цян, Ли Мён Бак) as well as Vietnamese Lý (Ли Тхыонг Киет): Vietnamese
        // when a later word is spelled as only Kontsevich's Vietnamese spells (`kontsevichOnly`).
        guard words.dropFirst().contains(where: { kontsevichOnly($0.lowercased()) }) else { return nil }
        return (["ly"] + words.dropFirst().map { kontsevichToVietnamese($0.lowercased()) }).joined(separator: " ")
    }

    /// A Cyrillic word spelled as Kontsevich writes Vietnamese and neither Palladius's Chinese nor Kontsevich's
    /// Korean does: a final нг (Chinese and Korean -ng are н: Ван, Лян, Кан), тх or кх before a vowel other than
    /// э (Thanh: Тхань, Khanh: Кхань; Korean writes Тхэ), or уо/ыо (Quốc: Куок, Phương: Фыонг).
    static func kontsevichOnly(_ word: String) -> Bool {
        let c = Array(word.unicodeScalars)
        guard c.count >= 3 else { return false }
        if c[c.count - 2] == "н" && c[c.count - 1] == "г" { return true }
        if (c[0] == "т" || c[0] == "к") && c[1] == "х" && "аеиоуыяю".unicodeScalars.contains(c[2]) { return true }
        for i in 1..<c.count where c[i] == "о" && (c[i - 1] == "у" || c[i - 1] == "ы") { return true }
        return false
    }

    static let vietnameseSurnamesInCyrillic: Set<String> = [
        "нгуен", "чан", "ле", "фам", "хоанг", "хюинь", "фан", "ву", "во", "данг", "буй", "до", "хо", "нго",
        "зыонг", "лыонг", "чинь", "динь", "дао", "доан", "май", "лам", "то", "выонг", "тхай", "кхуат", "куач",
    ]

    /// One lowercase word of `vietnameseFromCyrillic`: тх th, кх kh, нь nh, нг ng, ку before a
    /// vowel qu, к c (k before и е), ч tr, з d, ф ph, с x, ш s, ы u, й i, ю uy, я ia, ье ie; ь dropped.
    static let kontsevichPairs: [Character: [Character: String]] = ["т": ["х": "th"], "к": ["х": "kh"], "н": ["ь": "nh", "г": "ng"]]

    static func kontsevichToVietnamese(_ word: String) -> String {
        let c = Array(word)
        var out = ""
        var i = 0
        while i < c.count {
            let ch = c[i]
            let next: Character? = i + 1 < c.count ? c[i + 1] : nil
            if let next, let pair = kontsevichPairs[ch]?[next] {
                out += pair
                i += 2
                continue
            }
            if ch == "к", next == "у", i + 2 < c.count, "аоеиыя".contains(c[i + 2]) {
                out += "qu"
                i += 2
                continue
            }
            switch ch {
            case "а": out += "a"
            case "б": out += "b"
            case "в": out += "v"
            case "г": out += "g"
            case "д", "з": out += "d"
            case "е", "э", "ё": out += "e"
            case "ж": out += "gi"
            case "и", "й": out += "i"
            case "к": out += next == "и" || next == "е" || next == "э" ? "k" : "c"
            case "л": out += "l"
            case "м": out += "m"
            case "н": out += "n"
            case "о": out += "o"
            case "п": out += "p"
            case "р": out += "r"
            case "с": out += "x"
            case "т": out += "t"
            case "у", "ы": out += "u"
            case "ф": out += "ph"
            case "х": out += "h"
            case "ц": out += "ts"
            case "ч": out += "tr"
            case "ш", "щ": out += "s"
            case "ю": out += "uy"
            case "я": out += "ia"
            case "ь": if next == "е" { out += "i" }   // Зьеу: Diệu
            default: break
            }
            i += 1
        }
        return out
    }

    /// `skeletonWords` of each item (empty for a country or a weight of 0), each distinct
    /// name once; on every core when there are thousands (the index's finish links every
    /// distinct name of the corpus, 100,000 and more, on one thread after the files are
    /// written, and the skeletons were half of it).
    static func skeletonsOfItems(_ items: [Item]) -> [[String]] {
        var slotOf: [String: Int] = [:]
        var distinct: [(name: String, type: EntityType)] = []
        var slots = [Int](repeating: -1, count: items.count)
        for (i, e) in items.enumerated() where e.type != .country && e.weight > 0 {
            // Persons have their own skeletons (Han names split into surname and given name).
            let key = e.type == .person ? "p\u{1F}" + e.name : e.name
            if let slot = slotOf[key] {
                slots[i] = slot
            } else {
                slotOf[key] = distinct.count
                slots[i] = distinct.count
                distinct.append((e.name, e.type))
            }
        }
        let chunk = 1024
        let chunks = (distinct.count + chunk - 1) / chunk
        let threads = min(ProcessInfo.processInfo.activeProcessorCount, 8)
        var words: [[String]]
        if chunks >= 4 && threads > 1 {
            let box = ConcurrentSlots<[[String]]>(count: chunks, empty: [])
            let distinct = distinct
            DispatchQueue.concurrentPerform(iterations: threads) { t in
                var c = t
                while c < chunks {
                    box.set(c, distinct[(c * chunk)..<min(distinct.count, (c + 1) * chunk)].map { skeletonWords($0.name, $0.type) })
                    c += threads
                }
            }
            words = Array(box.values.joined())
        } else {
            words = distinct.map { skeletonWords($0.name, $0.type) }
        }
        return slots.map { $0 < 0 ? [] : words[$0] }
    }

    /// `text.split(whereSeparator: { !$0.isLetter })` over the bytes of an ASCII text (nearly
    /// every skeleton: Latin names, Cyrillic and Han ones once transliterated and folded), nil
    /// for another text. Exact: in ASCII a Character is one byte (or CR LF, no letter) and is a
    /// letter exactly when it is A–Z or a–z; splitting by Characters asked the grapheme breaker
    /// and the Unicode properties of each one, for every distinct name at the index's finish.
    static func asciiLetterRuns(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { buf -> [String]? in
            var runs: [String] = []
            var start = -1
            for i in 0..<buf.count {
                let b = buf[i]
                if b >= 0x80 { return nil }
                if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    runs.append(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self))
                    start = -1
                }
            }
            if start >= 0 { runs.append(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<buf.count]), as: UTF8.self)) }
            return runs
        }
    }

    /// `text.split(whereSeparator: { !($0.isASCII && $0.isLetter) })`, each word as its bytes: the
    /// words of a folded Latin name (`latinConsonants`, `latinSoundsForHan`). An ASCII text (nearly
    /// every folded key) is split over its bytes: there a `Character` is one byte (or CR LF, no
    /// letter), and a letter when it is A–Z or a–z.
    static func asciiLetterWords(_ text: String) -> [[UInt8]] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map { Array($0.utf8) }
        }
        return text.utf8.split(whereSeparator: { ($0 | 0x20) < 0x61 || ($0 | 0x20) > 0x7A }).map { Array($0) }
    }

    /// The letter runs of `name`'s skeleton (`letterRuns` in `skeletonWords`) and, when it has letters and an ASCII digit,
    /// its runs of digits as words too ("Quốc lộ 24" → quoc, lo, 24; "COP29" → cop, 29). A name without a digit (nearly
    /// every one) is split as before.
    static func letterAndNumberRuns(_ name: String) -> [String] {
        let skeleton = TextFolding.latinSkeleton(name)
        guard skeleton.utf8.contains(where: { $0 &- 0x30 < 10 }) else {
            return asciiLetterRuns(skeleton) ?? skeleton.split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
        var runs: [String] = []
        var current = "", digits = false, letters = false
        for c in skeleton {
            let isDigit = c.isASCII && c.isNumber
            if c.isLetter || isDigit {
                if !current.isEmpty && digits != isDigit { runs.append(current); current = "" }
                current.append(c)
                digits = isDigit
                if !isDigit { letters = true }
            } else if !current.isEmpty {
                runs.append(current)
                current = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
        return letters ? runs : []
    }

    static func skeletonWords(_ name: String, _ type: EntityType) -> [String] {
        func letterRuns(_ s: String) -> [String] {
            let skeleton = TextFolding.latinSkeleton(s)
            return asciiLetterRuns(skeleton) ?? skeleton.split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
        if type == .person, let vietnamese = vietnameseFromCyrillic(name) {
            let words = letterRuns(vietnamese)
            return vietnameseSkeleton(words.map(withoutRussianCase)) ?? words.map(normalizeVariant)
        }
        if type == .person, let chinese = chineseFromCyrillic(name) {
            let words = letterRuns(chinese)
            return pinyinSkeleton(words) ?? words.map(normalizeVariant)
        }
        guard type == .person, name.unicodeScalars.contains(where: TextFolding.isHan) else {
            // A number in a place's or a body's name tells it apart ("Quốc lộ 24", "Quốc lộ 14"; "G7", "G20"): its digits
            // are words of their own (letters alone made the two roads one entity).
            let words = type == .person ? letterRuns(name) : letterAndNumberRuns(name)
            if type == .person, let pinyin = pinyinSkeleton(words) { return pinyin }
            if type == .person, let vietnamese = vietnameseSkeleton(words) { return vietnamese }
            return words.map(normalizeVariant)
        }
        let parts = name.split(whereSeparator: { "·•・‧ ".contains($0) })
        var words: [String] = []
        for part in parts {
            let syllables = letterRuns(String(part))
            guard part.unicodeScalars.allSatisfy(TextFolding.isHan), syllables.count >= 2 else {
                words += syllables
                continue
            }
            if parts.count == 1 && syllables.count <= 3 {
                words += [syllables[0], syllables[1...].joined()]
            } else {
                words.append(syllables.joined())
            }
        }
        return pinyinSkeleton(words) ?? words.map(normalizeVariant)
    }

    /// The skeleton of a Vietnamese person's name (a Vietnamese family name first, then one to three syllables):
    /// its words normalized as others are, marked like pinyin's (`pinyinMark`) so that they compare equal or not at all. Without
    /// diacritics each syllable is still one spelling, and the transliteration variants (`normalizeVariant`: "ou" for
    /// "u") made two people one: Nguyen Van Huong (Hương) and Nguyễn Văn Hùng. Nil for any other name.
    static func vietnameseSkeleton(_ words: [String]) -> [String]? {
        guard (2...4).contains(words.count) else { return nil }
        let words = words.contains(where: { $0.utf8.contains(where: { $0 &- 0x41 < 26 }) }) ? words.map { $0.lowercased() } : words
        guard vietnameseFamilyVariants.contains(vietnameseVariant(words[0])),
              words.allSatisfy({ w in w.utf8.count <= 7 && w.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) }) else { return nil }
        // (Normalized as other words are, so that a name written in Cyrillic, Kontsevich's Нгуен, still meets it: only
        // the edits `sameName` allows other words are refused.)
        return words.map { pinyinMark + vietnameseVariant($0) }
    }

    /// `words` are a `vietnameseSkeleton` (not a pinyin one: both are marked).
    static func isVietnameseSkeleton(_ words: [String]) -> Bool {
        guard let first = words.first, first.utf8.first == 0x3D else { return false }
        let family = String(first.dropFirst())
        return vietnameseFamilyVariants.contains(family) && !pinyinSurnames.contains(family)
    }

    /// `vietnameseFamilyKeys` as `normalizeVariant` writes them ("nguen"), as a skeleton holds them.
    static let vietnameseFamilyVariants: Set<String> = Set(vietnameseFamilyKeys.map(vietnameseVariant))

    /// A Vietnamese syllable as `normalizeVariant` writes it, "uye" first read "ue": Russian writes Nguyễn and Tuyến
    /// Нгуен and Туен (`vietnameseFromCyrillic` gives nguen, tuen), and the two must meet exactly.
    static func vietnameseVariant(_ w: String) -> String {
        normalizeVariant(w.utf8.count >= 3 && w.contains("uye") ? w.replacingOccurrences(of: "uye", with: "ue") : w)
    }

    /// A syllable of `vietnameseFromCyrillic` without the Russian case ending it took ("Фам Ван Тханга": thanga, thang):
    /// no Vietnamese syllable has a vowel after its final consonant.
    static func withoutRussianCase(_ w: String) -> String {
        for ending in ["om", "em", "oi", "a", "u", "e", "i"] where w.hasSuffix(ending) {
            let base = w.dropLast(ending.count)
            guard base.count >= 3, ["ng", "nh", "ch", "c", "m", "n", "p", "t"].contains(where: { base.hasSuffix($0) }),
                  base.dropLast().contains(where: { "aeiouy".contains($0) }) else { continue }
            return String(base)
        }
        return w
    }

    /// Vietnamese family names, folded to ASCII (`EntityCues.familyNames`' Vietnamese part).
    static let vietnameseFamilyKeys: Set<String> = Set(["nguyen", "tran", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang",
        "bui", "do", "ngo", "duong", "luong", "truong", "dinh", "doan", "vuong", "trinh", "dao", "thai", "luu", "quach",
        "kieu", "khuat", "nong", "giang", "thao", "trieu", "nghiem", "chau", "diep", "le", "ho", "ly", "to", "lam", "ha", "ta"])

    /// Which clusters of people named only in Arabic script join a cluster with Latin-script
    /// names, as (from, to) pairs in ascending `from`.
    ///
    /// Arabic writes no short vowels, and its transliterations spell consonants many ways, so
    /// both sides are reduced to consonant classes word by word (`latinConsonants`,
    /// `arabicConsonants`): محمد حداد and Mohammed Haddad are both "mhmd hd". A cluster joins
    /// when all of its keys lead to exactly one Latin cluster of the same type; a key two
    /// Latin clusters share joins nothing (two people), and a key is two words or more with at
    /// least four consonants, so no single shared word joins two people. Lookups are exact
    /// (a dictionary from key to clusters), beside `LinkBlocks`, which stays on the skeletons.
    static func arabicMerges(_ clusters: [(type: EntityType, names: [String: Int])]) -> [(from: Int, to: Int)] {
        var latin: [String: [Int]] = [:]
        var arabic: [(cluster: Int, keys: Set<String>)] = []
        /// Pinyin names too short for `consonantKeys` (Gao Tao: "k t"), by their classes.
        var latinShort: [String: [Int]] = [:]
        var arabicShort: [(cluster: Int, keys: Set<String>)] = []
        /// The keys of people named in Cyrillic and in no Latin or Arabic spelling, by the consonants of their
        /// Latin readings (`cyrillicLatinReadings`, kept in `readings`): an Arabic-script person none of whose
        /// keys leads to a Latin cluster may join one of them.
        var cyrillic: [String: [Int]] = [:]
        var readings: [Int: [String]] = [:]
        /// Keys of Arabic-script names with ث read as Russian reads it, с (عثمان, Осман; هيثم, Хайсам): English
        /// and French write th (Othman), so only the keys a Cyrillic name is looked up by.
        var thaKeys: [Int: Set<String>] = [:]
        for (i, c) in clusters.enumerated() where c.type == .person {
            var latinKeys = Set<String>(), arabicKeys = Set<String>(), hasLatin = false
            var shortLatin = Set<String>(), shortArabic = Set<String>(), cyrillicNames: [String] = []
            for name in c.names.keys {
                if let s = name.unicodeScalars.first(where: { $0 != " " }), TextFolding.isCyrillic(s) {
                    cyrillicNames.append(name)
                } else if let words = latinConsonants(name) {
                    hasLatin = true
                    var keys = consonantKeys(words)
                    if let zed = vietnameseZedWords(name, words) { for w in zed { keys += consonantKeys(w) } }
                    latinKeys.formUnion(keys)
                    if keys.isEmpty, pinyinSkeleton(TextFolding.key(name).split(separator: " ").map(String.init)) != nil {
                        shortLatin.formUnion(consonantKeys(words, minimum: 2))
                    }
                } else if let words = arabicConsonants(name) {
                    let keys = consonantKeys(words)
                    arabicKeys.formUnion(keys)
                    if name.unicodeScalars.contains("\u{062B}"), let s = arabicConsonants(name, tha: "s") {
                        thaKeys[i, default: []].formUnion(consonantKeys(s))
                    }
                    if keys.isEmpty { shortArabic.formUnion(consonantKeys(words, minimum: 2)) }
                    // A Chinese given name is one romanized word (Jianguo) but one Arabic word
                    // per syllable (جيان قوه).
                    if words.count >= 3 {
                        var given = ""
                        for w in words[1...] { given += given.last != nil && given.last == w.first ? String(w.dropFirst()) : w }
                        let joined = consonantKeys([words[0], finalH(given)])
                        arabicKeys.formUnion(joined)
                        if joined.isEmpty { shortArabic.formUnion(consonantKeys([words[0], finalH(given)], minimum: 2)) }
                    }
                }
            }
            if hasLatin {
                for k in latinKeys where latin[k]?.contains(i) != true { latin[k, default: []].append(i) }
                for k in shortLatin where latinShort[k]?.contains(i) != true { latinShort[k, default: []].append(i) }
            } else if !arabicKeys.isEmpty {
                arabic.append((i, arabicKeys))
            } else if !shortArabic.isEmpty {
                arabicShort.append((i, shortArabic))
            } else {
                var keys = Set<String>()
                let latin = cyrillicNames.flatMap { cyrillicLatinReadings($0) ?? [] }
                for reading in latin { if let words = latinConsonants(reading) { keys.formUnion(consonantKeys(words)) } }
                for k in keys { cyrillic[k, default: []].append(i) }
                if !keys.isEmpty { readings[i] = latin }
            }
        }
        var merges: [(from: Int, to: Int)] = []
        /// Cyrillic-only clusters by the Latin-script clusters whose Arabic-script names claim them.
        var claims: [Int: Set<Int>] = [:]
        /// The targets with a Latin name whose vowels an Arabic name of cluster `a` writes (`vowelsAgree`).
        func agreeing(_ a: Int, _ targets: Set<Int>) -> Set<Int> {
            let arabicNames = clusters[a].names.keys.filter { arabicConsonants($0) != nil }
            return targets.filter { t in clusters[t].names.keys.contains { l in arabicNames.contains { vowelsAgree(arabic: $0, latin: l) } } }
        }
        // A short Chinese name in Arabic (قاو تاو) joins the one pinyin name with its consonants whose vowels its long
        // vowels write (Gao Tao, not Guo Tao): consonants alone are too few to tell people apart.
        for a in arabicShort {
            var targets = Set<Int>()
            for k in a.keys { targets.formUnion(latinShort[k] ?? []) }
            guard !targets.isEmpty, targets.count <= 8 else { continue }
            let agree = agreeing(a.cluster, targets)
            if agree.count == 1, let t = agree.first, clusters[t].type == clusters[a.cluster].type { merges.append((a.cluster, t)) }
        }
        for a in arabic {
            var targets = Set<Int>()
            for k in a.keys { targets.formUnion(latin[k] ?? []) }
            // Several Latin clusters with these consonants (Dang Thanh Hieu, Dang Thanh Hai: both
            // "dnk tn h"): the one whose vowels the Arabic long vowels write (هيو: Hieu), if one.
            if targets.count > 1, targets.count <= 8 {
                let agree = agreeing(a.cluster, targets)
                if agree.count == 1 { targets = agree } else if agree.isEmpty {
                    // An Arabic name in Latin letters writes short vowels Arabic leaves out (Mahmoud
                    // Jaber and Mohammed Jaber, both "mhmd jbr", against محمود جابر): the one whose
                    // vowels stand where the Arabic long vowels stand, if one.
                    let arabicNames = clusters[a.cluster].names.keys.compactMap(arabicShapes)
                    let placed = targets.filter { t in
                        clusters[t].names.keys.contains { l in
                            guard !writesEveryVowel(l), let options = latinShapeOptions(l) else { return false }
                            return arabicNames.contains { shapesAgree($0, options) }
                        }
                    }
                    if placed.count == 1 { targets = placed }
                }
            }
            // The one person named only in Cyrillic with these consonants and vowels, if one: the person when no
            // Latin spelling has them; when one does, a Cyrillic spelling with с for ث that the Latin one (th) never
            // met (Осман, Othman) joins through the Arabic name, if no other Arabic-script person claims it. (Only
            // by ث: a Cyrillic name with the Latin one's own consonants that the skeletons kept apart is another
            // person, Нгуен Хыу Хай beside Nguyen Huu Ha.)
            var named = Set<Int>()
            if targets.count <= 1, !cyrillic.isEmpty {
                var candidates = Set<Int>()
                let keys = targets.isEmpty ? a.keys.union(thaKeys[a.cluster] ?? []) : (thaKeys[a.cluster] ?? []).subtracting(a.keys)
                for k in keys { candidates.formUnion(cyrillic[k] ?? []) }
                if !candidates.isEmpty, candidates.count <= 8 {
                    let arabicNames = clusters[a.cluster].names.keys.filter { arabicConsonants($0) != nil }
                    named = candidates.filter { t in
                        clusters[t].type == clusters[a.cluster].type
                            && readings[t, default: []].contains { r in arabicNames.contains { cyrillicVowelsAgree(arabic: $0, reading: r) } }
                    }
                }
            }
            if targets.isEmpty { targets = named }
            if targets.count == 1, let t = targets.first, clusters[t].type == clusters[a.cluster].type {
                merges.append((a.cluster, t))
                if named.count == 1, let c = named.first, c != t { claims[c, default: []].insert(t) }
            }
        }
        // A Cyrillic-only person the Arabic-script names of two Latin-script people claim joins neither.
        for (c, by) in claims.sorted(by: { $0.key < $1.key }) where by.count == 1 { merges.append((c, by.first!)) }
        return merges
    }

    /// A Vietnamese name's d (not đ) is the sound z (Dũng, Dương, Diệu: Hanoi's reading), and Arabic
    /// writes it ز (نغوين فان زونغ, Nguyen Van Dung), as Russian writes it з (Kontsevich's Зунг):
    /// `latinConsonants`' words again with each such word's first d as z, every combination, or
    /// nil for a name that is not Vietnamese (its first word no Vietnamese surname) or has no
    /// such d. Without marks (Nguyen Van Dung) a d may be đ: the keys with d stay too. The
    /// first word, a surname, is left alone (Đặng, Đỗ, Đinh are đ; Dương is both in the press).
    /// Cost: one split of each Latin person name of two to four words, and a byte test of each
    /// word's first letter; the surname is folded only when a later word starts with a plain d,
    /// and words are rebuilt only for a Vietnamese name with such a d.
    static func vietnameseZedWords(_ name: String, _ words: [String]) -> [[String]]? {
        guard words.count >= 2, words.count <= 4 else { return nil }
        let parts = name.split(separator: " ")
        guard parts.count == words.count else { return nil }
        var dWords: [Int] = []
        for k in 1..<parts.count {
            // A plain d or D (ASCII), not đ Đ; the class word starts with d.
            if let f = parts[k].utf8.first, f == UInt8(ascii: "d") || f == UInt8(ascii: "D"), words[k].first == "d" { dWords.append(k) }
        }
        guard !dWords.isEmpty, dWords.count <= 2,
              vietnameseSurnamesInLatin.contains(TextFolding.key(String(parts[0]))) else { return nil }
        var out: [[String]] = [words]
        for k in dWords {
            out += out.map { w in var w = w; w[k] = "z" + w[k].dropFirst(); return w }
        }
        out.removeFirst()
        return out
    }

    /// Whether the long vowels an Arabic-script name writes are the vowels of a Latin-script
    /// one, word by word: ا for a, ي for i and y, و for o and u, one letter for each (كوونغ:
    /// Cuong, not هونغ: Hung); e is written ي or not at all, or ا after i (تيان: Tien; نغوين: Nguyen). A
    /// word's first letter is its consonant or its vowel and is left out on both sides; the Arabic
    /// words past the Latin ones are syllables of the last Latin word (تشون هاي: Chunhai). A
    /// tie-break between Latin names with the same consonants, and the test short pinyin names
    /// must pass (`arabicMerges`).
    static func vowelsAgree(arabic: String, latin: String) -> Bool {
        let aw = arabic.split(separator: " ")
        let lw = TextFolding.key(latin).split(separator: " ")
        guard aw.count >= lw.count, lw.count >= 2 else { return false }
        for (w, l) in lw.enumerated() {
            // A Chinese given name is one Latin word and one Arabic word per syllable (تشون هاي: Chunhai).
            let arabicWords = w == lw.count - 1 ? aw[w...] : aw[w...w]
            var written: [Character] = []
            for a in arabicWords {
                for (i, s) in a.unicodeScalars.enumerated() where i > 0 {
                    switch s.value {
                    case 0x0627, 0x0649, 0x0622: written.append("a")
                    case 0x064A: written.append("i")
                    case 0x0648: written.append("u")
                    default: break
                    }
                }
            }
            // The Latin vowels after the first letter, as the sequences they may be written.
            var options: Set<String> = [""]
            let letters = Array(l.utf8.dropFirst())
            for (k, b) in letters.enumerated() {
                let choices: [String] = switch b {
                case UInt8(ascii: "a"): ["a"]
                case UInt8(ascii: "i"), UInt8(ascii: "y"): ["i"]
                case UInt8(ascii: "o"), UInt8(ascii: "u"): ["u"]
                // e: ي, nothing, or after i ا (تيان: Tien), not elsewhere (واي is Wai, not Wei).
                case UInt8(ascii: "e"): k > 0 && (letters[k - 1] == UInt8(ascii: "i") || letters[k - 1] == UInt8(ascii: "y")) ? ["i", "a", ""] : ["i", ""]
                default: [""]
                }
                // A doubled letter may be written once (Kubaev's aa is not, Nikkolai's kk is no vowel).
                let doubled = k > 0 && letters[k - 1] == b
                var next = Set<String>()
                for o in options {
                    for c in choices {
                        next.insert(o + c)
                        if doubled { next.insert(o) }
                    }
                }
                options = next
                if options.count > 32 { return false }
            }
            guard options.contains(String(written)) else { return false }
        }
        return true
    }

    /// A name's words in Arabic script as shapes: `C` for each consonant letter, `a`, `i`, `u` for
    /// each long vowel (ا ى, ي, و after a word's first letter), for `shapesAgree`. A word's first
    /// letter is a consonant (alef and ain carry its vowel), ain inside a word and hamza seats are
    /// left out (Latin writes a vowel, an apostrophe or nothing), a final ه or ح too (as `finalH`
    /// does), and the article of a word of five letters or more (`arabicConsonants`). One long
    /// vowel written twice or more in a row is one, as `latinShapeOptions` reads Latin: Arabic
    /// writes Russian -ayev, -iyev with a ي for the y and one for the e (نزارباييف, Nazarbayev;
    /// علييف, Aliyev) and Dawood with two و. Nil for a name with letters of another script.
    static func arabicShapes(_ name: String) -> [String]? {
        guard let words = arabicNameWords(name) else { return nil }
        return words.map { word in
            var s = word
            if s.count > 1, s.last!.value == 0x0647 || s.last!.value == 0x062D { s.removeLast() }
            var out = ""
            for (i, c) in s.enumerated() {
                switch c.value {
                case _ where i == 0: out += "C"
                case 0x0627, 0x0649, 0x0622: if out.last != "a" { out += "a" }
                case 0x064A: if out.last != "i" { out += "i" }
                case 0x0648: if out.last != "u" { out += "u" }
                case 0x0639, 0x0629, 0x0621, 0x0626, 0x0624: break
                case 0x0634 where s[i - 1].value == 0x062A: break   // تش is one sound
                default: out += "C"
                }
            }
            return out
        }
    }

    /// The shapes (`arabicShapes`) a Latin-script name may have in Arabic script, word by word:
    /// a consonant, a digraph (sh, kh, th …) or a doubled letter is one `C`, x is two; a vowel
    /// may be short (not written) or long (a: ا, e i y: ي, o u w: و); ou, oo, ee and aa are one
    /// long vowel, always written (Mahmoud, Rasheed), and two long vowels alike in a row are one letter. A word's first letters up to its first
    /// consonant are one `C` and the long vowel after it (Eid: عيد); a first vowel may be written long on its alef (Igor: إيغور). Nil for a name with letters
    /// outside ASCII Latin once folded, or with too many readings to list.
    static func latinShapeOptions(_ name: String) -> [Set<String>]? {
        guard let words = latinNameWords(name) else { return nil }
        var result: [Set<String>] = []
        for w in words {
            var w = w
            if w.count > 1, w.last == UInt8(ascii: "h"), "aeiouy".utf8.contains(w[w.count - 2]) { w.removeLast() }
            var options: Set<String> = [""]
            func add(_ choices: [String]) {
                var next = Set<String>()
                for o in options { for c in choices { next.insert(o + c) } }
                options = next
            }
            let vowels = "aeiouyw".utf8
            var i = 0
            if let first = w.first, "aeiou".utf8.contains(first) {
                // Arabic writes a word's first vowel on an alef, and often long as well (إيغور Igor, أوليغ Oleg).
                add(["C", first == UInt8(ascii: "a") ? "Ca" : first == UInt8(ascii: "o") || first == UInt8(ascii: "u") ? "Cu" : "Ci"])
                i = 1
            } else if let first = w.first, first == UInt8(ascii: "y") || first == UInt8(ascii: "w") {
                add(["C"])
                i = 1
            }
            while i < w.count {
                let c = w[i]
                if vowels.contains(c), i + 1 < w.count, let long = longVowelDigraphs[[c, w[i + 1]]] {
                    add([long])   // always long: Mahmoud's ou, Rasheed's ee
                    i += 2
                } else if vowels.contains(c) {
                    switch c {
                    case UInt8(ascii: "a"): add(["", "a"])
                    case UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "w"): add(["", "u"])
                    default: add(["", "i"])
                    }
                    i += 1
                } else if let g = latinConsonantGroups.first(where: { g in g.0.indices.allSatisfy { i + $0 < w.count && w[i + $0] == g.0[$0] } }) {
                    add(["C"])
                    i += g.0.count
                } else {
                    add(c == UInt8(ascii: "x") ? ["CC"] : ["C"])
                    i += 1
                    // A doubled letter is one (Arabic writes no doubled letter).
                    while i < w.count, w[i] == c || c == UInt8(ascii: "c") && w[i] == UInt8(ascii: "k") { i += 1 }
                }
                if options.count > 256 { return nil }
            }
            // One long vowel written twice in a row is one letter (ou: و, ee: ي).
            result.append(Set(options.map { o in
                var out = ""
                for ch in o where !(ch != "C" && out.last == ch) { out.append(ch) }
                return out
            }))
        }
        return result
    }

    /// Whether a Latin-script name is Chinese or Vietnamese by its first word (pinyin or Vietnamese surname): Arabic
    /// writes each vowel of such a name (`vowelsAgree`), so `shapesAgree`'s short vowels would let Huong read as Hung.
    static func writesEveryVowel(_ latin: String) -> Bool {
        guard let first = TextFolding.key(latin).split(separator: " ").first.map(String.init) else { return false }
        return pinyinSurnames.contains(first) || vietnameseSurnamesInLatin.contains(first)
    }

    static let vietnameseSurnamesInLatin: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "luong",
        "trinh", "dinh", "dao", "doan", "mai", "lam", "to", "vuong", "thai", "khuat", "quach", "cao", "ha", "ly", "truong", "kieu", "ta",
    ]

    /// Two Latin letters that write one long vowel, never a short one (`latinShapeOptions`).
    static let longVowelDigraphs: [[UInt8]: String] = [
        Array("ou".utf8): "u", Array("oo".utf8): "u", Array("uu".utf8): "u", Array("ee".utf8): "i", Array("ii".utf8): "i", Array("aa".utf8): "a",
    ]

    /// Whether Arabic-script shapes are one of the Latin name's readings, word by word.
    static func shapesAgree(_ arabic: [String], _ latin: [Set<String>]) -> Bool {
        arabic.count == latin.count && zip(arabic, latin).allSatisfy { $1.contains($0) }
    }

    /// The keys `arabicMerges` compares: the words' classes joined, each Latin ch written both
    /// ways (`?`: ش in French, Hicham; تش in English and pinyin, Chen) and zh too (`%`: ج for
    /// Russian ж, Zhukov; تش in pinyin, Zhang). None for a name too short to tell people apart
    /// (one word, or fewer than four consonants) or with more than three ambiguous letters.
    static func consonantKeys(_ words: [String], minimum: Int = 4) -> [String] {
        guard words.count >= 2, !words.contains(where: \.isEmpty) else { return [] }
        guard words.reduce(0, { $0 + $1.filter { $0 != "A" }.count }) >= minimum else { return [] }
        var keys = [words.joined(separator: " ")]
        var expanded = 0
        // (Keys are ASCII classes: a byte test, not Foundation's `contains`, which was two thirds of this.)
        while let k = keys.first(where: { $0.utf8.contains(0x3F) || $0.utf8.contains(0x25) }) {
            expanded += 1
            guard expanded <= 7 else { return [] }
            keys.removeAll { $0 == k }
            let amb = k.firstIndex { $0 == "?" || $0 == "%" }!
            let choices: [Character] = k[amb] == "?" ? ["C", "c"] : ["c", "j"]
            for c in choices { var v = k; v.replaceSubrange(amb...amb, with: String(c)); keys.append(v) }
        }
        return keys
    }

    /// A final h is dropped (ه ends Andrei, أندريه, and Guo, قوه, as a vowel; a Latin h ends
    /// Saleh, صالح, or Thanh, ثانه).
    static func finalH(_ w: String) -> String {
        w.count > 1 && w.last == "h" ? String(w.dropLast()) : w
    }

    /// Consonant classes shared by `latinConsonants` and `arabicConsonants`: A (a word that
    /// starts with a vowel, alef or ain), b (b p), t (t th ت ط ث), d (d dh د ذ ض), s (s ss c
    /// before e/i, س ص), z (ز ظ), C (sh, French ch, pinyin x, ش), c (English ch, tch, pinyin zh/qi, تش
    /// چ), j (j dj, Russian zh, ج), x (kh خ),
    /// k (k q c g gh ك ق غ: foreign g is written غ, ق or ك), f (f ph v ف ڤ), h (h ح ه),
    /// w and y only at the start of a word (elsewhere و ي ا are long vowels), l m n r. Arabic writes no doubled letter,
    /// so two Latin letters of one class in a row are one.
    /// Nil when the name has letters outside ASCII Latin once folded.
    static func latinConsonants(_ name: String) -> [String]? {
        guard let words = latinNameWords(name) else { return nil }
        // Pinyin's x is always ش (Weixin, وي شين), never the ks of Maxim.
        let pinyin = words.contains(where: { $0.contains(UInt8(ascii: "x")) })
            && pinyinSkeleton(words.map { String(decoding: $0, as: UTF8.self) }) != nil
        return words.map { w in
            var out = ""
            var i = 0
            // Whether the last class came from the letter just before (no vowel between): two
            // letters of one class in a row are one Arabic letter (Hassan, حسن; Jackson), two
            // with a vowel between are two (Kogoenko, Guenko).
            var adjacent = false
            func emit(_ cls: String) {
                if !(adjacent && cls.count == 1 && out.hasSuffix(cls)) { out += cls }
                adjacent = true
            }
            func at(_ k: Int) -> UInt8 { k < w.count ? w[k] : 0 }
            func starts(_ s: [UInt8]) -> Bool { s.indices.allSatisfy { at(i + $0) == s[$0] } }
            while i < w.count {
                let c = at(i)
                if "aeiouyw".utf8.contains(c) {
                    if i == 0 { out += c == UInt8(ascii: "y") ? "y" : c == UInt8(ascii: "w") ? "w" : "A" }
                    adjacent = false
                    i += 1
                    continue
                }
                if let g = latinConsonantGroups.first(where: { starts($0.0) }) {
                    emit(g.1)
                    i += g.0.count
                    continue
                }
                switch c {
                case UInt8(ascii: "x"): if i == 0 || pinyin { emit("C") } else { emit("k"); emit("s") }
                case UInt8(ascii: "q"): emit(at(i + 1) == UInt8(ascii: "i") ? "c" : "k")
                case UInt8(ascii: "c"): emit("eiy".utf8.contains(at(i + 1)) ? "s" : "k")
                case UInt8(ascii: "g"), UInt8(ascii: "k"): emit("k")
                case UInt8(ascii: "p"), UInt8(ascii: "b"): emit("b")
                case UInt8(ascii: "v"), UInt8(ascii: "f"): emit("f")
                default: emit(String(UnicodeScalar(c)))
                }
                i += 1
            }
            return finalH(out)
        }
    }

    /// The folded ASCII letter words of a Latin-script name, without the article of a middle word (Bashar al-Assad, Ahmed
    /// ash-Sharaa: الأسد is one word), as `latinConsonants`, `latinShapeOptions` and `latinSoundsForHan` read it; nil for
    /// a name with letters outside ASCII Latin once folded, or with no letter.
    static func latinNameWords(_ name: String) -> [[UInt8]]? {
        guard name.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
              name.unicodeScalars.allSatisfy({ $0.value < 0x0250 || (0x1E00...0x1EFF).contains($0.value) || !$0.properties.isAlphabetic })
        else { return nil }
        var words = joinLatinArabicParticles(asciiLetterWords(TextFolding.key(name)))
        guard !words.isEmpty else { return nil }
        if words.count >= 3 {
            words = words.enumerated().filter { i, w in
                !(i > 0 && i < words.count - 1 && arabicArticlesInLatin.contains(String(decoding: w, as: UTF8.self)))
            }.map(\.1)
        }
        return words
    }

    /// The words of an Arabic-script name, without vowel marks, dagger alef and tatweel, and without the article ال of a
    /// word of five letters or more (الأسد: Assad), as `arabicConsonants` and `arabicShapes` read it; nil for a name with
    /// letters of another script.
    static func arabicNameWords(_ name: String) -> [[Unicode.Scalar]]? {
        guard name.unicodeScalars.contains(where: TextFolding.isArabic),
              name.unicodeScalars.allSatisfy({ TextFolding.isArabic($0) || !$0.properties.isAlphabetic })
        else { return nil }
        let raw = name.unicodeScalars.split(whereSeparator: { !TextFolding.isArabic($0) || $0.value == 0x060C || $0.value == 0x061F })
            .map { word in Array(word.filter { !(0x064B...0x065F).contains($0.value) && $0.value != 0x0670 && $0.value != 0x0640 }) }
        var words: [[Unicode.Scalar]] = []
        var i = 0
        while i < raw.count {
            var s = raw[i]
            i += 1
            // "عبد العاطي", "أبو الغيط": one word with its article, as Latin letters write them (Abdelatty, Aboul Gheit).
            if i < raw.count, isArabicNameParticle(s) {
                words.append(s + raw[i])
                i += 1
                continue
            }
            if s.count >= 5, s[0].value == 0x0627, s[1].value == 0x0644 { s.removeFirst(2) }
            // آل of a family ("آل ثاني") between other words: dropped, as Latin letters' middle "Al" is (`latinNameWords`).
            if s.count == 2, s[0].value == 0x0622, s[1].value == 0x0644, !words.isEmpty, i < raw.count { continue }
            words.append(s)
        }
        return words
    }

    /// عبد or أبو (any alef): a word that makes one name with the next (`arabicNameWords`).
    static func isArabicNameParticle(_ w: [Unicode.Scalar]) -> Bool {
        guard w.count == 3 else { return false }
        let v = w.map(\.value)
        if v == [0x0639, 0x0628, 0x062F] { return true }   // عبد
        return [0x0627, 0x0623, 0x0625, 0x0622].contains(v[0]) && v[1] == 0x0628 && v[2] == 0x0648   // ابو أبو
    }

    /// Latin forms of the particles an Arabic name joins to the next word: "Abdel Fattah" and "Abd al-Rahman" are
    /// one word as "Abdelfattah" and "Abdalrahman" are, and as `arabicNameWords` reads عبد الفتاح (the article
    /// kept: Abdelatty is عبد العاطي). An assimilated article (ar-, ad-, as-) is written "al", as Arabic writes it.
    static func joinLatinArabicParticles(_ words: [[UInt8]]) -> [[UInt8]] {
        guard words.count >= 2, words.contains(where: { latinParticles.contains($0) || latinParticlesWithArticle.contains($0) }) else { return words }
        var out: [[UInt8]] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            if i + 1 < words.count, latinParticles.contains(w) {
                let next = String(decoding: words[i + 1], as: UTF8.self)
                if arabicArticlesInLatin.contains(next), i + 2 < words.count {
                    out.append(w + Array("al".utf8) + words[i + 2])
                    i += 3
                } else {
                    out.append(w + words[i + 1])
                    i += 2
                }
                continue
            }
            if i + 1 < words.count, latinParticlesWithArticle.contains(w),
               !arabicArticlesInLatin.contains(String(decoding: words[i + 1], as: UTF8.self)) {
                out.append(w + words[i + 1])
                i += 2
                continue
            }
            out.append(w)
            i += 1
        }
        return out
    }

    static let latinParticles: Set<[UInt8]> = Set(["abd", "abu", "abou", "abo"].map { Array($0.utf8) })
    static let latinParticlesWithArticle: Set<[UInt8]> = Set(["abdel", "abdul", "abdal", "abdol", "abdoul", "aboul", "abul"]
        .map { Array($0.utf8) })

    /// The articles of a middle word of a Latin-script Arabic name (Bashar al-Assad, Ahmed ash-Sharaa).
    static let arabicArticlesInLatin: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "ath", "adh", "an"]

    /// `latinConsonants`' letter groups and their classes, longest first at each start, as bytes.
    static let latinConsonantGroups: [([UInt8], String)] = ([
        ("tsch", "c"), ("dzh", "j"), ("tch", "c"), ("sch", "C"), ("sh", "C"), ("ch", "?"), ("zh", "%"), ("kh", "x"), ("gh", "k"),
        ("ph", "f"), ("th", "t"), ("dh", "d"), ("dj", "j"),
    ] as [(String, String)]).map { (Array($0.0.utf8), $0.1) }

    /// `latinConsonants` for a name in Arabic script (classes listed there): nil when it has
    /// letters of another script. The article ال of a word is dropped when three letters or
    /// more follow it (الأسد: Assad).
    /// `tha`: the class of ث (t: English th, Othman; s: Russian с, Осман, `arabicMerges`).
    static func arabicConsonants(_ name: String, tha: String = "t") -> [String]? {
        guard let words = arabicNameWords(name) else { return nil }
        return words.map { s in
            var out = ""
            var i = 0
            while i < s.count {
                let v = s[i].value
                let first = i == 0
                i += 1
                switch v {
                case 0x0627, 0x0623, 0x0625, 0x0622, 0x0671, 0x0639: if first { out += "A" }
                case 0x0648: if first { out += "w" }
                case 0x064A, 0x0649: if first { out += "y" }
                case 0x0629, 0x0621, 0x0626, 0x0624: break
                case 0x0628, 0x067E: out += "b"
                case 0x062A:
                    if i < s.count, s[i].value == 0x0634 { out += "c"; i += 1 } else { out += "t" }
                case 0x0637: out += "t"
                case 0x062B: out += tha
                case 0x062C: out += "j"
                case 0x0686: out += "c"
                case 0x062D, 0x0647: out += "h"
                case 0x062E: out += "x"
                case 0x062F, 0x0630, 0x0636: out += "d"
                case 0x0631: out += "r"
                case 0x0632, 0x0638, 0x0698: out += "z"
                case 0x0633, 0x0635: out += "s"
                case 0x0634: out += "C"
                case 0x063A, 0x0642, 0x0643, 0x06AF, 0x06A9: out += "k"
                case 0x0641, 0x06A4: out += "f"
                case 0x0644: out += "l"
                case 0x0645: out += "m"
                case 0x0646: out += "n"
                default: break
                }
            }
            return finalH(out)
        }
    }

    /// The most frequent name; ties go to a Latin-script name, then to the longer (diacritics kept).
    static func preferredName(_ names: [String: Int]) -> String {
        // A name in ASCII capitals (a dateline's "CHANCAY") gives way to the same name as the text writes it
        // ("Chancay"). (Byte tests first: the corpus has a hundred thousand clusters, few with such a name.)
        func capitals(_ name: String) -> Bool {
            var upper = false
            for b in name.utf8 {
                if b >= 0x80 || (b >= 0x61 && b <= 0x7A) { return false }
                if b >= 0x41 && b <= 0x5A { upper = true }
            }
            return upper
        }
        let written: Set<String> = names.count > 1 && names.keys.contains(where: capitals)
            ? Set(names.keys.filter { !capitals($0) }.map { $0.lowercased() }) : []
        func shouted(_ name: String) -> Bool { !written.isEmpty && capitals(name) && written.contains(name.lowercased()) }
        return names.max { a, b in
            let la = a.key.unicodeScalars.allSatisfy { $0.value < 0x0250 || (0x1E00...0x1EFF).contains($0.value) || !$0.properties.isAlphabetic }
            let lb = b.key.unicodeScalars.allSatisfy { $0.value < 0x0250 || (0x1E00...0x1EFF).contains($0.value) || !$0.properties.isAlphabetic }
            return (la ? 1 : 0, shouted(a.key) ? 0 : 1, a.value, a.key.count, a.key) < (lb ? 1 : 0, shouted(b.key) ? 0 : 1, b.value, b.key.count, b.key)
        }!.key
    }

    /// Two different names written in ASCII capitals only ("MILIK" and "MALIK", "NATO" and "NOTO"): acronyms and
    /// names a company spells so, which no transliteration varies, so one letter apart they are two names.
    static func twoAcronyms(_ a: String, _ b: String) -> Bool {
        func capitals(_ s: String) -> Bool {
            var letters = 0
            for u in s.utf8 {
                if u >= 0x41 && u <= 0x5A { letters += 1 } else if u >= 0x80 || (u >= 0x61 && u <= 0x7A) { return false }
            }
            return letters >= 2
        }
        return a != b && capitals(a) && capitals(b)
    }

    /// Word-by-word comparison with an edit-distance budget proportional to word length.
    static func sameName(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            if x == y { continue }
            // Pinyin words (`pinyinSkeleton`) are one spelling per syllable: equal or two names.
            if x.utf8.first == 0x3D || y.utf8.first == 0x3D { return false }
            // Spelling variants keep a word's first letter once normalized (Sergeyenko, Sergueïenko;
            // Iouri, Yuri); two names one letter apart there are two people (Wang Ping, Tang Ping;
            // Gobayev, Dobayev), not one person spelt twice.
            if x.first != y.first { return false }
            // Nor is an initial sh an s (Shonin, Sonin: an h dropped was one edit): the first sound differs.
            if initialSh(x) != initialSh(y) { return false }
            let budget = min(x.count, y.count) >= 7 ? 2 : min(x.count, y.count) >= 4 ? 1 : 0
            if budget == 0 || editDistance(x, y, limit: budget) > budget { return false }
            // Romanized words differ the way transliterations do (vowels, h, doubled letters, ch/sh, c/k, s/z),
            // never by another consonant: BelTA and Belga, ANSA and ANKA, Jiangsu and Jiangxi, Chancay and
            // Shanghai are two names each.
            if !spellingVariants(x, y, limit: budget) { return false }
        }
        return true
    }

    /// Whether a normalized word starts with sh (a byte test).
    static func initialSh(_ w: String) -> Bool {
        var it = w.utf8.makeIterator()
        return it.next() == 0x73 && it.next() == 0x68
    }

    /// The rewrites of `normalizeVariant`, applied in this order, each to the whole word.
    static let variantRules: [(String, String)] = [
        ("x", "ks"), ("gue", "ge"), ("gui", "gi"), ("ou", "u"), ("tch", "ch"), ("sch", "sh"), ("kh", "h"),
        ("ye", "e"), ("yo", "e"), ("ie", "e"), ("iy", "i"), ("yi", "i"), ("y", "i"), ("j", "zh"), ("w", "v"), ("ph", "f"),
        ("ee", "i"), ("oo", "u"),
    ]
    static let variantRuleBytes: [([UInt8], [UInt8])] = variantRules.map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Joins common transliteration variants: Sergeyenko/Sergeenko/Sergueienko, Aleksandr/Alexander.
    ///
    /// An ASCII word (nearly every word of a Latin skeleton) is rewritten over its bytes: the
    /// same left-to-right, non-overlapping replacements as Foundation's `replacingOccurrences`
    /// (which was a third of the linker's time), checked against it by `EntityLinkerScaleTests`.
    static func normalizeVariant(_ w: String) -> String {
        var bytes = Array(w.utf8)
        // (CR: "\r\n" is one `Character`, and the suffix rules count characters.)
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            // A word without a Latin letter once lowercased (Arabic, which the skeleton
            // leaves unromanized, Greek, Hangul, Devanagari, Thai …): no rule, suffix or
            // initial can match it (each is made of ASCII letters, and no other scalar is
            // canonically equivalent to one; the Kelvin sign lowercases to `k`), so
            // Foundation's path gives it back lowercased, at 200,000 instructions a word.
            let lower = w.lowercased()
            if !lower.utf8.contains(where: { $0 &- 0x61 < 26 || $0 &- 0x41 < 26 }) { return lower }
            return normalizeVariantFoundation(w)
        }
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 0x20 }
        // Written with ch, not tch (`frenchShin`).
        let ch = bytes.count >= 3 && bytes[0] == 0x63 && bytes[1] == 0x68
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        /// Whether `from` occurs at `i`.
        func matches(_ from: [UInt8], at i: Int) -> Bool {
            bytes[i] == from[0] && i + from.count <= bytes.count
                && (from.count == 1 || bytes[(i + 1)..<(i + from.count)].elementsEqual(from[1...]))
        }
        // The lower-case letters the word has (bit `b - 64` for a byte `b` of 64 or more; every
        // rule starts with a lower-case letter): a rule whose first letter the word lacks matches
        // nowhere, and most rules match nowhere in most words.
        func letters(_ bytes: [UInt8]) -> UInt64 {
            var mask: UInt64 = 0
            for b in bytes where b >= 64 { mask |= 1 << UInt64(b - 64) }
            return mask
        }
        var present = letters(bytes)
        for (from, to) in variantRuleBytes {
            guard bytes.count >= from.count, present & (1 << UInt64(from[0] - 64)) != 0 else { continue }
            // Most rules match nowhere in a word: found first, the word is copied only when one does.
            var first = 0
            while first < bytes.count, !matches(from, at: first) { first += 1 }
            guard first < bytes.count else { continue }
            out.removeAll(keepingCapacity: true)
            out.append(contentsOf: bytes[0..<first])
            var i = first
            while i < bytes.count {
                if matches(from, at: i) {
                    out.append(contentsOf: to)
                    i += from.count
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            swap(&bytes, &out)   // (`from` occurs at `first`: the word changed)
            present = letters(bytes)
        }
        func ends(_ a: UInt8, _ b: UInt8) -> Bool { bytes.count >= 2 && bytes[bytes.count - 2] == a && bytes[bytes.count - 1] == b }
        let shin = ch && frenchShin(count: bytes.count, last: bytes.last)
        if ends(0x72, 0x65), bytes.count > 6 { bytes.removeLast(2); bytes.append(0x72) }  // Alexandre → Aleksandr
        if ends(0x65, 0x72), bytes.count > 7 { bytes.removeLast(2); bytes.append(0x72) }  // Aleksander → Aleksandr
        if bytes.last == 0x65, bytes.count > 6 { bytes.removeLast() }                       // Tourtchine → Turchin
        // `foldInitial` on the bytes (one byte is one character here).
        if bytes.count >= 3, bytes[0] == 0x64, bytes[1] == 0x7A, bytes[2] == 0x68 {          // dzh → zh
            bytes.removeFirst()
        } else if bytes.first == 0x71 {                                                      // q → k
            bytes[0] = 0x6B
        } else if bytes.count >= 7 || shin, bytes[0] == 0x63, bytes[1] == 0x68 {             // ch → sh
            bytes[0] = 0x73
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Initials that transliterations of one name write differently, so that `sameName` may
    /// ask for equal initials: Дж (Dzhaber, Jaber → zh), Q/K (Qureshi, Kureyshi; Quang, Kuang),
    /// and French ch for English sh (Chavatchouk, Shavachuk) in a word of seven letters or more
    /// (no pinyin syllable is that long: Chen and Shen stay two names).
    static func foldInitial(_ s: String) -> String {
        if s.hasPrefix("dzh") { return String(s.dropFirst()) }
        if s.hasPrefix("q") { return "k" + s.dropFirst() }
        if s.hasPrefix("ch"), s.count >= 7 { return "sh" + s.dropFirst(2) }
        return s
    }

    /// French writes Arabic ش (English sh) ch, and a final long vowel with a mute e: شاهين is
    /// Shaheen in English, Chahine in French (شعبان: Shaaban, Chaabane). A word written
    /// with ch (not tch, French for English ch: Tchakine is Chakin), of seven letters ending in e
    /// once the rules ran, has its initial ch folded as a longer word's is (`foldInitial`) before
    /// the e goes: Chahine and Shaheen are both shahin. Six letters then, it was left alone
    /// (English Chaev and Shaev, Russian Чаев and Шаев, must stay two: no e there).
    static func frenchShin(count: Int, last: UInt8?) -> Bool {
        count == 7 && last == 0x65
    }

    /// `normalizeVariant` through Foundation, for words with non-ASCII characters.
    static func normalizeVariantFoundation(_ w: String) -> String {
        var s = w.lowercased()
        let ch = s.hasPrefix("ch")
        for (from, to) in variantRules {
            s = s.replacingOccurrences(of: from, with: to)
        }
        let shin = ch && frenchShin(count: s.count, last: s.last?.asciiValue)
        if s.hasSuffix("re"), s.count > 6 { s.removeLast(2); s += "r" }     // Alexandre → Aleksandr
        if s.hasSuffix("er"), s.count > 7 { s.removeLast(2); s += "r" }     // Aleksander → Aleksandr
        if s.hasSuffix("e"), s.count > 6 { s.removeLast() }                 // Tourtchine → Turchin
        if shin, s.hasPrefix("ch") { return "sh" + s.dropFirst(2) }
        return foldInitial(s)
    }

    /// Whether two ASCII words (after `normalizeVariant`) are within `limit` edits that transliterations make:
    /// a vowel (y included) for another, `c` for `s` or `k`, `s` for `z`, `f` for `v`, `g` for `h` (Russian's
    /// Ибрагим, Ibrahim); a vowel, an `h` or a
    /// doubled letter added or left out. Words with other characters are not judged here (true).
    static func spellingVariants(_ a: String, _ b: String, limit: Int) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.allSatisfy({ $0 < 0x80 }), y.allSatisfy({ $0 < 0x80 }) else { return true }
        func vowel(_ c: UInt8) -> Bool { c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x79 }
        func pair(_ p: UInt8, _ q: UInt8, _ c: UInt8, _ d: UInt8) -> Bool { (p == c && q == d) || (p == d && q == c) }
        func substitutable(_ p: UInt8, _ q: UInt8) -> Bool {
            (vowel(p) && vowel(q)) || pair(p, q, 0x63, 0x73) || pair(p, q, 0x63, 0x6B) || pair(p, q, 0x73, 0x7A)
                || pair(p, q, 0x66, 0x76) || pair(p, q, 0x67, 0x68)
        }
        /// `w[i]` may be added or left out: a vowel, an h, or a letter beside the same letter.
        func droppable(_ w: [UInt8], _ i: Int) -> Bool {
            let c = w[i]
            return vowel(c) || c == 0x68 || (i > 0 && w[i - 1] == c) || (i + 1 < w.count && w[i + 1] == c)
        }
        let never = limit + 1
        var prev = [Int](repeating: never, count: y.count + 1)
        var cur = prev
        prev[0] = 0
        for j in stride(from: 1, through: y.count, by: 1) { prev[j] = droppable(y, j - 1) ? min(never, prev[j - 1] + 1) : never }
        for i in stride(from: 1, through: x.count, by: 1) {
            cur[0] = droppable(x, i - 1) ? min(never, prev[0] + 1) : never
            var rowMin = cur[0]
            for j in stride(from: 1, through: y.count, by: 1) {
                var best = never
                if x[i - 1] == y[j - 1] { best = prev[j - 1] } else if substitutable(x[i - 1], y[j - 1]) { best = prev[j - 1] + 1 }
                if droppable(x, i - 1) { best = min(best, prev[j] + 1) }
                if droppable(y, j - 1) { best = min(best, cur[j - 1] + 1) }
                cur[j] = min(best, never)
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return false }
            swap(&prev, &cur)
        }
        return prev[y.count] <= limit
    }

    /// Levenshtein distance, stopping early once `limit` is exceeded.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...max(y.count, 1) where !y.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}

/// The clusters a name may join in `EntityLinker.link`, so that each new name is compared with
/// a handful of clusters instead of all of them.
///
/// `sameName` joins two names of as many words when each pair of words is equal or within an
/// edit distance of `budget(min(length))` (0, 1 or 2). Two words within edit distance k have a
/// common string once at most k characters are deleted from each (substitution: delete in both;
/// insertion: delete in the other). So each cluster is filed under the deletion neighbourhood of
/// one of its words (every string made by deleting up to `budget(its length)` characters; the
/// budget of a pair is at most the budget of either word), keyed with the entity type, the word
/// count, the word's position and the first character of every word (`salt`); a name looks up the neighbourhoods of each of its words at
/// their positions. Every cluster that `sameName` accepts is among the candidates; the caller
/// checks them in order, so the first match is the one a scan of all clusters finds.
///
/// Strings are hashed (polynomial over `Character` hashes, which respect canonical equivalence
/// as `editDistance`'s `Character` comparison does); a collision only adds a candidate.
struct LinkBlocks {
    /// Chained hash table over flat arrays (a dictionary of arrays cost far more memory).
    private var heads = [Int32](repeating: -1, count: 1 << 10)
    private var keys: [UInt64] = []
    private var next: [Int32] = []
    private var owners: [Int32] = []
    private var scratch: [UInt64] = []
    /// Work space of `addNeighbourhood`, kept between calls (three arrays allocated per word
    /// of every name were a fifth of the blocks' time).
    private var characters: [UInt64] = []
    private var prefixes: [UInt64] = []
    private var powers: [UInt64] = [1]
    /// Per cluster, the last `firstMatch` query that checked it (indexed by cluster: at least
    /// as many entries as filed entries, hence as clusters).
    private var stamps: [UInt32] = []
    private var query: UInt32 = 0

    /// `EntityLinker.sameName`'s edit budget for a word of `length` characters.
    static func budget(_ length: Int) -> Int { length >= 7 ? 2 : length >= 4 ? 1 : 0 }

    /// The word a cluster is filed under: the longest of four to six characters (a selective
    /// word with at most seven neighbours) if there is one, else the longest.
    static func filedPosition(_ lengths: [Int]) -> Int {
        var best = 0
        for i in lengths.indices {
            let a = lengths[i], b = lengths[best]
            let ai = (4...6).contains(a), bi = (4...6).contains(b)
            if ai != bi ? ai : a > b { best = i }
        }
        return best
    }

    /// Clusters filed so far with each word, at any position: a cluster is filed under its
    /// rarest word (Nguyen, Van and Wang are in thousands of names; a long chain of candidates
    /// for every such name was most of the linking time at 100,000 articles).
    private var wordCounts: [String: Int32] = [:]

    mutating func insert(_ cluster: Int, type: EntityType, words: [String]) {
        let lengths = words.map(Self.characterCount)
        let preferred = Self.filedPosition(lengths)
        var p = preferred
        if words.count > 1 {
            var best = (Int32.max, 0)
            for (i, w) in words.enumerated() {
                let n = wordCounts[w, default: 0]
                // Short words are matched exactly (no neighbours) but are the least selective.
                let key = (lengths[i] < 4 ? n &* 4 : n, i == preferred ? 0 : 1)
                if (key.0, key.1) < (best.0, best.1) { best = key; p = i }
            }
        }
        for w in words { wordCounts[w, default: 0] += 1 }
        scratch.removeAll(keepingCapacity: true)
        addNeighbourhood(words[p], salt: Self.salt(Self.saltBase(type, words), p))
        scratch.sort()
        var last: UInt64? = nil
        for h in scratch where h != last {
            last = h
            if keys.count * 2 >= heads.count { grow() }
            let b = Int(truncatingIfNeeded: h) & (heads.count - 1)
            keys.append(h)
            owners.append(Int32(cluster))
            next.append(heads[b])
            heads[b] = Int32(keys.count - 1)
        }
    }

    /// The lowest-numbered candidate (see `candidates`) that `matches` accepts. Most names
    /// match no cluster, so every candidate is checked anyway: candidates are not sorted, each is
    /// checked once (a stamp per cluster), and those above a match found already are skipped.
    mutating func firstMatch(type: EntityType, words: [String], _ matches: (Int) -> Bool) -> Int? {
        query &+= 1
        if stamps.count < owners.count { stamps += [UInt32](repeating: 0, count: owners.count - stamps.count) }
        scratch.removeAll(keepingCapacity: true)
        let base = Self.saltBase(type, words)
        for (p, w) in words.enumerated() {
            addNeighbourhood(w, salt: Self.salt(base, p))
        }
        var best = Int.max
        for h in scratch {
            var e = heads[Int(truncatingIfNeeded: h) & (heads.count - 1)]
            while e >= 0 {
                let c = Int(owners[Int(e)])
                if keys[Int(e)] == h, c < best, stamps[c] != query {
                    stamps[c] = query
                    if matches(c) { best = c }
                }
                e = next[Int(e)]
            }
        }
        return best == Int.max ? nil : best
    }

    /// Indices of the clusters filed under a neighbour of one of `words` at its position, ascending.
    mutating func candidates(type: EntityType, words: [String]) -> [Int] {
        scratch.removeAll(keepingCapacity: true)
        let base = Self.saltBase(type, words)
        for (p, w) in words.enumerated() {
            addNeighbourhood(w, salt: Self.salt(base, p))
        }
        var found: [Int] = []
        for h in scratch {
            var e = heads[Int(truncatingIfNeeded: h) & (heads.count - 1)]
            while e >= 0 {
                if keys[Int(e)] == h { found.append(Int(owners[Int(e)])) }
                e = next[Int(e)]
            }
        }
        if found.count > 1 {
            found.sort()
            var out: [Int] = []
            out.reserveCapacity(found.count)
            for c in found where c != out.last { out.append(c) }
            return out
        }
        return found
    }

    private mutating func grow() {
        heads = [Int32](repeating: -1, count: heads.count * 2)
        let mask = heads.count - 1
        for e in keys.indices {
            let b = Int(truncatingIfNeeded: keys[e]) & mask
            next[e] = heads[b]
            heads[b] = Int32(e)
        }
    }

    /// The key of a name's words at `position` (`salt(saltBase(type, words), position)`): its
    /// type, its word count and every word's first character, which `sameName` asks to be equal
    /// (a word equal to its counterpart starts with the same character too). Keyed with the
    /// type and count alone, a cluster filed under a common word (Nguyen, Van, Wang …) was a
    /// candidate for every name of as many words with that word or a neighbour of it at that
    /// position, and the walk over those candidates was most of the linking time at 100,000 articles.
    static func salt(_ type: EntityType, _ words: [String], _ position: Int) -> UInt64 {
        salt(saltBase(type, words), position)
    }

    /// The part of `salt` common to every position of a name, hashed once per name.
    static func saltBase(_ type: EntityType, _ words: [String]) -> UInt64 {
        var h = Hasher()
        h.combine(type.rawValue)
        h.combine(words.count)
        for w in words { h.combine(w.first) }
        return UInt64(bitPattern: Int64(h.finalize()))
    }

    /// `saltBase` mixed with a word's position (SplitMix64's finalizer: a collision of two
    /// keys only adds a candidate).
    static func salt(_ base: UInt64, _ position: Int) -> UInt64 {
        var z = base &+ UInt64(position &+ 1) &* 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// Per ASCII byte, the hash `characterHashes` gives the one-byte `Character` (what `Hasher`
    /// gives it): looked up rather than hashed for each character of each word of each name,
    /// with the very value hashing gives, so ASCII and other words' neighbourhoods still meet.
    static let asciiCharacterHashes: [UInt64] = (0..<128).map { b in
        Self.characterHash(Character(Unicode.Scalar(UInt8(b))))
    }

    static func characterHash(_ c: Character) -> UInt64 {
        var h = Hasher()
        h.combine(c)
        return UInt64(bitPattern: Int64(h.finalize()))
    }

    /// Whether `word` is ASCII without CR: each byte is then one `Character` ("\r\n" is one).
    static func isPlainASCII(_ word: String) -> Bool {
        word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `word.count`, without the grapheme breaker for a plain ASCII word.
    static func characterCount(_ word: String) -> Int {
        isPlainASCII(word) ? word.utf8.count : word.count
    }

    /// The hash of each `Character` of `word` (`characterHash`), in order, into `out` (emptied).
    static func characterHashes(_ word: String, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        if isPlainASCII(word) {
            let table = asciiCharacterHashes
            for b in word.utf8 { out.append(table[Int(b)]) }
        } else {
            for c in word { out.append(characterHash(c)) }
        }
    }

    /// `neighbourhood` of `word` appended to `scratch`, in the blocks' work space.
    private mutating func addNeighbourhood(_ word: String, salt: UInt64) {
        Self.characterHashes(word, into: &characters)
        Self.neighbourhood(characters, salt: salt, into: &scratch, prefixes: &prefixes, powers: &powers)
    }

    /// Hashes of every string made by deleting up to `budget(word.count)` characters of `word`.
    static func neighbourhood(_ word: [Character], salt: UInt64, into out: inout [UInt64]) {
        var prefixes: [UInt64] = [], powers: [UInt64] = [1]
        neighbourhood(word.map(characterHash), salt: salt, into: &out, prefixes: &prefixes, powers: &powers)
    }

    /// `neighbourhood` of a word given by its characters' hashes (`characterHashes`), with
    /// `prefixes` and `powers` as work space (`powers` starts with 1 and only grows).
    static func neighbourhood(_ word: [UInt64], salt: UInt64, into out: inout [UInt64],
                              prefixes pre: inout [UInt64], powers pow: inout [UInt64]) {
        let n = word.count
        let base: UInt64 = 0x100000001B3
        pre.removeAll(keepingCapacity: true)
        pre.append(0)
        for c in word { pre.append(pre[pre.count - 1] &* base &+ c) }
        while pow.count <= n { pow.append(pow[pow.count - 1] &* base) }
        /// Hash of word[a..<b].
        func part(_ a: Int, _ b: Int) -> UInt64 { pre[b] &- pre[a] &* pow[b - a] }
        func emit(_ h: UInt64, _ length: Int) {
            var z = h ^ salt &+ UInt64(length) &* 0x9E3779B97F4A7C15
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            out.append(z ^ (z >> 31))
        }
        emit(pre[n], n)
        let k = budget(n)
        guard k >= 1 else { return }
        for i in 0..<n {
            emit(part(0, i) &* pow[n - i - 1] &+ part(i + 1, n), n - 1)
            guard k >= 2 else { continue }
            for j in (i + 1)..<n {
                emit(part(0, i) &* pow[n - i - 2] &+ part(i + 1, j) &* pow[n - j - 1] &+ part(j + 1, n), n - 2)
            }
        }
    }
}
