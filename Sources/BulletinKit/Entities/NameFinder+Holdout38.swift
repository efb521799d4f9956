import Foundation

/// Rules from the patterns of scripts/entity-unseen/holdout38 (BelTA, VNA, Xinhua, Kazinform and MFA wire copy in
/// English and French, WAM, MENA, ONA and Xinhua Arabic copy: delegation lists, companies with legal forms, zones,
/// ministries; scored untouched at 0.803 entities, 1.000 countries). One pass, `refineHoldout38`, run just before
/// `refineCP15`; gated on the article's language being en, fr or ar (an article of another language pays three
/// compares), then on a token's key before any scan.
///
/// Arabic: a name written before its role ("كلاً من سعيد عبيد الشامسي الرئيس التنفيذي لـ…", "وموزة خليفة النعيمي مديرة
/// …", "وقال لو هاي بينغ نائب رئيس …") after a list's opener, a verb of saying, مع/بحضور, a title, or a comma and the
/// list's و, a person; a place ending in a compound's first word (ميناء جبل | علي, ببرج | العرب) takes the next word; a
/// zone (المنطقة الاقتصادية الخاصة) takes «بالدقم», «لقناة السويس» or a quoted name after it; a ministry's name runs over
/// «وموارد المياه» and ends before «لقطاع …»; a committee takes «لمقاطعة X»; a head, a place or a word and a ل-noun one body (صندوق أبوظبي للتنمية، مصنع بوبرويسك للأدوية، جامعة
/// بيلاروسيا الحكومية للزراعة، معرض الصين والدول العربية); a quoted name after معرض a body; a head's place read over a
/// present-tense verb cut when the shorter name stands elsewhere; «شركة X» grouped with X.
///
/// English and French: a legal form (Kft., Zrt., DOO, SAOG, JSC …) closes a company that opens at the first capitalized
/// word after a title or "of" (a known place inside it no place), the person after the form is a person, and the
/// company's name without its form elsewhere the same company; a country glued before a person after "of"/"to" (… to
/// Oman Bolat Iztleuov) cut; a place's head (Governorate, Province, Region …) ends a place before a person; a name over
/// "bin"/"bint" one person; routes, corridors and "National Road 7" places; "X – Y international border gate" places; a
/// zone's capitalized name over "and" one place; "General Authority"; "<Place> Department of A and B" one body; a lone
/// surname the person; French: "Institut/Université/Société … de <known place>" one body over lowercase words, and
/// "mer/lac/golfe + Adjective" a place.
extension NameFinder {
    mutating func refineHoldout38() {
        guard !tokens.isEmpty else { return }
        switch language {
        case "ar":
            guard hasArabic else { return }
            h38ArabicCompoundPlaces()
            h38ArabicZones()
            h38ArabicMinistries()
            h38ArabicCommittees()
            h38ArabicHeadPlaceBodies()
            h38ArabicQuotedFairs()
            h38ArabicBranches()
            h38ArabicPlaceVerb()
            h38ArabicNamesBeforeRoles()
            h38ArabicCompanyHead()
            h38ArabicGenericAlone()
        case "en", "fr":
            h38LegalFormCompanies()
            h38CompanyShortForms()
            h38CountryBeforePerson()
            h38PlaceHeadBeforePerson()
            h38BinNames()
            if language == "en" {
                h38Routes()
                h38BorderGates()
                h38ZonesOverAnd()
                h38GeneralAuthority()
                h38PlaceDepartments()
                h38MinistryDepartments()
                h38ZonesAt()
            } else {
                h38FrenchInstitutions()
                h38FrenchSeas()
            }
            h38LoneSurnames()
        default: return
        }
    }

    // MARK: - Arabic

    @inline(__always) func h38Ar(_ k: Int) -> Bool { k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .arabic }

    /// Role nouns that follow a name in apposition ("… الشامسي الرئيس التنفيذي", "… النعيمي مديرة").
    static let h38ArRolesAfter = h18Keys(["رئيس", "رئيسة", "الرئيس", "الرئيسة", "مدير", "مديرة", "المدير", "المديرة", "نائب", "نائبة",
        "وكيل", "وكيلة", "مساعد", "مساعدة", "عميد", "عميدة", "سفير", "سفيرة", "وزير", "وزيرة", "أمين", "الأمين", "عضو", "محافظ",
        "مستشار", "مستشارة", "المستشار", "ممثل", "ممثلة", "المتحدث", "الناطق", "الأمينة", "أمينة", "رئيسا", "مديرا", "نائبا"])
    /// Words after which a name opens: a list's opener (كلاً من), with, in the presence of, verbs of saying and meeting.
    static let h38ArOpeners = h18Keys(["مع", "بحضور", "برئاسة", "قال", "وقال", "أوضح", "وأوضح", "أكد", "وأكد", "أشار", "وأشار", "أضاف",
        "وأضاف", "ذكر", "وذكر", "صرح", "وصرح", "التقى", "والتقى", "استقبل", "واستقبل", "سعادة", "معالي", "فخامة", "السيد", "السيدة"])
    static let h38ArAll = h18Keys(["كلا", "كل", "كلاً"])
    /// Honorifics (with their clitics: "، ومعالي X Y نائب …" opens at X).
    static let h38ArHonorifics = H36Heads(["معالي", "سعادة", "فخامة", "سمو", "السيد", "السيدة"])
    /// Given names that open with و (no clitic to cut).
    static let h38ArWawNames = h18Keys(["وليد", "وسيم", "وائل", "وفاء", "وداد", "وجدي", "وحيد", "وعد", "وهيب", "وصال", "وفيق", "وضاح",
        "ورد", "وردة", "ولاء", "وسام", "وجيه", "وديع", "وليد", "وهبة", "وفيق"])
    static let h38ArNameInner = h18Keys(["بن", "بنت", "عبد", "أبو", "ابو", "آل"])

    /// "كلاً من X Y Z الرئيس التنفيذي", "، وX Y Z مديرة", "مع X Y نائب", "وقال X Y Z نائب رئيس", "والدكتورة X Y Z نائبة":
    /// two to four words between an opener and a role noun are a person.
    mutating func h38ArabicNamesBeforeRoles() {
        guard articleHas(Self.h38ArRolesAfter) else { return }
        let n = tokens.count
        // (Asked of every Arabic word: the lists read once, not through their globals' initialization checks, and the
        // three words compared by their keys' hashes first, with no call: see `keyIs(_:_:hash:)`.)
        let openers = Self.h38ArOpeners, roles = Self.h36ArabicRoles, honorifics = Self.h38ArHonorifics
        let (hMin, hArabicComma, hComma) = (Token.hash("من"), Token.hash("،"), Token.hash(","))
        var k = 0
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h38ArAll = Self.h38ArAll, h36Waw = Self.h36Waw, h38ArWawNames = Self.h38ArWawNames, h38ArRolesAfter = Self.h38ArRolesAfter,
            h36ArabicNonNameHeads = Self.h36ArabicNonNameHeads, h36ArabicRoles = Self.h36ArabicRoles, h38ArHonorifics = Self.h38ArHonorifics
        while k + 2 < n {
            defer { k += 1 }
            // The opener at k-1 (or the name's own clitic after a comma).
            var skip = 0
            let prev = k - 1
            guard h38Ar(k) else { continue }
            if prev >= 0, h23Key(prev, openers) || h36CliticPrefix(prev, roles) != nil
                || h36CliticPrefix(prev, honorifics) != nil {
            } else if prev >= 1, keyIs(prev, "من", hash: hMin), h23Key(prev - 1, h38ArAll) {
            } else if prev >= 0, keyIs(prev, "،", hash: hArabicComma) || keyIs(prev, ",", hash: hComma),
                      tokens[k].key.unicodeScalars.first?.value == h36Waw, !h23Key(k, h38ArWawNames),
                      tokens[k].key.unicodeScalars.count >= 4 {
                skip = 1
            } else { continue }
            // The name: words up to a role noun.
            var q = k
            while q < n, q - k < 5, h38Ar(q), !h23Key(q, h38ArRolesAfter) {
                if q > k || skip == 0 {
                    if h36Stop(q) || isCountry[q] || h36CliticPrefix(q, h36ArabicNonNameHeads) != nil { break }
                }
                // "، وذلك بحضور وزير": an opener ("in the presence of", "with", a verb of saying) is no word of a name.
                if q > k, h23Key(q, openers) { break }
                q += 1
            }
            let count = q - k
            guard count >= 2, count <= 4, q < n, h23Key(q, h38ArRolesAfter) else { continue }
            // A given name never takes the article; the inner words may be بن/عبد or a family name with it.
            let firstKey = tokens[k].key
            let first = skip == 0 ? firstKey : String(firstKey.unicodeScalars.dropFirst(1))
            guard !first.hasPrefix("ال"), first.unicodeScalars.count >= 2 else { continue }
            // "وذلك", "وهذا", "فتلك": a demonstrative or a function word after the clitic opens no name.
            if skip == 1, Self.arabicStop.contains(first) || Self.h36ArabicStops.contains(first) { continue }
            // An honorific is no given name: "مع معالي X Y وزير" opens at X, the opener at k-1 being the honorific.
            if skip == 0, h36Stop(k) || isCountry[k] || h36CliticPrefix(k, h36ArabicNonNameHeads) != nil
                || h36CliticPrefix(k, honorifics) != nil { continue }
            if skip == 1, h36CliticPrefix(k, h36ArabicNonNameHeads) != nil || h36CliticPrefix(k, h36ArabicRoles) != nil
                || h36CliticPrefix(k, h38ArHonorifics) != nil { continue }
            let m = h36Mention(k, q, skip: skip, type: .person)
            let (s, e) = (m.start, m.end)
            if anyMention(where: { $0.type == .person && $0.start <= s && $0.end == e }) { k = q; continue }
            if anyMention(where: { $0.type == .person && $0.known != nil && $0.start < e && $0.end > s }) { continue }
            // Inside a longer body or place that opened before it: not a name.
            if anyMention(where: { $0.type != .country && $0.type != .person && $0.start < s && $0.end > s }) { continue }
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            h27Replace(k, q, with: m)
            k = q
        }
    }

    /// First words of two-word place names ("جبل علي", "برج العرب", "رأس الخيمة"), with their clitics.
    static let h38ArCompoundFirst = H36Heads(["جبل", "رأس", "برج", "عين", "تل", "بئر", "بني", "أم", "شرم", "وادي", "بور", "دير", "بيت"])
    /// "ميناء جبل | علي", "المنطقة الصناعية ببرج | العرب": a place read up to a compound's first word takes the next word.
    mutating func h38ArabicCompoundPlaces() {
        guard articleHas(Self.h38ArCompoundFirst.set) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a, h36CliticPrefix(z, Self.h38ArCompoundFirst) != nil, h38Ar(z + 1),
                  !tokens[z + 1].newlineBefore else { continue }
            let e = tokens[z + 1].end
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > self.tokens[z].end }) { continue }
            todo.append((a, z + 2))
        }
        for (a, b) in todo { h27Replace(a, b, with: mention(a, b, type: .place, evidence: .cue)) }
    }

    static let h38ArZoneHeads = h18Keys(["المنطقة", "منطقة", "والمنطقة", "بالمنطقة", "للمنطقة"])
    static let h38ArZoneAdjectives = h18Keys(["الاقتصادية", "الخاصة", "الحرة", "الصناعية", "اللوجستية"])
    static let h38ArGeoHeads = h18Keys(["لقناة", "لميناء", "لمدينة", "لمحافظة", "لولاية", "لمقاطعة", "لنهر", "لخليج"])
    /// "المنطقة الاقتصادية الخاصة بالدقم", "المنطقة الاقتصادية لقناة السويس", "المنطقة الاقتصادية الحرة "موغيليوف"": a zone
    /// read up to its adjectives takes the place or the quoted name after them.
    mutating func h38ArabicZones() {
        guard articleHas(Self.h38ArZoneHeads) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a, h23Key(a, Self.h38ArZoneHeads) else { continue }
            if h23Key(z, Self.h38ArGeoHeads), h38Ar(z + 1), !h36Stop(z + 1), !tokens[z + 1].newlineBefore { todo.append((a, z + 2)); continue }
            guard h23Key(z, Self.h38ArZoneAdjectives) else { continue }
            var end = -1
            let k = z + 1
            guard k < tokens.count else { continue }
            if keyIs(k, "«") || keyIs(k, "\"") || keyIs(k, "“") {
                var q = k + 1
                while q < tokens.count, q - k <= 3, h38Ar(q) { q += 1 }
                if q > k + 1, q < tokens.count, keyIs(q, "»") || keyIs(q, "\"") || keyIs(q, "”") { end = q }
            } else if h38Ar(k), !tokens[k].newlineBefore {
                let u = Array(tokens[k].key.unicodeScalars.prefix(3).map(\.value))
                if u.count == 3, u[0] == 0x0628, u[1] == 0x0627, u[2] == 0x0644, tokens[k].key.unicodeScalars.count >= 5,
                   !h23Key(k, Self.h38ArAdverbials) { end = k }   // بال… (not "بالتعاون مع")
                else if h23Key(k, Self.h38ArGeoHeads), h38Ar(k + 1), !h36Stop(k + 1) { end = k + 1 }
            }
            guard end > z else { continue }
            todo.append((a, end + 1))
        }
        for (a, b) in todo { h27Replace(a, b, with: mention(a, b, type: .place, evidence: .cue)) }
    }

    /// بال-words that are adverbials, not places ("بالتعاون مع", "بالقرب من").
    static let h38ArAdverbials = h18Keys(["بالتعاون", "بالشراكة", "بالتنسيق", "بالإضافة", "بالنسبة", "بالقرب", "بالكامل", "بالفعل",
        "بالتزامن", "بالتوازي", "بالمقابل", "بالمئة", "بالرغم", "بالتالي", "بالذات", "بالضبط", "بالإجماع", "بالخارج", "بالداخل"])
    static let h38ArSectorWords = h18Keys(["لقطاع", "لشؤون", "لشئون"])
    static let h38ArMinistryHeads = h18Keys(["وزارة", "الوزارة", "لوزارة", "بوزارة", "ووزارة", "هيئة", "لهيئة"])
    /// "وزارة الثروة الزراعية والسمكية | وموارد المياه": a ministry runs over «وX الY»; "وزارة الاقتصاد | لقطاع التجارة
    /// الخارجية": a sector named after the ministry belongs to the title, not to the name.
    mutating func h38ArabicMinistries() {
        guard articleHas(Self.h38ArMinistryHeads) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), h23Key(a, Self.h38ArMinistryHeads) else { continue }
            // The sector's tail.
            if let cut = (a + 1...max(a + 1, z)).first(where: { $0 <= z && h23Key($0, Self.h38ArSectorWords) }), cut > a + 1, cut <= z {
                let m = mention(a, cut, type: .organization, evidence: mentions[i].evidence)
                mentions[i] = m
                continue
            }
            var end = z
            var rounds = 0
            while rounds < 2, h38Ar(end + 1), h38Ar(end + 2), !tokens[end + 1].newlineBefore {
                let key = tokens[end + 1].key
                guard key.unicodeScalars.first?.value == Self.h36Waw, key.unicodeScalars.count >= 4 else { break }
                let rest = String(key.unicodeScalars.dropFirst())
                guard !rest.hasPrefix("ال"), h36CliticPrefix(end + 1, Self.h36ArabicNonNameHeads) == nil,
                      !h23Key(end + 1, Self.h38ArMinistryHeads), Self.arabicHasPrefix(tokens[end + 2].key, "ال"), !h36Stop(end + 2) else { break }
                end += 2
                rounds += 1
            }
            guard end > z else { continue }
            todo.append((a, end + 1))
        }
        for (a, b) in todo { h27Replace(a, b, with: mention(a, b, type: .organization, evidence: .cue)) }
    }

    static let h38ArCommitteeHeads = h18Keys(["اللجنة", "لجنة", "واللجنة", "باللجنة", "للجنة", "المجلس", "مجلس"])
    static let h38ArRegionOf = h18Keys(["لمقاطعة", "لمحافظة", "لولاية", "لمنطقة", "لإقليم"])
    /// "اللجنة الشعبية | لمقاطعة خانه هوا": a committee takes the province after it; a place found inside a committee's
    /// name (مقاطعة غوميل) is none of its own.
    mutating func h38ArabicCommittees() {
        guard articleHas(Self.h38ArRegionOf) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), h23Key(a, Self.h38ArCommitteeHeads), h23Key(z + 1, Self.h38ArRegionOf), h38Ar(z + 2) else { continue }
            var end = z + 2
            if let p = firstMentionIndex(where: { $0.type == .place && $0.start == self.tokens[z + 2].start }), let (_, pz) = h31Span(p) {
                end = pz
            } else if h38Ar(end + 1), !h36Stop(end + 1), !Self.arabicHasPrefix(tokens[end + 1].key, "ال"), !h23Key(end + 1, Self.h38ArRolesAfter),
                      tokens[end + 1].key.unicodeScalars.count <= 4 {
                end += 1   // a two-syllable foreign name (خانه هوا)
            }
            todo.append((a, end + 1))
        }
        for (a, b) in todo { h27Replace(a, b, with: mention(a, b, type: .organization, evidence: .cue)) }
    }

    static let h38ArBodyHeads = H36Heads(["صندوق", "مصنع", "مؤسسة", "جامعة", "معرض", "بنك", "مركز", "معهد", "غرفة", "مجمع", "شركة"])
    /// "صندوق أبوظبي للتنمية", "مصنع بوبرويسك للأدوية", "مؤسسة دبي لتنمية الصادرات", "جامعة بيلاروسيا الحكومية للزراعة",
    /// "معرض الصين والدول العربية": a head, a place or a name, adjectives and a ل-noun (or «والدول العربية» after a
    /// country) are one body.
    mutating func h38ArabicHeadPlaceBodies() {
        h38ArabicHeadPlace(Self.h38ArBodyHeads, type: .organization, knownOnly: false)
        h38ArabicHeadPlace(Self.h38ArAreaHeads, type: .place, knownOnly: true)
    }

    /// "منطقة دبي الصناعية", "مدينة دبي للطب الحيوي": an area's head, a known place and an adjective or a ل-noun, one place.
    /// Heads after «وال» that open a second body ("جامعة غامبيا والجامعة الكازاخية"), not the first one's complement.
    static let h38ArCoordinatedHeads = h18Keys(["جامعة", "شركة", "مؤسسة", "وزارة", "هيئة", "مجموعة", "بنك", "مركز", "معهد", "كلية",
        "لجنة", "غرفة", "صندوق", "مصنع", "معرض", "منطقة", "مدينة", "حكومة", "سفارة"])
    static let h38ArAreaHeads = H36Heads(["منطقة", "مدينة"])

    mutating func h38ArabicHeadPlace(_ heads: H36Heads, type: EntityType, knownOnly: Bool) {
        guard articleHas(heads.set) else { return }
        let n = tokens.count
        var k = 0
        while k + 2 < n {
            defer { k += 1 }
            guard h38Ar(k), let skip = h36CliticPrefix(k, heads), h38Ar(k + 1) else { continue }
            let w = k + 1
            guard !h36Stop(w), !Self.arabicHasPrefix(tokens[w].key, "ال") || isCountry[w] || h27InKnownName(w) else { continue }
            // The place: a known one or a country (an indefinite word after the head, "مركز لوجستي للحبوب", names nothing).
            if !h27InKnownName(w), !isCountry[w], !h38KnownElsewhere(w) { continue }
            _ = knownOnly
            // The place may run over two tokens when it is one known name.
            var q = w + 1
            while q < n, q - w < 3, h27InKnownName(q), h27InKnownName(w), anyMention(where: { $0.known != nil && $0.start <= self.tokens[w].start && $0.end >= self.tokens[q].end }) { q += 1 }
            // Adjectives with the article (الحكومية).
            while q < n, q - w < 4, h38Ar(q), h36Nisba(q), !h36Stop(q), !isCountry[q] { q += 1 }
            var end = -1
            if h38Ar(q), tokens[q].key.unicodeScalars.first?.value == 0x0644, tokens[q].key.unicodeScalars.count >= 4, !h36Stop(q),
               !h23Key(q, Self.h38ArGeoHeads) {
                end = q
                let lil = Self.arabicHasPrefix(tokens[q].key, "لل")
                if !lil, h38Ar(q + 1), Self.arabicHasPrefix(tokens[q + 1].key, "ال"), !h36Stop(q + 1) { end = q + 1 }
                // Adjectives of the ل-noun ("للطب الحيوي", "للطاقة النظيفة").
                while end + 1 < n, end - q < 3, h36Nisba(end + 1), !isCountry[end + 1] { end += 1 }
            } else if isCountry[w], q == w + 1, h38Ar(q), Self.arabicHasPrefix(tokens[q].key, "وال"), h36Nisba(q + 1),
                      !Self.h38ArCoordinatedHeads.contains(String(tokens[q].key.unicodeScalars.dropFirst(3))) {
                end = q + 1
            } else if knownOnly, q > w + 1, h36Nisba(q - 1) {
                end = q - 1
            }
            guard end > w else { continue }
            var m = h36Mention(k, end + 1, skip: skip, type: type)
            if type == .place { m.placeContext = true }
            let (s, e) = (m.start, m.end)
            if anyMention(where: { $0.type == type && $0.start <= s && $0.end >= e }) { continue }
            if anyMention(where: { $0.type != .country && $0.start < s && $0.end > s }) { continue }
            // (Known places inside stay: the grouper keeps a body that strictly holds a known name.)
            let (ts, te) = (tokens[k].start, tokens[end].end)
            // (A place holding a known place takes its range: the grouper lets only a body hold a known name.)
            mentions.removeAll { ($0.known == nil || type == .place) && $0.type != .country && $0.start < te && $0.end > ts }
            mentions.append(m)
            k = end
        }
    }

    /// Token `k`'s word is, alone, a known place the article names elsewhere ("في أبوظبي" beside "صندوق أبوظبي …").
    func h38KnownElsewhere(_ k: Int) -> Bool {
        let key = tokens[k].key
        return anyMention(where: { $0.known != nil && $0.type == .place && $0.words.count == 1 && PhraseMatcher.same($0.words[0], key) })
    }

    /// The gate of `h38ArabicBranches`: it acts only before "فرع".
    static let h38ArBranchCues = KeySet(["فرع"])
    /// "غرفة تجارة وصناعة عمان فرع ظفار": a body's branch (فرع X) is part of its name.
    mutating func h38ArabicBranches() {
        guard articleHas(Self.h38ArBranchCues) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization {
            guard let (a, z) = h31Span(i), keyIs(z + 1, "فرع"), h38Ar(z + 2), !h36Stop(z + 2) else { continue }
            todo.append((a, z + 3))
        }
        for (a, b) in todo { h27Replace(a, b, with: mention(a, b, type: .organization, evidence: .cue), overKnown: true) }
    }

    static let h38ArFairHeads = H36Heads(["معرض", "مهرجان", "منتدى"])
    /// «معرض "بيلأغرو" الدولي»: the quoted name after a fair's head is a body (the head alone none).
    mutating func h38ArabicQuotedFairs() {
        guard articleHas(Self.h38ArFairHeads.set) else { return }
        let n = tokens.count
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let h38ArFairHeads = Self.h38ArFairHeads
        for k in 0..<max(n - 3, 0) where h38Ar(k) {
            guard h36CliticPrefix(k, h38ArFairHeads) != nil, keyIs(k + 1, "«") || keyIs(k + 1, "\"") || keyIs(k + 1, "“") else { continue }
            var q = k + 2
            while q < n, q - k <= 5, h38Ar(q) { q += 1 }
            guard q > k + 2, q < n, keyIs(q, "»") || keyIs(q, "\"") || keyIs(q, "”") else { continue }
            let (hs, he) = (tokens[k].start, tokens[k].end)
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start >= hs && $0.end <= he }
            let m = mention(k + 2, q, type: .organization, evidence: .cue)
            if anyMention(where: { $0.type == .organization && $0.start <= m.start && $0.end >= m.end }) { continue }
            h27Replace(k + 2, q, with: m)
        }
    }

    static let h38ArPlaceHeads = h18Keys(["مقاطعة", "منطقة", "محافظة", "ولاية", "إقليم"])
    /// "مقاطعة موغيليوف | تنتج": a head's place read over a present-tense verb (ت…/ي…) loses it when its name ends
    /// another mention of the article.
    mutating func h38ArabicPlaceVerb() {
        guard articleHas(Self.h38ArPlaceHeads) else { return }
        for i in mentions.indices where mentionType(i) == .place && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z - a >= 2, h23Key(a, Self.h38ArPlaceHeads) else { continue }
            guard let f = tokens[z].key.unicodeScalars.first?.value, f == 0x062A || f == 0x064A else { continue }
            let nameKey = tokens[z - 1].key
            let (s, e) = (mentionStart(i), mentionEnd(i))
            let elsewhere = mentions.indices.contains { j in
                j != i && (mentionEnd(j) <= s || mentionStart(j) >= e) && mentionWords(j).last.map { PhraseMatcher.same($0, nameKey) } == true
            }
            guard elsewhere else { continue }
            mentions[i] = mention(a, z, type: .place, evidence: mentions[i].evidence)
        }
    }

    /// "شركة بابوشكينا كرينكا" beside «"بابوشكينا كرينكا"»: the company's head is no part of the name, so both group.
    static let h38ArCompanyKey = TextFolding.key("شركة")
    mutating func h38ArabicCompanyHead() {
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            let w = mentionWords(i)
            guard w.count >= 2, PhraseMatcher.same(w[0], Self.h38ArCompanyKey) else { continue }
            let rest = Array(w.dropFirst())
            guard mentions.indices.contains(where: { j in
                j != i && mentionType(j) == .organization && mentionWords(j).count == rest.count
                    && zip(mentionWords(j), rest).allSatisfy { PhraseMatcher.same($0, $1) }
            }) else { continue }
            mentions[i].words = rest
        }
    }

    static let h38ArLoneHeads = H36Heads(["ميناء", "مدينة", "منطقة", "محافظة", "ولاية", "مقاطعة", "معرض", "شركة"])
    static let h38ArGenericCommitteeWords = h18Keys(["اللجنة", "الحكومية", "المشتركة", "الفنية", "الوزارية", "العليا", "التحضيرية",
        "الحكومي", "المشترك", "الدائمة"])
    /// A head noun alone ("وميناء" left of a known "صحار") and a committee named by generic adjectives only ("اللجنة الحكومية
    /// المشتركة", no country's adjective) name nothing.
    mutating func h38ArabicGenericAlone() {
        guard articleHas(Self.h38ArLoneHeads.set) || articleHas(Self.h38ArGenericCommitteeWords) else { return }
        var drop = Set<Int>()
        for i in mentions.indices where mentionKnown(i) == nil && (mentionType(i) == .place || mentionType(i) == .organization) {
            guard let (a, z) = h31Span(i) else { continue }
            if a == z, h36CliticPrefix(a, Self.h38ArLoneHeads) != nil { drop.insert(i); continue }
            if mentionType(i) == .organization, z > a, (a...z).allSatisfy({ h23Key($0, Self.h38ArGenericCommitteeWords) }) {
                drop.insert(i)
            }
        }
        replaceMentions(removing: drop)
    }

    // MARK: - English and French

    /// Legal forms read here (keys, the dot apart): Hungarian, Serbian/Croatian, Omani and the post-Soviet ones.
    static let h38LegalForms = KeySet(["kft", "zrt", "nyrt", "doo", "d.o.o", "saog", "saoc", "ojsc", "jsc", "cjsc", "pjsc", "llc", "llp"])
    /// `h14LegalForms` as keys, folded once.
    static let h38H14FormKeys = KeySet(h14LegalForms.map { TextFolding.key($0) })
    static let h38DottedForms = KeySet(["kft", "zrt", "nyrt"])
    /// Words of a title that stop the walk back from a legal form ("CEO of", "Managing Director of").
    static let h38TitleWords = KeySet(["ceo", "director", "chairman", "chairwoman", "president", "managing", "general", "head", "deputy",
        "manager", "chief", "executive", "founder", "owner", "minister", "board", "directeur", "directrice", "président", "presidente",
        "president", "pdg", "gérant", "gerant", "of", "the", "de", "du", "des", "la", "le", "les", "and", "et", "at", "in", "for",
        "with", "by", "to", "from", "a", "ambassador", "vice", "first"])
    static let h38Connectors = KeySet(["bin", "bint", "ibn", "al", "el", "ben"])


    /// "CEO of Kunság Agrotech Kft. Zsófia Kerekes-Bartha", "director of Agroživ DOO", "Sohar Grain Company SAOG Thuraya
    /// bint Ahmed Al Rawahia", "Chairman of the Board of Kazakh Invest National Company JSC": the company runs back from its
    /// legal form over capitalized words to a title word, "of" or "the"; the capitalized words right after the form (a
    /// dot and "bin"/"Al" included) are a person.
    mutating func h38LegalFormCompanies() {
        guard articleHas(Self.h38LegalForms) else { return }
        let n = tokens.count
        let legalForms = Self.h38LegalForms   // (read once, not per Latin word: see `l13FrenchTowns`)
        for f in 1..<max(n, 1) where tokens[f].kind == .word && tokens[f].script == .latin {
            guard h23Key(f, legalForms) else { continue }
            var a = f
            while a - 1 >= 0, f - a < 5, h15CapLatin(a - 1), !h23Key(a - 1, Self.h38TitleWords), !h23Key(a - 1, Self.h38LegalForms) {
                a -= 1
                if a - 2 >= 0, h15GluedHyphen(a - 1), h15CapLatin(a - 2) { a -= 2 }
            }
            guard a < f else { continue }
            var e = f + 1
            // (The dot of an abbreviated form, Kft./Zrt./Nyrt.; after an acronym, JSC or LLP, it ends the sentence.)
            if e < n, keyIs(e, "."), !tokens[e].spaceBefore, h23Key(f, Self.h38DottedForms) { e += 1 }
            let (s, end) = (tokens[a].start, tokens[e - 1].end)
            if !anyMention(where: { $0.type == .organization && $0.start == s && $0.end >= end }) {
                // A known name inside (a country, a town) is part of the company.
                mentions.removeAll { $0.type != .country && $0.start < end && $0.end > s }
                mentions.append(mention(a, e, type: .organization, evidence: .cue))
            }
            // The person after the form.
            var q = e
            while q < n, q - e < 8, h15CapLatin(q) || h23Key(q, Self.h38Connectors) && h15CapLatin(q + 1) || h15GluedHyphen(q) && h15CapLatin(q + 1) {
                if q > e, tokens[q].newlineBefore { break }
                q += 1
            }
            if q - e >= 2, h15CapLatin(e), !h23Key(e, Self.h38Connectors) {
                let (ps, pe) = (tokens[e].start, tokens[q - 1].end)
                if !anyMention(where: { $0.known != nil && $0.start < pe && $0.end > ps }) {
                    mentions.removeAll { $0.type != .country && $0.start < pe && $0.end > ps }
                    mentions.append(mention(e, q, type: .person, evidence: .cue))
                }
            }
        }
    }

    /// "Kunság Agrotech Kft." … "Kunság Agrotech and Zhetysu Seed agreed": the name of a company seen with its legal form,
    /// written again without it, is that company (grouped with it).
    mutating func h38CompanyShortForms() {
        var cores: [([String], [String])] = []   // (core words, full words)
        for i in mentions.indices where mentionType(i) == .organization {
            let w = mentionWords(i)
            guard w.count >= 3, let last = w.last else { continue }
            let isForm = Self.h38LegalForms.contains(last) || PhraseMatcher.same(last, "ltd") || PhraseMatcher.same(last, "co")
                || Self.h38H14FormKeys.contains(last)
            guard isForm else { continue }
            var core = Array(w.dropLast())
            while let l = core.last, PhraseMatcher.same(l, "co") || PhraseMatcher.same(l, "ltd") { core.removeLast() }
            guard core.count >= 2 else { continue }
            cores.append((core, w))
        }
        guard !cores.isEmpty else { return }
        let n = tokens.count
        for (core, full) in cores {
            var k = 0
            while k + core.count <= n {
                defer { k += 1 }
                guard h15CapLatin(k), PhraseMatcher.same(tokens[k].key, core[0]) else { continue }
                var q = k, c = 0
                while q < n, c < core.count {
                    if tokens[q].kind != .word { if h15GluedHyphen(q) { q += 1; continue } else { break } }
                    guard PhraseMatcher.same(tokens[q].key, core[c]) else { break }
                    q += 1; c += 1
                }
                guard c == core.count else { continue }
                let (s, e) = (tokens[k].start, tokens[q - 1].end)
                // Already read as a body of its own: grouped with the full name.
                if let j = firstMentionIndex(where: { $0.type == .organization && $0.known == nil && $0.start == s && $0.end == e }) {
                    mentions[j].words = full
                    continue
                }
                // Not inside the full name (a form follows) and not inside a longer body.
                if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
                if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s && ($0.start < s || $0.end > e) }) { continue }
                var m = mention(k, q, type: .organization, evidence: .cue)
                m.words = full
                h27Replace(k, q, with: m, overKnown: true)
                k = q - 1
            }
        }
    }

    /// Single words of the organization cues, and company words: a name holding one is no person.
    static let h38OrgCues = KeySet(EntityCues.orgKeywords.filter { !$0.contains(" ") }.map { TextFolding.key($0) }
        + ["port", "pty", "co", "ltd", "inc", "holding", "holdings", "services", "trading", "airport", "zone", "river", "sea", "gulf"])
    static let h38OrgHeadWords = KeySet(["authority", "company", "council", "ministry", "chamber", "bank", "fund", "agency", "corporation",
        "committee", "university", "institute", "association", "union", "group", "board", "commission", "office", "department", "zone",
        "ministère", "ministere", "agence", "société", "societe", "banque", "conseil", "comité", "comite", "université", "universite"])
    /// "Ambassador of Kazakhstan to Oman Bolat Iztleuov", "Minister … of Oman Qais bin Khalfan Al Hinai": a country that ends a
    /// title, glued before a person's name, is cut from it.
    mutating func h38CountryBeforePerson() {
        for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z - a >= 2, a > 0, h15CapLatin(a),
                  keyIs(a - 1, "of") || keyIs(a - 1, "to") || keyIs(a - 1, "de") || keyIs(a - 1, "du") || keyIs(a - 1, "en") else { continue }
            // (The country's name, read inside the longer name, is no country mention of its own.)
            guard isCountry[a] || h38CountryAt(a) || lex.countries.match(tokens, at: a, language: language)?.length == 1 else { continue }
            guard h15CapLatin(a + 1), !isCountry[a + 1], !((a + 1)...z).contains(where: { h23Key($0, Self.h38OrgHeadWords) || h23Key($0, Self.h38OrgCues)
                    || h23Key($0, Self.h38LegalForms) || tokens[$0].kind == .punct && !h15GluedHyphen($0) }) else { continue }
            let m = mention(a + 1, z + 1, type: .person, evidence: .cue)
            mentions[i] = m
        }
    }

    func h38CountryAt(_ k: Int) -> Bool {
        let (s, e) = (tokens[k].start, tokens[k].end)
        return anyMention(where: { $0.type == .country && $0.start == s && $0.end == e })
    }

    static let h38PlaceHeads = KeySet(["governorate", "province", "region", "oblast", "prefecture", "municipality", "county", "district"])
    /// "Al Batinah North Governorate Saif bin Nasser Al Shukaili": a place's head ends the place; the capitalized words after
    /// it are a person.
    mutating func h38PlaceHeadBeforePerson() {
        guard articleHas(Self.h38PlaceHeads) else { return }
        var add: [Mention] = [], drop = Set<Int>()
        for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z - a >= 2 else { continue }
            // (One word may follow when "bin"/"bint" joins it to the rest of the name.)
            guard let h = (a + 1..<z).first(where: { h23Key($0, Self.h38PlaceHeads) }), z - h >= 2 || keyIs(z + 1, "bin") || keyIs(z + 1, "bint"),
                  h15CapLatin(h + 1), h15CapLatin(z) else { continue }
            guard !((h + 1)...z).contains(where: { h23Key($0, Self.h38OrgHeadWords) || h23Key($0, Self.h38PlaceHeads) || isCountry[$0] }) else { continue }
            drop.insert(i)
            add.append(mention(a, h + 1, type: .place, evidence: .cue))
            add.append(mention(h + 1, z + 1, type: .person, evidence: .cue))
        }
        replaceMentions(removing: drop, adding: add)
    }

    /// The key hashes of words the token loops look for: an integer compare a token before the key's bytes.
    static let h38DepartmentHash = Token.hash("department")
    static let h38NationalHash = Token.hash("national")
    static let h38BorderHash = Token.hash("border")
    /// bin, bint, ibn (one hashed probe a token, not three key compares).
    static let h38BinWords = KeySet(["bin", "bint", "ibn", "binti", "binte", "bte", "ben", "ould"])   // (binti, binte, bte: holdout41; ben, ould: French, session 38)
    /// "Thuraya | bint | Ahmed Al Rawahia": two person readings around bin/bint/ibn are one person.
    mutating func h38BinNames() {
        guard articleHas(Self.h38BinWords) else { return }
        let n = tokens.count
        for k in 1..<max(n - 1, 1) where h23Key(k, Self.h38BinWords) {
            guard let r = firstMentionIndex(where: { $0.type == .person && $0.start == self.tokens[k + 1].start }), mentionKnown(r) == nil,
                  let (_, z) = h31Span(r) else { continue }
            if let l = firstMentionIndex(where: { $0.type == .person && $0.end == self.tokens[k - 1].end }), mentionKnown(l) == nil,
               let (a, _) = h31Span(l) {
                replaceMentions(removing: [l, r], adding: [mention(a, z + 1, type: .person, evidence: .cue)])
            } else if h15CapLatin(k - 1), !h23Key(k - 1, Self.h38TitleWords), !isCountry[k - 1],
                      !anyMention(where: { $0.start < self.tokens[k - 1].end && $0.end > self.tokens[k - 1].start }) {
                // "… Governorate | Nasser | bin Ali Al Habsi": a given name no mention holds opens the name.
                replaceMentions(removing: [r], adding: [mention(k - 1, z + 1, type: .person, evidence: .cue)])
            }
        }
    }

    static let h38RouteHeads = KeySet(["route", "corridor", "highway", "expressway", "motorway"])
    static let h38RoadWords = KeySet(["road", "route", "highway"])
    /// The gate of `h38Routes`: it acts only at a route head or at "National" before a road word.
    static let h38RouteCues = KeySet(["route", "corridor", "highway", "expressway", "motorway", "road"])
    /// "Trans-Caspian International Transport Route", "National Road 7": routes and numbered roads are places.
    mutating func h38Routes() {
        guard articleHas(Self.h38RouteCues) else { return }
        for i in mentions.indices where mentionType(i) != .country && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z > a, h23Key(z, Self.h38RouteHeads) else { continue }
            mentions[i].type = .place
            mentions[i].placeContext = true
            _ = a
        }
        let n = tokens.count
        let national = Self.h38NationalHash
        for k in 0..<max(n - 2, 0) where tokens[k].keyHash == national && keyIs(k, "national") && h15CapLatin(k) && h23Key(k + 1, Self.h38RoadWords) && h15CapLatin(k + 1) {
            guard tokens[k + 2].kind == .number else { continue }
            h27Replace(k, k + 3, with: mention(k, k + 3, type: .place, evidence: .cue))
        }
    }

    /// The gate of `h38BorderGates`: it acts only after "border".
    static let h38BorderCues = KeySet(["border"])
    /// "the Nam Can – Nong Het international border gate pair", "upgrade Nam Can border gate": the names before a border
    /// gate are places (and so is every other mention of them).
    mutating func h38BorderGates() {
        guard articleHas(Self.h38BorderCues) else { return }
        let n = tokens.count
        var names: [[String]] = []
        let border = Self.h38BorderHash
        for k in 1..<max(n - 1, 1) where tokens[k].keyHash == border && keyIs(k, "border") && (keyIs(k + 1, "gate") || keyIs(k + 1, "gates") || keyIs(k + 1, "crossing")) {
            var z = k - 1
            if keyIs(z, "international") { z -= 1 }
            var groups: [(Int, Int)] = []
            while z >= 0, h15CapLatin(z) {
                var a = z
                while a - 1 >= 0, z - a < 3, h15CapLatin(a - 1) && !isCountry[a - 1] || h15GluedHyphen(a - 1) && h15CapLatin(a - 2) { a -= 1 }
                groups.append((a, z + 1))
                if a - 2 >= 0, h27Dash(a - 1), tokens[a - 1].spaceBefore, h15CapLatin(a - 2) { z = a - 2 } else { break }
            }
            for (a, b) in groups where b - a <= 3 {
                if a > 0, h15CapLatin(a - 1) { continue }
                names.append((a..<b).filter { tokens[$0].kind == .word }.map { tokens[$0].key })
                let (s, e) = (tokens[a].start, tokens[b - 1].end)
                if anyMention(where: { $0.type == .place && $0.start == s && $0.end == e }) { continue }
                if anyMention(where: { $0.known != nil && $0.start < e && $0.end > s }) { continue }
                h27Replace(a, b, with: mention(a, b, type: .place, evidence: .cue))
            }
        }
        guard !names.isEmpty else { return }
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .place && mentionType(i) != .country {
            let w = mentionWords(i)
            if names.contains(where: { $0.count == w.count && zip($0, w).allSatisfy { PhraseMatcher.same($0, $1) } }) {
                mentions[i].type = .place
                mentions[i].placeContext = true
            }
        }
    }

    static let h38ZoneEnds = KeySet(["zone", "park"])
    /// "the China-Egypt TEDA Suez Economic and Trade Cooperation Zone": capitalized words over one "and" up to Zone/Park are
    /// one place.
    mutating func h38ZonesOverAnd() {
        guard articleHas(Self.h38ZoneEnds) else { return }
        let n = tokens.count
        for k in 2..<max(n, 2) where h23Key(k, Self.h38ZoneEnds) && h15CapLatin(k) {
            var a = k, sawAnd = false
            while a - 1 >= 0, k - a < 12 {
                if h15CapLatin(a - 1) { a -= 1; continue }
                if h15GluedHyphen(a - 1), h15CapLatin(a - 2) { a -= 2; continue }
                if !sawAnd, keyIs(a - 1, "and"), h15CapLatin(a - 2) { sawAnd = true; a -= 2; continue }
                break
            }
            guard sawAnd, k - a >= 4, !keyIs(a, "and") else { continue }
            // Not the tail of a body's name ("Authority for the … Zone").
            if a >= 2, keyIs(a - 1, "the"), keyIs(a - 2, "for") || keyIs(a - 2, "of") { continue }
            let (s, e) = (tokens[a].start, tokens[k].end)
            if anyMention(where: { $0.type != .country && $0.start < s && $0.end > s }) { continue }
            if anyMention(where: { $0.type == .place && $0.start <= s && $0.end >= e }) { continue }
            mentions.removeAll { $0.type != .country && $0.start < e && $0.end > s }
            mentions.append({ var m = mention(a, k + 1, type: .place, evidence: .cue); m.placeContext = true; return m }())
        }
    }

    static let h38GeneralHeads = KeySet(["authority", "directorate", "administration", "secretariat", "inspectorate"])
    /// "the General Authority for the Suez Canal Economic Zone": "General" before an authority is part of its name.
    mutating func h38GeneralAuthority() {
        guard articleHas(Self.h38GeneralHeads) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), a > 0, h23Key(a, Self.h38GeneralHeads), keyIs(a - 1, "general"), h15CapLatin(a - 1) else { continue }
            todo.append((a - 1, z + 1))
        }
        for (a, b) in todo { h27Replace(a, b, with: mention(a, b, type: .organization, evidence: .cue)) }
    }

    static let h38Portfolios = KeySet(["trade", "transport", "investment", "industry", "agriculture", "development", "environment",
        "construction", "tourism", "communications", "finance", "health", "education", "training", "culture", "sports", "information",
        "planning", "labour", "labor", "justice", "affairs", "resources", "energy", "fisheries", "forestry", "technology", "science",
        "innovation", "infrastructure", "housing", "transportation", "commerce", "trade", "mines", "mining", "water", "services",
        "welfare", "youth", "defence", "defense", "economy", "works", "telecommunications", "home", "interior"])
    /// The gate of `h38PlaceDepartments` and `h38MinistryDepartments`: both act only at "department".
    static let h38DepartmentCues = KeySet(["department"])
    /// "the Nghe An Department of Industry and Trade", "the Xiengkhouang Department of Public Works and Transport Souksavath
    /// Phommachanh": a place before "Department of" and the portfolios over "and" are one body, up to the last portfolio.
    mutating func h38PlaceDepartments() {
        guard articleHas(Self.h38DepartmentCues) else { return }
        let n = tokens.count
        let department = Self.h38DepartmentHash
        for k in 1..<max(n - 2, 1) where tokens[k].keyHash == department && keyIs(k, "department") && h15CapLatin(k) && keyIs(k + 1, "of") {
            guard h15CapLatin(k - 1), !isCountry[k - 1], !h23Key(k - 1, Self.h38TitleWords) else { continue }
            var a = k - 1
            while a - 1 >= 0, k - a < 3, h15CapLatin(a - 1), !h23Key(a - 1, Self.h38TitleWords), !isCountry[a - 1] { a -= 1 }
            // The portfolios: capitalized words, "and" before a portfolio word.
            var z = k + 1, q = k + 2
            while q < n, q - k < 10 {
                if h15CapLatin(q), h23Key(q, Self.h38Portfolios) || q == k + 2 || h15CapLatin(q - 1) && !keyIs(q - 1, "and") && z == q - 1 {
                    if !h23Key(q, Self.h38Portfolios), q > k + 2, !(h15CapLatin(q + 1) && h23Key(q + 1, Self.h38Portfolios)) { break }
                    z = q; q += 1; continue
                }
                if keyIs(q, "and"), h15CapLatin(q + 1), h23Key(q + 1, Self.h38Portfolios) { q += 1; continue }
                break
            }
            guard z > k + 1 else { continue }
            let (s, e) = (tokens[a].start, tokens[z].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            mentions.removeAll { $0.type != .country && $0.start < e && $0.end > s }
            mentions.append(mention(a, z + 1, type: .organization, evidence: .cue))
            // The person after it, read over the body before, again.
            var p = z + 1
            while p < n, p - z <= 4, h15CapLatin(p), !isCountry[p] { p += 1 }
            if p - z - 1 >= 2, !anyMention(where: { $0.start < self.tokens[p - 1].end && $0.end > self.tokens[z + 1].start }) {
                mentions.append(mention(z + 1, p, type: .person, evidence: .cue))
            }
        }
    }

    /// "Director of the Asia and Africa Department of the Ministry of Foreign Affairs": a ministry's department is a unit of
    /// it; the ministry is the body.
    mutating func h38MinistryDepartments() {
        guard articleHas(Self.h38DepartmentCues) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .organization && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i), z - a >= 4 else { continue }
            guard let d = (a...(z - 3)).first(where: { keyIs($0, "department") && keyIs($0 + 1, "of") && keyIs($0 + 2, "the") && keyIs($0 + 3, "ministry") }) else { continue }
            todo.append((d + 3, z + 1))
        }
        for (a, b) in todo { h27Replace(a, b, with: mention(a, b, type: .organization, evidence: .cue)) }
    }

    /// "the Special Economic Zone at Duqm": a zone named by the town after "at" is one place.
    mutating func h38ZonesAt() {
        guard articleHas(Self.h38ZoneEnds) else { return }
        var todo: [(Int, Int)] = []
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .country {
            guard let (a, z) = h31Span(i), z > a, keyIs(z, "zone"), keyIs(z + 1, "at"), h15CapLatin(z + 2) else { continue }
            todo.append((a, z + 3))
        }
        for (a, b) in todo { h27Replace(a, b, with: mention(a, b, type: .place, evidence: .cue), overKnown: true) }
    }

    /// "… Nourhan El-Beltagy …" then "El-Beltagy said": a lone word read as a place or a body that is the last word of a
    /// person the article names in full is that person.
    mutating func h38LoneSurnames() {
        var people: [[String]] = []
        for i in mentions.indices where mentionType(i) == .person && mentionWordCount(i) >= 2 && Self.utf8Contains(mentionSurface(i), 0x20) {
            people.append(mentionWords(i))
        }
        guard !people.isEmpty else { return }
        for i in mentions.indices where mentionKnown(i) == nil && mentionType(i) != .person && mentionType(i) != .country
            && (1...2).contains(mentionWordCount(i)) {
            let w = mentionWords(i)
            // (The last words first: nearly every mention ends with a word no person's name ends with.)
            guard let last = w.last, people.contains(where: { p in p.count > w.count && PhraseMatcher.same(p[p.count - 1], last) }) else { continue }
            guard w.reduce(0, { $0 + $1.count }) >= 5 else { continue }
            guard people.contains(where: { p in p.count > w.count && zip(p.suffix(w.count), w).allSatisfy { PhraseMatcher.same($0, $1) } }) else { continue }
            mentions[i].type = .person
            mentions[i].placeContext = false
        }
        // "Đoàn Minh Sưởng" read as a body (Đoàn, a delegation or union, is a body's word): three or four syllables opening with a Vietnamese family name,
        // two of them with Vietnamese letters, no body's word: a person.
        // (Only at a Vietnamese family name: none in the article, no loop.)
        let surnames = articleHas(Self.h19VietnameseSurnames)
        for i in mentions.indices where surnames && mentionKnown(i) == nil && (mentionType(i) == .organization || mentionType(i) == nil) {
            guard let (a, z) = h31Span(i), z - a >= 2, z - a <= 3, h23Key(a, Self.h19VietnameseSurnames),
                  (a...z).allSatisfy({ h15CapLatin($0) && ($0 == a || !h23Key($0, Self.h38OrgCues)) }),
                  (a...z).filter({ tokens[$0].text.utf8.contains { $0 >= 0xC3 } }).count >= 2 else { continue }
            mentions[i].type = .person
        }
    }

    static let h38FrenchHeads = KeySet(["institut", "universite", "société", "societe", "compagnie", "centre", "office", "academie", "ecole"])
    static let h38FrenchLinks = KeySet(["de", "des", "du", "d'", "d", "la", "le", "les", "l'", "l", "sur", "pour", "par", "en", "et", "aux", "au"])
    static let h38FrenchGoesOn = KeySet(["pour", "de", "des", "du", "sur", "en", "d'", "d", "aux", "au", "a"])
    static let h38FrenchNoNameWords = KeySet(["a", "est", "sont", "ont", "qui", "que", "dans", "avec", "hier", "aussi", "été", "ete",
        "sera", "fait", "selon", "mais", "ou", "où", "entre", "depuis", "contre", "lors", "après", "apres", "avant"])
    /// "l'Institut de recherches sur le riz de Cuba", "la Société par actions des semences de Long An", "l'Université du
    /// Yunnan": a body's head, linking and lowercase words, and a known place after de/du are one body.
    mutating func h38FrenchInstitutions() {
        guard articleHas(Self.h38FrenchHeads) else { return }
        let n = tokens.count
        for k in 0..<max(n - 2, 0) where h15CapLatin(k) && h23Key(k, Self.h38FrenchHeads) {
            guard h23Key(k + 1, Self.h38FrenchLinks) else { continue }
            var q = k + 1, end = -1
            while q < n, q - k <= 12 {
                if tokens[q].kind == .punct && !(keyIs(q, "'") || keyIs(q, "’")) { break }
                if h23Key(q, Self.h38FrenchNoNameWords) { break }
                // A known place or a country after de/du/d'.
                if h15CapLatin(q), q > k + 1, keyIs(q - 1, "de") || keyIs(q - 1, "du") || keyIs(q - 1, "d") || keyIs(q - 1, "d'")
                    || keyIs(q - 1, "'") || keyIs(q - 1, "’") || keyIs(q - 1, "la") && keyIs(q - 2, "de") {
                    let s = tokens[q].start
                    if let p = firstMentionIndex(where: { $0.start == s && ($0.type == .place && $0.known != nil || $0.type == .country) }),
                       let (_, pz) = h31Span(p),
                       // A name going on after the place ("l'Institut de Cần Thơ pour la recherche") is left to the other rules.
                       !(pz + 1 < n && tokens[pz + 1].kind == .word && !tokens[pz + 1].capitalized && h23Key(pz + 1, Self.h38FrenchGoesOn)) { end = pz }
                    break
                }
                if h15CapLatin(q), !h23Key(q, Self.h38FrenchLinks) { break }
                q += 1
            }
            guard end > k + 1 else { continue }
            let (s, e) = (tokens[k].start, tokens[end].end)
            if anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e }) { continue }
            if anyMention(where: { $0.type != .country && $0.start < s && $0.end > s }) { continue }
            mentions.removeAll { $0.known == nil && $0.type != .country && $0.start < e && $0.end > s }
            mentions.append(mention(k, end + 1, type: .organization, evidence: .cue))
        }
    }

    static let h38FrenchSeaNouns = KeySet(["mer", "ocean", "océan", "lac", "golfe", "detroit", "détroit"])
    /// "la mer Caspienne", "le golfe Persique": a lowercase sea's noun and a capitalized word are one place.
    mutating func h38FrenchSeas() {
        guard articleHas(Self.h38FrenchSeaNouns) else { return }
        let n = tokens.count
        let seaNouns = Self.h38FrenchSeaNouns   // (read once, not per token: see `l13FrenchTowns`)
        for k in 1..<max(n - 1, 1) where !tokens[k].capitalized && h23Key(k, seaNouns) && h15CapLatin(k + 1) {
            let (s, e) = (tokens[k].start, tokens[k + 1].end)
            if anyMention(where: { $0.known != nil && $0.type != .country && $0.start < e && $0.end > s }) { continue }
            if anyMention(where: { $0.type == .place && $0.start <= s && $0.end >= e }) { continue }
            h27Replace(k, k + 2, with: mention(k, k + 2, type: .place, evidence: .cue))
        }
    }
}
