import Foundation

/// Finds the mentions of one article: known names first (countries, knowledge
/// base), then discovery of names no list holds, script by script.
struct NameFinder {
    /// The finder's fields, held by one reference: a `NameFinder` is one word.
    ///
    /// The passes are `mutating` methods that ask non-mutating helpers (`isCap`, `orgKeyword`,
    /// `titleMatch`, `mention` …) about nearly every token. Calling a non-mutating method from a
    /// mutating one passes `self` by address, and with a struct of seventeen words the compiler
    /// first copied all of it to the stack (a `memcpy` of 136 bytes per call, about a thousand per
    /// article). One word is passed in a register, and a closure that captures the finder holds
    /// one reference, not a dozen.
    ///
    /// A finder is used by one extraction and never copied to be changed separately (copies
    /// would share these fields); the accessors below read and change them in place.
    private final class Fields {
        let lex: EntityLexicon
        let tokens: [Token]
        /// The storage of `tokens` (held, never changed, by these fields: it does not move), read by `token(_:)`.
        let tokenBase: UnsafePointer<Token>?
        /// `tokens.count` (see `NameFinder.tokenCount`).
        let tokenCount: Int
        let tokenWords: TokenWords
        /// The word cache's entries, where most tokens' words are (kept alive with the tokens).
        let cacheWords: TokenWords?
        let language: String
        let lang: LanguageFlags
        @exclusivity(unchecked) var covered: [Bool]
        @exclusivity(unchecked) var isCountry: [Bool]
        @exclusivity(unchecked) var mentions: [Mention] = []
        /// Bumped by every change of `mentions` (see `mentions`' `_modify`): what is derived from the mentions
        /// and kept between calls (`l28MentionsIn`'s per-run index) is valid while it is unchanged.
        @exclusivity(unchecked) var mentionsVersion = 0
        @exclusivity(unchecked) var sentenceInitialSingles: [Int] = []
        let midCaps: KeySet
        /// Every distinct key of the article (see `ArticleKeys`).
        let articleKeys: ArticleKeys
        let cues: CueCache
        let wordFlags: WordFlagCache
        let hasArabic: Bool
        let hasHan: Bool
        let hanRuns: HanRunCache
        /// `lex.breakers(language, script:)` of the article's language (any script but Cyrillic) and of
        /// Cyrillic words: looked up once, not by the language's name at every lowercase word of a name.
        let breakers: KeySet
        let cyrillicBreakers: KeySet

        init(lex: EntityLexicon, tokens: [Token], tokenWords: TokenWords, cacheWords: TokenWords?, language: String, covered: [Bool], isCountry: [Bool],
             midCaps: KeySet, articleKeys: ArticleKeys, cues: CueCache, wordFlags: WordFlagCache, hasArabic: Bool, hasHan: Bool,
             hanRuns: HanRunCache) {
            self.lex = lex
            self.tokens = tokens
            self.tokenCount = tokens.count
            tokenBase = tokens.withUnsafeBufferPointer { $0.baseAddress }   // (the same storage as `self.tokens`)
            self.tokenWords = tokenWords
            self.cacheWords = cacheWords
            self.language = language
            self.lang = LanguageFlags(language)
            self.covered = covered
            self.isCountry = isCountry
            self.midCaps = midCaps
            self.articleKeys = articleKeys
            self.cues = cues
            self.wordFlags = wordFlags
            self.hasArabic = hasArabic
            self.hasHan = hasHan
            self.hanRuns = hanRuns
            self.breakers = lex.breakers(language, script: .latin)
            self.cyrillicBreakers = lex.breakers(language, script: .cyrillic)
        }
    }
    private let fields: Fields

    var lex: EntityLexicon { @inline(__always) _read { yield fields.lex } }
    var tokens: [Token] { @inline(__always) _read { yield fields.tokens } }
    /// `tokens.count`, stored: the bounds tests of the small token helpers (`keyIs`, `h23Key`, `h15CapLatin` …) are
    /// inlined into passes so large that the compiler left `Array.count` there as a call, one per test.
    var tokenCount: Int { @inline(__always) get { fields.tokenCount } }
    /// `tokens[k]` (the same bounds check), inlined: in the large passes a whole-token copy `tokens[k]` was a call of the
    /// array's out-of-line getter, about half a million a long measure.
    @inline(__always) func token(_ k: Int) -> Token {
        precondition(UInt(bitPattern: k) < UInt(bitPattern: fields.tokenCount), "Index out of range")
        return fields.tokenBase.unsafelyUnwrapped[k]
    }
    /// The words of `tokens`, which keeps them alive (a token does not: see `Token.words`).
    var tokenWords: TokenWords { @inline(__always) _read { yield fields.tokenWords } }
    var language: String { @inline(__always) _read { yield fields.language } }
    /// `language` compared once (the rules ask "Vietnamese?" for nearly every token).
    var lang: LanguageFlags { @inline(__always) _read { yield fields.lang } }
    /// Tokens already explained by a known name (knowledge base, region, former state).
    var covered: [Bool] {
        @inline(__always) _read { yield fields.covered }
        @inline(__always) nonmutating _modify { yield &fields.covered }
    }
    /// Tokens that are part of a country name or adjective.
    var isCountry: [Bool] {
        @inline(__always) _read { yield fields.isCountry }
        @inline(__always) nonmutating _modify { yield &fields.isCountry }
    }
    var mentions: [Mention] {
        @inline(__always) _read { yield fields.mentions }
        @inline(__always) nonmutating _modify {
            fields.mentionsVersion &+= 1
            yield &fields.mentions
        }
    }
    /// Changes with every change of `mentions` (a write through the property's `_modify`, the only way to change them).
    var mentionsVersion: Int { @inline(__always) get { fields.mentionsVersion } }
    /// Sentence-initial one-word capitalized groups seen by `discoverAlphabetic` (most are common
    /// words; `coordinatedCompanies` keeps those that a company context names).
    var sentenceInitialSingles: [Int] {
        @inline(__always) _read { yield fields.sentenceInitialSingles }
        @inline(__always) nonmutating _modify { yield &fields.sentenceInitialSingles }
    }
    /// Folded words seen capitalized in mid-sentence: a sentence-initial word seen so is a name.
    var midCaps: KeySet { @inline(__always) _read { yield fields.midCaps } }
    /// Every distinct key of the article: `articleHas(_:)` asks it.
    var articleKeys: ArticleKeys { @inline(__always) _read { yield fields.articleKeys } }
    /// Cue-phrase matches per token, filled on first use (see `orgKeyword(at:)`).
    var cues: CueCache { @inline(__always) _read { yield fields.cues } }
    /// Word-list answers per distinct word of the article, filled on first use (see `wordFlag`).
    var wordFlags: WordFlagCache { @inline(__always) _read { yield fields.wordFlags } }
    /// Some token is in Arabic script (`TokenScript.arabic`): without one, every Arabic pass finds nothing.
    var hasArabic: Bool { @inline(__always) _read { yield fields.hasArabic } }
    /// Some token is a Han run: without one, `discoverHan` finds nothing.
    var hasHan: Bool { @inline(__always) _read { yield fields.hasHan } }
    /// The Han runs' scalars and code points, decoded once (see `hanRunScalars`).
    var hanRuns: HanRunCache { @inline(__always) _read { yield fields.hanRuns } }

    /// `lex.breakers(language, script: script).contains(key)` for a token's key and hash.
    @inline(__always) func isBreaker(_ key: String, hash: UInt64, script: TokenScript) -> Bool {
        if script == .cyrillic { return fields.cyrillicBreakers.contains(key, hash: hash) }
        return fields.breakers.contains(key, hash: hash)
    }

    /// "STANDINGS (played, points):", "RESULTS (round 29):": a heading in capitals whose parentheses gloss it (a comma
    /// inside, or a colon after them), where a dateline's hold its agency ("ACCRA (Reuters) -"). `open`: the "(".
    static func headingBeforeGloss(_ t: [Token], _ open: Int) -> Bool {
        guard open < t.count, Token.keyEquals(t[open].key, "(") else { return false }
        var k = open + 1
        while k < t.count, k <= open + 8, !Token.keyEquals(t[k].key, ")") {
            if Token.keyEquals(t[k].key, ",") { return true }
            k += 1
        }
        return k + 1 < t.count && Token.keyEquals(t[k].key, ")") && Token.keyEquals(t[k + 1].key, ":")
    }

    /// "TEGUCIGALPA, 21 nov - Los gobiernos …": the word after a dateline's spaced dash opens the
    /// story's first sentence; capitalized there, it is no evidence of a name elsewhere.
    static func opensAfterDatelineDash(_ t: [Token], _ k: Int) -> Bool {
        // Asked of every capitalized word: byte compares, no array of strings per call.
        guard k >= 2, t[k].spaceBefore, t[k - 1].spaceBefore,
              Token.keyEquals(t[k - 1].key, "-") || Token.keyEquals(t[k - 1].key, "–") || Token.keyEquals(t[k - 1].key, "—")
        else { return false }
        var j = k - 1
        while j > 0, k - j < 12 {
            if t[j].newlineBefore { return true }
            j -= 1
        }
        return j == 0
    }

    /// `cache`: one of `lex.wordCaches`, checked out by the caller (see `WordCache`).
    init(lex: EntityLexicon, text: String, language: String, cache: WordCache? = nil) {
        let tokenized = Tokenizer.tokenize(text, marks: lex.startMarks, cache: cache)
        let tokens = tokenized.tokens
        // Byte-compared keys: `Set<String>` hashing normalizes every non-ASCII key.
        // Each distinct word once (by its index among the text's words), with the hash its tokens carry.
        var mid: [String] = [], midHashes: [UInt64] = []
        // (At most one per distinct word: reserved once, not regrown.)
        mid.reserveCapacity(tokenized.wordCount)
        midHashes.reserveCapacity(tokenized.wordCount)
        var seen = Array(repeatElement(false, count: tokenized.wordCount))   // (see `WordFlagCache.init`)
        var arabic = false, han = false
        for k in tokens.indices {
            arabic = arabic || tokens[k].script == .arabic
            han = han || tokens[k].script == .han
            if tokens[k].kind == .word && tokens[k].capitalized && !tokens[k].sentenceStart, !seen[Int(tokens[k].word)]
                && !Self.opensAfterDatelineDash(tokens, k) {
                seen[Int(tokens[k].word)] = true
                mid.append(tokens[k].key)
                midHashes.append(tokens[k].keyHash)
            }
        }
        fields = Fields(lex: lex, tokens: tokens, tokenWords: tokenized.words, cacheWords: tokenized.cacheWords, language: language,
                        covered: Array(repeatElement(false, count: tokens.count)), isCountry: Array(repeatElement(false, count: tokens.count)),
                        midCaps: KeySet(mid, hashes: midHashes), articleKeys: ArticleKeys(tokens, wordCount: tokenized.wordCount), cues: CueCache(count: tokens.count, lex: lex),
                        wordFlags: WordFlagCache(count: tokenized.wordCount), hasArabic: arabic, hasHan: han,
                        hanRuns: HanRunCache(count: han ? tokens.count : 0))
    }

    /// The languages whose rules differ, as flags of the article's language.
    struct LanguageFlags {
        let vi, de, fr, es, it, pt, ru: Bool
        init(_ language: String) {
            vi = language == "vi"; de = language == "de"; fr = language == "fr"; es = language == "es"
            it = language == "it"; pt = language == "pt"; ru = language == "ru"
        }
    }

    // MARK: - Known names

    mutating func findKnown() {
        // The tokens and both matchers read once: read through the fields and the lexicon at each
        // look-up, each was retained and released around the call (four pairs per word).
        let tokens = self.tokens
        let countryMatcher = lex.countries, nameMatcher = lex.names
        var i = 0
        let startBits = lex.countries.startBit | lex.names.startBit
        let knownBits = lex.countries.startBit == 0 || lex.names.startBit == 0 ? 0xFFFF : startBits | startBits << 8
        while i < tokens.count {
            // Fields read in place (copying a token retains its strings and stems).
            if tokens[i].script == .han {
                findKnownHan(i)
                i += 1
                continue
            }
            // A run of Thai, Lao, Khmer or Burmese: names inside it (NameFinder+SEAPlaces.swift).
            if tokens[i].script == .other, isSEARun(i) {
                findKnownSEA(i)
                i += 1
                continue
            }
            // Neither matcher has a phrase starting here (most tokens): both matches would be nil.
            // (Asked first: a field, where the test below may read the key of a punctuation token.)
            if tokens[i].starts & knownBits == 0 { i += 1; continue }
            let kind = tokens[i].kind
            guard kind == .word || kind == .elision || tokens[i].keyEquals("'s") else { i += 1; continue }
            // (Each matcher called only when the token may start one of its phrases: `match` answers nil otherwise.)
            let c = countryMatcher.mayStart(tokens, at: i) ? countryMatcher.match(tokens, at: i, vietnamese: lang.vi) : nil
            let n = nameMatcher.mayStart(tokens, at: i) ? nameMatcher.match(tokens, at: i) : nil
            // A knowledge-base name as long as the country name wins the span (a user's "Amman" for
            // عمان): one span never yields two entities.
            let knownWins = n.map { n in c.map { n.length >= $0.length } ?? false
                && n.payloads.contains { if case .known = lex.targets[Int($0)] { return true } else { return false } } } ?? false
            let regionWins = regionOverCountry(n, c)
            // `acceptCountry(i, i + c.length)`, asked once: it reads the tokens and `isCountry` before `i`,
            // which nothing below changes (it was asked again to step past the country).
            var countryAccepted: Bool?
            if let c, !knownWins, !regionWins {
                let end = i + c.length
                let accepted = acceptCountry(i, end)
                countryAccepted = accepted
                if accepted {
                    for k in i..<end { isCountry[k] = true }
                    if case .country(let code) = lex.targets[Int(c.payloads[0])] {
                        mentions.append(mention(i, end, type: .country, evidence: .known, code: code))
                    }
                } else if regionSharedAdjectiveUse(i, end) {
                    // The region's adjective: like a region's name, no mention, but it may sit inside a name
                    // ("Central African Economic and Monetary Community").
                    for k in i..<end { isCountry[k] = true }
                }
            }
            if let n, n.length >= (c?.length ?? 0) || !(isCountry[i]) {
                let end = i + n.length
                var handled = false
                for p in n.payloads {
                    switch lex.targets[Int(p)] {
                    case .known(let k):
                        let e = lex.knowledge.entities[k]
                        if !acceptKnown(i, end, e) { continue }
                        // "Сибирская энергетика", "Казанский университет": a city's stem inside an adjective.
                        if e.type == .place, tokens[end - 1].script == .cyrillic, Self.isRussianPlaceAdjective(tokens[end - 1].key) { continue }
                        // "Витебской области", "province de Hanoi": a known city before a lowercase place word names a region.
                        if e.type == .place, end < tokens.count, !tokens[end].capitalized, lex.placeKeywords.match(tokens, at: end) != nil { continue }
                        // "thành phố Hồ Chí Minh": a known person's name after a Vietnamese unit word is a place's.
                        if e.type == .person, lang.vi, i > 0, !tokens[i - 1].capitalized,
                           Self.vietnameseUnitOrCityWords.contains(tokens[i - 1]) { continue }
                        var start = i
                        // "A. Lukashenko", "أ. لوكاشينكو": an initial before a known surname belongs to it.
                        if e.type == .person, i >= 2, tokens[i - 1].keyEquals("."), tokens[i - 2].isInitialLetter, !tokens[i - 1].spaceBefore {
                            start = i - 2
                        }
                        // "заяву Олександра Лукашенка": a Cyrillic given name before a known surname that spells the
                        // entry's own given name in another language or case (Олександр, Аляксандр, Александра).
                        if e.type == .person, start == i, end == i + 1, i >= 1, !covered[i - 1], !isCountry[i - 1],
                           tokens[i - 1].script == .cyrillic, tokens[i].script == .cyrillic, isCap(i - 1), tokens[i].spaceBefore,
                           Self.spellsGivenName(tokens[i - 1].key, of: e) {
                            start = i - 1
                        }
                        var m = mention(start, end, type: e.type, evidence: .known)
                        m.known = k
                        // "وباندونغ", "بالبصرة": the alias seen is the name without its proclitic.
                        if start == i, tokens[i].script == .arabic, let c = tokens[i].text.unicodeScalars.first,
                           "وفبلك".unicodeScalars.contains(c), tokens[i].text.unicodeScalars.count > 4 {
                            let rest = String(tokens[i].text.unicodeScalars.dropFirst())
                            // Unless the name itself starts with that letter ("برابوو").
                            let firstWords = ([e.name] + e.aliases).map { PlainText.split(TextFolding.key($0), 0x20).first.map(String.init) ?? "" }
                            if tokens[i].stems.contains(TextFolding.key(rest)), !firstWords.contains(tokens[i].key) {
                                m.surface = String(m.surface.unicodeScalars.dropFirst())
                                m.start += 1
                            }
                        }
                        mentions.append(m)
                        handled = true
                    case .region, .historical:
                        // Like a country word: not a name itself, but may sit inside one ("Eurasian Mining Council").
                        for k in i..<end { isCountry[k] = true }
                        handled = false
                    case .country:
                        break
                    }
                    if handled { break }
                }
                if handled {
                    for k in i..<end { covered[k] = true }
                    i = end
                    continue
                }
                if regionWins { i = end; continue }
            }
            i += max(1, c.map { (countryAccepted ?? acceptCountry(i, i + $0.length)) ? $0.length : 1 } ?? 1)
        }
    }

    /// `key` (a folded Cyrillic word) is a given name of `EntityCues.givenNames` or one of its cases ("виктора", "виктором").
    func cyrillicGivenName(_ written: String) -> Bool {
        // (Ukrainian spells the Russian names with і, ї and є: "Віктора".)
        let key = written.unicodeScalars.contains(where: { $0 == "і" || $0 == "ї" || $0 == "є" })
            ? String(String.UnicodeScalarView(written.unicodeScalars.map { $0 == "і" || $0 == "ї" ? "и" : $0 == "є" ? "е" : $0 }))
            : written
        if lex.givenNames.contains(key) { return true }
        for ending in ["а", "у", "ом", "ем", "е", "ы", "и", "я", "ю", "ой"] where key.hasSuffix(ending) {
            let base = String(key.dropLast(ending.count))
            if base.count >= 3, lex.givenNames.contains(base) || lex.givenNames.contains(base + "а") || lex.givenNames.contains(base + "й") { return true }
        }
        return false
    }

    /// `key` (a folded Cyrillic word) is, within three letters' edits, the first word of one of `entry`'s Cyrillic names of
    /// two words or more: "олександра" and "Александр~ Лукашенко".
    static func spellsGivenName(_ key: String, of entry: KnowledgeEntity) -> Bool {
        guard key.count >= 5 else { return false }
        for name in [entry.name] + entry.aliases where name.unicodeScalars.contains(where: { TextFolding.isCyrillic($0) }) {
            let words = name.split(separator: " ")
            guard words.count >= 2, let first = words.first else { continue }
            let given = TextFolding.key(String(first.filter { $0 != "~" }))
            guard given.count >= 5 else { continue }
            if EntityLinker.editDistance(key, given, limit: 3) <= 3 { return true }
        }
        return false
    }

    /// "Latin America", "América Latina", "Amérique centrale": a region's name longer than the
    /// country word it holds ("America" is the United States, "América" too in Spanish) is no
    /// mention of that country, there or at the next token.
    private func regionOverCountry(_ n: PhraseMatcher.Match?, _ c: PhraseMatcher.Match?) -> Bool {
        guard let n, n.length > (c?.length ?? 0) else { return false }
        return n.payloads.contains { if case .region = lex.targets[Int($0)] { return true } else { return false } }
    }

    /// عمان is both Oman and Amman (Jordan's capital): with Jordan in the article, the bare
    /// word is the city (the nisba عماني and "سلطنة عمان" stay Oman). `jordan`: the article names Jordan elsewhere (a
    /// headline's finder, told by the body: "… من العقبة إلى عمان" over a Jordanian story names no Oman).
    mutating func resolveAmman(jordan: Bool = false) {
        guard jordan || mentions.indices.contains(where: { mentions[$0].code == "JO" }),
              let amman = lex.knowledge.entities.firstIndex(where: { $0.name == "Amman" && $0.type == .place }) else { return }
        for k in mentions.indices where mentions[k].code == "OM" {
            let m = mentions[k]
            guard m.words.count == 1, let t = tokens.first(where: { $0.start == m.start }), t.script == .arabic,
                  t.stems.contains("عمان"), !Self.arabicHasSuffix(t.key, "ي"), !Self.arabicHasSuffix(t.key, "يه") else { continue }
            if let i = tokens.firstIndex(where: { $0.start == m.start }), i > 0, tokens[i - 1].stems.contains("سلطنه") { continue }
            mentions[k].type = .place
            mentions[k].code = nil
            mentions[k].known = amman
        }
    }

    /// Latin names need capitals (the matcher checks that); ambiguous ones (Chad, Georgia, Jordan)
    /// are refused inside a longer capitalized name ("Michael Jordan").
    private func acceptCountry(_ a: Int, _ b: Int) -> Bool {
        // "Petro-Canada", "Air-Algérie": the second half of a hyphenated company name.
        if a >= 2, tokens[a - 1].keyEquals("-"), !tokens[a - 1].spaceBefore, !tokens[a].spaceBefore,
           EntityCues.companyPrefixes.contains(tokens[a - 2].key) { return false }
        // "Île-de-France": a country joined by hyphens after a lowercase particle is part of a place's name.
        if a >= 2, tokens[a - 1].keyEquals("-"), !tokens[a - 1].spaceBefore, !tokens[a].spaceBefore, tokens[a - 2].kind == .word,
           !tokens[a - 2].capitalized, tokens[a - 2].script == .latin { return false }
        // "Anthony Albanese", "Rene Russo": a surname that spells a lowercase adjective of origin (NameFinder+Latin).
        if b - a == 1, surnameLikeAdjective(a) { return false }
        // "the Central African nation", "Central African states": a region's adjective, not the country (NameFinder+Leftovers).
        if b - a == 2, regionSharedAdjectiveUse(a, b) { return false }
        // "le général Đặng Quốc Thái": a one-word country right after a capitalized word spelled with letters only
        // Vietnamese writes is a syllable of a Vietnamese name ("Thái" is Thailand's short Vietnamese name).
        if !lang.vi, b - a == 1, a > 0, tokens[a].script == .latin, tokens[a].spaceBefore, tokens[a - 1].kind == .word, tokens[a - 1].capitalized,
           tokens[a - 1].script == .latin, !isCountry[a - 1], tokens[a - 1].text.utf8.contains(where: { $0 >= 0xC4 }), EntityCues.isVietnameseCue(tokens[a - 1].text),
           lex.titles.match(tokens, at: a - 1) == nil, lex.orgKeywords.match(tokens, at: a - 1) == nil,
           lex.placeKeywords.match(tokens, at: a - 1) == nil { return false }
        // "Réunion du G7", "La Réunion des ministres", "Reunión con los alcaldes", "Riunione del consiglio": the
        // island's name in French, Spanish, Portuguese and Italian is the word for a meeting, capitalized at a
        // headline's or a sentence's start; followed by "of"/"with" it is the meeting ("La Réunion a été
        // frappée", "à La Réunion, ..." stay the island).
        if tokens[b - 1].keyLength <= 8, EntityCues.meetingWords.contains(tokens[b - 1].key), b < tokens.count,
           EntityCues.meetingFollowers.contains(tokens[b].key) { return false }
        if lang.vi, b - a == 1, vietnameseMyNotTheCountry(a) { return false }
        // "Bruny Island": another language's name of a country that is a word of this one (NameFinder+S42).
        if b - a == 1, s42ForeignCountryName(a) { return false }
        // One word (most country names): its key and hash, without joining and hashing again.
        let ambiguous = b - a == 1 ? lex.ambiguousCountryKeys.contains(tokens[a])
            : lex.ambiguousCountryKeys.contains(MentionGrouper.joinWords(tokens[a..<b].lazy.map(\.key)))
        guard ambiguous else { return true }
        if a > 0, tokens[a - 1].kind == .word, tokens[a - 1].capitalized,
           !isStopword(a - 1), lex.titles.match(tokens, at: a - 1) == nil, !isCountry[a - 1] { return false }
        if !lang.vi, b < tokens.count, tokens[b].kind == .word, tokens[b].capitalized, tokens[b].spaceBefore,
           lex.orgKeywords.match(tokens, at: b) == nil, !lex.stopwords.contains(tokens[b].key) { return false }
        return true
    }

    /// Vietnamese "Mỹ" (the United States) also opens compound words and place names: "Bảo tàng Mỹ thuật" (fine
    /// arts), "Mỹ phẩm" (cosmetics), "Mỹ nghệ" (handicraft) at a sentence's or a body's start; "sân Mỹ Đình", "Mỹ
    /// Tho", "thánh địa Mỹ Sơn". A lowercase syllable of such a compound, or a capitalized Vietnamese syllable after
    /// it, makes it no country; a foreign name after it ("Tổng thống Mỹ Joe Biden") leaves it the country.
    func vietnameseMyNotTheCountry(_ a: Int) -> Bool {
        let b = a + 1
        guard b < tokens.count, tokens[a].keyEquals("my"), tokens[b].kind == .word, tokens[b].spaceBefore,
              tokens[b].script == .latin, tokens[a].text.unicodeScalars.contains("\u{1EF9}") else { return false }  // ỹ
        let next = tokens[b].text
        if !tokens[b].capitalized { return Self.myCompoundSyllables.contains(next) }
        return !tokens[b].allCaps && Self.vietnameseSyllable(next)
    }

    /// Second syllables of Vietnamese compounds opened by "mỹ" (beauty, fine): fine arts, handicraft, cosmetics,
    /// aesthetics, perfect, beauty (a woman), landscape, delicacy, good custom, splendid, charming, sense of beauty,
    /// beauty care, flowery words, good intention, beauty salon.
    static let myCompoundSyllables: Set<String> = [
        "thuật", "nghệ", "phẩm", "học", "mãn", "nữ", "quan", "vị", "tục", "lệ", "miều", "cảm", "dung", "từ", "ý", "viện",
    ]

    /// Whether `word` is one Vietnamese syllable (an onset, one vowel group, a coda Vietnamese allows), with or
    /// without its diacritics: "Tho", "Đình", "Sơn", "Khê", "Lai"; not "Joe", "Donald", "Marco", "Barack".
    static func vietnameseSyllable(_ word: String) -> Bool {
        let plain = word.lowercased().replacingOccurrences(of: "đ", with: "d")
            .folding(options: .diacriticInsensitive, locale: nil)
        guard !plain.isEmpty, plain.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
              !plain.utf8.contains(where: { $0 == 0x66 || $0 == 0x6A || $0 == 0x77 || $0 == 0x7A }) else { return false }
        var rest = Substring(plain)
        for onset in ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
                      "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"] where rest.hasPrefix(onset) {
            rest = rest.dropFirst(onset.count)
            break
        }
        let vowels = rest.prefix { "aeiouy".contains($0) }
        guard !vowels.isEmpty, vowels.count <= 3 else { return false }
        let coda = rest.dropFirst(vowels.count)
        return ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"].contains(String(coda))
    }

    private func acceptKnown(_ a: Int, _ b: Int, _ e: KnowledgeEntity) -> Bool {
        // "الحماس" (the enthusiasm), "الأمازون" (the river), "السيول" (the torrents): the article before a body's or a
        // place's one-word name that is also a common word makes it the word (the name never takes it).
        if b - a == 1, e.type == .organization || e.type == .place, tokens[a].script == .arabic,
           articleBeforeCommonWordName(tokens[a].stems) { return false }
        // "AFD" (Agence française de développement) is not "AfD": a name written only in mixed case is not its capitals.
        if b - a == 1, tokens[a].allCaps, lex.mixedCaseOnlyKeys.contains(tokens[a]) { return false }
        // "Un accord a été signé": a common word that spells an acronym ("UN") in lowercase is not it.
        if b - a == 1, e.type == .organization, tokens[a].kind == .word, !tokens[a].allCaps, tokens[a].script == .latin,
           lex.stopwords.contains(tokens[a].key) {
            return false
        }
        // "Nguyễn Thái Bình", "Trần Quang Nam": a multi-word Latin place right after a capitalized
        // word in mid-sentence is the end of a person's name (Vietnamese names reuse place syllables).
        if b - a >= 2, e.type == .place, tokens[a].script == .latin, a > 0, tokens[a].spaceBefore,
           tokens[a - 1].kind == .word, tokens[a - 1].script == .latin, tokens[a - 1].capitalized, !tokens[a - 1].sentenceStart,
           !lex.stopwords.contains(tokens[a - 1].key), lex.placeKeywords.match(tokens, at: a - 1) == nil,
           lex.titles.match(tokens, at: a - 1) == nil, !isCountry[a - 1] {
            return false
        }
        if e.type == .place, knownPlaceBeforeFeature(b) { return false }
        // "Heiko Stoltenberg": a known person's surname alone after another given name is another person.
        if e.type == .person, b - a == 1, surnameAfterOtherGivenName(a, e) { return false }
        // A one-word Latin place or person inside a longer capitalized name is part of that name.
        guard b - a == 1, tokens[a].script == .latin, e.type != .organization else { return true }
        if b < tokens.count, tokens[b].kind == .word, tokens[b].capitalized, tokens[b].spaceBefore,
           lex.placeKeywords.match(tokens, at: b) == nil, lex.orgKeywords.match(tokens, at: b) == nil,
           !lex.stopwords.contains(tokens[b].key), lex.countries.match(tokens, at: b, language: language) == nil, lex.names.match(tokens, at: b) == nil,
           lex.titles.match(tokens, at: b) == nil {
            return false
        }
        return true
    }

    /// Token `a` (a one-word Latin name of `e`) follows a capitalized given name (`EntityCues.givenNames`)
    /// that none of `e`'s names holds: "Heiko Stoltenberg" is not Jens Stoltenberg.
    func surnameAfterOtherGivenName(_ a: Int, _ e: KnowledgeEntity) -> Bool {
        // "Заявление Виктора Лукашенко": a Cyrillic given name, in any case, that spells none of `e`'s.
        if a > 0, tokens[a].script == .cyrillic, tokens[a].spaceBefore, tokens[a - 1].kind == .word, tokens[a - 1].script == .cyrillic,
           tokens[a - 1].capitalized, !covered[a - 1], cyrillicGivenName(tokens[a - 1].key) {
            return !Self.spellsGivenName(tokens[a - 1].key, of: e)
        }
        guard a > 0, tokens[a].script == .latin, tokens[a].spaceBefore, tokens[a - 1].kind == .word, tokens[a - 1].script == .latin,
              tokens[a - 1].capitalized, lex.givenNames.contains(tokens[a - 1]) else { return false }
        let given = tokens[a - 1].key
        return !([e.name] + e.aliases).contains { PlainText.split(TextFolding.key($0), 0x20).contains { PhraseMatcher.same(String($0), given) } }
    }

    /// Knowledge-base names of bodies and places (folded keys) that are also common Arabic words, which then
    /// take the article: حماس (Hamas; الحماس, enthusiasm), أمازون (Amazon; الأمازون, the river and forest), سيول
    /// (Seoul; السيول, the torrents), جدة (Jeddah; الجدة, the grandmother), صور (Tyre; الصور, the pictures).
    static let arabicNamesThatAreWords = KeySet(["حماس", "أمازون", "سيول", "جدة", "صور"].map { TextFolding.key($0) })

    /// An Arabic token's stems (see `ArabicStemmer`) hold one of `arabicNamesThatAreWords` after the
    /// article: "الحماس", "بالحماس", "للحماس" (not "حماس", "وحماس", "بحماس").
    func articleBeforeCommonWordName(_ stems: [String]) -> Bool {
        guard stems.count >= 2 else { return false }
        for k in 1..<stems.count where Self.arabicNamesThatAreWords.contains(stems[k]) {
            if PhraseMatcher.same(stems[k - 1], "\u{0627}\u{0644}" + stems[k]) { return true }
        }
        return false
    }

    private mutating func findKnownHan(_ i: Int) {
        let t = token(i)
        let scalars = hanRunScalars(i)
        // (The matches filtered in place, and the known places covering a country tested where read: each `filter`
        // allocated an array per Han run.)
        // (Each `removeAll` only on matches: on an empty array it still partitioned and replaced a range, three calls per run.)
        var country = lex.countries.hanMatches(in: scalars)
        if !country.isEmpty {
            country.removeAll { m in !m.payloads.contains { if case .country = lex.targets[Int($0)] { return true } else { return false } } }
            // "其中国有企业" (其中 + 国有企业, "among them, state-owned firms"): no China read across a word's end.
            country.removeAll { m in m.offset > 0 && Self.hanWordsOverNames.contains(
                UInt64(Self.hanCode(scalars[m.offset - 1])) << 32 | UInt64(Self.hanCode(scalars[m.offset]))) }
        }
        // "内蒙古" (Inner Mongolia) holds 蒙古 (Mongolia): a longer known place covers the country read inside it.
        var names = lex.names.hanMatches(in: scalars)
        if !names.isEmpty {
            names.removeAll { m in !(hanBounded(scalars, m.offset, m.length) && !Self.hanMatchSplitsWord(scalars, m.offset, m.length)) }
        }
        for m in country {
            if names.contains(where: { $0.offset <= m.offset && $0.offset + $0.length >= m.offset + m.length && $0.length > m.length
                && $0.payloads.contains { p in
                    if case .known(let k) = lex.targets[Int(p)] { return lex.knowledge.entities[k].type == .place } else { return false } } }) { continue }
            guard case .country(let code) = lex.targets[Int(m.payloads[0])] else { continue }
            let (s, e) = hanSpan(t, scalars, m.offset, m.length)
            mentions.append(Mention(surface: hanText(scalars, m.offset, m.length), start: s, end: e, type: .country,
                                    evidence: .known, code: code, words: tokens[i].keyArray))
        }
        for var m in names {
            for p in m.payloads {
                if case .known(let k) = lex.targets[Int(p)] {
                    // "哈尔滨市", "云南省", "卡拉干达州": a known place's name runs over a following 市/省/县/州.
                    if lex.knowledge.entities[k].type == .place, m.offset + m.length < scalars.count,
                       Self.hanAdministrativeSuffixes.contains(scalars[m.offset + m.length]) {
                        m.length += 1
                    }
                    let (s, e) = hanSpan(t, scalars, m.offset, m.length)
                    // (The surface is the one word: one string built, not two.)
                    let text = hanText(scalars, m.offset, m.length)
                    var mention = Mention(surface: text, start: s, end: e, type: lex.knowledge.entities[k].type, evidence: .known, words: [text])
                    mention.known = k
                    mentions.append(mention)
                    break
                }
            }
        }
    }

    /// Two-character city and province names whose characters often make a word with their neighbours
    /// (隆重庆祝, 东西安排, 完成都市, 经济南部, 出海口): matched only after a word boundary
    /// (the run's start, a function word, 自/往/至 …) and not before a character that joins them.
    static let hanAdministrativeSuffixes: Set<Unicode.Scalar> = ["市", "省", "县", "州"]
    static let hanBoundedPlaces: Set<String> = ["西安", "重庆", "成都", "济南", "海口", "长沙", "大连", "合肥", "南宁", "西宁", "吉林",
                                                // (漠河北极村, 浙江西部, 北流河北流, 阮青海: provinces inside other words and names)
                                                "河北", "江西", "山西", "河南", "青海", "宁夏", "天水"]
    static let hanJoiningNext = NameFinder.HanCharSet("全排置装祝典贺功")
    static let hanChang = NameFinder.hanCode("长".unicodeScalars.first!)
    /// First characters of titles that end in 长 (州长, 市长, 省长, 县长, 区长, 部长, 镇长, 校长, 院长, 行长, 会长, 局长, 厅长, 处长, 所长, 社长, 团长, 队长, 站长).
    static let hanTitleHeadsBeforeChang = NameFinder.HanCharSet("州市省县区部镇乡村校院行会局厅处所社团队站")
    /// `hanBoundedPlaces` as pairs of canonical code points (each name is two one-scalar characters).
    static let hanBoundedPairs: Set<UInt64> = Set(hanBoundedPlaces.map { name in
        let c = name.unicodeScalars.map { UInt64(hanCode($0)) }
        return c[0] << 32 | c[1]
    })

    func hanBounded(_ s: [Unicode.Scalar], _ offset: Int, _ length: Int) -> Bool {
        // Compared by canonical code points (`hanCode`): what `String` equality of the two characters gives.
        guard length >= 2, Self.hanBoundedPairs.contains(UInt64(Self.hanCode(s[offset])) << 32 | UInt64(Self.hanCode(s[offset + 1])))
        else { return true }
        if offset > 0 {
            let prev = Self.hanCode(s[offset - 1])
            guard Self.hanOrgLeftStopSet.contains(prev) || Self.hanPlaceLeftBoundSet.contains(prev) else { return false }
            // 长 closing a title (州长, 市长, 部长) opens no 长沙: "州长沙哈罗夫" is a governor named Shakharov.
            if Self.hanCode(s[offset]) == Self.hanChang, Self.hanTitleHeadsBeforeChang.contains(prev) { return false }
        }
        if length == 2, offset + length < s.count, Self.hanJoiningNext.contains(Self.hanCode(s[offset + length])) { return false }
        return true
    }

    /// A Russian adjective of a place ("сибирская", "казанский"): noun case endings never start with "ск".
    static func isRussianPlaceAdjective(_ key: String) -> Bool {
        // Basic Cyrillic letters only (one `Character` and two bytes each, see `PhraseMatcher.extendsStem`):
        // the `Character` suffix test is a byte suffix test.
        if let r = key.utf8.withContiguousStorageIfAvailable({ k -> Bool? in
            guard k.count & 1 == 0 else { return nil }
            var p = 0
            while p < k.count { guard k[p] == 0xD0 || k[p] == 0xD1 else { return nil }; p += 2 }
            for e in russianPlaceAdjectiveEndings where e.count <= k.count
                && memcmp(k.baseAddress! + (k.count - e.count), e, e.count) == 0 { return true }
            return false
        }), let r { return r }
        for ending in ["ская", "ский", "ское", "ского", "скому", "ской", "скую", "ские", "ских", "скими", "ским"] where key.hasSuffix(ending) {
            return true
        }
        return false
    }

    /// The endings of `isRussianPlaceAdjective`, as UTF-8.
    static let russianPlaceAdjectiveEndings: [[UInt8]] = ["ская", "ский", "ское", "ского", "скому", "ской", "скую", "ские", "ских", "скими", "ским"].map { Array($0.utf8) }

    func hanText(_ s: [Unicode.Scalar], _ offset: Int, _ length: Int) -> String {
        // UTF-8 written directly (the same bytes as a `String.UnicodeScalarView` built scalar by scalar).
        var bytes = 0
        for k in offset..<(offset + length) { bytes += UTF8.width(s[k]) }
        return String(unsafeUninitializedCapacity: bytes) { out in
            var w = 0
            // (Encoded here: iterating `UTF8.encode`'s buffer cost more than the bytes' stores.)
            for k in offset..<(offset + length) { w += Self.writeUTF8(s[k], out.baseAddress.unsafelyUnwrapped + w) }
            return w
        }
    }

    /// Writes the UTF-8 of `c` at `out` (room for `UTF8.width(c)` bytes); returns its byte count.
    @inline(__always) static func writeUTF8(_ c: Unicode.Scalar, _ out: UnsafeMutablePointer<UInt8>) -> Int {
        let v = c.value
        if v < 0x80 { out[0] = UInt8(v); return 1 }
        if v < 0x800 {
            out[0] = 0xC0 | UInt8(v >> 6); out[1] = 0x80 | UInt8(v & 0x3F)
            return 2
        }
        if v < 0x1_0000 {
            out[0] = 0xE0 | UInt8(v >> 12); out[1] = 0x80 | UInt8((v >> 6) & 0x3F); out[2] = 0x80 | UInt8(v & 0x3F)
            return 3
        }
        out[0] = 0xF0 | UInt8(v >> 18); out[1] = 0x80 | UInt8((v >> 12) & 0x3F)
        out[2] = 0x80 | UInt8((v >> 6) & 0x3F); out[3] = 0x80 | UInt8(v & 0x3F)
        return 4
    }

    func hanSpan(_ t: Token, _ s: [Unicode.Scalar], _ offset: Int, _ length: Int) -> (Int, Int) {
        var start = t.start
        for k in 0..<offset { start += s[k].value > 0xFFFF ? 2 : 1 }
        var end = start
        for k in offset..<(offset + length) { end += s[k].value > 0xFFFF ? 2 : 1 }
        return (start, end)
    }

    // MARK: - Helpers

    func surface(_ a: Int, _ b: Int) -> String {
        if b == a + 1 { return tokens[a].text }   // one token (most names): its text, not a copy built
        // The texts' bytes copied into one buffer of the exact size (appending grew the string and
        // went through the general append path per piece); concatenation never changes bytes.
        var total = 0
        for k in a..<b { total += (k > a && tokens[k].spaceBefore ? 1 : 0) + tokens[k].text.utf8.count }
        return String(unsafeUninitializedCapacity: total) { out in
            var p = 0
            for k in a..<b {
                if k > a, tokens[k].spaceBefore { out[p] = 0x20; p += 1 }
                // Each text's contiguous bytes copied at once (a byte loop over `utf8` was most of the cost).
                let text = tokens[k].text
                if let n = text.utf8.withContiguousStorageIfAvailable({ src -> Int in
                    UnsafeMutableRawPointer(out.baseAddress.unsafelyUnwrapped + p)
                        .copyMemory(from: src.baseAddress.unsafelyUnwrapped, byteCount: src.count)
                    return src.count
                }) {
                    p += n
                } else {
                    for byte in text.utf8 { out[p] = byte; p += 1 }
                }
            }
            return p
        }
    }

    func mention(_ a: Int, _ b: Int, type: EntityType?, evidence: Mention.Evidence, code: String? = nil) -> Mention {
        var n = 0, last = a
        for k in a..<b where tokens[k].kind == .word { n += 1; last = k }
        // One word (a third of the mentions): its word's `[key]`, made once per word and shared.
        var words: [String]
        if n == 1 { words = tokens[last].keyArray } else {
            words = []
            words.reserveCapacity(n)
            for k in a..<b where tokens[k].kind == .word { words.append(tokens[k].key) }
        }
        var m = Mention(surface: surface(a, b), start: tokens[a].start, end: tokens[b - 1].end, type: type,
                        evidence: evidence, code: code, words: words)
        // Byte comparisons: `==` on a non-ASCII key takes the slow, normalizing path.
        m.parenthesized = a > 0 && (PhraseMatcher.same(tokens[a - 1].key, "(") || PhraseMatcher.same(tokens[a - 1].key, "（"))
        (m.firstToken, m.lastToken) = (Int32(truncatingIfNeeded: a), Int32(truncatingIfNeeded: b - 1))
        return m
    }

    /// `mentions = mentions.enumerated().filter { !removed.contains($0.offset) }.map(\.element) + added`, in place: the
    /// kept mentions are moved down in order (swapped, not copied: a copy retains every string and array of a mention,
    /// and the old array then released them all), the rest dropped, `added` appended. The passes that remove and add
    /// mentions end with it (most remove none: then the array is left as it is).
    func replaceMentions(removing removed: Set<Int>, adding added: [Mention] = []) {
        if !removed.isEmpty {
            var w = 0
            for r in mentions.indices where !removed.contains(r) {
                if w != r { mentions.swapAt(w, r) }
                w += 1
            }
            mentions.removeLast(mentions.count - w)
        }
        if !added.isEmpty { mentions.append(contentsOf: added) }
    }

    /// A capitalized (or all-capitals) word of an alphabetic script: what may be part of a name.
    /// (Inlined: asked about half a million times in the long measure, where the call was most of its cost.)
    @inline(__always) func isCap(_ k: Int) -> Bool {
        // Outside the text (a rule asking of the token after the last, or before the first) is no capital: about 160
        // calls ask `isCap(x + 1)`, and text that ends right there trapped (found by fuzzing: "Ankara ve"). One
        // unsigned comparison covers both ends.
        guard UInt(bitPattern: k) < UInt(bitPattern: tokenCount) else { return false }   // (`tokenCount`: in the large passes `tokens.count` was a call)
        // Fields read in place: these two run for nearly every token, and a copy retains three references.
        let script = tokens[k].script
        return tokens[k].kind == .word && (tokens[k].capitalized || tokens[k].allCaps) && (script == .latin || script == .cyrillic || script == .other)
    }

    /// A lowercase particle or linking word inside a name ("of", "de", "van", "al").
    /// (The cached per-word answer read in line; the first ask of a word and the context-dependent Portuguese and
    /// Spanish tests are calls.)
    @inline(__always) func isConnector(_ k: Int) -> Bool {
        let v = wordFlags.bits[Int(tokens[k].word)]
        let word = v & (1 << (2 * WordFlag.connector)) != 0 ? v & (2 << (2 * WordFlag.connector)) != 0 : isConnectorWord(k)
        // (The language tests first, in line: both calls answer false in any other language.)
        return word || lang.pt && portugueseArticleAfterPara(k) || lang.es && spanishEBeforeI(k)
    }
    /// The word part of `isConnector`, computed and cached (`wordFlag`) on its first ask.
    @inline(never) private func isConnectorWord(_ k: Int) -> Bool { wordFlag(k, WordFlag.connector) { isConnectorUncached(k) } }

    /// "Cámara de Comercio e Industria", "Ministerio de Ciencia e Innovación": Spanish writes "y" as
    /// "e" before a word in i-/hi-; inside a name it links like "y". Depends on the next word, so not
    /// cached per word as `isConnector` is.
    func spanishEBeforeI(_ k: Int) -> Bool {
        guard lang.es, k + 1 < tokens.count, tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].keyEquals("e"),
              tokens[k + 1].kind == .word, tokens[k + 1].capitalized else { return false }
        let next = tokens[k + 1].key
        return next.hasPrefix("i") || next.hasPrefix("hi")
    }
    private func isConnectorUncached(_ k: Int) -> Bool {
        let kind = tokens[k].kind
        if portugueseItalianConnector(k) { return true }
        if kind == .elision { return tokens[k].keyEquals("d'") || tokens[k].keyEquals("l'") }
        guard kind == .word, !tokens[k].capitalized else { return false }
        // Keys longer than every connector skip the set (and hashing them).
        guard tokens[k].key.utf8.count <= Self.connectorMaxBytes, Self.connectors.contains(tokens[k].key) else { return false }
        // Vietnamese syllables fold onto these ("đề" → "de", "đa" → "da"): in Vietnamese text only
        // the exact spelling is a connector.
        if lang.vi, tokens[k].script == .latin, tokens[k].text.utf8.contains(where: { $0 >= 0x80 }) { return false }
        // Indonesian "di" is "in", not the Italian "of".
        if language == "id" || language == "ms", tokens[k].key == "di" { return false }
        return true
    }

    /// Portuguese and Italian particles and "e" (and) inside names ("Agência para o Investimento e
    /// Comércio Externo", "Ministero dell'Economia e delle Finanze"); only in those languages:
    /// "do" and "e" are words of their own elsewhere (English "do", Vietnamese "do" = because).
    private func portugueseItalianConnector(_ k: Int) -> Bool {
        guard lang.pt || lang.it, !tokens[k].capitalized else { return false }
        if tokens[k].kind == .elision { return tokens[k].keyEquals("dell'") }
        return tokens[k].kind == .word && Self.portugueseItalianConnectors.contains(tokens[k].key)
    }

    /// "Agência para o Investimento": a Portuguese article after "para" inside a name (elsewhere
    /// "a" is "to"). Depends on the word before, so not cached per word as `isConnector` is.
    func portugueseArticleAfterPara(_ k: Int) -> Bool {
        guard lang.pt, k > 0, tokens[k].kind == .word, tokens[k - 1].keyEquals("para") else { return false }
        return ["o", "a", "os", "as"].contains(tokens[k].key)
    }

    /// "em Benguela", "no Lobito", "a Brindisi": Portuguese and Italian prepositions that put
    /// the name after them in a place (words of other languages elsewhere: Vietnamese "em", "no").
    func portugueseItalianPlaceBefore(_ i: Int) -> Bool {
        guard i > 0, tokens[i - 1].kind == .word || tokens[i - 1].keyEquals(",") else { return false }
        if placeListItem(i) { return true }   // (NameFinder+Latin)
        guard tokens[i - 1].kind == .word, !tokens[i - 1].capitalized else { return false }
        switch language {
        // (`keyEquals`: the key's bytes against each ASCII literal, not `String`'s `==` on every key, non-ASCII ones by its slow path.)
        case "pt": let t = tokens[i - 1]; return t.keyEquals("em") || t.keyEquals("no") || t.keyEquals("na") || t.keyEquals("nos") || t.keyEquals("nas") || t.keyEquals("ate")
        case "it": let t = tokens[i - 1]; return t.keyEquals("a") || t.keyEquals("ad") || t.keyEquals("nel") || t.keyEquals("nella")
        default: return otherLatinPlaceBefore(i)
        }
    }
    static let portugueseItalianConnectors: WordSet = ["do", "das", "e", "della", "delle", "dei", "degli", "dello", "per"]

    static let connectorMaxBytes = connectors.set.map(\.utf8.count).max() ?? 0
    static let connectors: WordSet = ["of", "the", "for", "and", "&", "de", "du", "des", "la", "le", "van", "von", "der",
                                          "den", "bin", "ibn", "al", "el", "da", "dos", "di", "del", "y",
                                          // Spanish plural articles after "de" ("Santiago de los Caballeros", "Banco de los Andes")
                                          "los", "las",
                                          // Dutch particle ("Willemijn ter Horst")
                                          "ter",
                                          // Indonesian and Malay "and" ("Energi dan Sumber Daya Mineral")
                                          "dan"]

    func startsEnglishVerbish(_ key: String) -> Bool {
        key.count > 5 && (key.hasSuffix("ing") || key.hasSuffix("ed") || key.hasSuffix("ly"))
    }

    // MARK: - Per-word answers

    /// Answers of the word-list tests for each distinct word of the article (`Token.word`): a
    /// word's tests depend only on its text and kind (and the finder's language), and the rules
    /// ask them again for each repetition and from several passes. Two bits per test: asked, answer.
    final class WordFlagCache {
        // Read and written only by the finder that owns it, one word at a time.
        @exclusivity(unchecked) var bits: [UInt32]
        // (spd29: `Array(repeatElement(_:count:))`, not `Array(repeating:count:)`: the latter allocates through the standard
        // library's unspecialized `_allocateBufferUninitialized`, which looks the storage class's generic metadata up
        // at every call, some 400 instructions; the former's copy is inlined and specialized, its metadata cached.
        // The same elements. The finder's per-article arrays are made so.)
        init(count: Int) { bits = Array(repeatElement(0, count: count)) }
    }

    /// The tests `WordFlagCache` keeps (bit pairs of its words).
    enum WordFlag {
        static let stopword: UInt32 = 0, connector: UInt32 = 1, givenName: UInt32 = 2, familyName: UInt32 = 3
        static let month: UInt32 = 4, givenKey: UInt32 = 5, stopwordKey: UInt32 = 6
    }

    /// The cached answer of test `flag` for token `k`'s word, computed by `compute` on first use.
    @inline(__always) func wordFlag(_ k: Int, _ flag: UInt32, _ compute: () -> Bool) -> Bool {
        let w = Int(tokens[k].word)
        let v = wordFlags.bits[w]
        let asked: UInt32 = 1 << (2 * flag), yes: UInt32 = 2 << (2 * flag)
        if v & asked != 0 { return v & yes != 0 }
        let answer = compute()
        wordFlags.bits[w] = wordFlags.bits[w] | asked | (answer ? yes : 0)
        return answer
    }

    /// `lex.months.contains(tokens[k].key)`, per word (probed by the token's key hash).
    func isMonth(_ k: Int) -> Bool { wordFlag(k, WordFlag.month) { lex.months.contains(tokens[k]) } }
    /// `lex.givenNames.contains(tokens[k].key)`, per word.
    /// In Vietnamese text a syllable with a letter only Vietnamese writes must be the given name with its tones: "Hủa"
    /// (of the province Hủa Phăn) folds like the Chinese given name "Hua", and is no given name.
    func isGivenNameKey(_ k: Int) -> Bool {
        wordFlag(k, WordFlag.givenKey) {
            lex.givenNames.contains(tokens[k])
                && !(lang.vi && tokens[k].script == .latin && Self.hasVietnameseOnlyLetter(tokens[k].text)
                     && !EntityCues.givenNamesExact.contains(exactForm(k)))
        }
    }
    /// `lex.stopwords.contains(tokens[k].key)`, per word.
    func isStopwordKey(_ k: Int) -> Bool { wordFlag(k, WordFlag.stopwordKey) { lex.stopwords.contains(tokens[k]) } }
}

/// A set of words asked about many times (cue words, connectors): a plain word (see
/// `PlainText`, nearly every one) is looked up byte-wise among the members in NFC, which gives
/// `Set<String>`'s answer (canonical equivalence) without SipHash and normalization; any other
/// word asks the `Set` itself.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    let set: Set<String>
    private let keys: KeySet
    init(_ set: Set<String>) {
        self.set = set
        keys = KeySet(set.map { $0.precomposedStringWithCanonicalMapping })
    }
    init(arrayLiteral elements: String...) { self.init(Set(elements)) }
    func contains(_ s: String) -> Bool {
        // A member's bytes (in NFC) are that member whatever `s` holds: found without the plain check.
        if keys.contains(s) { return true }
        let plain = s.utf8.withContiguousStorageIfAvailable { PlainText.isPlain($0) } ?? false
        return plain ? false : containsOther(s)
    }
    /// `set.contains(s)` for a `s` that is not plain: a decomposed Latin text (Vietnamese in NFD, as some articles are
    /// written) is composed by `LatinComposer` into a canonically equivalent text, which when plain is looked up on
    /// bytes like any other (the `Set` hashed and compared it by its normalizing slow path, thousands of instructions). (spd32)
    /// (Only a text with a combining diacritical mark, U+0300–036F, lead byte CC or CD, can compose into a plain one: other
    /// texts, Han punctuation, Arabic with vowel marks, go to the `Set` without an attempt.)
    @inline(never) private func containsOther(_ s: String) -> Bool {
        if let c = PlainText.composedPlain(s) { return keys.contains(c) }
        return set.contains(s)
    }
    /// `contains(s)` for a token's key, whose `Token.hash` is known (`Token.keyHash`): the same answer
    /// without hashing the key again (the discovery rules ask this of most capitalized words).
    func contains(_ s: String, hash h: UInt64) -> Bool {
        if keys.contains(s, hash: h) { return true }
        let plain = s.utf8.withContiguousStorageIfAvailable { PlainText.isPlain($0) } ?? false
        return plain ? false : containsOther(s)
    }
    /// `contains(token.key, hash: token.keyHash)` (the form `KeySet` answers without reading the key first).
    func contains(_ token: Token) -> Bool { contains(token.key, hash: token.keyHash) }
    /// `contains(token.text)`: the text's plain form (`Token.plainForm`, made once per word: a decomposed Vietnamese
    /// syllable is composed once, not at each test) looked up on bytes; a text with none asks the `Set`. (spd32)
    func contains(textOf token: Token) -> Bool {
        if let p = token.plainForm { return keys.contains(p) }
        return set.contains(token.text)
    }
}

/// String tests that skip the standard library's slow path (grapheme breaking and canonical
/// comparison, taken for every non-ASCII string) when the string is "plain": every scalar is a
/// letter or sign of Latin (below U+0300, and the precomposed Vietnamese letters), Cyrillic,
/// Arabic or a CJK ideograph that is in NFC, is a grapheme cluster of its own and combines with no neighbour. For plain strings characters are scalars
/// and canonical equality is byte equality, so the byte answers are the `Character` answers;
/// any other string takes the standard library's path.
enum PlainText {
    /// The plain text canonically equivalent to a text that is not plain, when `LatinComposer` makes one (decomposed
    /// Latin: Vietnamese in NFD), else nil. Only a text with a combining diacritical mark (U+0300–036F, lead byte CC or
    /// CD) can compose into a plain one: others are not tried. (spd32)
    static func composedPlain(_ s: String) -> String? {
        guard s.utf8.contains(where: { $0 & 0xFE == 0xCC }), let c = LatinComposer.shared.compose(s),
              c.utf8.withContiguousStorageIfAvailable({ isPlain($0) }) ?? false else { return nil }
        return c
    }

    /// Whether the UTF-8 `b` is plain (see the type's comment).
    @inline(__always) static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                // (Control characters aside: CR LF is one character of two scalars.)
                if c < 0x20 { return false }
                i += 1
                // The rest of an ASCII run eight bytes a step (most keys are ASCII, or start so).
                while i + 8 <= n, isPrintableASCII(UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                }
                continue
            }
            // Basic Cyrillic letters (lead byte D0 or D1: U+0400–U+047F, plain), four a step while they last: most
            // keys of a Russian text are such letters only. (Each two bytes of the load a lead D0/D1 and a continuation.)
            if c & 0xFE == 0xD0 {
                guard i + 1 < n else { return false }
                i += 2
                while i + 8 <= n, isCyrillicLetters(UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                }
                continue
            }
            guard i + 1 < n else { return false }
            let d = b[i + 1]
            if c >= 0xE0 {
                // Three bytes: Vietnamese precomposed letters (U+1E00–1EFF) and CJK ideographs
                // (U+4E00–9FFF), each a character of its own, in NFC, combining with nothing.
                guard c < 0xF0, i + 2 < n else { return false }
                guard c == 0xE1 && d >= 0xB8 && d <= 0xBB || c == 0xE4 && d >= 0xB8 || c >= 0xE5 && c <= 0xE9 else { return false }
                i += 3
                continue
            }
            switch c {
            case 0xC2...0xCB, 0xD0, 0xD1, 0xD3, 0xDA: break          // U+0080–02FF, Cyrillic, Arabic letters U+0680–06BF
            case 0xD2: if d >= 0x83 && d <= 0x89 { return false }     // U+0483–0489: combining Cyrillic marks
            case 0xD8: if d < 0xA1 { return false }                   // U+0600–0620: prepended signs, marks
            case 0xD9: if !(d <= 0x8A || d >= 0xB1) { return false }  // U+064B–0670: harakat, digits, superscript alef
            case 0xDB: if d > 0x93 { return false }                   // U+06D4 on: marks, signs
            default: return false
            }
            i += 2
        }
        return true
    }

    /// Eight bytes (a little-endian load) that are four two-byte sequences each of a lead byte D0 or D1 and a
    /// continuation byte (80–BF): four basic Cyrillic letters, U+0400–U+047F (what `isPlain` accepts one by one).
    @inline(__always) static func isCyrillicLetters(_ w: UInt64) -> Bool {
        w & 0xC0FE_C0FE_C0FE_C0FE == 0x80D0_80D0_80D0_80D0
    }

    /// Eight bytes (a little-endian load) that are all ASCII from the space up (what `isPlain`
    /// accepts byte by byte): no high bit set, and each byte plus 0x60 reaches 0x80 (no carry
    /// crosses bytes when none is above 0x7F).
    @inline(__always) static func isPrintableASCII(_ w: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        return w & high == 0 && (w &+ 0x6060_6060_6060_6060) & high == high
    }

    /// A starter (canonical combining class 0) with no canonical decomposition: ASCII, the basic
    /// Cyrillic letters but Й/й, the Arabic letters without hamza or madda above or below, the CJK
    /// unified ideographs (tests check each against the Unicode data). Such a scalar is its own
    /// NFD and no reordering moves it, so a character that starts (or ends) with it has an NFD
    /// that starts (or ends) with it: two characters that start (end) with two different inert
    /// scalars are not canonically equivalent, whatever follows (precedes) them.
    @inline(__always) static func isInert(_ v: UInt32) -> Bool {
        if v < 0x80 { return true }
        if v >= 0x0410 && v <= 0x044F { return v != 0x0419 && v != 0x0439 }
        if v >= 0x0621 && v <= 0x064A { return v == 0x0621 || (v >= 0x0627 && v <= 0x063A) || v >= 0x0641 }
        return v >= 0x4E00 && v <= 0x9FFF
    }

    /// The first scalar of the valid, non-empty UTF-8 `b`.
    @inline(__always) static func firstScalar(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let c = UInt32(b[0])
        if c < 0x80 { return c }
        if c < 0xE0 { return (c & 0x1F) << 6 | UInt32(b[1] & 0x3F) }
        if c < 0xF0 { return (c & 0x0F) << 12 | UInt32(b[1] & 0x3F) << 6 | UInt32(b[2] & 0x3F) }
        return (c & 0x07) << 18 | UInt32(b[1] & 0x3F) << 12 | UInt32(b[2] & 0x3F) << 6 | UInt32(b[3] & 0x3F)
    }

    /// The last scalar of the valid, non-empty UTF-8 `b`.
    @inline(__always) static func lastScalar(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var i = b.count - 1
        if b[i] < 0x80 { return UInt32(b[i]) }
        while b[i] & 0xC0 == 0x80 { i -= 1 }
        return firstScalar(UnsafeBufferPointer(rebasing: b[i...]))
    }

    /// Both non-empty, and their first scalars differ and are inert (see `isInert`): `a` does not
    /// start with the characters of `b` (nor equal it), whatever the rest, plain or not.
    @inline(__always) static func startsDiffer(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !a.isEmpty, !b.isEmpty, a[0] != b[0] || a[0] >= 0x80 else { return false }
        let x = firstScalar(a), y = firstScalar(b)
        return x != y && isInert(x) && isInert(y)
    }

    /// Both non-empty, and their last scalars differ and are inert: `a` does not end with the
    /// characters of `b` (nor equal it).
    @inline(__always) static func endsDiffer(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let p = a[a.count - 1], q = b[b.count - 1]
        if p < 0x80 && q < 0x80 { return p != q }
        let x = lastScalar(a), y = lastScalar(b)
        return x != y && isInert(x) && isInert(y)
    }

    /// `b[0..<m]` is plain and so is the scalar that starts at `m` (if any): the first `m` bytes of
    /// `b` are whole characters, one plain scalar each, and a character boundary follows them (no
    /// grapheme rule joins two plain scalars). For a plain `x` of `m` bytes, `b` then starts with
    /// the characters of `x` exactly when it starts with its bytes, whatever `b` holds further on:
    /// `hasPrefix` reads the prefix's bytes, not the whole string.
    @inline(__always) static func plainHead(_ b: UnsafeBufferPointer<UInt8>, _ m: Int) -> Bool {
        guard isPlain(UnsafeBufferPointer(rebasing: b[0..<m])) else { return false }
        guard m < b.count else { return true }
        let c = b[m]
        let n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
        return m + n <= b.count && isPlain(UnsafeBufferPointer(rebasing: b[m..<(m + n)]))
    }

    /// `b`'s last `m` bytes are plain (starting at a scalar) and so is the scalar before them (if
    /// any): the mirror of `plainHead`, for `hasSuffix`.
    @inline(__always) static func plainTail(_ b: UnsafeBufferPointer<UInt8>, _ m: Int) -> Bool {
        let base = b.count - m
        guard isPlain(UnsafeBufferPointer(rebasing: b[base...])) else { return false }
        guard base > 0 else { return true }
        var p = base - 1
        while p > 0, b[p] & 0xC0 == 0x80 { p -= 1 }
        return isPlain(UnsafeBufferPointer(rebasing: b[p..<base]))
    }

    /// The number of characters of `b` if it is plain (see `isPlain`: then its scalars), else nil;
    /// one pass instead of a check and a count.
    static func plainCount(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard isPlain(b) else { return nil }
        var n = 0
        var i = 0
        let count = b.count
        // Eight bytes a step: the bytes that start a scalar (not 10xxxxxx) are counted.
        while i + 8 <= count {
            let w = UnsafeRawPointer(b.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self)
            // A continuation byte has bit 7 set and bit 6 clear.
            let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
            n += 8 - continuation.nonzeroBitCount
            i += 8
        }
        while i < count { if b[i] & 0xC0 != 0x80 { n += 1 }; i += 1 }
        return n
    }

    /// `s.hasSuffix(suffix)`.
    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        let fast = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            suffix.utf8.withContiguousStorageIfAvailable { x -> Bool? in
                // Most tests fail at the last letter: answered before either string is scanned.
                if endsDiffer(b, x) { return false }
                guard x.count <= b.count else { return isPlain(b) && isPlain(x) ? false : nil }
                // Only the suffix's bytes of `s` and the scalar before them are read (see `plainTail`).
                guard isPlain(x), plainTail(b, x.count) else { return nil }
                return x.isEmpty || memcmp(b.baseAddress.unsafelyUnwrapped + (b.count - x.count), x.baseAddress.unsafelyUnwrapped, x.count) == 0
            } ?? nil
        } ?? nil
        return fast ?? s.hasSuffix(suffix)
    }

    /// `s.contains(other)` (Foundation's search, canonical equivalence) for a one-scalar `other`
    /// that nothing else is canonically equivalent to or combines into (a punctuation mark): in a
    /// plain `s` every scalar is a character of its own, so the search finds the scalar or nothing.
    static func contains(_ s: String, _ other: Unicode.Scalar) -> Bool {
        let plain = s.utf8.withContiguousStorageIfAvailable { isPlain($0) } ?? false
        return plain ? s.unicodeScalars.contains(other) : s.contains(String(other))
    }

    /// `whole == a + b`, without building `a + b` when the three are plain (canonical equality is
    /// then byte equality, and a concatenation of plain strings is plain).
    static func isConcatenation(_ whole: String, _ a: String, _ b: String) -> Bool {
        let fast = whole.utf8.withContiguousStorageIfAvailable { w -> Bool? in
            a.utf8.withContiguousStorageIfAvailable { x -> Bool? in
                b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
                    guard isPlain(w), isPlain(x), isPlain(y) else { return nil }
                    guard w.count == x.count + y.count else { return false }
                    for k in 0..<x.count where w[k] != x[k] { return false }
                    for k in 0..<y.count where w[x.count + k] != y[k] { return false }
                    return true
                } ?? nil
            } ?? nil
        } ?? nil
        return fast ?? (whole == a + b)
    }

    /// `a == b`: byte-equal strings are equal, and two plain strings that differ in their bytes are
    /// not (canonical equality is byte equality for them); other pairs ask `==`, whose normalizing
    /// slow path every non-ASCII pair that differs otherwise takes.
    @inline(__always) static func equal(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x -> Bool? in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool? in
                if x.count == y.count, x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 { return true }
                // Different first or last letters (most unequal pairs): answered without scanning either.
                if startsDiffer(x, y) || endsDiffer(x, y) { return false }
                return isPlain(x) && isPlain(y) ? false : nil
            } ?? nil
        } ?? nil
        return fast ?? (a == b)
    }

    /// `s.hasPrefix(prefix)`.
    static func hasPrefix(_ s: String, _ prefix: String) -> Bool {
        let fast = s.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            prefix.utf8.withContiguousStorageIfAvailable { x -> Bool? in
                // Most tests fail at the first letter: answered before either string is scanned.
                if startsDiffer(b, x) { return false }
                guard x.count <= b.count else { return isPlain(b) && isPlain(x) ? false : nil }
                // Only the prefix's bytes of `s` and the scalar after them are read (see `plainHead`).
                guard isPlain(x), plainHead(b, x.count) else { return nil }
                return x.isEmpty || memcmp(b.baseAddress.unsafelyUnwrapped, x.baseAddress.unsafelyUnwrapped, x.count) == 0
            } ?? nil
        } ?? nil
        return fast ?? s.hasPrefix(prefix)
    }

    /// `s.split(separator: " ").map(String.init)`.
    static func words(_ s: String) -> [String] {
        let plain = s.utf8.withContiguousStorageIfAvailable { isPlain($0) } ?? false
        guard plain else { return s.split(separator: " ").map(String.init) }
        // A plain string's characters are its scalars: splitting at the space byte splits at the character.
        return plainPieces(s, 0x20) { String(Substring($0)) }
    }

    /// `s.split(separator: Character(separator))` for an ASCII `separator` that begins no
    /// character but itself (a space, a hyphen): in a plain string every scalar is a character, so
    /// splitting at the byte splits at the character, without comparing each `Character` (the
    /// normalizing slow path for every non-ASCII one).
    static func split(_ s: String, _ separator: UInt8) -> [Substring] {
        let plain = s.utf8.withContiguousStorageIfAvailable { isPlain($0) } ?? false
        guard plain else { return s.split(separator: Character(Unicode.Scalar(separator))) }
        return plainPieces(s, separator) { Substring($0) }
    }

    /// `s.utf8.split(separator: separator).map(make)` in one array reserved at its size (`split` grew an
    /// array of views, which `map` then copied into another).
    @inline(__always) private static func plainPieces<T>(_ s: String, _ separator: UInt8, _ make: (Substring.UTF8View) -> T) -> [T] {
        let u = s.utf8
        var count = 1
        for c in u where c == separator { count += 1 }
        var out: [T] = []
        out.reserveCapacity(count)
        var start = u.startIndex, i = start
        while i != u.endIndex {
            let next = u.index(after: i)
            if u[i] == separator {
                if start != i { out.append(make(u[start..<i])) }
                start = next
            }
            i = next
        }
        if start != u.endIndex { out.append(make(u[start..<u.endIndex])) }
        return out
    }

    /// The first and last characters of a plain, non-empty `s` (each one scalar) and its length
    /// in characters; nil when `s` is empty or not plain.
    static func firstLastCount(_ s: String) -> (Unicode.Scalar, Unicode.Scalar, Int)? {
        let plain = s.utf8.withContiguousStorageIfAvailable { isPlain($0) } ?? false
        guard plain, let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return nil }
        var n = 0
        for c in s.utf8 where c & 0xC0 != 0x80 { n += 1 }
        return (first, last, n)
    }

    /// `s.count` (characters).
    static func count(_ s: String) -> Int {
        let fast = s.utf8.withContiguousStorageIfAvailable { plainCount($0) } ?? nil
        return fast ?? s.count
    }
}
