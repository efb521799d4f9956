import Foundation

/// Everything the extractor looks words up in, built once and then shared read-only:
/// country names (CLDR in every supported language plus the variants file),
/// the knowledge base, and the cue lists.
final class EntityLexicon: Sendable {
    /// What a name phrase stands for.
    enum Target: Sendable, Hashable {
        case country(String)
        case known(Int)      // index into `knowledge.entities`
        case region          // continents and macro-regions: geographic, not an entity
        case historical      // former states: not a current country
    }

    /// Languages whose CLDR country names are loaded.
    /// (Portuguese and Italian too: news in them names countries CLDR spells "Chade", "Stati Uniti".)
    /// (Ukrainian, Belarusian and Kazakh too: news agencies of Belarus and Kazakhstan publish in them;
    /// Japanese and Korean names are in scripts no other language's names can be confused with;
    /// Persian and Greek too: Persian writes ی and ک where Arabic writes ي and ك, and Greek has its own script;
    /// Uzbek, Azerbaijani and Malay too: "Qozogʻiston", "Azərbaycan", "Amerika Syarikat" are no other language's names.
    /// Their suffixed forms, "Qazaxıstanın", "Xitoyga", are read by `refineLeft30Asia`.)
    static let languages = ["en", "fr", "ar", "vi", "ru", "zh", "es", "de", "pt", "it", "nl", "pl", "id", "tr",
                            "uk", "be", "kk", "ja", "ko", "fa", "el", "uz", "az", "ms"]
    /// Languages whose one-word Cyrillic country names decline (Кітая, Росії) or take suffixes
    /// (Қытайдың, Өзбекстанмен): their CLDR names are also added as stems (see `cyrillicStem`).
    static let inflectedCyrillic: Set<String> = ["uk", "be", "kk"]
    /// Country names of the Uzbek, Azerbaijani and Malay CLDR that name a city or a person in the news of other languages:
    /// "Tunis" (Tunisia in uz and az, the capital elsewhere), "Qana" (Ghana in az, a town of Lebanon), "Suriya" (Syria in
    /// uz and az, a given name).
    static let citiesOrPeople: Set<String> = ["Tunis", "Qana", "Suriya"]
    /// Region codes that are not countries (EU, UN, eurozone, pseudo-regions).
    static let nonCountryRegions: Set<String> = ["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ", "BV", "HM", "UM", "CP", "DG", "EA", "IC", "TA", "AC"]

    let knowledge: KnowledgeBase
    /// Folded one-word knowledge-base names written only with a capital after a small letter ("AfD"):
    /// the all-capital word ("AFD", the French development agency) is another name.
    let mixedCaseOnlyKeys: KeySet
    /// Per knowledge-base entity: the folded last word of each of its names (surname links).
    let knownLastWords: [KeySet]
    /// German genitives of known places' one-word Latin names ("moskaus", "berlins": the folded name and s), to the entity;
    /// names ending in s, x, z or ß, and forms two entities share, are left out.
    let germanGenitivePlaces: [String: Int]
    let targets: [Target]
    let countries: PhraseMatcher
    let names: PhraseMatcher
    let titles: PhraseMatcher
    let orgKeywords: PhraseMatcher
    let placeKeywords: PhraseMatcher
    let eventWords: PhraseMatcher
    let countryNames: [String: String]
    let ambiguousCountryKeys: KeySet
    let stopwords: KeySet
    let months: KeySet
    let acronymStoplist: WordSet
    let givenNames: KeySet
    let familyNames: KeySet
    let standalone: KeySet
    let genericAlone: KeySet
    let breakersByLanguage: [String: KeySet]
    /// `breakers(_:script:)` of Russian (every Cyrillic word's), Vietnamese and French, looked up
    /// once: the rules ask them at lowercase words inside names.
    let russianBreakers: KeySet, vietnameseBreakers: KeySet, frenchBreakers: KeySet
    let placePrepositions: KeySet
    let startMarks: StartMarks
    /// The gazetteer's names and CLDR's country names in Thai, Lao, Khmer and Burmese, looked for inside runs
    /// (`NameFinder.findKnownSEA`). Built on the first run of these scripts, not with the lexicon: CLDR's names of
    /// every region in four languages cost some 18M instructions (5 ms), which an archive with no such text, nearly
    /// every one, would pay at every start for nothing.
    var seaPlaces: SEAPlaceIndex { seaPlacesOnce.value }
    private let seaPlacesOnce: BuiltOnce<SEAPlaceIndex>
    /// Word analyses remembered across articles, one cache per extraction at a time (see `WordCache`).
    let wordCaches = WordCachePool()

    /// The lexicon over the bundled knowledge base, built on first use.
    static let shared = EntityLexicon(knowledge: .bundled)

    init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        self.knownLastWords = knowledge.entities.map { e in
            KeySet(([e.name] + e.aliases).compactMap { LexiconSetup.lastWord(TextFolding.key(LexiconSetup.removingStemMarks($0))) })
        }
        self.mixedCaseOnlyKeys = Self.mixedCaseOnly(knowledge)
        self.germanGenitivePlaces = Self.germanGenitives(knowledge)
        var targets: [Target] = []
        var countries = PhraseMatcher(), names = PhraseMatcher()
        var countryNames: [String: String] = [:]
        var ambiguous: Set<String> = []

        func target(_ t: Target) -> Int32 {
            targets.append(t)
            return Int32(targets.count - 1)
        }

        // Country variants file.
        let variants = CountryVariants.load()
        // One `Locale` per language, not one per language and region code (4,850).
        let locales = Self.languages.map { (lang: $0, locale: Locale(identifier: $0)) }
        let english = Locale(identifier: "en")
        for code in Self.regionCodes() {
            let payload = target(.country(code))
            for (lang, locale) in locales {
                if let name = locale.localizedString(forRegionCode: code), !name.isEmpty, !Self.citiesOrPeople.contains(name) {
                    countries.add(name, payload: payload, diacriticSensitive: lang == "vi")
                    // "Viêt Nam, République socialiste du" style and "China, Festland": also the part before the comma.
                    // (The byte test first: `firstIndex(of:)` walks grapheme breaks, 4,850 names.)
                    if NameFinder.utf8Contains(name, 0x2C), let comma = name.firstIndex(of: ",") { countries.add(String(name[..<comma]), payload: payload, diacriticSensitive: lang == "vi") }
                    if Self.inflectedCyrillic.contains(lang) {
                        // CLDR writes the apostrophe ’ (folded to ') or ʼ; texts also type '.
                        let plain = LexiconSetup.replacing("\u{02BC}", with: "'", in: name)
                        if plain != name { countries.add(plain, payload: payload) }
                        if let stem = Self.cyrillicStem(plain, agglutinative: lang == "kk") { countries.add(stem, payload: payload) }
                    }
                }
            }
            countryNames[code] = variants.displayNames[code] ?? english.localizedString(forRegionCode: code) ?? code
            // Inflected Spanish and French forms that are English words ("china") are left out.
            // A short Latin form whose letters carry marks ("ČR", Czechia's abbreviation) is matched with them: folded
            // it is another language's letters ("CR" in "CR2P", a French laboratory).
            for form in variants.forms[code] ?? [] where !Self.englishWords.contains(form) {
                let markedLatin = form.count <= 3 && !form.allSatisfy(\.isASCII) && form.unicodeScalars.allSatisfy { $0.value < 0x250 }
                countries.add(form, payload: payload, diacriticSensitive: markedLatin)
            }
            // Vietnamese tones are distinctive ("Lào" Laos, "lao" labour): matched with diacritics intact.
            for form in variants.vietnamese[code] ?? [] { countries.add(form, payload: payload, diacriticSensitive: true) }
        }
        for name in variants.ambiguous { ambiguous.insert(TextFolding.key(name)) }
        let historical = target(.historical)
        for name in variants.historical { names.add(name, payload: historical) }
        let region = target(.region)
        for name in EntityCues.regions { names.add(name, payload: region) }
        for (i, e) in knowledge.entities.enumerated() {
            let payload = target(.known(i))
            // Knowledge-base names match case-insensitively only when written in lowercase.
            names.add(e.name, payload: payload)
            for alias in e.aliases { names.add(alias, payload: payload) }
            if e.type == .person {
                for name in [e.name] + e.aliases { if let declined = Self.ukrainianDeclinable(name) { names.add(declined, payload: payload) } }
            }
        }
        self.targets = targets
        self.countryNames = countryNames
        self.ambiguousCountryKeys = KeySet(ambiguous)

        func matcher(_ list: [String]) -> PhraseMatcher {
            var m = PhraseMatcher()
            // Vietnamese cue words keep their tones ("Sở" department ≠ "Số" number).
            for w in list { m.add(w, payload: 0, caseSensitive: false, diacriticSensitive: EntityCues.isVietnameseCue(w)) }
            return m
        }
        var titles = matcher(EntityCues.titles + EntityCues.titlesOfMoreLanguages)
        var orgKeywords = matcher(EntityCues.orgKeywords)
        var placeKeywords = matcher(EntityCues.placeKeywords)
        var eventWords = matcher(EntityCues.eventWords)
        // One bit per matcher; each distinct first key gets the bits of the matchers it starts a phrase in.
        var firstMarks: [UInt64: UInt16] = [:], stemMarks: [UInt64: UInt16] = [:]
        for (bit, m) in [(UInt16(1), countries), (2, names), (4, titles), (8, orgKeywords), (16, placeKeywords), (32, eventWords)] {
            for h in m.firstKeyHashes { firstMarks[h, default: 0] |= bit }
            for h in m.stemKeyHashes { stemMarks[h, default: 0] |= bit << 8 }
        }
        countries.startBit = 1; names.startBit = 2; titles.startBit = 4
        orgKeywords.startBit = 8; placeKeywords.startBit = 16; eventWords.startBit = 32
        self.countries = countries
        self.names = names
        self.titles = titles
        self.orgKeywords = orgKeywords
        self.placeKeywords = placeKeywords
        self.eventWords = eventWords
        self.startMarks = StartMarks(first: firstMarks, stems: stemMarks)
        func keys(_ list: [String]) -> KeySet { KeySet(list.map { TextFolding.key($0) }) }
        stopwords = keys(EntityCues.stopwords)
        months = keys(EntityCues.months)
        acronymStoplist = WordSet(Set(EntityCues.acronymStoplist))
        givenNames = keys(EntityCues.givenNames)
        familyNames = keys(EntityCues.familyNames)
        standalone = keys(EntityCues.standaloneInstitutions)
        genericAlone = keys(EntityCues.genericAlone)
        breakersByLanguage = EntityCues.nameBreakers.mapValues { keys($0) }
        russianBreakers = breakersByLanguage["ru"] ?? KeySet([])
        vietnameseBreakers = breakersByLanguage["vi"] ?? breakersByLanguage["en"] ?? KeySet([])
        frenchBreakers = breakersByLanguage["fr"] ?? breakersByLanguage["en"] ?? KeySet([])
        placePrepositions = keys(EntityCues.placePrepositions)
        seaPlacesOnce = BuiltOnce { SEAPlaceIndex(knowledge, countries: EntityLexicon.seaCountryNames()) }
    }

    /// The stem (with `~`) of a one-word Cyrillic name of five letters or more: Kazakh adds
    /// suffixes to the whole word (Қытай → Қытайдың); Ukrainian and Belarusian decline it, so a
    /// final vowel, soft sign or й goes (Расія → Расі~: Расіі, Расію; Кітай → Кіта~: Кітая).
    static func cyrillicStem(_ name: String, agglutinative: Bool) -> String? {
        guard !NameFinder.utf8Contains(name, 0x20), !NameFinder.utf8Contains(name, 0x2D), name.unicodeScalars.allSatisfy({ TextFolding.isCyrillic($0) || $0 == "'" || $0 == "\u{2019}" }),
              name.count >= 5 else { return nil }
        if agglutinative { return name + "~" }
        guard let last = name.last else { return nil }
        return "аяьйіыоэеуюиї".contains(last) ? String(name.dropLast()) + "~" : name + "~"
    }

    /// A person's Cyrillic name with its surnames in -енко made stems ("Лукашенко" → "Лукашенк~"): Russian leaves them
    /// as they are, but Ukrainian declines them ("заяву Лукашенка", "з Лукашенком", "Тимошенку"), and a knowledge base
    /// lists the Russian form. Nil when no word ends so.
    static func ukrainianDeclinable(_ name: String) -> String? {
        guard name.unicodeScalars.contains(where: { TextFolding.isCyrillic($0) }), !NameFinder.utf8Contains(name, 0x7E) else { return nil }
        var changed = false
        let words = name.split(separator: " ").map { w -> String in
            guard w.hasSuffix("енко"), w.count >= 6 else { return String(w) }
            changed = true
            return String(w.dropLast()) + "~"
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// `mixedCaseOnlyKeys`: the keys of one-word Latin names with a capital after a small letter ("AfD", "BoJ")
    /// that no other one-word name of the base with that key is written without ("BOJ", "Reuters").
    /// `germanGenitivePlaces` of a knowledge base.
    static func germanGenitives(_ knowledge: KnowledgeBase) -> [String: Int] {
        var out: [String: Int] = [:], shared: Set<String> = []
        for (k, e) in knowledge.entities.enumerated() where e.type == .place {
            // (Byte tests: `String.contains(String)` is Foundation's `range(of:)`, and these two set-ups asked it
            // 42,000 times, a sixth of a process's first extraction. `utf8Contains`: the `UTF8View`'s own `contains`, a
            // generic call stepping the view's iterator, was still 10M instructions here.)
            for name in [e.name] + e.aliases where !NameFinder.utf8Contains(name, 0x20) && !NameFinder.utf8Contains(name, 0x7E)
                && !NameFinder.utf8Contains(name, 0x2D) {
                guard let first = name.unicodeScalars.first, first.properties.isUppercase, first.value < 0x250,
                      name.unicodeScalars.allSatisfy({ $0.value < 0x250 }), name.unicodeScalars.count >= 4 else { continue }
                let key = TextFolding.key(name)
                guard let last = key.unicodeScalars.last, !"sxzß".unicodeScalars.contains(last) else { continue }
                let form = key + "s"
                if let other = out[form], other != k { shared.insert(form) } else { out[form] = k }
            }
        }
        for form in shared { out[form] = nil }
        return out
    }

    static func mixedCaseOnly(_ knowledge: KnowledgeBase) -> KeySet {
        var mixed: Set<String> = [], plain: Set<String> = []
        for e in knowledge.entities {
            for name in [e.name] + e.aliases {
                guard let inner = LexiconSetup.asciiCapitalAfterSmall(name) else { continue }
                if inner { mixed.insert(TextFolding.key(name)) } else { plain.insert(TextFolding.key(name)) }
            }
        }
        return KeySet(mixed.subtracting(plain).sorted())
    }

    /// Words that end a name running through lowercase words, in `language` (Cyrillic words: Russian).
    func breakers(_ language: String, script: TokenScript) -> KeySet {
        if script == .cyrillic { return russianBreakers }
        return breakersByLanguage[language] ?? breakersByLanguage["en"] ?? KeySet([])
    }

    /// Written with letters only Vietnamese uses (ơ ư đ ă and the stacked tone marks).
    static func isVietnamese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x1EA0...0x1EF9).contains($0.value) || "ơưđăƠƯĐĂ".unicodeScalars.contains($0) }
    }

    static let englishWords: Set<String> = ["china", "chinas", "turkey", "polish", "french", "dutch"]

    /// Two-letter ISO region codes of countries and territories.
    /// Thai, Lao, Khmer and Burmese country names, for `SEAPlaceIndex` (these scripts write no space between words, so
    /// the token matcher, which `languages` feeds, never sees one alone). From CLDR: a name with an alternative in
    /// parentheses gives both ("เมียนมา (พม่า)"); a name of several words (a space or a zero-width space inside)
    /// is left out, as a run holds one word at most. Besides, the short forms the press writes for CLDR's long ones
    /// (`seaShortCountryNames`). Lao ລາວ (Laos) is also "he, she": only ປະເທດລາວ, "the country Laos", is read.
    static func seaCountryNames() -> [(name: String, code: String)] {
        var result: [(name: String, code: String)] = []
        let locales = ["th", "lo", "km", "my"].map { Locale(identifier: $0) }
        for code in regionCodes() {
            for locale in locales {
                guard let name = locale.localizedString(forRegionCode: code), !name.isEmpty else { continue }
                var forms = [name]
                if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
                    forms = [String(name[..<open]), String(name[name.index(after: open)..<close])]
                }
                for form in forms {
                    let f = form.trimmingCharacters(in: .whitespaces)
                    guard !f.isEmpty, !f.unicodeScalars.contains(where: { $0 == " " || $0 == "\u{200B}" }),
                          !seaAmbiguousCountryNames.contains(f) else { continue }
                    result.append((f, code))
                }
            }
        }
        result.append(contentsOf: seaShortCountryNames)
        return result
    }
    /// CLDR names of these scripts that are also common words: Lao ລາວ is "he, she" as well as Laos.
    static let seaAmbiguousCountryNames: Set<String> = ["\u{0EA5}\u{0EB2}\u{0EA7}"]
    /// Short forms the press of these scripts writes for CLDR's longer names: Thai จีน (China; CLDR has "mainland
    /// China"), สหรัฐ and อเมริกา (the United States), Lao ປະເທດລາວ (the country Laos: see above), Khmer អាមេរិក
    /// and Burmese အမေရိကန် (America).
    static let seaShortCountryNames: [(name: String, code: String)] = [
        ("\u{0E08}\u{0E35}\u{0E19}", "CN"), ("\u{0E2A}\u{0E2B}\u{0E23}\u{0E31}\u{0E10}", "US"),
        ("\u{0E2D}\u{0E40}\u{0E21}\u{0E23}\u{0E34}\u{0E01}\u{0E32}", "US"),
        ("\u{0E9B}\u{0EB0}\u{0EC0}\u{0E97}\u{0E94}\u{0EA5}\u{0EB2}\u{0EA7}", "LA"),
        ("\u{17A2}\u{17B6}\u{1798}\u{17C1}\u{179A}\u{17B7}\u{1780}", "US"),
        ("\u{1021}\u{1019}\u{1031}\u{101B}\u{102D}\u{1000}\u{1014}\u{103A}", "US"),
    ]

    static func regionCodes() -> [String] {
        Locale.Region.isoRegions.map(\.identifier)
            .filter { $0.count == 2 && $0.allSatisfy(\.isLetter) && !nonCountryRegions.contains($0) }
            .sorted()
    }
}

/// Key hash → matcher bits: which of the lexicon's matchers have a phrase starting with a key,
/// so that `PhraseMatcher.match` skips the others' tables (most tokens start nothing). Computed
/// once per distinct word of an article by `Tokenizer.tokenize(_:marks:)`.
/// A class: the tokenizer reads it for every new word, and copying a struct of four arrays
/// retained each of them.
/// A value built by `make` on its first read, once, whichever thread reads first; later reads take a lock and
/// return it. For tables only some texts need (`EntityLexicon.seaPlaces`): not for a per-token read.
final class BuiltOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let v = make()
        built = v
        return v
    }
}

final class StartMarks: Sendable {
    /// One open-addressing table of key hash → bits, behind a one-bit-per-hash filter.
    ///
    /// Lossy on purpose, only ever towards "maybe": a slot packs the hash's upper 48 bits with the
    /// 16 bits of marks (0: empty), so two keys sharing those 48 bits share marks. A false mark
    /// costs `PhraseMatcher.match` one look-up (which compares the keys), never a wrong match.
    /// Most words start no phrase: the filter answers them without touching the table, whose
    /// random reads were cache misses. The filter has about 16 bits per key (at most 64 KB): the
    /// small stem table's filter (a few hundred stems, probed up to seven times per Cyrillic word)
    /// then fits in a few cache lines instead of 64 KB.
    struct Table: Sendable {
        private var slots: [UInt64]
        private let mask: Int
        private var filter: [UInt64]
        /// Right shift that leaves a filter bit index (`64 - log2(filter bits)`).
        private let filterShift: UInt64

        init(_ marks: [UInt64: UInt16]) {
            var capacity = 16
            while capacity < marks.count * 2 { capacity *= 2 }
            slots = [UInt64](repeating: 0, count: capacity)
            mask = capacity - 1
            var bits = 1 << 12
            while bits < marks.count * 16 && bits < 1 << 19 { bits *= 2 }
            filter = [UInt64](repeating: 0, count: bits >> 6)
            filterShift = UInt64(64 - bits.trailingZeroBitCount)
            for (h, m) in marks where m != 0 {
                let f = Self.filterBit(h, filterShift)
                filter[f >> 6] |= 1 << UInt64(f & 63)
                var i = Self.slot(h) & mask
                while slots[i] != 0 {
                    if slots[i] & ~0xFFFF == h & ~0xFFFF { break }   // same upper bits: marks merge
                    i = (i + 1) & mask
                }
                slots[i] = (h & ~0xFFFF) | (slots[i] & 0xFFFF) | UInt64(m)
            }
        }

        @inline(__always) private static func slot(_ h: UInt64) -> Int {
            Int(truncatingIfNeeded: ((h ^ (h >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> 17)
        }

        @inline(__always) private static func filterBit(_ h: UInt64, _ shift: UInt64) -> Int {
            Int(truncatingIfNeeded: (h &* 0xC2B2_AE3D_27D4_EB4F) >> shift)
        }

        /// The bits of the key with hash `h` (0: none).
        @inline(__always) func marks(_ h: UInt64) -> UInt16 {
            let f = Self.filterBit(h, filterShift)
            guard filter[f >> 6] & (1 << UInt64(f & 63)) != 0 else { return 0 }
            var i = Self.slot(h) & mask
            while true {
                let s = slots[i]
                if s == 0 { return 0 }
                if s & ~0xFFFF == h & ~0xFFFF { return UInt16(truncatingIfNeeded: s) }
                i = (i + 1) & mask
            }
        }
    }

    /// First keys of phrases (large: every name and country form).
    private let first: Table
    /// Stems that start a phrase (a few hundred): the several prefix probes of a Cyrillic word
    /// go to this small table, which stays in cache.
    private let stems: Table

    /// `first`: matcher bits (low byte) by first-key hash; `stems`: matcher bits (high byte) by stem hash.
    init(first: [UInt64: UInt16], stems: [UInt64: UInt16]) {
        self.first = Table(first)
        self.stems = Table(stems)
    }

    /// `Token.starts` of a token: the matchers with a phrase starting with its key (Arabic: with
    /// one of its stems) in the low byte, those with a stem phrase it may extend (Cyrillic) in the
    /// high byte, mirroring the look-ups of `PhraseMatcher.match`.
    func starts(key: String, keyHash: UInt64, script: TokenScript, stems arabicStems: [String]) -> UInt16 {
        if script == .arabic || (script == .other && !arabicStems.isEmpty) {
            var m: UInt16 = 0
            for c in arabicStems { m |= first.marks(Token.hash(c)) }
            return m
        }
        var m = first.marks(keyHash)
        // (Greek stems as Cyrillic ones: `PhraseMatcher.isGreekKey`.)
        if script == .cyrillic || script == .other && PhraseMatcher.isGreekKey(key) {
            // The prefixes `PhraseMatcher.match` tries for stems (two bytes a letter): their
            // hashes are the running hash of the key at those lengths, taken in one pass.
            var key = key
            m |= key.withUTF8 { b -> UInt16 in
                let count = b.count
                let letters = count / 2
                guard letters >= 3, b.allSatisfy({ $0 >= 0x80 || $0 == 0x27 }) else { return 0 }
                let shortest = count - 2 * min(PhraseMatcher.maxStemExtra, letters - 3)
                var h: UInt64 = 0xCBF2_9CE4_8422_2325
                var marks: UInt16 = 0
                for p in 0..<count {
                    h = (h ^ UInt64(b[p])) &* 0x0000_0100_0000_01B3
                    let length = p + 1
                    if length >= shortest, (count - length) & 1 == 0 { marks |= stems.marks(h) }
                }
                return marks
            }
        }
        return m
    }
}

/// The country variants data file (`Resources/entities/countries.json`), with its
/// French and Spanish adjectives inflected and Arabic nisba stems expanded.
struct CountryVariants: Sendable {
    var forms: [String: [String]] = [:]
    /// Vietnamese forms, kept apart: they match with their diacritics.
    var vietnamese: [String: [String]] = [:]
    var displayNames: [String: String] = [:]
    var ambiguous: [String] = []
    var historical: [String] = []

    static func load() -> CountryVariants {
        guard let url = EntityResources.url("countries.json"), let data = try? Data(contentsOf: url),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return CountryVariants() }
        var out = CountryVariants()
        out.ambiguous = json["ambiguous"] as? [String] ?? []
        out.historical = json["historical"] as? [String] ?? []
        // Codes and languages in sorted order: a JSON object's keys come in the order of a
        // `Dictionary`, which differs between processes (its hashing is seeded per process); the
        // phrase lists of the lexicon are then the same in every process.
        let countries = json["countries"] as? [String: Any] ?? [:]
        for code in countries.keys.sorted() {
            guard let entry = countries[code] as? [String: Any] else { continue }
            if let name = entry["name"] as? String { out.displayNames[code] = name }
            var forms: [String] = []
            for lang in entry.keys.sorted() where lang != "name" && lang != "vi" {
                for form in entry[lang] as? [String] ?? [] { forms += inflect(form, language: lang) }
            }
            if let ar = entry["ar"] as? [String], !ar.contains(where: { $0.hasSuffix("~") }) {
                for name in ar { if let stem = arabicNisbaStem(name) { forms += inflect(stem, language: "ar") } }
            }
            if let vi = entry["vi"] as? [String] { out.vietnamese[code] = vi }
            out.forms[code] = forms
        }
        return out
    }

    /// The nisba stem (with `~`) of a one-word Arabic country name that the data file gives no adjective for:
    /// "البرتغال" → "برتغالي~" (البرتغالي, البرتغالية, البرتغاليون …), "سنغافورة" → "سنغافوري~", "السويد" → "سويدي~".
    /// The article goes (the matcher takes it off the text), a final ة or ا goes; a name ending in ي has no nisba of its
    /// own form; three letters at least stay.
    static func arabicNisbaStem(_ name: String) -> String? {
        guard !name.contains(" "), !name.hasSuffix("~") else { return nil }
        var s = Array(name.unicodeScalars)
        if s.count >= 5, s[0] == "\u{0627}", s[1] == "\u{0644}" { s.removeFirst(2) }
        if let last = s.last, last == "\u{0629}" || last == "\u{0627}" { s.removeLast() }
        guard s.count >= 3, let last = s.last, last != "\u{064A}", last != "\u{0649}" else { return nil }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s)
        return String(out) + "\u{064A}~"
    }

    /// Inflected forms of one data-file entry.
    static func inflect(_ form: String, language: String) -> [String] {
        let lowercaseAdjective = form.first.map { $0.isLowercase } ?? false
        switch language {
        case "fr" where lowercaseAdjective && !form.contains(" "):
            return frenchForms(form)
        case "es" where lowercaseAdjective && !form.contains(" "):
            return spanishForms(form)
        case "pt" where lowercaseAdjective && !form.contains(" "):
            return portugueseForms(form)
        case "it" where lowercaseAdjective && !form.contains(" "):
            return italianForms(form)
        case "pl" where lowercaseAdjective && !form.contains(" ") && form.hasSuffix("i"):
            // "litewski": litewska, litewskie, litewskiego, litewskiej, litewskim, litewskich, litewską …
            let stem = String(form.dropLast())
            return ["i", "a", "ie", "iego", "iej", "im", "ich", "imi", "ą", "iemu"].map { stem + $0 }
        case "ar" where form.hasSuffix("~"):
            let stem = String(form.dropLast())
            // A stem written with its nisba ("فرنسي~", "بريطاني~") takes the endings after its
            // base: "الفرنسية" is فرنس + ية, not فرنسي + ية.
            if stem.hasSuffix("ي"), stem.count >= 4 {
                let base = String(stem.dropLast())
                return ["ي", "ية", "يه", "يين", "يون", "يان", "يا", "يتين"].map { base + $0 }
            }
            return ["", "ي", "ية", "يه", "يين", "يون", "يان", "يا", "يتين"].map { stem + $0 }
        default:
            return [form]
        }
    }

    static func frenchForms(_ m: String) -> [String] {
        var f = m
        if m.hasSuffix("e") { f = m }
        else if m.hasSuffix("ien") || m.hasSuffix("éen") { f = m + "ne" }
        else if m.hasSuffix("on") { f = m + "ne" }
        else if m.hasSuffix("c") { f = m + "que" }
        else { f = m + "e" }
        let mp = (m.hasSuffix("s") || m.hasSuffix("x")) ? m : m + "s"
        // Distinct forms in a fixed order (`Array(Set(…))` took the set's per-process order).
        var out: [String] = []
        for form in [m, f, mp, f + "s"] where !out.contains(form) { out.append(form) }
        return out
    }

    /// Gender and number of a Portuguese adjective of origin: "angolano" (-a, -os, -as),
    /// "português" (portuguesa, portugueses, portuguesas), "canadense" (-s), "belga" (-s).
    static func portugueseForms(_ m: String) -> [String] {
        if m.hasSuffix("o") { let s = String(m.dropLast()); return [m, s + "a", s + "os", s + "as"] }
        if m.hasSuffix("ês") { let s = String(m.dropLast(2)); return [m, s + "esa", s + "eses", s + "esas"] }
        if m.hasSuffix("ão") { let s = String(m.dropLast(2)); return [m, s + "ã", s + "ães", s + "ãs"] }   // alemão, afegão
        if m.hasSuffix("l") { return [m, m + "a", String(m.dropLast()) + "is", m + "as"] }                    // espanhol, mongol
        if m.hasSuffix("e") || m.hasSuffix("a") { return [m, m + "s"] }
        return [m]
    }

    /// Gender and number of an Italian adjective of origin: "albanese" (-i), "angolano" (-a, -i, -e),
    /// "tedesco" (-a, -chi, -che), "belga" (-i, -ghe).
    static func italianForms(_ m: String) -> [String] {
        if m.hasSuffix("co") { let s = String(m.dropLast()); return [m, s + "a", s + "hi", s + "he"] }
        if m.hasSuffix("o") { let s = String(m.dropLast()); return [m, s + "a", s + "i", s + "e"] }
        if m.hasSuffix("e") { return [m, String(m.dropLast()) + "i"] }
        if m.hasSuffix("ga") { let s = String(m.dropLast()); return [m, s + "i", s + "he"] }
        if m.hasSuffix("a") { let s = String(m.dropLast()); return [m, s + "i", s + "e"] }   // saudita, vietnamita
        return [m]
    }

    static func spanishForms(_ m: String) -> [String] {
        if m.hasSuffix("o") { let s = String(m.dropLast()); return [m, s + "a", s + "os", s + "as"] }
        if m.hasSuffix("a") || m.hasSuffix("e") { return [m, m + "s"] }
        if m.hasSuffix("í") { return [m, m + "es", m + "s"] }
        return [m, m + "es", m + "a", m + "as"]
    }
}
