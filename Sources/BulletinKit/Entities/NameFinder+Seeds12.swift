import Foundation

/// Rules for wire copy in the seeds' own style (BelTA, Kazinform, VNA, Xinhua in Arabic): places
/// with head nouns the earlier passes do not know (rivers, fields, seas, emirates, stations),
/// place names cut or glued to a compass word, institutions named by a foreign word after their
/// head (universities, academies, institutes), Chinese and Vietnamese names spelled in Arabic,
/// and names after a title's "in the Republic of X". One pass, run after the other Arabic passes
/// (`refineSeedStyleArabic`), so that it sees every mention they made.
extension NameFinder {
    /// Heads of named natural and built features and of emirates: "نهر سيرداريا", "حقل أكشابولاك",
    /// "بحر قزوين", "بحيرة بلخاش", "إمارة الشارقة", "محطة دونغتشوان للشحن".
    static let seedStationHeads = KeySet(["محطه"])
    static let seedFeatureHeads = KeySet(["نهر", "حقل", "بحر", "بحيره", "اماره", "محطه", "جبل", "صحراء", "خليج", "مضيق", "واحه"])
    /// Heads of institutions that take their own (foreign) name after them, like a company:
    /// "جامعة بولوتسك الحكومية", "أكاديمية قانسو للعلوم الاجتماعية".
    static let seedInstitutionNameHeads = KeySet(["جامعه", "اكاديميه", "معهد", "كليه"])
    /// Institution heads the earlier passes miss: "دائرة التنمية الاقتصادية", "معرض الخليج للآلات الزراعية".
    static let seedExtraOrgHeads = KeySet(["دائره", "معرض", "الديوان", "ديوان", "مصلحه", "سلطه"])
    /// Institutions named after the place they are in ("الجامعة الأمريكية في …").
    static let seedInPlaceOrgHeads = KeySet(["جامعه", "الجامعه", "دائره", "غرفه", "معهد", "اكاديميه", "كليه"])
    /// Compass words, which follow a place's name without being part of it ("مقاطعة قانسو شمال غربي الصين").
    static let arabicCompassWords = KeySet(["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "شمالا", "جنوبا", "شرقا", "غربا"])
    /// First words of compound place names, which take the next word even with the article:
    /// "رأس الخيمة", "وادي حلفا", "جبل طارق", "عين صالح", "شرم الشيخ".
    static let arabicPlacePrefixWords = KeySet(["راس", "وادي", "جبل", "عين", "بئر", "سيدي", "بني", "دير", "تل", "شرم", "بندر", "خور", "جسر", "برج", "قصر", "حاسي", "ام", "ابو"])
    /// Adjectives of zones after a place's own name: "منطقة عسلوية الاقتصادية الخاصة".
    static let arabicZoneAdjectives = KeySet(["الاقتصاديه", "الصناعيه", "الحره", "الخاصه", "التجاريه", "اللوجستيه"])
    /// Syllables of Chinese and Vietnamese names as Arabic spells them ("وانغ جيان مين", "نغوين شوان فوك").
    static let hanVietArabicSyllables = KeySet([
        "وانغ", "لي", "تشانغ", "ليو", "تشن", "يانغ", "هوانغ", "تشاو", "وو", "تشو", "شيوي", "سون", "صون", "ما", "هو", "قوه", "غوه", "لين",
        "خه", "قاو", "غاو", "ليانغ", "تشنغ", "شيه", "تانغ", "هان", "فنغ", "دنغ", "تساو", "بنغ", "تسنغ", "شياو", "تيان", "دونغ", "بان", "يوان",
        "جيانغ", "تساي", "جيا", "دينغ", "وي", "شيويه", "يه", "يان", "يو", "دو", "فو", "شي", "جين", "جيان", "مين", "هونغ", "مينغ", "يي",
        "جون", "جيون", "تشيانغ", "شيانغ", "شيان", "لونغ", "فانغ", "يونغ", "هوي", "هوا", "هاي", "تاو", "بينغ", "نينغ", "جينغ", "كانغ", "قانغ",
        "تشيوان", "بو", "بين", "شين", "شنغ", "شو", "جو", "تشي", "تشيه", "لان", "لونغ", "وين", "يونغ", "تشون", "تشيونغ", "هوان", "شوان",
        "نغوين", "تران", "فام", "فان", "بوي", "نغو", "دوونغ", "فونغ", "فيو", "تروونغ", "دانغ", "دوان", "لام", "ترينه", "مينه", "دوك",
        "لوان", "فوك", "تونغ", "ثانه", "هيو", "ثي", "كوانغ", "هاي", "آنه", "انه", "هوونغ", "كوك", "ثوونغ", "نام", "تيان", "تيين", "خاي",
        "فيين", "ثين", "لوك", "نهان", "هونغ", "ثاو", "ترونغ", "دات", "هانغ", "فوونغ", "كيم", "تو", "بيتش", "ثوي", "دييب", "هوين",
    ])
    /// Syllables of Chinese given names as Xinhua's Arabic spells them that `hanVietArabicSyllables` lacks (Yun, Jie, Qing,
    /// Rong, Guang, Kai, Ling, Yin, Xiong, Qiu, Miao, Shao, Xuan, Yue: "فنغ يون جون"), none an Arabic word; read only
    /// after a family name, never as the first word.
    static let hanArabicGivenSyllables = KeySet([
        "يون", "جيه", "تشينغ", "رونغ", "قوانغ", "غوانغ", "كاي", "لينغ", "يين", "شيونغ", "تشيو", "مياو", "شاو", "شيوان", "يويه",
    ])
    /// Family names that open a Chinese or Vietnamese name; one of them must start the run.
    static let hanVietArabicFamilyNames = KeySet([
        "وانغ", "لي", "تشانغ", "ليو", "تشن", "يانغ", "هوانغ", "تشاو", "وو", "تشو", "شيوي", "سون", "صون", "ما", "هو", "قوه", "غوه", "لين",
        "خه", "قاو", "غاو", "ليانغ", "تشنغ", "شيه", "تانغ", "هان", "فنغ", "دنغ", "تساو", "بنغ", "تسنغ", "شياو", "تيان", "دونغ", "بان", "يوان",
        "جيانغ", "تساي", "جيا", "دينغ", "وي", "يه", "يان", "يو", "دو", "فو", "شي", "جين", "نغوين", "تران", "فام", "فان", "بوي", "نغو",
        "دوونغ", "فونغ", "تروونغ", "دانغ", "دوان", "لام", "ترينه",
    ])
    /// Arabic words that are also name syllables ("لي" for me, "ما" what, "هو" he): such a run needs
    /// three syllables, or two when the second is no common word either.
    static let hanVietCommonArabicWords = KeySet(["لي", "ما", "هو", "وو", "دو", "فو", "شي", "يو", "بو", "تو", "جو", "شو", "يه", "وي", "هان", "بان", "لام", "نام", "بين", "كيم", "دات", "خه"])

    /// End of a place's name written at token `e`: a place or country mention starting there, or the
    /// words of a place mention found elsewhere without its head noun ("رأس الخيمة" of "إمارة رأس الخيمة").
    /// Places and countries by their first token, and place names without their head noun by their
    /// first word: what `seedPlaceEnd` looks up (built once per pass, not per token).
    struct SeedPlaceIndex {
        var starts: [Int: (end: Int, country: Bool)] = [:]
        var names: [String: [[String]]] = [:]
    }

    func seedPlaceIndex() -> SeedPlaceIndex {
        var idx = SeedPlaceIndex()
        for n in mentions.indices where mentionType(n) == .place || mentionType(n) == .country {
            guard let (a, z) = seedSpan(n) else { continue }
            if mentionStart(n) == tokens[a].start, idx.starts[mentionStart(n)] == nil {
                idx.starts[mentionStart(n)] = (z + 1, mentionType(n) == .country)
            }
            guard mentionType(n) == .place, mentionWordCount(n) >= 2 else { continue }
            let from = arabicFlags(a).contains(.placeHead) || arabicFlags(a).contains(.featureHead) ? a + 1 : a
            guard from <= z, z + 1 - from >= 2 || from == a + 1 else { continue }
            let words = (from...z).map { tokens[$0].key }
            if !(idx.names[words[0]]?.contains(words) ?? false) { idx.names[words[0], default: []].append(words) }
        }
        return idx
    }

    func seedPlaceEnd(at e: Int, _ idx: SeedPlaceIndex) -> Int? {
        // (A country's adjective, "التركي", qualifies what precedes it; the country's name, "تركيا", may end a name.)
        if let hit = idx.starts[tokens[e].start], !hit.country || !isArabicDefinite(e) { return hit.end }
        for words in idx.names[tokens[e].key] ?? [] where e + words.count <= tokens.count {
            if words.indices.allSatisfy({ tokens[e + $0].key == words[$0] }) { return e + words.count }
        }
        return nil
    }

    /// Index of the token starting at UTF-16 offset `start`, if any.
    /// (Over the tokens' buffer: the search runs for nearly every mention of every pass, and the
    /// array's per-read bounds checks were most of its cost.)
    func seedTokenIndex(start: Int) -> Int? {
        tokens.withUnsafeBufferPointer { t in
            var lo = 0, hi = t.count
            while lo < hi { let mid = (lo + hi) &>> 1; if t[mid].start < start { lo = mid &+ 1 } else { hi = mid } }
            return lo < t.count && t[lo].start == start ? lo : nil
        }
    }

    /// Index of the token ending at UTF-16 offset `end`, if any.
    func seedTokenIndex(end: Int) -> Int? {
        tokens.withUnsafeBufferPointer { t in
            var lo = 0, hi = t.count
            while lo < hi { let mid = (lo + hi) &>> 1; if t[mid].end < end { lo = mid &+ 1 } else { hi = mid } }
            return lo < t.count && t[lo].end == end ? lo : nil
        }
    }

    /// `seedTokenIndex(end:)` for a mention whose first token is `a` (tokens are sorted and do not
    /// overlap, so every token before `a` ends before `end`): a short scan forward instead of a
    /// binary search over the article.
    func seedTokenIndex(end: Int, from a: Int) -> Int? {
        if a > 0, a <= tokens.count, tokens[a - 1].end >= end { return seedTokenIndex(end: end) }
        var k = a
        while k < tokens.count, k - a < 8, tokens[k].end < end { k += 1 }
        if k < tokens.count, k - a < 8 || tokens[k].end >= end { return tokens[k].end == end ? k : nil }
        return k >= tokens.count ? nil : seedTokenIndex(end: end)
    }

    /// Token span of mention `n` (its start may follow a one-letter clitic of its first token).
    /// (The first token by a binary search, the last by a short scan from it: `seedTokenIndex(end:from:)`
    /// answers as the binary search does, and most passes ask this of every mention.)
    func seedSpan(_ n: Int) -> (Int, Int)? {
        let (start, end) = (mentionStart(n), mentionEnd(n))
        if let span = hintedTokenSpan(n, start: start, end: end) { return span }   // (most mentions: no search)
        if let a = seedTokenIndex(start: start) { return seedTokenIndex(end: end, from: a).map { (a, $0) } }
        if let a = seedTokenIndex(start: start - 1), tokens[a].script == .arabic { return seedTokenIndex(end: end, from: a).map { (a, $0) } }
        return nil
    }

    /// Token `k` exists and its key is `key` (the passes' one-word test at an index that may run off the text).
    @_disfavoredOverload
    @inline(__always) func keyIs(_ k: Int, _ key: String) -> Bool { k >= 0 && k < tokenCount && PhraseMatcher.same(tokens[k].key, key) }
    /// `keyIs` for a literal (nearly every call): the key's bytes against the literal's, no `String` made of it.
    /// (Not inlined: in the large passes that call it, its inlined copies crowded out the inlining of their
    /// own array reads.)
    /// (The token's `keyLength` rejects a key of another length, nearly every one, without reading the key; the
    /// comparison of the bytes is out of line, so that this test saves and restores no registers.)
    @inline(never) func keyIs(_ k: Int, _ key: StaticString) -> Bool {
        guard k >= 0 && k < tokens.count else { return false }
        // (A literal of one scalar has no pointer representation: its length is not read here.)
        if key.hasPointerRepresentation, tokens[k].keyLength != 255, Int(tokens[k].keyLength) != key.utf8CodeUnitCount { return false }
        return keyBytesAre(k, key)
    }

    /// `keyIs` once the lengths agree.
    @inline(never) func keyBytesAre(_ k: Int, _ key: StaticString) -> Bool { Self.utf8Equal(tokens[k].key, key) }

    /// `text.unicodeScalars.first == "و"` (U+0648, the waw of "and" as a proclitic), on the UTF-8 bytes: D9 88 first.
    /// (The scalar view's `first` was an out-of-line call that decoded the scalar: some hundred instructions a test.)
    @inline(__always) static func startsWithWaw(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.count >= 2 && $0[0] == 0xD9 && $0[1] == 0x88 } ?? (text.unicodeScalars.first == "و")
    }

    /// `s.utf8.first` and `s.utf8.last`, read off the contiguous bytes (the view's were out-of-line calls: `last` some
    /// eighty instructions, in the large passes' per-word tests).
    @inline(__always) static func firstByte(_ s: String) -> UInt8? { s.utf8.withContiguousStorageIfAvailable { $0.first } ?? s.utf8.first }
    @inline(__always) static func lastByte(_ s: String) -> UInt8? { s.utf8.withContiguousStorageIfAvailable { $0.last } ?? s.utf8.last }

    @inline(__always) func seedArabicWord(_ k: Int) -> Bool {
        k >= 0 && k < tokenCount && tokens[k].script == .arabic && tokens[k].kind == .word
    }

    /// Token `k` lies inside some mention.
    /// (The passes of this file first mark every mention's tokens `covered`: see `seedMarkMentions`.)
    @inline(__always) func seedInMention(_ k: Int) -> Bool { covered[k] }

    /// Marks the tokens of every mention `covered` (one binary search per mention): the passes of this
    /// file ask "inside a name?" per token, which a scan of the mentions would make quadratic. Later
    /// passes (Chinese) read `covered` only for Han tokens, which these mentions never hold.
    mutating func seedMarkMentions() {
        for n in mentions.indices { seedMarkMention(n) }   // (by index: no mention copied)
    }

    @inline(__always) mutating func seedMarkMention(_ n: Int) {
        let (s, e) = (mentionStart(n), mentionEnd(n))
        // (The search over the tokens' buffer, as in `seedTokenIndex`.)
        var k = tokens.withUnsafeBufferPointer { t -> Int in
            var lo = 0, hi = t.count
            while lo < hi { let mid = (lo + hi) &>> 1; if t[mid].end <= s { lo = mid &+ 1 } else { hi = mid } }
            return lo
        }
        while k < tokens.count, tokens[k].start < e { covered[k] = true; k += 1 }
    }

    /// `seedMarkMentions` between the passes of `refineSeedStyleArabic`: marking only sets bits (nothing
    /// there clears `covered`) and depends only on a mention's offsets, so a mention whose offsets are
    /// those it had at the last marking (`marked`: start and end per mention index) adds nothing again;
    /// only new or changed ones are searched.
    mutating func seedMarkMentions(since marked: inout [Int]) {
        for n in mentions.indices {
            if 2 * n + 1 < marked.count, marked[2 * n] == mentionStart(n), marked[2 * n + 1] == mentionEnd(n) { continue }
            seedMarkMention(n)
        }
        marked.removeAll(keepingCapacity: true)
        for n in mentions.indices { marked.append(mentionStart(n)); marked.append(mentionEnd(n)) }
    }

    /// (Membership of a token's stems in the lists of this file: see `arabicFlags`, which caches it per word.)

    /// A plain word that may be a foreign name: no article, stopword, time word, country or head.
    func seedPlainName(_ k: Int) -> Bool {
        guard seedArabicWord(k), tokens[k].spaceBefore || k == 0, !isCountry[k], !isArabicDefinite(k) else { return false }
        // (The cached word flags answer the stopword and time-word lists: no hashing of the key per call.)
        let flags = arabicFlags(k)
        guard !flags.contains(.stop), !flags.contains(.timeWord), !flags.contains(.head), !flags.contains(.speechVerb) else { return false }
        let key = tokens[k].key
        // (A plain key, nearly all, checked plain once: "لل" is its first four bytes, D9 84 D9 84, and its characters are its
        // scalars, counted by their lead bytes; `PlainText.hasPrefix` and `count` give these answers for it.)
        if let fast = key.utf8.withContiguousStorageIfAvailable({ b -> Bool? in
            guard PlainText.isPlain(b) else { return nil }
            if b.count >= 4, b[0] == 0xD9, b[1] == 0x84, b[2] == 0xD9, b[3] == 0x84 { return false }
            var n = 0
            for c in b where c & 0xC0 != 0x80 { n += 1; if n >= 2 { return true } }
            return false
        }), let fast { return fast }
        return !NameFinder.arabicHasPrefix(key, "لل") && PlainText.count(key) >= 2
    }

    /// The Arabic rules of this file, after every other Arabic pass.
    mutating func refineSeedStyleArabic() {
        guard tokens.indices.contains(where: { tokens[$0].script == .arabic }) else { return }   // (no token copied per element)
        var marked: [Int] = []
        marked.reserveCapacity(2 * mentions.count + 32)
        seedMarkMentions(since: &marked); trimArabicPlaceCompassAndPrefixes()
        seedMarkMentions(since: &marked); knownNameInsideArabicPlace()
        seedMarkMentions(since: &marked); discoverArabicFeaturePlaces()
        seedMarkMentions(since: &marked); discoverArabicInstitutionsByName()
        seedMarkMentions(since: &marked); extendArabicOrganizationsInPlace()
        seedMarkMentions(since: &marked); discoverHanVietNamesInArabic()
        seedMarkMentions(since: &marked); discoverArabicNamesAfterRepublic()
        seedMarkMentions(since: &marked); discoverArabicCoordinatedTowns()
        seedMarkMentions(since: &marked); discoverArabicBinNames()
        seedMarkMentions(since: &marked); discoverArabicOrganizationsOverPlaces()
        seedMarkMentions(since: &marked); discoverArabicForeignNamesAfterInstitutions()
    }

    /// An institution head, one to three indefinite nouns (coordinated with "و"), then a place found
    /// already and its definite adjectives: "غرفة تجارة وصناعة الشارقة", "هيئة مناطق دبي الحرة", "مكتب
    /// ميناء أورومتشي الدولي".
    mutating func discoverArabicOrganizationsOverPlaces() {
        let places = seedPlaceIndex()
        var k = 0
        while k + 2 < tokens.count {
            defer { k += 1 }
            // (The cached head flags before the prefix test, which scans the key.)
            guard seedArabicWord(k), !isArabicDefinite(k), arabicFlags(k).contains(.orgHead) || arabicFlags(k).contains(.extraOrgHead), !NameFinder.arabicHasPrefix(tokens[k].key, "وال"),
                  !seedInMention(k) else { continue }
            var e = k + 1
            var placeEnd: Int?
            while e < tokens.count, e - k <= 3, seedArabicWord(e), tokens[e].spaceBefore {
                if e > k + 1, let pe = seedPlaceEnd(at: e, places) { placeEnd = pe; break }
                guard !isArabicDefinite(e), !isCountry[e], !seedInMention(e), !arabicFlags(e).contains(.stop),
                      !arabicFlags(e).contains(.timeWord), !NameFinder.arabicHasPrefix(tokens[e].key, "لل") else { break }
                e += 1
            }
            var direct = false
            if e == k + 1, seedArabicWord(e), let pe = seedPlaceEnd(at: e, places), seedArabicWord(pe), tokens[pe].spaceBefore, NameFinder.arabicHasPrefix(tokens[pe].key, "لل"),
               !arabicFlags(pe).contains(.stop) {
                placeEnd = pe; e = k + 2; direct = true
            }
            guard e > k + 1, var pe = placeEnd else { continue }
            if direct {
                while seedArabicWord(pe), tokens[pe].spaceBefore, pe - k <= 5, !isCountry[pe], !arabicFlags(pe).contains(.stop),
                      NameFinder.arabicHasPrefix(tokens[pe].key, "لل") || isArabicDefinite(pe) { pe += 1 }
            }
            while seedArabicWord(pe), tokens[pe].spaceBefore, pe - e <= 4, isArabicDefinite(pe), !isCountry[pe], Self.arabicNisba(tokens[pe].text),
                  !arabicFlags(pe).contains(.stop) { pe += 1 }
            k = seedAppend(mention(k, pe, type: .organization, evidence: .cue), head: k, covering: pe)
        }
    }

    /// A foreign name right after the institution of a title's complement ("… في شركة أمكودور القابضة
    /// سيرغي ماتسكيفيتش"): a given name and a Slavic or Turkic surname.
    mutating func discoverArabicForeignNamesAfterInstitutions() {
        var k = 1
        while k + 1 < tokens.count {
            defer { k += 1 }
            // (The covered bits before the plain-name tests, which read the words' flags and bytes, and the surname's
            // length first: `isForeignArabicSurname` asks ten bytes at least, and copies the last letters of the words
            // that end in one of its letters, nearly all, so it stays last.)
            guard !seedInMention(k), !seedInMention(k + 1), tokens[k + 1].spaceBefore, tokens[k + 1].text.utf8.count >= 10, seedPlainName(k), seedPlainName(k + 1),
                  arabicTitledNameLike(k) || NameFinder.arabicHasSuffix(tokens[k].text, "يه") && Self.looksLikeTitledArabicName(String(tokens[k].text.dropLast())),
                  arabicForeignSurname(k + 1),
                  // (A scan of the mentions, asked only here: the person mentions this loop adds never count.)
                  isArabicDefinite(k - 1) || mentions.indices.contains(where: { mentionType($0) != .person && mentionEnd($0) == tokens[k - 1].end }) else { continue }
            mentions.append(mention(k, k + 2, type: .person, evidence: .cue))
            covered[k] = true; covered[k + 1] = true
            k += 1
        }
    }

    /// `withoutHeadClitic`, for this file's heads as well ("ومعرض دبي للطيران" → "معرض دبي للطيران").
    func seedWithoutHeadClitic(_ m: Mention, head i: Int) -> Mention {
        let out = withoutHeadClitic(m, head: i)
        guard out.start == m.start else { return out }
        return strippingHeadClitic(m, head: i, refusingBal: false) {
            Self.seedFeatureHeads.contains($0) || Self.seedExtraOrgHeads.contains($0) || Self.seedInstitutionNameHeads.contains($0)
        } ?? out
    }

    /// How the seed-style passes end a find: the mention without its head's clitic ("ومعرض …" → "معرض …")
    /// appended, tokens `k..<e` marked as inside a name, and the token the pass goes on after (`e - 1`:
    /// its loop steps past it).
    mutating func seedAppend(_ m: Mention, head k: Int, covering e: Int) -> Int {
        mentions.append(seedWithoutHeadClitic(m, head: k))
        for x in k..<e { covered[x] = true }
        return e - 1
    }

    /// Rebuilds mention `n` over tokens `a..<b`, keeping its type, evidence and knowledge.
    mutating func seedReplace(_ n: Int, _ a: Int, _ b: Int) {
        var m = mention(a, b, type: mentionType(n), evidence: mentionEvidence(n), code: mentions[n].code)
        m.known = mentionKnown(n)
        mentions[n] = m
    }

    /// "مقاطعة قانسو شمال" → "مقاطعة قانسو"; "ولاية وادي" + "سوف" → "ولاية وادي سوف"; "مقاطعة
    /// قيزيلوردا نورلان" + "بكتاسوف" → the place "مقاطعة قيزيلوردا" and the person "نورلان بكتاسوف".
    mutating func trimArabicPlaceCompassAndPrefixes() {
        var added: [Mention] = []
        for n in mentions.indices where mentionType(n) == .place && mentionKnown(n) == nil {
            guard let (a, z) = seedSpan(n), z > a,
                  tokens[a].script == .arabic, arabicFlags(a).contains(.placeHead) || arabicFlags(a).contains(.featureHead) else { continue }
            if Self.arabicCompassWords.contains(tokens[z]) {
                if z - 1 > a { seedReplace(n, a, z) } else { mentions[n].type = nil; mentions[n].surface = "" }
                continue
            }
            if Self.arabicPlacePrefixWords.contains(tokens[z]), z == a + 1, seedArabicWord(z + 1), tokens[z + 1].spaceBefore,
               !arabicFlags(z + 1).contains(.stop) || seedArabicWord(z + 2) && Self.arabicZoneAdjectives.contains(tokens[z + 2]),
               !arabicFlags(z + 1).contains(.timeWord), !isCountry[z + 1], PlainText.count(tokens[z + 1].key) >= 3 {
                let clitic = mentionStart(n) != tokens[a].start
                var e = z + 2
                while seedArabicWord(e), tokens[e].spaceBefore, Self.arabicZoneAdjectives.contains(tokens[e]), e - z < 5 { e += 1 }
                seedReplace(n, a, e)
                if clitic { mentions[n] = seedWithoutHeadClitic(mentions[n], head: a) }
                continue
            }
            // A given name swallowed before a Slavic or Turkic surname ("… قيزيلوردا نورلان بكتاسوف").
            if z >= a + 2, seedArabicWord(z + 1), tokens[z + 1].spaceBefore, arabicForeignSurname(z + 1),
               arabicNameLike(z), !seedInMention(z + 1) {
                seedReplace(n, a, z)
                added.append(mention(z, z + 2, type: .person, evidence: .cue))
            }
        }
        // A compass word found alone as a place ("شمال غربي الصين").
        mentions.removeAll { m in
            m.type == nil && m.surface.isEmpty
                || m.type == .place && m.known == nil && m.words.count == 1 && Self.arabicCompassWords.contains(m.words[0])
        }
        mentions += added
    }

    /// A known organization's name inside a longer place name after a place head: "منطقة الجزيرة
    /// الحمراء" is a place (the area), not the channel "الجزيرة".
    mutating func knownNameInsideArabicPlace() {
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) != nil {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)), a == z, a > 0,
                  tokens[a].script == .arabic, seedArabicWord(a - 1), arabicFlags(a - 1).contains(.placeHead),
                  !isArabicDefinite(a - 1), isArabicDefinite(a),
                  seedArabicWord(a + 1), tokens[a + 1].spaceBefore, isArabicDefinite(a + 1), !isCountry[a + 1],
                  !arabicFlags(a + 1).contains(.stop), !arabicFlags(a + 1).contains(.timeWord) else { continue }
            var m = mention(a, a + 2, type: .place, evidence: .cue)
            m.variants = [surface(a - 1, a + 2)]
            mentions[n] = m
        }
    }

    /// Named features and places the head-noun pass leaves: "نهر سيرداريا", "حقل أكشابولاك", "بحر
    /// قزوين", "إمارة رأس الخيمة", "محطة دونغتشوان للشحن", and after a known place head a name with a
    /// country's adjective ("مدينة قزوين الإيرانية") or a zone's adjectives ("منطقة عسلوية
    /// الاقتصادية الخاصة").
    mutating func discoverArabicFeaturePlaces() {
        var k = 0
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard seedArabicWord(k), !isArabicDefinite(k) else { continue }
            let feature = arabicFlags(k).contains(.featureHead)
            let head = feature || arabicFlags(k).contains(.placeHead)
            // (The cached head flags before the prefix test, which scans the key.)
            guard head, !NameFinder.arabicHasPrefix(tokens[k].key, "وال"), seedPlainName(k + 1), !seedInMention(k + 1), !Self.arabicCompassWords.contains(tokens[k + 1]),
                  !Self.arabicCommonAdjectives.contains(tokens[k + 1]),
                  arabicNameLike(k + 1) || Self.looksLikeArabicPlaceName(tokens[k + 1].text)
                    || Self.arabicPlacePrefixWords.contains(tokens[k + 1])
                    || seedArabicWord(k + 2) && Self.arabicZoneAdjectives.contains(tokens[k + 2]) && PlainText.count(tokens[k + 1].key) >= 4
                else { continue }
            let compound = Self.arabicPlacePrefixWords.contains(tokens[k + 1])
            var e = k + 2
            if Self.arabicPlacePrefixWords.contains(tokens[k + 1]), seedArabicWord(e), tokens[e].spaceBefore, !isCountry[e],
               !arabicFlags(e).contains(.stop) || seedArabicWord(e + 1) && Self.arabicZoneAdjectives.contains(tokens[e + 1]),
               PlainText.count(tokens[e].key) >= 3 { e += 1 }
            // What may follow the name: a country's adjective (not part of it), zone adjectives, "للشحن".
            var end = e
            var zone = false
            while seedArabicWord(end), tokens[end].spaceBefore, Self.arabicZoneAdjectives.contains(tokens[end]), end - e < 3 { end += 1; zone = true }
            let countryAfter = seedArabicWord(e) && isCountry[e] && isArabicDefinite(e)
            let closes = !seedArabicWord(e) || !tokens[e].spaceBefore || arabicFlags(e).contains(.stop)
                || arabicFlags(e).contains(.timeWord) || NameFinder.arabicHasPrefix(tokens[e].key, "و") && PlainText.count(tokens[e].key) >= 4
            let station = seedArabicWord(e) && NameFinder.arabicHasPrefix(tokens[e].key, "لل") && tokens[k].stems.contains { Self.seedStationHeads.contains($0) }
            guard feature && (closes || countryAfter || station || zone || compound && e == k + 3) || !feature && (countryAfter || zone) else { continue }
            if station { end = e + 1 }
            if e - k == 2, !feature, !zone, PlainText.count(tokens[k + 1].key) < 4 { continue }
            var m = mention(k, zone || station ? end : e, type: .place, evidence: .cue)
            if let plain = Self.withoutClitics(tokens[k].text), plain != tokens[k].text { m.variants = [plain] }
            if zone { m.variants.append(surface(k + 1, e)) }
            k = seedAppend(m, head: k, covering: max(e, end))
        }
    }

    /// Institutions named by a foreign word after their head ("جامعة بولوتسك الحكومية", "أكاديمية
    /// قانسو للعلوم الاجتماعية", "جامعة قورقيت آتا"), heads the earlier passes miss ("دائرة التنمية
    /// الاقتصادية", "معرض الخليج للآلات الزراعية"), a company's second name word before its field
    /// ("شركة راس لفان للهندسة"), and a company's name in quotes ("لشركة "كازاخ إنفست" الوطنية").
    mutating func discoverArabicInstitutionsByName() {
        // A company cut after one name word: extend over a second one before "لل…".
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)), z == a + 1,
                  tokens[a].script == .arabic, arabicFlags(a).contains(.companyHead), !isArabicDefinite(z),
                  seedPlainName(z + 1), arabicTitledNameLike(z + 1) || PlainText.count(tokens[z + 1].key) == 3,
                  !seedInMention(z + 1), seedArabicWord(z + 2), NameFinder.arabicHasPrefix(tokens[z + 2].key, "لل") else { continue }
            seedReplace(n, a, z + 3)
            mentions[n] = seedWithoutHeadClitic(mentions[n], head: a)
        }
        var k = 0
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard seedArabicWord(k), !seedInMention(k) else { continue }
            // A quoted name after a company head: «شركة "كازاخ إنفست"».
            if arabicFlags(k).contains(.companyHead), !isArabicDefinite(k), tokens[k + 1].kind == .punct,
               ["\"", "«", "“"].contains(tokens[k + 1].text) {
                var e = k + 2
                while e < tokens.count, e - k <= 6, tokens[e].kind == .word, tokens[e].script == .arabic { e += 1 }
                if e > k + 2, e < tokens.count, tokens[e].kind == .punct, ["\"", "»", "”"].contains(tokens[e].text) {
                    var m = mention(k + 2, e, type: .organization, evidence: .cue)
                    m.variants = [surface(k, e + 1)]
                    mentions.append(m)
                    k = e
                }
                continue
            }
            // "شركة فيناسيد الفيتنامية": a company's own name that opens with a clitic letter, before a
            // country's adjective or the end of the phrase.
            if arabicFlags(k).contains(.companyHead), !isArabicDefinite(k), !NameFinder.arabicHasPrefix(tokens[k].key, "وال"), seedPlainName(k + 1), !seedInMention(k + 1),
               PlainText.count(tokens[k + 1].key) >= 6, arabicTitledNameLike(k + 1), !NameFinder.arabicHasSuffix(tokens[k + 1].text, "ي"),
               !Self.arabicVerbalNounLike(tokens[k + 1].key), !Self.arabicVerbalNounLike(String(tokens[k + 1].key.dropFirst())),
               k + 2 >= tokens.count || tokens[k + 2].kind != .word || isCountry[k + 2] || arabicFlags(k + 2).contains(.stop) {
                k = seedAppend(mention(k, k + 2, type: .organization, evidence: .cue), head: k, covering: k + 2)
                continue
            }
            let named = arabicFlags(k).contains(.institutionNameHead) && !isArabicDefinite(k) && !NameFinder.arabicHasPrefix(tokens[k].key, "وال")
            let extra = arabicFlags(k).contains(.extraOrgHead) && !NameFinder.arabicHasPrefix(tokens[k].key, "وال")
            guard named || extra else { continue }
            var e = k + 1
            if named {
                guard seedPlainName(e), !seedInMention(e), arabicNameLike(e) || Self.looksLikeArabicPlaceName(tokens[e].text),
                      !Self.arabicVerbalNounLike(tokens[e].key) else { continue }
                e += 1
                // A second foreign word ("قورقيت آتا") when the name then ends.
                if seedPlainName(e), !seedInMention(e), arabicNameLike(e), !Self.arabicVerbalNounLike(tokens[e].key),
                   !seedArabicWord(e + 1) || !tokens[e + 1].spaceBefore || arabicFlags(e + 1).contains(.stop) {
                    e += 1
                }
            }
            // Definite words and "لل" fields (up to four).
            while seedArabicWord(e), tokens[e].spaceBefore, e - k <= 7, !arabicFlags(e).contains(.stop), !arabicFlags(e).contains(.timeWord) {
                if isCountry[e], e > k + 1 { break }
                if isArabicDefinite(e) || NameFinder.arabicHasPrefix(tokens[e].key, "لل") && e > k + 1 { e += 1; continue }
                // "لأغذية الأنعام", "وتربية الدواجن": an indefinite noun with "ل" or "و", then its definite complement.
                if e > k + 1, isArabicDefinite(e - 1), let first = tokens[e].text.unicodeScalars.first, first == "ل" || first == "و",
                   !NameFinder.arabicHasPrefix(tokens[e].key, "لل"), !NameFinder.arabicHasPrefix(tokens[e].key, "وال"), PlainText.count(tokens[e].key) >= 4,
                   seedArabicWord(e + 1), tokens[e + 1].spaceBefore, isArabicDefinite(e + 1), !isCountry[e + 1],
                   !arabicFlags(e + 1).contains(.stop), !arabicFlags(e + 1).contains(.timeWord) {
                    e += 2; continue
                }
                break
            }
            guard e > k + 1, extra || e > k + 1 else { continue }
            if extra, e == k + 1 { continue }
            if extra, (k + 1..<e).contains(where: { seedInMention($0) }) { continue }
            k = seedAppend(mention(k, e, type: .organization, evidence: .cue), head: k, covering: e)
        }
    }

    /// An institution named "in" its place: "الجامعة الأمريكية في رأس الخيمة", "دائرة التنمية
    /// الاقتصادية في إمارة رأس الخيمة" (the organization runs over في and a place with its head);
    /// "والجامعة …" loses its conjunction.
    mutating func extendArabicOrganizationsInPlace() {
        let places = seedPlaceIndex()
        for n in mentions.indices where mentionType(n) == .organization && mentionKnown(n) == nil {
            guard let a = seedTokenIndex(start: mentionStart(n)) ?? seedTokenIndex(start: mentionStart(n) - 1),
                  let z = seedTokenIndex(end: mentionEnd(n)), tokens[a].script == .arabic,
                  arabicFlags(a).contains(.inPlaceOrgHead) else { continue }
            if NameFinder.arabicHasPrefix(tokens[a].key, "وال"), let first = tokens[a].text.unicodeScalars.first, first == "و" {
                var m = mentions[n]
                m.variants.append(m.surface)
                m.surface = String(m.surface.unicodeScalars.dropFirst().map(Character.init))
                m.start += 1
                if !m.words.isEmpty { m.words[0] = String(m.words[0].dropFirst()) }
                mentions[n] = m
            }
            // في + (head) + a place mention.
            guard z + 2 < tokens.count, tokens[z + 1].keyEquals("في"), seedArabicWord(z + 2) else { continue }
            var p = z + 2
            if Self.arabicCompassWords.contains(tokens[p]), p + 1 < tokens.count { p += 1 }
            if arabicFlags(p).contains(.featureHead) || arabicFlags(p).contains(.placeHead), !isArabicDefinite(p) { p += 1 }
            guard p < tokens.count, let placeEnd = seedPlaceEnd(at: p, places) ?? seedPlaceEnd(at: z + 2, places) else { continue }
            let pe = placeEnd - 1
            let old = mentions[n]
            var m = mention(a, pe + 1, type: .organization, evidence: old.evidence)
            if old.start != tokens[a].start {
                m.surface = String(m.surface.unicodeScalars.dropFirst().map(Character.init)); m.start = old.start
                if !m.words.isEmpty { m.words[0] = String(m.words[0].dropFirst()) }
            }
            m.variants = old.variants + [old.surface]
            mentions[n] = m
        }
    }

    /// Chinese and Vietnamese names spelled in Arabic: two to four syllables of such names, the first
    /// a family name ("وانغ جيان مين", "نغوين شوان فوك"), not after a place head ("مقاطعة هاو جيانغ").
    mutating func discoverHanVietNamesInArabic() {
        var k = 0
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let hanVietArabicFamilyNames = Self.hanVietArabicFamilyNames, hanVietArabicSyllables = Self.hanVietArabicSyllables,
            hanArabicGivenSyllables = Self.hanArabicGivenSyllables, hanVietCommonArabicWords = Self.hanVietCommonArabicWords
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard seedArabicWord(k), hanVietArabicFamilyNames.contains(tokens[k]), !seedInMention(k), !isCountry[k] else { continue }
            if k > 0, seedArabicWord(k - 1), arabicFlags(k - 1).contains(.placeHead) || arabicFlags(k - 1).contains(.featureHead)
                || hanVietArabicSyllables.contains(tokens[k - 1]) && !seedInMention(k - 1) { continue }
            var e = k + 1
            while e < tokens.count, e - k < 4, seedArabicWord(e), tokens[e].spaceBefore, !seedInMention(e),
                  hanVietArabicSyllables.contains(tokens[e])
                    || hanArabicGivenSyllables.contains(tokens[e]) { e += 1 }
            let n = e - k
            guard n >= 2 else { continue }
            let common = (k..<e).filter { hanVietCommonArabicWords.contains(tokens[$0]) }.count
            guard n >= 3 ? common <= 1 : common == 0 else { continue }
            mentions.append(mention(k, e, type: .person, evidence: .cue))
            for x in k..<e { covered[x] = true }
            k = e - 1
        }
    }

    /// A name after a title whose complement ends "in the Republic of X": "وزير الصناعة في جمهورية
    /// بيلاروسيا بافيل دروزدوفسكي" (two name words that end their phrase).
    mutating func discoverArabicNamesAfterRepublic() {
        var k = 0
        while k + 4 < tokens.count {
            defer { k += 1 }
            guard tokens[k].keyEquals("في"), seedArabicWord(k + 1), Self.seedStateHeads.contains(tokens[k + 1].key) else { continue }
            var c = k + 2
            while c < tokens.count, isCountry[c] || seedInMention(c) && seedArabicWord(c) { c += 1 }
            guard c > k + 2, c + 1 < tokens.count else { continue }
            // A title head among the few words before "في".
            guard (max(0, k - 5)..<k).contains(where: { seedArabicWord($0) && arabicFlags($0).contains(.titledNameHead) }) else { continue }
            guard seedPlainName(c), seedPlainName(c + 1), !seedInMention(c), !seedInMention(c + 1),
                  arabicTitledNameLike(c), arabicTitledNameLike(c + 1) else { continue }
            let n = c + 2
            let closes = n >= tokens.count || tokens[n].kind != .word || arabicFlags(n).contains(.stop) || arabicFlags(n).contains(.timeWord)
                || NameFinder.arabicHasPrefix(tokens[n].key, "و") && tokens[n].spaceBefore || arabicForeignSurname(c + 1)
            guard closes else { continue }
            mentions.append(mention(c, c + 2, type: .person, evidence: .cue))
            covered[c] = true; covered[c + 1] = true
        }
    }

    /// "في جمهورية …": state heads before a country's name (a static set, not an array of strings per token).
    static let seedStateHeads: WordSet = ["جمهوريه", "مملكه", "دوله", "سلطنه", "اماره"]

    /// Towns coordinated after في/إلى: "في تبريز وأراك" (the second one loses its "و").
    mutating func discoverArabicCoordinatedTowns() {
        var k = 1
        // (Read once: each `Self.` read of a static in the loops was a `swift_once` call.)
        let arabicTownPrepositions = Self.arabicTownPrepositions, arabicNounsAfterFi = Self.arabicNounsAfterFi,
            arabicMonths = Self.arabicMonths
        while k + 2 < tokens.count {
            defer { k += 1 }
            guard seedArabicWord(k), arabicTownPrepositions.contains(tokens[k - 1]), !seedInMention(k), !isCountry[k],
                  !isArabicDefinite(k), PlainText.count(tokens[k].key) >= 3, !NameFinder.arabicHasSuffix(tokens[k].text, "ة"),
                  arabicNameLike(k), !arabicFlags(k).contains(.stop), !arabicFlags(k).contains(.timeWord),
                  !arabicNounsAfterFi.contains(tokens[k]), !arabicMonths.contains(tokens[k]), !isMonth(k),
                  !arabicFlags(k).contains(.head) else { continue }
            let w = k + 1
            guard seedArabicWord(w), NameFinder.startsWithWaw(tokens[w].text), !isArabicDefinite(w), !NameFinder.arabicHasPrefix(tokens[w].key, "وال"),
                  !Self.s51aWawRootWords.contains(tokens[w]) else { continue }   // (S51a: "في أصل واحد" is no "X وY")
            let rest = String(tokens[w].text.dropFirst())
            guard rest.count >= 3, !NameFinder.arabicHasSuffix(rest, "ة"), Self.looksLikeArabicName(rest) || rest.first == "أ" || rest.first == "إ",
                  !Self.arabicVerbalNounLike(TextFolding.key(rest)), !Self.arabicVerbalNounLike(tokens[k].key) else { continue }
            let n = w + 1
            let ends = n >= tokens.count || tokens[n].kind == .punct || tokens[n].newlineBefore
                || tokens[n].kind == .word && (arabicFlags(n).contains(.timeWord) || ["من", "الي", "علي", "مع", "يوم", "خلال", "حيث", "منذ"].contains(tokens[n].key))
            guard ends else { continue }
            var m1 = mention(k, k + 1, type: .place, evidence: .cue)
            m1.placeContext = true
            let t = token(w)
            var m2 = Mention(surface: rest, start: t.start + 1, end: t.end, type: .place, evidence: .cue, words: [String(t.key.dropFirst())])
            m2.placeContext = true
            mentions += [m1, m2]
            covered[k] = true; covered[w] = true
            k = w
        }
    }

    /// "ناصر بن علي الكواري", "عبد الحميد بوزيدي": a name with "بن" whose father's name is a word that is
    /// also a preposition (علي), and a compound given name ("عبد X") cut before a family name without
    /// the article.
    mutating func discoverArabicBinNames() {
        var k = 0
        while k + 3 < tokens.count {
            defer { k += 1 }
            guard seedArabicWord(k), tokens[k + 1].keyEquals("بن"), seedArabicWord(k + 2), seedArabicWord(k + 3), !seedInMention(k), !seedInMention(k + 3),
                  !isArabicDefinite(k), !arabicFlags(k).contains(.stop), arabicTitledNameLike(k),
                  !arabicFlags(k).contains(.head), isArabicDefinite(k + 3), !isCountry[k + 3] || true,
                  !arabicFlags(k + 3).contains(.stop), !tokens[k + 3].stems.contains(where: { Self.arabicOrgHeads.contains($0) || Self.arabicTitleHeads.contains($0) }),
                  !isArabicDefinite(k + 2) else { continue }
            mentions.append(mention(k, k + 4, type: .person, evidence: .cue))
            if isCountry[k + 3] { uncountry(k + 3) }
            for x in k..<(k + 4) { covered[x] = true }
            k += 3
        }
        // "عبد الحميد" + a plain family name that ends the phrase.
        for n in mentions.indices where mentionType(n) == .person && mentionKnown(n) == nil && mentionWordCount(n) == 2 {
            guard let a = seedTokenIndex(start: mentionStart(n)), let z = seedTokenIndex(end: mentionEnd(n)), z == a + 1,
                  tokens[a].keyEquals("عبد"), isArabicDefinite(z), seedPlainName(z + 1), !seedInMention(z + 1),
                  arabicTitledNameLike(z + 1) else { continue }
            let x = z + 2
            let closes = x >= tokens.count || tokens[x].kind != .word || arabicFlags(x).contains(.stop) || arabicFlags(x).contains(.timeWord)
                || NameFinder.arabicHasPrefix(tokens[x].key, "وال") || tokens[x].keyEquals("الذي")
            guard closes else { continue }
            seedReplace(n, a, z + 2)
        }
    }
}

/// Latin-script rules for seed-style wire copy: a person's name glued to the last word of the title
/// chain before it (a company after its legal form, a region, a portfolio's last word), legal forms
/// alone, a portfolio word alone, hyphenated names before a place noun, unknown towns coordinated
/// with a place, French institutions running past a verb, and a Chinese family name alone.
extension NameFinder {
    /// Legal forms written before a company's name ("OJSC Bobruiskagromash", "JSC Kazakhtelecom").
    static let seedLegalForms: WordSet = ["ojsc", "jsc", "cjsc", "pjsc", "llc", "llp", "oao", "zao", "pao", "ooo", "too", "ao"]
    /// Nouns that close a region's name before a person's ("Namangan Region Ulugbek Sharipov").
    static let seedRegionNouns: WordSet = ["region", "oblast", "province", "district", "governorate", "prefecture", "county", "municipality"]
    /// Lowercase nouns after a hyphenated name that make it a place ("Taskala-Ozinki checkpoint").
    static let seedPlaceNounsAfterName: WordSet = ["checkpoint", "crossing", "border", "free", "economic", "industrial", "airport", "port", "station", "terminal", "dam", "reservoir", "pass", "corridor"]
    static let seedPluralPlaceNouns: WordSet = ["provinces", "regions", "cities", "towns", "districts", "states", "villes", "régions", "regions", "provincias", "villages", "oblasts"]
    static let seedCompassWords: WordSet = ["west", "east", "north", "south", "western", "eastern", "northern", "southern"]
    /// `seedCompassWords` and `seedRegionNouns` (ASCII words) as `KeySet`s: the gate of `refineSeedStyleLatin`'s compass-region rule.
    static let seedCompassKeys = KeySet(seedCompassWords.set), seedRegionNounKeys = KeySet(seedRegionNouns.set)
    /// `seedLegalForms` (ASCII words) as a `KeySet`: the gate of `refineSeedStyleLatin`'s legal-form rules.
    static let seedLegalFormKeys = KeySet(seedLegalForms.set)
    /// Word lists of `seedRetypeLatinSingle`, built once (not as array literals per call).
    static let seedZoneWords: WordSet = ["economic", "zone", "park", "industrial"]
    static let seedDeWords: WordSet = ["d", "de"]
    static let seedAndWords: WordSet = ["and", "et", "y", "e", "und"]
    static let seedOfWords: WordSet = ["of", "de", "des"]
    static let seedPortfolioLinks: WordSet = ["of", "de", "des", "du", "and", "et", "for", "la", "l"]
    static let seedMinisterWords: WordSet = ["minister", "ministre"]
    static let seedFrenchNameLinks: WordSet = ["de", "d", "des", "du", "la", "le", "et"]
    static let seedOfLinks: WordSet = ["of", "de", "du", "des"]

    @inline(__always) func seedLatinWord(_ k: Int) -> Bool { k >= 0 && k < tokenCount && tokens[k].kind == .word && tokens[k].script == .latin }

    mutating func refineSeedStyleLatin() {
        guard tokens.indices.contains(where: { tokens[$0].script == .latin && tokens[$0].kind == .word }) else { return }   // (no token copied per element)
        seedMarkMentions()
        // (Lists, not a Set and a Dictionary: they are read only for a word coordinated with a place, in few articles, and
        // hashing every mention's end into them cost more than the rare linear searches. `unknownByEnd` is searched from its
        // end: the dictionary kept the last mention assigned to an end.)
        var placeEnds: [Int] = []
        var unknownByEnd: [(end: Int, n: Int)] = []
        placeEnds.reserveCapacity(mentions.count)   // (one buffer each: their appends regrew them)
        unknownByEnd.reserveCapacity(mentions.count)
        for n in mentions.indices {
            if mentionType(n) == .place { placeEnds.append(mentionEnd(n)) }
            if mentionKnown(n) == nil && (mentionType(n) == nil || mentionType(n) == .organization) { unknownByEnd.append((mentionEnd(n), n)) }
        }
        var removed = Set<Int>()
        var added: [Mention] = []
        // (The legal-form and region-noun rules below act only at a word of their lists: an article without one skips their
        // tests and scans; the other rules run always.)
        let legalForms = articleHas(Self.seedLegalFormKeys), regions = articleHas(Self.seedRegionNounKeys)
        for n in mentions.indices where mentionKnown(n) == nil {
            guard let a = seedTokenIndex(start: mentionStart(n)), seedLatinWord(a), let z = seedTokenIndex(end: mentionEnd(n), from: a) else { continue }
            var words = 0
            for x in a...z where tokens[x].kind == .word { words += 1 }
            // A legal form alone is no organization ("OJSC" of "OJSC Bobruiskagromash").
            if legalForms, mentionType(n) == .organization, a == z, Self.seedLegalForms.contains(tokens[a].key) { removed.insert(n); continue }
            // "Namangan Region Ulugbek Sharipov" typed a place: the region, then the person.
            if regions, mentionType(n) == .place, words >= 4, let r = (a..<z).first(where: { Self.seedRegionNouns.contains(tokens[$0].key) }), z - r == 2,
               (r + 1...z).allSatisfy({ isCap($0) }), a > 0, seedLatinWord(a - 1), !isCap(a - 1) {
                added.append(mention(r + 1, z + 1, type: .person, evidence: .cue))
                seedReplace(n, a, r + 1)
                continue
            }
            guard mentionType(n) == .person, words >= 3 else {
                seedRetypeLatinSingle(n, a, z, &removed, &placeEnds, unknownByEnd)
                continue
            }
            // "OJSC Bobruiskagromash Stanislav Yarmolovich": the company's one-word name, then the person.
            if legalForms, a > 0, seedLatinWord(a - 1), Self.seedLegalForms.contains(tokens[a - 1].key) {
                var org = mention(a, a + 1, type: .organization, evidence: .cue)
                org.variants = [surface(a - 1, a + 1)]
                added.append(org)
                seedReplace(n, a + 1, z + 1)
                continue
            }
            // "Namangan Region Ulugbek Sharipov": a region's name, then the person.
            if regions, let r = (a..<z).first(where: { Self.seedRegionNouns.contains(tokens[$0].key) }), z - r >= 2,
               (r + 1...z).allSatisfy({ isCap($0) }) {
                if r > a { added.append(mention(a, r + 1, type: .place, evidence: .cue)) }
                seedReplace(n, r + 1, z + 1)
                continue
            }
            // "Minister of Trade and Integration Aidana Kuanyshbekova": a portfolio's last word.
            if a >= 3, seedLatinWord(a - 1), tokens[a - 1].key == "and" || tokens[a - 1].key == "&", isCap(a - 2),
               (max(0, a - 6)..<(a - 2)).contains(where: { PlainText.hasPrefix(tokens[$0].key, "minist") || tokens[$0].key == "secretary" }),
               (a + 1...z).allSatisfy({ isCap($0) }) {
                seedReplace(n, a + 1, z + 1)
                continue
            }
        }
        // "Akim of West Kazakhstan region Nurbolat Issenov": a title "of" a compass region, and the person after it.
        // (Only with a compass word and a region noun in the article.)
        let compassRegions = articleHas(Self.seedCompassKeys) && articleHas(Self.seedRegionNounKeys)
        for n in (compassRegions ? mentions.indices : 0..<0) where mentionKnown(n) == nil && mentionType(n) == .person && !removed.contains(n) {
            guard let a = seedTokenIndex(start: mentionStart(n)), seedLatinWord(a), let z = seedTokenIndex(end: mentionEnd(n), from: a), z == a + 2,
                  tokens[a + 1].key == "of", Self.seedCompassWords.contains(tokens[z].key) else { continue }
            var r = z + 1
            while r < tokens.count, r - z <= 3, isCap(r) { r += 1 }
            guard r > z + 1, r < tokens.count, Self.seedRegionNouns.contains(tokens[r].key) else { continue }
            removed.insert(n)
            added.append(mention(z, r + 1, type: .place, evidence: .cue))
            if let p = mentions.indices.first(where: { mentionStart($0) == tokens[r + 1 < tokens.count ? r + 1 : r].start && mentionType($0) == .place && mentionKnown($0) == nil }),
               let pz = seedTokenIndex(end: mentionEnd(p)), pz - (r + 1) == 1 {
                mentions[p].type = .person
            }
        }
        seedLatinBoundaries(&removed)
        // "M. Liu" after "Liu Haitao": a Chinese family name alone is that person.
        // (The owners' tables are built only when some unknown one-word person may take a name: most articles have none.)
        let lone = mentions.indices.filter { mentionType($0) == .person && mentionWordCount($0) == 1 && mentionKnown($0) == nil && PlainText.count(mentionWords($0)[0]) <= 5 }
        if !lone.isEmpty {
            var firstOwners: [String: [[String]]] = [:], lastWords = Set<String>()
            for n in mentions.indices where mentionType(n) == .person && mentionWordCount(n) >= 2 {   // (no mention copied)
                let words = mentionWords(n)
                if !(firstOwners[words[0]]?.contains(words) ?? false) { firstOwners[words[0], default: []].append(words) }
                lastWords.insert(words[words.count - 1])
            }
            for n in lone {
                let w = mentionWords(n)[0]
                guard let owners = firstOwners[w], owners.count == 1, !lastWords.contains(w) else { continue }
                mentions[n].words = owners[0]
            }
        }
        // (Rebuilt only when a mention goes: most articles lose none.)
        if !removed.isEmpty { replaceMentions(removing: removed) }
        mentions += added
    }

    /// One unknown organization or person of one or two tokens that is a place, or no name at all.
    mutating func seedRetypeLatinSingle(_ n: Int, _ a: Int, _ z: Int, _ removed: inout Set<Int>, _ placeEnds: inout [Int], _ unknownByEnd: [(end: Int, n: Int)]) {
        let type = mentionType(n)
        // "Taskala-Ozinki checkpoint", "the Chust-Invest free economic zone": a hyphenated name before a place noun.
        // (The place noun is asked before the surface is built: most names have none after them.)
        if type != .place && type != .country, a == z || z == a + 2 && tokens[a + 1].key == "-",
           seedLatinWord(z + 1), !isCap(z + 1), Self.seedPlaceNounsAfterName.contains(tokens[z + 1].key), surface(a, z + 1).contains("-") {
            var e = z + 2
            if tokens[z + 1].key == "free" || tokens[z + 1].key == "economic" || tokens[z + 1].key == "industrial" {
                while e < tokens.count, e - z <= 3, seedLatinWord(e), Self.seedZoneWords.contains(tokens[e].key) { e += 1 }
                var m = mention(a, e, type: .place, evidence: .cue)
                m.variants = [surface(a, z + 1)]
                mentions[n] = m
            } else {
                mentions[n].type = .place
                mentions[n].evidence = .cue
            }
            return
        }
        guard type == .organization || type == nil, a == z, isCap(a), !tokens[a].allCaps else { return }
        // "Camaguey and Holguin", "Taldykorgan et d'Ouchtobe": a word coordinated with a place is a place.
        var p = a - 1
        if p >= 0, tokens[p].kind == .elision || tokens[p].keyEquals("'") || keyIs(p, "’") { p -= 1 }
        if p >= 0, Self.seedDeWords.contains(tokens[p].key) { p -= 1 }
        if p >= 1, Self.seedAndWords.contains(tokens[p].key) {
            let before = tokens[p - 1]
            // "the provinces of Camaguey and Holguin": two words after a plural place noun.
            let listed = p >= 3 && isCap(p - 1) && Self.seedOfWords.contains(tokens[p - 2].key)
                && Self.seedPluralPlaceNouns.contains(tokens[p - 3].key)
            if listed, let first = unknownByEnd.last(where: { $0.end == before.end })?.n, mentionType(first) == nil || mentionType(first) == .organization {
                mentions[first].type = .place
                mentions[first].evidence = .cue
                if !placeEnds.contains(before.end) { placeEnds.append(before.end) }
            }
            if listed || placeEnds.contains(before.end) {
                mentions[n].type = .place
                mentions[n].evidence = .cue
                return
            }
        }
        // "Minister of Trade and …", "ministre de l'Agriculture et de l'Alimentation": a portfolio's word
        // between a ministry title and the next word of the chain.
        // (The word before is asked first: the scan back for a ministry title is the dearer test.)
        let lo = max(0, a - 8)
        if a > 0, Self.seedPortfolioLinks.contains(tokens[a - 1].key) || tokens[a - 1].kind == .elision
            || tokens[a - 1].keyEquals("'") || keyIs(a - 1, "’"),
           (lo..<a).contains(where: { PlainText.hasPrefix(tokens[$0].key, "minist") && !isCap($0) || Self.seedMinisterWords.contains(tokens[$0].key) }) {
            removed.insert(n)
        }
    }
}

extension NameFinder {
    /// Company nouns before a company's own name ("la société par actions Sữa Ba Vì", "the company X").
    static let seedCompanyNouns: WordSet = ["societe", "société", "compagnie", "entreprise", "company", "firm", "actions", "corporation"]
    /// French verbs an institution's name never runs over ("… de Chine apportera l'essentiel").
    static let frenchVerbsAfterNames: WordSet = ["a", "est", "sont", "va", "doit", "peut", "fera", "sera", "aura", "ont", "avait", "etait", "était"]
    /// Letters only Vietnamese writes (with their tone marks): a capitalized word with one is a Vietnamese name's syllable.
    static let vietnameseOnlyLetters = Set("đươăặắằẳẵậấầẩẫệếềểễộốồổỗớờởỡợứừửữựạảẹẻẽịỉọỏụủỵỷỹ")
    /// `text.lowercased()` has one of `vietnameseOnlyLetters`; an ASCII word (none of them is ASCII)
    /// answers from its bytes, without lowercasing and hashing its characters.
    /// (A plain text, nearly every one, answers from its scalars: its characters are its scalars, `lowercased()` maps each
    /// scalar alone, and a scalar whose lowercase is one of the letters is marked in `vietnameseOnlyScalars`. Any other
    /// text lowercases and hashes its characters, as before.)
    static func seedHasVietnameseOnlyLetter(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        let plain = text.utf8.withContiguousStorageIfAvailable { PlainText.isPlain($0) } ?? false
        if plain {
            let table = vietnameseOnlyScalars
            for u in text.unicodeScalars where Int(u.value) < table.count && table[Int(u.value)] { return true }
            return false
        }
        return seedHasVietnameseOnlyLetterReference(text)
    }

    /// The definition `seedHasVietnameseOnlyLetter` answers by (EntitySpeedGateTests compares the two).
    static func seedHasVietnameseOnlyLetterReference(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return text.lowercased().contains(where: { vietnameseOnlyLetters.contains($0) })
    }

    /// By scalar value below U+1F00: the scalar's `lowercased()` is one character of `vietnameseOnlyLetters` (every letter
    /// of the set and its capital lie in U+00C0–024F or U+1E00–1EFF; only those are lowercased, once).
    static let vietnameseOnlyScalars: [Bool] = (0..<0x1F00).map { v -> Bool in
        guard (0xC0...0x24F).contains(v) || (0x1E00...0x1EFF).contains(v), let u = Unicode.Scalar(UInt32(v)) else { return false }
        let l = String(u).lowercased()
        return l.count == 1 && vietnameseOnlyLetters.contains(l.first!)
    }

    /// Boundaries of Latin names in seed-style copy: an institution running past a French verb, an
    /// institution cut before "and" + a second country, a company's Vietnamese name read as a person,
    /// and a Vietnamese family name left before the given names.
    mutating func seedLatinBoundaries(_ removed: inout Set<Int>) {
        for n in mentions.indices where mentionKnown(n) == nil && !removed.contains(n) {
            guard let a = seedTokenIndex(start: mentionStart(n)), seedLatinWord(a), let z = seedTokenIndex(end: mentionEnd(n), from: a) else { continue }
            if mentionType(n) == .organization {
                // "Banque d'import-export de Chine apportera l'essentiel du financement".
                if language == "fr", let v = (a + 1...max(a + 1, z)).first(where: { $0 <= z && tokens[$0].kind == .word && !isCap($0)
                    && (Self.frenchVerbsAfterNames.contains(tokens[$0].key) || tokens[$0].key.count >= 6 && (PlainText.hasSuffix(tokens[$0].key, "era") || PlainText.hasSuffix(tokens[$0].key, "eront"))) }) {
                    var e = v
                    while e > a + 1, tokens[e - 1].kind != .word || Self.seedFrenchNameLinks.contains(tokens[e - 1].key) { e -= 1 }
                    if e > a { seedReplace(n, a, e) }
                    continue
                }
                // "Association des entreprises de Mộc" + "Châu": a Vietnamese place's second syllable.
                if language != "vi", z + 1 < tokens.count, seedLatinWord(z + 1), isCap(z + 1), tokens[z + 1].spaceBefore, isCap(z),
                   Self.seedHasVietnameseOnlyLetter(tokens[z].text),
                   Self.seedHasVietnameseOnlyLetter(tokens[z + 1].text)
                    || PlainText.count(tokens[z + 1].text) <= 4 && tokens[z + 1].text.lowercased().contains(where: { "âêôàáèéìíòóùúýã".contains($0) }) {
                    var e = z + 2
                    while e < tokens.count, e - z <= 2, seedLatinWord(e), isCap(e), Self.seedHasVietnameseOnlyLetter(tokens[e].text) { e += 1 }
                    if let o = mentions.indices.first(where: { mentionStart($0) == tokens[z + 1].start && mentionKnown($0) == nil && mentionType($0) != .organization }) { removed.insert(o) }
                    seedReplace(n, a, e)
                    continue
                }
                // "Forum of Interregional Cooperation of Kazakhstan" + "and Russia".
                if z + 2 < tokens.count, isCountry[z], tokens[z + 1].key == "and" || tokens[z + 1].key == "et", isCountry[z + 2],
                   a + 2 < z, Self.seedOfLinks.contains(tokens[z - 1].key) {
                    var e = z + 3
                    while e < tokens.count, isCountry[e], tokens[e].kind == .word, isCap(e) { e += 1 }
                    seedReplace(n, a, e)
                    mentions[n].variants.append(surface(a, z + 1))
                }
                continue
            }
            guard mentionType(n) == .person || mentionType(n) == nil else { continue }
            // "la société par actions Sữa Ba Vì", "la Société par actions de semences Hoàng Long".
            var b = a - 1
            while b >= 0, b >= a - 5, seedLatinWord(b), !isCap(b), !Self.seedCompanyNouns.contains(tokens[b].key) { b -= 1 }
            if b >= 0, b < a, seedLatinWord(b), Self.seedCompanyNouns.contains(tokens[b].key) || Self.seedCompanyNouns.contains(tokens[b].exactForm) {
                var from = a
                // A capitalized company noun opens the name ("Société par actions de semences …").
                var c = b
                while c >= 0, c >= b - 3, seedLatinWord(c), !isCap(c) || Self.seedCompanyNouns.contains(tokens[c].exactForm) {
                    if isCap(c) { break }
                    c -= 1
                }
                if c >= 0, seedLatinWord(c), isCap(c), Self.seedCompanyNouns.contains(tokens[c].exactForm) { from = c }
                else if b == a - 1 || tokens[b].key == "actions" { from = a } else { continue }
                var m = mention(from, z + 1, type: .organization, evidence: .cue)
                m.variants = [surface(a, z + 1)]
                mentions[n] = m
                continue
            }
            // "Đặng" + "Hoàng Phương": a Vietnamese family name before the given names.
            if language != "vi", a > 0, seedLatinWord(a - 1), isCap(a - 1), tokens[a].spaceBefore, !seedInMention(a - 1),
               Self.seedHasVietnameseOnlyLetter(tokens[a - 1].text),
               Self.seedHasVietnameseOnlyLetter(tokens[a].text) || Self.seedHasVietnameseOnlyLetter(tokens[z].text) {
                seedReplace(n, a - 1, z + 1)
            }
        }
    }
}
