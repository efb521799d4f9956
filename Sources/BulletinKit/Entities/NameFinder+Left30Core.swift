import Foundation

/// Misses seen in the thirtieth session in the Vietnamese, Arabic, English and French wire copy of holdout55 (written
/// blind, scored untouched first: intergovernmental commissions, business forums, regional delegations); each a general
/// pattern of the language, tested on other names in EntityLeft30CoreTests. One pass, `refineLeft30Core`, run after
/// `refineLeft29West`; every rule is gated on the article's language or script before any scan, and reads a token's key
/// only after a cheap test of its kind and case.
///
/// Vietnamese: zones and sites with lowercase qualifiers ("Khu kinh tế tự do X", "Khu di tích lịch sử cách mạng X") and
/// names holding a compound written half lowercase ("Kênh đào Suez", "Kinh tế"); buildings and malls ("Tòa nhà X",
/// "Trung tâm thương mại X (Y)"); border gates ("cửa khẩu quốc tế X - Y"), lettered roads ("đường 6A"); a Lao governor's
/// title ("Tỉnh trưởng") and the person a province's name took; a person after "Giám đốc công ty"; foreign companies
/// after a trade noun ("chuỗi siêu thị X") or with a company's last word ("X Foods"); trade offices ("Thương vụ Việt Nam
/// tại X"); scholarships and standards no entity. Arabic: "غير المقيم", "ولي العهد" no people; the cabinet after "رئيس";
/// spaced or bare agency codes in a dateline ("/أ ش أ/", "م واس"); a body after a doubled "و" ("ووكالة …"); "الجهاز
/// المركزي …"; an authority named after a zone the article names; palaces and ports ("قصر X", "ميناء X الإسلامي",
/// "ميناء شرق X"); a known person's full lineage ("بن … آل …"); generic indefinite forums and plants no bodies; the news
/// agency's full name joined to its dateline nisba. English: Mongolian digraph initials ("Ts.X"), "Perum X", a ministry
/// read together with the official after it, "X Mining and Metallurgical Complex", a known company and its glued second
/// word ("Gazprom Neft"), facilities ("X refinery", "X pipeline"). French: "palais X", "mer d'X", "l'agroholding X",
/// "ministère de l'X et du Y".
extension NameFinder {
    mutating func refineLeft30Core() {
        guard !tokens.isEmpty, !hasHan else { return }
        if hasArabic {
            if language == "ar" {
                l30cArabicNoPeople()
                l30cArabicCabinetAfterTitle()
                l30cArabicDatelineCodes()
                l30cArabicDoubledConjunctionBodies()
                l30cArabicCentralBodies()
                l30cArabicAuthoritiesOfZones()
                l30cArabicPalacesAndPorts()
                l30cArabicLineages()
                l30cArabicGenericBodies()
                l30cArabicAgencyNames()
            }
            return
        }
        if lang.vi {
            l30cVietnameseZones()
            l30cVietnameseCompoundTails()
            l30cVietnameseBuildings()
            l30cVietnameseGovernors()
            l30cVietnamesePlacesBeforePeople()
            l30cVietnamesePeopleAfterCompanyNoun()
            l30cVietnameseForeignCompanies()
            l30cVietnameseProgrammes()
            l30cVietnameseTradeOffices()
            l30cVietnameseBorderGates()
            l30cVietnameseLetteredRoads()
            l30cVietnameseBodyLastSyllables()
            return
        }
        if language == "en" {
            l30cEnglishDigraphInitials()
            l30cEnglishPerum()
            l30cEnglishOfficialsAfterBodies()
            l30cEnglishAdjectivalSecondParts()
            l30cEnglishKnownCompanySecondWords()
            l30cEnglishFacilities()
        }
        if lang.fr {
            l30cFrenchPalacesAndSeas()
            l30cFrenchHoldings()
            l30cFrenchCoordinatedPortfolios()
        }
    }

    static func l30cKeys(_ list: [String]) -> KeySet { KeySet(list.map { TextFolding.key($0) }) }

    /// The mention's first and last tokens (nil for one not made from tokens).
    @inline(__always) func l30cSpan(_ i: Int) -> (Int, Int)? { h31Span(i) }

    /// Retypes (and drops the duplicates of) unknown mentions of `from` with the same words as mention `i`.
    mutating func l30cRetypeSame(_ i: Int, from: EntityType, to: EntityType) {
        let w = mentionWords(i)
        for j in mentions.indices where j != i && mentionKnown(j) == nil && mentionType(j) == from && mentionWordCount(j) == w.count {
            let o = mentionWords(j)
            if (0..<w.count).allSatisfy({ PlainText.equal(o[$0], w[$0]) }) { mentions[j].type = to; mentions[j].placeContext = to == .place }
        }
    }

    // MARK: Vietnamese: zones, sites, compounds

    /// Lowercase qualifiers between a zone's or a site's noun and its name ("tự do", "mở", "cửa khẩu", "lịch sử cách mạng"),
    /// exact forms ("của" is no "cửa").
    static let l30cViZoneQualifiers: Set<String> = ["tự", "do", "mở", "cửa", "khẩu", "ven", "biển", "công", "nghệ", "cao", "lịch", "sử", "cách",
        "mạng", "quốc", "gia", "đặc", "biệt", "văn", "hóa", "hoá", "sinh", "thái", "tổng", "hợp", "tế", "phi", "thuế", "quan"]

    /// Token `k` is capitalized "Kênh" or "Kinh" and `k + 1` its compound's lowercase second half ("Kênh đào", "Kinh tế"):
    /// Vietnamese capitalizes only the first syllable of a name's word, so the half is inside the name.
    @inline(__always) func l30cViCompound(_ k: Int) -> Bool {
        guard k + 1 < tokenCount, tokens[k].capitalized, tokens[k + 1].kind == .word, !tokens[k + 1].capitalized, tokens[k + 1].spaceBefore else { return false }
        return keyIs(k, "kenh") && keyIs(k + 1, "dao") || keyIs(k, "kinh") && keyIs(k + 1, "te")
    }

    /// The end (exclusive) of a Vietnamese name's capitalized syllables from `p` (compounds and spaced dashes inside).
    func l30cViCapRun(_ p: Int, limit: Int) -> Int {
        var e = p
        while e < tokenCount, e - p < limit {
            if tokens[e].kind == .word, isCap(e), tokens[e].spaceBefore {
                if l30cViCompound(e) { e += 2 } else { e += 1 }
                continue
            }
            // ("Khu kinh tế Chân Mây – Lăng Cô": two names joined by a spaced dash.)
            if e > p, h27Dash(e), tokens[e].spaceBefore, e + 1 < tokenCount, isCap(e + 1), tokens[e + 1].spaceBefore { e += 1; continue }
            break
        }
        return e
    }

    /// Its gate: "khu" opening the zone's noun.
    static let l30cKhuCue = KeySet(["khu"])
    /// "Khu kinh tế tự do Navoi", "Khu di tích lịch sử cách mạng Pác Bó", "Khu kinh tế Kênh đào Suez": a zone's or a site's
    /// noun, lowercase qualifiers and the capitalized name after them are one place (read without the qualifiers, or cut at
    /// the lowercase half of "Kênh đào", the place lost its name).
    mutating func l30cVietnameseZones() {
        guard articleHas(Self.l30cKhuCue) else { return }
        var k = 0
        while k + 3 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, keyIs(k, "khu"), !tokens[k + 1].capitalized, !tokens[k + 2].capitalized else { continue }
            let site = keyIs(k + 1, "di") && keyIs(k + 2, "tich") || keyIs(k + 1, "du") && keyIs(k + 2, "lich")
            guard site || keyIs(k + 1, "kinh") && keyIs(k + 2, "te") || keyIs(k + 1, "cong") && keyIs(k + 2, "nghiep")
                    || keyIs(k + 1, "che") && keyIs(k + 2, "xuat") else { continue }
            var p = k + 3
            while p < tokenCount, p - k < 9, tokens[p].kind == .word, !tokens[p].capitalized, Self.l30cViZoneQualifiers.contains(tokens[p].text) { p += 1 }
            guard p < tokenCount, isCap(p), !isCountry[p] else { continue }
            let e = l30cViCapRun(p, limit: 6)
            guard e > p else { continue }
            // Only what the earlier readings missed: qualifiers, a site, or a compound inside the name.
            guard p > k + 3 || site || (p..<e).contains(where: { l30cViCompound($0) }) else { continue }
            if l28Has(k, e, .place) { k = e - 1; continue }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < end && $0.end > s }) { k = e - 1; continue }
            // ("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng": the zone inside a body's name is the body's.)
            if anyMention(where: { $0.type == .organization && $0.start < s && $0.end > s }) { k = e - 1; continue }
            h27Replace(k, e, with: mention(k, e, type: .place, evidence: .cue))
            k = e - 1
        }
    }

    /// Its gate: the first syllables of `l30cViCompound` ("Kênh đào", "Kinh tế").
    static let l30cCompoundFirsts = KeySet(["kenh", "kinh"])
    /// "Cơ quan Kinh" + "tế Kênh đào Suez": a body or a place cut at the lowercase half of a compound runs on through it and
    /// the capitalized syllables after it.
    mutating func l30cVietnameseCompoundTails() {
        guard articleHas(Self.l30cCompoundFirsts) else { return }
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .organization || mentionType(i) == .place) && mentionWordCount(i) >= 2 {
            guard let (a, z) = l30cSpan(i), l30cViCompound(z) else { continue }
            var e = z + 2
            e = l30cViCapRun(e, limit: 6)
            changes.append((i, a, e))
        }
        for (i, a, e) in changes.reversed() {
            let m = mention(a, e, type: mentionType(i), evidence: mentionEvidence(i))
            h27Replace(a, e, with: m)
        }
    }

    // MARK: Vietnamese: buildings and malls

    /// Its gate: "Tòa" of "Tòa nhà", "thương" of "Trung tâm thương mại".
    static let l30cBuildingCues = KeySet(["toa", "thuong"])
    /// "Tòa nhà Quốc hội" (a building named after the body it houses), "Trung tâm thương mại Tứ Hổ (Négy Tigris)" (a mall,
    /// "thương mại" lowercase: no trade body): the noun and the name are one place; a parenthesized name right after it is
    /// the place's other name, not a place of its own.
    mutating func l30cVietnameseBuildings() {
        guard articleHas(Self.l30cBuildingCues) else { return }
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized else { continue }
            var p: Int
            if keyIs(k, "toa"), keyIs(k + 1, "nha"), !tokens[k + 1].capitalized {
                p = k + 2
            } else if keyIs(k, "trung"), keyIs(k + 1, "tam"), k + 3 < tokenCount, keyIs(k + 2, "thuong"), keyIs(k + 3, "mai"),
                      !tokens[k + 2].capitalized, !tokens[k + 3].capitalized {
                p = k + 4
            } else { continue }
            guard p < tokenCount, isCap(p), tokens[p].spaceBefore, !isCountry[p] else { continue }
            var e = l30cViCapRun(p, limit: 5)
            // ("Quốc hội": a known name's lowercase syllable.)
            if let j = h32MentionStarting(at: p), mentionKnown(j) != nil, let (_, jz) = l30cSpan(j), jz >= e { e = jz + 1 }
            guard e > p else { continue }
            var m = mention(k, e, type: .place, evidence: .cue)
            var end = e
            // "(Négy Tigris)": capitalized words alone in parentheses.
            if e + 2 < tokenCount, keyIs(e, "(") {
                var c = e + 1
                while c < tokenCount, c - e <= 4, isCap(c) { c += 1 }
                if c > e + 1, keyIs(c, ")") {
                    m.variants = [surface(e + 1, c)]
                    end = c + 1
                }
            }
            h27Replace(k, end, with: m, overKnown: true)
            k = end - 1
        }
    }

    // MARK: Vietnamese: governors and the people after a province

    /// Its gate: "trưởng" after "Tỉnh".
    static let l30cTruongCue = KeySet(["truong"])
    /// "Phó Tỉnh trưởng tỉnh Hủa Phăn": "Tỉnh" capitalized before a lowercase "trưởng" is a governor's title (Laos, Cambodia),
    /// no place.
    mutating func l30cVietnameseGovernors() {
        guard articleHas(Self.l30cTruongCue) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionWordCount(i) <= 2 {
            guard let (_, z) = l30cSpan(i), keyIs(z, "tinh"), tokens[z].capitalized, z + 1 < tokenCount, !tokens[z + 1].capitalized,
                  keyIs(z + 1, "truong") else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// "tỉnh Hủa Phăn Khamphanh Vilayvong đánh giá … Theo ông Khamphanh": a place read on past a province the article names
    /// alone into words that open a person's name it also names alone is that province and that person.
    mutating func l30cVietnamesePlacesBeforePeople() {
        var splits: [(Int, Mention, Mention)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil && mentionWordCount(i) >= 3 {
            guard let (a, z) = l30cSpan(i) else { continue }
            let w = mentionWords(i)
            // The longest other place that opens it.
            var cut = 0
            for j in mentions.indices where j != i && mentionType(j) == .place && mentionWordCount(j) >= 1 && mentionWordCount(j) <= w.count - 1 {
                let o = mentionWords(j)
                if o.count > cut, (0..<o.count).allSatisfy({ PlainText.equal(o[$0], w[$0]) }) { cut = o.count }
            }
            guard cut > 0, (a...z).allSatisfy({ tokens[$0].kind == .word }) else { continue }
            let first = w[cut], last = w[w.count - 1]
            guard anyMention(where: { $0.type == .person && $0.words.count == 1 && (PlainText.equal($0.words[0], first) || PlainText.equal($0.words[0], last)) })
            else { continue }
            var place = mention(a, a + cut, type: .place, evidence: .cue)
            place.placeContext = true
            // The person's family name the place's reading left out ("… Phonesavanh" + "Sisouk").
            var e = z + 1
            while e < tokenCount, e - (a + cut) < 4, tokens[e].kind == .word, isCap(e), tokens[e].spaceBefore, !isCountry[e],
                  h32MentionStarting(at: e) == nil { e += 1 }
            splits.append((i, place, mention(a + cut, e, type: .person, evidence: .cue)))
        }
        guard !splits.isEmpty else { return }
        var removed = Set(splits.map { $0.0 })
        var added: [Mention] = []
        for (_, place, person) in splits {
            added.append(place)
            // "ông Khamphanh": a Lao or Thai person is named by the given name, the first word: the same person.
            var p = person
            for j in mentions.indices where !removed.contains(j) && mentionType(j) == .person && mentionKnown(j) == nil && mentionWordCount(j) == 1
                && PlainText.equal(mentions[j].words[0], person.words[0]) {
                removed.insert(j)
                if !p.variants.contains(where: { PlainText.equal($0, mentionSurface(j)) }) { p.variants.append(mentionSurface(j)) }
            }
            added.append(p)
        }
        replaceMentions(removing: removed, adding: added)
    }

    /// Its gate: "ty" of "công ty".
    static let l30cTyCue = KeySet(["ty"])
    /// "Phó Tổng Giám đốc công ty Trương Mỹ Diệp": after a manager's title and a lowercase "công ty" ("of the company"), a
    /// name opening with a Vietnamese family name is the manager, not a company.
    mutating func l30cVietnamesePeopleAfterCompanyNoun() {
        guard articleHas(Self.l30cTyCue) else { return }
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 2 && mentionWordCount(i) <= 4 {
            guard let (a, z) = l30cSpan(i), a >= 3, z - a == mentionWordCount(i) - 1, !tokens[a - 1].capitalized, !tokens[a - 2].capitalized,
                  keyIs(a - 1, "ty"), keyIs(a - 2, "cong"), !tokens[a - 3].capitalized,
                  keyIs(a - 3, "doc") || keyIs(a - 3, "tich") || keyIs(a - 3, "truong"),
                  Self.l29cVietnameseSurnames.contains(tokens[a]), (a...z).allSatisfy({ isCap($0) }) else { continue }
            mentions[i].type = .person
        }
    }

    // MARK: Vietnamese: foreign companies

    /// Last words of a company's name in English (folded keys).
    static let l30cCompanyLastWords = l30cKeys(["Foods", "Food", "Group", "Holdings", "Holding", "Industries", "Trading", "Logistics", "Motors",
        "Pharma", "Textiles", "Electronics", "Corporation", "Company", "Corp", "Inc", "Ltd", "LLC", "JSC", "Co", "Foodstuffs", "Beverages",
        "Agro", "Export", "Import", "Exports", "Imports", "Steel", "Cement", "Airlines", "Airways", "Bank", "Mills"])
    /// Trade nouns before a company's name, as pairs of syllables (folded keys): "nhà nhập khẩu X", "chuỗi siêu thị X".
    static let l30cViTradeNouns: [(StaticString, StaticString)] = [("sieu", "thi"), ("nhap", "khau"), ("phan", "phoi"), ("ban", "le"),
                                                                   ("san", "xuat"), ("xuat", "khau")]

    /// Its gate (with the companies' last words): the first words before a trade's noun ("nhà", "chuỗi", "thông").
    static let l30cTradeFirsts = KeySet(["nha", "chuoi", "thong"])
    /// "nhà nhập khẩu Delta Nile Foods", "chuỗi siêu thị Kheir Zaman": a foreign name read as a person is a company when it
    /// ends in a company's last word, or when a trade noun ("nhà"/"chuỗi"/"hệ thống" + "nhập khẩu", "siêu thị" …) stands
    /// right before it; so is the same name elsewhere in the text.
    mutating func l30cVietnameseForeignCompanies() {
        guard articleHas(Self.l30cCompanyLastWords) || articleHas(Self.l30cTradeFirsts) else { return }
        var found: [Int] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            guard let (a, z) = l30cSpan(i), tokens[a].script == .latin else { continue }
            // (The English word itself, unaccented: "Cổ" of "Lâm Văn Cổ" folds to "co".)
            var company = Self.l30cCompanyLastWords.contains(tokens[z]) && tokens[z].text.utf8.allSatisfy { $0 < 0x80 }
            if !company, a >= 3, !tokens[a - 1].capitalized, !tokens[a - 2].capitalized, !tokens[a - 3].capitalized,
               Self.l30cViTradeNouns.contains(where: { keyIs(a - 2, $0.0) && keyIs(a - 1, $0.1) }),
               keyIs(a - 3, "nha") || keyIs(a - 3, "chuoi") || keyIs(a - 3, "thong") {
                company = true
            }
            if company { found.append(i) }
        }
        for i in found {
            mentions[i].type = .organization
            l30cRetypeSame(i, from: .person, to: .organization)
        }
    }

    // MARK: Vietnamese: programmes, standards, trade offices

    /// Its gate: "bổng" of "học bổng", "chuẩn" before a standard's code.
    static let l30cProgrammeCues = KeySet(["bong", "chuan"])
    /// "200 suất học bổng Stipendium Hungaricum" (a scholarship programme), "theo chuẩn EU-GMP" (a standard): no entity.
    mutating func l30cVietnameseProgrammes() {
        guard articleHas(Self.l30cProgrammeCues) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, _) = l30cSpan(i), a >= 2 else { continue }
            if keyIs(a - 1, "bong"), keyIs(a - 2, "hoc"), !tokens[a - 1].capitalized, !tokens[a - 2].capitalized { drop.insert(i); continue }
            if mentionType(i) == .organization, tokens[a].allCaps, a >= 3, keyIs(a - 1, "-"), !tokens[a - 1].spaceBefore, !tokens[a].spaceBefore,
               tokens[a - 2].allCaps, keyIs(a - 3, "chuan") { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    /// Its gate: "Thương" of "Thương vụ".
    static let l30cThuongCue = KeySet(["thuong"])
    /// "Thương vụ Việt Nam tại Ai Cập": a trade office, named by its country and the country it sits in, like an embassy.
    mutating func l30cVietnameseTradeOffices() {
        guard articleHas(Self.l30cThuongCue) else { return }
        var k = 0
        while k + 4 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, keyIs(k, "thuong"), keyIs(k + 1, "vu"), !tokens[k + 1].capitalized,
                  isCountry[k + 2] else { continue }
            var p = k + 2
            while p < tokenCount, isCountry[p] { p += 1 }
            guard keyIs(p, "tai"), p + 1 < tokenCount, isCountry[p + 1] || isCap(p + 1) else { continue }
            var e = p + 1
            if isCountry[e] { while e < tokenCount, isCountry[e] { e += 1 } } else { e = l30cViCapRun(e, limit: 4) }
            guard e > p + 1 else { continue }
            if l28Has(k, e, .organization) { continue }
            h27Replace(k, e, with: mention(k, e, type: .organization, evidence: .cue))
            k = e - 1
        }
    }

    // MARK: Vietnamese: border gates and roads

    /// Its gate: "khẩu" of "cửa khẩu".
    static let l30cKhauCue = KeySet(["khau"])
    /// "cặp cửa khẩu quốc tế Na Mèo - Nậm Xôi": the capitalized names after a border gate's noun (and its "quốc tế",
    /// "chính", "phụ"), and the name after a spaced dash, are places.
    mutating func l30cVietnameseBorderGates() {
        guard articleHas(Self.l30cKhauCue) else { return }
        var adds: [Mention] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, keyIs(k, "cua"), keyIs(k + 1, "khau"), !tokens[k + 1].capitalized else { continue }
            var p = k + 2
            if keyIs(p, "quoc"), keyIs(p + 1, "te"), !tokens[p].capitalized { p += 2 } else if p < tokenCount, !tokens[p].capitalized, keyIs(p, "chinh") || keyIs(p, "phu") { p += 1 }
            var names = 0
            while p < tokenCount, names < 2, isCap(p), tokens[p].spaceBefore, !isCountry[p] {
                var e = p
                while e < tokenCount, e - p < 3, tokens[e].kind == .word, isCap(e), tokens[e].spaceBefore, !isCountry[e] { e += 1 }
                let (s, end) = (tokens[p].start, tokens[e - 1].end)
                if !anyMention(where: { $0.type != .country && $0.start < end && $0.end > s }) && !adds.contains(where: { $0.start < end && $0.end > s }) {
                    var m = mention(p, e, type: .place, evidence: .cue)
                    m.placeContext = true
                    adds.append(m)
                }
                names += 1
                guard e + 1 < tokenCount, h27Dash(e), tokens[e].spaceBefore, tokens[e + 1].spaceBefore else { break }
                p = e + 1
            }
        }
        if !adds.isEmpty { replaceMentions(removing: [], adding: adds) }
    }

    /// Its gate: the road's noun as the rule compares it.
    static let l30cDuongCue = KeySet(["duong"])
    /// "nâng cấp đường 6A": "đường" and a number with a glued letter (a route's code) are a road.
    mutating func l30cVietnameseLetteredRoads() {
        guard articleHas(Self.l30cDuongCue) else { return }
        var adds: [Mention] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k + 1].kind == .number, keyIs(k, "duong"),
                  tokens[k + 2].kind == .word, !tokens[k + 2].spaceBefore, tokens[k + 2].allCaps || tokens[k + 2].capitalized,
                  tokens[k + 2].keyLength <= 2 else { continue }
            let (s, e) = (tokens[k].start, tokens[k + 2].end)
            if anyMention(where: { $0.type != .country && $0.start < e && $0.end > s }) { continue }
            var m = mention(k, k + 3, type: .place, evidence: .cue)
            m.placeContext = true
            adds.append(m)
        }
        if !adds.isEmpty { replaceMentions(removing: [], adding: adds) }
    }

    /// "Viện Nghiên cứu Thủy lợi và Cải tạo" + "đất của Uzbekistan": a body's name ending in a capitalized syllable and its
    /// lowercase partner ("Cải tạo") takes one more lowercase syllable when "của", "tại", "ở", "về" or a mark follows it
    /// ("Cải tạo đất", land reclamation).
    mutating func l30cVietnameseBodyLastSyllables() {
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 4 {
            guard let (a, z) = l30cSpan(i), z + 2 < tokenCount, tokens[z].kind == .word, !tokens[z].capitalized, tokens[z - 1].capitalized,
                  l29cViNameSyllable(z + 1), !Self.l29cViUnitWords.contains(textOf: tokens[z + 1]) else { continue }
            let after = z + 2
            guard tokens[after].kind == .punct && !keyIs(after, "-") || tokens[after].kind == .word && !tokens[after].capitalized
                    && (PlainText.equal(tokens[after].text, "của") || PlainText.equal(tokens[after].text, "tại") || PlainText.equal(tokens[after].text, "ở")
                        || PlainText.equal(tokens[after].text, "về")) else { continue }
            changes.append((i, a, z + 2))
        }
        for (i, a, e) in changes { mentions[i] = mention(a, e, type: .organization, evidence: mentionEvidence(i)) }
    }

    // MARK: Arabic

    /// "غير المقيم" (non-resident), "ولي العهد" (the crown prince): no person's name.
    mutating func l30cArabicNoPeople() {
        guard articleHas(Self.l30cArabicNeverNames) || articleHas(Self.l30cArabicHeir) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, _) = l30cSpan(i) else { continue }
            if h23Key(a, Self.l30cArabicNeverNames) || h23Key(a, Self.l30cArabicHeir) && h23Key(a + 1, Self.l30cArabicCovenant) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }
    static let l30cArabicNeverNames = l30cKeys(["غير", "وغير"])
    static let l30cArabicHeir = l30cKeys(["ولي", "وولي"])
    static let l30cArabicCovenant = l30cKeys(["العهد"])
    static let l30cArabicCouncil = l30cKeys(["مجلس"])
    static let l30cArabicMinisters = l30cKeys(["الوزراء"])
    static let l30cArabicPresident = l30cKeys(["رئيس", "ورئيس", "لرئيس", "برئيس"])

    /// "رئيس مجلس الوزراء" (the prime minister), "نائب رئيس مجلس الوزراء السوداني": the cabinet after "رئيس" is part of a
    /// title, no body of its own.
    mutating func l30cArabicCabinetAfterTitle() {
        guard articleHas(Self.l30cArabicMinisters) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) <= 3 {
            guard let (a, _) = l30cSpan(i), a >= 1, h23Key(a, Self.l30cArabicCouncil), h23Key(a + 1, Self.l30cArabicMinisters), h23Key(a - 1, Self.l30cArabicPresident) else { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let l30cArabicEraMark = l30cKeys(["م"])
    /// Arabic news agencies' short names as datelines write them (folded keys).
    static let l30cArabicAgencyCodes = l30cKeys(["واس", "قنا", "وام", "بنا", "كونا", "سبأ", "واع", "سانا", "وفا", "قنا", "عمون", "ومع", "سونا"])

    /// Its gate (with the agencies' codes): the slash around a code.
    static let l30cSlashCue = KeySet(["/"])
    /// "القاهرة في 12 ديسمبر /أ ش أ/" (MENA's letters, spaced), "الرياض … 12 ديسمبر 2026 م واس" (SPA's code closing the
    /// dateline's line): the agency.
    mutating func l30cArabicDatelineCodes() {
        guard articleHas(Self.l30cArabicAgencyCodes) || articleHas(Self.l30cSlashCue) else { return }
        var k = 0
        let limit = min(tokenCount, 60)
        var adds: [Mention] = []
        while k < limit {
            defer { k += 1 }
            if k > 0, tokens[k].newlineBefore, k > 3 { break }
            if tokens[k].kind == .punct, keyIs(k, "/") {
                var e = k + 1
                while e < tokenCount, e - k <= 4, tokens[e].kind == .word, tokens[e].script == .arabic, tokens[e].keyLength <= 2 { e += 1 }
                if e >= k + 3, keyIs(e, "/") {
                    let (s, end) = (tokens[k + 1].start, tokens[e - 1].end)
                    if !anyMention(where: { $0.type != .country && $0.start < end && $0.end > s }) { adds.append(mention(k + 1, e, type: .organization, evidence: .cue)) }
                    k = e
                }
                continue
            }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, Self.l30cArabicAgencyCodes.contains(tokens[k]), k >= 1 else { continue }
            // After the date: "م", a number or a slash before it; nothing but a mark after it on its line.
            guard tokens[k - 1].kind == .number || keyIs(k - 1, "/") || h23Key(k - 1, Self.l30cArabicEraMark) else { continue }
            guard k + 1 >= tokenCount || tokens[k + 1].newlineBefore || tokens[k + 1].kind == .punct else { continue }
            let (s, end) = (tokens[k].start, tokens[k].end)
            if anyMention(where: { $0.type != .country && $0.start < end && $0.end > s }) { continue }
            adds.append(mention(k, k + 1, type: .organization, evidence: .cue))
        }
        if !adds.isEmpty { replaceMentions(removing: [], adding: adds) }
    }

    /// Heads of Arabic bodies (folded keys), written after a conjunction "و" that doubles their own first "و" or not.
    static let l30cArabicBodyHeads = l30cKeys(["وكالة", "وزارة", "هيئة", "الهيئة", "جامعة", "غرفة", "مؤسسة", "المؤسسة", "شركة", "اتحاد", "مجلس", "صندوق"])

    /// Token `k` is an Arabic word opening with the definite article (plain, or after "و"/"ل" that elide into it).
    @inline(__always) func l30cArabicDefinite(_ k: Int) -> Bool {
        // (Four letters at least: "إلى", folded "الي", is a preposition.)
        guard k < tokenCount, tokens[k].kind == .word, tokens[k].script == .arabic, tokens[k].keyLength >= 8 else { return false }
        let key = tokens[k].key
        return PlainText.hasPrefix(key, "ال") || PlainText.hasPrefix(key, "وال") || PlainText.hasPrefix(key, "لل")
    }

    /// The end of an Arabic body's name from its head at `k`: one construct noun may follow the head before the definite
    /// words ("وكالة ترويج الصادرات"), then definite words only.
    func l30cArabicBodyEnd(_ k: Int, limit: Int) -> Int {
        var e = k + 1
        if e < tokenCount, !l30cArabicDefinite(e), tokens[e].kind == .word, tokens[e].script == .arabic, l30cArabicDefinite(e + 1) { e += 1 }
        while e < tokenCount, e - k <= limit, l30cArabicDefinite(e) { e += 1 }
        return e
    }

    /// Its gate: the keys it acts at, "و" and a body's head of `l30cArabicBodyHeads` opening with "و" ("ووكالة").
    static let l30cArabicDoubledHeads = KeySet(["وكالة", "وزارة", "هيئة", "الهيئة", "جامعة", "غرفة", "مؤسسة", "المؤسسة", "شركة", "اتحاد", "مجلس", "صندوق"].map { "و" + TextFolding.key($0) })
    /// "… والمناطق الحرة ووكالة الاستثمارات الأجنبية الأوزبكية", "ووكالة ترويج الصادرات والاستثمار البرازيلية": a body's head
    /// after a doubled "و" and the definite words after it are a body nobody kept.
    mutating func l30cArabicDoubledConjunctionBodies() {
        guard articleHas(Self.l30cArabicDoubledHeads) else { return }
        var adds: [Mention] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, tokens[k].keyLength >= 8 else { continue }
            let key = tokens[k].key
            guard PlainText.hasPrefix(key, "وو"), Self.l30cArabicBodyHeads.contains(String(key.dropFirst())) else { continue }
            let e = l30cArabicBodyEnd(k, limit: 6)
            guard e >= k + 3 else { continue }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.type != .country && $0.start < end && $0.end > s }) { continue }
            adds.append(mention(k, e, type: .organization, evidence: .cue))
            k = e - 1
        }
        if !adds.isEmpty { replaceMentions(removing: [], adding: adds) }
    }

    static let l30cArabicApparatus = l30cKeys(["الجهاز", "والجهاز", "للجهاز"])
    /// Definite words that go on the clause, not the name ("الصادرة اليوم": "issued today").
    static let l30cArabicClauseWords = l30cKeys(["اليوم", "الصادرة", "الصادر", "الأخيرة", "الأخير", "الجديدة", "الحالي", "الماضي", "المقبل",
                                                 "الرسمية", "الأولية", "الأولى", "الماضية", "المقبلة", "الحالية"])

    /// "بحسب بيانات الجهاز المركزي للتعبئة العامة والإحصاء": "الجهاز" (the agency), a definite adjective and the definite
    /// words after it are a body.
    mutating func l30cArabicCentralBodies() {
        guard articleHas(Self.l30cArabicApparatus) else { return }
        var adds: [Mention] = []
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, h23Key(k, Self.l30cArabicApparatus) else { continue }
            guard l30cArabicDefinite(k + 1), l30cArabicDefinite(k + 2) else { continue }
            var e = k + 1
            while e < tokenCount, e - k <= 6, l30cArabicDefinite(e), !Self.l30cArabicClauseWords.contains(tokens[e]) { e += 1 }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.type != .country && $0.start < end && $0.end > s }) { continue }
            adds.append(mention(k, e, type: .organization, evidence: .cue))
            k = e - 1
        }
        if !adds.isEmpty { replaceMentions(removing: [], adding: adds) }
    }

    /// "الهيئة العامة للمنطقة الاقتصادية" + "لقناة السويس": a body whose name ends in "لل…" + words that open a place the
    /// article names ("المنطقة الاقتصادية لقناة السويس") runs on through the rest of that place's name.
    mutating func l30cArabicAuthoritiesOfZones() {
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 3 {
            guard let (a, z) = l30cSpan(i), z > a, z + 1 < tokenCount else { continue }
            // The "لل" word inside the body.
            guard let p = (a + 1...z).first(where: { PlainText.hasPrefix(tokens[$0].key, "لل") }) else { continue }
            // ("للمنطقة": "ل" + "المنطقة", the article's alef elided.)
            let head = "ا" + String(tokens[p].key.dropFirst())
            let inside = z - p + 1
            for j in mentions.indices where mentionType(j) == .place && mentionWordCount(j) > inside {
                let w = mentionWords(j)
                guard PlainText.equal(w[0], head), (1..<inside).allSatisfy({ PlainText.equal(w[$0], tokens[p + $0].key) }) else { continue }
                let rest = w.count - inside
                guard z + rest < tokenCount, (0..<rest).allSatisfy({ tokens[z + 1 + $0].kind == .word && PlainText.equal(tokens[z + 1 + $0].key, w[inside + $0]) })
                else { continue }
                changes.append((i, a, z + rest + 1))
                break
            }
        }
        for (i, a, e) in changes.reversed() { h27Replace(a, e, with: mention(a, e, type: .organization, evidence: mentionEvidence(i))) }
    }

    static let l30cArabicDirections = l30cKeys(["شرق", "غرب", "شمال", "جنوب"])
    static let l30cArabicPalaces = l30cKeys(["قصر", "بقصر", "وقصر"])
    static let l30cArabicPorts = l30cKeys(["ميناء", "وميناء", "بميناء", "لميناء"])

    /// "في قصر اليمامة بالرياض": "قصر" (palace) and the definite name after it are a place; "ميناء جدة الإسلامي": a port's
    /// noun, a town and a definite adjective (not a country's) are the port's own name; "ميناء شرق بورسعيد": a port named by
    /// a direction and a town is a place of its own.
    mutating func l30cArabicPalacesAndPorts() {
        guard articleHas(Self.l30cArabicPalaces) || articleHas(Self.l30cArabicPorts) else { return }
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .arabic, tokens[k].keyLength >= 6 else { continue }
            if h23Key(k, Self.l30cArabicPalaces) {
                guard l30cArabicDefinite(k + 1), !isCountry[k + 1], PlainText.hasPrefix(tokens[k + 1].key, "ال") else { continue }
                let (s, end) = (tokens[k + 1].start, tokens[k + 1].end)
                if anyMention(where: { $0.start < end && $0.end > s }) { continue }
                var m = mention(k, k + 2, type: .place, evidence: .cue)
                // ("بقصر", "وقصر": the proclitic is no part of the name.)
                if tokens[k].keyLength > 6 { m.surface = String(m.surface.dropFirst()) }
                h27Replace(k, k + 2, with: m)
                k += 1
                continue
            }
            guard h23Key(k, Self.l30cArabicPorts) else { continue }
            // ("وميناء", "بميناء": the proclitic is no part of the name.)
            let proclitic = tokens[k].keyLength > 10
            if h23Key(k + 1, Self.l30cArabicDirections), let j = h32MentionStarting(at: k + 2), mentionType(j) == .place, mentionKnown(j) != nil,
               let (_, z) = l30cSpan(j) {
                var m = mention(k, z + 1, type: .place, evidence: .cue)
                if proclitic { m.surface = String(m.surface.dropFirst()) }
                h27Replace(k, z + 1, with: m, overKnown: true)
                k = z
                continue
            }
            // The town: one word, no article, no country's.
            let z = k + 1
            if z + 1 < tokenCount, tokens[z].kind == .word, tokens[z].script == .arabic, !isCountry[z], !l30cArabicDefinite(z),
               // (An adjective of five letters or more: "إلى", "الذي" are no adjectives.)
               tokens[z + 1].kind == .word, tokens[z + 1].keyLength >= 10, PlainText.hasPrefix(tokens[z + 1].key, "ال"), !isCountry[z + 1],
               PlainText.hasSuffix(tokens[z + 1].key, "ي"),
               !(z + 2 < tokenCount && l30cArabicDefinite(z + 2)) {
                var m = mention(k, z + 2, type: .place, evidence: .cue)
                m.placeContext = true
                if proclitic { m.surface = String(m.surface.dropFirst()) }
                // The town alone stays the town's (its own mention elsewhere).
                mentions.append(m)
                k = z + 1
            }
        }
    }

    /// "الأمير محمد بن سلمان بن عبدالعزيز آل سعود": a known person's name read short of the lineage after it ("بن X", "آل
    /// X") is named with it.
    mutating func l30cArabicLineages() {
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) != nil {
            guard let (a, z) = l30cSpan(i), tokens[a].script == .arabic else { continue }
            var e = z + 1
            while e + 1 < tokenCount, e - z <= 6, tokens[e].kind == .word, tokens[e + 1].kind == .word, tokens[e + 1].script == .arabic,
                  keyIs(e, "بن") || keyIs(e, "ال") { e += 2 }
            guard e > z + 1 else { continue }
            var m = mention(a, e, type: .person, evidence: mentionEvidence(i))
            m.known = mentionKnown(i)
            m.variants = mentionVariants(i) + [mentionSurface(i)]
            mentions[i] = m
        }
    }

    /// Heads of generic bodies and the indefinite words that make them "a forum", "a joint plant" (folded keys).
    static let l30cArabicGenericHeads = l30cKeys(["منتدى", "مصنع", "مجلس", "مركز", "معرض"])
    static let l30cArabicGenericWords = l30cKeys(["أعمال", "مشترك", "مشتركة", "جديد", "جديدة", "كبير", "إقليمي", "إقليمية"])

    /// "منتدى أعمال عُماني بيلاروسي" (a business forum), "مصنع مشترك للمستحضرات الدوائية" (a joint plant): a head and an
    /// indefinite common word after it name no body.
    mutating func l30cArabicGenericBodies() {
        guard articleHas(Self.l30cArabicGenericWords) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 2 {
            guard let (a, _) = l30cSpan(i), h23Key(a, Self.l30cArabicGenericHeads), h23Key(a + 1, Self.l30cArabicGenericWords) else { continue }
            if a >= 1, h32Quote(a - 1) { continue }
            drop.insert(i)
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
    }

    static let l30cAgencyWord = TextFolding.key("وكالة"), l30cNewsWord = TextFolding.key("الأنباء")

    /// "… /العُمانية/ … لوكالة الأنباء العُمانية": the agency's full name ("وكالة الأنباء" + the nisba) is the dateline's
    /// agency named by that nisba alone (one entity, not two).
    mutating func l30cArabicAgencyNames() {
        guard anyMention(where: { $0.type == .organization && $0.words.count == 1 }) else { return }
        var drop = Set<Int>()
        var variants: [(Int, String)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionWordCount(i) == 3 {
            let w = mentionWords(i)
            guard PlainText.hasSuffix(w[0], Self.l30cAgencyWord), PlainText.equal(w[1], Self.l30cNewsWord) else { continue }
            guard let j = firstMentionIndex(where: { $0.type == .organization && $0.words.count == 1 && PlainText.equal($0.words[0], w[2]) }) else { continue }
            drop.insert(i)
            variants.append((j, mentionSurface(i)))
        }
        l29cMoveToVariants(drop, variants)
    }

    // MARK: English

    /// Mongolian initials of two letters ("Ts.", "Ch.", "Sh.", "Kh.", "Ya.") glued to the name (folded keys).
    static let l30cDigraphInitials = l30cKeys(["Ts", "Ch", "Sh", "Kh", "Zh", "Ya", "Yo", "Yu", "Ye", "Gh"])

    /// "Ts.Oyunsuren", "Ch.Khurelbaatar": a two-letter Mongolian initial glued by a period to a capitalized word is a person.
    mutating func l30cEnglishDigraphInitials() {
        guard articleHas(Self.l30cDigraphInitials) else { return }
        var k = 0
        while k + 2 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].capitalized, tokens[k].keyLength == 2, Self.l30cDigraphInitials.contains(tokens[k]),
                  keyIs(k + 1, "."), !tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore, h15CapLatin(k + 2) else { continue }
            let (s, e) = (tokens[k].start, tokens[k + 2].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            if l28Has(k, k + 3, .person) { continue }
            h27Replace(k, k + 3, with: mention(k, k + 3, type: .person, evidence: .cue))
            k += 2
        }
    }

    /// Its gate: "Perum" opening the name.
    static let l30cPerumCue = KeySet(["perum"])
    /// "Perum Bulog" (Perusahaan Umum, an Indonesian state company's form): a name opening with "Perum" is a company.
    mutating func l30cEnglishPerum() {
        guard articleHas(Self.l30cPerumCue) else { return }
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country && mentionType(i) != .organization && mentionWordCount(i) >= 2 {
            guard let (a, _) = l30cSpan(i), tokens[a].capitalized, keyIs(a, "perum") else { continue }
            mentions[i].type = .organization
            mentions[i].placeContext = false
        }
    }

    /// Last words of a government body's name (folded keys).
    static let l30cEnglishBodyHeads = l30cKeys(["Ministry", "Agency", "Office", "Commission", "Department", "Directorate", "Secretariat"])

    /// "Director General … at the Trade Ministry Sri Wahyuni Pertiwi said": a body read on past its head noun into a name
    /// that opens with a given name is the body and the official.
    mutating func l30cEnglishOfficialsAfterBodies() {
        guard articleHas(Self.l30cEnglishBodyHeads) else { return }
        var splits: [(Int, Mention, Mention)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 4 {
            guard let (a, z) = l30cSpan(i), z - a >= 3 else { continue }
            guard let h = (a + 1..<z - 1).first(where: { tokens[$0].capitalized && Self.l30cEnglishBodyHeads.contains(tokens[$0]) }) else { continue }
            // The official speaks right after the name ("… Pertiwi said", "…, Pertiwi told").
            guard z - h >= 2, z - h <= 4, (h + 1...z).allSatisfy({ h15CapLatin($0) && tokens[$0].spaceBefore }),
                  !Self.l30cEnglishBodyHeads.contains(tokens[z]), z + 1 < tokenCount,
                  keyIs(z + 1, "said") || keyIs(z + 1, "says") || keyIs(z + 1, "told") || keyIs(z + 1, ",") else { continue }
            splits.append((i, mention(a, h + 1, type: .organization, evidence: mentionEvidence(i)), mention(h + 1, z + 1, type: .person, evidence: .cue)))
        }
        guard !splits.isEmpty else { return }
        replaceMentions(removing: Set(splits.map { $0.0 }), adding: splits.flatMap { [$0.1, $0.2] })
    }

    /// Last words of an industrial body (folded keys).
    static let l30cEnglishWorksHeads = l30cKeys(["Complex", "Combine", "Company", "Corporation", "Plant", "Works", "Institute", "Industries", "Group"])

    /// "the Almalyk Mining and Metallurgical Complex": a body and "and" before an adjective ("Metallurgical", "Chemical")
    /// and an industrial head are one body (an adjective opens no name of its own).
    mutating func l30cEnglishAdjectivalSecondParts() {
        guard articleHas(Self.l30cEnglishWorksHeads) else { return }
        var merges: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = l30cSpan(i), z + 3 < tokenCount, keyIs(z + 1, "and"), h15CapLatin(z + 2) else { continue }
            let adj = tokens[z + 2].key
            guard PlainText.hasSuffix(adj, "al") || PlainText.hasSuffix(adj, "ic") else { continue }
            var e = z + 2
            while e < tokenCount, e - z <= 5, h15CapLatin(e), tokens[e].spaceBefore { e += 1 }
            guard e > z + 3, Self.l30cEnglishWorksHeads.contains(tokens[e - 1]) else { continue }
            merges.append((i, a, e))
        }
        for (i, a, e) in merges.reversed() { h27Replace(a, e, with: mention(a, e, type: .organization, evidence: mentionEvidence(i))) }
    }

    /// "Russia's Gazprom Neft": a known one-word company and a capitalized word glued after it that no one read as a person
    /// or a place are one company (a subsidiary named after its parent).
    mutating func l30cEnglishKnownCompanySecondWords() {
        var merges: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) != nil && mentionWordCount(i) == 1 {
            guard let (a, z) = l30cSpan(i), a == z, z + 1 < tokenCount, h15CapLatin(z + 1), tokens[z + 1].spaceBefore, !tokens[z + 1].allCaps,
                  !isCountry[z + 1], !(z + 2 < tokenCount && h15CapLatin(z + 2)) else { continue }
            guard let j = h32MentionStarting(at: z + 1), mentionKnown(j) == nil, mentionWordCount(j) == 1,
                  mentionType(j) == nil || mentionType(j) == .organization else { continue }
            merges.append((a, z + 2))
        }
        for (a, e) in merges { h27Replace(a, e, with: mention(a, e, type: .organization, evidence: .cue), overKnown: true) }
    }

    /// Lowercase nouns of facilities named after their place (folded keys).
    static let l30cEnglishFacilities = l30cKeys(["refinery", "hub", "oilfield", "smelter", "terminal", "pipeline"])

    /// "Hungary's Algyo hub", "its Szazhalombatta refinery": one unknown word read as a body right before a facility's noun
    /// names the place; "the Adriatic pipeline": a pipeline named after a sea or a region is named with its noun.
    mutating func l30cEnglishFacilities() {
        guard articleHas(Self.l30cEnglishFacilities) else { return }
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionWordCount(i) == 1 && mentionType(i) != .person && mentionType(i) != .country {
            guard let (a, z) = l30cSpan(i), a == z, z + 1 < tokenCount, tokens[z + 1].kind == .word, !tokens[z + 1].capitalized,
                  Self.l30cEnglishFacilities.contains(tokens[z + 1]) else { continue }
            if keyIs(z + 1, "pipeline") {
                changes.append((i, a, z + 2))
            } else if mentionType(i) != .place {
                changes.append((i, a, z + 1))
            }
        }
        for (i, a, e) in changes {
            var m = mention(a, e, type: .place, evidence: mentionEvidence(i))
            m.placeContext = true
            if e > a + 1 { m.variants = [tokens[a].text] }
            mentions[i] = m
        }
    }

    // MARK: French

    /// Its gate: "palais", "mer".
    static let l30cPalaisMerCues = KeySet(["palais", "mer"])
    /// "au palais Kouksaroï", "la mer d'Aral": the lowercase noun of a palace or a sea and the name after it (elided "d'"
    /// between) are one place; the name alone is its other name.
    mutating func l30cFrenchPalacesAndSeas() {
        guard articleHas(Self.l30cPalaisMerCues) else { return }
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].script == .latin, keyIs(k, "palais") || keyIs(k, "mer") else { continue }
            var p = k + 1
            if tokens[p].kind == .elision, keyIs(p, "d'") || keyIs(p, "d’") || keyIs(p, "d") { p += 1 }
            guard p < tokenCount, h15CapLatin(p), !isCountry[p] else { continue }
            // ("mer Noire", "palais de l'Élysée": read already.)
            if keyIs(k, "palais"), p != k + 1 { continue }
            var e = p
            while e < tokenCount, e - p < 3, h15CapLatin(e) { e += 1 }
            let (s, end) = (tokens[k].start, tokens[e - 1].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < end && $0.end > s && ($0.start < tokens[p].start || $0.type != .place) }) { continue }
            if l28Has(k, e, .place) { continue }
            var m = mention(k, e, type: .place, evidence: .cue)
            m.variants = [surface(p, e)]
            h27Replace(k, e, with: m, overKnown: true)
            k = e - 1
        }
    }

    /// Its gate: the nouns it acts after.
    static let l30cHoldingCues = KeySet(["agroholding", "holding", "conglomerat"])
    /// "l'agroholding public Uzagroholding", "le holding d'État Kazyna": a holding's noun and its adjective before one
    /// capitalized word make it a company.
    mutating func l30cFrenchHoldings() {
        guard articleHas(Self.l30cHoldingCues) else { return }
        var k = 0
        while k + 1 < tokenCount {
            defer { k += 1 }
            guard tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].keyLength >= 7, keyIs(k, "agroholding") || keyIs(k, "holding") || keyIs(k, "conglomerat") else { continue }
            var p = k + 1
            if p < tokenCount, tokens[p].kind == .word, !tokens[p].capitalized, keyIs(p, "public") || keyIs(p, "publique") || keyIs(p, "prive")
                || keyIs(p, "privee") || keyIs(p, "national") || keyIs(p, "nationale") || keyIs(p, "etatique") { p += 1 }
            guard p < tokenCount, h15CapLatin(p), !isCountry[p] else { continue }
            let e = l28CapRun(p, limit: 3)
            let (s, end) = (tokens[p].start, tokens[e - 1].end)
            if let j = h32MentionStarting(at: p) {
                if mentionKnown(j) == nil, mentionType(j) != .organization { mentions[j].type = .organization; mentions[j].placeContext = false }
                continue
            }
            if anyMention(where: { $0.type != .country && $0.start < end && $0.end > s }) { continue }
            mentions.append(mention(p, e, type: .organization, evidence: .cue))
        }
    }

    /// "le Département … du ministère vietnamien de l'Industrie" + "et du Commerce": a body whose name ends in "de l'X" /
    /// "du X" / "des X" runs on through "et du Y" (the ministry's second portfolio).
    mutating func l30cFrenchCoordinatedPortfolios() {
        var changes: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil && mentionWordCount(i) >= 3 {
            guard let (a, z) = l30cSpan(i), z + 3 < tokenCount, z >= 2, tokens[z].capitalized, !tokens[z].allCaps, !isCountry[z],
                  keyIs(z + 1, "et") else { continue }
            // "de l'Industrie", "du Commerce", "de la Culture" (not "Côte d'Ivoire": a name's own elision).
            guard tokens[z - 1].kind == .elision && keyIs(z - 2, "de") || keyIs(z - 1, "du") || keyIs(z - 1, "des") || keyIs(z - 1, "la") && keyIs(z - 2, "de")
            else { continue }
            var p = z + 2
            if keyIs(p, "du") || keyIs(p, "des") { p += 1 } else if keyIs(p, "de"), keyIs(p + 1, "la") { p += 2 } else if keyIs(p, "de"), p + 1 < tokenCount, tokens[p + 1].kind == .elision { p += 2 } else if tokens[p].kind == .elision, keyIs(p, "d'") || keyIs(p, "d’") { p += 1 } else { continue }
            // (Not a second body: "… et de la Banque Atlantique".)
            guard p < tokenCount, h15CapLatin(p), !tokens[p].allCaps, !isCountry[p], orgKeyword(at: p) == nil else { continue }
            let e = l28CapRun(p, limit: 2)
            // (A portfolio ends the name: "et de la Caisse Rurale de Maradi" is a second body.)
            if e + 1 < tokenCount, keyIs(e, "de") || keyIs(e, "du") || keyIs(e, "des"), h15CapLatin(e + 1) { continue }
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < tokens[e - 1].end && $0.end > tokens[p].start }) { continue }
            changes.append((i, a, e))
        }
        for (i, a, e) in changes.reversed() { h27Replace(a, e, with: mention(a, e, type: .organization, evidence: mentionEvidence(i))) }
    }
}
