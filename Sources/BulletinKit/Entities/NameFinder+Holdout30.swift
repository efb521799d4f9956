import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout30 (VNA, BelTA, TASS, Kazinform, Xinhua and People's Daily wire
/// copy in Vietnamese, Russian and Chinese; scored untouched at 0.820 before any of them). One pass, run after refineAr15
/// and before refineCP15. Each rule is gated on its language or script and on a hashed key, a token flag or a first
/// character, so an article of another language pays a few flag tests.
extension NameFinder {
    mutating func refineHoldout30() {
        if lang.vi || lang.ru { h30NameGluedToBody() }
        if lang.vi { h30Vietnamese() }
        else if lang.ru { h30Russian() }
        if hasHan, language == "zh" { h30Han() }
    }

    // MARK: - Vietnamese

    /// Heads of a body written with lowercase syllables after the first ("Phòng Thương mại …", "Hợp tác xã …"), by their first
    /// syllable's key: the keys of the syllables after it (none: one syllable), and the kind of name they open.
    enum H30Head { case body, site, contest }
    static let h30VietnameseHeads: [String: [([String], H30Head)]] = [
        "ban": [([], .body)], "phong": [([], .body)], "truong": [([], .body)], "so": [([], .body)], "vien": [([], .body)],
        "cuc": [([], .body)], "hoi": [([], .body)], "quy": [([], .body)], "giai": [([], .contest)],
        "trung": [(["tam"], .body)], "cong": [(["ty"], .body)], "tap": [(["doan"], .body)], "benh": [(["vien"], .body)],
        "hiep": [(["hoi"], .body)], "dien": [(["dan"], .body)], "lien": [(["doan"], .body)],
        "tong": [(["cong", "ty"], .body), (["cuc"], .body)], "cau": [(["lac", "bo"], .body)], "hop": [(["tac", "xa"], .body)],
        "nha": [(["thi", "dau"], .site)], "vuon": [(["quoc", "gia"], .site)],
    ]
    static let h30VietnameseHeadKeys = Array(h30VietnameseHeads.keys)
    static let h30VietnameseHeadFirsts = KeySet(h30VietnameseHeadKeys)
    /// The forms and first syllables as written, by the index of their key in `h30VietnameseHeadFirsts` (no dictionary look-up per token).
    static let h30VietnameseHeadForms: [[([String], H30Head)]] = {
        var out = Array(repeating: [([String], H30Head)](), count: h30VietnameseHeadKeys.count)
        for k in h30VietnameseHeadKeys { if let i = h30VietnameseHeadFirsts.index(k) { out[i] = h30VietnameseHeads[k] ?? [] } }
        return out
    }()
    /// (Arrays, compared with `==`: hashing a non-ASCII String for a Set look-up normalizes it, a thousand instructions and more;
    /// `==` is the same canonical equivalence and compares equal bytes at once.)
    static let h30VietnameseHeadFirstTexts: [[String]] = {
        var out = Array(repeating: [String](), count: h30VietnameseHeadKeys.count)
        for k in h30VietnameseHeadKeys { if let i = h30VietnameseHeadFirsts.index(k) { out[i] = Array(h30VietnameseHeadTexts[k] ?? []) } }
        return out
    }()
    /// The first syllables of those heads as written (lowercase, composed).
    static let h30VietnameseHeadTexts: [String: Set<String>] = ["ban": ["Ban"], "phong": ["Phòng"], "truong": ["Trường"], "so": ["Sở"], "vien": ["Viện"],
        "cuc": ["Cục"], "hoi": ["Hội"], "quy": ["Quỹ"], "giai": ["Giải"], "trung": ["Trung"], "cong": ["Công"], "tap": ["Tập"], "benh": ["Bệnh"],
        "hiep": ["Hiệp"], "dien": ["Diễn"], "lien": ["Liên"], "tong": ["Tổng"], "cau": ["Câu"], "hop": ["Hợp"], "nha": ["Nhà"], "vuon": ["Vườn"]]
    /// Heads of three syllables that open a name wherever they stand ("Câu lạc bộ Võ thuật Sơn Động", "Nhà thi đấu huyện X").
    static let h30VietnameseLongHeadFirsts = KeySet(["cau", "hop", "nha", "vuon"])
    /// Verbs whose first syllable a company's name ran over ("… Mường La cam kết").
    static let h30VietnameseVerbPairs: [String: String] = ["cam": "ket", "tham": "gia", "gianh": "duoc", "dat": "duoc", "danh": "bai"]
    static let h30VietnameseVerbFirsts = KeySet(Array(h30VietnameseVerbPairs.keys))
    /// Function words and verbs that end a body's name, as written (lowercase, composed): the folded keys of "tư" (đầu tư) and
    /// "từ", "đẳng" (cao đẳng) and "đang" are one.
    static let h30VietnameseStops: Set<String> = ["của", "và", "tại", "ở", "với", "cho", "đã", "là", "được", "có", "trong", "từ", "đến", "theo", "về",
        "sẽ", "khi", "như", "cũng", "thì", "mà", "nhưng", "các", "một", "để", "thuộc", "trên", "dưới", "sau", "trước", "giữa", "vừa", "hiện",
        "đang", "nếu", "vì", "do", "nên", "hay", "hoặc", "phải", "muốn", "cần", "không", "chưa", "rất", "này", "đó", "sang", "tới", "cùng",
        "đều", "những", "nhằm", "qua", "ông", "bà", "anh", "chị", "bị", "làm", "năm", "ngày", "tháng", "ký", "tiếp", "thăm", "dự", "thắng",
        "xếp", "giành", "đạt", "đánh", "nói", "góp", "mua", "bán", "nhận", "mời", "đón", "gửi", "trao", "cho", "mở", "đưa", "chịu", "gồm",
        "kêu", "đặt", "ghi"]
    /// Verbs of two syllables whose first is also a word of a field ("phát biểu" but "phát triển", "tổ chức" the verb).
    static let h30VietnameseVerbPairsText: [String: Set<String>] = {
        var d: [String: Set<String>] = [:]
        for p in ["phát biểu", "triển khai", "tổ chức", "đề nghị", "đề xuất", "khẳng định", "cam kết", "tham gia", "hỗ trợ", "khởi công", "tài trợ",
                  "khánh thành", "công bố", "thông báo", "phối hợp", "yêu cầu", "chỉ đạo", "ký kết", "xây dựng", "cho biết", "cho hay", "đánh giá",
                  "giới thiệu", "tiến hành", "khai mạc", "bế mạc", "diễn ra", "tổng kết", "lập tức", "thành lập", "vận chuyển"] {
            let w = p.split(separator: " ").map(String.init)
            d[w[0], default: []].insert(w[1])
        }
        return d
    }()

    /// The folded keys of those words and of the verbs' first syllables: a word whose key is none of them is no stop (no Set
    /// look-up of its text).
    static let h30VietnameseStopKeys = KeySet(Array(h30VietnameseStops.map { TextFolding.key($0) }) + h30VietnameseVerbPairsText.keys.map { TextFolding.key($0) })

    /// The stops and the verbs' first syllables (with their second ones) by the index of their key in `h30VietnameseStopKeys`:
    /// a word is compared with `==` to the few of its key only (canonical equivalence, as the Set and Dictionary look-ups were,
    /// without hashing its non-ASCII text).
    static let h30VietnameseStopsByKey: [(stops: [String], verbs: [(String, Set<String>)])] = {
        var out = Array(repeating: (stops: [String](), verbs: [(String, Set<String>)]()), count: h30VietnameseStops.count + h30VietnameseVerbPairsText.count)
        for w in h30VietnameseStops { if let i = h30VietnameseStopKeys.index(TextFolding.key(w)) { out[i].stops.append(w) } }
        for (w, seconds) in h30VietnameseVerbPairsText { if let i = h30VietnameseStopKeys.index(TextFolding.key(w)) { out[i].verbs.append((w, seconds)) } }
        return out
    }()

    /// Token `k` is a lowercase word that ends a body's name (see `h30VietnameseStops`).
    func h30ViStop(_ k: Int) -> Bool {
        // (Callers ask of lowercase words only; `==` compares canonically, so NFD text matches.)
        guard k >= 0, k < tokens.count, let x = Self.h30VietnameseStopKeys.index(tokens[k].key, hash: tokens[k].keyHash) else { return false }
        let w = Self.composedText(tokens[k].text)   // (canonically equal: see `composedText`)
        let entry = Self.h30VietnameseStopsByKey[x]
        // (`PlainText.equal`: `==`'s answer, on bytes when both are plain.)
        if entry.stops.contains(where: { PlainText.equal($0, w) }) { return true }
        guard let (_, seconds) = entry.verbs.first(where: { PlainText.equal($0.0, w) }), k + 1 < tokens.count, tokens[k + 1].kind == .word else { return false }
        // (The Set's answer, `==` to some member, without hashing the non-ASCII syllable: a few seconds a verb.)
        let next = Self.composedText(tokens[k + 1].text)
        return seconds.contains(where: { PlainText.equal($0, next) })
    }

    /// The syllables of a Vietnamese text, lowercase: each one's letters without tone marks and its tone mark (0: none), so that
    /// "Sơn Động" and "Sơn Đông" (a tone), "Văn Nam" and "Vân Nam" (a letter) differ and "Hoá" and "Hóa" (the tone written on
    /// another vowel) do not.
    static func h30Syllables(_ text: String) -> [(String, UInt32)] {
        var out: [(String, UInt32)] = []
        for w in text.decomposedStringWithCanonicalMapping.lowercased().split(separator: " ") {
            var base = String.UnicodeScalarView()
            var tone: UInt32 = 0
            for u in w.unicodeScalars {
                switch u.value {
                case 0x0300, 0x0301, 0x0303, 0x0309, 0x0323: tone = u.value
                default: base.append(u)
                }
            }
            out.append((String(base), tone))
        }
        return out
    }

    /// Written with letters only Vietnamese uses (`EntityLexicon.isVietnamese`), read from the UTF-8 bytes: U+1EA0…U+1EF9
    /// (E1 BA/BB …), ơ ư Ơ Ư (C6 …), đ ă Đ Ă (C4 …).
    static func h30VietnameseBytes(_ s: String) -> Bool {
        var prev: UInt8 = 0
        for b in s.utf8 {
            if prev == 0xE1 && (b == 0xBA || b == 0xBB) { return true }
            if prev == 0xC6 && (b == 0xA0 || b == 0xA1 || b == 0xAF || b == 0xB0) { return true }
            if prev == 0xC4 && (b == 0x90 || b == 0x91 || b == 0x82 || b == 0x83) { return true }
            prev = b
        }
        return false
    }

    /// The head at token `a` (a capitalized syllable): the index of its last syllable and its kind, or nil.
    func h30HeadEnd(_ a: Int) -> (Int, H30Head)? {
        guard h21Cap(a), tokens[a].script == .latin, let x = Self.h30VietnameseHeadFirsts.index(tokens[a].key, hash: tokens[a].keyHash) else { return nil }
        let forms = Self.h30VietnameseHeadForms[x], first = Self.h30VietnameseHeadFirstTexts[x]
        // (As written: "Phong Điền" and "Hội An" are places, "Phòng" and "Hội" heads.)
        for (rest, kind) in forms {
            var ok = true
            for (q, key) in rest.enumerated() where !(keyIs(a + 1 + q, key) && tokens[a + 1 + q].spaceBefore && !tokens[a + 1 + q].newlineBefore) { ok = false; break }
            // (Checked last, as written: String equality is canonical, so NFD text matches too.)
            // (`PlainText.equal`: `==`'s answer, on bytes when both are plain: "Phong" against "Phòng" took the normalizing path.)
            // (A decomposed text composed first, `composedText`: the same answers, on bytes.)
            if ok { let text = Self.composedText(tokens[a].text); return first.contains(where: { PlainText.equal($0, text) }) ? (a + rest.count, kind) : nil }
        }
        return nil
    }

    /// End (inclusive) of a Vietnamese body's name whose head ends at `h`: it goes on over capitalized syllables and the
    /// lowercase ones of its field ("Phòng Thương mại và Công nghiệp Nga", "Trung tâm Phẫu thuật tim trẻ em Cộng hòa"), over "và"
    /// before a capitalized word that opens no other body and over a spaced dash between capitalized words ("Việt – Đức"),
    /// and ends at a function word, a verb, punctuation, or the first lowercase syllable after two capitalized ones that
    /// follow a lowercase one (the proper part that closes it: "… tỉnh Bắc Giang" + "đánh bại").
    func h30VietnameseNameEnd(_ a: Int, head h: Int) -> Int {
        let n = tokens.count
        var e = h, k = h + 1, capsAfterLower = 0, afterLower = false
        while k < n, k - a < 16, tokens[k].spaceBefore, !tokens[k].newlineBefore {
            if tokens[k].kind == .punct {
                guard textIsMark(k, "–") || textIsMark(k, "-"), h21Cap(k + 1), tokens[k + 1].spaceBefore, h21Cap(k - 1) else { break }
                k += 1
                continue
            }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { break }
            if h21Cap(k) {
                if tokens[k].allCaps && tokens[k].key.utf8.count > 1 { break }
                // "… Việt Nam" + "Phùng Thế Vĩnh": a family name and two capitalized syllables after a proper part are a person.
                if capsAfterLower >= 2 || !afterLower && k - h >= 3, h21Cap(k + 1), h21Cap(k + 2), tokens[k + 1].spaceBefore, tokens[k + 2].spaceBefore,
                   h19Key(k, Self.h19VietnameseSurnames) || h19Key(k, Self.h21VietnameseSurnames) { break }
                if afterLower { capsAfterLower += 1 }
                e = k
                k += 1
                continue
            }
            guard h21Lower(k) else { break }
            if keyIs(k, "va") {
                guard capsAfterLower < 2, h21Cap(k + 1), h30HeadEnd(k + 1) == nil, !h19Key(k + 1, Self.h19VietnameseOrgHeads) else { break }
                afterLower = true
                capsAfterLower = 0
                k += 1
                continue
            }
            if capsAfterLower >= 2 || h30ViStop(k) { break }
            e = k
            afterLower = true
            capsAfterLower = 0
            k += 1
        }
        // A name ends on a capitalized syllable or a lowercase one of its field, never on an administrative noun.
        while e > h, h21Lower(e), h19Key(e, Self.h19VietnameseAdminNouns) { e -= 1 }
        return e
    }

    // (`PlainText.equal(text, "hồ")` below: `text.precomposedStringWithCanonicalMapping == "hồ"`, String equality being
    // canonical, on bytes for a plain text.)
    mutating func h30Vietnamese() {
        let n = tokens.count
        var drop = Set<Int>()
        var puts: [Mention] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h19VietnamesePlaceNouns = Self.h19VietnamesePlaceNouns, h19VietnameseAdminNouns = Self.h19VietnameseAdminNouns,
            h30VietnameseVerbPairs = Self.h30VietnameseVerbPairs, h30VietnameseLongHeadFirsts = Self.h30VietnameseLongHeadFirsts
        for i in mentions.indices {
            // "Sơn Động" read as the knowledge base's "Sơn Đông" (Shandong): a name written with Vietnamese letters and tone marks
            // is not a known name whose Vietnamese spellings all differ from it in a letter or a tone (the folded keys agree).
            if let kn = mentionKnown(i), mentionType(i) != .country, Self.h30VietnameseBytes(mentionSurface(i)) {
                let e = lex.knowledge.entities[kn]
                // (Canonically equal to the surface, `composedText`, so `==`, `hasSuffix` and the syllables answer alike, on bytes.)
                let surface = Self.composedText(mentionSurface(i))
                // (Most known mentions are written as one of the entry's names: no syllables needed.)
                // (The entry's name too: a Vietnamese entry is named as Vietnamese writes it, "Tô Lâm".)
                if PlainText.equal(e.name, surface) || PlainText.hasSuffix(surface, " " + e.name)
                    || e.aliases.contains(where: { PlainText.equal($0, surface) || PlainText.hasSuffix(surface, " " + $0) }) { continue }
                let s = Self.h30Syllables(surface)
                var otherTones = false, same = false
                for name in [e.name] + e.aliases where EntityLexicon.isVietnamese(name) || name.unicodeScalars.contains(where: { "âêôÂÊÔ".unicodeScalars.contains($0) }) {
                    let a = Self.h30Syllables(name)
                    guard a.count <= s.count else { continue }
                    let tail = Array(s.suffix(a.count))
                    if tail.map(\.0) == a.map(\.0) && tail.map(\.1) == a.map(\.1) { same = true; break }
                    otherTones = true
                }
                if otherTones, !same { drop.insert(i) }
                continue
            }
            guard mentionKnown(i) == nil, mentionType(i) != .country, let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            let len = z - a + 1
            // "Ban Quản", "Phòng Thương", "Trường Cao" read as places before "lý", "mại", "đẳng": the head of a body whose
            // name goes on in lowercase; "Giải Vô" + "địch": a contest, no name.
            if mentionType(i) == .place, len <= 3, h21Lower(z + 1), tokens[z + 1].spaceBefore, !tokens[z + 1].newlineBefore, !h30ViStop(z + 1),
               !(h21Lower(a - 1) && (h19Key(a - 1, h19VietnamesePlaceNouns) || h19Key(a - 1, h19VietnameseAdminNouns))), let (h, kind) = h30HeadEnd(a), h <= z {
                drop.insert(i)
                if kind != .contest {
                    let e = h30VietnameseNameEnd(a, head: h)
                    if e > z { puts.append(mention(a, e + 1, type: kind == .site ? .place : .organization, evidence: .cue)) }
                }
                continue
            }
            // "bác sĩ Cầm Văn Thưởng" read as a place: three or four syllables with "Văn" or "Thị" second are a person's name
            // (not after a place noun: "huyện Trần Văn Thời").
            if mentionType(i) == .place, len >= 3, len <= 4, keyIs(a + 1, "van") || keyIs(a + 1, "thi"), (a...z).allSatisfy({ h21Cap($0) }),
               !(h21Lower(a - 1) && (h19Key(a - 1, h19VietnamesePlaceNouns) || h19Key(a - 1, h19VietnameseAdminNouns) || keyIs(a - 1, "pho"))) {
                mentions[i].type = .person
                mentions[i].evidence = .cue
                mentions[i].placeContext = false
                continue
            }
            guard mentionType(i) == .organization else { continue }
            // "Công ty cổ phần Dược phẩm Tây Bắc Mường La cam" + "kết": the first syllable of a verb is no part of the name.
            if len >= 3, h21Lower(z), let v = h30VietnameseVerbPairs[tokens[z].key], keyIs(z + 1, v) {
                mentions[i] = mention(a, z, type: .organization, evidence: mentionEvidence(i))
                continue
            }
            // "Tổng công ty Đầu tư và Khai thác" + "cảng Hồng Lĩnh", "Trung tâm Y tế huyện" + "Mai Sơn", "Diễn đàn … Cà Mau" + "– Uy
            // Hải": a body's name goes on over the lowercase words of its field and the proper part after them.
            if let (h, _) = h30HeadEnd(a), h < z || h == z && h21Cap(z + 1), z + 1 < n, tokens[z + 1].spaceBefore, !tokens[z + 1].newlineBefore,
               h21Lower(z + 1) && !h30ViStop(z + 1)
                || h21Lower(z) && h19Key(z, h19VietnameseAdminNouns) && h21Cap(z + 1)
                || tokens[z + 1].kind == .punct && (textIsMark(z + 1, "–") || textIsMark(z + 1, "-")) && h21Cap(z + 2) && tokens[z + 2].spaceBefore {
                let e = h30VietnameseNameEnd(a, head: h)
                if e > z, (z + 1...e).contains(where: { h21Cap($0) }) {
                    drop.insert(i)
                    puts.append(mention(a, e + 1, type: .organization, evidence: mentionEvidence(i)))
                }
                continue
            }
            // "Năm Sao Cà Mau" read apart from "Tổng công ty Thủy sản" before it: a company's head and field a few words back
            // with nothing between open the name.
            if h30HeadEnd(a) == nil, a >= 2 {
                var k = a - 1
                while k > 0, a - k < 6, tokens[k].spaceBefore, tokens[k].kind == .word, tokens[k].script == .latin,
                      h21Cap(k) || h21Lower(k) && !h30ViStop(k), h30HeadEnd(k) == nil { k -= 1 }
                if let (h, kind) = h30HeadEnd(k), kind == .body, h < a, keyIs(k, "tong") || keyIs(k, "cong") || keyIs(k, "tap"),
                   h26MentionOver(k) == nil, !(h + 1..<a).contains(where: { h26MentionOver($0) != nil }) {
                    drop.insert(i)
                    puts.append(mention(k, z + 1, type: .organization, evidence: mentionEvidence(i)))
                }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        for m in puts { h19Put(m) }
        // Heads of three syllables anywhere ("Câu lạc bộ Võ thuật Sơn Động", "Hợp tác xã Quế hồi …", "Nhà thi đấu huyện Lục Ngạn",
        // "Vườn quốc gia Mũi Cà Mau"), and lakes after "hồ" ("hồ Thác Bà").
        // (Asked of every lowercase word: its key hash first, computed once.)
        let hoHash = Token.hash("ho")
        // (The heads' pattern acts only at a head's first word, the lakes' at "hồ": neither in the article, no walk.)
        let longHeads = articleHas(h30VietnameseLongHeadFirsts)
        var k = longHeads || articleHasKey(hash: hoHash) ? 0 : n
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { continue }
            if longHeads, tokens[k].capitalized, h19Key(k, h30VietnameseLongHeadFirsts), h26MentionOver(k) == nil, let (h, kind) = h30HeadEnd(k), h > k {
                let e = h30VietnameseNameEnd(k, head: h)
                guard e > h, (h + 1...e).contains(where: { h21Cap($0) }) else { continue }
                let (s, t) = (tokens[k].start, tokens[e].end)
                if anyMention(where: { $0.start <= s && $0.end >= t && $0.type != .country }) { k = e; continue }
                h19Put(mention(k, e + 1, type: kind == .site ? .place : .organization, evidence: .cue))
                k = e
                continue
            }
            if !tokens[k].capitalized, keyIs(k, "ho", hash: hoHash), Self.isWord(tokens[k].text, "hồ"), let e = h21CapRun(k + 1, max: 3),
               tokens[k + 1].spaceBefore, !h19InKnown(k + 1), !h21Cap(e + 1) {
                if let j = h19MentionAt(k + 1, e) {
                    if mentionType(j) != .place, mentionKnown(j) == nil {
                        mentions[j].type = .place
                        mentions[j].evidence = .cue
                        mentions[j].placeContext = true
                    }
                } else if h26MentionOver(k + 1) == nil {
                    h19Put(mention(k + 1, e + 1, type: .place, evidence: .cue))
                }
                k = e
            }
        }
    }

    /// A body's name glued to a person's that the article also names apart: "Tổng Giám đốc Kama Agrokhim Sergei Bogomolov" read as
    /// one person whose first words are a body's ("Công ty cổ phần Kama Agrokhim"), "ректор Университета Дуйтан Нгуен Чунг Зунг"
    /// read as one body whose last words are a person's ("Нгуен Чунг Зунгом"). The body's words are cut off.
    mutating func h30NameGluedToBody() {
        var people: [Int] = [], bodies: [Int] = []
        people.reserveCapacity(mentions.count)   // (one buffer each: their appends regrew them)
        bodies.reserveCapacity(mentions.count)
        for i in mentions.indices where mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            if mentionType(i) == .person { people.append(i) } else if mentionType(i) == .organization { bodies.append(i) }
        }
        // (A person named apart: three words or more, or a common given name first; not a known name's words read again.
        // Asked only of a person some body's words fit.)
        func apart(_ i: Int) -> Bool {
            let m = mentions[i]
            return (m.words.count >= 3 || lex.givenNames.contains(m.words[0]))
                && !anyMention(where: { $0.known != nil && ($0.start < m.end && $0.end > m.start || $0.words == m.words) })
        }
        guard !people.isEmpty, !bodies.isEmpty else { return }
        var cuts: [(Int, Int, Int, EntityType)] = []
        for b in bodies where mentionWordCount(b) >= 4 {
            let bw = mentionWords(b)
            for p in people where p != b {
                let pw = mentionWords(p)
                guard pw.count >= 2, pw.count <= bw.count - 2, bw[bw.count - pw.count].unicodeScalars.first == pw[0].unicodeScalars.first,
                      bw.suffix(pw.count).elementsEqual(pw) || h30SameNameCase(Array(bw.suffix(pw.count)), pw) else { continue }
                if let (a, z) = seedSpan(b), z - a + 1 == bw.count, (z - pw.count + 1...z).allSatisfy({ h21Cap($0) }), apart(p) {
                    cuts.append((b, a, z - pw.count, .organization))
                    break
                }
            }
        }
        let cutBodies = Set(cuts.map(\.0))
        for p in people where mentionWordCount(p) >= 4 {
            let pw = mentionWords(p)
            for b in bodies {
                let bw = mentionWords(b)
                // The longest prefix of the person's words found as consecutive words of the body, leaving two or more.
                var best = 0
                guard !cutBodies.contains(b) else { continue }
                guard bw.count > 3, bw.dropFirst().contains(pw[0]) else { continue }
                for len in stride(from: pw.count - 2, through: 2, by: -1) {
                    let pre = pw[0..<len]
                    if bw.count > len + 1, (1...(bw.count - len)).contains(where: { bw[$0] == pw[0] && bw[$0..<($0 + len)].elementsEqual(pre) }) { best = len; break }
                }
                if best > 0, let (a, z) = seedSpan(p), z - a + 1 == pw.count, (a + best...z).allSatisfy({ h21Cap($0) }), apart(p) {
                    cuts.append((p, a + best, z, .person))
                    break
                }
            }
        }
        for (i, a, z, type) in cuts {
            let ev = mentionEvidence(i)
            mentions[i] = mention(a, z + 1, type: type, evidence: ev)
        }
    }

    /// Two names of equal length whose words differ at most by Russian case endings (the last word's) — the same name.
    func h30SameNameCase(_ x: [String], _ y: [String]) -> Bool {
        guard x.count == y.count, !x.isEmpty, x[0].unicodeScalars.first == y[0].unicodeScalars.first else { return false }
        for (u, v) in zip(x, y) where u != v {
            guard Self.h30CaseForms(u, v) else { return false }
        }
        return true
    }

    /// Endings of Russian nouns and adjectives in their cases.
    static let h30RussianEndings = ["ый", "ий", "ой", "ая", "ое", "ые", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю", "ой", "ей",
        "а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "ам", "ах", "ами"]

    /// `u` and `v` are case forms of one Russian word: the same stem of four letters or more, each with a case ending or none.
    static func h30CaseForms(_ u: String, _ v: String) -> Bool {
        // The common prefix (four letters or more), and what is left of each: nothing or the end of a case ending
        // ("рудн" + "ый"/"ом", "жайык" + ""/"а", "рудно" + "го"/"м").
        let a = Array(u.unicodeScalars), b = Array(v.unicodeScalars)
        guard a.count >= 4, b.count >= 4, a[0] == b[0] else { return false }
        var c = 0
        while c < a.count, c < b.count, a[c] == b[c] { c += 1 }
        guard c >= 4 else { return false }
        func ending(_ r: ArraySlice<Unicode.Scalar>) -> Bool {
            r.isEmpty || r.count <= 3 && h30RussianEndingScalars.contains { $0.count >= r.count && $0.suffix(r.count).elementsEqual(r) }
        }
        return ending(a[c...]) && ending(b[c...])
    }
    static let h30RussianEndingScalars: [[Unicode.Scalar]] = h30RussianEndings.map { Array($0.unicodeScalars) }

    // MARK: - Russian

    /// Patronymics in any case, and the Kazakh and Azerbaijani ones that do not decline.
    static let h30PatronymicEndings = ["ович", "евич", "ич", "овна", "евна", "ична", "инична", "овича", "евича", "овичу", "евичу", "овичем", "евичем",
        "овиче", "евиче", "овны", "евны", "овне", "евне", "овной", "евной", "овну", "евну", "ичны", "ичной", "ичне", "ичну", "улы", "ұлы", "кызы", "қызы"]
    /// `h30RussianBodyNouns` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h30RussianBodyNounsAffixes = AffixList(h30RussianBodyNouns)
    /// Nouns of a body after its adjective ("Наровлянского лесхоза", "Житковичского райисполкома"), by stem.
    static let h30RussianBodyNouns = ["лесхоз", "райисполком", "горисполком", "облисполком", "агрокомбинат", "комбинат", "колледж", "техникум",
        "университет", "институт", "лицей", "колхоз", "совхоз", "леспромхоз", "райпо", "мясокомбинат", "молокозавод", "завод"]
    /// Nouns of a sports ground before its quoted name ("спорткомплексе «Урал-Арена»", "Дворце спорта «X»").
    static let h30RussianVenueNouns = KeySet(["спорткомплекс", "спорткомплекса", "спорткомплексе", "спорткомплексу", "спорткомплексом",
        "ледовой", "ледовая", "ледовом", "дворец", "дворца", "дворце", "манеж", "манеже", "арене", "арена", "арены"])
    /// Legal forms of Belarusian and Russian farms and enterprises before a quoted name ("СПК «Дубровицкий»").
    static let h30RussianLegalForms = KeySet(["спк", "руп", "куп", "уп", "чуп", "одо", "чтуп", "ксуп", "гу", "гп", "кфх", "сзао"])
    /// Genitive administrative nouns after a capitalized noun ("Прокурор района", "Суд … района вынес").
    static let h30RussianAdminGenitives = KeySet(["района", "области", "края", "округа", "города", "республики"])

    @inline(__always) func h30Cyr(_ k: Int) -> Bool { k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .cyrillic }

    static let h30PatronymicEndingBytes: [[UInt8]] = (h30PatronymicEndings.filter { $0.count >= 3 } + ["вич"]).map { Array($0.utf8) }

    /// The last UTF-8 bytes of those endings: a key ending in none of them ends in no patronymic (one test, not thirty suffixes).
    static let h30PatronymicLastBytes: [Bool] = {
        var out = Array(repeating: false, count: 256)
        for e in h30PatronymicEndingBytes { if let b = e.last { out[Int(b)] = true } }
        return out
    }()

    func h30Patronymic(_ k: Int) -> Bool {
        guard h30Cyr(k), tokens[k].capitalized else { return false }
        let key = tokens[k].key.utf8
        guard let last = key.last, Self.h30PatronymicLastBytes[Int(last)], key.count >= 12 else { return false }
        // (Byte comparisons of the key's tail: `hasSuffix` on Cyrillic strings compared canonically, a few thousand instructions each.)
        // (On the contiguous bytes where the key has them, as nearly every key does: `suffix` of a `UTF8View` walks indices.)
        if let r = key.withContiguousStorageIfAvailable({ b in
            Self.h30PatronymicEndingBytes.contains { e in
                guard b.count >= e.count else { return false }
                let base = b.count - e.count
                for q in 0..<e.count where b[base + q] != e[q] { return false }
                return true
            }
        }) { return r }
        return Self.h30PatronymicEndingBytes.contains { e in key.count >= e.count && key.suffix(e.count).elementsEqual(e) }
    }

    mutating func h30Russian() {
        let n = tokens.count
        var drop = Set<Int>()
        var puts: [Mention] = []
        // (The patterns that act only at a word of their list, skipped when the list is absent from the article.)
        let adminGenitives = articleHas(Self.h30RussianAdminGenitives), venues = articleHas(Self.h30RussianVenueNouns),
            legalForms = articleHas(Self.h30RussianLegalForms)
        for i in mentions.indices {
            guard let (a, z) = seedSpan(i), h30Cyr(a) else { continue }
            let len = z - a + 1
            // "Данияр Ерланулы Сейтжанов" read as Denmark ("Дани~"): a word before a patronymic is a given name.
            if mentionType(i) == .country, len == 1, tokens[a].capitalized, h30Patronymic(a + 1), tokens[a + 1].spaceBefore, h21Cap(a + 2) {
                drop.insert(i)
                puts.append(mention(a, a + 3, type: .person, evidence: .cue))
                continue
            }
            guard mentionKnown(i) == nil, mentionType(i) != .country else { continue }
            // "аким города Бахытжан Нурланович Есенгельдин" read as a town and "Нурланович Есенгельдин": a person's name starting
            // with a patronymic takes the capitalized word before it.
            if mentionType(i) == .person, len >= 2, h30Patronymic(a), h21Cap(a - 1), h30Cyr(a - 1), tokens[a].spaceBefore, !tokens[a - 1].allCaps {
                if let j = h26MentionOver(a - 1) {
                    if mentionKnown(j) != nil && mentionType(j) != .country { continue }
                    drop.insert(j)
                }
                drop.insert(i)
                puts.append(mention(a - 1, z + 1, type: .person, evidence: .cue))
                continue
            }
            // "Уголовное дело возбудило …" opening a sentence: a capitalized adjective and a lowercase noun are no person.
            if mentionType(i) == .person, len == 2, h21Lower(z), tokens[a].sentenceStart || a == 0 {
                drop.insert(i)
                continue
            }
            // "Прокурор района Дмитрий …": a capitalized noun and "района" are no place.
            if adminGenitives, mentionType(i) == .place, len == 2, h21Lower(z), h19Key(z, Self.h30RussianAdminGenitives), !Self.hasAnySuffix(tokens[a].key, Self.h30AdjectiveGenitiveEndsAffixes) {
                drop.insert(i)
                continue
            }
            // "Суд Житковичского района вынес приговор": a body's name ends at its administrative genitive.
            if adminGenitives, mentionType(i) == .organization, len >= 4, h21Lower(z), let g = (a + 1..<z).last(where: { h19Key($0, Self.h30RussianAdminGenitives) }),
               g - a >= 2, (g + 1...z).allSatisfy({ h21Lower($0) }) {
                mentions[i] = mention(a, g + 1, type: .organization, evidence: mentionEvidence(i))
                continue
            }
            // "директором Наровлянского" + "лесхоза": a capitalized adjective before a body's noun names that body.
            if len == 1, mentionType(i) != .place, h21Cap(a), h21Lower(a + 1), tokens[a + 1].spaceBefore, h30AdjectiveKey(tokens[a].key),
               Self.hasAnyPrefix(tokens[a + 1].key, Self.h30RussianBodyNounsAffixes) {
                drop.insert(i)
                puts.append(mention(a, a + 2, type: .organization, evidence: .cue))
                continue
            }
            // "на берегу Припяти": a river's bank.
            if len == 1, mentionType(i) == .organization || mentionType(i) == nil, a >= 2, h30Cyr(a - 1), PlainText.hasPrefix(tokens[a - 1].key, "берег"), keyIs(a - 2, "на") || keyIs(a - 2, "по") {
                mentions[i].type = .place
                mentions[i].evidence = .cue
                mentions[i].placeContext = true
                continue
            }
            // "спорткомплексе «Урал-Арена»": a sports ground's quoted name is a place.
            if venues, mentionType(i) == .organization || mentionType(i) == nil, a >= 2, h26Punct(a - 1, "«"), h19Key(a - 2, Self.h30RussianVenueNouns) {
                mentions[i].type = .place
                mentions[i].evidence = .cue
                mentions[i].placeContext = true
                continue
            }
            // "СПК" + "«Дубровицкий»": a farm's legal form and its quoted name are one body.
            if legalForms, mentionType(i) == .organization, len == 1, tokens[a].allCaps, h19Key(a, Self.h30RussianLegalForms), h26Punct(a + 1, "«"),
               let c = (a + 2..<max(a + 2, min(n, a + 8))).first(where: { h26Punct($0, "»") }), c > a + 2 {
                drop.insert(i)
                puts.append(mention(a, c + 1, type: .organization, evidence: .cue))
                continue
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        for m in puts { h19Put(m) }
        // "Жайыка Рудного" beside "«Жайык Рудный»", "Рудном" beside "Рудный": case forms of one unknown body or place take the first
        // form's words, so they group; persons of one surface read with different words (a lemmatized and a linked form) too.
        var firstByShape: [Int] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != nil {
            guard let f = mentions[i].surface.unicodeScalars.first, (0x0400...0x04FF).contains(f.value) || f == "«" else { continue }
            var joined = false
            for j in firstByShape where mentionType(j) == mentionType(i) && mentionWordCount(j) == mentionWordCount(i)
                    && mentions[j].words.first?.unicodeScalars.first == mentions[i].words.first?.unicodeScalars.first && mentionWords(j) != mentionWords(i) {
                let same = mentionType(i) == .person
                    ? PlainText.equal(mentionSurface(j), mentionSurface(i))
                    : mentionWordCount(j) == mentionWordCount(i) && mentionWordCount(j) <= 3 && h30SameNameCase(mentionWords(j), mentionWords(i))
                if same {
                    mentions[i].variants.append(mentionSurface(i))
                    mentions[i].words = mentionWords(j)
                    joined = true
                    break
                }
            }
            if !joined { firstByShape.append(i) }
        }
    }

    /// A Russian adjective's key ("наровлянского", "житковичский").
    func h30AdjectiveKey(_ key: String) -> Bool { Self.hasAnySuffix(key, Self.h30AdjectiveEndsAffixes) }
    /// `h30AdjectiveEnds` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h30AdjectiveEndsAffixes = AffixList(h30AdjectiveEnds)
    static let h30AdjectiveEnds = ["ский", "ского", "скому", "ским", "ском", "ская", "ской", "скую", "цкий", "цкого", "цкому", "цким", "цком", "цкая", "цкой"]
    /// `h30AdjectiveGenitiveEnds` read once for the byte tests of `hasAnySuffix` / `hasAnyPrefix` (see `AffixList`).
    static let h30AdjectiveGenitiveEndsAffixes = AffixList(h30AdjectiveGenitiveEnds)
    /// Endings of an adjective before "района", "области" … ("Прокурор района" is none).
    static let h30AdjectiveGenitiveEnds = ["ого", "ский", "цкий", "ой"]

    // MARK: - Chinese

    /// Characters before a place's or body's name that are no part of it ("在赣江岸边", "和章贡区", "横跨水口河", "据南康海关").
    static let h30HanLeft = HanCharSet("在和与及、的跨越沿用引至到从由向对把将为抵以了据于往赴流是即经入")
    /// Second characters of common nouns in 区 ("地区", "社区", "园区", "市区", "自治区"): no district names.
    static let h30HanGenericDistrict = HanCharSet("地社园城灾辖市片展发护治济业心范验工营服住牧林矿战新老学校商街库厂站场作湾试易")
    /// Endings of transliterated women's names missing from `hanTransliteration` ("…卡娅", "…耶娃", "古丽…").
    static let h30HanNameExtra = HanCharSet("娅娃丽莉琳文历山捷佳")
    /// Suffixes of places named before them (longest first): dry ports, port areas, chemical zones, water parks, scenic areas,
    /// development zones.
    /// (Glaciers, glacial lakes, valleys, gorges and snow mountains added in the twenty-seventh session: "昆布冰川", "伊姆贾冰湖",
    /// "朗塘河谷", "虎跳峡谷".)
    static let h30HanPlaceSuffixes: [[Unicode.Scalar]] = ["经济技术开发区", "国际陆港", "水上公园", "化工区", "开发区", "港区", "景区",
                                                          "冰川", "冰湖", "河谷", "峡谷", "雪山"].map { Array($0.unicodeScalars) }
    static let h30HanSuffixFirsts = HanCharSet("经国水化开港景冰河峡雪")
    /// The natural features among `h30HanPlaceSuffixes`, whose names are short.
    static let h30HanFeatureSuffixes: [[Unicode.Scalar]] = ["冰川", "冰湖", "河谷", "峡谷", "雪山"].map { Array($0.unicodeScalars) }
    /// Every character at which a rule of the per-character scan of `h30Han` can fire (口 关 海 区 河 江 市 and the first
    /// characters of `h30HanPlaceSuffixes`): a run without one skips the scan, and the scan skips every other character
    /// with one bit test instead of seven comparisons.
    static let h30HanScanTriggers = HanCharSet("口关海区河江市经国水化开港景冰峡雪")
    /// What follows a river's name ("赣江岸边", "锡尔河支流", "大辽河入海口", "傅疃河沿岸").
    static let h30HanRiverAfter: [[Unicode.Scalar]] = ["岸边", "沿岸", "入海口", "支流", "流域", "两岸", "上游", "下游", "的河水", "河水", "畔"].map { Array($0.unicodeScalars) }
    /// Company suffixes after a quoted name ("“明斯克木业”开放式股份公司").
    static let h30HanQuotedSuffixes: [[Unicode.Scalar]] = ["开放式股份公司", "股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团"].map { Array($0.unicodeScalars) }
    /// Words before 口岸 that name no crossing ("依托口岸", "通过口岸", "边境口岸").
    static let h30HanNotCrossings: [[Unicode.Scalar]] = ["依托", "通过", "利用", "经由", "各个", "所有", "边境", "陆路", "公路", "铁路", "国家", "一类",
        "二类", "主要", "重要", "相关", "沿边", "开放", "现有", "两国", "双方", "该", "这个"].filter { $0.count == 2 }.map { Array($0.unicodeScalars) }
    /// Verbs glued before a body ("带领明斯克田径俱乐部").
    static let h30HanLeadVerbs: [[Unicode.Scalar]] = ["带领", "率领", "参加", "加入", "邀请"].map { Array($0.unicodeScalars) }

    @inline(__always) func h30HanIsLeft(_ sc: [Unicode.Scalar], _ q: Int) -> Bool {
        Self.h30HanLeft.contains(Self.hanCode(sc[q])) && !(sc[q] == "经" && !(q > 0 && sc[q - 1] == "途"))
    }

    /// Start of the name ending before offset `p` of a run: back to the run's start or a character of `h30HanLeft`, at most
    /// `most` characters; nil when none bounds it.
    func h30HanStart(_ sc: [Unicode.Scalar], _ p: Int, most: Int) -> Int? {
        var q = p - 1
        while q >= 0, p - q <= most + 1 {
            if h30HanIsLeft(sc, q) { return q + 1 }
            q -= 1
        }
        return q < 0 && p <= most ? 0 : nil
    }

    mutating func h30Han() {
        var adds: [Mention] = []
        // Bodies after a glued verb ("带领明斯克田径俱乐部" → "明斯克田径俱乐部").
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) == .organization {
            guard let b0 = mentions[i].surface.utf8.first, b0 >= 0xE3 else { continue }
            // A verb opens the name at its first or second character: a name whose first two hold no verb's first
            // character is passed over before its scalars are copied.
            var it = mentionSurface(i).unicodeScalars.makeIterator()
            let u0 = it.next(), u1 = it.next()
            guard Self.h30HanLeadVerbs.contains(where: { $0[0] == u0 || $0[0] == u1 }) else { continue }
            let us = Array(mentions[i].surface.unicodeScalars)
            guard us.count >= 5, !us.contains(where: { $0.value > 0xFFFF }) else { continue }
            if let v = (0...1).first(where: { o in Self.h30HanLeadVerbs.contains(where: { Array(us[o..<(o + 2)]) == $0 }) }) {
                let rest = String(String.UnicodeScalarView(us[(v + 2)...]))
                mentions[i].start += v + 2
                mentions[i].surface = rest
                mentions[i].words = [TextFolding.key(rest)]
            }
        }
        let n = tokens.count
        // (Read from a local in the per-character loops below, not through the global's initialization check.)
        let scanTriggers = Self.h30HanScanTriggers
        var ti = 0
        while ti < n {
            defer { ti += 1 }
            let t = token(ti)
            guard t.kind == .punct || t.script == .han else { continue }
            let punct = t.kind == .punct
            let u8 = t.text.utf8
            // "德米特里·奥列戈维奇·瓦西连科", "娜斯佳·科兹洛夫斯卡娅": a dotted name of two or three parts of transliteration characters,
            // each part up to nine of them.
            if punct, u8.count == 2, u8.first == 0xC2, u8.last == 0xB7, ti > 0, ti + 1 < n, token(ti - 1).script == .han, token(ti + 1).script == .han, !t.spaceBefore, !token(ti + 1).spaceBefore {
                let left = hanRunScalars(ti - 1)
                var a = left.count
                while a > 0, left.count - a < 8, Self.hanTransliterationSet.contains(Self.hanCode(left[a - 1])) || Self.h30HanNameExtra.contains(Self.hanCode(left[a - 1])) { a -= 1 }
                // ("州长助理古丽娜拉·…": 理 closes the title 助理, 经理 or 总理 before the name.)
                if a > 0, left.count - a > 3, left[a] == "理", Self.scalarIn(left[a - 1], "助经总") { a += 1 }
                guard left.count - a >= 2, !left.contains(where: { $0.value > 0xFFFF }) else { continue }
                var last = ti + 1, e = 0
                while true {
                    let right = hanRunScalars(last)
                    guard !right.contains(where: { $0.value > 0xFFFF }) else { e = 0; break }
                    e = 0
                    while e < right.count, e < 9, Self.hanTransliterationSet.contains(Self.hanCode(right[e])) || Self.h30HanNameExtra.contains(Self.hanCode(right[e])) { e += 1 }
                    if e == right.count, last + 2 < n, token(last + 1).text == "·", token(last + 2).script == .han, !token(last + 1).spaceBefore, !token(last + 2).spaceBefore {
                        last += 2
                        continue
                    }
                    break
                }
                guard e >= 2 else { ti = last; continue }
                let (s, _) = hanSpan(token(ti - 1), left, a, left.count - a)
                let right = hanRunScalars(last)
                let (_, end) = hanSpan(token(last), right, 0, e)
                var name = Self.hanString(left, a, left.count)
                var k = ti
                while k < last { name += "·" + token(k + 1).text; k += 2 }
                name = String(name.dropLast(right.count - e))
                // (Over a shorter reading of the same name only when it has a third part, a part longer than the usual six
                // characters, or one of the characters of `h30HanNameExtra` beyond it.)
                let old = firstMention(where: { $0.type == .person && $0.start < end && $0.end > s })
                // (spd29: asked last, only when the cheap tests leave it to decide: its `contains` and `replacingOccurrences` were
                // some thirty thousand instructions a name. Every test here is pure: the order does not change the answer.)
                func widened() -> Bool {
                    old.map { o in o.start >= s && o.end <= end && name.contains(o.surface)
                        && name.replacingOccurrences(of: o.surface, with: "").unicodeScalars.contains { Self.h30HanNameExtra.contains(Self.hanCode($0)) } } ?? false
                }
                if !anyMention(where: { $0.type == .person && $0.start <= s && $0.end >= end }), old == nil || last > ti + 1 || e > 6 || left.count - a > 6 || widened() {
                    mentions.removeAll { ($0.known == nil || $0.type == .country || $0.type == .place) && $0.start >= s && $0.end <= end }
                    h19Put(Mention(surface: name, start: s, end: end, type: .person, evidence: .cue, words: [name]))
                }
                ti = last
                continue
            }
            // "“明斯克木业”开放式股份公司": a quoted name and a company suffix are one body.
            if punct, u8.count == 3, u8.last == 0x9C, Self.isMark(t.text, "“"), ti + 3 < n, token(ti + 1).script == .han, textIsMark(ti + 2, "”"), token(ti + 3).script == .han, !token(ti + 3).spaceBefore {
                let r = hanRunScalars(ti + 3)
                if let suf = Self.h30HanQuotedSuffixes.first(where: { r.count >= $0.count && Array(r[0..<$0.count]) == $0 }), !r.contains(where: { $0.value > 0xFFFF }) {
                    let (_, end) = hanSpan(token(ti + 3), r, 0, suf.count)
                    let s = t.start
                    let name = "“" + token(ti + 1).text + "”" + String(String.UnicodeScalarView(suf))
                    mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= end }
                    h19Put(Mention(surface: name, start: s, end: end, type: .organization, evidence: .cue, words: [TextFolding.key(name)]))
                    ti += 3
                    continue
                }
            }
            guard t.script == .han else { continue }
            let sc = hanRunScalars(ti)
            let m = sc.count
            guard m >= 2 else { continue }
            // (One pass for both: no character outside the Basic Multilingual Plane, and some character of `h30HanScanTriggers`.)
            var triggered = false, bmp = true
            for u in sc {
                if u.value > 0xFFFF { bmp = false; break }
                if !triggered, scanTriggers.contains(Self.hanCode(u)) { triggered = true }
            }
            guard bmp else { continue }
            func at(_ p: Int, _ w: [Unicode.Scalar]) -> Bool {
                guard p >= 0, p + w.count <= m else { return false }
                for q in 0..<w.count where sc[p + q] != w[q] { return false }
                return true
            }
            func add(_ a: Int, _ b: Int, _ type: EntityType, keepFiner: Bool = false) {
                let (s, e) = hanSpan(t, sc, a, b - a)
                // Three tests of the mentions, in one pass over them (each refuses alike: any one found ends the add):
                // a known name or country it cuts, a name holding it of its type or an organization, and (keepFiner) a
                // river or district read from a later start, the finer reading ("保护洛阿河" after "洛阿河").
                if anyMention(where: { m in
                    (m.known != nil || m.type == .country) && m.start < e && m.end > s && !(m.start >= s && m.end <= e)
                        || m.start <= s && m.end >= e && (m.type == type || m.type == .organization)
                        || keepFiner && m.end == e && m.start > s && m.type != .country
                }) { return }
                let str = String(String.UnicodeScalarView(sc[a..<b]))
                adds.append(Mention(surface: str, start: s, end: e, type: type, evidence: .cue, words: [TextFolding.key(str)]))
            }
            // "中越水口—驮隆口岸": the crossing named before the dash of a pair of crossings.
            if ti + 2 < n, token(ti + 1).kind == .punct, textIsMark(ti + 1, "—") || textIsMark(ti + 1, "-"), token(ti + 2).script == .han, m >= 2 {
                let r = hanRunScalars(ti + 2)
                if r.count >= 4, r[2] == "口", r[3] == "岸", m == 2 || m >= 4 && sc[m - 4] == "中" {
                    // (Grouped with the same crossing written with 口岸.)
                    let (s, e) = hanSpan(t, sc, m - 2, 2)
                    let str = String(String.UnicodeScalarView(sc[(m - 2)...]))
                    if !anyMention(where: { $0.start < e && $0.end > s }) {
                        adds.append(Mention(surface: str, start: s, end: e, type: .place, evidence: .cue, words: [TextFolding.key(str + "口岸")]))
                    }
                }
            }
            guard triggered else { continue }
            var p = 0
            while p < m {
                defer { p += 1 }
                let c = sc[p]
                guard scanTriggers.contains(Self.hanCode(c)) else { continue }
                // "水口口岸是", "驮隆口岸货运": a crossing of two characters opening a run or after a bound.
                // (Only a name the article gives a place elsewhere, "水口镇": not "推进口岸", "智慧口岸".)
                if c == "口", p >= 2, p + 1 < m, sc[p + 1] == "岸", p == 2 || p > 2 && h30HanIsLeft(sc, p - 3),
                   !Self.h30HanNotCrossings.contains(where: { sc[p - 2] == $0[0] && sc[p - 1] == $0[1] }) {
                    let x = String(String.UnicodeScalarView(sc[(p - 2)..<p]))
                    let pair = p == 2 && ti > 0 && (textIsMark(ti - 1, "—") || textIsMark(ti - 1, "-"))   // "水口—驮隆口岸"
                    if pair || anyMention(where: { $0.type == .place && PlainText.hasPrefix($0.surface, x) }) || adds.contains(where: { PlainText.equal($0.surface, x) }) { add(p - 2, p + 2, .place) }
                    continue
                }
                // "副关长韦丽萍介绍": a customs head (关长) before a surname and one or two characters and a verb of speech.
                if c == "关", p + 1 < m, sc[p + 1] == "长", p + 4 < m, Self.hanSurnameSet.contains(Self.hanCode(sc[p + 2])) {
                    if let q = (p + 4...min(m - 1, p + 5)).first(where: { Self.scalarIn(sc[$0], "介表说指称强") }) { add(p + 2, q, .person) }
                    continue
                }
                // "南康海关", "崇左海关": customs named by a town.
                if c == "海", p + 1 < m, sc[p + 1] == "关", let s = h30HanStart(sc, p, most: 3), p - s >= 2 { add(s, p + 2, .organization); continue }
                // "南康区拥有", "和章贡区的", "、东港区": a district of two or three characters after a bound.
                if c == "区", p >= 2, !(p + 1 < m && (sc[p + 1] == "域" || sc[p + 1] == "别")), let s = h30HanStart(sc, p, most: 3), p - s >= 2, !Self.h30HanGenericDistrict.contains(Self.hanCode(sc[p - 1])),
                   !Self.h30HanPlaceSuffixes.contains(where: { at(p + 1 - $0.count, $0) }) {
                    add(s, p + 1, .place, keepFiner: true)
                    continue
                }
                // "在赣江岸边", "横跨水口河新建", "锡尔河支流克列斯河的河水": a river before its bank, mouth or branch, or after a verb of crossing.
                if c == "河" || c == "江", p >= 1, let s = h30HanStart(sc, p, most: 4), p - s >= 1,
                   Self.h30HanRiverAfter.contains(where: { at(p + 1, $0) }) || s >= 2 && (sc[s - 2] == "横" && sc[s - 1] == "跨" || sc[s - 2] == "跨" && sc[s - 1] == "越") {
                    add(s, p + 1, .place, keepFiner: true)
                    continue
                }
                // "赣州国际陆港", "鲅鱼圈港区", "仙人岛能源化工区", "日照奥林匹克水上公园", "万平口景区", "赣州经济技术开发区".
                if Self.h30HanSuffixFirsts.contains(Self.hanCode(c)), let suf = Self.h30HanPlaceSuffixes.first(where: { at(p, $0) }),
                   let s = h30HanStart(sc, p, most: Self.h30HanFeatureSuffixes.contains(suf) ? 4 : 8), p - s >= 2 || p - s == 1 && suf.count == 2,
                   // (A glacier's or a valley's own name: no region's, section's or year's word in it, "喜马拉雅中段冰川".)
                   !Self.h30HanFeatureSuffixes.contains(suf) || !(s..<p).contains(where: { Self.scalarIn(sc[$0], "段区年部域带省市县的些个") }) {
                    add(s, p + suf.count, .place)
                    p += suf.count - 1
                    continue
                }
                // "日照市体育运动学校": a school or club after its town.
                if c == "市", p >= 2, let s = h30HanStart(sc, p, most: 3), p - s >= 2 {
                    for suf in [["学", "校"], ["俱", "乐", "部"]] as [[Unicode.Scalar]] {
                        if let q = (p + 2..<max(p + 2, min(m, p + 9))).first(where: { at($0, suf) }), !(p + 1..<q).contains(where: { h30HanIsLeft(sc, $0) }) {
                            add(s, q + suf.count, .organization)
                            break
                        }
                    }
                }
            }
        }
        // "哈萨克斯坦突厥斯坦州萨雷阿加什区": a region after its country, and a district after the region.
        for i in mentions.indices where mentionType(i) == .country {
            guard let b0 = mentions[i].surface.utf8.first, b0 >= 0xE3, let ti = h19TokenHolding(end: mentionEnd(i)), token(ti).script == .han else { continue }
            let sc = hanRunScalars(ti)
            guard !sc.contains(where: { $0.value > 0xFFFF }) else { continue }
            let off = mentionEnd(i) - token(ti).start
            guard off >= 0, off < sc.count else { continue }
            if let q = (off + 2..<max(off + 2, min(sc.count, off + 8))).first(where: { sc[$0] == "州" }), !(off..<q).contains(where: { h30HanIsLeft(sc, $0) }) {
                let (s, e) = hanSpan(token(ti), sc, off, q + 1 - off)
                let str = String(String.UnicodeScalarView(sc[off...q]))
                if !anyMention(where: { $0.start <= s && $0.end >= e && $0.type == .place }) {
                    adds.append(Mention(surface: str, start: s, end: e, type: .place, evidence: .cue, words: [TextFolding.key(str)]))
                }
                if let r = (q + 3..<max(q + 3, min(sc.count, q + 9))).first(where: { sc[$0] == "区" || sc[$0] == "县" }), !(q + 1..<r).contains(where: { h30HanIsLeft(sc, $0) }) {
                    let (s2, e2) = hanSpan(token(ti), sc, q + 1, r - q)
                    let str2 = String(String.UnicodeScalarView(sc[(q + 1)...r]))
                    if !anyMention(where: { $0.start <= s2 && $0.end >= e2 && $0.type == .place }) {
                        adds.append(Mention(surface: str2, start: s2, end: e2, type: .place, evidence: .cue, words: [TextFolding.key(str2)]))
                    }
                }
            }
        }
        for a in adds { h19Put(a) }
    }
}
