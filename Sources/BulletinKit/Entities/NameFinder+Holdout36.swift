import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout36 (ordinary news in Vietnamese, Russian, Chinese and Arabic on
/// genres no earlier set had: exam results, a harvest, road accidents, real estate, an epidemic, a rocket launch, a
/// religious festival, an obituary, trials, a county congress; scored untouched at 0.716 / 1.000 before any of them).
/// One pass, run just before refineCP15. Every rule is gated on the article's language first (an article in another
/// language pays four compares), then on a token's key or first byte before any scan.
extension NameFinder {
    mutating func refineHoldout36() {
        guard !tokens.isEmpty else { return }
        if language == "ar" {
            guard hasArabic else { return }
            h36ArabicRoyalNames()
            h36ArabicPlaceHeads()
            h36ArabicHeadBeforePlace()
            h36ArabicPlaceLists()
            h36ArabicRolePersons()
            h36ArabicOutlets()
            h36ArabicBodyTails()
            h36ArabicLatinBrands()
        } else if lang.vi {
            h36VietnameseCityPrefix()
            h36VietnamesePupil()
            h36VietnameseOutlet()
            h36VietnameseSchoolNumber()
            h36VietnameseSplitName()
            h36VietnameseByline()
        } else if lang.ru {
            h36RussianQuotedAfterNoun()
            h36RussianSoleTrader()
            h36RussianNamedAfter()
            h36RussianDomain()
        } else if language == "zh", hasHan {
            h36HanCountyWord()
            h36HanReporter()
            h36HanTitledNames()
            h36HanDatelineTown()
            h36HanTowns()
            h36HanCompanyPrefix()
        }
    }

    /// Token `k` is an Arabic word.
    @inline(__always) func h36Arabic(_ k: Int) -> Bool { k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .arabic }

    /// Heads with their clitic forms (و، ب، ل، ف، ك and two of them before the word), read once: a token is looked up by
    /// its key and hash in one probe (no string is cut or hashed per token), and the clitic letters' count comes with it.
    struct H36Heads {
        let set: KeySet
        let skips: [Int8]
        static let clitics: [(String, Int8)] = [("", 0), ("و", 1), ("ب", 1), ("ل", 1), ("ف", 1), ("ك", 1), ("وب", 2), ("ول", 2),
            ("فب", 2), ("فل", 2), ("وك", 2)]
        init(_ words: [String]) {
            var keys: [String] = [], skips: [Int8] = [], seen = Set<String>()
            for w in words {
                let head = TextFolding.key(w)
                for (pre, n) in Self.clitics where seen.insert(pre + head).inserted {
                    keys.append(pre + head)
                    skips.append(n)
                }
            }
            set = KeySet(keys)
            self.skips = skips
        }
    }

    /// The number of clitic letters before one of `heads` in token `k`'s key, or nil when it is none of them.
    @inline(__always) func h36CliticPrefix(_ k: Int, _ heads: H36Heads) -> Int? {
        guard k >= 0, k < tokenCount, let i = heads.set.index(tokens[k].key, hash: tokens[k].keyHash) else { return nil }
        return Int(heads.skips[i])
    }

    /// A mention of tokens `a..<b` whose first `skip` letters (clitics, one UTF-16 unit each) are no part of the name.
    func h36Mention(_ a: Int, _ b: Int, skip: Int, type: EntityType) -> Mention {
        guard skip > 0 else { return mention(a, b, type: type, evidence: .cue) }
        let first = String(tokens[a].text.unicodeScalars.dropFirst(skip))
        let firstKey = String(tokens[a].key.unicodeScalars.dropFirst(skip))
        var surface = first, words = [firstKey]
        for k in (a + 1)..<b {
            if tokens[k].spaceBefore { surface += " " }
            surface += tokens[k].text
            if tokens[k].kind == .word { words.append(tokens[k].key) }
        }
        return Mention(surface: surface, start: tokens[a].start + skip, end: tokens[b - 1].end, type: type, evidence: .cue, words: words)
    }

    /// Adds `m` over tokens `a..<b` unless a mention of its type already covers it; drops the other mentions it overlaps
    /// (not countries; known ones only when `overKnown`).
    /// The places of a list (tokens `a..<b`, a clitic of `skip` letters before each): each put as a place, or, for a
    /// known name read with the clitic ("وكفر الشيخ"), its range and surface moved past it.
    mutating func h36PutPlaceList(_ items: [(Int, Int, Int)]) {
        for (a, b, skip) in items {
            let s0 = tokens[a].start
            if skip > 0, let i = firstMentionIndex(where: { $0.known != nil && $0.start == s0 }) {
                mentions[i].start = s0 + skip
                mentions[i].surface = String(mentionSurface(i).unicodeScalars.dropFirst(skip))
                continue
            }
            h36Put(a, b, h36Mention(a, b, skip: skip, type: .place), overKnown: false)
        }
    }

    mutating func h36Put(_ a: Int, _ b: Int, _ m: Mention, overKnown: Bool) {
        let (s, e) = (m.start, m.end)
        if anyMention(where: { $0.type == m.type && $0.start <= s && $0.end >= e }) { return }
        if !overKnown, anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { return }
        h27Replace(a, b, with: m, overKnown: overKnown)
    }

    // MARK: - Arabic

    /// Words that end a name read after a head or a title: prepositions, relatives, conjunction words.
    static let h36ArabicStops = h18Keys(["من", "في", "إلى", "على", "عن", "الذي", "التي", "الذين", "أن", "إن", "وهو", "وهي", "مع",
        "بعد", "قبل", "خلال", "منذ", "حتى", "عند", "لدى", "بين", "ضد", "نحو", "أو", "ثم", "قد", "لم", "لن", "كان", "كانت", "وكان",
        "هو", "هي", "إنه", "إنها", "أنه", "أنها", "عام", "اليوم", "أمس", "رئيس", "وزير", "مدير", "محافظ"])
    @inline(__always) func h36Stop(_ k: Int) -> Bool { h23Key(k, Self.h36ArabicStops) }

    /// و ب ل ف ك
    static let h36CliticLetters: Set<UInt32> = [0x0648, 0x0628, 0x0644, 0x0641, 0x0643]

    /// The key starts with the article, alone or after a clitic (ال، وال، بال، لل، فال، كال).
    static func h36HasArticle(_ key: String) -> Bool {
        let u = Array(key.unicodeScalars.prefix(4).map(\.value))
        if u.count >= 2, u[0] == 0x0627, u[1] == 0x0644 { return true }
        if u.count >= 3, Self.h36CliticLetters.contains(u[0]), u[1] == 0x0627, u[2] == 0x0644 { return true }
        if u.count >= 2, u[0] == 0x0644, u[1] == 0x0644 { return true }
        return false
    }

    /// An adjective after a name ("التخصصي", "الجامعي", "الدولية"): the article and a nisba ending (ي, or يه for ية).
    func h36Nisba(_ k: Int) -> Bool {
        guard h36Arabic(k), !h36Stop(k) else { return false }
        let key = tokens[k].key
        guard key.unicodeScalars.count >= 5, key.hasPrefix("ال") else { return false }
        return key.hasSuffix("ي") || key.hasSuffix("يه")
    }

    /// First words of a two-word given name or place ("عبد العزيز", "أبو بكر", "كفر الشيخ", "أم الحمام", "محلة منوف").
    static let h36ArabicCompoundFirst = h18Keys(["عبد", "أبو", "أبي", "أم", "كفر", "بني", "عين", "محلة", "رأس", "بئر", "تل", "جبل",
        "دير", "بور", "شرم", "أول", "ثاني", "ثالث", "الشيخ", "سيدي", "بيت", "خان", "وادي", "نزلة", "ميت", "منشأة"])

    /// Heads of institutions and places named after a royal ("مستشفى الملك فيصل التخصصي", "دارة الملك عبد العزيز",
    /// "جامع الملك خالد"); `h36ArabicRoyalPlaceHeads` make places, a prize none.
    static let h36ArabicRoyalHeads = H36Heads(["مستشفى", "مستشفي", "جامعة", "جامع", "مسجد", "مدينة", "دارة", "مركز", "مطار", "مجمع",
        "مؤسسة", "مكتبة", "كلية", "مدرسة", "ميناء", "شارع", "طريق", "جسر", "حديقة", "قاعة", "جائزة", "معهد", "قاعدة"])
    static let h36ArabicRoyalPlaceHeads = H36Heads(["جامع", "مسجد", "مدينة", "مطار", "ميناء", "شارع", "طريق", "جسر", "حديقة", "قاعة",
        "قاعدة"])
    static let h36ArabicRoyals = h18Keys(["الملك", "الأمير", "الأميرة", "الشيخ", "الشيخة", "السلطان", "الإمام"])
    static let h36Prize = H36Heads(["جائزة"])
    static let h36Son = h18Keys(["بن", "بنت"])

    /// "مستشفى الملك فيصل التخصصي", "دارة الملك عبد العزيز", "جامع الملك خالد": a head, a royal title, a given name (two
    /// words after عبد/أبو), "بن X" and nisba adjectives are one institution (a place for a mosque, a street, an airport …);
    /// a prize so named is no entity. The royal alone is no person there, nor the name cut at the title.
    mutating func h36ArabicRoyalNames() {
        guard articleHas(Self.h36ArabicRoyals), articleHas(Self.h36ArabicRoyalHeads.set) else { return }
        let n = tokens.count
        let royals = Self.h36ArabicRoyals, royalHeads = Self.h36ArabicRoyalHeads   // (read once, as in h36ArabicPlaceHeads)
        var k = 0
        while k + 2 < n {
            defer { k += 1 }
            guard h36Arabic(k), h23Key(k + 1, royals), let skip = h36CliticPrefix(k, royalHeads) else { continue }
            var q = k + 2
            guard h36Arabic(q), !h36Stop(q), !Self.h36HasArticle(tokens[q].key) else { continue }
            q += h23Key(q, Self.h36ArabicCompoundFirst) && h36Arabic(q + 1) ? 2 : 1
            if q + 1 < n, h23Key(q, Self.h36Son), h36Arabic(q + 1) {
                q += h23Key(q + 1, Self.h36ArabicCompoundFirst) && h36Arabic(q + 2) ? 3 : 2
            }
            while q < n, q - k < 9, h36Nisba(q) { q += 1 }
            // Inside a longer name ("المؤسسة العامة لجسر الملك فهد"): that name stands.
            let (s0, e0) = (tokens[k].start, tokens[q - 1].end)
            if anyMention(where: { $0.type != .country && $0.type != .person && $0.start < s0 && $0.end >= e0 }) { k = q - 1; continue }
            if h36CliticPrefix(k, Self.h36Prize) != nil {
                let (s, e) = (tokens[k].start, tokens[q - 1].end)
                mentions.removeAll { $0.type == .person && $0.start < e && $0.end > s }
                k = q - 1
                continue
            }
            let place = h36CliticPrefix(k, Self.h36ArabicRoyalPlaceHeads) != nil
            h36Put(k, q, h36Mention(k, q, skip: skip, type: place ? .place : .organization), overKnown: true)
            k = q - 1
        }
    }

    /// Buildings and quarters by their head: "مقبرة النسيم", "جامع X", "المسجد الأحمدي" (head and name one place);
    /// "حي الملقا", "قرية محلة منوف", "بلدة الغاط" (the place after the generic word).
    static let h36ArabicBuildingHeads = H36Heads(["مقبرة", "جامع", "مسجد"])
    static let h36ArabicDefiniteBuildingHeads = H36Heads(["المسجد", "الجامع", "المقبرة"])
    static let h36ArabicQuarterHeads = H36Heads(["حي", "قرية", "بلدة", "ضاحية", "نجع", "عزبة"])
    mutating func h36ArabicPlaceHeads() {
        guard articleHas(Self.h36ArabicBuildingHeads.set) || articleHas(Self.h36ArabicDefiniteBuildingHeads.set) || articleHas(Self.h36ArabicQuarterHeads.set) else { return }
        let n = tokens.count
        // (The sets every pair of Arabic words is asked about, read once: a static's every read calls `swift_once`.)
        let stops = Self.h36ArabicStops, buildingHeads = Self.h36ArabicBuildingHeads
        let definiteBuildingHeads = Self.h36ArabicDefiniteBuildingHeads, quarterHeads = Self.h36ArabicQuarterHeads
        var k = 0
        while k + 1 < n {
            defer { k += 1 }
            guard h36Arabic(k), h36Arabic(k + 1), !h23Key(k + 1, stops) else { continue }
            let building: Bool, skip: Int
            if let p = h36CliticPrefix(k, buildingHeads) { building = true; skip = p } else if let p = h36CliticPrefix(k, definiteBuildingHeads) {
                // "المسجد الأحمدي": the definite head and its adjective.
                guard h36Nisba(k + 1) else { continue }
                h36Put(k, k + 2, h36Mention(k, k + 2, skip: p, type: .place), overKnown: false)
                k += 1
                continue
            }
            else if let p = h36CliticPrefix(k, quarterHeads) {
                // "وبلدة جديدة", "قرية صغيرة": an indefinite word in ة after the generic word is its adjective, no name.
                let key = tokens[k + 1].key
                guard !(key.hasSuffix("ه") && !key.hasPrefix("ال") && !h23Key(k + 1, Self.h36ArabicCompoundFirst)),
                      !h23Key(k + 1, Self.h36ArabicOther) else { continue }
                building = false; skip = p
            } else { continue }
            var q = k + 2
            if h23Key(k + 1, Self.h36ArabicCompoundFirst), h36Arabic(k + 2), !h36Stop(k + 2) { q = k + 3 }
            // A building's head is part of its name; a quarter's generic word is not (a place read with it is replaced).
            let (a, sk) = building ? (k, skip) : (k + 1, 0)
            if !building {
                let (s, e) = (tokens[k].start, tokens[q - 1].end)
                mentions.removeAll { $0.type == .place && $0.known == nil && $0.start == s && $0.end == e }
            }
            h36Put(a, q, h36Mention(a, q, skip: sk, type: .place), overKnown: false)
            k = q - 1
        }
    }

    /// "جامعة إدنبرة", "محكمة جنايات الجيزة": a body's head before a known place is one body (the place alone is not
    /// named there). Not a municipality (بلدية X: gold sets count the town too), nor before an adjective after the place.
    static let h36ArabicBodyHeads = H36Heads(["جامعة", "محكمة", "مستشفى"])
    static let h36ArabicCourtKinds = h18Keys(["جنايات", "جنح", "استئناف", "شمال", "جنوب"])
    mutating func h36ArabicHeadBeforePlace() {
        guard articleHas(Self.h36ArabicBodyHeads.set) else { return }
        let n = tokens.count
        var added: [(Int, Int, Mention)] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h36ArabicBodyHeads = Self.h36ArabicBodyHeads, h36ArabicCourtKinds = Self.h36ArabicCourtKinds
        for k in 0..<max(n - 1, 0) where h36Arabic(k) {
            guard let skip = h36CliticPrefix(k, h36ArabicBodyHeads) else { continue }
            var p = k + 1
            if h23Key(p, h36ArabicCourtKinds) { p += 1 }
            guard p < n, h36Arabic(p) else { continue }
            let s = tokens[p].start
            guard let i = firstMentionIndex(where: { $0.type == .place && $0.start == s }), let (_, z) = h31Span(i) else { continue }
            let e = tokens[z].end
            if z + 1 < n, h36Arabic(z + 1), Self.arabicHasPrefix(tokens[z + 1].key, "ال") { continue }
            if anyMention(where: { $0.type == .organization && $0.start <= tokens[k].start && $0.end >= e }) { continue }
            added.append((k, z + 1, h36Mention(k, z + 1, skip: skip, type: .organization)))
        }
        for (a, b, m) in added { h27Replace(a, b, with: m, overKnown: true) }
    }

    /// "محافظات المنوفية وكفر الشيخ والبحيرة", "حقول برقان والأحمدي": after a plural head, names joined by و (the clitic
    /// cut off) are places.
    static let h36ArabicPluralHeads = H36Heads(["محافظات", "مدن", "مناطق", "حقول", "قرى", "محافظتي", "مدينتي", "منطقتي", "حقلي"])
    static let h36Waw: UInt32 = 0x0648
    mutating func h36ArabicPlaceLists() {
        guard articleHas(Self.h36ArabicPluralHeads.set) else { return }
        let n = tokens.count
        let pluralHeads = Self.h36ArabicPluralHeads   // (read once, as in h36ArabicPlaceHeads)
        var k = 0
        while k + 3 < n {
            defer { k += 1 }
            guard h36Arabic(k), h36CliticPrefix(k, pluralHeads) != nil else { continue }
            // Items: one word (two after a compound's first word); each after the first opens with و.
            var items: [(Int, Int, Int)] = []
            var q = k + 1
            while q < n, h36Arabic(q), !h36Stop(q), items.count < 8 {
                let skip = items.isEmpty ? 0 : 1
                if skip == 1 { guard tokens[q].key.unicodeScalars.first?.value == Self.h36Waw, tokens[q].key.unicodeScalars.count > 2 else { break } }
                else if tokens[q].key.unicodeScalars.first?.value == Self.h36Waw && !Self.h36HasArticle(tokens[q].key) { break }
                let firstKey = String(tokens[q].key.unicodeScalars.dropFirst(skip))
                var b = q + 1
                if Self.h36ArabicCompoundFirst.contains(firstKey), h36Arabic(q + 1), !h36Stop(q + 1),
                   tokens[q + 1].key.unicodeScalars.first?.value != Self.h36Waw || Self.h36HasArticle(tokens[q + 1].key) && Self.arabicHasPrefix(tokens[q + 1].key, "ال") { b = q + 2 }
                items.append((q, b, skip))
                q = b
            }
            // (S51a: or, after three names or more, a word that opens with no و and no article: a verb, "محافظات X وY وZ
            // تجاوز …".)
            guard items.count >= 2, q >= n || tokens[q].kind == .punct || h36Stop(q)
                    || items.count >= 3 && h36Arabic(q) && tokens[q].key.unicodeScalars.first?.value != Self.h36Waw && !Self.h36HasArticle(tokens[q].key) else { continue }
            h36PutPlaceList(items)
            k = q - 1
        }
    }

    /// Titles, ranks and role nouns before a person's name (not الفريق, also "the team").
    static let h36ArabicRoles = H36Heads(["اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الحاج", "الحاجة", "الطالب",
        "الطالبة", "المحامي", "المحامية", "المواطن", "المواطنة", "الزميل", "الزميلة", "الشاعر", "الشاعرة", "الفنان", "الفنانة", "الكاتب",
        "الكاتبة", "المرشح", "المرشحة", "الشيخ", "الدكتور", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "السيد", "السيدة",
        "القاضي", "الطبيب", "الطبيبة", "اللاعب", "اللاعبة", "المدرب", "الباحث", "الباحثة", "الناشط", "الناشطة", "المتهم", "المتهمة",
        // (S52a: occupations before a name.)
        "الصياد", "المزارع", "المزارعة", "التاجر", "السائق", "الموظف", "الموظفة", "المعلم", "المعلمة", "الممرضة"])
    /// Heads of bodies and places, never inside a person's name.
    static let h36ArabicNonNameHeads = H36Heads(["جامعة", "كلية", "وزارة", "شركة", "هيئة", "محافظة", "منطقة", "مدينة", "مدرسة", "مستشفى",
        "مؤسسة", "جمعية", "مركز", "بلدية", "محكمة", "مجلس", "قرية", "حي", "معهد", "نادي", "صحيفة", "وكالة"])
    /// "اللواء أشرف محمود السنهوري،", "الطالبة فاطمة عادل البناي من …", "الحاجة سعدية البربري،": after a role noun, one to
    /// three words without the article and a family name with it ("ال…") are a person.
    mutating func h36ArabicRolePersons() {
        guard articleHas(Self.h36ArabicRoles.set) else { return }
        let n = tokens.count
        let roles = Self.h36ArabicRoles   // (read once, as in h36ArabicPlaceHeads)
        var k = 0
        while k + 2 < n {
            defer { k += 1 }
            guard h36Arabic(k), h36CliticPrefix(k, roles) != nil, h36Arabic(k + 1),
                  !Self.h36HasArticle(tokens[k + 1].key), !h36Stop(k + 1) else { continue }
            // The name ends with the first word with the article (the family name: السنهوري, البناي); none, no name.
            var q = k + 1, surname = false
            while q < n, q - k <= 4, h36Arabic(q), !h36Stop(q) {
                q += 1
                // (S52a: the second word of "عبد X" before another name word is no family name: "التاجر عبد القادر حسن نور".)
                if Self.arabicHasPrefix(tokens[q - 1].key, "ال"),
                   q - 2 <= k || !h23Key(q - 2, Self.s52aAbd) || !(q < n && h36Arabic(q) && tokens[q].spaceBefore && !h36Stop(q)) { surname = true; break }
            }
            let count = q - k - 1
            guard surname, count >= 2, count <= 4 else { continue }
            // "الطالب بجامعة الكويت": a body's or a place's head is no part of a name.
            guard !((k + 1)..<q).contains(where: { h36CliticPrefix($0, Self.h36ArabicNonNameHeads) != nil }) else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[q - 1].end)
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= e }) { k = q - 1; continue }
            if anyMention(where: { $0.type != .person && $0.type != .country && $0.start <= s && $0.end >= e && $0.end - $0.start > e - s }) { continue }
            h36Put(k + 1, q, mention(k + 1, q, type: .person, evidence: .cue), overKnown: false)
            k = q - 1
        }
    }

    /// Outlets: "لـ«الأهرام»" (told to a paper), a dateline line "الرياض: «الشرق الأوسط»" and a byline line
    /// "طنطا - أحمد عبد الستار الهواري:" (the name a person).
    mutating func h36ArabicOutlets() {
        let n = tokens.count
        // (The outlet's walk acts only at "«": none in the article, no walk.)
        let guillemets = articleHas(Self.h41OpenGuillemet)
        for k in 0..<(guillemets ? max(n - 3, 0) : 0) where tokens[k].kind == .punct && keyIs(k, "«") {
            let lineOpen = k >= 2 && keyIs(k - 1, ":") && h36Arabic(k - 2) && (k == 2 || tokens[k - 2].newlineBefore)
            let toOutlet = k >= 1 && h36Arabic(k - 1) && tokens[k - 1].key == "ل"
            guard lineOpen || toOutlet else { continue }
            // Words, and a dot inside one ("العربية.نت").
            var q = k + 1
            while q < n, q - k <= 5, h36Arabic(q) || keyIs(q, ".") && !tokens[q].spaceBefore && h36Arabic(q + 1) && !tokens[q + 1].spaceBefore { q += 1 }
            guard q < n, q > k + 1, keyIs(q, "»") else { continue }
            h36Put(k + 1, q, mention(k + 1, q, type: .organization, evidence: .cue), overKnown: false)
        }
        // A byline: a town, a dash, two to four words and a colon closing the line.
        let limit = min(n - 4, 40)
        for k in 0..<max(limit, 0) where h36Arabic(k) && (k == 0 || tokens[k].newlineBefore) {
            var d = k + 1
            if !h27Dash(d) { d += 1 }
            guard d < n, h27Dash(d), h36Arabic(d + 1), !Self.h36HasArticle(tokens[d + 1].key) else { continue }
            var q = d + 1
            while q < n, q - d <= 5, h36Arabic(q), !tokens[q].newlineBefore { q += 1 }
            guard q < n, keyIs(q, ":"), q - d - 1 >= 2, q - d - 1 <= 4, q + 1 >= n || tokens[q + 1].newlineBefore else { continue }
            h36Put(d + 1, q, mention(d + 1, q, type: .person, evidence: .cue), overKnown: false)
            break
        }
    }

    /// "هيئة المجتمعات العمرانية الجديدة التابعة لوزارة …": "affiliated (to)" ends a body's name; "شركة أخرى …" (another
    /// company) names none.
    static let h36ArabicAffiliated = h18Keys(["التابعة", "التابع", "التابعين", "المسؤولة", "المسؤول", "المعنية", "المختصة"])
    static let h36ArabicOther = h18Keys(["أخرى", "آخر", "أخر", "ثانية", "جديدة", "واحدة", "كبرى"])
    static let h36ArabicCompanyHeads = H36Heads(["شركة", "شركات", "مؤسسة", "جهة", "هيئة"])
    mutating func h36ArabicBodyTails() {
        guard articleHas(Self.h36ArabicAffiliated) || articleHas(Self.h36ArabicOther) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a else { continue }
            if z >= a + 2, h23Key(z, Self.h36ArabicAffiliated) {
                var m = mention(a, z, type: .organization, evidence: mentionEvidence(i))
                m.parenthesized = mentionParenthesized(i)
                mentions[i] = m
            } else if h36CliticPrefix(a, Self.h36ArabicCompanyHeads) != nil, h23Key(a + 1, Self.h36ArabicOther) {
                drop.insert(i)
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "شركة «Green Delta»", "مشروع «Nile Heights Residence»": Latin words quoted after an Arabic head are a company (a
    /// place after a project's or a building's head), not a person.
    static let h36ArabicBrandBodyHeads = H36Heads(["شركة", "مجموعة", "بنك", "مصرف", "علامة", "منصة", "تطبيق", "مؤسسة"])
    static let h36ArabicBrandPlaceHeads = H36Heads(["مشروع", "مجمع", "منتجع", "برج", "فندق", "كمبوند", "مول"])
    mutating func h36ArabicLatinBrands() {
        guard articleHas(Self.h36ArabicBrandBodyHeads.set) || articleHas(Self.h36ArabicBrandPlaceHeads.set) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = h31Span(i), a >= 2, tokens[a].script == .latin, keyIs(a - 1, "«"), z + 1 < tokens.count, keyIs(z + 1, "»"),
                  h36Arabic(a - 2) else { continue }
            let type: EntityType
            if h36CliticPrefix(a - 2, Self.h36ArabicBrandBodyHeads) != nil { type = .organization }
            else if h36CliticPrefix(a - 2, Self.h36ArabicBrandPlaceHeads) != nil { type = .place } else { continue }
            mentions[i].type = type
            mentions[i].placeContext = type == .place
            // The head alone read as a name ("مشروع" a place) is none.
            let (hs, he) = (tokens[a - 2].start, tokens[a - 2].end)
            for j in mentions.indices where j != i && mentionKnown(j) == nil && mentionStart(j) >= hs && mentionEnd(j) <= he { drop.insert(j) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    // MARK: - Vietnamese

    /// The gate of `h36VietnameseCityPrefix`: it acts only after "TP".
    static let h36TpCue = KeySet(["tp"])
    /// "từ TP Quy Nhơn đi TP Pleiku", "TP Hạ Long": a name after the abbreviation of thành phố is a city, not a person.
    mutating func h36VietnameseCityPrefix() {
        guard articleHas(Self.h36TpCue) else { return }
        let n = tokens.count
        var fixes: [(Int, Int)] = []
        for k in 0..<max(n - 1, 0) where tokens[k].kind == .word && tokens[k].allCaps && keyIs(k, "tp") && isCap(k + 1) {
            var q = k + 1
            while q < n, q - k <= 4, isCap(q), tokens[q].spaceBefore { q += 1 }
            let (s, e) = (tokens[k].start, tokens[q - 1].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            guard anyMention(where: { $0.type != .place && $0.type != .country && $0.start < e && $0.end > s }) else { continue }
            fixes.append((k + 1, q))
        }
        for (a, b) in fixes {
            let (s, e) = (tokens[a - 1].start, tokens[b - 1].end)
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < e && $0.end > s }
            var m = mention(a, b, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
        }
    }

    /// The gate of `h36VietnamesePupil`: it acts only after "em".
    static let h36EmCue = KeySet(["em"])
    /// "em Đậu Quỳnh Hương": a pupil's name after "em" (a younger person) is a person.
    mutating func h36VietnamesePupil() {
        guard articleHas(Self.h36EmCue) else { return }
        for i in mentions.indices where mentionType(i) != .person && mentionType(i) != .country && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), a >= 1, z - a >= 1, z - a <= 3, tokens[a - 1].kind == .word, !tokens[a - 1].capitalized,
                  keyIs(a - 1, "em") else { continue }
            mentions[i].type = .person
            mentions[i].placeContext = false
        }
    }

    /// "(Thanh Niên) - Nhiều nhà vườn …": capitalized words in parentheses opening the body, before a dash, are the outlet.
    mutating func h36VietnameseOutlet() {
        let n = tokens.count
        let limit = min(n - 5, 60)
        for k in 0..<max(limit, 0) where tokens[k].kind == .punct && keyIs(k, "(") && (k == 0 || tokens[k].newlineBefore) {
            var q = k + 1
            while q < n, q - k <= 3, isCap(q) { q += 1 }
            guard q > k + 1, keyIs(q, ")"), q + 1 < n, h27Dash(q + 1) else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[q - 1].end)
            if anyMention(where: { $0.type == .organization && $0.start == s && $0.end == e }) { return }
            var m = mention(k + 1, q, type: .organization, evidence: .cue)
            m.parenthesized = false
            mentions.removeAll { $0.type != .country && $0.start < e && $0.end > s }
            mentions.append(m)
            // The same words later: the outlet again.
            for j in mentions.indices where mentionType(j) == .place && mentionWords(j) == m.words { mentions[j].type = .organization }
            return
        }
    }

    /// "Trường THPT Quỳnh Lưu 1": a school's (hospital's) number after its name is part of it.
    static let h36NumberedHeads = h18Keys(["trường", "bệnh"])
    mutating func h36VietnameseSchoolNumber() {
        guard articleHas(Self.h36NumberedHeads) else { return }
        let n = tokens.count
        for i in mentions.indices where mentionType(i) == .organization {
            guard let (a, z) = h31Span(i), z + 1 < n, h23Key(a, Self.h36NumberedHeads), tokens[z + 1].kind == .number,
                  tokens[z + 1].spaceBefore, tokens[z + 1].text.utf8.count <= 3, tokens[z + 1].text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
            else { continue }
            // Not a count ("… 1 giải"): punctuation or the line's end after the number.
            guard z + 2 >= n || tokens[z + 2].kind == .punct || tokens[z + 2].newlineBefore else { continue }
            var m = mention(a, z + 2, type: .organization, evidence: .cue)
            m.parenthesized = mentionParenthesized(i)
            mentions[i] = m
        }
    }

    /// "ông Phùng Bá Luỹ": a person cut in two at a capitalized syllable some list reads as a word (Bá, Văn …) is one
    /// person: two persons with one capitalized word between them, all in one run of capitals.
    mutating func h36VietnameseSplitName() {
        var drop = Set<Int>(), added: [Mention] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z + 2 < tokens.count, isCap(z + 1), tokens[z + 1].spaceBefore, tokens[z + 2].spaceBefore else { continue }
            let s2 = tokens[z + 2].start
            guard let j = firstMentionIndex(where: { $0.type == .person && $0.known == nil && $0.start == s2 }), let (_, z2) = h31Span(j),
                  z2 - a <= 4 else { continue }
            let mid = tokens[z + 1].start
            if anyMention(where: { $0.start <= mid && $0.end > mid }) { continue }
            drop.insert(i); drop.insert(j)
            added.append(mention(a, z2 + 1, type: .person, evidence: .cue))
        }
        if !drop.isEmpty { replaceMentions(removing: drop, adding: added) }
    }

    /// A byline on the body's last line: two to four capitalized words alone ("Đức Hùng", "TRẦN MAI") are a person.
    mutating func h36VietnameseByline() {
        let n = tokens.count
        guard n > 3 else { return }
        var a = n - 1
        while a > 0, !tokens[a].newlineBefore { a -= 1 }
        guard n - a >= 2, n - a <= 4, (a..<n).allSatisfy({ isCap($0) }) else { return }
        let (s, e) = (tokens[a].start, tokens[n - 1].end)
        if anyMention(where: { $0.type == .person && $0.start == s && $0.end == e }) { return }
        if anyMention(where: { $0.known != nil && $0.start < e && $0.end > s }) { return }
        mentions.removeAll { $0.type != .country && $0.start < e && $0.end > s }
        mentions.append(mention(a, n, type: .person, evidence: .cue))
    }

    // MARK: - Russian

    /// Nouns before a quoted name: a vehicle or spacecraft (the quoted name is a make or a model, no entity) or a housing
    /// estate (the name a place).
    static let h36RussianVehicleStems = AffixList(["ракет", "спутник", "блок", "грузовик", "автобус", "самолет", "самолёт", "вертолет",
        "аппарат", "корабл", "автомобил", "поезд", "теплоход", "лайнер", "модул"])
    static let h36RussianEstateStems = AffixList(["комплекс", "квартал", "микрорайон", "жк"])
    /// "разгонного блока «Фрегат»", "грузовика «Камаз»": no entity; "жилом комплексе «Исетские зори»", "Квартал «Заречные
    /// сады»": a place.
    mutating func h36RussianQuotedAfterNoun() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, _) = h31Span(i), a >= 2, keyIs(a - 1, "«"), tokens[a - 2].kind == .word, tokens[a - 2].script == .cyrillic else { continue }
            let noun = tokens[a - 2].key
            if Self.hasAnyPrefix(noun, Self.h36RussianVehicleStems) { drop.insert(i) }
            else if Self.hasAnyPrefix(noun, Self.h36RussianEstateStems) {
                mentions[i].type = .place
                mentions[i].placeContext = true
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// The gate of `h36RussianSoleTrader`: it acts only at "ИП".
    static let h36IpCue = KeySet(["ип"])
    /// "ИП Гладышев А.Н.": the sole trader's abbreviation is no part of the person's name.
    mutating func h36RussianSoleTrader() {
        guard articleHas(Self.h36IpCue) else { return }
        for i in mentions.indices where mentionType(i) == .person {
            guard let (a, z) = h31Span(i), z > a, tokens[a].allCaps, keyIs(a, "ип") else { continue }
            var m = mention(a + 1, z + 1, type: .person, evidence: .cue)
            m.placeContext = false
            mentions[i] = m
        }
    }

    /// The gate of `h36RussianNamedAfter`: it acts only after "им.".
    static let h36ImCue = KeySet(["им"])
    /// "МГУ им. М.В. Ломоносова": the person a body is named after ("им." = named after) is part of the body's name.
    mutating func h36RussianNamedAfter() {
        guard articleHas(Self.h36ImCue) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), a >= 2, keyIs(a - 1, "."), keyIs(a - 2, "им") else { continue }
            drop.insert(i)
            // The body before "им." ends with the person.
            let e0 = tokens[a - 2].start
            if let j = firstMentionIndex(where: { $0.type == .organization && $0.end <= e0 && e0 - $0.end <= 1 }), let (ja, _) = h31Span(j) {
                var m = mention(ja, z + 1, type: .organization, evidence: .cue)
                m.parenthesized = mentionParenthesized(j)
                mentions[j] = m
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "INTERFAX.RU": a domain ending glued after a dot is no name.
    static let h36Domains = h18Keys(["ru", "com", "org", "net", "info", "рф"])
    mutating func h36RussianDomain() {
        guard articleHas(Self.h36Domains) else { return }
        let limit = min(tokens.count, 60)
        for k in 1..<max(limit, 1) where tokens[k].kind == .word && tokens[k].allCaps && !tokens[k].spaceBefore && keyIs(k - 1, ".") && !tokens[k - 1].spaceBefore {
            guard h23Key(k, Self.h36Domains) else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start == s && $0.end == e }
        }
    }

    // MARK: - Chinese

    /// Characters that never stand right before a county's 县 ("明确了县", "从县级", "加快建设县城"): a particle or a verb's end.
    static let h36HanBeforeCounty = H33Bits([0x4E86 /* 了 */, 0x4ECE /* 从 */, 0x5728 /* 在 */, 0x7684 /* 的 */, 0x5230 /* 到 */, 0x628A /* 把 */, 0x88AB /* 被 */, 0x5C06 /* 将 */, 0x5411 /* 向 */, 0x5BF9 /* 对 */, 0x8BBE /* 设 */])
    static let h36County: UInt16 = 0x53BF /* 县 */, h36City: UInt16 = 0x5E02 /* 市 */
    /// A place read as "…了县" (the county as a word: 县长, 县级, 县城) is no place; "南宁市市长" holds one 市 too many.
    mutating func h36HanCountyWord() {
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            // 县 and 市 end in the UTF-8 bytes BF and 82: other places are passed over without a copy.
            guard let b = mentionSurface(i).utf8.last, b == 0xBF || b == 0x82 else { continue }
            let s = Array(mentionSurface(i).utf16)
            guard s.count >= 3, let last = s.last, last == Self.h36County || last == Self.h36City else { continue }
            if last == Self.h36City, s[s.count - 2] == Self.h36City {
                let surface = String(decoding: s.dropLast(), as: UTF16.self)
                mentions[i] = Mention(surface: surface, start: mentionStart(i), end: mentionEnd(i) - 1, type: .place, evidence: mentionEvidence(i),
                                      words: [surface], placeContext: mentionPlaceContext(i))
                continue
            }
            guard last == Self.h36County, Self.h36HanBeforeCounty.contains(s[s.count - 2]) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "（记者 覃海鸥）", a line "记者 钟曼青": the reporter's name after 记者 and a space is a person.
    static let h36Reporter = Array("记者".utf16)
    mutating func h36HanReporter() {
        let n = tokens.count
        let limit = min(n - 1, 80)
        for k in 0..<max(limit, 0) where tokens[k].script == .han && tokens[k].kind == .word {
            guard tokens[k].text.utf16.elementsEqual(Self.h36Reporter), tokens[k + 1].script == .han, tokens[k + 1].spaceBefore,
                  !tokens[k + 1].newlineBefore else { continue }
            let len = tokens[k + 1].text.utf16.count
            guard len >= 2, len <= 4, k + 2 >= n || tokens[k + 2].kind == .punct || tokens[k + 2].newlineBefore else { continue }
            let (s, e) = (tokens[k].start, tokens[k + 1].end)
            if anyMention(where: { $0.type == .person && $0.start == tokens[k + 1].start && $0.end == e }) { continue }
            mentions.removeAll { $0.type != .country && $0.known == nil && $0.start < e && $0.end > s }
            mentions.append(mention(k + 1, k + 2, type: .person, evidence: .cue))
        }
    }

    /// Titles right before a Chinese name (the surname lists may lack the name's surname: 冉, 蔺, 虎, 尉迟).
    static let h36HanTitles: [[UInt16]] = ["区长", "县长", "市长", "镇长", "经理", "代表", "教授", "院长", "董事长", "主任", "书记", "局长",
        "处长", "校长", "院士", "医生", "律师", "法官", "厂长", "村民", "村长", "老师", "研究员", "工程师", "总监"].map { Array($0.utf16) }
    /// What follows a name: an honorific (先生, 女士) or a verb of saying or doing.
    static let h36HanAfterName: [[UInt16]] = ["先生", "女士", "在", "说", "表示", "介绍", "应邀", "告诉", "称", "指出", "认为", "透露",
        "坦言", "强调", "建议", "提醒", "回忆"].map { Array($0.utf16) }
    /// The titles' first characters, one bit each (a code unit's test is a shift and a mask).
    static let h36HanTitleFirst = HanCharSet(codes: h36HanTitles.map { UInt32($0[0]) })
    static let h36Daibiao = Array("代表".utf16), h36Xiansheng = Array("先生".utf16), h36Nvshi = Array("女士".utf16)
    /// Characters of common words, in no two- or three-character name read here.
    static let h36HanNoNameChars = H33Bits("团时们处会的了和在说是也都就对与将被把等及其这那为中上下")
    static func h36HanAt(_ s: [UInt16], _ i: Int, _ w: [UInt16]) -> Bool {
        i >= 0 && i + w.count <= s.count && s[i..<(i + w.count)].elementsEqual(w)
    }
    /// "业主代表冉思远先生告诉记者", "副区长阎知秋在…", "项目经理尉迟东介绍", "院长、教授虎文博应邀": a title, two or three
    /// characters and an honorific or a verb are one person.
    mutating func h36HanTitledNames() {
        var added: [Mention] = []
        for k in tokens.indices where tokens[k].script == .han && tokens[k].kind == .word {
            // Most runs hold no title's first character: checked on the run's units (decoded once per article, see `hanRunUnits`).
            let s = hanRunUnits(k)
            guard s.count >= 5, s.contains(where: { Self.h36HanTitleFirst.contains(UInt32($0)) }) else { continue }
            var i = 0
            while i < s.count - 3 {
                var titleEnd = -1
                if Self.h36HanTitleFirst.contains(UInt32(s[i])) {
                    for t in Self.h36HanTitles where Self.h36HanAt(s, i, t) { titleEnd = i + t.count; break }
                }
                guard titleEnd > 0 else { i += 1; continue }
                // The name's length: two or three characters, then what follows a name.
                var found = -1
                for len in [3, 2] {
                    let e = titleEnd + len
                    guard e < s.count, Self.h36HanAfterName.contains(where: { Self.h36HanAt(s, e, $0) }) else { continue }
                    // The name is no title and no verb itself ("经理介绍说") and holds no function character ("代表团时说": no name); after 代表
                    // (also "delegation") only before an honorific.
                    guard !Self.h36HanTitles.contains(where: { Self.h36HanAt(s, titleEnd, $0) }),
                          !Self.h36HanAfterName.contains(where: { Self.h36HanAt(s, titleEnd, $0) }),
                          !s[titleEnd..<e].contains(where: { Self.h36HanNoNameChars.contains($0) }),
                          !Self.h36HanAt(s, titleEnd - 2, Self.h36Daibiao) || Self.h36HanAt(s, e, Self.h36Xiansheng) || Self.h36HanAt(s, e, Self.h36Nvshi)
                    else { continue }
                    found = len; break
                }
                if found > 0 {
                    let start = tokens[k].start + titleEnd, end = start + found
                    if !anyMention(where: { $0.type == .person && $0.start <= start && $0.end >= end }),
                       !anyMention(where: { $0.type != .country && $0.start < end && $0.end > start }) {
                        let name = String(decoding: s[titleEnd..<(titleEnd + found)], as: UTF16.self)
                        added.append(Mention(surface: name, start: start, end: end, type: .person, evidence: .cue, words: [name]))
                    }
                    i = titleEnd + found
                } else { i = titleEnd }
            }
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    /// "本报兰州12月3日电": the town between 本报 (this paper) and the date is a place.
    static let h36BenBao = Array("本报".utf16)
    mutating func h36HanDatelineTown() {
        let limit = min(tokens.count - 1, 40)
        for k in 0..<max(limit, 0) where tokens[k].script == .han && tokens[k].kind == .word && tokens[k + 1].kind == .number {
            let s = Array(tokens[k].text.utf16)
            guard s.count >= 4, s.count <= 6, s.starts(with: Self.h36BenBao) else { continue }
            let start = tokens[k].start + 2, end = tokens[k].end
            if anyMention(where: { $0.type != .country && $0.start < end && $0.end > start }) { return }
            let name = String(decoding: s[2...], as: UTF16.self)
            var m = Mention(surface: name, start: start, end: end, type: .place, evidence: .cue, words: [name])
            m.placeContext = true
            mentions.append(m)
            return
        }
    }

    /// "在韩集镇召开", "土桥镇和尹集镇", "、北塬镇党委书记": two characters and 镇 (乡) after a delimiter (a token's start,
    /// 在, 和, 与, 及, 、, 到, 从) are a town.
    static let h36HanTownDelims = H33Bits([0x5728 /* 在 */, 0x548C /* 和 */, 0x4E0E /* 与 */, 0x53CA /* 及 */, 0x3001 /* 、 */,
        0x5230 /* 到 */, 0x4ECE /* 从 */])
    static let h36HanTownWords = H33Bits([0x9547 /* 镇 */, 0x4E61 /* 乡 */])
    mutating func h36HanTowns() {
        guard hanArticleHasAny("镇乡") else { return }   // (`h36HanTownWords`: a run without one is passed)
        var added: [Mention] = []
        for k in tokens.indices where tokens[k].script == .han && tokens[k].kind == .word {
            let s = hanRunUnits(k)
            guard s.count >= 3, s.contains(where: { $0 == 0x9547 || $0 == 0x4E61 }) else { continue }
            for i in 2..<s.count where Self.h36HanTownWords.contains(s[i]) {
                let a = i - 2
                guard a == 0 || Self.h36HanTownDelims.contains(s[a - 1]) else { continue }
                // Not a word ending in 镇/乡 (城镇, 乡镇, 集镇): both characters before it are no delimiters or town words.
                guard !Self.h36HanTownDelims.contains(s[a]), !Self.h36HanTownDelims.contains(s[a + 1]),
                      !Self.h36HanTownWords.contains(s[a]), !Self.h36HanTownWords.contains(s[a + 1]),
                      s[a] >= 0x4E00, s[a + 1] >= 0x4E00 else { continue }
                let start = tokens[k].start + a, end = tokens[k].start + i + 1
                if anyMention(where: { $0.type != .country && $0.start < end && $0.end > start }) { continue }
                let name = String(decoding: s[a...i], as: UTF16.self)
                var m = Mention(surface: name, start: start, end: end, type: .place, evidence: .cue, words: [name])
                m.placeContext = true
                added.append(m)
            }
        }
        if !added.isEmpty { replaceMentions(removing: [], adding: added) }
    }

    /// "国有企业成都蓉建…有限公司": a generic word before a company's name (state-owned enterprise) is no part of it.
    static let h36HanCompanyPrefixes: [[UInt16]] = ["国有企业", "民营企业", "地方国企", "央企", "外资企业"].map { Array($0.utf16) }
    mutating func h36HanCompanyPrefix() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            let s = Array(mentionSurface(i).utf16)
            guard s.count >= 8, let p = Self.h36HanCompanyPrefixes.first(where: { s.starts(with: $0) }) else { continue }
            let name = String(decoding: s[p.count...], as: UTF16.self)
            mentions[i] = Mention(surface: name, start: mentionStart(i) + p.count, end: mentionEnd(i), type: .organization, evidence: mentionEvidence(i),
                                  words: [name])
        }
    }
}
