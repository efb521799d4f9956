import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout19 (wire copy and local news in Vietnamese, Russian and
/// Chinese; scored untouched at 0.748 before any of them). One pass, run after refineHoldout17 (and refineHoldout18).
/// Each rule is gated on its language or script and on a hashed key or a first character, so an article of another
/// language pays three flag tests.
extension NameFinder {
    mutating func refineHoldout19() {
        if lang.vi { h19Vietnamese() }
        if lang.ru { h19Russian() }
        if hasHan, language == "zh" { h19Han() }
    }

    /// Drops the unknown, non-country mentions overlapping UTF-16 offsets `s..<e` and adds `m`.
    mutating func h19Put(_ m: Mention, overKnown: Bool = false) {
        let (s, e) = (m.start, m.end)
        // Inside a longer organization (or, for a place, a longer place) already found, it is part of that name.
        // (Fields read in place: in this large pass the test of an optional field copied every mention it read.)
        if mentions.indices.contains(where: { (mentionType($0) == .organization || m.type == .place && mentionType($0) == .place) && mentionStart($0) <= s
                                              && mentionEnd($0) >= e && mentionEnd($0) - mentionStart($0) > e - s }) { return }
        mentions.removeAll { $0.type != .country && ($0.known == nil || overKnown && $0.end - $0.start < e - s) && $0.start < e && $0.end > s }
        var m = m
        if m.type == .place {
            m.placeContext = true
            // The same words another place mention has (a case form whose nominative it was given): taken as that one's, so they group.
            if let o = firstMention(where: { $0.type == .place && $0.words != m.words && (PlainText.equal($0.surface, m.surface) || $0.variants.contains { PlainText.equal($0, m.surface) }) }) {
                m.words = o.words
                m.surface = o.surface
                m.variants = o.variants
            }
        }
        mentions.append(m)
    }

    /// One Han run that a pass reads character by character (see `hanRunsToScan`).
    struct HanRunScan {
        /// The run's token.
        let token: Token
        /// Its scalars (all in the Basic Multilingual Plane: one UTF-16 unit each).
        let scalars: [Unicode.Scalar]
        /// The scalars `w` at offset `p` of the run.
        func at(_ p: Int, _ w: [Unicode.Scalar]) -> Bool {
            guard p >= 0, p + w.count <= scalars.count else { return false }
            for q in 0..<w.count where scalars[p + q] != w[q] { return false }
            return true
        }
        /// The run's characters `a..<b`.
        /// (UTF-8 written directly, `NameFinder.hanString`: building a `String.UnicodeScalarView` appended the scalars
        /// through a generic `map`.)
        func string(_ a: Int, _ b: Int) -> String { NameFinder.hanString(scalars, a, b) }
    }

    /// The Han runs of three characters or more, in order, that hold a character `trigger` accepts
    /// and none outside the Basic Multilingual Plane: the scan that the Han rules of the holdout19
    /// and holdout21 passes share (a run without a trigger, most of them, costs one pass over its
    /// scalars; whether a run triggers depends on its characters alone, so the runs are listed first).
    func hanRunsToScan(trigger: (Unicode.Scalar) -> Bool) -> [HanRunScan] {
        var runs: [HanRunScan] = []
        for ti in tokens.indices where tokens[ti].script == .han && tokens[ti].end - tokens[ti].start >= 3 {
            let sc = hanRunScalars(ti)
            var any = false
            for u in sc where trigger(u) { any = true; break }
            guard any, !sc.contains(where: { $0.value > 0xFFFF }) else { continue }
            runs.append(HanRunScan(token: tokens[ti], scalars: sc))
        }
        return runs
    }

    /// Index of the mention whose span is exactly tokens `a...z`, if any.
    func h19MentionAt(_ a: Int, _ z: Int) -> Int? {
        let (s, e) = (tokens[a].start, tokens[z].end)
        return firstMentionIndex { $0.start == s && $0.end == e }
    }

    /// Token `k` lies inside some known or country mention.
    func h19InKnown(_ k: Int) -> Bool {
        let (s, e) = (tokens[k].start, tokens[k].end)
        return anyMention { ($0.known != nil || $0.type == .country) && $0.start < e && $0.end > s }
    }

    // MARK: - Vietnamese

    /// Family names (folded) of Vietnamese people, beyond the commonest: a three- or four-syllable name opening with one is a person's.
    static let h19VietnameseSurnames = KeySet(["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "đang", "dang", "bui", "đo", "do",
        "ho", "ngo", "duong", "ly", "thach", "đieu", "dieu", "lo", "mai", "đao", "dao", "trinh", "đinh", "dinh", "lam", "luong", "ha", "cao", "chu",
        "luu", "ta", "quach", "thai", "kieu", "đoan", "doan", "vuong", "trieu", "nong", "lai", "tong", "to", "van", "tang", "khuat", "giang", "au", "lu"])
    /// Words before a name that make it a place or a thing named after a person ("đường Lê Văn Sỹ", "trường Nguyễn Du").
    static let h19VietnamesePlaceNouns = KeySet(["đuong", "duong", "pho", "cau", "phuong", "quan", "huyen", "xa", "tinh", "truong", "khu", "thon",
        "ban", "ap", "song", "nui", "cang", "ga", "so", "đen", "den", "chua", "tuong", "lang", "cum", "benh", "vien", "hem", "ngo", "dai", "đai", "tran"])
    /// The second word of a rank ("Thượng tá", "Đại úy", "Thiếu tướng"): a name after it is a person's.
    static let h19VietnameseRankHeads = KeySet(["ta", "uy", "tuong"])
    static let h19VietnameseRankFirsts = KeySet(["thuong", "đai", "dai", "trung", "thieu"])
    /// Words opening a Central Highlands place name ("Đắk Hà", "Krông Pắc", "Ea Súp", "Buôn Đôn").
    static let h19HighlandPlaceFirsts = KeySet(["đak", "dak", "krong", "ea", "buon", "kon", "ia", "cu"])
    /// Heads of a second organization after "và" ("… Polesie và Phòng Thương mại …").
    static let h19VietnameseOrgHeads = KeySet(["phong", "truong", "so", "vien", "ngan", "tap", "tong", "benh", "hiep", "cuc"])
    /// Two-word heads of bodies named by a place ("Đồn Biên phòng Ka Lăng", "Bộ Chỉ huy Quân sự tỉnh X", "Chi cục Hải quan …").
    static let h19VietnameseBodyFirsts = KeySet(["bo", "đon", "don", "đai", "dai", "chi", "tram", "ban"])
    static let h19VietnameseBodySeconds: [String: Set<String>] = ["bo": ["chi"], "đon": ["bien"], "don": ["bien"], "đai": ["khi", "phat"],
        "dai": ["khi", "phat"], "chi": ["cuc"], "tram": ["kiem"], "ban": ["chi"]]
    /// `h19VietnameseBodySeconds` by the index of the first word's key in `h19VietnameseBodyFirsts` (a token's key is probed by
    /// its hash, not hashed again for a dictionary; the seconds are compared with `==`, the Set's equality, by `PlainText.equal`).
    static let h19VietnameseBodySecondsByIndex: [[String]] = {
        var out = [[String]](repeating: [], count: h19VietnameseBodyFirsts.members.count)
        for (first, seconds) in h19VietnameseBodySeconds { if let i = h19VietnameseBodyFirsts.index(first) { out[i] = Array(seconds) } }
        return out
    }()
    /// Lowercase administrative nouns that go on inside a body's name before a place ("… tỉnh Lai Châu", "… cửa khẩu Tân Thanh").
    static let h19VietnameseAdminNouns = KeySet(["tinh", "huyen", "xa", "quan", "thanh", "thi", "cua", "phuong"])

    /// Function words that never go on inside a name ("của", "và", "tại" …).
    static let h19VietnameseFunctionWords = KeySet(["cua", "va", "tai", "o", "voi", "cho", "đa", "da", "la", "đuoc", "duoc", "co", "trong", "tu",
        "đen", "den", "theo", "ve", "se", "khi", "nam", "ngay", "nhu", "cung", "thi", "ma", "nhung", "cac", "mot", "đe", "de"])

    @inline(__always) func h19Key(_ k: Int, _ set: KeySet) -> Bool {
        k >= 0 && k < tokenCount && set.contains(tokens[k])
    }

    /// End (exclusive) of a lowercase administrative noun at `k` ("tỉnh", "thành phố", "thị xã", "cửa khẩu"), or nil.
    func h19AdminEnd(_ k: Int) -> Int? {
        guard k < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized, h19Key(k, Self.h19VietnameseAdminNouns) else { return nil }
        let key = tokens[k].key
        if key == "thanh" { return keyIs(k + 1, "pho") ? k + 2 : nil }
        if key == "thi" { return keyIs(k + 1, "xa") || keyIs(k + 1, "tran") ? k + 2 : nil }
        if key == "cua" { return keyIs(k + 1, "khau") ? k + 2 : nil }
        return k + 1
    }

    mutating func h19Vietnamese() {
        let n = tokens.count
        // Mentions first: people by the shape of their name, places of the Central Highlands, organizations split or joined.
        var dropStarts: [Int] = []
        var i = 0
        while i < mentions.count {
            defer { i += 1 }
            guard mentionKnown(i) == nil, mentionType(i) != .country, let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            let len = z - a + 1
            // "bác sĩ Thạch Văn Sang", "Thượng tá Điêu Chính Tâm", "Nguyen Van Duc": three or four capitalized syllables opening with a family
            // name, read as a place or a body with no head, are a person (not after a place noun: "đường Lê Văn Sỹ").
            if mentionType(i) != .person, len >= 3, len <= 4, h19Key(a, Self.h19VietnameseSurnames),
               mentionType(i) != .organization || keyIs(a - 1, "ty") && keyIs(a - 2, "cong") && (keyIs(a - 3, "đoc") || keyIs(a - 3, "doc") || keyIs(a - 3, "tich")), (a...z).allSatisfy({ h15CapLatin($0) && (($0 == a) || tokens[$0].spaceBefore) }),
               !(a > 0 && tokens[a - 1].kind == .word && !tokens[a - 1].capitalized && h19Key(a - 1, Self.h19VietnamesePlaceNouns)),
               (a...z).allSatisfy({ !h19Key($0, Self.h19VietnameseOrgHeads) && !isCountry[$0] && !h19InKnown($0) }) {
                mentions[i].type = .person
                mentions[i].evidence = .cue
                mentions[i].placeContext = false
                continue
            }
            // "Mai Xuân Liêm" read as "Xuân Liêm": a family name that is also a word, right before a two-syllable person, opens the name.
            if mentionType(i) != .organization, len == 2, a >= 1, h15CapLatin(a - 1), tokens[a].spaceBefore, h19Key(a - 1, Self.h19VietnameseSurnames),
               !(a >= 2 && h19Key(a - 2, Self.h19VietnamesePlaceNouns)), !h19Key(a, Self.h19HighlandPlaceFirsts),
               !h19InKnown(a - 1), !anyMention(where: { $0.start <= tokens[a - 1].start && $0.end >= tokens[a - 1].end }) {
                mentions[i] = mention(a - 1, z + 1, type: .person, evidence: .cue)
                continue
            }
            // "bà con ở Đắk Hà": a name opening with a highland place word is a place, not a person.
            if mentionType(i) == .person, len == 2, h19Key(a, Self.h19HighlandPlaceFirsts) {
                mentions[i].type = .place
                mentions[i].placeContext = true
                continue
            }
            // "khoa Ngoại Tiết niệu": a hospital's department is no place.
            if mentionType(i) == .place, a >= 1, keyIs(a - 1, "khoa"), !tokens[a - 1].capitalized {
                dropStarts.append(mentionStart(i))
                continue
            }
            guard mentionType(i) == .organization, len >= 3 else { continue }
            // "Trường Cao đẳng … và Phòng Thương mại …": an organization read over "và" and the head of another is two.
            if let j = (a + 1..<z).first(where: { keyIs($0, "va") && !tokens[$0].capitalized && h15CapLatin($0 + 1) && h19Key($0 + 1, Self.h19VietnameseOrgHeads) }),
               j - a >= 2, z - j >= 2 {
                let first = mention(a, j, type: .organization, evidence: .cue), second = mention(j + 1, z + 1, type: .organization, evidence: .cue)
                mentions[i] = first
                mentions.append(second)
                continue
            }
        }
        if !dropStarts.isEmpty { mentions.removeAll { $0.type == .place && $0.known == nil && dropStarts.contains($0.start) } }
        // "Bộ Thương mại" + "và" + "Hội nhập Kazakhstan": a ministry's portfolios joined by "và" up to its country are one ministry.
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = seedSpan(i), tokens[a].script == .latin, keyIs(a, "bo"), tokens[a].capitalized, keyIs(z + 1, "va"), !tokens[z + 1].capitalized else { continue }
            var e = z + 2
            while e < n, tokens[e].kind == .word, tokens[e].script == .latin, !isCountry[e], e - z < 7,
                  h15CapLatin(e) || !h19Key(e, Self.h19VietnameseFunctionWords) { e += 1 }
            // Not another body ("Bộ Ngoại giao và Đại sứ quán Hàn Quốc").
            guard e > z + 2, e < n, isCountry[e], !(z + 2..<e).contains(where: { h19Key($0, Self.h19VietnameseOrgHeads) || keyIs($0, "su") && keyIs($0 + 1, "quan") }) else { continue }
            while e < n, isCountry[e] { e += 1 }
            h19Put(mention(a, e, type: .organization, evidence: .cue))
            break
        }
        var adds: [Mention] = []
        var k = 0
        // (The set read once: a static's every read in the loop checked its initialization and retained it.)
        let bodyFirsts = Self.h19VietnameseBodyFirsts
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { continue }
            let key = tokens[k].key
            if tokens[k].capitalized {
                // "Đồn Biên phòng Ka Lăng", "Bộ Chỉ huy Quân sự tỉnh Lai Châu", "Chi cục Hải quan cửa khẩu Tân Thanh": a body's two-word head
                // runs over capitalized words and the administrative nouns before a place.
                guard k + 1 < n, let x = bodyFirsts.index(key, hash: tokens[k].keyHash) else { continue }
                let next = tokens[k + 1].key
                guard Self.h19VietnameseBodySecondsByIndex[x].contains(where: { PlainText.equal($0, next) }) else { continue }
                var e = k + 2
                while e < n, e - k < 12 {
                    if h15CapLatin(e) || tokens[e].kind == .word && !tokens[e].capitalized && e == k + 2 { e += 1; continue }
                    if let ae = h19AdminEnd(e), h15CapLatin(ae) { e = ae; continue }
                    // "Quân sự", "Thủy văn", "Biên giới": a lowercase syllable after a capitalized one, before a capitalized word or a place.
                    if tokens[e].kind == .word, tokens[e].script == .latin, h15CapLatin(e - 1), !h19Key(e, Self.h19VietnameseFunctionWords),
                       h15CapLatin(e + 1) || h19AdminEnd(e + 1) != nil { e += 1; continue }
                    break
                }
                guard e - k >= 3, h15CapLatin(e - 1) else { continue }
                adds.append(mention(k, e, type: .organization, evidence: .cue))
                k = e - 1
                continue
            }
            // "cảng Chân Mây", "ga Altynkol": a port's or station's name after its lowercase noun is a place.
            if Token.keyEquals(key, "cang") || Token.keyEquals(key, "ga"), h15CapLatin(k + 1), !h19InKnown(k + 1),
               !anyMention(where: { $0.start <= tokens[k + 1].start && $0.end > tokens[k + 1].start && $0.type == .place }) {
                var e = k + 1
                while e < n, h15CapLatin(e), e - k <= 3, !isCountry[e] { e += 1 }
                adds.append(mention(k + 1, e, type: .place, evidence: .cue))
                continue
            }
            // "tuyến tỉnh lộ 131", "quốc lộ 4D": a road by its number.
            if Token.keyEquals(key, "lo"), k >= 1, keyIs(k - 1, "tinh") || keyIs(k - 1, "quoc"), k + 1 < n, tokens[k + 1].kind == .number {
                var e = k + 2
                if e < n, tokens[e].kind == .word, !tokens[e].spaceBefore, PlainText.count(tokens[e].text) <= 2 { e += 1 }
                adds.append(mention(k - 1, e, type: .place, evidence: .cue))
                continue
            }
            // "nông dân đồng bằng sông Hồng": the delta of a river, written lowercase, is a region.
            if Token.keyEquals(key, "bang"), k >= 1, keyIs(k - 1, "đong") || keyIs(k - 1, "dong"), keyIs(k + 1, "song"), h15CapLatin(k + 2) {
                var e = k + 2
                while e < n, h15CapLatin(e), e - k < 5 { e += 1 }
                adds.append(mention(k - 1, e, type: .place, evidence: .cue))
            }
        }
        for m in adds { h19Put(m, overKnown: m.type == .organization) }
        // Organizations cut short: "Ban Quản lý Khu kinh" + "tế, công nghiệp thành phố Huế"; "Công ty cổ phần Thủy điện Nậm Na" + "2";
        // "Ủy ban hành pháp" + "huyện Svetlogorsk" (+ a person after it).
        i = 0
        while i < mentions.count {
            defer { i += 1 }
            guard mentionType(i) == .organization, mentionKnown(i) == nil, let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            var e = z + 1
            if keyIs(z - 1, "khu") && keyIs(z, "kinh") || keyIs(z - 2, "khu") && keyIs(z - 1, "kinh") && keyIs(z, "te") {
                if keyIs(e, "te") { e += 1 }
                guard keyIs(e, ","), keyIs(e + 1, "cong"), keyIs(e + 2, "nghiep") else { continue }
                e += 3
                if let ae = h19AdminEnd(e), h15CapLatin(ae) {
                    e = ae
                    while e < n, h15CapLatin(e), e - ae < 4 { e += 1 }
                }
                h19Put(mention(a, e, type: .organization, evidence: .cue), overKnown: true)
                i = -1
                continue
            }
            if e < n, tokens[e].kind == .number, tokens[e].spaceBefore, keyIs(a, "cong"), keyIs(a + 1, "ty"), e + 1 >= n || tokens[e + 1].kind == .punct || !tokens[e + 1].capitalized,
               !tokens[e].text.contains(".") {
                mentions[i] = mention(a, e + 1, type: .organization, evidence: mentionEvidence(i))
                continue
            }
            // A body ending in a lowercase word, before an administrative noun and a foreign place: the place is part of it.
            guard !tokens[z].capitalized, let ae = h19AdminEnd(e), h15CapLatin(ae), !h19InKnown(ae) else { continue }
            var pe = ae + 1
            while pe < n, h15CapLatin(pe), !isGivenName(pe), pe - ae < 3 { pe += 1 }
            var pz = pe
            while pz < n, h15CapLatin(pz), pz - pe < 4 { pz += 1 }
            let org = mention(a, pe, type: .organization, evidence: .cue)
            h19Put(org)
            if pz - pe >= 2, isGivenName(pe) { h19Put(mention(pe, pz, type: .person, evidence: .cue)) }
            i = -1
        }
    }

    /// A rank ("Thượng tá", "Đại úy") ends right before `a`.
    func h19RankBefore(_ a: Int) -> Bool {
        a >= 2 && h19Key(a - 1, Self.h19VietnameseRankHeads) && h19Key(a - 2, Self.h19VietnameseRankFirsts)
    }

    // MARK: - Russian

    /// Folded keys the Russian rules compare with, folded once.
    static let h19KeyA = TextFolding.key("а")
    static let h19KeyHospital = TextFolding.key("больниц")
    static let h19KeyII = TextFolding.key("ии")
    static let h19KeyInstitute = TextFolding.key("институт")
    static let h19KeyKazinform = TextFolding.key("казинформ")
    static let h19KeyKI = TextFolding.key("ки")
    static let h19KeyClinic = TextFolding.key("клиник")
    static let h19KeyMicrodistrict = TextFolding.key("микрорайон")
    static let h19KeyChamber = TextFolding.key("палат")
    static let h19KeyRepublic = TextFolding.key("республик")
    static let h19KeyCentre = TextFolding.key("центр")
    static let h19KeyY = TextFolding.key("ы")

    static func h19Forms(_ stems: [String], _ endings: [String]) -> KeySet {
        KeySet(stems.flatMap { s in endings.map { TextFolding.key(s + $0) } })
    }
    static let h19NounEndings = ["", "а", "е", "у", "ом", "ы", "ов", "ам", "ами", "ах"]
    /// Institution heads after capitalized and lowercase adjectives ("Талгарский аграрно-технический колледж").
    static let h19RussianInstitutionHeads = h19Forms(["университет", "институт", "колледж", "техникум", "лицей", "комбинат", "завод"], h19NounEndings)
    /// Geographic nouns after adjectives ("Большой Алматинский канал", "Лунинецкий путепровод").
    static let h19RussianGeoNouns = h19Forms(["канал", "путепровод", "тракт", "проспект", "бульвар", "водопровод", "мост"], h19NounEndings)
    /// Street nouns before a name ("на улице Днепровской флотилии", "с микрорайоном Северный").
    static let h19RussianStreetNouns = KeySet(["улица", "улице", "улицы", "улицу", "улицей", "микрорайон", "микрорайона", "микрорайоне", "микрорайоном",
        "переулок", "переулке", "переулка", "площадь", "площади"].map { TextFolding.key($0) })
    static let h19RussianParkNouns = h19Forms(["парк", "технопарк"], h19NounEndings)
    static let h19RussianRoadNouns = KeySet(["дорога", "дороги", "дороге", "дорогу", "трасса", "трассы", "трассе", "автодорога", "автодороги", "автодороге"].map { TextFolding.key($0) })
    /// Lowercase company nouns before a quoted name ("агрокомбинат «Днепровский»").
    static let h19RussianCompanyNouns = h19Forms(["агрокомбинат", "комбинат", "завод", "холдинг", "санатори", "концерн", "агрофирм", "колхоз", "совхоз"],
        ["", "а", "е", "у", "ом", "я", "и", "ем", "ы", "ой"])
    /// Area nouns that end a place ("Талгарского района", "Алматинской области").
    static let h19RussianAreaNouns = KeySet(["район", "района", "районе", "районом", "области", "область", "областью", "округа", "округе", "края", "крае"].map { TextFolding.key($0) })
    /// Heads of bodies, not places ("Палаты предпринимателей …").
    static let h19RussianBodyStems = ["палат", "комитет", "управлени", "департамент", "ассоциаци", "союз", "фонд", "агентств", "министерств"].map { TextFolding.key($0) }
    /// Legal forms of Belarusian and Kazakh companies before a quoted name ("РУП «Белгипродор»").
    static let h19RussianLegalForms = KeySet(["руп", "рупп", "уп", "чуп", "одо", "сооо", "иооо", "куп"])
    /// `h19RussianTownLocatives` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h19RussianTownLocativesAffixes = AffixList(h19RussianTownLocatives)
    /// Locative endings of towns ("Пинске", "Борисове", "Талдыкоргане"), not of companies ("Газпроме", "Сбербанке").
    static let h19RussianTownLocatives = ["ске", "цке", "ове", "еве", "ёве", "ине", "ыне", "ане"].map { TextFolding.key($0) }
    static let h19RussianAkimat = KeySet(["акимат", "акимата", "акимате", "акиматом", "акимату"].map { TextFolding.key($0) })
    /// Titles opening a mention that ends with a person's two names ("Главный врач центра Даурен Мукашев").
    static let h19RussianTitleOpeners = ["главн", "генеральн", "руководител", "директор", "заместител", "председател", "начальник"].map { TextFolding.key($0) }

    /// The lists `h19Russian` asks of a lowercase word, as `KeyClasses` bits (one probe a word for the seven lists).
    static let h19RussianLowerClasses = KeyClasses([(h19RussianInstitutionHeads, h19LowerInstitution), (h19RussianGeoNouns, h19LowerGeo),
        (h19RussianParkNouns, h19LowerPark), (h19RussianStreetNouns, h19LowerStreet), (h19RussianRoadNouns, h19LowerRoad),
        (h19RussianCompanyNouns, h19LowerCompany), (h19RussianAkimat, h19LowerAkimat)])
    static let h19LowerInstitution: UInt32 = 1, h19LowerGeo: UInt32 = 2, h19LowerPark: UInt32 = 4, h19LowerStreet: UInt32 = 8
    static let h19LowerRoad: UInt32 = 16, h19LowerCompany: UInt32 = 32, h19LowerAkimat: UInt32 = 64

    /// Capitalized adjective in Cyrillic (a name's adjective: "Талгарский", "Гомельском", "Днепровской").
    func h19CyrAdjective(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].script == .cyrillic, tokens[k].kind == .word else { return false }
        let key = tokens[k].key
        for e in Self.h19AdjectiveEndings where PlainText.hasSuffix(key, e) { return true }
        return false
    }
    /// End (exclusive) of the lowercase genitive fields after an institute's head at `z` ("онкологии и радиологии").
    func h19RussianFieldTail(_ z: Int) -> Int {
        var e = z + 1
        while e < tokens.count, tokens[e].kind == .word, tokens[e].script == .cyrillic, !tokens[e].capitalized, e - z < 6,
              keyIs(e, "и") && e > z + 1 || tokens[e].key.hasSuffix(Self.h19KeyII) || tokens[e].key.hasSuffix(Self.h19KeyKI) { e += 1 }
        if keyIs(e - 1, "и") { e -= 1 }
        return e
    }

    static let h19AdjectiveEndings = ["ий", "ый", "ой", "ая", "ое", "ого", "ом", "ому", "ую", "ей", "ие", "ых", "ым", "их"].map { TextFolding.key($0) }
    /// `h19ParticipleEndings` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h19ParticipleEndingsAffixes = AffixList(h19ParticipleEndings)
    static let h19ParticipleEndings = ["ен", "ан", "ена", "ана", "ено", "ано", "ены", "аны"].map { TextFolding.key($0) }

    @inline(__always) func h19CapCyr(_ k: Int) -> Bool { k >= 0 && k < tokenCount && tokens[k].script == .cyrillic && isCap(k) }

    mutating func h19Russian() {
        let n = tokens.count
        var drop = Set<Int>()
        var adds: [Mention] = []
        let lowerClasses = Self.h19RussianLowerClasses
        for i in mentions.indices {
            // "Палаты предпринимателей": the Russian word for a chamber is no Palau.
            if mentionType(i) == .country, mentions[i].code == "PW", let (a, _) = seedSpan(i), h17Starts(token(a).key, Self.h19KeyChamber) {
                drop.insert(i)
                continue
            }
            guard mentionKnown(i) == nil, mentionType(i) != .country, let (a, z) = seedSpan(i), token(a).script == .cyrillic else { continue }
            let len = z - a + 1
            // "посол Социалистической Республики Вьетнам": a state's name is no person.
            if mentionType(i) == .person, (a...z).contains(where: { h17Starts(token($0).key, Self.h19KeyRepublic) }) {
                drop.insert(i)
                continue
            }
            // "ГАИ Пинского ГОВД": an acronym of three capitals or more inside a name makes it a body, not a person; a place needs two
            // around a word in lowercase ("ГИБДД Слонимского РОВД", not "Камбаратинской ГЭС" nor a dateline "БАНЯ-ЛУКА").
            let acronyms = (a...z).filter { token($0).allCaps && PlainText.count(token($0).text) >= 3 && !isCountry[$0] }.count
            if mentionType(i) == .person && acronyms >= 1
                || mentionType(i) == .place && acronyms >= 2 && (a...z).contains(where: { token($0).kind == .word && !token($0).allCaps }) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
                continue
            }
            // "Палаты предпринимателей Алматинской области" read as a place: a body's head makes it a body.
            if mentionType(i) == .place, len >= 2, Self.h19RussianBodyStems.contains(where: { h17Starts(token(a).key, $0) }) {
                mentions[i].type = .organization
                mentions[i].placeContext = false
                continue
            }
            // "Главный врач центра Даурен Мукашев": a title phrase read as a body ends with the person's two names.
            // ("Главный врач центра Ерболат" + "Касымов": the given name ends the phrase, the family name is read apart.)
            if mentionType(i) != .person, len >= 3, Self.h19RussianTitleOpeners.contains(where: { h17Starts(token(a).key, $0) }), h19CapCyr(z) {
                if len >= 4, h19CapCyr(z - 1), !token(z - 2).capitalized, !h19CyrAdjective(z - 1) {
                    drop.insert(i)
                    adds.append(mention(z - 1, z + 1, type: .person, evidence: .cue))
                    continue
                }
                if !token(z - 1).capitalized, z + 1 < n, h19CapCyr(z + 1), token(z + 1).spaceBefore,
                   let j = firstMentionIndex(where: { $0.type == .person && $0.start == token(z + 1).start && $0.end == token(z + 1).end }) {
                    drop.insert(i)
                    drop.insert(j)
                    adds.append(mention(z, z + 2, type: .person, evidence: .cue))
                    continue
                }
            }
            // "Центр оснащен …": a sentence's first noun before a short participle and lowercase words names nothing.
            if mentionType(i) == .organization, len >= 3, token(a).sentenceStart, (a + 1...z).allSatisfy({ !token($0).capitalized }),
               Self.hasAnySuffix(token(a + 1).key, Self.h19ParticipleEndingsAffixes) {
                drop.insert(i)
                continue
            }
            // "в Пинске", "в Рогачеве и Борисове": one word in the locative after в (or after "в X и") is a town.
            if mentionType(i) != .place, len == 1, token(a).capitalized, !token(a).allCaps, Self.hasAnySuffix(token(a).key, Self.h19RussianTownLocativesAffixes),
               keyIs(a - 1, "в") || keyIs(a - 1, "во") || keyIs(a - 1, "и") && h19CapCyr(a - 2) && (keyIs(a - 3, "в") || keyIs(a - 3, "во")),
               !h19CapCyr(a + 1) {
                mentions[i].type = .place
                mentions[i].placeContext = true
                // Named as the dateline or another mention names it in the nominative ("ПИНСК", "Пинск"): one place.
                let stem = String(token(a).key.dropLast())
                if anyMention(where: { $0.words == [stem] }) || (0..<min(3, n)).contains(where: { PhraseMatcher.same(token($0).key, stem) }) {
                    let s = mentionSurface(i)
                    mentions[i].variants.append(s)
                    mentions[i].surface = String(s.dropLast())
                    mentions[i].words = [stem]
                }
                continue
            }
            // "Талгарского района" Алматинской области Республики Казахстан Асылбек Жумагулов", "Смолевичском районе Минской области":
            // a place read over its area noun goes on as other places, the country and a person: cut at each area noun.
            if mentionType(i) != .organization, len >= 3, let j = (a..<z).first(where: { h19Key($0, Self.h19RussianAreaNouns) }) {
                drop.insert(i)
                adds.append(mention(a, j + 1, type: .place, evidence: .cue))
                var p = j + 1
                if p + 1 <= z, h19CyrAdjective(p), h19Key(p + 1, Self.h19RussianAreaNouns) {
                    adds.append(mention(p, p + 2, type: .place, evidence: .cue)); p += 2
                } else if p + 1 <= z, h19Key(p, Self.h19RussianAreaNouns), h19CapCyr(p + 1) {
                    adds.append(mention(p, p + 2, type: .place, evidence: .cue)); p += 2
                }
                if p <= z, h17Starts(token(p).key, Self.h19KeyRepublic) {
                    p += 1
                    while p <= z, isCountry[p] { p += 1 }
                }
                if z - p + 1 == 2, h19CapCyr(p), h19CapCyr(p + 1), !h19CyrAdjective(p) { adds.append(mention(p, z + 1, type: .person, evidence: .cue)) }
                continue
            }
            // "Казахском научно-исследовательском институте" + "онкологии и радиологии"; "Университетской больницы" + "Анкары".
            if mentionType(i) == .organization {
                let last = token(z).key
                if h17Starts(last, Self.h19KeyInstitute) || h17Starts(last, Self.h19KeyCentre) {
                    let e = h19RussianFieldTail(z)
                    if e > z + 1 { drop.insert(i); adds.append(mention(a, e, type: .organization, evidence: .cue)) }
                } else if h17Starts(last, Self.h19KeyHospital) || h17Starts(last, Self.h19KeyClinic), h19CapCyr(z + 1), PlainText.hasSuffix(token(z + 1).key, Self.h19KeyY) || PlainText.hasSuffix(token(z + 1).key, Self.h19KeyA) {
                    drop.insert(i)
                    adds.append(mention(a, z + 2, type: .organization, evidence: .cue))
                }
            }
        }
        var k = 0
        while k < n {
            defer { k += 1 }
            guard token(k).script == .cyrillic, token(k).kind == .word else { continue }
            if !token(k).capitalized {
                // (Which of the heads' lists the word is in, one probe: a word in none, nearly every one, is passed over.)
                let lower = keyClasses(k, lowerClasses)
                if lower == 0 { continue }
                // "Талгарский аграрно-технический колледж", "Гомельском государственном техническом университете имени П.О.Сухого".
                if lower & Self.h19LowerInstitution != 0 {
                    var b = k - 1
                    while b >= 0, b > k - 6, token(b).script == .cyrillic && !token(b).capitalized && h19CyrAdjective(b) || keyIs(b, "-") && !token(b).spaceBefore
                            || b > 0 && token(b).kind == .word && !token(b).capitalized && keyIs(b + 1, "-") { b -= 1 }
                    guard b < k - 1, b >= 0, h19CapCyr(b), h19CyrAdjective(b) else { continue }
                    var e = h17Starts(token(k).key, Self.h19KeyInstitute) ? h19RussianFieldTail(k) : k + 1
                    if keyIs(e, "имени"), e + 1 < n {
                        var f = e + 1
                        while f < n, f - e < 8, h19CapCyr(f) || keyIs(f, ".") && !token(f).spaceBefore { f += 1 }
                        if f > e + 1 { e = f }
                    }
                    adds.append(mention(b, e, type: .organization, evidence: .cue))
                    k = e - 1
                    continue
                }
                // "Большой Алматинский канал", "Лунинецкий путепровод": capitalized adjectives before a geographic noun.
                if lower & Self.h19LowerGeo != 0, h19CapCyr(k - 1), h19CyrAdjective(k - 1), !token(k - 1).sentenceStart {
                    var b = k - 1
                    while b > 0, h19CapCyr(b - 1), h19CyrAdjective(b - 1), k - b < 3, !token(b).sentenceStart { b -= 1 }
                    adds.append(mention(b, k + 1, type: .place, evidence: .cue))
                    continue
                }
                // "в Индустриальном парке «Великий камень»": a park or zone named in quotes after its adjective is a place.
                if lower & Self.h19LowerPark != 0, h19CapCyr(k - 1), h19CyrAdjective(k - 1), keyIs(k + 1, "«"),
                   let close = (k + 2..<min(n, k + 8)).first(where: { keyIs($0, "»") }), close > k + 2 {
                    adds.append(mention(k - 1, close + 1, type: .place, evidence: .cue))
                    k = close
                    continue
                }
                // "на улице Днепровской флотилии", "с микрорайоном Северный".
                if lower & Self.h19LowerStreet != 0, h19CapCyr(k + 1), !h19InKnown(k + 1) {
                    var e = k + 2
                    if h19CyrAdjective(k + 1), e < n, token(e).kind == .word, token(e).script == .cyrillic, !token(e).capitalized,
                       !h19Key(e, Self.h19RussianAreaNouns), token(e).key.count > 3 { e += 1 }
                    // A street named by a genitive keeps its noun ("улица Днепровской флотилии"); a microdistrict is its name ("Северный").
                    adds.append(mention(h17Starts(token(k).key, Self.h19KeyMicrodistrict) ? k + 1 : k, e, type: .place, evidence: .cue))
                    continue
                }
                // "дороги Пинск – Логишин": a road named by its two ends.
                // (Its ends are the places: "трассы Кызылорда – Жезказган".)
                if lower & Self.h19LowerRoad != 0, h19CapCyr(k + 1), k + 3 < n, keyIs(k + 2, "–") || keyIs(k + 2, "-"), token(k + 2).spaceBefore, h19CapCyr(k + 3) {
                    for j in [k + 1, k + 3] where !anyMention(where: { $0.start < token(j).end && $0.end > token(j).start }) {
                        adds.append(mention(j, j + 1, type: .place, evidence: .cue))
                    }
                    continue
                }
                // "агрокомбинат «Днепровский»", "акимат Алматинской области", "акимат области Жетысу".
                if lower & Self.h19LowerCompany != 0, keyIs(k + 1, "«"), let close = (k + 2..<min(n, k + 8)).first(where: { keyIs($0, "»") }), close > k + 2, h19CapCyr(k + 2) {
                    adds.append(mention(k + 2, close, type: .organization, evidence: .cue))
                    k = close
                    continue
                }
                if lower & Self.h19LowerAkimat != 0 {
                    var e = k + 1
                    if h19CapCyr(e), h19CyrAdjective(e), h19Key(e + 1, Self.h19RussianAreaNouns) { e += 2 }
                    else if h19Key(e, Self.h19RussianAreaNouns), h19CapCyr(e + 1) { e += 2 }
                    if e > k + 1 { adds.append(mention(k, e, type: .organization, evidence: .cue)); k = e - 1 }
                    continue
                }
                continue
            }
            // "РУП «Белгипродор»": a legal form before a quoted name opens the company.
            if token(k).allCaps, h19Key(k, Self.h19RussianLegalForms), keyIs(k + 1, "«"),
               let close = (k + 2..<min(n, k + 10)).first(where: { keyIs($0, "»") }), close > k + 2 {
                if let j = firstMentionIndex(where: { $0.start == token(k).start && $0.end == token(k).end && $0.known == nil }) { drop.insert(j) }
                adds.append(mention(k + 2, close, type: .organization, evidence: .cue))
                k = close
                continue
            }
            // "КОНАЕВ. КАЗИНФОРМ –": a Kazinform dateline's town.
            if k < 3, token(k).allCaps, keyIs(k + 1, "."), k + 2 < n, keyIs(k + 2, Self.h19KeyKazinform), !h19InKnown(k) {
                if let j = firstMentionIndex(where: { $0.start == token(k).start && $0.end == token(k).end && $0.known == nil }) { drop.insert(j) }
                adds.append(mention(k, k + 1, type: .place, evidence: .cue))
            }
        }
        if !drop.isEmpty || !adds.isEmpty {
            replaceMentions(removing: drop)
            for m in adds { h19Put(m, overKnown: m.type == .organization || m.type == .place) }
        }
    }

    // MARK: - Chinese

    static func h19Codes(_ s: String) -> HanCharSet { HanCharSet(codes: s.unicodeScalars.map(\.value)) }
    /// Titles and occupations before a person in the same run ("负责人钱立群表示", "茶农熊德贵说", "副厅长覃永华、").
    static let h19HanTitles: [[Unicode.Scalar]] = ["负责人", "副厅长", "厅长", "茶农", "村民", "农民", "牧民", "渔民", "社员", "果农", "菜农"].map { Array($0.unicodeScalars) }
    /// What follows a name ("表示", "说", "介绍") and stops a foreign name after its middle dot.
    static let h19HanNameStops = h19Codes("表说介认指称率陪在与和等的是出会访、，。；：）")
    /// Heads ending a body named by its city or county ("扬州市人民政府", "湄潭县农业农村局", "扬州海关").
    static let h19HanBodyHeads: [[Unicode.Scalar]] = ["人民政府", "办公室", "海关", "合作社", "管委会", "局"].map { Array($0.unicodeScalars) }
    static let h19HanBodyLeftStops = h19Codes("据在与和、，。由的应经为对向从将被设建签派赴举")
    /// "中越港口": China and a neighbour named by one character each.
    static let h19HanPairs: [UInt32: String] = ["越": "VN", "哈": "KZ", "白": "BY", "俄": "RU", "吉": "KG", "塔": "TJ", "乌": "UZ", "蒙": "MN", "老": "LA", "柬": "KH"]
        .reduce(into: [:]) { $0[($1.key.unicodeScalars.first!).value] = $1.value }
    static let h19HanPairNext: [[Unicode.Scalar]] = ["两国", "港口", "合作", "关系", "边境", "贸易", "友好", "双方", "经贸"].map { Array($0.unicodeScalars) }
    /// First characters of every pattern: a run holding none is passed over.
    static let h19HanTriggers = h19Codes("负副厅茶村农牧渔社果菜人办海合管局中市区州到访前抵港")
    static let h19HanTitleFirsts = h19Codes("负副厅茶村农牧渔社果菜")
    static let h19HanBodyFirsts = h19Codes("人办海合管局")
    static let h19HanPrepositions = h19Codes("于在从至到赴")
    static let h19HanTravelBefore = h19Codes("赴访至到")
    static let h19HanTownSuffixes = h19Codes("市区州")
    static let h19HanPortAfter = h19Codes("与和至对的")
    static let h19HanPortBefore = h19Codes("至从到经")
    static let h19HanPortNotFirst = h19Codes("至从到经过往在")
    static let h19HanBureauNext = h19Codes("长势面部")
    static let h19Dot: Unicode.Scalar = "·"

    /// Index of the token holding UTF-16 offset `end - 1` (binary search), if any.
    func h19TokenHolding(end: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].end < end { lo = mid + 1 } else { hi = mid } }
        return lo < tokens.count && tokens[lo].start < end ? lo : nil
    }

    @inline(__always) func h19Translit(_ u: Unicode.Scalar) -> Bool { Self.hanTransliterationSet.contains(Self.hanCode(u)) }

    mutating func h19Han() {
        var adds: [Mention] = []
        var drop = Set<Int>()
        var dotted = false
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h19HanPrepositions = Self.h19HanPrepositions, h19Dot = Self.h19Dot, h19HanNameStops = Self.h19HanNameStops,
            h19HanTitleFirsts = Self.h19HanTitleFirsts, h19HanTitles = Self.h19HanTitles, hanSurnameSet = Self.hanSurnameSet,
            h19HanBodyFirsts = Self.h19HanBodyFirsts, h19HanBodyHeads = Self.h19HanBodyHeads, h19HanBureauNext = Self.h19HanBureauNext,
            h19HanBodyLeftStops = Self.h19HanBodyLeftStops, h19HanPairs = Self.h19HanPairs, h19HanPairNext = Self.h19HanPairNext,
            h19HanTownSuffixes = Self.h19HanTownSuffixes, h19HanTravelBefore = Self.h19HanTravelBefore, h19Travel = Self.h19Travel,
            h19HanPortAfter = Self.h19HanPortAfter, h19HanPortNotFirst = Self.h19HanPortNotFirst, h19HanPortBefore = Self.h19HanPortBefore
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let b0 = mentionSurface(i).utf8.first, b0 >= 0xE3 else { continue }
            let s = mentionSurface(i)
            // "今年共有", "明年组织": a time word opens no name.
            if PlainText.hasPrefix(s, "今年") || PlainText.hasPrefix(s, "明年") || PlainText.hasPrefix(s, "去年") { drop.insert(i); continue }
            let u0 = s.unicodeScalars.first!
            // "于阿克莫拉州": a preposition glued to a place is no part of it.
            if mentionType(i) == .place, h19HanPrepositions.contains(u0.value), s.unicodeScalars.count >= 4 {
                mentions[i].surface = String(s.unicodeScalars.dropFirst())
                mentions[i].start += 1
                mentions[i].words = [TextFolding.key(mentionSurface(i))]
                continue
            }
            guard mentionType(i) == .person, let ti = h19TokenHolding(end: mentionEnd(i)), tokens[ti].script == .han else { continue }
            // "谢尔盖·博罗" + "季奇", "安德烈" + "·切尔年科": a foreign name goes on over its middle dot to the next stop.
            var tk = ti, from = mentionEnd(i) - tokens[ti].start, glue = ""
            if mentionStart(i) >= tokens[ti].start {
                // The mention ends its run before a middle dot: the name goes on in the run after it.
                guard tokens[ti].end == mentionEnd(i), ti + 2 < tokens.count, tokens[ti + 1].kind == .punct, tokens[ti + 1].text.unicodeScalars.first == h19Dot,
                      !tokens[ti + 2].spaceBefore, tokens[ti + 2].script == .han else { continue }
                tk = ti + 2
                from = 0
                glue = "·"
            } else if from > 3 { continue }
            let t = token(tk)
            let sc = hanRunScalars(tk)
            guard !sc.contains(where: { $0.value > 0xFFFF }) else { continue }
            var e = from, others = 0
            while e < sc.count, e < 5, !h19HanNameStops.contains(sc[e].value) {
                // Transliteration characters, and at most two others, each before one ("季奇", "切尔年科"): "此前", "也", "签署" end the name.
                if !h19Translit(sc[e]) {
                    guard others < 2, e + 1 < sc.count, h19Translit(sc[e + 1]) else { break }
                    others += 1
                }
                e += 1
            }
            guard e > from, e >= 2 else { continue }
            let (_, ee) = hanSpan(t, sc, 0, e)
            mentions[i].end = ee
            mentions[i].surface += glue + String(String.UnicodeScalarView(sc[from..<e]))
            mentions[i].words = mentionSurface(i).split(separator: "·").map { TextFolding.key(String($0)) }
            dotted = true
        }
        // "博罗季奇说" read as "博罗": a part of a dotted name the article writes alone is that part whole.
        if dotted {
            let dottedParts = mentions.filter { $0.type == .person && $0.surface.unicodeScalars.contains(Self.h19Dot) }.flatMap { $0.surface.split(separator: "·").map(String.init) }
            for i in mentions.indices where mentionType(i) == .person && !mentionSurface(i).unicodeScalars.contains(Self.h19Dot) {
                let s = mentionSurface(i)
                guard let part = dottedParts.first(where: { PlainText.count($0) > PlainText.count(s) && PlainText.hasPrefix($0, s) }),
                      let ti = h19TokenHolding(end: mentionEnd(i)), tokens[ti].script == .han, tokens[ti].start <= mentionStart(i) else { continue }
                let t = token(ti)
                let off = mentionStart(i) - t.start
                let u = Array(t.text.utf16)
                let pu = Array(part.utf16)
                guard off + pu.count <= u.count, Array(u[off..<(off + pu.count)]) == pu else { continue }
                mentions[i].end = mentionStart(i) + pu.count
                mentions[i].surface = part
                mentions[i].words = [TextFolding.key(part)]
            }
        }
        var placeNames: Set<String>? = nil
        // (The trigger set every character is asked about, read once: a static's every read calls `swift_once`.)
        let triggers = Self.h19HanTriggers
        for run in hanRunsToScan(trigger: { triggers.contains($0.value) }) {
            let t = run.token, sc = run.scalars, n = sc.count
            func at(_ p: Int, _ w: [Unicode.Scalar]) -> Bool { run.at(p, w) }
            func str(_ a: Int, _ b: Int) -> String { run.string(a, b) }
            func add(_ a: Int, _ b: Int, _ type: EntityType) {
                let (s, e) = hanSpan(t, sc, a, b - a)
                // Never over a known name or a country ("香港").
                // (Fields read in place, by index, here and in this pass's other searches: `anyMention`'s test copied each
                // mention it was lent.)
                if mentions.indices.contains(where: {
                    (mentionKnown($0) != nil || mentionType($0) == .country) && mentionStart($0) < e && mentionEnd($0) > s
                        && !(mentionStart($0) >= s && mentionEnd($0) <= e && type == .organization)
                }) { return }
                adds.append(Mention(surface: str(a, b), start: s, end: e, type: type, evidence: .cue, words: [TextFolding.key(str(a, b))]))
            }
            var p = 0
            while p < n {
                defer { p += 1 }
                let c = sc[p].value
                guard triggers.contains(c) else { continue }
                // Titles and occupations before a person.
                if h19HanTitleFirsts.contains(c), let title = h19HanTitles.first(where: { at(p, $0) }) {
                    let a = p + title.count
                    guard a + 1 < n, hanSurnameSet.contains(Self.hanCode(sc[a])) else { continue }
                    var e = a + 1
                    while e < n, e - a < 3, !h19HanNameStops.contains(sc[e].value) { e += 1 }
                    guard e - a >= 2, e == n || h19HanNameStops.contains(sc[e].value) else { continue }
                    add(a, e, .person)
                    p = e - 1
                    continue
                }
                // Bodies named by their city or county.
                if h19HanBodyFirsts.contains(c), let head = h19HanBodyHeads.first(where: { at(p, $0) }) {
                    let e = p + head.count
                    if head.count == 1, e < n, h19HanBureauNext.contains(sc[e].value) { continue }
                    var b = p - 1
                    while b >= 0, p - b < 12, !h19HanBodyLeftStops.contains(sc[b].value) { b -= 1 }
                    b += 1
                    guard p - b >= 2 else { continue }
                    let s0 = hanSpan(t, sc, b, 1).0
                    let seg = str(b, p)
                    if placeNames == nil {
                        placeNames = Set(mentions.filter { ($0.type == .place || $0.known != nil && $0.type != .country) && ($0.surface.utf8.first ?? 0) >= 0xE3 }.map(\.surface))
                    }
                    let placeStart = mentions.indices.contains { mentionType($0) == .place && mentionStart($0) == s0 }
                    guard placeStart || seg.unicodeScalars.contains("市") || seg.unicodeScalars.contains("县") || placeNames!.contains(seg) else { continue }
                    add(b, e, .organization)
                    p = e - 1
                    continue
                }
                // "中越港口合作联盟": China and a neighbour by one character each, at the start of a run.
                if c == 0x4E2D, p == 0 || h19HanBodyLeftStops.contains(sc[p - 1].value), p + 1 < n, let code = h19HanPairs[sc[p + 1].value],
                   h19HanPairNext.contains(where: { at(p + 2, $0) }) {
                    let (s0, e0) = hanSpan(t, sc, p, 1), (s1, e1) = hanSpan(t, sc, p + 1, 1)
                    mentions.append(Mention(surface: "中", start: s0, end: e0, type: .country, evidence: .cue, code: "CN", words: ["中"]))
                    mentions.append(Mention(surface: str(p + 1, p + 2), start: s1, end: e1, type: .country, evidence: .cue, code: code, words: [str(p + 1, p + 2)]))
                    p += 1
                    continue
                }
                // "白俄罗斯罗加乔夫市代表团": three transliterated characters or more before 市/区/州, after a country, a bound or a verb of travel.
                if h19HanTownSuffixes.contains(c), p >= 3 {
                    var b = p
                    // (Fields read in place: in this large pass the test of an optional field copied every mention it read.)
                    while b > 0, p - b < 6, h19Translit(sc[b - 1]),
                          !mentions.indices.contains(where: { mentionType($0) == .country && mentionEnd($0) == t.start + b }) { b -= 1 }
                    if p - b >= 3 {
                        let sb = hanSpan(t, sc, b, 1).0
                        if b == 0 || h19HanBodyLeftStops.contains(sc[b - 1].value) || h19HanTravelBefore.contains(sc[b - 1].value)
                            || mentions.indices.contains(where: { mentionType($0) == .country && mentionEnd($0) == sb }) {
                            add(b, p + 1, .place)
                            continue
                        }
                    }
                }
                // "并到访泰州", "前往锦州市": two characters and 州/市 after a verb of travel, at a stop.
                if c == 0x5230 || c == 0x8BBF || c == 0x524D || c == 0x62B5, p + 4 <= n,
                   at(p, h19Travel[0]) || at(p, h19Travel[1]) || at(p, h19Travel[2]) || at(p, h19Travel[3]),
                   sc[p + 3] == "州" || sc[p + 3] == "市", p + 4 == n || h19HanNameStops.contains(sc[p + 4].value) {
                    add(p + 2, p + 4, .place)
                    p += 3
                    continue
                }
                // "广西防城港与…", "至锦普港的": a port city (two characters and 港) after a province, a bound or 至/从, before a bound.
                if c == 0x6E2F, p >= 2, p + 1 == n || h19HanPortAfter.contains(sc[p + 1].value), !h19HanPortNotFirst.contains(sc[p - 2].value) {
                    let b = p - 2
                    let sb = hanSpan(t, sc, b, 1).0
                    if b == 0 || h19HanPortBefore.contains(sc[b - 1].value) || mentions.indices.contains(where: { mentionType($0) == .place && mentionEnd($0) == sb }) {
                        add(b, p + 1, .place)
                        continue
                    }
                }
                // "湄潭县兴隆镇龙凤村": a village right after its township.
                if c == 0x6751, p >= 3, anyMention(where: { $0.type == .place && $0.end == t.start + p - 2 && $0.surface.hasSuffix("镇") }) {
                    add(p - 2, p + 1, .place)
                }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        for m in adds where !mentions.indices.contains(where: { mentionStart($0) == m.start && mentionEnd($0) == m.end && mentionType($0) == m.type }) {
            // A place inside a longer organization ("罗加乔夫区" in "罗加乔夫区执行委员会") is part of its name.
            if m.type == .place, mentions.indices.contains(where: {
                mentionType($0) == .organization && mentionStart($0) <= m.start && mentionEnd($0) >= m.end && mentionEnd($0) - mentionStart($0) > m.end - m.start
            }) { continue }
            h19Put(m)
        }
    }
    static let h19Travel: [[Unicode.Scalar]] = ["到访", "访问", "前往", "抵达"].map { Array($0.unicodeScalars) }
}
