import Foundation

/// The writing system of a token, which decides the rules applied to it.
enum TokenScript: UInt8, Sendable {
    case latin, cyrillic, arabic, han, other
}

/// The distinct words of one tokenized text: their strings, and what is derived from them
/// (once per word, not per occurrence). Every token of the text refers to it by word index.
///
/// A class shared by the tokens: a token then holds one reference instead of two strings and
/// an array, so copying, storing and destroying tokens costs one reference count, not three.
/// Filled by `Tokenizer.tokenize`; afterwards only the per-word caches change, written by the
/// one finder that owns the tokens (never shared across threads while it works on them).
final class TokenWords: @unchecked Sendable {
    /// One distinct word.
    struct Entry {
        /// The word as written.
        var text: String
        /// Folded matching key (see `TextFolding.key`).
        var key: String
        /// Arabic only: the key and its clitic-stripped forms (see `ArabicStemmer`).
        var stems: [String]
        /// `PhraseMatcher.exactForm(text)`, filled on first use.
        var exact: String?
        /// Filled on first use by the name finder: which of its word lists an Arabic word (or
        /// one of its stems) is in (`NameFinder.ArabicWordFlags`; 0: not computed yet).
        var arabicFlags: UInt32 = 0
        /// `[key]`, filled on first use: the words of a one-word mention of this word (shared by all
        /// of them, in the cache across articles, instead of an array allocated and freed per mention).
        var keyArray: [String]? = nil
        /// `text` if plain (see `PlainText`), else the canonically equivalent plain text `LatinComposer` makes of it
        /// (decomposed Vietnamese), else nil; filled on first use (`plainFormDone`). (spd32)
        var plainForm: String? = nil
        var plainFormDone = false
    }
    /// The words, by index (one array: one append per new word).
    @exclusivity(unchecked) var entries: [Entry] = []

    init() {}

    func append(text: String, key: String, stems: [String]) -> Int32 {
        entries.append(Entry(text: text, key: key, stems: stems))
        return Int32(entries.count - 1)
    }

    /// `[key]` of word `w`, made once per word (see `Entry.keyArray`).
    @inline(__always) func keyArray(_ w: Int32) -> [String] {
        if let a = entries[Int(w)].keyArray { return a }
        let a = [entries[Int(w)].key]
        entries[Int(w)].keyArray = a
        return a
    }

    /// `Entry.plainForm` of word `w`, computed once per word (a decomposed text is composed once, not per test).
    @inline(__always) func plainForm(_ w: Int32) -> String? {
        if entries[Int(w)].plainFormDone { return entries[Int(w)].plainForm }
        let text = entries[Int(w)].text
        let form: String?
        if text.utf8.withContiguousStorageIfAvailable({ PlainText.isPlain($0) }) ?? false { form = text }
        else { form = PlainText.composedPlain(text) }
        entries[Int(w)].plainForm = form
        entries[Int(w)].plainFormDone = true
        return form
    }

    /// `PhraseMatcher.exactForm(text)` of word `w`, computed once per word (it lowercases, and may normalize).
    @inline(__always) func exactForm(_ w: Int32) -> String {
        if let e = entries[Int(w)].exact { return e }
        let e = PhraseMatcher.exactForm(entries[Int(w)].text)
        entries[Int(w)].exact = e
        return e
    }
}

/// One word, number or punctuation mark of an article, with its UTF-16 range.
///
/// Its strings live in the text's `TokenWords` (`word` is the index there), which the token
/// refers to without keeping alive: a token is a plain value (copying, storing or destroying one
/// touches no reference count; those counts were a sixth of an extraction's time). Whoever keeps
/// tokens keeps their words: `Tokenizer.tokenize` returns both (`TokenizedText`), the name
/// finder holds both, `Tokenizer.withTokens` lends tokens to a closure with their words alive.
/// Debug builds check it: there the reference is `unowned` (safe), which traps when read after
/// its words are gone, so a test that lets tokens outlive their words fails.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct, elision }

    /// The text's distinct words, not retained (see above). Read through `withWords`, which lends
    /// it without a reference count (an `unowned(unsafe)` field instead retained it on every read,
    /// and copied the whole word entry to read one of its strings).
    #if DEBUG
    private unowned let owner: TokenWords
    #else
    private let owner: Unmanaged<TokenWords>
    #endif
    /// This token's index among its text's distinct words (`TokenizedText.wordCount` of them):
    /// what per-word tables of one article are indexed by.
    let word: Int32
    /// Where the word's strings are among `owner`'s entries: the text's own `TokenWords` or the
    /// `WordCache`'s (a word the cache holds is read there, not copied per article).
    let entry: Int32
    /// `Token.hash(key)`, computed once: phrase look-ups probe by it instead of hashing the key again.
    var keyHash: UInt64
    var start: Int
    var end: Int
    var kind: Kind
    var script: TokenScript
    /// First letter is uppercase (Latin, Cyrillic).
    var capitalized: Bool
    /// Two or more letters, all uppercase.
    var allCaps: Bool
    /// Whitespace (or nothing) separates it from the previous token.
    var spaceBefore: Bool
    var newlineBefore: Bool
    /// First word of a sentence or a line: its capital says nothing.
    var sentenceStart: Bool
    /// The UTF-8 count of `key`, 255 for 255 or more: a test of a key against a literal rejects most
    /// tokens by it without reading the key (see `keyLengthIs`). (In the padding before `starts`: a
    /// token is no larger.)
    let keyLength: UInt8
    /// Bits of the lexicon's phrase matchers that have a phrase starting with this key (low
    /// byte) or with a stem this key extends (high byte); all set unless the tokenizer was given the lexicon's `StartMarks`.
    var starts: UInt16 = 0xFFFF

    init(words: TokenWords, word: Int32, entry: Int32, keyHash: UInt64, start: Int, end: Int, kind: Kind, script: TokenScript,
         capitalized: Bool, allCaps: Bool, spaceBefore: Bool, newlineBefore: Bool, sentenceStart: Bool, starts: UInt16,
         keyLength: UInt8) {
        #if DEBUG
        owner = words
        #else
        owner = Unmanaged.passUnretained(words)
        #endif
        self.word = word
        self.entry = entry
        self.keyHash = keyHash
        self.start = start
        self.end = end
        self.kind = kind
        self.script = script
        self.capitalized = capitalized
        self.allCaps = allCaps
        self.spaceBefore = spaceBefore
        self.newlineBefore = newlineBefore
        self.sentenceStart = sentenceStart
        self.starts = starts
        self.keyLength = keyLength
    }

    /// `Token.keyLength` of a key of `count` UTF-8 bytes.
    @inline(__always) static func keyLength(_ count: Int) -> UInt8 { UInt8(truncatingIfNeeded: Swift.min(count, 255)) }

    /// `key.utf8.count == count`, told by `keyLength` alone unless the key has 255 bytes or more
    /// (then it reads the key).
    @inline(__always) func keyLengthIs(_ count: Int) -> Bool {
        keyLength == 255 ? key.utf8.count == count : Int(keyLength) == count
    }

    /// The text's distinct words (a strong reference: for the few callers that keep it).
    var words: TokenWords { withWords { $0 } }

    /// Lends the text's words to `body` without retaining them (they must be alive: see above).
    @inline(__always) func withWords<R>(_ body: (TokenWords) throws -> R) rethrows -> R {
        #if DEBUG
        return try body(owner)
        #else
        return try owner._withUnsafeGuaranteedRef(body)
        #endif
    }

    /// The token as written.
    var text: String { @inline(__always) get { withWords { [entry] in $0.entries[Int(entry)].text } } }
    /// Folded matching key (see `TextFolding.key`).
    var key: String { @inline(__always) get { withWords { [entry] in $0.entries[Int(entry)].key } } }
    /// Arabic only: the key and its clitic-stripped forms (see `ArabicStemmer`), computed once per word.
    var stems: [String] { @inline(__always) get { withWords { [entry] in $0.entries[Int(entry)].stems } } }
    /// `PhraseMatcher.exactForm(text)`, computed once per word.
    var exactForm: String { withWords { [entry] in $0.exactForm(entry) } }
    /// The text, or a canonically equivalent plain one, or nil (see `TokenWords.Entry.plainForm`), computed once per word.
    var plainForm: String? { withWords { [entry] in $0.plainForm(entry) } }
    /// `[key]`, made once per word (the words of a one-word mention).
    var keyArray: [String] { withWords { [entry] in $0.keyArray(entry) } }
    /// The word's `TokenWords.Entry.arabicFlags` (0: not computed yet).
    var arabicFlags: UInt32 { @inline(__always) get { withWords { [entry] in $0.entries[Int(entry)].arabicFlags } } }

    /// FNV-1a over the UTF-8 bytes of a folded key (byte equality is key equality, see `FoldedKey`).
    @inline(__always) static func hash(_ key: String) -> UInt64 {
        // Over the contiguous UTF-8 (native and small strings have it): no per-byte index checks.
        if let h = key.utf8.withContiguousStorageIfAvailable({ buf -> UInt64 in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in buf { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            return h
        }) { return h }
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// FNV-1a over the first `count` UTF-8 bytes of `key` (a stem prefix), without building the prefix.
    @inline(__always) static func hash(_ key: String, prefix count: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var n = 0
        for b in key.utf8 {
            if n == count { break }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            n += 1
        }
        return h
    }

    /// `key == ascii` for an ASCII literal, on bytes: no other spelling is canonically equivalent
    /// to ASCII text but one holding U+212A (K), U+037E (;) or U+1FEF (`), so for literals without
    /// "K", ";" and "`" byte equality is `String` equality, without its normalizing slow path
    /// (taken whenever the key is not ASCII: every Cyrillic, Arabic, Han key).
    @inline(__always) static func keyEquals(_ key: String, _ ascii: StaticString) -> Bool {
        let n = ascii.utf8CodeUnitCount
        guard key.utf8.count == n else { return false }
        if let r = key.utf8.withContiguousStorageIfAvailable({ memcmp($0.baseAddress.unsafelyUnwrapped, ascii.utf8Start, n) == 0 }) {
            return r
        }
        return key.utf8.elementsEqual(UnsafeBufferPointer(start: ascii.utf8Start, count: n))
    }

    /// `Token.keyEquals(key, ascii)`, told by `keyLength` first: a key of another length (nearly every one) is rejected
    /// without reading the key (its word entry found, its string loaded and retained). (spd29)
    @inline(__always) func keyEquals(_ ascii: StaticString) -> Bool {
        if ascii.hasPointerRepresentation, keyLength != 255, Int(keyLength) != ascii.utf8CodeUnitCount { return false }
        return Token.keyEquals(key, ascii)
    }

    var isWord: Bool { kind == .word }
    /// Letters only, one uppercase letter: an initial such as the "A" of "A. Volfovich".
    /// (Inlined: asked of `tokens[k]` in place by the name finder's loops, where a call took a copy of
    /// the token, retaining and releasing its words; one scalar is at most four UTF-8 bytes, and a text is
    /// one scalar when its first byte's sequence length is its byte count.)
    var isInitialLetter: Bool {
        @inline(__always) get {
            guard kind == .word && (capitalized || script == .arabic) else { return false }
            return withWords { [entry] in Token.isOneScalar($0.entries[Int(entry)].text) }
        }
    }

    /// `text.unicodeScalars.count == 1`, from the UTF-8 bytes (valid UTF-8: the lead byte tells the length).
    static func isOneScalar(_ text: String) -> Bool {
        let u = text.utf8
        guard u.count <= 4, let f = u.first else { return false }
        let n = f < 0x80 ? 1 : f >= 0xF0 ? 4 : f >= 0xE0 ? 3 : 2
        return n == u.count
    }
}

/// The tokens of a text and the words they refer to (which keeps the words alive: see `Token.words`).
struct TokenizedText {
    /// The words of the text that no `WordCache` holds (all of them without a cache).
    let words: TokenWords
    let tokens: [Token]
    /// The entries of the `WordCache` the tokenizer used, where its tokens' cached words are (kept alive with them).
    var cacheWords: TokenWords? = nil
    /// The text's distinct words (`Token.word` is below it).
    var wordCount: Int = 0
}

/// Splits article text into tokens, keeping UTF-16 offsets into the original string.
///
/// Hyphens and apostrophes become tokens of their own, so that "Vietnam-Belarus"
/// and "l'Algérie" expose their country names; `spaceBefore == false` tells
/// the name finder to join them back ("Kassym-Jomart").
enum Tokenizer {
    /// Words after which a period does not end a sentence.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "gen", "col", "lt", "capt", "prof", "gov", "sen", "rep",
        "m", "mme", "mlle", "г", "гг", "им", "т", "e", "u", "s", "ông", "bà", "tp", "etc", "vs", "inc", "ltd", "co",
    ]
    /// `abbreviations` compared by bytes: no folded key is canonically equivalent to one of them
    /// without being byte-equal (they are NFC, and folding drops the combining marks a decomposed
    /// "ông" would need), so this answers what `Set<String>` hashing (which normalizes) answered.
    private static let abbreviationKeys = KeySet(abbreviations)

    /// Tokenizes `text` and lends the tokens to `body`, their words kept alive meanwhile (the
    /// tokens must not escape `body`: see `Token.words`).
    static func withTokens<R>(_ text: String, marks: StartMarks? = nil, _ body: ([Token]) throws -> R) rethrows -> R {
        let t = tokenize(text, marks: marks)
        return try withExtendedLifetime(t) { try body(t.tokens) }
    }

    /// `marks`: the lexicon's start marks, computed into each token (`Token.starts`); without
    /// them every token keeps all bits set and every matcher looks it up.
    /// `cache`: words remembered from earlier texts (see `WordCache`); it must belong to the
    /// lexicon whose `marks` are given.
    /// The tokens refer to `words` without keeping it alive: keep the result (or its `words`)
    /// as long as the tokens are used.
    static func tokenize(_ text: String, marks: StartMarks? = nil, cache: WordCache? = nil) -> TokenizedText {
        // The text's own UTF-8, read in place (a native string's is contiguous): copying it into an
        // array was an allocation and a copy of the whole text per article.
        if let t = text.utf8.withContiguousStorageIfAvailable({ tokenize(bytes: $0, marks: marks, cache: cache) }) { return t }
        return Array(text.utf8).withUnsafeBufferPointer { tokenize(bytes: $0, marks: marks, cache: cache) }
    }

    /// `tokenize` over the valid UTF-8 `bytes` of the text (not kept: token texts are copied out).
    private static func tokenize(bytes: UnsafeBufferPointer<UInt8>, marks: StartMarks?, cache: WordCache?) -> TokenizedText {
        // Token text is copied from the UTF-8 bytes (much cheaper than rebuilding from scalars);
        // scalars and their byte offsets are decoded from them in one pass (a `String`'s UTF-8 is valid),
        // into the cache's buffers, reused by every text it tokenizes (see `WordCache.decodeBuffers`), or
        // without a cache into buffers of this text's own. (Two arrays of the text's size per text were two
        // allocations through the standard library's unspecialized path, and freeing them consolidated the
        // allocator's free lists: some seven thousand instructions an article.)
        if let buffers = cache?.decodeBuffers(capacity: bytes.count) {
            let n = decode(bytes.baseAddress, bytes.count, into: buffers.scalars, buffers.offsets)
            return tokenize(bytes: bytes, scalars: UnsafeBufferPointer(start: buffers.scalars, count: n),
                            offsets: UnsafeBufferPointer(start: buffers.offsets, count: n + 1), marks: marks, cache: cache)
        }
        let scalars = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: max(bytes.count, 1))
        let offsets = UnsafeMutablePointer<Int>.allocate(capacity: bytes.count + 1)
        defer { scalars.deallocate(); offsets.deallocate() }
        let n = decode(bytes.baseAddress, bytes.count, into: scalars, offsets)
        return tokenize(bytes: bytes, scalars: UnsafeBufferPointer(start: scalars, count: n),
                        offsets: UnsafeBufferPointer(start: offsets, count: n + 1), marks: marks, cache: cache)
    }

    /// `tokenize` over the valid UTF-8 `bytes`, decoded: `scalars` and the byte offset of each (one more:
    /// the end), read in place (no bounds checks, no array retained).
    private static func tokenize(bytes: UnsafeBufferPointer<UInt8>, scalars: UnsafeBufferPointer<Unicode.Scalar>,
                                 offsets: UnsafeBufferPointer<Int>, marks: StartMarks?, cache: WordCache?) -> TokenizedText {
        // (The cache's array of the text before, its tokens left in it, when the extractor gave it back: see `WordCache.keepTokens`.)
        var tokens: [Token] = cache?.takeTokens() ?? []
        // About one token in five scalars, more in a quarter of texts: reserved for one in four (a regrowth copies them all).
        tokens.reserveCapacity(scalars.count / 4 + 8)
        // Tokens are written in place over the array's elements: `made` of them so far, at `out` (its storage, unique),
        // whose first `room` elements exist (the text before's tokens, or placeholders added by `makeRoom`); those left
        // over are dropped at the end. (An `append` per token, out of line, checked the array's uniqueness and capacity
        // each time: about fifty instructions a token.)
        var made = 0
        var room = tokens.count
        var out: UnsafeMutablePointer<Token>? = room > 0 ? tokens.withUnsafeMutableBufferPointer { $0.baseAddress } : nil
        var i = 0
        var utf16 = 0
        var space = true, newline = true
        var sentenceEnd = true

        func width(_ s: Unicode.Scalar) -> Int { s.value > 0xFFFF ? 2 : 1 }
        func isUpper(_ s: Unicode.Scalar) -> Bool { Tokenizer.isUpper(s) }
        // The text's own table of distinct words: with a cache, only for the words the cache has no
        // room for (made on first need, nearly never); without one, for every word.
        var table: WordTable? = cache == nil ? WordTable(expected: bytes.count / 6) : nil
        let words = TokenWords()
        // Distinct words grow with the text: reserved once instead of regrown (with a cache, it holds
        // nearly all of them: only those it has no room for are the text's own).
        if cache == nil { words.entries.reserveCapacity(bytes.count / 8) }
        let cacheWords = cache?.words
        // The cache's buffers, read without the class: `if let cache` per token retained and released
        // it for every new word of the text (`tokenize`'s caller keeps it alive).
        let cacheRef = cache?.reader
        // This text's mark in the cache: a cached word marked with it has its word index here (see `WordCache.beginText`).
        let generation = cache?.beginText() ?? 0
        var wordCount: Int32 = 0
        let base = bytes.baseAddress ?? UnsafePointer<UInt8>(bitPattern: 1).unsafelyUnwrapped   // (read only when a token has bytes)
        func makeString(_ a: Int, _ b: Int) -> String { Tokenizer.makeString(bytes, offsets, a, b) }

        /// `elisions.contains(text.lowercased())` for the text of scalars `a..<b`: ASCII text is
        /// lowercased and compared byte by byte (no `String`; only the Kelvin sign lowercases to
        /// ASCII from outside it, to "k", which no elision holds); other text as before.
        func isElision(_ a: Int, _ b: Int) -> Bool {
            let from = offsets[a], count = offsets[b] - offsets[a]
            guard count == b - a else { return Tokenizer.elisions.contains(makeString(a, b).lowercased()) }
            return Tokenizer.isASCIIElision(UnsafeBufferPointer(rebasing: bytes[from..<(from + count)]))
        }

        while i < scalars.count {
            let s = scalars[i]
            if s.value < 0x80 {
                // ASCII fast path: most of any Latin text.
                let v = s.value
                if v == 0x20 || v == 0x09 { space = true; utf16 += 1; i += 1; continue }
            }
            // The token found at `i` (every branch below that makes one sets these and leaves the block;
            // one `append` after it for all of them).
            let a = i, start = utf16
            var kind = Token.Kind.punct, script = TokenScript.other, keyOverride = noKeyOverride
            /// A punctuation mark of its own (the last branch): the sentence rules below look at it.
            var mark = false
            var wasSpace = false
            token: do {
                // ASCII answers the property questions without Unicode table lookups.
                let asciiLetter = (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x41 && s.value <= 0x5A)
                let isASCII = s.value < 0x80
                // Common Latin, Cyrillic and Arabic letters are neither whitespace nor Han: no property look-ups.
                let commonLetter = !isASCII && Self.isCommonLetter(s.value)
                // Common non-ASCII punctuation (CJK and typographic quotes, dashes): neither Han,
                // whitespace, letter nor number, so it goes straight to the punctuation code below
                // without the Unicode property look-ups of the checks in between.
                let punct = !isASCII && !commonLetter && Self.isCommonPunctuation(s.value)
                // Han before whitespace: no Han letter is whitespace, and Han runs are common.
                if !punct, !commonLetter, !isASCII, TextFolding.isHan(s) {
                    while i < scalars.count, TextFolding.isHan(scalars[i]) { utf16 += width(scalars[i]); i += 1 }
                    kind = .word; script = .han
                    break token
                }
                // Zero-width spaces, word joiners and BOMs (kept in the text, drawn in no cell) part
                // words as a space does: "Tô\u{200B}Lâm" is Tô Lâm, not two names.
                if !punct, !commonLetter, isASCII ? (s.value >= 0x09 && s.value <= 0x0D)
                    : s.properties.isWhitespace || s.value == 0x200B || s.value == 0x2060 || s.value == 0xFEFF {
                    space = true
                    if s == "\n" || s == "\r" || s == "\u{2029}" || s == "\u{2028}" { newline = true; sentenceEnd = true }
                    utf16 += width(s); i += 1
                    continue
                }
                if !punct, isASCII ? asciiLetter : commonLetter || s.properties.isAlphabetic {
                    script = TextFolding.isArabic(s) ? .arabic : TextFolding.isCyrillic(s) ? .cyrillic
                        : (s.value < 0x0250 || (0x1E00...0x1EFF).contains(s.value)) ? .latin : .other
                    var elided = false
                    // Japanese: katakana (names, loanwords) and hiragana (particles, endings) are separate
                    // words, as Han runs are: "カザフスタンの" is Kazakhstan and "of".
                    let kana = script == .other ? Self.kanaClass(s.value) : 0
                    while i < scalars.count {
                        // The letters the tests below would take one by one, read off the bytes at once.
                        let run = Self.commonLetterRun(bytes, from: offsets[i])
                        if run > 0 { utf16 += run; i += run; continue }
                        let c = scalars[i]
                        if c.value < 0x80 {
                            let v = c.value
                            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { utf16 += 1; i += 1; continue }
                            if c != "'" { break }
                        }
                        if Self.isCommonLetter(c.value) || Self.isCommonMark(c.value) { utf16 += 1; i += 1; continue }
                        if Self.isAlphabetic(c) && !TextFolding.isHan(c) || Self.isMark(c) {
                            if script == .other, Self.kanaClass(c.value) != kana, kana != 0 || Self.kanaClass(c.value) != 0 { break }
                            utf16 += width(c); i += 1
                            continue
                        }
                        // Apostrophe inside a word: French elision (l', d', qu'), English possessive ('s), or part of the name (O'Brien).
                        // Uzbek writes its oʻ and gʻ with ‘ as often as with ʻ (a letter) or ': "O‘zbekiston", "Ulug‘bek" are one
                        // word (‘ before a small letter; an opening quote follows a space).
                        if c == "'" || c == "\u{2019}" || c == "\u{2018}" && i + 1 < scalars.count && scalars[i + 1].properties.isLowercase,
                           i + 1 < scalars.count, Self.isAlphabetic(scalars[i + 1]) {
                            // Turkish writes case endings after a proper name's apostrophe ("Astana'da"): the name ends here.
                            if script == .latin, isUpper(scalars[a]), Self.turkishCaseEnding(scalars, apostrophe: i, wordStart: a) != nil { break }
                            // "N'Djamena", "M'Bour": a capital other than L' and D' before a capital is a name's, not an elision.
                            let nameApostrophe = i - a == 1 && isUpper(scalars[a]) && isUpper(scalars[i + 1]) && scalars[a] != "L" && scalars[a] != "D"
                            if i - a <= 6, !nameApostrophe, isElision(a, i) {
                                utf16 += width(c); i += 1
                                elided = true
                                break
                            }
                            let next = scalars[i + 1]
                            if next == "s" || next == "S", i + 2 >= scalars.count || !Self.isAlphabetic(scalars[i + 2]) {
                                break
                            }
                            utf16 += width(c); i += 1
                            continue
                        }
                        break
                    }
                    kind = elided ? .elision : .word
                    keyOverride = elided ? elisionKey : noKeyOverride
                    break token
                }
                if !punct, isASCII ? (s.value >= 0x30 && s.value <= 0x39) : s.properties.numericType != nil {
                    while i < scalars.count {
                        let c = scalars[i]
                        // ASCII: only the digits have a numeric type.
                        if c.value < 0x80 ? !(c.value >= 0x30 && c.value <= 0x39) : c.properties.numericType == nil || TextFolding.isHan(c) { break }
                        utf16 += width(c); i += 1
                    }
                    kind = .number
                    break token
                }
                // Punctuation and symbols: one token each ("'s" kept whole).
                if (s == "'" || s == "\u{2019}"), made > 0, out.unsafelyUnwrapped[made - 1].kind == .word,
                   out.unsafelyUnwrapped[made - 1].end == utf16, out.unsafelyUnwrapped[made - 1].script == .latin,
                   let n = Self.turkishCaseEnding(scalars, apostrophe: i, wordStart: i - out.unsafelyUnwrapped[made - 1].text.unicodeScalars.count) {
                    // The ending split off above: one token, like "'s", so it neither joins nor breaks words.
                    for k in a...(a + n) { utf16 += width(scalars[k]) }
                    i = a + n + 1
                    break token
                }
                if (s == "'" || s == "\u{2019}"), i + 1 < scalars.count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                   i + 2 >= scalars.count || !Self.isAlphabetic(scalars[i + 2]) {
                    utf16 += width(s) + 1; i += 2
                    keyOverride = possessiveKey
                    break token
                }
                utf16 += width(s); i += 1
                wasSpace = space
                mark = true
            }
            // The token of scalars `a..<b`, UTF-16 `start..<end`.
            // `keyOverride`: the key this word gets (after its start marks were computed from its folded key):
            // `possessiveKey` ("'s") for a possessive, `elisionKey` (the elided form with a straight apostrophe)
            // for an elision, `noKeyOverride` for the others.
            // (Written here, the loop's one place that makes a token: a nested function called from six places
            // was passed the twenty-odd variables it shares with the loop one by one per token, and a closure
            // for the key override was made and released per word.)
            do {
                let b = i, end = utf16
                let isStart = sentenceEnd && (kind == .word || kind == .number || kind == .elision)
                // Everything that depends only on the token's bytes and kind is computed once per
                // distinct word and shared by its repetitions: looked up by one probe of the cache (whose
                // mark of this text gives the word's index here, see `WordCache.beginText`), or of the
                // text's own table for a word the cache has no room for.
                let from = offsets[a], count = offsets[b] - from
                let hash = WordTable.hash(base, from, from + count, kind)
                // What the token takes from its word, found or computed below. (No nested function here: one
                // that shares the loop's variables made the compiler check every access to them dynamically.)
                var inCache = false
                var word: Int32 = 0, entry: Int32 = 0, keyHash: UInt64 = 0, cap = false, allCaps = false, starts: UInt16 = 0
                var keyLength: UInt8 = 0
                if let cacheRef {
                    let c = cacheRef.find(hash, base + from, count, kind)
                    if c >= 0 {
                        // Read in the cache's entries, not copied (its strings are not retained per article).
                        let info = cacheRef.info(c)
                        let seen = cacheRef.wordIndex(c, generation: generation)
                        if seen >= 0 { word = seen } else {
                            word = wordCount
                            let w = wordCount
                            cacheRef.setWordIndex(c, w, generation: generation)
                            wordCount += 1
                        }
                        inCache = true
                        entry = Int32(c); keyHash = info.keyHash; cap = info.capitalized; allCaps = info.allCaps; starts = info.starts
                        keyLength = info.keyLength
                    }
                }
                if !inCache {
                    // A word the cache does not hold: new in the cache (nearly always) or in the text's own words.
                    let w = newWord(a, b, kind: kind, script: script, keyOverride: keyOverride, hash: hash, from: from, count: count,
                                    bytes: bytes, scalars: scalars, offsets: offsets, marks: marks, cache: cache,
                                    generation: generation, words: words, table: &table, wordCount: &wordCount)
                    inCache = w.inCache
                    word = w.word; entry = w.entry; keyHash = w.info.keyHash; cap = w.info.capitalized; allCaps = w.info.allCaps
                    starts = w.info.starts; keyLength = w.info.keyLength
                }
                if made == room {
                    out = Self.makeRoom(&tokens, words: words, first: scalars.count / 4 + 8)
                    room = tokens.count
                }
                out.unsafelyUnwrapped[made] = Token(words: inCache ? cacheWords.unsafelyUnwrapped : words, word: word, entry: entry, keyHash: keyHash,
                                                    start: start, end: end, kind: kind, script: script, capitalized: cap, allCaps: allCaps,
                                                    spaceBefore: space, newlineBefore: newline, sentenceStart: isStart, starts: starts,
                                                    keyLength: keyLength)
                made += 1
                if kind != .punct { sentenceEnd = false }
                space = false
                newline = false
            }
            if mark, Self.endsSentence(s, wasSpace: wasSpace, tokens: UnsafeBufferPointer(start: out, count: made), next: i, scalars: scalars) {
                sentenceEnd = true
            }
        }
        if tokens.count > made { tokens.removeLast(tokens.count - made) }
        return TokenizedText(words: words, tokens: tokens, cacheWords: cacheWords, wordCount: Int(wordCount))
    }

    /// A token's key override (see the tokenizer's loop): none, an elision's (its U+2019 made "'"), a possessive's ("'s").
    private static var noKeyOverride: UInt8 { 0 }
    private static var elisionKey: UInt8 { 1 }
    private static var possessiveKey: UInt8 { 2 }

    /// The word of scalars `a..<b` (bytes `from..<from + count`, table hash `hash`) of a token that the
    /// cache does not hold: looked up in the text's own table, else made (its string, key, stems, start
    /// marks) and kept in the cache when it has room, else in `words` and `table`. Out of line: the
    /// tokenizer's loop runs it for a text's new words only, and kept inline it made the loop too large for
    /// the compiler to inline the look-ups of every token.
    @inline(never)
    private static func newWord(_ a: Int, _ b: Int, kind: Token.Kind, script: TokenScript, keyOverride: UInt8, hash: UInt64, from: Int,
                                count: Int, bytes: UnsafeBufferPointer<UInt8>, scalars: UnsafeBufferPointer<Unicode.Scalar>, offsets: UnsafeBufferPointer<Int>,
                                marks: StartMarks?, cache: WordCache?, generation: UInt32, words: TokenWords, table: inout WordTable?,
                                wordCount: inout Int32) -> (inCache: Bool, word: Int32, entry: Int32, info: WordCache.Info) {
        let base = bytes.baseAddress ?? UnsafePointer<UInt8>(bitPattern: 1).unsafelyUnwrapped   // (read only when a token has bytes)
        var inCache = false
        var word: Int32 = 0, entry: Int32 = 0, keyHash: UInt64 = 0, cap = false, allCaps = false, starts: UInt16 = 0
        var keyLength: UInt8 = 0
        do {
            var index = table?.find(hash: hash, base, from, from + count, kind).index
            if index == nil {
                let str = makeString(bytes, offsets, a, b)
                // One UTF-8 byte per scalar: the token is ASCII.
                let ascii = count == b - a
                if kind == .word, script == .latin || script == .cyrillic || script == .other {
                    cap = isUpper(scalars[a])
                    if cap, b - a >= 2 {
                        allCaps = true
                        for k in a..<b where !isUpper(scalars[k]) { allCaps = false; break }
                    }
                }
                var key = kind == .punct ? str : foldedKey(str, ascii: ascii, han: script == .han, a, b, bytes: bytes, scalars: scalars, offsets: offsets)
                keyHash = Token.hash(key)
                let stems = script == .arabic ? ArabicStemmer.candidates(key)
                    : script == .other ? HangulParticles.candidates(key) : []
                starts = marks?.starts(key: key, keyHash: keyHash, script: script, stems: stems) ?? 0xFFFF
                // Folding already maps U+2019 to "'": an elision's is replaced only if one is left (never, in practice).
                if keyOverride == possessiveKey || keyOverride == elisionKey && key.utf8.contains(0xE2) {
                    key = keyOverride == possessiveKey ? "'s" : key.replacingOccurrences(of: "\u{2019}", with: "'")
                    keyHash = Token.hash(key)
                }
                keyLength = Token.keyLength(key.utf8.count)
                // Kept in the cache when it has room (and read there, its later tokens found there), else in the text's own words.
                var c: Int32 = -1
                if let cache {
                    c = cache.insert(hash, base + from, count, kind, entry: TokenWords.Entry(text: str, key: key, stems: stems),
                                     info: WordCache.Info(keyHash: keyHash, capitalized: cap, allCaps: allCaps, starts: starts,
                                                         keyLength: keyLength))
                    if c >= 0 { cache.setWordIndex(Int(c), wordCount, generation: generation) }
                }
                if c >= 0 {
                    inCache = true
                    word = wordCount
                    entry = c
                } else {
                    let w = words.append(text: str, key: key, stems: stems)
                    if table == nil { table = WordTable(expected: 16) }
                    let probe = table!.find(hash: hash, base, from, from + count, kind)
                    index = table!.insert(WordTable.Word(word: wordCount, entry: w, keyHash: keyHash, capitalized: cap,
                                                         allCaps: allCaps, starts: starts, keyLength: keyLength),
                                          at: probe, bytes: from..<(from + count), kind)
                }
                wordCount += 1
            }
            if !inCache {
                let info = table!.word(index.unsafelyUnwrapped)
                word = info.word; entry = info.entry; keyHash = info.keyHash; cap = info.capitalized; allCaps = info.allCaps
                starts = info.starts; keyLength = info.keyLength
            }
        }
        return (inCache, word, entry, WordCache.Info(keyHash: keyHash, capitalized: cap, allCaps: allCaps, starts: starts, keyLength: keyLength))
    }

    /// The string of scalars `a..<b` (bytes `offsets[a]..<offsets[b]`).
    static func makeString(_ bytes: UnsafeBufferPointer<UInt8>, _ offsets: UnsafeBufferPointer<Int>, _ a: Int, _ b: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[offsets[a]..<offsets[b]]), as: UTF8.self)
    }

    /// The folded key of `str`, the text of scalars `a..<b` (bytes `offsets[a]..<offsets[b]`).
    static func foldedKey(_ str: String, ascii: Bool, han: Bool, _ a: Int, _ b: Int, bytes: UnsafeBufferPointer<UInt8>,
                          scalars: UnsafeBufferPointer<Unicode.Scalar>, offsets: UnsafeBufferPointer<Int>) -> String {
        // A Han run: `TextFolding.key` maps none of its scalars and lowercasing leaves them
        // alone (ideographs have no case), so the key is the text (the slow path gave the same).
        if han { return str }
        if ascii {
            // ASCII: the key is the text lowercased, and most often the text itself.
            let from = offsets[a], count = offsets[b] - offsets[a]
            var hasUpper = false
            for p in from..<(from + count) where bytes[p] >= 0x41 && bytes[p] <= 0x5A { hasUpper = true; break }
            guard hasUpper else { return str }
            return String(unsafeUninitializedCapacity: count) { out in
                for k in 0..<count {
                    let u = bytes[from + k]
                    out[k] = u >= 0x41 && u <= 0x5A ? u | 0x20 : u
                }
                return count
            }
        }
        // What `TextFolding.key` does for non-ASCII text, over the scalars already decoded.
        return FoldTable.shared.fold(UnsafeBufferPointer(rebasing: scalars[a..<b])) ?? TextFolding.key(Substring(str))
    }

    /// Room for more tokens at the end of `tokens` (placeholders, overwritten as tokens are made): `first` (what was
    /// reserved) when it holds none, else half as many as it holds (at least 16). Returns the address of its storage
    /// (unique). Out of line: a few times a text at most. (A fixed 64 at first made the lexicon's set-up, which tokenizes
    /// some hundred thousand short phrases without a cache, write 64 placeholders for each.)
    @inline(never) private static func makeRoom(_ tokens: inout [Token], words: TokenWords, first: Int) -> UnsafeMutablePointer<Token> {
        let placeholder = Token(words: words, word: -1, entry: 0, keyHash: 0, start: 0, end: 0, kind: .punct, script: .other,
                                capitalized: false, allCaps: false, spaceBefore: false, newlineBefore: false, sentenceStart: false,
                                starts: 0, keyLength: 0)
        tokens.append(contentsOf: repeatElement(placeholder, count: tokens.isEmpty ? Swift.max(first, 1) : Swift.max(16, tokens.count / 2)))
        return tokens.withUnsafeMutableBufferPointer { $0.baseAddress.unsafelyUnwrapped }
    }

    /// Whether the punctuation mark `s`, the last of `tokens` (after whitespace if `wasSpace`), followed by
    /// scalar `next`, makes the next word sentence-initial. (Out of line: asked of punctuation only.)
    @inline(never)
    private static func endsSentence(_ s: Unicode.Scalar, wasSpace: Bool, tokens: UnsafeBufferPointer<Token>, next i: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        switch s {
        case ".", "!", "?", "\u{061F}", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}", ";":
            // A period after an initial or a known abbreviation does not end the sentence.
            if s == ".", tokens.count >= 2, !wasSpace, tokens[tokens.count - 2].kind == .word,
               tokens[tokens.count - 2].isInitialLetter || abbreviationKeys.contains(tokens[tokens.count - 2]) {
                return false
            }
            if s == ".", i < scalars.count, !Self.isWhitespace(scalars[i]) { return false } // 1.5, U.S.
            return true
        case ":", "\u{2014}", "\u{2013}", "\u{201C}", "\u{00AB}", "\"", "(", "[":
            // After an opening quote or a colon, capitals are often sentence-initial too.
            if s == ":" || s == "\u{201C}" || s == "\u{00AB}" || s == "\"" {
                if tokens.count >= 2, tokens[tokens.count - 2].kind == .punct || s == ":" { return true }
                if tokens.count == 1 { return true }
            }
            return false
        default:
            return false
        }
    }

    /// The scalars of the valid UTF-8 `bytes` and the byte offset of each (one more: the end).
    static func decodeScalars(_ bytes: [UInt8]) -> ([Unicode.Scalar], [Int]) {
        bytes.withUnsafeBufferPointer { decodeScalars($0) }
    }

    /// `decodeScalars` of the bytes in place.
    static func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Unicode.Scalar], [Int]) {
        var offsets: [Int] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
            offsets = [Int](unsafeUninitializedCapacity: bytes.count + 1) { offs, offsetCount in
                let k = decode(bytes.baseAddress, bytes.count, into: out.baseAddress, offs.baseAddress.unsafelyUnwrapped)
                count = k
                offsetCount = k + 1
            }
        }
        return (scalars, offsets)
    }

    /// `decodeScalars` over plain pointers (`out` has room for `n` scalars, `offs` for `n + 1`
    /// offsets): returns the scalar count. The rest of an ASCII run (most of a Latin text) is
    /// copied eight bytes at a time, each byte its own scalar at its own offset. (The bytes are
    /// valid UTF-8: every decoded value is a scalar value, so none is checked.)
    static func decode(_ src: UnsafePointer<UInt8>?, _ n: Int, into out: UnsafeMutablePointer<Unicode.Scalar>?,
                       _ offs: UnsafeMutablePointer<Int>) -> Int {
        var p = 0, k = 0
        if let src, let out {   // (nil only for an empty text)
            while p < n {
                offs[k] = p
                let b0 = UInt32(src[p])
                if b0 < 0x80 {
                    out[k] = Unicode.Scalar(UInt8(truncatingIfNeeded: b0))
                    p &+= 1
                    k &+= 1
                    // (Wrapping arithmetic: offsets stay below `n`, and no check per byte.) The eight scalars
                    // (the bytes widened) and their eight offsets are stored as two vectors.
                    let lanes = SIMD8<Int>(0, 1, 2, 3, 4, 5, 6, 7)
                    while p &+ 8 <= n {
                        let eight = UnsafeRawPointer(src + p).loadUnaligned(as: UInt64.self)
                        guard eight & 0x8080_8080_8080_8080 == 0 else { break }
                        UnsafeMutableRawPointer(offs + k).storeBytes(of: SIMD8<Int>(repeating: p) &+ lanes, as: SIMD8<Int>.self)
                        let bytes8 = unsafeBitCast(eight, to: SIMD8<UInt8>.self)   // (the bytes in memory order)
                        UnsafeMutableRawPointer(out + k).storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: bytes8), as: SIMD8<UInt32>.self)
                        p &+= 8
                        k &+= 8
                    }
                    continue
                }
                var v: UInt32
                if b0 < 0xE0 { v = (b0 & 0x1F) << 6 | UInt32(src[p &+ 1] & 0x3F); p &+= 2 }
                else if b0 < 0xF0 { v = (b0 & 0x0F) << 12 | UInt32(src[p &+ 1] & 0x3F) << 6 | UInt32(src[p &+ 2] & 0x3F); p &+= 3 }
                else { v = (b0 & 0x07) << 18 | UInt32(src[p &+ 1] & 0x3F) << 12 | UInt32(src[p &+ 2] & 0x3F) << 6 | UInt32(src[p &+ 3] & 0x3F); p &+= 4 }
                out[k] = unsafeBitCast(v, to: Unicode.Scalar.self)
                k &+= 1
            }
        }
        offs[k] = n
        return k
    }

    /// `properties.isAlphabetic`, answered without the Unicode tables for ASCII (letters only)
    /// and the common letters.
    /// Uppercase (`properties.isUppercase`), answered without the tables for ASCII, Latin-1 and basic Cyrillic.
    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        // Latin-1 letters and basic Cyrillic answer without the property tables.
        if v >= 0xC0 && v <= 0xFF { return v <= 0xDE && v != 0xD7 }
        if v >= 0x0400 && v <= 0x045F { return v <= 0x042F }
        return Tokenizer.isUppercaseProperty(s)
    }

    /// `s.properties.isUppercase`, out of line: a function that reads a scalar's properties inline
    /// reserves stack for them on every call (their size is known only at run time, a metadata
    /// call), which the tokenizer's `append` paid once per token though it rarely asks.
    @inline(never) static func isUppercaseProperty(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }

    @inline(__always) static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return isCommonLetter(v) || s.properties.isAlphabetic
    }

    /// `properties.isWhitespace`, answered without the Unicode tables for ASCII (tab to carriage return, space).
    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x80 ? (v >= 0x09 && v <= 0x0D) || v == 0x20 : s.properties.isWhitespace
    }

    /// A nonspacing or spacing combining mark (none in ASCII).
    @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool {
        guard s.value >= 0x80 else { return false }
        let cat = s.properties.generalCategory
        return cat == .nonspacingMark || cat == .spacingMark
    }

    /// Combining marks that continue a word: the combining diacritics of decomposed Latin and
    /// Vietnamese text (U+0300–U+036F) and the Arabic harakat (U+064B–U+065F, U+0670), all
    /// nonspacing marks (what `isMark` answers from the tables; tests check every one).
    @inline(__always) static func isCommonMark(_ v: UInt32) -> Bool {
        (v >= 0x0300 && v <= 0x036F) || (v >= 0x064B && v <= 0x065F) || v == 0x0670
    }

    /// Common punctuation outside ASCII that has no letter, number or whitespace property and is
    /// not Han: CJK punctuation and brackets, fullwidth forms, typographic quotes and dashes,
    /// guillemets, the Arabic comma. (Tests check each against the Unicode properties.)
    @inline(__always) static func isCommonPunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x00AB, 0x00BB, 0x00B7, 0x060C, 0x061B, 0x061F,
             0x2010...0x2015, 0x2018...0x201F, 0x2022, 0x2026,
             0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301B,
             0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF3D, 0xFF5B...0xFF5D:
            return true
        default:
            return false
        }
    }

    /// Turkish case endings written after a proper name's apostrophe (locative, ablative, dative,
    /// genitive, accusative, instrumental, relative: "Astana'da", "Ankara'dan", "Çin'in",
    /// "Tokayev'le"), two letters or more.
    static let turkishEndings: Set<String> = [
        "da", "de", "ta", "te", "dan", "den", "tan", "ten", "ya", "ye", "la", "le", "yla", "yle", "na", "ne", "nda", "nde",
        "ndan", "nden", "daki", "deki", "taki", "teki", "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "yı", "yi",
        "yu", "yü", "lı", "li", "lu", "lü", "ndaki", "ndeki",
    ]

    /// The letters of a Turkish case ending after the apostrophe at `apostrophe`, when the word
    /// before it (from `wordStart`) is a capitalized name of two letters or more and the ending's
    /// vowel follows the name's last vowel by vowel harmony (Ankara'da, Çin'de, Soçi'ye, Kabul'ün: a
    /// back vowel takes a/ı/u, a front one e/i/ü; rounded o u ö ü take u ü in the four-way
    /// endings). Harmony keeps out apostrophes that are no Turkish ending ("Mu'in", "Sana'a").
    static func turkishCaseEnding(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, apostrophe: Int, wordStart: Int) -> Int? {
        guard wordStart >= 0, apostrophe - wordStart >= 2 else { return nil }
        var end = apostrophe + 1
        while end < scalars.count, end - apostrophe <= 6, scalars[end].properties.isLowercase { end += 1 }
        guard end - apostrophe - 1 >= 2 else { return nil }
        if end < scalars.count, isAlphabetic(scalars[end]) { return nil }
        let ending = String(String.UnicodeScalarView(scalars[(apostrophe + 1)..<end]))
        guard turkishEndings.contains(ending) else { return nil }
        // The name's last vowel and the ending's first.
        let back: Set<Character> = ["a", "ı", "o", "u", "A", "I", "O", "U"]
        let front: Set<Character> = ["e", "i", "ö", "ü", "E", "İ", "Ö", "Ü"]
        let rounded: Set<Character> = ["o", "u", "ö", "ü", "O", "U", "Ö", "Ü"]
        var last: Character?
        for k in stride(from: apostrophe - 1, through: wordStart, by: -1) {
            let ch = Character(scalars[k])
            if back.contains(ch) || front.contains(ch) { last = ch; break }
        }
        guard let nameVowel = last, let v = ending.first(where: { back.contains($0) || front.contains($0) }) else { return nil }
        guard back.contains(nameVowel) == back.contains(v) else { return nil }
        if "ıiuü".contains(v), rounded.contains(nameVowel) != rounded.contains(v) { return nil }
        return end - apostrophe - 1
    }

    /// 1 hiragana, 2 katakana (with the prolonged-sound mark and half-width forms), 0 neither.
    @inline(__always) static func kanaClass(_ v: UInt32) -> UInt8 {
        if v < 0x3040 { return 0 }
        if v <= 0x309F { return 1 }
        if v <= 0x30FF || (v >= 0x31F0 && v <= 0x31FF) || (v >= 0xFF66 && v <= 0xFF9F) { return 2 }
        return 0
    }

    /// How many scalars from byte `from` of the valid UTF-8 `bytes` on are, in a row, letters that
    /// the word loop takes without asking more (an ASCII letter, or `isCommonLetter` or `isCommonMark`):
    /// ASCII letters, Latin-1 and Latin Extended letters (U+00C0–U+024F but × and ÷), Cyrillic
    /// U+0400–U+047F, Arabic letters and harakat U+0621–U+063A, U+0641–U+065F, and the Vietnamese
    /// letters U+1E00–U+1EFF. Each is one UTF-16 unit. Read from the bytes: the scalar loop paid a
    /// bounds check, a reload and an overflow check per letter (a fifth of the tokenizer).
    @inline(__always) static func commonLetterRun(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var p = from, k = 0
        let n = bytes.count
        while p < n {
            let b = bytes[p]
            if (b | 0x20) &- 0x61 < 26 {
                // An ASCII letter: it and the ASCII letters after it among the next eight bytes, at once.
                guard p &+ 8 <= n else { p &+= 1; k &+= 1; continue }
                let t = asciiLetterPrefix(UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + p))
                p &+= t; k &+= t
                continue
            }
            // (Valid UTF-8: a lead byte's continuation bytes follow it.)
            guard b >= 0xC3, p + 1 < n else { break }
            let d = bytes[p + 1]
            if b <= 0xC8 {
                // U+00C0–U+023F: letters, but for × (C3 97) and ÷ (C3 B7).
                if b == 0xC3, d == 0x97 || d == 0xB7 { break }
                p += 2
            } else if b == 0xC9 {
                guard d <= 0x8F else { break }   // U+0240–U+024F
                p += 2
            } else if b == 0xD0 || b == 0xD1 {
                p += 2                            // U+0400–U+047F
            } else if b == 0xD8 {
                guard d >= 0xA1 && d <= 0xBA else { break }   // U+0621–U+063A
                p += 2
            } else if b == 0xD9 {
                guard d >= 0x81 && d <= 0x9F else { break }   // U+0641–U+065F
                p += 2
            } else if b == 0xE1 {
                guard d >= 0xB8 && d <= 0xBB, p + 2 < n else { break }   // U+1E00–U+1EFF
                p += 3
            } else {
                break
            }
            k += 1
        }
        return k
    }

    /// How many of the eight bytes at `p`, from the first, are ASCII letters (A–Z, a–z), by bit
    /// arithmetic over the eight at once. Per byte `b` below 0x80, `x = b | 0x20` is at most 0x7F, so
    /// `x + 0x1F` has its high bit set exactly when `x >= 0x61` and `x + 0x05` when `x >= 0x7B`, no
    /// byte carrying into the next; a byte of 0x80 or more is no letter, and a carry out of it can
    /// change only the bytes after it, past the first that is no letter.
    @inline(__always) static func asciiLetterPrefix(_ p: UnsafeRawPointer) -> Int {
        let w = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
        let high: UInt64 = 0x8080_8080_8080_8080
        let x = w | 0x2020_2020_2020_2020
        let atLeastA = (x &+ 0x1F1F_1F1F_1F1F_1F1F) & high
        let pastZ = (x &+ 0x0505_0505_0505_0505) & high
        let notLetter = (w & high) | (atLeastA ^ high) | pastZ
        return notLetter == 0 ? 8 : notLetter.trailingZeroBitCount &>> 3
    }

    /// Letters of the Latin, Cyrillic and Arabic blocks that are certainly alphabetic and
    /// not Han, all inside the Basic Multilingual Plane: skips the Unicode property tables.
    @inline(__always) static func isCommonLetter(_ v: UInt32) -> Bool {
        (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x1E00 && v <= 0x1EFF)
            || (v >= 0x0400 && v <= 0x0481) || (v >= 0x0621 && v <= 0x063A) || (v >= 0x0641 && v <= 0x064A)
    }

    /// The distinct token texts of one article that no `WordCache` holds (all of them without a
    /// cache), by their bytes (open addressing).
    struct WordTable {
        /// What the tokens of one word share besides its strings (those are in the text's `TokenWords`).
        struct Word {
            var word: Int32
            /// Where its strings are among the text's own words.
            var entry: Int32
            var keyHash: UInt64
            var capitalized: Bool
            var allCaps: Bool
            var starts: UInt16
            var keyLength: UInt8
        }
        private var slots: [Int32]
        private var mask: Int
        /// A distinct word: its table hash, where its bytes are, its kind and what its tokens share.
        /// One array (it was three: hashes, ranges, words): a probe reads one entry, and a new
        /// word is one append, not three, each with its uniqueness and capacity checks.
        private struct Known {
            var hash: UInt64
            var start: Int
            var end: Int
            var kind: Token.Kind
            var word: Word
        }
        private var known: [Known] = []

        /// The distinct word of index `e` (the index `find` or `insert` gave).
        @inline(__always) func word(_ e: Int) -> Word { known[e].word }

        init(expected: Int) {
            var capacity = 64
            while capacity < expected * 2 { capacity *= 2 }
            slots = [Int32](repeating: -1, count: capacity)
            mask = capacity - 1
            known.reserveCapacity(expected)
        }

        /// Where a word was looked up: its index if seen before, else the free slot for it.
        struct Probe {
            var index: Int?
            var slot: Int
            var hash: UInt64
        }

        /// The table's hash of the word of `base[start..<end]` as `kind` (also the `WordCache`'s).
        @inline(__always) static func hash(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ kind: Token.Kind) -> UInt64 {
            // Eight bytes a step.
            var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(kind.rawValue)
            var p = start
            while p + 8 <= end {
                h = (h ^ UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
                p += 8
            }
            var tail = UInt64(end - start) << 56
            if p < end {
                // The last 1–7 bytes, first byte lowest: one load of the eight bytes that end
                // at `end`, shifted (the same value the byte loop below builds, in a few steps).
                if end >= 8 {
                    tail |= UnsafeRawPointer(base + (end - 8)).loadUnaligned(as: UInt64.self) >> (UInt64(8 - (end - p)) << 3)
                } else {
                    var shift: UInt64 = 0
                    while p < end { tail |= UInt64(base[p]) << shift; shift += 8; p += 1 }
                }
            }
            h = (h ^ tail) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 32
            return h
        }

        /// Looks up the word of `base[start..<end]` as `kind`, whose `hash` is `h`.
        /// `mutating` only so that the caller passes the table in place: called on a captured
        /// variable, a non-mutating call copied the table (retaining its four arrays) per token.
        mutating func find(hash h: UInt64, _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ kind: Token.Kind) -> Probe {
            var i = Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
            while true {
                let e = slots[i]
                if e < 0 { return Probe(index: nil, slot: i, hash: h) }
                let r = known[Int(e)]
                if r.hash == h, r.kind == kind, r.end - r.start == end - start,
                   memcmp(base + r.start, base + start, end - start) == 0 {
                    return Probe(index: Int(e), slot: i, hash: h)
                }
                i = (i + 1) & mask
            }
        }

        /// Adds a word that `find` did not find (with nothing inserted since); returns its index.
        mutating func insert(_ w: Word, at probe: Probe, bytes: Range<Int>, _ kind: Token.Kind) -> Int {
            let index = known.count
            slots[probe.slot] = Int32(index)
            known.append(Known(hash: probe.hash, start: bytes.lowerBound, end: bytes.upperBound, kind: kind, word: w))
            if known.count * 2 > slots.count { grow() }
            return index
        }

        private mutating func grow() {
            let capacity = slots.count * 2
            slots = [Int32](repeating: -1, count: capacity)
            mask = capacity - 1
            for e in known.indices {
                let h = known[e].hash
                var i = Int(truncatingIfNeeded: ((h ^ (h >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
                while slots[i] >= 0 { i = (i + 1) & mask }
                slots[i] = Int32(e)
            }
        }
    }

    /// French elisions, and the Italian articulated prepositions that elide ("dell'Economia",
    /// "nell'ambito": the name after them is a word of its own, as after French "l'").
    static let elisions: Set<String> = ["l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu",
                                        "dell", "dall", "nell", "sull", "all"]
    /// `elisions` as lowercase ASCII bytes.
    private static let elisionBytes: [[UInt8]] = elisions.map { Array($0.utf8) }

    /// ASCII `text`, lowercased, is one of `elisions`.
    static func isASCIIElision(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count <= 6 else { return false }
        var lower: (UInt64) = 0
        for (k, b) in text.enumerated() { lower |= UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) << (8 * UInt64(k)) }
        return elisionCodes.contains(lower | UInt64(text.count) << 56)
    }
    /// `elisionBytes` packed as `isASCIIElision` packs a text (bytes, then the length in the top byte).
    private static let elisionCodes: [UInt64] = elisionBytes.map { b in
        var code = UInt64(b.count) << 56
        for (k, x) in b.enumerated() { code |= UInt64(x) << (8 * UInt64(k)) }
        return code
    }
}
