import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout21 (sport, culture, courts, business, health and weather news
/// in Vietnamese, Russian, Chinese and Spanish; scored untouched at 0.668 before any of them). One pass, run after
/// refineHoldout19. Each rule is gated on its language or script and on a hashed key or a first character, so an
/// article of another language pays a few flag tests.
extension NameFinder {
    mutating func refineHoldout21() {
        if lang.vi { h21Vietnamese() }
        else if lang.ru { h21Russian() }
        else if lang.es { h21Spanish() }
        if hasHan, language == "zh" { h21Han() }
    }

    /// The mention exactly over tokens `a...z` takes `type` (a new one is added when none is).
    mutating func h21Retype(_ a: Int, _ z: Int, _ type: EntityType) {
        if let i = h19MentionAt(a, z) {
            guard mentionKnown(i) == nil, mentionType(i) != .country else { return }
            mentions[i].type = type
            mentions[i].evidence = .cue
            mentions[i].placeContext = type == .place
            return
        }
        if (a...z).contains(where: { h19InKnown($0) }) { return }
        h19Put(mention(a, z + 1, type: type, evidence: .cue))
    }

    /// The first index below `n` that passes `test` (`mentions.firstIndex(where:)` over indices: the test
    /// reads the fields it needs in place).
    @inline(__always) static func h21FirstIndex(_ n: Int, where test: (Int) -> Bool) -> Int? {
        var j = 0
        while j < n {
            if test(j) { return j }
            j += 1
        }
        return nil
    }

    /// Token `k` is a capitalized Latin or Cyrillic word.
    @inline(__always) func h21Cap(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].capitalized && (tokens[k].script == .latin || tokens[k].script == .cyrillic)
    }

    /// Token `k` is a lowercase word.
    @inline(__always) func h21Lower(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .word && !tokens[k].capitalized && !tokens[k].allCaps
    }

    /// End (inclusive) of the run of capitalized words from `k` (at most `max`), or nil when `k` is none.
    func h21CapRun(_ k: Int, max: Int = 4) -> Int? {
        guard h21Cap(k) else { return nil }
        var e = k
        while e + 1 < tokens.count, e + 1 - k < max, h21Cap(e + 1), tokens[e + 1].spaceBefore, !tokens[e + 1].newlineBefore { e += 1 }
        return e
    }

    // MARK: - Vietnamese

    /// Capitalized abbreviations of titles ("HLV Trương Công Vĩnh", "PGS.TS"): no organizations.
    static let h21VietnameseTitleAbbreviations = KeySet(["hlv", "pgs", "gs", "ts", "ths", "bs", "ncs", "tgđ", "tgd"])
    /// Conjunctions that open a sentence and never a name ("Nhưng Đất Tổ …").
    static let h21VietnameseOpeners = KeySet(["nhung"])
    /// Family names beyond holdout19's list.
    static let h21VietnameseSurnames = KeySet(["luc", "ong", "mac", "ton", "kha", "ninh", "khong", "đam", "dam", "ung", "tieu", "quan", "doan", "đoan", "giap", "la", "phung", "vien", "thieu"])
    /// Verbs of two syllables whose first a name ran over ("… Đồng Lâm tài trợ", "… Hải Vân khánh thành").
    static let h21VietnameseVerbPairs: [String: [String]] = ["tai": ["tro"], "khanh": ["thanh"], "đe": ["nghi", "xuat"], "de": ["nghi", "xuat"],
        "cho": ["biet"], "to": ["chuc"], "ky": ["ket"], "đau": ["tu"], "dau": ["tu"], "phoi": ["hop"], "cong": ["bo"], "thong": ["bao"],
        "trien": ["khai"], "tiep": ["nhan"], "ho": ["tro"], "tham": ["gia"], "khoi": ["to"], "yeu": ["cau"], "van": ["hanh"], "chi": ["đao", "dao"]]
    static let h21VietnameseVerbFirsts = KeySet(Array(h21VietnameseVerbPairs.keys))
    /// Verbs of a match before a club ("thắng X", "tiếp X", "làm khách của X", "đội X").
    static let h21VietnameseMatchVerbs = KeySet(["thang", "thua", "hoa", "gap", "tiep", "ha", "đoi", "doi", "đanh", "danh"])
    /// Plural administrative nouns after "các" ("các huyện A, B và C").
    static let h21VietnameseListNouns = KeySet(["huyen", "xa", "tinh", "phuong", "quan", "thon", "ban"])
    /// Compass words ending a company's name before its province ("Thủy lợi Bắc" + "Hà Tĩnh").
    static let h21VietnameseCompass = KeySet(["bac", "nam", "đong", "dong", "tay", "trung"])

    /// Court, prosecutor and bar heads of two or three words ("Tòa án", "Viện Kiểm sát", "Đoàn Luật sư"): end (inclusive) of the head at `k`.
    static let h21VietnameseJusticeFirsts = KeySet(["toa", "vien", "đoan", "doan", "hoi"])
    static let h21KeyCac = KeySet(["cac"])
    static let h21KeySong = KeySet(["song"])
    /// The lists `h21Vietnamese`'s token rules ask of the token they start at, by bit (see `KeyClasses`).
    enum H21VietnameseClass { static let justiceFirsts: UInt32 = 1, cac: UInt32 = 2, song: UInt32 = 4 }
    static let h21VietnameseTokenClasses = KeyClasses([(h21VietnameseJusticeFirsts, H21VietnameseClass.justiceFirsts),
        (h21KeyCac, H21VietnameseClass.cac), (h21KeySong, H21VietnameseClass.song)])

    func h21VietnameseJusticeHead(_ k: Int) -> Int? {
        guard h21Cap(k), h19Key(k, Self.h21VietnameseJusticeFirsts) else { return nil }
        switch tokens[k].key {
        case "toa": return keyIs(k + 1, "an") ? k + 1 : nil
        case "vien": return keyIs(k + 1, "kiem") && keyIs(k + 2, "sat") ? k + 2 : nil
        case "đoan", "doan": return keyIs(k + 1, "luat") && keyIs(k + 2, "su") ? k + 2 : nil
        case "hoi": return keyIs(k + 1, "luat") && keyIs(k + 2, "gia") ? k + 2 : nil
        default: return nil
        }
    }

    mutating func h21Vietnamese() {
        var drop = Set<Int>()
        var puts: [Mention] = []
        for i in mentions.indices {
            guard mentionKnown(i) == nil, mentionType(i) != .country, let (a, z) = seedSpan(i), tokens[a].script == .latin else { continue }
            let len = z - a + 1
            // "HLV", "PGS": a title's abbreviation is no organization.
            if len == 1, tokens[a].allCaps, h19Key(a, Self.h21VietnameseTitleAbbreviations) { drop.insert(i); continue }
            // "Nhưng Đất Tổ Phú Thọ": a conjunction opening the sentence is no part of the name.
            if len >= 2, tokens[a].sentenceStart, a == 0 || tokens[a].newlineBefore || h21Punct(a - 1, ".") || h21Punct(a - 1, "\""),
               h19Key(a, Self.h21VietnameseOpeners), h21Cap(a + 1) {
                var m = mention(a + 1, z + 1, type: mentionType(i), evidence: mentionEvidence(i))
                m.placeContext = mentionPlaceContext(i)
                mentions[i] = m
                continue
            }
            // "Tập đoàn … Đồng Lâm tài" + "trợ": the first syllable of a verb after the name is no part of it.
            if len >= 2, h21Lower(z), h19Key(z, Self.h21VietnameseVerbFirsts), z + 1 < tokens.count,
               let seconds = Self.h21VietnameseVerbPairs[tokens[z].key], seconds.contains(where: { keyIs(z + 1, $0) }) {
                var m = mention(a, z, type: mentionType(i), evidence: mentionEvidence(i))
                m.placeContext = mentionPlaceContext(i)
                mentions[i] = m
                continue
            }
            // "Viện Kiểm sát đề nghị": a verb of two syllables closing the name is no part of it.
            if len >= 3, h21Lower(z), h21Lower(z - 1), h19Key(z - 1, Self.h21VietnameseVerbFirsts),
               let seconds = Self.h21VietnameseVerbPairs[tokens[z - 1].key], seconds.contains(where: { keyIs(z, $0) }) {
                var m = mention(a, z - 1, type: mentionType(i), evidence: mentionEvidence(i))
                m.placeContext = mentionPlaceContext(i)
                mentions[i] = m
                continue
            }
            // "tiền đạo 19 tuổi Lục Minh Triết": three or four capitalized syllables opening with a family name read as a place are a person.
            if mentionType(i) != .person, mentionType(i) != .organization, len >= 3, len <= 4, h19Key(a, Self.h21VietnameseSurnames),
               (a...z).allSatisfy({ h21Cap($0) && !isCountry[$0] && !h19InKnown($0) }),
               !(h21Lower(a - 1) && h19Key(a - 1, Self.h19VietnamesePlaceNouns)) {
                mentions[i].type = .person
                mentions[i].evidence = .cue
                mentions[i].placeContext = false
                continue
            }
            // "Ong Văn Khỏe" read as "Văn Khỏe": a capitalized syllable right before a name opening with Văn or Thị is its family name.
            if mentionType(i) == .person, len >= 2, len <= 3, keyIs(a, "van") || keyIs(a, "thi"), h21Cap(a - 1), tokens[a].spaceBefore,
               !tokens[a - 1].sentenceStart || h19Key(a - 1, Self.h19VietnameseSurnames) || h19Key(a - 1, Self.h21VietnameseSurnames),
               !h19InKnown(a - 1), !anyMention(where: { $0.start <= tokens[a - 1].start && $0.end >= tokens[a - 1].end }) {
                mentions[i] = mention(a - 1, z + 1, type: .person, evidence: .cue)
                continue
            }
            // "thắng Thành Cổ Quảng Trị", "làm khách của Sông Đà Hòa Bình": four capitalized syllables after a verb of a match are a club.
            if mentionType(i) != .organization, len == 4, (a...z).allSatisfy({ h21Cap($0) }), !h19Key(a, Self.h19VietnameseSurnames),
               h21Lower(a - 1) && h19Key(a - 1, Self.h21VietnameseMatchVerbs) || keyIs(a - 1, "cua") && keyIs(a - 2, "khach") {
                let w = mentionWords(i)
                for j in mentions.indices where mentionKnown(j) == nil && mentionWords(j) == w {
                    mentions[j].type = .organization
                    mentions[j].evidence = .cue
                    mentions[j].placeContext = false
                }
                continue
            }
            // "sân vận động Thanh Ba", "sân Thanh Ba": a stadium is a place.
            if mentionType(i) != .place, len <= 3, keyIs(a - 1, "san") && h21Lower(a - 1) || keyIs(a - 1, "đong") && keyIs(a - 2, "van") && keyIs(a - 3, "san") {
                mentions[i].type = .place
                mentions[i].evidence = .cue
                mentions[i].placeContext = true
                continue
            }
            if mentionType(i) == .organization {
                // "Sở Y tế thành phố Đà Nẵng Phạm Ngọc" + "Tường": a body over its place runs into the name of its head.
                var k = z
                while k > a + 2, !(h19Key(k, Self.h19VietnameseSurnames) && h21Cap(k - 1) && !h19InKnown(k)) { k -= 1 }
                if k > a + 2, (k...z).allSatisfy({ h21Cap($0) }), (a..<k).contains(where: { h19AdminEnd($0) != nil }),
                   z > k || h21Cap(z + 1) && !anyMention(where: { $0.start <= tokens[z + 1].start && $0.end > tokens[z + 1].start }) {
                    var e = z
                    while e + 1 < tokens.count, e - k < 3, h21Cap(e + 1), tokens[e + 1].spaceBefore,
                          !anyMention(where: { $0.start <= tokens[e + 1].start && $0.end > tokens[e + 1].start }) { e += 1 }
                    if e > k {
                        mentions[i] = mention(a, k, type: .organization, evidence: mentionEvidence(i))
                        puts.append(mention(k, e + 1, type: .person, evidence: .cue))
                        continue
                    }
                }
                // "Công ty … Thủy lợi Bắc" + "Hà Tĩnh": a company ending with a compass word goes on over the place after it.
                if h19Key(z, Self.h21VietnameseCompass), h21Cap(z), !isCountry[z], !h19InKnown(z), let j = firstMentionIndex(where: { ($0.type == .place || $0.type == .person && $0.known == nil && $0.words.count == 2) && $0.start > tokens[z].end && $0.start <= tokens[z].end + 1 }),
                   let zz = seedTokenIndex(end: mentionEnd(j)), zz - z <= 3 {
                    mentions[i] = mention(a, zz + 1, type: .organization, evidence: mentionEvidence(i))
                    drop.insert(j)
                    continue
                }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        for m in puts { h19Put(m) }
        // Token rules: courts and prosecutors of a city, places listed after "các huyện", rivers of one syllable, regions.
        let n = tokens.count
        let classes = Self.h21VietnameseTokenClasses
        var k = 0
        while k < n {
            defer { k += 1 }
            guard tokens[k].kind == .word, tokens[k].script == .latin else { continue }
            // The lists below that hold token k's key, in one probe.
            let c = keyClasses(k, classes)
            // "Tòa án nhân dân thành phố Cần Thơ", "Đoàn Luật sư thành phố Cần Thơ".
            if c & H21VietnameseClass.justiceFirsts != 0, let h = h21VietnameseJusticeHead(k) {
                var e = h + 1
                if keyIs(e, "nhan"), keyIs(e + 1, "dan"), h21Lower(e) { e += 2 }
                if let ae = h19AdminEnd(e), let pe = h21CapRun(ae, max: 3) {
                    h19Put(mention(k, pe + 1, type: .organization, evidence: .cue))
                    k = pe
                }
                continue
            }
            // "các huyện Hương Khê, Vũ Quang và Đức Thọ": each name of the list is a place.
            if c & H21VietnameseClass.cac != 0, h21Lower(k), h19Key(k + 1, Self.h21VietnameseListNouns), h21Lower(k + 1) {
                var p = k + 2
                var runs: [(Int, Int)] = []
                while let e = h21CapRun(p, max: 3) {
                    runs.append((p, e))
                    if p < n, e + 1 < n, tokens[e + 1].kind == .punct, Self.isMark(tokens[e + 1].text, ",") { p = e + 2; continue }
                    if keyIs(e + 1, "va") { p = e + 2; continue }
                    break
                }
                if runs.count >= 2 {
                    for (s, e) in runs { h21Retype(s, e, .place) }
                    k = runs.last!.1
                }
                continue
            }
            // "sông La": a river of one syllable.
            if c & H21VietnameseClass.song != 0, h21Lower(k), h21Cap(k + 1), !h21Cap(k + 2) || !tokens[k + 2].spaceBefore, PlainText.count(tokens[k + 1].text) <= 3, !h19InKnown(k + 1) {
                h21Retype(k + 1, k + 1, .place)
                continue
            }
        }
    }

    // MARK: - Spanish

    /// Heads of Spanish institutions: a name opening with one is an organization, not a person or a place.
    static let h21SpanishOrgHeads = KeySet(["coordinacion", "centro", "teatro", "museo", "fondo", "festival", "instituto", "secretaria", "comision",
        "ministerio", "servicio", "universidad", "hospital", "fundacion", "consejo", "direccion", "agencia", "camara", "banco", "biblioteca",
        "orquesta", "tribunal", "juzgado", "fiscalia", "federacion", "asociacion", "sindicato", "cinemateca", "filmoteca"])
    static let h21SpanishArticles = KeySet(["el", "la", "los", "las"])
    static let h21SpanishPluralArticles = KeySet(["los", "las"])
    /// Geographic nouns before a name ("desierto de la Tatacoa", "valle del Cauca").
    static let h21SpanishGeoNouns = KeySet(["desierto", "valle", "canon", "laguna", "volcan", "cerro", "lago", "bahia", "peninsula", "golfo", "meseta", "rio", "arroyo", "isla", "nevado"])
    static let h21SpanishGeoPlurals = KeySet(["rios", "lagos", "volcanes", "cerros", "islas", "arroyos", "lagunas", "valles"])
    static let h21SpanishRoadNouns = KeySet(["carretera", "autopista", "ruta", "autovia"])
    static let h21SpanishRoadKinds = KeySet(["federal", "estatal", "nacional", "provincial", "departamental", "regional"])
    static let h21SpanishStormNouns = KeySet(["tormenta", "huracan", "ciclon", "depresion", "tifon"])
    static let h21SpanishMetals = KeySet(["oro", "plata", "bronce"])
    /// The gate of `h21Spanish`' mention rules: each needs a storm noun, a metal, a geographic noun or an institution's head.
    static let h21SpanishMentionCues = KeySet(h21SpanishStormNouns.members + h21SpanishMetals.members + h21SpanishGeoNouns.members
                                              + h21SpanishGeoPlurals.members + h21SpanishOrgHeads.members)

    mutating func h21Spanish() {
        var drop = Set<Int>()
        var puts: [Mention] = []
        var storms: [[String]] = []
        // (Each walk below acts only at a word of its own lists: an article without one skips it.)
        for i in (articleHas(Self.h21SpanishMentionCues) ? mentions.indices : 0..<0) {
            guard mentionKnown(i) == nil, mentionType(i) != .country, let (a0, z) = seedSpan(i), tokens[a0].script == .latin else { continue }
            // "la tormenta tropical Bertilda", "el huracán Otis": a storm's name is no entity.
            if z == a0, keyIs(a0 - 1, "tropical") && h19Key(a0 - 2, Self.h21SpanishStormNouns) || h21Lower(a0 - 1) && h19Key(a0 - 1, Self.h21SpanishStormNouns) {
                storms.append(mentionWords(i))
                continue
            }
            // "Guacamayo de Oro": an award is no person.
            if mentionType(i) == .person, z >= a0 + 2, keyIs(z - 1, "de"), h19Key(z, Self.h21SpanishMetals) { drop.insert(i); continue }
            // "desierto de la Tatacoa", "los ríos Colotepec y …": a name after a geographic noun is a place.
            if mentionType(i) != .place, z - a0 <= 2,
               h21Lower(a0 - 1) && (h19Key(a0 - 1, Self.h21SpanishGeoNouns) || h19Key(a0 - 1, Self.h21SpanishGeoPlurals))
                || (keyIs(a0 - 1, "de") || keyIs(a0 - 1, "del")) && h19Key(a0 - 2, Self.h21SpanishGeoNouns) && h21Lower(a0 - 2)
                || h19Key(a0 - 1, Self.h21SpanishArticles) && keyIs(a0 - 2, "de") && h19Key(a0 - 3, Self.h21SpanishGeoNouns) && h21Lower(a0 - 3) {
                mentions[i].type = .place
                mentions[i].evidence = .cue
                mentions[i].placeContext = true
                continue
            }
            // "Coordinación Estatal de Protección Civil de Oaxaca", "El Servicio Meteorológico Nacional": an institution's head opens an
            // organization; it goes on over "de"/"del"/"para el" and capitalized words ("Festival de Cine del Alto Magdalena") and over a
            // list of plural articles ("Ministerio de las Culturas, las Artes y los Saberes").
            var a = a0
            if h19Key(a, Self.h21SpanishArticles), a < z { a += 1 }
            guard h21Cap(a), h19Key(a, Self.h21SpanishOrgHeads) else { continue }
            var e = z
            func capsFrom(_ p: Int) -> Int? { h21CapRun(p, max: 4) }
            /// ", las Artes y los Saberes" after "de las Culturas" ending at `e`: the end of the list closed by "y", or nil.
            func listEnd(_ e: Int) -> Int? {
                var q = e + 1
                while q + 2 < tokens.count, h21Punct(q, ","), h19Key(q + 1, Self.h21SpanishPluralArticles), let ie = capsFrom(q + 2) { q = ie + 1 }
                if keyIs(q, "y"), h19Key(q + 1, Self.h21SpanishPluralArticles), let ie = capsFrom(q + 2) { return ie }
                return nil
            }
            do {
                var s = e
                while s > a, h21Cap(s - 1) { s -= 1 }
                if s > a, h19Key(s - 1, Self.h21SpanishPluralArticles), h21Lower(s - 1), let le = listEnd(e) { e = le }
            }
            while true {
                var p = e + 1
                guard p < tokens.count, !tokens[p].newlineBefore else { break }
                if keyIs(p, "de") || keyIs(p, "del") || keyIs(p, "para") {
                    p += 1
                    var plural = false
                    if h19Key(p, Self.h21SpanishArticles), h21Lower(p) { plural = h19Key(p, Self.h21SpanishPluralArticles); p += 1 }
                    guard let ce = capsFrom(p) else { break }
                    e = ce
                    // ", las Artes y los Saberes": a list of plural articles closed by "y".
                    if plural, let le = listEnd(e) { e = le }
                    continue
                }
                break
            }
            let m = mention(a, e + 1, type: .organization, evidence: .cue)
            if a == a0, e == z {
                mentions[i].type = .organization
                mentions[i].evidence = .cue
                mentions[i].placeContext = false
            } else {
                puts.append(m)
            }
        }
        if !storms.isEmpty {
            for i in mentions.indices where mentionKnown(i) == nil && storms.contains(mentionWords(i)) { drop.insert(i) }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        for m in puts { h19Put(m) }
        // "los ríos Colotepec y Tonameca": each name listed after a plural geographic noun is a place.
        var g = articleHas(Self.h21SpanishGeoPlurals) ? 0 : tokens.count
        while g + 1 < tokens.count {
            defer { g += 1 }
            guard tokens[g].kind == .word, h21Lower(g), h19Key(g, Self.h21SpanishGeoPlurals), h21Cap(g + 1) else { continue }
            var p = g + 1
            var runs: [(Int, Int)] = []
            while let e = h21CapRun(p, max: 3) {
                runs.append((p, e))
                if h21Punct(e + 1, ",") || keyIs(e + 1, "y") || keyIs(e + 1, "e") { p = e + 2; continue }
                break
            }
            for (s, e) in runs { h21Retype(s, e, .place) }
            if let last = runs.last { g = last.1 }
        }
        // "la carretera federal 175": a road by its number.
        for k in (articleHas(Self.h21SpanishRoadNouns) ? tokens.indices : 0..<0) where tokens[k].kind == .number {
            guard k >= 2 else { continue }
            var r = k - 1
            if h19Key(r, Self.h21SpanishRoadKinds), h21Lower(r) { r -= 1 }
            guard h21Lower(r), h19Key(r, Self.h21SpanishRoadNouns), r == k - 1 || r == k - 2 else { continue }
            if anyMention(where: { $0.start < tokens[k].end && $0.end > tokens[r].start }) { continue }
            var m = mention(r, k + 1, type: .place, evidence: .cue)
            m.placeContext = true
            mentions.append(m)
        }
    }

    // MARK: - Russian

    /// Words of a federal body's name before its ministry's acronym ("Главное управление", "следственное управление").
    static let h21RussianBodyStems = ["управлен", "главн", "следствен", "отдел", "территориальн", "межрайон", "региональн", "департамент"]
    /// Legal forms of state and municipal institutions before a quoted name ("ОГКУ «Тамбовавтодор»").
    static let h21RussianInstitutionForms = KeySet(["огку", "гку", "гбу", "гбуз", "муп", "гуп", "фгбу", "фку", "мку", "огбу", "огау", "кгбу", "мбу",
        "мау", "гау", "оау", "фгуп", "ано", "кгку", "гкуз", "фгбоу", "гбоу", "мбоу", "мбук", "гаук"])
    /// Titles that open a sentence before a person ("Судья Е.А.Тарасова").
    static let h21RussianTitles = KeySet(["судья", "адвокат", "прокурор", "следователь", "губернатор", "глава", "директор", "министр", "аким",
        "председатель", "посол", "режиссер", "мэр", "нотариус", "дознаватель"])
    /// Heads of bodies a lowercase verb follows ("… районный суд вынес").
    static let h21RussianBodyHeads = KeySet(["суд", "комитет", "совет", "центр", "банк", "завод", "университет", "институт", "театр", "музей",
        "фонд", "управление", "министерство", "прокуратура", "администрация", "департамент", "райисполком", "горисполком", "облисполком"])
    static let h21RussianVerbEndings = ["ил", "ел", "ал", "ыл", "ял", "нес", "ила", "ела", "ала", "яла", "или", "ели", "али", "яли", "ает", "яет", "ует", "ило", "ало"]
    /// Heads of bodies that go on over "по" and their fields ("центра по гидрометеорологии и мониторингу окружающей среды").
    static let h21RussianFieldHeads = ["центр", "комитет", "агентств", "служб", "комисси", "инспекци"]
    /// Road nouns before "X – Y" and plural settlement or river nouns before a list.
    static let h21RussianRoadNouns = KeySet(["дорога", "дороги", "дороге", "дорогу", "автодорога", "автодороги", "автодороге", "автодорогу", "трасса", "трассы", "трассе", "трассу"])
    static let h21RussianListNouns = KeySet(["поселках", "поселков", "поселки", "селах", "сел", "деревнях", "деревень", "городах", "городов", "рек", "реках", "реки", "озер", "поселках"])
    static let h21RussianDistrictPlurals = KeySet(["районах", "районов", "районы", "районам"])
    /// Institutions whose names go on over lowercase genitives ("Музей кино Северо-Запада", "Фонда кино", "Дворца культуры …").
    static let h21RussianInstitutionStems = ["музе", "фонд"]
    static let h21RussianStopWords = KeySet(["в", "на", "и", "с", "по", "для", "из", "к", "о", "у", "за", "от", "до", "при", "который", "которая", "которое",
        "которые", "а", "но", "или", "что", "как", "во", "со", "под", "над", "об", "не"])

    /// Nouns of works before a quoted title ("фильм", "драма", "картина", "спектакль").
    static let h21RussianWorkStems = ["фильм", "драм", "картин", "спектакл", "комеди", "сериал", "роман", "постановк", "мультфильм"]

    /// `m` added, over every unknown mention it overlaps (also a longer one: "Зейском районах Амурской области").
    mutating func h21Force(_ m: Mention) {
        mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < m.end && $0.end > m.start }
        mentions.append(m)
    }

    @inline(__always) func h21StemIn(_ k: Int, _ stems: [String]) -> Bool {
        guard k >= 0, k < tokenCount, tokens[k].kind == .word else { return false }
        let key = tokens[k].key
        return stems.contains { h21Prefix(key, $0) }
    }

    /// Byte-wise `hasPrefix` and `hasSuffix` (keys are folded; Unicode-aware comparison costs tenfold).
    /// (On the contiguous bytes both have, as native and small strings do: the generic `starts(with:)` over the views,
    /// reversed for the suffix, cost a hundred instructions and more a call.)
    @inline(__always) func h21Prefix(_ s: String, _ p: String) -> Bool { Self.utf8Starts(s, bytesOf: p) }
    @inline(__always) func h21Suffix(_ s: String, _ p: String) -> Bool {
        let fast = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            p.utf8.withContiguousStorageIfAvailable { x -> Bool in
                x.count <= b.count && (x.isEmpty || memcmp(b.baseAddress! + (b.count - x.count), x.baseAddress!, x.count) == 0)
            }
        } ?? nil
        return fast ?? (s.utf8.count >= p.utf8.count && s.utf8.reversed().starts(with: p.utf8.reversed()))
    }

    static let h21KeyRussia = KeySet(["россии"])
    static let h21KeyPo = KeySet(["по"])
    static let h21KeyI = KeySet(["и"])
    static let h21RussianInstitutionForms2 = KeySet(["музей", "музея", "музее", "музею", "музеем", "фонд", "фонда", "фонду", "фондом", "фонде"])
    static let h21RussianMinistryForms = KeySet(["министерство", "министерства", "министерству", "министерством", "министерстве"])
    static let h21RussianCompassFirsts = KeySet(["северо", "юго", "гран"])

    /// The lists `h21Russian`'s token rules ask of the token they start at, by bit (see `KeyClasses`).
    enum H21RussianClass {
        static let russia: UInt32 = 1, institutionForms: UInt32 = 2, roadNouns: UInt32 = 4, listNouns: UInt32 = 8
        static let institutionForms2: UInt32 = 16, ministryForms: UInt32 = 32
    }
    static let h21RussianTokenClasses = KeyClasses([(h21KeyRussia, H21RussianClass.russia), (h21RussianInstitutionForms, H21RussianClass.institutionForms),
        (h21RussianRoadNouns, H21RussianClass.roadNouns), (h21RussianListNouns, H21RussianClass.listNouns),
        (h21RussianInstitutionForms2, H21RussianClass.institutionForms2), (h21RussianMinistryForms, H21RussianClass.ministryForms)])

    /// Token `k` is the punctuation mark `s` (compared on bytes: see `textIsMark`, whose list holds every mark passed here).
    @inline(__always) func h21Punct(_ k: Int, _ s: String) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].kind == .punct && Self.isMark(tokens[k].text, s)
    }

    mutating func h21Russian() {
        let n = tokens.count
        var drop = Set<Int>()
        var puts: [Mention] = []
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h21RussianCompassFirsts = Self.h21RussianCompassFirsts, h21RussianWorkStems = Self.h21RussianWorkStems,
            legalFormAcronyms = Self.legalFormAcronyms, h21RussianTitles = Self.h21RussianTitles,
            h21RussianBodyHeads = Self.h21RussianBodyHeads, h21RussianVerbEndings = Self.h21RussianVerbEndings, h21KeyPo = Self.h21KeyPo,
            h21RussianFieldHeads = Self.h21RussianFieldHeads, h21RussianStopWords = Self.h21RussianStopWords,
            h21RussianBodyStems = Self.h21RussianBodyStems, h21KeyI = Self.h21KeyI,
            h21RussianDistrictPlurals = Self.h21RussianDistrictPlurals
        for i in mentions.indices {
            guard mentionKnown(i) == nil, mentionType(i) != .country, let (a, z) = seedSpan(i), token(a).script == .cyrillic else { continue }
            // "Северо-Западе", "Юго-Востоке": a compass region is a place.
            let compass = h19Key(a, h21RussianCompassFirsts) || token(a).end - token(a).start > 4 && {
                let key = token(a).key
                return h21Prefix(key, "северо-") || h21Prefix(key, "юго-") || h21Prefix(key, "гран-")
            }()
            let folded = compass ? TextFolding.key(mentionSurface(i)) : ""
            if compass, !folded.contains(" "), h21Prefix(folded, "северо-") || h21Prefix(folded, "юго-") {
                mentions[i].type = .place
                mentions[i].evidence = .cue
                mentions[i].placeContext = true
                continue
            }
            // "Гран-при": a prize is no person.
            if compass, folded == "гран-при" { drop.insert(i); continue }
            // "драма … «Тихая вода»", "Полина Стрижак («Сестры …»)": a quoted title of a film or a play is no organization.
            if mentionType(i) == .organization, h21Punct(a - 1, "«") {
                var film = h21Punct(a - 2, "(") && anyMention(where: { $0.type == .person && $0.end <= token(a - 2).start && token(a - 2).start - $0.end <= 1 })
                var b = a - 2
                while !film, b >= 0, a - b <= 6, token(b).kind == .word || token(b).kind == .number {
                    if h21StemIn(b, h21RussianWorkStems), !h21StemIn(b - 1, ["театр"]) { film = true }
                    b -= 1
                }
                if film { drop.insert(i); continue }
            }
            // "Кинерма Пряжинского" + "района": a village ends before its district's adjective.
            if mentionType(i) == .place, z > a, h21Cap(z), keyIs(z + 1, "района"), h21Suffix(token(z).key, "ского") || h21Suffix(token(z).key, "цкого") {
                mentions[i] = mention(a, z, type: .place, evidence: .cue)
                mentions[i].placeContext = true
                var d = mention(z, z + 2, type: .place, evidence: .cue)
                d.placeContext = true
                puts.append(d)
                continue
            }
            // "Ми-8": a model's letters before a number are no name.
            if a == z, PlainText.count(token(a).text) <= 2, h21Punct(z + 1, "-"), z + 2 < n, token(z + 2).kind == .number { drop.insert(i); continue }
            // "Энергетики АО": a legal form ends no person.
            if mentionType(i) == .person, z > a, h19Key(z, legalFormAcronyms) { drop.insert(i); continue }
            // "Судья Е.А.Тарасова": a title opening the sentence is no part of the name.
            if mentionType(i) == .person, z > a, h19Key(a, h21RussianTitles) {
                mentions[i] = mention(a + 1, z + 1, type: .person, evidence: mentionEvidence(i))
                continue
            }
            // "Моршанский районный суд вынес": a verb after a body's head is no part of it.
            if mentionType(i) == .organization, z > a, h21Lower(z), h19Key(z - 1, h21RussianBodyHeads),
               h21RussianVerbEndings.contains(where: { h21Suffix(token(z).key, $0) }) {
                mentions[i] = mention(a, z, type: .organization, evidence: mentionEvidence(i))
                continue
            }
            // "Амурского центра" + "по гидрометеорологии и мониторингу окружающей среды": a centre's fields after "по".
            if mentionType(i) == .organization, h19Key(z + 1, h21KeyPo), h21Lower(z + 2), h21StemIn(z, h21RussianFieldHeads) {
                var e = z + 2
                while e + 1 < n, token(e + 1).kind == .word, h21Lower(e + 1), e - z < 8,
                      !h19Key(e + 1, h21RussianStopWords) || keyIs(e + 1, "и") && h21Lower(e + 2) && !h19Key(e + 2, h21RussianStopWords) { e += 1 }
                puts.append(mention(a, e + 1, type: .organization, evidence: mentionEvidence(i)))
                continue
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        for m in puts { h19Put(m) }
        puts.removeAll()
        let classes = Self.h21RussianTokenClasses
        var k = 0
        while k < n {
            defer { k += 1 }
            guard token(k).kind == .word, token(k).script == .cyrillic else { continue }
            // The lists below that hold token k's key, in one probe.
            let c = keyClasses(k, classes)
            // "УМВД России по Тамбовской области", "Главном управлении МЧС России по Амурской области": a federal body of a region.
            if k >= 1, c & H21RussianClass.russia != 0, h19Key(k + 1, h21KeyPo) {
                var e = -1
                if h21Cap(k + 2), keyIs(k + 3, "области") || keyIs(k + 3, "краю") || keyIs(k + 3, "округу") { e = k + 3 }
                else if keyIs(k + 2, "республике") || keyIs(k + 2, "городу") || keyIs(k + 2, "г"), let ce = h21CapRun(k + 3, max: 2) { e = ce }
                guard e > 0 else { continue }
                var b = k - 1
                while b >= 0, token(b).kind == .word, token(b).script == .cyrillic, token(b).allCaps || h21StemIn(b, h21RussianBodyStems) { b -= 1 }
                b += 1
                guard b < k else { continue }
                puts.append(mention(b, e + 1, type: .organization, evidence: .cue))
                k = e
                continue
            }
            // "ОГКУ «Тамбовавтодор»": an institution's legal form and its quoted name.
            if token(k).allCaps, c & H21RussianClass.institutionForms != 0, h21Punct(k + 1, "«") {
                var q = k + 2
                while q < n, q - k < 8, !h21Punct(q, "»") { q += 1 }
                if q < n, h21Punct(q, "»"), q > k + 2 {
                    puts.append(mention(k, q + 1, type: .organization, evidence: .cue))
                    k = q
                }
                continue
            }
            // "Д.В.Лыков": initials and a surname no mention holds.
            if token(k).capitalized, token(k).end - token(k).start == 1, k + 4 < n, token(k + 1).kind == .punct, h21Punct(k + 1, "."), token(k + 2).capitalized, token(k + 2).end - token(k + 2).start == 1,
               h21Punct(k + 3, "."), h21Cap(k + 4), PlainText.count(token(k + 4).text) >= 3, !anyMention(where: { $0.start < token(k + 4).end && $0.end > token(k).start }) {
                puts.append(mention(k, k + 5, type: .person, evidence: .cue))
                k += 4
                continue
            }
            // "автодороге Свободный – Экимчан": the two ends of a road are places.
            if h21Lower(k), c & H21RussianClass.roadNouns != 0, h21Cap(k + 1), k + 3 < n, token(k + 2).kind == .punct,
               textIsMark(k + 2, "–") || textIsMark(k + 2, "-") || textIsMark(k + 2, "—"), h21Cap(k + 3) {
                for p in [k + 1, k + 3] where !h19InKnown(p) {
                    if let j = h19MentionAt(p, p) {
                        mentions[j].type = .place
                        mentions[j].evidence = .cue
                        mentions[j].placeContext = true
                    } else {
                        var m = mention(p, p + 1, type: .place, evidence: .cue)
                        m.placeContext = true
                        h21Force(m)
                    }
                }
                k += 3
                continue
            }
            // "в поселках Раслово и Глазово", "рек Селемджа и Нора": each name of a list after a plural noun is a place.
            if h21Lower(k), c & H21RussianClass.listNouns != 0, h21Cap(k + 1) {
                var p = k + 1
                var items: [Int] = []
                while h21Cap(p) {
                    items.append(p)
                    if h21Punct(p + 1, ","), h21Cap(p + 2) { p += 2; continue }
                    if keyIs(p + 1, "и"), h21Cap(p + 2) { p += 2; continue }
                    break
                }
                if items.count >= 2, !h21Cap(items.last! + 1) {
                    for p in items where !h19InKnown(p) {
                        if let j = h19MentionAt(p, p) {
                            mentions[j].type = .place
                            mentions[j].evidence = .cue
                            mentions[j].placeContext = true
                        } else {
                            var m = mention(p, p + 1, type: .place, evidence: .cue)
                            m.placeContext = true
                            puts.append(m)
                        }
                    }
                    k = items.last!
                }
                continue
            }
            // "в Мазановском, Селемджинском и Зейском районах": coordinated adjectives before a plural district noun, each a district.
            if h21Cap(k), k + 1 < n, token(k + 1).kind == .punct && h21Punct(k + 1, ",") || h19Key(k + 1, h21KeyI),
               h21Suffix(token(k).key, "ском") || h21Suffix(token(k).key, "цком") {
                var p = k
                var items: [Int] = []
                while h21Cap(p), h21Suffix(token(p).key, "ском") || h21Suffix(token(p).key, "цком") {
                    items.append(p)
                    if h21Punct(p + 1, ",") || keyIs(p + 1, "и") { p += 2; continue }
                    break
                }
                let last = items.last!
                if items.count >= 2, h19Key(last + 1, h21RussianDistrictPlurals) {
                    for p in items where !h19InKnown(p) {
                        let text = token(p).text
                        var m = mention(p, p + 1, type: .place, evidence: .cue)
                        m.placeContext = true
                        m.variants = [String(text.dropLast(2)) + "ий район"]
                        h21Force(m)
                    }
                    k = last + 1
                }
                continue
            }
            // "Музее кино Северо-Запада", "Фонда кино": a museum or a fund over its genitives.
            if h21Cap(k), c & H21RussianClass.institutionForms2 != 0, h21Lower(k + 1), !h19Key(k + 1, h21RussianStopWords) {
                var e = k + 1
                while e + 1 < n, e - k < 5, !token(e + 1).newlineBefore {
                    let q = e + 1
                    if token(q).kind == .word, token(q).spaceBefore, (h21Cap(q) || h21Lower(q) && !h19Key(q, h21RussianStopWords)) { e = q; continue }
                    // "Северо-Запада" written as three tokens.
                    if h21Punct(q, "-"), !token(q).spaceBefore, q + 1 < n, h21Cap(q + 1), !token(q + 1).spaceBefore { e = q + 1; continue }
                    break
                }
                // The last word a genitive or an indeclinable noun; never a verb.
                if !h21RussianVerbEndings.contains(where: { h21Suffix(token(e).key, $0) }) {
                    puts.append(mention(k, e + 1, type: .organization, evidence: .cue))
                    k = e
                }
                continue
            }
            // "министерство культуры Республики Карелия": a lowercase ministry of a republic or a region.
            if c & H21RussianClass.ministryForms != 0, h21Lower(k), h21Lower(k + 1), !h19Key(k + 1, h21RussianStopWords) {
                var e = k + 1
                while h21Lower(e + 1), e - k < 3, !h19Key(e + 1, h21RussianStopWords) { e += 1 }
                var end = -1
                if keyIs(e + 1, "республики"), let ce = h21CapRun(e + 2, max: 2) {
                    end = ce > e + 2 && anyMention(where: { $0.type == .person && $0.start == token(ce).start }) ? e + 2 : ce
                }
                else if h21Cap(e + 1), keyIs(e + 2, "области") || keyIs(e + 2, "края") { end = e + 2 }
                if end > 0 {
                    puts.append(mention(k, end + 1, type: .organization, evidence: .cue))
                    k = end
                }
                continue
            }
        }
        for m in puts { h19Put(m, overKnown: m.type == .organization) }
        // "Геннадия Мохова" beside "Геннадию Петровичу Мохову", "Тамбовскому вестнику" beside «Тамбовский вестник»: case forms of one name.
        let groupable = mentions.indices.filter { mentionKnown($0) == nil && (mentionType($0) == .person || mentionType($0) == .organization) && mentionWordCount($0) >= 2 && mentionWordCount($0) <= 3 }
        if groupable.count < 2 { return }
        for i in groupable {
            let w = mentionWords(i)
            guard w.count >= 2, w.count <= 3, let f = w.first?.unicodeScalars.first, f.value >= 0x400, f.value <= 0x4FF else { continue }
            let person = mentionType(i) == .person
            if person, w.count != 2 { continue }
            for j in groupable where j != i && mentionType(j) == mentionType(i) && mentionWordCount(j) == (person ? 3 : w.count) {
                let o = mentionWords(j)
                guard o[0].utf8.prefix(8).elementsEqual(w[0].utf8.prefix(8)), o != w else { continue }
                let same: Bool
                if person {
                    same = w[0].count >= 4 && w[1].count >= 4 && w[1].prefix(4) == o[2].prefix(4)
                } else {
                    same = j < i && zip(w, o).allSatisfy { $0.count >= 4 && $1.count >= 4 && $0.prefix(5) == $1.prefix(5) }
                }
                if same {
                    mentions[i].words = o
                    break
                }
            }
        }
    }

    // MARK: - Chinese

    static let h21HanTitles: [[Unicode.Scalar]] = ["主教练", "教练", "队友", "小将", "门将", "收藏家", "副局长", "局长", "财务总监", "总监", "分析师", "总裁",
        "副校长", "校长", "院长", "主任", "教授", "研究员", "导演", "策展人", "馆长", "外援", "球员", "后卫", "前锋"].map { Array($0.unicodeScalars) }
    static let h21HanTitleFirstChars = "主教队小门收副局财总分校院研导策馆外球后前"
    static let h21HanTitleFirsts = h19Codes(h21HanTitleFirstChars)
    /// Second characters of the titles and of the suffixes: a first character is looked up further only before one.
    static let h21HanTitleSeconds = h19Codes("教练友将收局长务监析裁校院任授究演展援员卫锋藏")
    static let h21HanSuffixSeconds = h19Codes("物化验究金育岛头")
    static let h21HanCompoundSurnames: [[Unicode.Scalar]] = ["欧阳", "诸葛", "司马", "上官", "司徒", "东方", "皇甫", "慕容", "夏侯", "尉迟", "公孙", "令狐"].map { Array($0.unicodeScalars) }
    static let h21HanExtraSurnames = h19Codes("冼阙禤乜区")
    static let h21HanNameStops = h19Codes("表说介认指称率陪在与和等的是出会访、，。；：）则也将已曾赛透解带多均都就还又亦并即再借教授")
    /// Suffixes of institutions (organizations) and of sites (places), with the characters that open them.
    static let h21HanSuffixes: [([Unicode.Scalar], EntityType)] = {
        let list: [(String, EntityType)] = [("博物馆", .organization), ("文化馆", .organization), ("文化中心", .organization),
            ("实验室", .organization), ("研究所", .organization), ("基金会", .organization), ("基金", .organization), ("体育中心", .place),
            ("群岛", .place), ("码头", .place), ("局", .organization)]
        return list.map { (Array($0.0.unicodeScalars), $0.1) }
    }()
    static let h21HanSuffixFirstChars = "博文实研基体群码局"
    static let h21HanSuffixFirsts = h19Codes(h21HanSuffixFirstChars)
    /// The characters `h21Han`'s scan can start at (a title's or a suffix's first, 队), in one set: one bit test a character.
    static let h21HanScanTriggers = h19Codes(h21HanTitleFirstChars + h21HanSuffixFirstChars + "队")
    static let h21HanLeftStops = h19Codes("据在与和、，。由的应经为对向从将被设建签派赴举得获于至是把让给以“”了")
    static let h21HanProvincial = h19Codes("州省市")
    static let h21HanLocatives = h19Codes("在于从至到")
    /// Characters before a country inside a name that keep it whole ("中国驻冰岛大使馆", "中国—阿塞拜疆经贸论坛", "中国援萨摩亚…").
    static let h21HanCutBefore = h19Codes("驻—-–与和、援对向赴在及")
    static let h21HanGeneric: WordSet = ["俱乐部", "有限公司", "子公司", "全资子公司", "控股子公司"]

    mutating func h21Han() {
        var drop = Set<Int>()
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h21HanGeneric = Self.h21HanGeneric, h21HanCutBefore = Self.h21HanCutBefore, h21HanTitleFirsts = Self.h21HanTitleFirsts,
            h21HanTitleSeconds = Self.h21HanTitleSeconds, h21HanTitles = Self.h21HanTitles, h21HanNameStops = Self.h21HanNameStops,
            h21HanCompoundSurnames = Self.h21HanCompoundSurnames, hanSurnameSet = Self.hanSurnameSet,
            h21HanExtraSurnames = Self.h21HanExtraSurnames, h19Dot = Self.h19Dot, h21HanLeftStops = Self.h21HanLeftStops,
            h21HanSuffixFirsts = Self.h21HanSuffixFirsts, h21HanSuffixSeconds = Self.h21HanSuffixSeconds,
            h21HanSuffixes = Self.h21HanSuffixes, h21HanLocatives = Self.h21HanLocatives, h21HanProvincial = Self.h21HanProvincial
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let b0 = mentionSurface(i).utf8.first, b0 >= 0xE3 else { continue }
            let s = mentionSurface(i)
            // "俱乐部", "全资子公司", "另一家子公司": generic company nouns are no names.
            if mentionType(i) == .organization, h21HanGeneric.contains(s) || PlainText.hasPrefix(s, "另一家") { drop.insert(i); continue }
            // "祁峻教" + "授", "莫拉莱斯赛" + "后": a name ran over the first character of a title or a time word.
            if mentionType(i) == .person, let last = s.unicodeScalars.last, last == "教" || last == "赛", s.unicodeScalars.count >= 3,
               let ti = h19TokenHolding(end: mentionEnd(i)) ?? tokens.indices.first(where: { tokens[$0].start < mentionEnd(i) && tokens[$0].end > mentionEnd(i) }),
               tokens[ti].script == .han {
                let sc = hanRunScalars(ti)
                let off = mentionEnd(i) - tokens[ti].start
                if !sc.contains(where: { $0.value > 0xFFFF }), off < sc.count, last == "教" && sc[off] == "授" || last == "赛" && (sc[off] == "后" || sc[off] == "前") {
                    mentions[i].end -= 1
                    mentions[i].surface = String(String.UnicodeScalarView(s.unicodeScalars.dropLast()))
                    mentions[i].words = mentionSurface(i).split(separator: "·").map { TextFolding.key(String($0)) }
                }
                continue
            }
            // "满足中国足球协会", "主要赞助商四川酒城窖藏集团": words before a country or a known place opening the organization are no part of it.
            // (Mentions read in place by index: `firstIndex(where:)` copied each one it tested.)
            if mentionType(i) == .organization, let j = Self.h21FirstIndex(mentions.count, where: { j in (mentionType(j) == .country || mentionType(j) == .place && mentionKnown(j) != nil)
                    && mentionStart(j) > mentionStart(i) && mentionStart(j) - mentionStart(i) <= 5 && mentionEnd(j) < mentionEnd(i) }) {
                let cut = mentionStart(j) - mentionStart(i)
                let us = Array(s.unicodeScalars)
                let (s0, c0) = (mentionStart(i), mentionStart(j))
                // (Not inside a transliterated name: "卡沙特公司" holds 沙特 as syllables.)
                if !us.contains(where: { $0.value > 0xFFFF }), us.count - cut >= 4, cut >= 2, !h21HanCutBefore.contains(us[cut - 1].value),
                   !us[0..<cut].allSatisfy({ h19Translit($0) }),
                   // (Fields read in place, by index: `anyMention`'s test copied each mention it was lent.)
                   !mentions.indices.contains(where: { (mentionType($0) == .country || mentionType($0) == .place || mentionKnown($0) != nil)
                                                       && mentionStart($0) >= s0 && mentionStart($0) < c0 }) {
                    mentions[i].start += cut
                    mentions[i].surface = String(String.UnicodeScalarView(us[cut...]))
                    mentions[i].words = [TextFolding.key(mentionSurface(i))]
                }
            }
        }
        if !drop.isEmpty { replaceMentions(removing: drop) }
        var adds: [Mention] = []
        // `hanRunsToScan(trigger:)` with the trigger's bit test written in the loop (a closure call per character was most
        // of the scan): the runs of three characters or more, all in the Basic Multilingual Plane, holding a trigger.
        let triggers = Self.h21HanScanTriggers
        var runs: [HanRunScan] = []
        for ti in tokens.indices where tokens[ti].script == .han && tokens[ti].end - tokens[ti].start >= 3 {
            let sc = hanRunScalars(ti)
            var any = false
            for u in sc where triggers.contains(u.value) { any = true; break }
            guard any, !sc.contains(where: { $0.value > 0xFFFF }) else { continue }
            runs.append(HanRunScan(token: tokens[ti], scalars: sc))
        }
        for run in runs {
            let t = run.token, sc = run.scalars, n = sc.count
            func at(_ p: Int, _ w: [Unicode.Scalar]) -> Bool { run.at(p, w) }
            func str(_ a: Int, _ b: Int) -> String { run.string(a, b) }
            func add(_ a: Int, _ b: Int, _ type: EntityType) {
                let (s, e) = hanSpan(t, sc, a, b - a)
                // Never over a known name or a country it does not hold whole.
                // (Fields read in place, by index: `anyMention`'s test copied each mention it was lent.)
                if mentions.indices.contains(where: {
                    (mentionKnown($0) != nil || mentionType($0) == .country) && mentionStart($0) < e && mentionEnd($0) > s
                        && !(mentionStart($0) >= s && mentionEnd($0) <= e)
                }) { return }
                let name = str(a, b)   // (built once, for the surface and its key)
                adds.append(Mention(surface: name, start: s, end: e, type: type, evidence: .cue, words: [TextFolding.key(name)]))
            }
            /// Offset in this run of the first country or place mention starting inside `a..<b`, and whether it is a country.
            func placeInside(_ a: Int, _ b: Int) -> (Int, Bool)? {
                let (s, e) = hanSpan(t, sc, a, b - a)
                // (The first of the earliest, as `filter(…).min(by:)` found it, read in place.)
                var best = -1
                for j in mentions.indices where (mentionType(j) == .country || mentionType(j) == .place) && mentionStart(j) >= s && mentionStart(j) < e && mentionEnd(j) <= e {
                    if best < 0 || mentionStart(j) < mentionStart(best) { best = j }
                }
                guard best >= 0 else { return nil }
                return (mentionStart(best) - t.start, mentionType(best) == .country)
            }
            var p = 0
            while p < n {
                defer { p += 1 }
                let c = sc[p].value
                // Titles and occupations before a person ("门将欧阳烁", "财务总监诸葛芸", "主任祁峻教授").
                if h21HanTitleFirsts.contains(c), p + 1 < n, h21HanTitleSeconds.contains(sc[p + 1].value),
                   let title = h21HanTitles.first(where: { at(p, $0) }) {
                    let a = p + title.count
                    guard a + 1 < n, !h21HanNameStops.contains(sc[a].value) else { continue }
                    var sl = 0
                    if h21HanCompoundSurnames.contains(where: { at(a, $0) }) { sl = 2 }
                    else if hanSurnameSet.contains(Self.hanCode(sc[a])) || h21HanExtraSurnames.contains(sc[a].value) { sl = 1 }
                    guard sl > 0, a + sl < n, !h21HanNameStops.contains(sc[a + sl].value) else { continue }
                    var e = a + sl + 1
                    if e < n, !h21HanNameStops.contains(sc[e].value) { e += 1 }
                    // A name the finder read longer ("杜钦貌埃", "何塞·米格尔…") stays, unless it ran over a stop ("祁峻教").
                    let (ms, me) = hanSpan(t, sc, a, e - a)
                    if e < n, sc[e] == h19Dot { p = e - 1; continue }
                    if anyMention(where: { $0.type == .person && $0.start < me && $0.end > ms && ($0.start < ms || $0.end > me && !(e < n && h21HanNameStops.contains(sc[e].value))) }) {
                        p = e - 1
                        continue
                    }
                    add(a, e, .person)
                    p = e - 1
                    continue
                }
                // "泸州金樽队": a place and two or three characters before 队 name a team.
                if sc[p] == "队", p >= 4 {
                    let s0 = t.start
                    if let m = firstMention(where: { $0.type == .place && $0.start >= s0 && $0.end <= s0 + p - 2 && s0 + p - $0.end <= 3 }) {
                        add(m.start - s0, p + 1, .organization)
                    } else {
                        // The place written elsewhere in the article: "…，泸州金樽队".
                        search: for mi in mentions.indices where mentionType(mi) == .place && (mentionSurface(mi).utf8.first ?? 0) >= 0xE3 {
                            let w = Array(mentionSurface(mi).unicodeScalars)
                            for g in 2...3 {
                                let b = p - g - w.count
                                if b >= 0, at(b, w), b == 0 || h21HanLeftStops.contains(sc[b - 1].value) {
                                    add(b, p + 1, .organization)
                                    break search
                                }
                            }
                        }
                    }
                    continue
                }
                // Institutions and sites by their suffix, from the last stop before them.
                guard h21HanSuffixFirsts.contains(c), c == 0x5C40 || p + 1 < n && h21HanSuffixSeconds.contains(sc[p + 1].value),
                      let (suffix, type) = h21HanSuffixes.first(where: { at(p, $0.0) }) else { continue }
                let e = p + suffix.count
                // "…旅游局副局长": a bureau (局) only after its country or city, never inside a title.
                let bureau = suffix.count == 1
                // ("叙利亚当局" the authorities, "局势" the situation, "局面": no bureaus.)
                if bureau, e < n && (sc[e] == "长" || sc[e] == "势" || sc[e] == "面") || p > 0 && (sc[p - 1] == "副" || sc[p - 1] == "当") { continue }
                var b = p - 1
                while b >= 0, p - b < (bureau ? 16 : 12), !h21HanLeftStops.contains(sc[b].value) { b -= 1 }
                b += 1
                // "该校眼科再生医学实验室": "the school's" opens no name.
                if p - b >= 4, sc[b] == "该" { b += 2 }
                // "X还会见了Y研究所": never over a person the finder read.
                let (sb, sp) = (hanSpan(t, sc, b, 1).0, hanSpan(t, sc, p, 1).0)
                var pe: Int?
                for j in mentions.indices where mentionType(j) == .person && mentionEnd(j) > sb && mentionEnd(j) <= sp { pe = max(pe ?? mentionEnd(j), mentionEnd(j)) }
                if let pe { b += pe - sb }
                // A name the finder read already ("达贝尔夫研究所") stays as it is, unless the organization it follows
                // ("中国科学院" + "荆楚生物材料研究所") opens the segment: then the two are one.
                let (_, se) = hanSpan(t, sc, b, e - b)
                if let o = firstMention(where: { $0.type == .organization && $0.end == se && $0.start > t.start + b && $0.start <= sp }) {
                    guard let head = firstMention(where: { $0.type == .organization && $0.end == o.start && $0.start >= t.start + b }) else { p = e - 1; continue }
                    b = head.start - t.start
                }
                guard p - b >= 2 else { p = e - 1; continue }
                if type == .place {
                    guard b > 0, h21HanLocatives.contains(sc[b - 1].value), placeInside(b, e)?.1 != true else { p = e - 1; continue }
                }
                if bureau {
                    guard let (q, _) = placeInside(b, p), q == b else { continue }
                    add(b, e, type)
                    p = e - 1
                    continue
                }
                if let (q, country) = placeInside(b, p) {
                    if q > b, q - b >= 2 {
                        // "尖沙咀香港文化中心": the words before the city or country naming the body are the place it stands in.
                        add(b, q, .place)
                        b = q
                    } else if q == b, country, type == .organization, (b..<p).contains(where: { h21HanProvincial.contains(sc[$0].value) }) {
                        // "马来西亚马六甲州立博物馆": a country before a state's or a city's body is no part of its name.
                        if let m = firstMention(where: { $0.type == .country && $0.start == t.start + b }) { b += m.end - m.start }
                    }
                }
                add(b, e, type)
                p = e - 1
            }
        }
        // "恒川新材料（越南）有限公司": a company whose name holds its country in parentheses.
        for k in tokens.indices where k >= 1 && k + 3 < tokens.count && tokens[k].kind == .punct && Self.isMark(tokens[k].text, "（") {
            guard tokens[k - 1].script == .han, tokens[k + 2].kind == .punct, Self.isMark(tokens[k + 2].text, "）"), tokens[k + 3].script == .han,
                  anyMention(where: { $0.type == .country && $0.start == tokens[k + 1].start && $0.end == tokens[k + 1].end }) else { continue }
            let after = hanRunScalars(k + 3)
            let tail: [Unicode.Scalar] = Array("有限公司".unicodeScalars)
            guard after.count >= tail.count, Array(after[0..<tail.count]) == tail else { continue }
            let sc = hanRunScalars(k - 1)
            guard !sc.contains(where: { $0.value > 0xFFFF }) else { continue }
            var b = sc.count - 1
            while b > 0, sc.count - b < 10, !h21HanLeftStops.contains(sc[b - 1].value), !(b >= 2 && sc[b - 2] == "公" && sc[b - 1] == "司") { b -= 1 }
            guard sc.count - b >= 2 else { continue }
            let start = tokens[k - 1].end - (sc.count - b)
            let end = tokens[k + 3].start + tail.count
            let surface = String(String.UnicodeScalarView(sc[b...])) + "（" + tokens[k + 1].text + "）" + String(String.UnicodeScalarView(after[0..<tail.count]))
            adds.append(Mention(surface: surface, start: start, end: end, type: .organization, evidence: .cue, words: [TextFolding.key(surface)]))
        }
        for m in adds where !anyMention(where: { $0.start == m.start && $0.end == m.end && $0.type == m.type }) {
            h19Put(m)
        }
    }
}
