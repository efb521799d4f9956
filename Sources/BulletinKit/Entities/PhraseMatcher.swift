import Foundation

/// An immutable dictionary of multi-token phrases (country names, knowledge-base
/// aliases, titles), matched longest-first at a token position.
///
/// Phrases are tokenized with the same `Tokenizer` as articles, so folding is
/// identical on both sides. Keyed by the folded first token; Cyrillic stems
/// (`белорус~`) are keyed separately and tried by prefix; Han phrases are
/// matched inside a Han run by their first character.
struct PhraseMatcher: Sendable {
    /// One phrase, immutable once built. A class: look-ups walk lists of phrases, and copying
    /// a struct of five arrays retained and released each of them every time.
    final class Phrase: Sendable {
        /// Folded keys of the phrase's tokens (punctuation included).
        let keys: [String]
        /// `Token.hash` of each key: a differing hash rejects a token without comparing bytes.
        let hashes: [UInt64]
        /// Per token: a stem that the text token may extend by a few letters.
        let stems: [Bool]
        /// Per token: the text must be capitalized there (the data file wrote it so).
        let capital: [Bool]
        let payload: Int32
        /// Lowercased NFC token texts, for names whose diacritics are distinctive (Vietnamese:
        /// "Bỉ" is Belgium, "Bí" is not): the text must match them, not only the folded keys.
        let exact: [String]?
        /// `keys[0].count` (characters), for the Vietnamese short-name rule. (`PlainText.count`: plain text's scalars
        /// counted on its bytes; `String.count` walked the grapheme breaks of every first key, 18M instructions of the set-up.)
        let firstLength: Int
        /// The hash of the second key when it must match exactly (no stem), else nil: most
        /// phrases sharing a first word ("the …", "Republic of …") are rejected by it at once.
        let secondHash: UInt64?

        init(keys: [String], hashes: [UInt64], stems: [Bool], capital: [Bool], payload: Int32, exact: [String]?) {
            self.keys = keys
            self.hashes = hashes
            self.stems = stems
            self.capital = capital
            self.payload = payload
            self.exact = exact
            firstLength = keys.first.map { PlainText.count($0) } ?? 0
            secondHash = keys.count >= 2 && !stems[1] ? hashes[1] : nil
        }
    }

    struct Match: Sendable {
        var length: Int
        var payloads: Payloads
    }

    /// The payloads of a match, in order: the first held inline (a match nearly always has one,
    /// and an array per match was an allocation and a free at every known name of an article).
    struct Payloads: RandomAccessCollection, Equatable, Sendable {
        private var head: Int32
        private var rest: [Int32] = []
        init(_ first: Int32) { head = first }
        var startIndex: Int { 0 }
        var endIndex: Int { rest.count + 1 }
        subscript(k: Int) -> Int32 { k == 0 ? head : rest[k - 1] }
        mutating func append(_ p: Int32) { rest.append(p) }
    }

    /// Phrases by the hash of their first key (`Token.hash`): a token's hash is computed once
    /// when it is tokenized, so most look-ups are one probe of an open-addressing table.
    ///
    /// Everything sits in one class instance: the lexicon's matchers are read through a class,
    /// and each read copied the struct, retaining and releasing every table it held.
    private final class Storage: @unchecked Sendable {
        // Written only while the matcher is built, through a uniquely referenced instance (see
        // `add`); read-only afterwards. No dynamic exclusivity checks on the hot reads.
        @exclusivity(unchecked) var byFirst = HashIndex()
        @exclusivity(unchecked) var stemFirst = HashIndex()
        /// Han phrases in insertion order; their scalars are in `hanPool`. `hanIndex` finds the first
        /// one-character phrase of a scalar, `hanPairs` the first longer phrase of its first two scalars
        /// (`pairKey`); the others follow through `HanPhrase.next`, each list in insertion order. (One list
        /// per first scalar was walked candidate by candidate at each character, most of them turned down by
        /// their second scalar: a common first character starts many phrases.)
        @exclusivity(unchecked) var han: [HanPhrase] = []
        @exclusivity(unchecked) var hanPool: [Unicode.Scalar] = []
        @exclusivity(unchecked) var hanIndex = HanIndex()
        @exclusivity(unchecked) var hanPairs = HanIndex()
        /// Bit set over the Basic Multilingual Plane of the first scalars of `han`: most Han
        /// characters start no phrase, and a bit test is cheaper than hashing the scalar.
        @exclusivity(unchecked) var hanFirst = [UInt64](repeating: 0, count: 1024)

        init() {}
        init(copying other: Storage) {
            byFirst = other.byFirst
            stemFirst = other.stemFirst
            han = other.han
            hanPool = other.hanPool
            hanIndex = other.hanIndex
            hanPairs = other.hanPairs
            hanFirst = other.hanFirst
        }
    }
    private var storage = Storage()
    /// Greek and Coptic letters (U+0370–U+03FF): two UTF-8 bytes each, like Cyrillic, so their stems are cut alike.
    @inline(__always) static func isGreek(_ s: Unicode.Scalar) -> Bool { (0x0370...0x03FF).contains(s.value) }
    /// A folded key that opens with a Greek letter (lead byte 0xCD–0xCF): a byte test, no decoding.
    @inline(__always) static func isGreekKey(_ key: String) -> Bool {
        guard let b = key.utf8.first else { return false }
        return b >= 0xCD && b <= 0xCF
    }
    /// Letters a text token may add to a stem.
    static let maxStemExtra = 6
    var maxStemExtra: Int { Self.maxStemExtra }
    /// This matcher's bit in `Token.starts` (0: none; every token is looked up). The lexicon
    /// marks each article token once with the matchers that have a phrase starting with its key.
    /// Its stem phrases use `startBit << 8`.
    var startBit: UInt16 = 0
    /// Hashes of the keys that start a phrase (stems aside), for the lexicon's start marks.
    var firstKeyHashes: [UInt64] { storage.byFirst.keyHashes }
    /// Hashes of the stems that start a phrase.
    var stemKeyHashes: [UInt64] { storage.stemFirst.keyHashes }
    var isEmpty: Bool { storage.byFirst.isEmpty && storage.stemFirst.isEmpty && storage.han.isEmpty }

    /// An open-addressing table from a 64-bit key hash to the phrases with that first key, in
    /// insertion order. Keys that share a hash share a slot; `matchLength` compares the keys
    /// themselves, so a collision costs a comparison, never a wrong match.
    ///
    /// The phrases of one first key form a list through `links` (in insertion order), whose
    /// entries also hold what rejects most candidates without reading the phrase object: a
    /// look-up of a common first word ("the", "republic") walks one array of small values, not
    /// an array of arrays and a scattered object per candidate (those reads were cache misses).
    struct HashIndex: Sendable {
        struct Slot {
            var hash: UInt64 = 0
            var head: Int32 = -1
            var tail: Int32 = -1
        }
        /// One phrase of the index, by its index in `phrases`.
        struct Link {
            /// `Phrase.secondHash` (when `hasSecond`).
            var second: UInt64
            /// The next phrase with the same first key (-1: none).
            var next: Int32
            var hasSecond: Bool
            /// A one-word phrase of under four letters, compared without diacritics (the Vietnamese rule of `match`).
            var shortFolded: Bool
        }
        private var slots: [Slot] = []
        private(set) var phrases: [Phrase] = []
        private(set) var links: [Link] = []
        private var groups = 0
        private var mask = 0
        var isEmpty: Bool { phrases.isEmpty }
        var keyHashes: [UInt64] { slots.filter { $0.head >= 0 }.map(\.hash) }

        @inline(__always) private static func mix(_ h: UInt64) -> Int {
            Int(truncatingIfNeeded: ((h ^ (h >> 32)) &* 0x9E37_79B9_7F4A_7C15) >> 17)
        }

        /// The first phrase (index into `phrases` and `links`) whose first key hashes to `h`, or -1.
        @inline(__always) func find(_ h: UInt64) -> Int32 {
            guard mask != 0 else { return -1 }
            return slots.withUnsafeBufferPointer { s in
                var i = Self.mix(h) & mask
                while true {
                    let slot = s[i]
                    if slot.head < 0 { return -1 }
                    if slot.hash == h { return slot.head }
                    i = (i + 1) & mask
                }
            }
        }

        mutating func append(_ p: Phrase, hash h: UInt64) {
            if groups * 2 >= slots.count { grow() }
            let index = Int32(phrases.count)
            phrases.append(p)
            links.append(Link(second: p.secondHash ?? 0, next: -1, hasSecond: p.secondHash != nil,
                              shortFolded: p.exact == nil && p.keys.count == 1 && p.firstLength < 4))
            var i = Self.mix(h) & mask
            while slots[i].head >= 0 {
                if slots[i].hash == h {
                    links[Int(slots[i].tail)].next = index
                    slots[i].tail = index
                    return
                }
                i = (i + 1) & mask
            }
            slots[i] = Slot(hash: h, head: index, tail: index)
            groups += 1
        }

        private mutating func grow() {
            let capacity = max(16, slots.count * 2)
            let old = slots.filter { $0.head >= 0 }
            slots = [Slot](repeating: Slot(), count: capacity)
            mask = capacity - 1
            for slot in old {
                var i = Self.mix(slot.hash) & mask
                while slots[i].head >= 0 { i = (i + 1) & mask }
                slots[i] = slot
            }
        }

        /// Folds the phrases starting with the key hashed `h` into `best`: a longer match replaces
        /// it, one as long adds its payload.
        ///
        /// `mutating` only so that the caller's `storage.byFirst` is accessed in place: a
        /// non-mutating call on a struct stored in a class loaded a copy of the index, retaining
        /// and releasing its three arrays at every look-up that found a first key. It writes
        /// nothing (the storage is read-only once built, and has no dynamic exclusivity checks),
        /// so concurrent extractions only read the shared tables.
        @inline(__always)
        mutating func consider(_ h: UInt64, _ tokens: [Token], _ i: Int, vietnamese: Bool, _ best: inout Match?) {
            var k = find(h)
            guard k >= 0 else { return }
            // Read once: the token after `i` decides the second-key rejections.
            let vietnameseLatin = vietnamese && tokens[i].script == .latin
            let hasNext = i + 1 < tokens.count
            let nextHash: UInt64 = hasNext ? tokens[i + 1].keyHash : 0
            let nextArabic = hasNext && tokens[i + 1].script == .arabic
            while k >= 0 {
                let link = links[Int(k)]
                defer { k = link.next }
                if vietnameseLatin, link.shortFolded { continue }
                // The second token decides most rejections (what `matchLength` would find there).
                if link.hasSecond, hasNext, nextHash != link.second, !nextArabic { continue }
                let p = phrases[Int(k)]
                guard let n = PhraseMatcher.matchLength(p, tokens, i) else { continue }
                if best == nil || n > best!.length { best = Match(length: n, payloads: Payloads(p.payload)) }
                else if n == best!.length, !best!.payloads.contains(p.payload) { best!.payloads.append(p.payload) }
            }
        }
    }

    init() {}

    /// Adds `text` (a name as written in a data file). `~` after a Cyrillic or Latin token marks a stem.
    /// `caseSensitive: false` ignores the capitals of the written form.
    mutating func add(_ text: String, payload: Int32, caseSensitive: Bool = true, diacriticSensitive: Bool = false) {
        let trimmed = LexiconSetup.trimmedInlineWhitespace(text)
        guard !trimmed.isEmpty else { return }
        if trimmed.unicodeScalars.allSatisfy({ TextFolding.isHan($0) || $0 == "·" || $0 == "（" || $0 == "）" }) {
            let s = Array(trimmed.unicodeScalars)
            let storage = uniqueStorage()
            let index = Int32(storage.han.count)
            storage.han.append(HanPhrase(start: Int32(storage.hanPool.count), length: Int32(s.count),
                                         second: s.count >= 2 ? s[1] : " ", payload: payload, next: -1))
            storage.hanPool += s
            if s.count >= 2 {
                if let last = storage.hanPairs.append(Self.pairKey(s[0], s[1]), index) { storage.han[Int(last)].next = index }
            } else if let last = storage.hanIndex.append(UInt64(s[0].value), index) { storage.han[Int(last)].next = index }
            if s[0].value < 0x10000 { storage.hanFirst[Int(s[0].value >> 6)] |= 1 << UInt64(s[0].value & 63) }
            return
        }
        // Stems: "белорус~" → stem token; Latin stems expand to common endings instead (cheaper to match).
        // (Most phrases have neither a stem nor a double space: tokenized as they are, not split and joined.)
        let plain = LexiconSetup.isPlainPhrase(trimmed)
        var words = plain ? [] : LexiconSetup.spaceSeparatedWords(trimmed)
        var stemFlags: [Bool] = words.map { LexiconSetup.endsWithStemMark($0) }
        if stemFlags.contains(true) {
            // (A stem's last character is its one-byte `~`: dropped as a byte, not found by walking grapheme breaks.)
            words = zip(words, stemFlags).map { $0.1 ? String(decoding: $0.0.utf8.dropLast(), as: UTF8.self) : $0.0 }
            // Greek declines like Cyrillic (Κύπρος, Κύπρου): its stems are matched the same way.
            let isCyrillic = trimmed.unicodeScalars.contains { TextFolding.isCyrillic($0) || Self.isGreek($0) }
            if !isCyrillic {
                // German-style adjective stems: expand.
                for ending in ["", "e", "en", "er", "es", "em"] {
                    let expanded = zip(words, stemFlags).map { $0.1 ? $0.0 + ending : $0.0 }.joined(separator: " ")
                    add(expanded, payload: payload, caseSensitive: caseSensitive, diacriticSensitive: diacriticSensitive)
                }
                return
            }
        } else {
            stemFlags = []
        }
        let tokenized = Tokenizer.tokenize(plain ? trimmed : words.joined(separator: " "))
        defer { withExtendedLifetime(tokenized) {} }   // the tokens' words (see `Token.words`)
        let tokens = tokenized.tokens
        guard !tokens.isEmpty else { return }
        var stems = [Bool](repeating: false, count: tokens.count)
        if !stemFlags.isEmpty {
            // Map word-level stem flags onto tokens: the last token of each word carries its flag.
            var w = 0
            for (k, t) in tokens.enumerated() {
                if k > 0, t.spaceBefore { w += 1 }
                let isLastOfWord = k + 1 == tokens.count || tokens[k + 1].spaceBefore
                if isLastOfWord, w < stemFlags.count { stems[k] = stemFlags[w] }
            }
        }
        let exact = diacriticSensitive && !stems.contains(true) ? tokens.map { Self.exactForm($0.text) } : nil
        let phrase = Phrase(keys: tokens.map(\.key), hashes: tokens.map(\.keyHash), stems: stems,
                            capital: tokens.map { caseSensitive && ($0.capitalized || $0.allCaps) },
                            payload: payload, exact: exact)
        if stems[0] { uniqueStorage().stemFirst.append(phrase, hash: phrase.hashes[0]) } else {
            uniqueStorage().byFirst.append(phrase, hash: phrase.hashes[0])
        }
    }

    /// The storage, copied first if another matcher shares it (value semantics for `add`).
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
        return storage
    }

    /// Case-folded NFC text: what diacritic-sensitive phrases compare.
    static func exactForm(_ text: String) -> String {
        // Text already in NFC (ASCII, or precomposed Latin, Cyrillic and Arabic letters, as
        // nearly every article is) needs only lowercasing.
        // Decomposed Latin text (Vietnamese in NFD) is composed by a table (`LatinComposer`).
        // (Lowercased through the table of `FoldTable.lowercased`: the same bytes as `lowercased()`.)
        let table = FoldTable.shared
        if table.isNFC(text.unicodeScalars) { return table.lowercased(text) }
        return table.lowercased(LatinComposer.shared.compose(text) ?? text.precomposedStringWithCanonicalMapping)
    }

    /// Longest phrase starting at `tokens[i]`, with every payload of that length. In a Vietnamese
    /// article (`language` "vi") a one-word Latin name of under four letters from another language
    /// ("Lao", "Bi") is refused: such folded forms are ordinary Vietnamese syllables.
    func match(_ tokens: [Token], at i: Int, language: String) -> Match? {
        // No phrase of this matcher starts with the key, nor with a stem it extends: nothing to look up.
        if startBit != 0, tokens[i].starts & (startBit | startBit << 8) == 0 { return nil }
        return match(tokens, at: i, vietnamese: language == "vi")
    }

    /// False when no phrase of this matcher starts at `tokens[i]` (its start bits say so): `match`
    /// answers nil then. Inlined where a match is cached per token, so that most tokens are
    /// answered without the call (and the matcher's storage retained for it).
    @inline(__always) func mayStart(_ tokens: [Token], at i: Int) -> Bool {
        startBit == 0 || tokens[i].starts & (startBit | startBit << 8) != 0
    }

    /// `match(tokens, at: i, language:)` with the language's test already made (`vietnamese`: "vi").
    func match(_ tokens: [Token], at i: Int, vietnamese: Bool = false) -> Match? {
        // No phrase of this matcher starts with the key, nor with a stem it extends: nothing to look up.
        if startBit != 0, tokens[i].starts & (startBit | startBit << 8) == 0 { return nil }
        // Fields read in place: copying the whole token retains its strings and stems array.
        let kind = tokens[i].kind, script = tokens[i].script
        // (Bytes compared: `==` took the normalizing path for every non-ASCII mark, « — “ 。)
        guard kind != .punct || tokens[i].keyEquals("'s") else { return nil }
        var best: Match?
        if script == .arabic || (script == .other && !tokens[i].stems.isEmpty) {
            guard startBit == 0 || tokens[i].starts & startBit != 0 else { return nil }
            for c in tokens[i].stems {
                storage.byFirst.consider(Token.hash(c), tokens, i, vietnamese: vietnamese, &best)
                if best != nil { break }
            }
        } else if tokens[i].starts & startBit != 0 || startBit == 0 {
            storage.byFirst.consider(tokens[i].keyHash, tokens, i, vietnamese: vietnamese, &best)
        }
        if script == .cyrillic || script == .other && Self.isGreekKey(tokens[i].key), !storage.stemFirst.isEmpty,
           startBit == 0 || tokens[i].starts & (startBit << 8) != 0 {
            // Cyrillic letters are two UTF-8 bytes: prefixes are cut two bytes at a time.
            let key = tokens[i].key
            let count = key.utf8.count
            let letters = count / 2
            // (An apostrophe may stand inside: Belarusian "В'етнама".)
            if letters >= 3, Self.nonASCIIOrApostrophe(key) {
                let maxCut = min(maxStemExtra, letters - 3)
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: maxCut + 1) { hashes in
                    Self.prefixHashes(key, count: count, maxCut: maxCut, into: hashes)
                    for cut in 0...maxCut {
                        storage.stemFirst.consider(hashes[cut], tokens, i, vietnamese: vietnamese, &best)
                    }
                }
            }
        }
        return best
    }

    /// `Token.hash(key, prefix: count - 2 * cut)` for every `cut` in `0...maxCut` (`count`: the key's
    /// UTF-8 count, at least `2 * maxCut + 1`), from one pass over the key: a prefix's FNV-1a hash is
    /// the running hash after its last byte. (The stem look-ups of a Cyrillic word hashed each of
    /// its prefixes from the start, up to seven times the word's bytes.)
    static func prefixHashes(_ key: String, count: Int, maxCut: Int, into hashes: UnsafeMutableBufferPointer<UInt64>) {
        // Over the contiguous bytes (native and small strings have them): the `utf8` view's iterator
        // cost several times the hashing.
        if key.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for n in 0..<min(count, bytes.count) {
                h = (h ^ UInt64(bytes[n])) &* 0x0000_0100_0000_01B3
                let rest = count - (n + 1)
                if rest & 1 == 0, rest >> 1 <= maxCut { hashes[rest >> 1] = h }
            }
            return true
        }) == true { return }
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var n = 0
        for b in key.utf8 {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            n += 1
            let rest = count - n
            if rest & 1 == 0, rest >> 1 <= maxCut { hashes[rest >> 1] = h }
            if n == count { break }
        }
    }

    /// Every UTF-8 byte of `key` is non-ASCII or an apostrophe (a Cyrillic word, "В'етнама"), read
    /// over the contiguous bytes (the `utf8` view's `allSatisfy` stepped its iterator per byte).
    static func nonASCIIOrApostrophe(_ key: String) -> Bool {
        key.utf8.withContiguousStorageIfAvailable { b in
            for x in b where x < 0x80 && x != 0x27 { return false }
            return true
        } ?? key.utf8.allSatisfy { $0 >= 0x80 || $0 == 0x27 }
    }

    /// The length of phrase `p` at `tokens[i]`, or nil when it does not match there.
    static func matchLength(_ p: Phrase, _ tokens: [Token], _ i: Int) -> Int? {
        guard i + p.keys.count <= tokens.count else { return nil }
        for k in 0..<p.keys.count {
            let j = i + k
            if p.capital[k], !(tokens[j].capitalized || tokens[j].allCaps) { return nil }
            // The exact (diacritic-sensitive) form is compared last: the keys reject most phrases
            // first, and the token's exact form is then rarely computed at all.
            if p.stems[k] {
                guard Self.extendsStem(tokens[j].key, p.keys[k]) else { return nil }
            } else if tokens[j].keyHash != p.hashes[k] || !Self.same(tokens[j].key, p.keys[k]) {
                // Arabic clitics and Korean particles: the token's stems (see `ArabicStemmer`, `HangulParticles`).
                guard tokens[j].script == .arabic || tokens[j].script == .other,
                      Self.arabicStemMatches(tokens[j].stems, p.keys[k], first: k == 0) else { return nil }
            }
            // (`PlainText.equal`: plain exact forms, nearly all, compared on bytes, not by `String`'s normalizing `!=`.)
            if let exact = p.exact, !PlainText.equal(tokens[j].exactForm, exact[k]) { return nil }
        }
        return p.keys.count
    }

    /// An Arabic token's stems hold `key`: any of them for the phrase's first word, else the
    /// second (the word without its first clitic). Compared by bytes, as keys compare everywhere
    /// (see `FoldedKey`): `String` equality took its normalizing slow path for every Arabic stem.
    @inline(__always) static func arabicStemMatches(_ stems: [String], _ key: String, first: Bool) -> Bool {
        if first { return stems.contains { same($0, key) } }
        return stems.count >= 2 && same(stems[1], key)
    }

    /// `key.hasPrefix(stem) && key.count - stem.count <= maxStemExtra`, over the UTF-8 bytes
    /// when both are basic Cyrillic letters (U+0400–U+047F, what stems are): each is two bytes
    /// with a lead byte D0 or D1 and a `Character` of its own that no other letter is canonically
    /// equivalent to, so the `Character` prefix test and counts (which walked grapheme breaks and
    /// normalization) are a byte prefix test and half the byte counts. Other text: the `String` test.
    @inline(__always) static func extendsStem(_ key: String, _ stem: String) -> Bool {
        if let r = key.utf8.withContiguousStorageIfAvailable({ k in
            stem.utf8.withContiguousStorageIfAvailable { s -> Bool? in
                guard k.count & 1 == 0, s.count & 1 == 0, s.count <= k.count else { return nil }
                var p = 0
                while p < k.count {
                    guard k[p] == 0xD0 || k[p] == 0xD1 else { return nil }
                    p += 2
                }
                p = 0
                while p < s.count {
                    guard s[p] == 0xD0 || s[p] == 0xD1 else { return nil }
                    p += 2
                }
                guard s.count == 0 || memcmp(k.baseAddress!, s.baseAddress!, s.count) == 0 else { return false }
                return (k.count - s.count) / 2 <= (s.count <= 2 * shortStemLetters ? shortStemExtra : maxStemExtra)
            }
        }), let r, let r { return r }
        let stemCount = stem.count
        return key.hasPrefix(stem) && key.count - stemCount <= (stemCount <= shortStemLetters ? shortStemExtra : maxStemExtra)
    }
    /// A stem of four letters or fewer ("Вен~" Vienna, "кра~" край, "Газ~" Gaza) takes a case ending
    /// (three letters at most), not any longer word that starts like it: "Венгрии" (Hungary) is no form
    /// of "Вена", "Кравцовым" no form of "край".
    static let shortStemLetters = 4
    static let shortStemExtra = 3

    /// Byte equality of two folded keys (see `FoldedKey`).
    @inline(__always) static func same(_ a: String, _ b: String) -> Bool {
        // One representation (the same small string's bytes, or the same storage and count) is one key: the test
        // that `String`'s own `==` makes first. Keys are mostly small strings, whose representation is their bytes,
        // so a phrase's key and a text's equal key (whose hashes already agreed) are nearly always told here.
        if unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self) { return true }
        guard a.utf8.count == b.utf8.count else { return false }
        // Contiguous UTF-8 compared with memcmp where both strings have it (native and small ones do).
        if let r = a.utf8.withContiguousStorageIfAvailable({ x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
            }
        }), let r { return r }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// Longest-leftmost matches inside a Han run: (scalar offset, scalar length, payloads).
    func hanMatches(in text: String) -> [(offset: Int, length: Int, payloads: [Int32])] {
        hanMatches(in: Array(text.unicodeScalars))
    }

    /// One Han phrase: its scalars are `hanPool[start..<start + length]`. The candidates of one
    /// first character are one array of these, read in order, and most are rejected by their
    /// length or second scalar without reading the pool (one array per phrase was a cache miss
    /// per candidate, and a common first character has many).
    struct HanPhrase: Sendable {
        var start: Int32
        var length: Int32
        /// The second scalar (unused when `length` is 1).
        var second: Unicode.Scalar
        var payload: Int32
        /// The next phrase with the same first scalar (-1: none).
        var next: Int32
    }

    /// The key of `Storage.hanPairs` for a phrase's first two scalars (never 0, as `HanIndex` needs: a Han scalar is not U+0000).
    @inline(__always) static func pairKey(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    /// A key (a first scalar, or `pairKey`) → its first phrase in `Storage.han` (and the last, to append), by open addressing.
    struct HanIndex: Sendable {
        private var keys: [UInt64] = []     // 0: empty (no Han scalar is U+0000)
        private var heads: [Int32] = []
        private var tails: [Int32] = []
        private var count = 0
        private var mask = 0

        @inline(__always) private static func slot(_ v: UInt64) -> Int {
            Int(truncatingIfNeeded: ((v ^ (v >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 40)
        }

        /// The first phrase of key `v`, or -1.
        @inline(__always) func head(_ v: UInt64) -> Int32 {
            guard mask != 0 else { return -1 }
            var i = Self.slot(v) & mask
            while true {
                let k = keys[i]
                if k == v { return heads[i] }
                if k == 0 { return -1 }
                i = (i + 1) & mask
            }
        }

        /// Records phrase `index` as starting with `v`; returns the phrase it follows (the previous last), if any.
        mutating func append(_ v: UInt64, _ index: Int32) -> Int32? {
            if count * 2 >= keys.count { grow() }
            var i = Self.slot(v) & mask
            while keys[i] != 0 {
                if keys[i] == v { let last = tails[i]; tails[i] = index; return last }
                i = (i + 1) & mask
            }
            keys[i] = v
            heads[i] = index
            tails[i] = index
            count += 1
            return nil
        }

        private mutating func grow() {
            let old = (keys, heads, tails)
            let capacity = max(64, keys.count * 2)
            // (`Array(repeatElement(_:count:))`: `Array(repeating:count:)` instantiated the storage's generic metadata
            // through the standard library's unspecialized path, see `NameFinder.WordFlagCache.init`.)
            keys = Array(repeatElement(UInt64(0), count: capacity))
            heads = Array(repeatElement(Int32(-1), count: capacity))
            tails = Array(repeatElement(Int32(-1), count: capacity))
            mask = capacity - 1
            for j in old.0.indices where old.0[j] != 0 {
                var i = Self.slot(old.0[j]) & mask
                while keys[i] != 0 { i = (i + 1) & mask }
                keys[i] = old.0[j]
                heads[i] = old.1[j]
                tails[i] = old.2[j]
            }
        }
    }

    /// Same, over the scalars of the Han run (decoded once by the caller for every matcher).
    func hanMatches(in s: [Unicode.Scalar]) -> [(offset: Int, length: Int, payloads: [Int32])] {
        let han = storage.han
        guard !han.isEmpty else { return [] }
        let first = storage.hanFirst
        let pool = storage.hanPool
        let index = storage.hanIndex, pairs = storage.hanPairs
        // (Built with its labels: an unlabeled array was converted, element by element, on return.)
        var out: [(offset: Int, length: Int, payloads: [Int32])] = []
        // The payloads of the best phrase at `i`, emptied after each match (one empty array, not a
        // new one per character).
        var payloads: [Int32] = []
        var i = 0
        while i < s.count {
            var bestLen = 0
            let v = s[i].value
            if v >= 0x10000 || first[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 {
                // The phrases of two characters or more that start with this one and the next, then those of this
                // character alone. (The longest wins, and the payloads of one length keep their insertion order:
                // phrases of one length are all in one of the two lists, in that order, so reading the lists one
                // after the other gives what one list of every phrase of the character gave.)
                var next = i + 1 < s.count ? pairs.head(Self.pairKey(s[i], s[i + 1])) : -1
                while next >= 0 {
                    let c = han[Int(next)]
                    next = c.next
                    guard Int(c.length) <= s.count - i else { continue }
                    let count = Int(c.length), payload = c.payload
                    var ok = true
                    let base = Int(c.start)
                    for k in 2..<count where s[i + k] != pool[base + k] { ok = false; break }
                    guard ok else { continue }
                    if count > bestLen { bestLen = count; payloads = [payload] }
                    else if count == bestLen, !payloads.contains(payload) { payloads.append(payload) }
                }
                if bestLen == 0 {
                    next = index.head(UInt64(v))
                    while next >= 0 {
                        let payload = han[Int(next)].payload
                        next = han[Int(next)].next
                        if bestLen == 0 { bestLen = 1; payloads = [payload] }
                        else if !payloads.contains(payload) { payloads.append(payload) }
                    }
                }
            }
            if bestLen > 0 { out.append((i, bestLen, payloads)); payloads = []; i += bestLen } else { i += 1 }
        }
        return out
    }
}
