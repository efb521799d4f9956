import Foundation

/// Countries and entities found in one article.
public struct Extraction: Sendable, Hashable {
    public var countries: [String]
    public var entities: [ArticleEntity]
    public init(countries: [String] = [], entities: [ArticleEntity] = []) {
        self.countries = countries
        self.entities = entities
    }
}

/// Finds people, organizations, places and countries in article text.
///
/// Known names come from CLDR country names, the country variants file and the
/// knowledge base; unknown names are discovered from capitalization and cues
/// (titles, institution keywords, place prepositions) in Latin and Cyrillic
/// script, and from titles and head nouns in Arabic and Chinese. The lexicon is
/// built once and shared; extraction itself allocates only per article.
public struct EntityExtractor: Sendable {
    let lexicon: EntityLexicon

    /// An extractor over the bundled knowledge base.
    public init() {
        lexicon = EntityLexicon.shared
    }

    /// An extractor over `knowledgeBase` (the bundled one merged with user entries, typically).
    public init(knowledgeBase: KnowledgeBase) {
        lexicon = knowledgeBase == KnowledgeBase.bundled ? EntityLexicon.shared : EntityLexicon(knowledge: knowledgeBase)
    }

    /// Extracts from an article's body (ranges index its UTF-16 offsets) and its title when the
    /// title is not already the body's first line: a headline-only country or known name counts
    /// (mentions without a range; ranges always point into `body`). `language` is ISO 639-1 or `und`.
    public func extract(title: String, body: String, language: String) -> Extraction {
        extract(title: title, body: body, language: language, source: nil)
    }

    /// Same, and the article's source line ("VNA/CVN"): agencies named there count as
    /// mentions without a range (the source line is not part of `body`).
    ///
    /// The pipeline: known names (lexicon and knowledge base) first, then discovery from
    /// capitals, titles and head nouns, then the refine passes in a fixed order, then grouping
    /// into entities. Each refine pass corrects what the earlier steps got wrong on one kind of
    /// text, so later passes may undo or extend earlier ones and the order is part of the
    /// behaviour. A pass is named after where its patterns were learnt: `refineHoldoutN` holds the
    /// rules fitted to the unseen set `scripts/entity-unseen/holdoutN` after it was scored
    /// untouched, `refineLeftoversN`/`refineLeftN` the leftover causes across every set in session N
    /// (that README gives each set, its patterns and its figures before and after). The rules match
    /// patterns, never the sets' names (their tests use other names), and each pass is gated on the
    /// article's language, scripts and per-article facts (`NameFinder+PassGates.swift`) so that text
    /// it cannot concern costs a few instructions.
    public func extract(title: String, body: String, language: String, source: String?) -> Extraction {
        // Word analyses remembered from earlier articles (a cache per concurrent extraction).
        let cache = lexicon.wordCaches.checkout()
        defer { lexicon.wordCaches.checkin(cache) }
        // A body longer than a long feature is read in parts (see `ArticleParts`): some passes
        // compare every mention with every other, and one 13 MB file held an index for hours.
        var result = ArticleParts.extract(body) { part in extractBody(part, language: language, cache: cache) }
        var headline: Set<String> = []
        if Self.titleIsSeparate(title, body: body) { headline = addTitle(title, language: language, cache: cache, to: &result) }
        if let source, !source.isEmpty { addSource(source, to: &result) }
        result.countries = Self.rankCountries(result.countries, entities: result.entities, headline: headline)
        return result
    }

    /// Known names, discovery, the refine passes in order, and grouping, over one body (or one
    /// part of a long one); ranges index `body`'s UTF-16 offsets.
    private func extractBody(_ body: String, language: String, cache: WordCache) -> Extraction {
        var finder = NameFinder(lex: lexicon, text: body, language: language, cache: cache)
        finder.findKnown()
        finder.trace("findKnown")
        finder.resolveAmman()
        finder.trace("resolveAmman")
        finder.discoverVietnamesePlaces()
        finder.trace("discoverVietnamesePlaces")
        finder.discoverAlphabetic()
        finder.trace("discoverAlphabetic")
        // The Arabic and Han passes look only at tokens of their script: without one they find
        // nothing, and their scans of every token and mention were a twentieth of a Latin or
        // Cyrillic extraction. (`dropUnconfirmedArabicNames` also ends the guessed names of every
        // script that await a second sighting, so it always runs; its Arabic passes check `hasArabic`.)
        if finder.hasArabic {
            finder.discoverArabicTitledNames()
            finder.trace("discoverArabicTitledNames")
            finder.discoverArabic()
            finder.trace("discoverArabic")
        }
        finder.dropUnconfirmedArabicNames()
        finder.trace("dropUnconfirmedArabicNames")
        if finder.hasArabic { finder.refineSeedStyleArabic() }   // NameFinder+Seeds12.swift
        finder.trace("refineSeedStyleArabic")
        if finder.hasArabic { finder.refineKnownGapsArabic() }   // NameFinder+KnownGaps.swift
        finder.trace("refineKnownGapsArabic")
        finder.refineSeedStyleLatin()
        finder.trace("refineSeedStyleLatin")
        finder.refineHoldout13Latin()   // NameFinder+Holdout13.swift
        finder.trace("refineHoldout13Latin")
        finder.refineKnownGapsLatin()   // NameFinder+KnownGaps.swift
        finder.trace("refineKnownGapsLatin")
        if finder.hasHan { finder.discoverHan() }
        finder.trace("discoverHan")
        if finder.hasHan { finder.refineKnownGapsHan() }   // NameFinder+KnownGaps.swift
        finder.trace("refineKnownGapsHan")
        finder.refineHoldout14()   // NameFinder+Holdout14.swift
        finder.trace("refineHoldout14")
        finder.refineGaps10()   // NameFinder+Gaps10.swift
        finder.trace("refineGaps10")
        finder.refineHoldout15()   // NameFinder+Holdout15.swift
        finder.trace("refineHoldout15")
        finder.refineLeftovers11()   // NameFinder+Leftovers11.swift
        finder.trace("refineLeftovers11")
        finder.refineHoldout16()   // NameFinder+Holdout16.swift
        finder.trace("refineHoldout16")
        finder.refineLeftovers12()   // NameFinder+Leftovers12.swift
        finder.trace("refineLeftovers12")
        finder.refineHoldout17()   // NameFinder+Holdout17.swift
        finder.trace("refineHoldout17")
        finder.refineHoldout18()   // NameFinder+Holdout18.swift
        finder.trace("refineHoldout18")
        finder.refineHoldout19()   // NameFinder+Holdout19.swift
        finder.trace("refineHoldout19")
        finder.refineHoldout20()   // NameFinder+Holdout20.swift
        finder.trace("refineHoldout20")
        finder.refineHoldout21()   // NameFinder+Holdout21.swift
        finder.trace("refineHoldout21")
        finder.refineHoldout23()   // NameFinder+Holdout23.swift
        finder.trace("refineHoldout23")
        finder.refineLeftovers13()   // NameFinder+Leftovers13.swift
        finder.trace("refineLeftovers13")
        finder.refineLeftovers14()   // NameFinder+Leftovers14.swift
        finder.trace("refineLeftovers14")
        finder.refineHoldout25()   // NameFinder+Holdout25.swift
        finder.trace("refineHoldout25")
        finder.refineLeft15()   // NameFinder+Left15.swift
        finder.trace("refineLeft15")
        finder.refineHoldout27()   // NameFinder+Holdout27.swift
        finder.trace("refineHoldout27")
        finder.refineHoldout26()   // NameFinder+Holdout26.swift
        finder.trace("refineHoldout26")
        finder.refineAr15()   // NameFinder+Ar15.swift
        finder.trace("refineAr15")
        finder.refineHoldout29()   // NameFinder+Holdout29.swift
        finder.trace("refineHoldout29")
        finder.refineLeft16()   // NameFinder+Left16.swift
        finder.trace("refineLeft16")
        finder.refineHoldout30()   // NameFinder+Holdout30.swift
        finder.trace("refineHoldout30")
        finder.refineHoldout31()   // NameFinder+Holdout31.swift
        finder.trace("refineHoldout31")
        finder.refineHoldout32()   // NameFinder+Holdout32.swift
        finder.trace("refineHoldout32")
        finder.refineHoldout33()   // NameFinder+Holdout33.swift
        finder.trace("refineHoldout33")
        finder.refineHoldout34()   // NameFinder+Holdout34.swift
        finder.trace("refineHoldout34")
        finder.refineHoldout35()   // NameFinder+Holdout35.swift (ja and ko only)
        finder.trace("refineHoldout35")
        finder.refineHoldout36()   // NameFinder+Holdout36.swift (vi, ru, zh and ar only)
        finder.trace("refineHoldout36")
        finder.refineHoldout37()   // NameFinder+Holdout37.swift (tr, uk, fa and el only)
        finder.trace("refineHoldout37")
        finder.refineHoldout38()   // NameFinder+Holdout38.swift (en, fr and ar only)
        finder.trace("refineHoldout38")
        finder.refineHoldout39()   // NameFinder+Holdout39.swift (vi, ru, zh, be and kk only)
        finder.trace("refineHoldout39")
        finder.refineHoldout40()   // NameFinder+Holdout40.swift (es, de, pt and it only)
        finder.trace("refineHoldout40")
        finder.refineArabicSpeech()   // NameFinder+ArabicSpeech.swift (Arabic script only)
        finder.trace("refineArabicSpeech")
        finder.refineHoldout41()   // NameFinder+Holdout41.swift (en, fr, ar, ru, vi and zh only)
        finder.trace("refineHoldout41")
        finder.refineHoldout42()   // NameFinder+Holdout42.swift (one language's rules at a time)
        finder.trace("refineHoldout42")
        finder.refineLeft24()   // NameFinder+Left24.swift (Russian, Ukrainian and Belarusian only)
        finder.trace("refineLeft24")
        finder.refineLeft25()   // NameFinder+Left25.swift (Arabic script, Russian, Ukrainian and Belarusian only)
        finder.trace("refineLeft25")
        finder.refineLeft26()   // NameFinder+Left26.swift (Cyrillic and Latin scripts only)
        finder.trace("refineLeft26")
        finder.refineLeft27()   // NameFinder+Left27.swift
        finder.refineLeft28()   // NameFinder+Left28.swift
        finder.trace("refineLeft28")
        finder.refineLeft28Cjk()   // NameFinder+Left28Cjk.swift (Chinese, Japanese and Korean only)
        finder.trace("refineLeft28Cjk")
        finder.refineLeft28Intl()   // NameFinder+Left28Intl.swift (it, pt, es, pl, tr, uk, id, nl only)
        finder.trace("refineLeft28Intl")
        finder.refineLeft29Core()   // NameFinder+Left29Core.swift (vi, ar, en, fr and other Latin-script languages)
        finder.trace("refineLeft29Core")
        finder.refineLeft29East()   // NameFinder+Left29East.swift (pl, tr, uk, ru, be only)
        finder.trace("refineLeft29East")
        finder.refineLeft29Cjk()   // NameFinder+Left29Cjk.swift (zh, ja, ko only)
        finder.trace("refineLeft29Cjk")
        finder.refineLeft29West()   // NameFinder+Left29West.swift (es, de, it, pt, nl only)
        finder.trace("refineLeft29West")
        finder.refineLeft30Core()   // NameFinder+Left30Core.swift (vi, ar, en and fr only)
        finder.trace("refineLeft30Core")
        finder.refineLeft30RuZh()   // NameFinder+Left30RuZh.swift (ru and zh only)
        finder.trace("refineLeft30RuZh")
        finder.refineLeft30Asia()   // NameFinder+Left30Asia.swift (uz, az, id, ms only)
        finder.trace("refineLeft30Asia")
        finder.refineLeft32()   // NameFinder+Left32.swift (en, fr, ar, vi, ru and zh)
        finder.trace("refineLeft32")
        finder.refineLeft33()   // NameFinder+Left33.swift (ar only)
        finder.trace("refineLeft33")
        finder.refineLeft34()   // NameFinder+Left34.swift (en, fr, ar, ru, vi and zh)
        finder.trace("refineLeft34")
        finder.refineLeft35()   // NameFinder+Left35.swift (es, de, pt, it, uk and tr only)
        finder.trace("refineLeft35")
        finder.refineLeft38()   // NameFinder+Left38.swift (vi only)
        finder.trace("refineLeft38")
        finder.refineLeft36()   // NameFinder+Left36.swift (en, fr and ar only)
        finder.trace("refineLeft36")
        finder.refineLeft37()   // NameFinder+Left37.swift (vi, ru and zh)
        finder.trace("refineLeft37")
        finder.refineS39()   // NameFinder+S39.swift (ru, uk, be, bg, en, fr, es, de, it, zh)
        finder.trace("refineS39")
        finder.refineS40()   // NameFinder+S40.swift (zh, ar, vi, ru, uk, be and Latin-script acronyms)
        finder.trace("refineS40")
        finder.refineS41()   // NameFinder+S41.swift (ar, vi, fr and Latin-script bodies; UK nations)
        finder.trace("refineS41")
        finder.refineGeo42()   // NameFinder+Geo42.swift (bodies named after a known place, in each script)
        finder.trace("refineGeo42")
        finder.refineS42()   // NameFinder+S42.swift (ar, zh, vi, ru and Latin-script datelines, bodies, localities)
        finder.trace("refineS42")
        finder.refineS43a()   // NameFinder+S43a.swift (en, fr, ar and Latin-script appositives, landmarks, bodies' tails)
        finder.trace("refineS43a")
        finder.refineS43b()   // NameFinder+S43b.swift (vi, ru and zh: protected areas, counted lists, member schools, halls)
        finder.trace("refineS43b")
        finder.refineS44a()   // NameFinder+S44a.swift (en, fr, ar and Latin script: legal forms, place lists, class nouns, titled names, body tails)
        finder.trace("refineS44a")
        finder.refineS44b()   // NameFinder+S44b.swift (vi, ru and zh: Roman numerals, Latin glosses of Han names, monuments)
        finder.trace("refineS44b")
        finder.refineS45a()   // NameFinder+S45a.swift (en, fr, ar and Latin/Arabic script: نسب links, Roman adjectives, …)
        finder.trace("refineS45a")
        finder.refineS45b()   // NameFinder+S45b.swift (vi, ru and zh: demonyms, adjective-headed names, titled names, body units)
        finder.trace("refineS45b")
        finder.refineS46a()   // NameFinder+S46a.swift (en, fr, ar and Latin/Arabic script: glottal-stop places, adjective-headed French bodies, …)
        finder.trace("refineS46a")
        finder.refineS46b()   // NameFinder+S46b.swift (vi, ru and zh: landforms, institutions' tails, firms after class nouns, …)
        finder.trace("refineS46b")
        finder.refineS46c()   // NameFinder+S46c.swift (zh: clauses and classifiers read into a place's or a body's name)
        finder.trace("refineS46c")
        finder.refineS47a()   // NameFinder+S47a.swift (en, fr, ar and Latin/Arabic script: places in lists, crossings, ranks' service words, …)
        finder.trace("refineS47a")
        finder.refineS47b()   // NameFinder+S47b.swift (vi, ru: region adjectives, lists of people, numbered firms, committees, …)
        finder.trace("refineS47b")
        finder.refineS47c()   // NameFinder+S47c.swift (zh: banners, hyphenated places, deictic words, 组织 as a verb, towns before sites)
        finder.trace("refineS47c")
        finder.refineS48a()   // NameFinder+S48a.swift (en, fr, ar and Latin/Arabic script: hyphenated places, "ولد" names, ensembles, theatres, …)
        finder.trace("refineS48a")
        finder.refineS48b()   // NameFinder+S48b.swift (zh: banners' and landforms' tails, towns after banners, conjunctions and verbs opening names)
        finder.trace("refineS48b")
        finder.refineS48c()   // NameFinder+S48c.swift (en "Jan" before a cue person, "At X,"; vi roads, glossed lists; ru halls, monasteries; zh departments)
        finder.trace("refineS48c")
        finder.refineS48L()   // NameFinder+S48L.swift (ru: a body named after its city, "Национальный университет Бамако")
        finder.trace("refineS48L")
        finder.refineS49a()   // NameFinder+S49a.swift (ar: city-state datelines, places by their generic nouns, bodies named after persons)
        finder.trace("refineS49a")
        finder.refineS49b()   // NameFinder+S49b.swift (zh: roads' openers and ends, country-pair railways, transliterated lists; vi; ru)
        finder.trace("refineS49b")
        finder.refineS49c()   // NameFinder+S49c.swift (ru: soft-stem surnames' cases grouped)
        finder.trace("refineS49c")
        finder.refineS50a()   // NameFinder+S50a.swift (ar: clitic and anaphoric readings, bodies' ends; en: saints' and royal bodies; fr: plants)
        finder.trace("refineS50a")
        finder.refineS50b()   // NameFinder+S50b.swift (ru: bodies' genitive complements, zh: bodies' offices and divisions, vi: lists after "như")
        finder.trace("refineS50b")
        finder.refineS50c()   // NameFinder+S50c.swift (routes named by their ends: fr/en glued hyphens, ru sections, zh 至…段; ru named roads)
        finder.trace("refineS50c")
        finder.refineS51a()   // NameFinder+S51a.swift (ar: companies in parentheses, places joined by و, sites and routes named after places, zone authorities, secretariats)
        finder.trace("refineS51a")
        finder.refineS51b()   // NameFinder+S51b.swift (zh zones, ports, railway bureaus, Mongolian names; ru landforms, theatres, foreign universities; vi bodies cut by a syllable)
        finder.trace("refineS51b")
        finder.refineS51c()   // NameFinder+S51c.swift (fr/en holdout74: listed rivers, features apart, branches; ru/vi routes)
        finder.trace("refineS51c")
        finder.refineS52a()   // NameFinder+S52a.swift (ar holdout75: water and site places, persons cut or run on, museums, police, agencies' two names)
        finder.trace("refineS52a")
        finder.refineS52b()   // NameFinder+S52b.swift (zh/ru/vi holdout75: Chinese places by generic nouns and lists, dotted names; Russian observatories, rivers; Vietnamese ports)
        finder.trace("refineS52b")
        finder.refineS52c()   // NameFinder+S52c.swift (en/fr holdout75: firms, long names, places; vi routes)
        finder.trace("refineS52c")
        finder.refineS53a()   // NameFinder+S53a.swift (ar/zh holdout76: sites, bodies, persons)
        finder.trace("refineS53a")
        finder.refineS53b()   // NameFinder+S53b.swift (en/fr/vi/ru holdout76: titles, venues, lists, acronyms; vi bodies, routes; ru volcanoes)
        finder.trace("refineS53b")
        finder.refineCP15()   // NameFinder+CP15.swift (last: the dateline's agency wins over later readings)
        finder.trace("refineCP15")

        let extraction = MentionGrouper(lex: lexicon).group(finder.mentions)
        cache.keepTokens(finder.tokens)   // (its buffer reused by the next text: see `WordCache.keepTokens`)
        return extraction
    }

    /// The article's countries, most salient first: those its separate headline names, then
    /// by mentions, then in the order the text first names them. The list shows only the first
    /// code or two, so a story about an Argentine company that names its Indian and Chinese
    /// buyers first still shows AR. (The set of codes is unchanged; only its order.)
    static func rankCountries(_ codes: [String], entities: [ArticleEntity], headline: Set<String>) -> [String] {
        guard codes.count > 1 else { return codes }
        // An article names a few countries: mentions counted beside `codes` by a scan of them (a
        // `[String: Int]` hashed every code with SipHash), the entities read in place (not copied).
        var mentions = Array(repeatElement(0, count: codes.count))   // (see `NameFinder.WordFlagCache.init`)
        for k in entities.indices where entities[k].type == .country {
            guard let c = entities[k].code else { continue }
            for i in codes.indices where codes[i] == c { mentions[i] += entities[k].mentions }
        }
        let keyed = codes.indices.map { i in (i, headline.isEmpty || !headline.contains(codes[i]) ? 1 : 0, -mentions[i]) }
        return keyed.sorted { ($0.1, $0.2, $0.0) < ($1.1, $1.2, $1.0) }.map { codes[$0.0] }
    }

    /// A title that the body does not begin with (a headline line the corpus split off).
    static func titleIsSeparate(_ title: String, body: String) -> Bool {
        let t = trimmedWhitespace(title)
        guard !t.isEmpty else { return false }
        if let found = TitleSearch.quickContains(body, t, characters: { t.count + 64 }) { return !found }
        return !body.prefix(t.count + 64).contains(t)
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation's character-set
    /// machinery (a measurable part of a short extraction): that set is the Unicode White_Space
    /// property plus U+200B ZERO WIDTH SPACE, all of it in the Basic Multilingual Plane, trimmed
    /// scalar by scalar (a test compares the two sets over every scalar, and the results).
    static func trimmedWhitespace(_ text: String) -> String {
        let s = text.unicodeScalars
        var a = s.startIndex, b = s.endIndex
        while a < b, isTrimmed(s[a]) { a = s.index(after: a) }
        while b > a, isTrimmed(s[s.index(before: b)]) { b = s.index(before: b) }
        if a == s.startIndex && b == s.endIndex { return text }
        return String(Substring(s[a..<b]))
    }

    /// In Foundation's `.whitespacesAndNewlines`.
    @inline(__always) static func isTrimmed(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x200B || s.properties.isWhitespace
    }

    /// Countries and names in the headline. Headlines are often title-cased ("Kenya Signs Trade
    /// Deal"), so discovered names count only when the body has the same entity; countries and
    /// knowledge-base names always count.
    /// Returns the country codes the headline names. `cache`: the body's word cache (its answers are functions of
    /// a word alone, so the headline's words, most of them the body's, are looked up instead of analysed again).
    @discardableResult
    private func addTitle(_ title: String, language: String, cache: WordCache?, to result: inout Extraction) -> Set<String> {
        var finder = NameFinder(lex: lexicon, text: title, language: language, cache: cache)
        finder.findKnown()
        // (عمان in the headline of a story whose body names Jordan and no Oman is Amman: S51a.)
        if finder.hasArabic, result.countries.contains("JO"), !result.countries.contains("OM") { finder.resolveAmman(jordan: true) }
        finder.refineHoldout15Title()   // NameFinder+Holdout15.swift
        finder.refineLeftovers11Title()   // NameFinder+Leftovers11.swift
        finder.refineHoldout27Title()   // NameFinder+Holdout27.swift
        finder.refineHoldout31Title()   // NameFinder+Holdout31.swift
        // The known names are asked only of a headline entity that is neither a country nor the body's (most headlines
        // have none): their mentions kept, and grouped on first use (a grouping was a fifth of a headline's cost).
        let knownMentions = finder.mentions
        lazy var knownNames = Set(MentionGrouper(lex: lexicon).group(knownMentions).entities.map(\.name))
        finder.discoverAlphabetic()
        if finder.hasArabic { finder.discoverArabic() }
        if finder.hasHan { finder.discoverHan() }
        // A route named by its ends in the headline only ("Uganda restarts X-Y railway"): kept when one end is a body's
        // place (S52c; the rule of S50c, gated on its route nouns).
        var routes: [String] = []
        if language == "en" || language == "fr" {
            finder.s50cLatinRoutes(french: language == "fr")
            for m in finder.mentions where m.route { routes.append(m.surface) }
        }
        let found = MentionGrouper(lex: lexicon).group(finder.mentions)
        let bodyPlaces = routes.isEmpty ? [] : result.entities.filter { $0.type == .place }
        cache?.keepTokens(finder.tokens)   // (the body's token buffer, which this headline's tokens took: see `WordCache.keepTokens`)
        // A headline country word that is a body person's family name ("السوداني" of "محمد شياع
        // السوداني") is that person, not the country. (The body's person names are listed only when the
        // headline names a country: no other entity is tested against them.)
        let personNames = found.entities.contains { $0.type == .country }
            ? result.entities.filter { $0.type == .person }.flatMap(\.aliases) : []
        let personWord: (ArticleEntity) -> Bool = { e in
            e.type == .country && !personNames.isEmpty && e.aliases.allSatisfy { a in personNames.contains { $0 == a || $0.hasSuffix(" " + a) } }
        }
        let skipped = personNames.isEmpty ? [] : Set(found.entities.filter(personWord).compactMap(\.code))
        for e in found.entities where !personWord(e) {
            // (Aliases compared pairwise, with the `==` a set of them hashes for: an entity has a few, and a
            // set of each body entity's aliases was built for every headline entity.)
            let match = result.entities.firstIndex { r in
                r.type == e.type && (r.name == e.name || (e.type != .country && r.aliases.contains { a in e.aliases.contains(a) }))
            }
            if let i = match {
                result.entities[i].mentions += e.mentions
                for a in e.aliases where !result.entities[i].aliases.contains(a) { result.entities[i].aliases.append(a) }
            } else if e.type == .country || knownNames.contains(e.name) && !Self.h16TitlePlaceInsideOrganization(e, title: title, result)
                        || !routes.isEmpty && e.type == .place && routes.contains(e.name) && Self.s52cRouteEndInBody(e.name, bodyPlaces) {
                result.entities.append(ArticleEntity(name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions,
                                                     ranges: [], code: e.code))
            }
        }
        for code in found.countries where !result.countries.contains(code) && !skipped.contains(code) { result.countries.append(code) }
        return Set(found.countries).subtracting(skipped)
    }

    /// A headline's route "X-Y" (or "X - Y") one of whose ends the body reads as a place (S52c).
    static func s52cRouteEndInBody(_ route: String, _ places: [ArticleEntity]) -> Bool {
        let ends = route.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard ends.count >= 2 else { return false }
        return places.contains { r in ends.contains { end in r.aliases.contains(end) || r.name == end } }
    }

    /// Organizations named in a source line: known names and acronyms ("VNA/CVN", "TASS").
    private func addSource(_ source: String, to result: inout Extraction) {
        guard !source.contains("://"), !source.contains("."), source.count <= 60 else { return }
        var finder = NameFinder(lex: lexicon, text: source, language: "und")
        finder.findKnown()
        finder.discoverAlphabetic()
        let found = MentionGrouper(lex: lexicon).group(finder.mentions)
        for e in found.entities where e.type == .organization {
            if let i = result.entities.firstIndex(where: { $0.name == e.name && $0.type == e.type }) {
                result.entities[i].mentions += 1
                for a in e.aliases where !result.entities[i].aliases.contains(a) { result.entities[i].aliases.append(a) }
            } else {
                result.entities.append(ArticleEntity(name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, ranges: []))
            }
        }
    }
}

extension EntityExtractor {
    /// The extractor a corpus uses: the bundled knowledge base, the user's
    /// `~/.config/bulletin/entities.json` (or `.tsv`) and `entitiesFile`, with one
    /// problem per unreadable or malformed file (the others still apply).
    public static func configured(entitiesFile: String? = nil,
                                  environment: [String: String] = ProcessInfo.processInfo.environment)
        -> (EntityExtractor, [KnowledgeBaseError]) {
        let (kb, problems) = KnowledgeBase.withUserEntries(extraFile: entitiesFile, environment: environment)
        return (EntityExtractor(knowledgeBase: kb), problems)
    }
}
