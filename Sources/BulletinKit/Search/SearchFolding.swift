import Foundation

/// Folds text into the token text the full-text index stores, and queries
/// into the same form, so that matching ignores case, diacritics and the
/// spelling variants each script allows.
///
/// The folded text is complete: every scalar that is not part of a word
/// (punctuation, symbols, spaces of any kind) becomes a space, and every
/// letter comes out in lower case without Latin diacritics, so the index
/// uses FTS5's `ascii` tokenizer, which only splits on ASCII spaces and
/// punctuation (a third cheaper than `unicode61` to insert with). Words are
/// letters, digits and combining marks (Hindi or Thai vowel signs stay in
/// the word, where `unicode61` cut it), as `SnippetBuilder` reads them.
/// On top of what `unicode61 remove_diacritics 2` would do:
/// - Latin letters without a decomposition (Vietnamese `đ`, Polish `ł`, `ø`,
///   `ß`, `æ`): folded through ICU's "Latin-ASCII" transform, precomputed
///   into a table once so the hot loop never calls ICU.
/// - Arabic: alef forms (أ إ آ ٱ → ا), taa marbuta (ة → ه), alef maqsura
///   (ى → ي), harakat and tatweel removed; the article cluster
///   `(و|ف)?(ب|ك|ل)?ال` and `لل` stripped; and when the word then starts with
///   a one-letter clitic (و ف ب ل ك) an extra token without it follows, so
///   "وبيلاروسيا" is found by "بيلاروسيا".
/// - Cyrillic: upper case folded here (ё → е, й → и as unicode61 would).
/// - CJK (Han, kana, Hangul): runs are cut into overlapping bigrams (plus the
///   run's last character as a unigram in documents) so "中国" finds "中国人".
/// - Thai, Lao, Khmer and Burmese, also written without spaces between words:
///   runs are cut the same way into bigrams of clusters, a cluster being a
///   base letter with the marks that follow it (vowel signs above and below,
///   tone marks, and a consonant stacked under it by Khmer's coeng or
///   Burmese's virama), so "ตลาด" finds "ตลาดใหม่" and no token splits a base
///   from its marks: "กม" does not find "กม่". Their digits fold to ASCII
///   (๒๕๖๗ is 2567). A zero-width space inside such a run (Khmer and Burmese
///   text often marks word breaks so) is dropped: the run goes on, as the
///   reader sees it and a query types it.
///
/// The folding is versioned (`version`): a change to it changes the tokens,
/// so an index built with another version is rebuilt.
public enum SearchFolding {
    /// Bump whenever `fold` changes its output: old indexes are then rebuilt.
    /// 2: every non-word scalar folded to a space and every letter to lower
    /// case here (the index's tokenizer became `ascii`); marks kept in words.
    /// 3: Thai, Lao, Khmer and Burmese runs cut into cluster bigrams (`seaKind`),
    /// their digits folded to ASCII.
    public static let version = 3

    /// Documents keep a trailing unigram per CJK run (so single-character
    /// queries match every character); queries use bigrams only so that a
    /// multi-character query is a phrase of adjacent bigrams.
    public enum Mode: Sendable {
        case document
        case query
    }

    /// The folded token text of `text` (tokens separated by spaces or punctuation).
    public static func fold(_ text: String, mode: Mode = .document) -> String {
        String(decoding: foldUTF8(text, mode: mode), as: UTF8.self)
    }

    /// `fold(text)` as UTF-8 bytes, for the index's writer to bind as they
    /// are: a `String` of them would be validated as UTF-8 once more, then
    /// copied to SQLite all the same (per article, the whole body).
    static func foldUTF8(_ text: String, mode: Mode = .document) -> [UInt8] {
        var text = text
        return text.withUTF8 { p in
            if let folded = RawFolder.fold(p, mode: mode) { return folded }
            return foldWithFolder(p, mode: mode)
        }
    }

    /// `foldUTF8` through `Folder` (what `RawFolder` must equal, byte for byte).
    static func foldWithFolder(_ p: UnsafeBufferPointer<UInt8>, mode: Mode) -> [UInt8] {
        var folder = Folder(mode: mode)
        folder.out.reserveCapacity(p.count * 2 + 16)
        folder.feed(utf8: p)
        folder.flush()
        return folder.out
    }

    /// An entity name as the one token the index's `names` column holds:
    /// its folded words joined by U+00B7 (a separator everywhere else, so
    /// it never occurs in folded text, while the `ascii` tokenizer keeps it
    /// inside a token). A name query is then one term, not a phrase: ranking
    /// a phrase makes FTS5 check positions in every article holding its
    /// words ("to lam": 5 ms of a 13 ms search at 100,000 articles).
    /// Empty when the name has no word.
    public static func nameToken(_ name: String) -> String {
        String(decoding: nameTokenUTF8(folded: foldUTF8(name, mode: .document)), as: UTF8.self)
    }

    /// `nameToken` of the name whose `foldUTF8` is `folded`, as UTF-8 bytes: the
    /// index writes each distinct name's token and folded text (`PreparedArticle.namesText`)
    /// from one folding, without the `String` indices and joins of `referenceNameToken`.
    static func nameTokenUTF8(folded: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(folded.count)
        var inWord = false
        for b in folded {
            // Split as the `ascii` tokenizer does: ASCII other than letters and digits separates.
            let isSeparator = b < 0x80 && !((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A))
            if isSeparator {
                inWord = false
                continue
            }
            if !inWord, !out.isEmpty { out += [0xC2, 0xB7] }  // U+00B7 between words
            inWord = true
            out.append(b)
        }
        return out
    }

    /// `nameToken` as it was first written (what `nameTokenUTF8` must equal; tests compare the two).
    static func referenceNameToken(_ name: String) -> String {
        let folded = fold(name, mode: .document)
        var words: [Substring] = []
        var start: String.Index?
        var i = folded.utf8.startIndex
        // Split as the `ascii` tokenizer does: ASCII other than letters and digits separates.
        while i < folded.utf8.endIndex {
            let b = folded.utf8[i]
            let isSeparator = b < 0x80 && !((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A))
            if isSeparator {
                if let s = start { words.append(folded[s..<i]) }
                start = nil
            } else if start == nil {
                start = i
            }
            i = folded.utf8.index(after: i)
        }
        if let s = start { words.append(folded[s...]) }
        return words.joined(separator: "\u{00B7}")
    }

    /// Whether `scalar` is written without spaces between words and is
    /// therefore indexed as bigrams: Han, Hiragana, Katakana, Hangul.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }

    /// The index after the unit of a pending run (`Folder.cjk`) that starts at
    /// `i`: one CJK character, or a cluster of Thai, Lao, Khmer or Burmese (its
    /// base, the marks after it, and a base stacked after a coeng or virama).
    @inline(__always) static func nextUnit(_ run: [UInt32], after i: Int) -> Int {
        var j = i + 1
        while j < run.count {
            let k = run[j] >> 24
            if k >= 2 || (k == 1 && run[j - 1] >> 24 == 3) { j += 1 } else { break }
        }
        return j
    }

    /// Whether `v` is in the blocks of Thai, Lao, Myanmar or Khmer (with their
    /// extensions): one range test before `seaKind` asks anything more.
    @inline(__always) static func isSEABlock(_ v: UInt32) -> Bool {
        switch v {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x19E0...0x19FF, 0xA9E0...0xA9FF, 0xAA60...0xAA7F:
            return true
        default:
            return false
        }
    }

    /// How a scalar of Thai, Lao, Khmer or Burmese takes part in a run cut into
    /// cluster bigrams: 0 not at all (punctuation, symbols, digits, other
    /// scripts), 1 a base (starts a cluster), 2 a mark (joins the cluster before
    /// it: vowel signs, tone marks, Thai and Lao AM), 3 a stacker (a mark after
    /// which the next base joins the cluster too: Khmer coeng, Burmese virama).
    static func seaKind(_ v: UInt32) -> UInt32 {
        guard isSEABlock(v), let scalar = Unicode.Scalar(v) else { return 0 }
        if v == 0x17D2 || v == 0x1039 { return 3 }
        if v == 0x0E33 || v == 0x0EB3 { return 2 }  // SARA AM: a spacing vowel, in the cluster
        let p = scalar.properties
        switch p.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return 2
        default: break
        }
        if p.numericType != nil { return 0 }
        return p.isAlphabetic ? 1 : 0
    }

    /// The ASCII digit a Thai, Lao, Khmer or Burmese decimal digit folds to.
    static func seaDigit(_ v: UInt32) -> UInt8? {
        guard isSEABlock(v), let scalar = Unicode.Scalar(v), scalar.properties.numericType == .decimal,
              let value = scalar.properties.numericValue, value >= 0, value <= 9 else { return nil }
        return 0x30 + UInt8(value)
    }

    /// Whether `scalar` is written without spaces between words and matched
    /// inside runs: CJK (`isCJK`), or a letter or mark of Thai, Lao, Khmer or Burmese.
    public static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        isCJK(scalar) || seaKind(scalar.value) != 0
    }

    /// Whether the Thai, Lao, Khmer or Burmese scalar `v` continues the cluster
    /// of the scalar `previous` (a match must not end between the two).
    public static func continuesCluster(_ v: UInt32, after previous: UInt32) -> Bool {
        let k = seaKind(v)
        return k >= 2 || (k == 1 && seaKind(previous) == 3)
    }

    /// Whether the folded query `folded` is one unit of an unspaced run: one
    /// CJK character, or one Thai, Lao, Khmer or Burmese cluster. The index holds
    /// it only as the start of bigrams (or a run's last unigram), so it is
    /// searched as a prefix.
    public static func isSingleUnit(_ folded: String) -> Bool {
        var scalars = folded.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return false }
        if isCJK(first) { return scalars.next() == nil }
        guard seaKind(first.value) != 0 else { return false }
        var previous = first.value
        while let s = scalars.next() {
            guard continuesCluster(s.value, after: previous) else { return false }
            previous = s.value
        }
        return true
    }

    /// Whether `scalar` is an Arabic letter (the part of a word that survives folding).
    static func isArabicLetter(_ v: UInt32) -> Bool {
        (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v) || (0x0671...0x06D3).contains(v)
    }

    /// Harakat, Quranic marks, superscript alef and tatweel: dropped.
    static func isArabicIgnorable(_ v: UInt32) -> Bool {
        (0x064B...0x065F).contains(v) || v == 0x0670 || v == 0x0640 || (0x06D6...0x06ED).contains(v)
    }

    /// One Arabic letter in its search form.
    static func normalizeArabic(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627 // alef forms → bare alef
        case 0x0629: return 0x0647 // taa marbuta → haa
        case 0x0649, 0x06CC: return 0x064A // alef maqsura, Farsi yeh → yaa
        case 0x06A9: return 0x0643 // keheh → kaf
        default: return v
        }
    }

    /// Latin letters U+00C0–U+024F and U+1E00–U+1EFF folded to lower-case
    /// ASCII through ICU's "Latin-ASCII" transform; nil where the transform
    /// leaves the letter non-ASCII (or the scalar is not a letter).
    static let latinTable = LatinTable()

    /// Flat lookup arrays over the two Latin blocks (a dictionary lookup per
    /// scalar would dominate the folding time).
    struct LatinTable: Sendable {
        static let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        /// Up to `width` folded bytes per scalar, zero-padded, both ranges
        /// one after the other (flat: a look-up copies no array).
        static let width = 4
        let bytes: [UInt8]
        /// Folded length per scalar; 0: not folded here.
        let lengths: [UInt8]

        /// The letters of the ranges, each transformed alone (`fold`): what `init` must hold;
        /// tests compare the two.
        static func reference() -> LatinTable {
            LatinTable(folding: LatinTable.ranges.flatMap { range in
                range.map { v in Unicode.Scalar(v).flatMap { $0.properties.isAlphabetic ? fold(String($0)) : nil } }
            })
        }

        /// The letters of the ranges transformed in one call, a line each, instead of
        /// 654 calls (measured: 50.3M → 47.1M instructions, once per process; the
        /// transform's cost is mostly per letter, so this saves little). Latin-ASCII
        /// looks at a letter's neighbours only to choose the case of what it writes ("Æ"
        /// before a lower-case letter gives "Ae"), which the lower-casing after it undoes.
        /// Should the lines not come back one per letter, each letter is transformed alone.
        init() {
            let letters: [Unicode.Scalar?] = LatinTable.ranges.flatMap { range in
                range.map { v in Unicode.Scalar(v).flatMap { $0.properties.isAlphabetic ? $0 : nil } }
            }
            var joined = String.UnicodeScalarView()
            for letter in letters.compactMap({ $0 }) {
                joined.append(letter)
                joined.append("\n")
            }
            let lines = LatinTable.transform(String(joined))?.split(separator: "\n", omittingEmptySubsequences: false)
            guard let lines, lines.count == letters.compactMap({ $0 }).count + 1 else {
                self = LatinTable.reference()
                return
            }
            var next = 0
            self.init(folding: letters.map { letter in
                guard letter != nil else { return nil }
                defer { next += 1 }
                return LatinTable.accept(lines[next].lowercased())
            })
        }

        /// Per scalar of the ranges, its folded form (nil: not folded here).
        private init(folding folded: [String?]) {
            var bytes: [UInt8] = []
            var lengths: [UInt8] = []
            for f in folded {
                let utf8 = f.map { Array($0.utf8) } ?? []
                lengths.append(UInt8(utf8.count))
                bytes += utf8 + Array(repeating: 0, count: LatinTable.width - utf8.count)
            }
            self.bytes = bytes
            self.lengths = lengths
        }

        static func transform(_ text: String) -> String? {
            text.applyingTransform(StringTransform("Latin-ASCII"), reverse: false)
        }

        /// One letter transformed alone and lower-cased, when that is short ASCII.
        static func fold(_ letter: String) -> String? {
            transform(letter).flatMap { accept($0.lowercased()) }
        }

        /// `f` when it is what the table holds: 1 to `width` ASCII bytes.
        static func accept(_ f: String) -> String? {
            !f.isEmpty && f.utf8.count <= LatinTable.width && f.utf8.allSatisfy({ $0 < 0x80 }) ? f : nil
        }

        /// The slot of `v` in the tables, nil outside the two ranges.
        @inline(__always) static func slot(_ v: UInt32) -> Int? {
            if v >= 0x00C0 && v <= 0x024F { return Int(v - 0x00C0) }
            if v >= 0x1E00 && v <= 0x1EFF { return 0x024F - 0x00C0 + 1 + Int(v - 0x1E00) }
            return nil
        }

        subscript(v: UInt32) -> [UInt8]? {
            guard let slot = LatinTable.slot(v), lengths[slot] > 0 else { return nil }
            let start = slot * LatinTable.width
            return Array(bytes[start..<(start + Int(lengths[slot]))])
        }

        /// Appends the folded form of `v` to `out`; false when `v` is not folded here.
        @inline(__always) func append(_ v: UInt32, to out: inout [UInt8]) -> Bool {
            guard let slot = LatinTable.slot(v) else { return false }
            let n = Int(lengths[slot])
            guard n > 0 else { return false }
            let start = slot * LatinTable.width
            for k in 0..<n { out.append(bytes[start + k]) }
            return true
        }
    }

    /// What folding does with a scalar no script rule handles.
    enum ScalarClass: UInt8, Sendable {
        /// Punctuation, symbols, spaces, controls: a token boundary.
        case separator
        /// A letter without case, a digit or a combining mark: kept.
        case letter
        /// An upper- or title-case letter: its lower-case mapping.
        case upper
        /// A combining diacritic (U+0300–U+036F): removed, as `remove_diacritics` did.
        case dropped
    }

    static func scalarClass(_ v: UInt32) -> ScalarClass {
        v < 0x10000 ? scalarClasses.table[Int(v)] : classify(v)
    }

    /// `classify` for the whole Basic Multilingual Plane, computed once
    /// (Unicode properties per scalar would dominate folding time).
    static let scalarClasses = ScalarClassTable()

    struct ScalarClassTable: Sendable {
        let table: [ScalarClass]
        /// Every entry but those of CJK scalars (`isCJK`), which are `.letter` unjudged
        /// (as are those of the Private Use Area, rightly, without asking):
        /// `Folder.feedByRules`, the one reader, folds CJK before it asks for a class
        /// (and maps no other scalar to one), and asking Unicode properties of the
        /// 38,000 ideographs and syllables of the plane was most of building the table,
        /// which every process that folds text builds (`foldTable` is made by the rules).
        init() {
            table = (0..<0x10000).map { (v: Int) -> ScalarClass in
                if let scalar = Unicode.Scalar(UInt32(v)), SearchFolding.isCJK(scalar) { return .letter }
                // The Private Use Area: all of it is `.privateUse`, a letter without case.
                if v >= 0xE000 && v <= 0xF8FF { return .letter }
                return SearchFolding.classify(UInt32(v))
            }
        }
    }

    static func classify(_ v: UInt32) -> ScalarClass {
        guard let scalar = Unicode.Scalar(v) else { return .separator }
        if v >= 0x0300 && v <= 0x036F { return .dropped }
        let p = scalar.properties
        let category = p.generalCategory
        let isWord = p.isAlphabetic || p.numericType != nil || category == .nonspacingMark
            || category == .spacingMark || category == .enclosingMark || category == .privateUse
        guard isWord else { return .separator }
        if p.changesWhenLowercased { return .upper }
        return .letter
    }

    /// Strips clitics from one normalized Arabic word; returns the main form
    /// and, when it starts with a one-letter clitic, the form without it.
    static func arabicForms(_ word: [UInt32]) -> (main: ArraySlice<UInt32>, extra: ArraySlice<UInt32>?) {
        let (main, extra) = arabicFormRanges(word)
        return (word[main], extra.map { word[$0] })
    }

    /// `arabicForms` as ranges of `word`'s indices. The indexing folder reuses
    /// one buffer for every Arabic word: slices of it kept it shared when it
    /// was emptied for the next word, which then allocated a buffer anew (a
    /// `malloc` and a `free` per Arabic word of every article).
    static func arabicFormRanges(_ word: [UInt32]) -> (main: Range<Int>, extra: Range<Int>?) {
        let waw: UInt32 = 0x0648, faa: UInt32 = 0x0641, baa: UInt32 = 0x0628
        let kaf: UInt32 = 0x0643, lam: UInt32 = 0x0644, alef: UInt32 = 0x0627
        let end = word.count
        var main = 0..<end
        var i = 0
        if i < end, word[i] == waw || word[i] == faa { i += 1 }
        var j = i
        if j < end, word[j] == baa || word[j] == kaf || word[j] == lam { j += 1 }
        if j + 1 < end, word[j] == alef, word[j + 1] == lam, end - (j + 2) >= 2 {
            main = (j + 2)..<end
        } else if i + 1 < end, word[i] == lam, word[i + 1] == lam, end - (i + 2) >= 2 {
            main = (i + 2)..<end
        }
        var extra: Range<Int>?
        if !main.isEmpty, main.count - 1 >= 3 {
            let first = word[main.lowerBound]
            if first == waw || first == faa || first == baa || first == kaf || first == lam {
                extra = (main.lowerBound + 1)..<end
            }
        }
        return (main, extra)
    }

    /// What `Folder.feed(nonASCII:)` does with each scalar of the Basic
    /// Multilingual Plane, computed once from the rules (`feedByRules`): on
    /// text of other scripts than Latin, judging each scalar rule by rule
    /// was most of the folding time, itself a fifth of the workers' time
    /// apart from entity extraction.
    ///
    /// An entry's low three bits say what to do (`kind`); the bytes above are
    /// the folded UTF-8 bytes (kinds 0–3: that many bytes, after flushing any
    /// pending Arabic or CJK run), the normalized Arabic letter (kind 5) or,
    /// for kind 4 (a scalar of an unspaced run), its `seaKind` (0 for CJK).
    static let foldTable = FoldTable.load()

    struct FoldTable: Sendable {
        static let cjk: UInt32 = 4
        static let arabicLetter: UInt32 = 5
        static let arabicIgnorable: UInt32 = 6
        /// Folded by the rules each time (output longer than three bytes).
        static let byRules: UInt32 = 7

        let entries: [UInt32]

        /// Entries: one per scalar of the Basic Multilingual Plane.
        static let count = 0x10000
        /// The resource `bulletin-bench fold-tables` writes from `init()` (`PrecomputedTable`).
        static let resource = "search-fold.bin"

        /// The table as the resource holds it, or as the rules compute it when the resource
        /// is missing or not whole (the same entries: tests compare the two).
        static func load() -> FoldTable {
            if let entries = PrecomputedTable.readUInt32(resource, count: count) { return FoldTable(entries: entries) }
            return FoldTable()
        }

        init(entries: [UInt32]) {
            precondition(entries.count == FoldTable.count)
            self.entries = entries
        }

        /// The table computed from the rules (`Folder.feedByRules`): Unicode properties and ICU's
        /// Latin-ASCII transform of every scalar of the plane but CJK and Arabic.
        init() {
            var entries = [UInt32](repeating: FoldTable.byRules, count: FoldTable.count)
            var folder = Folder(mode: .document, useTable: false)
            for v in UInt32(0x80)..<0x10000 {
                if let scalar = Unicode.Scalar(v), SearchFolding.isCJK(scalar) {
                    entries[Int(v)] = FoldTable.cjk
                } else if v == 0x200B {
                    // Dropped inside a Thai, Lao, Khmer or Burmese run, a space elsewhere: the rules decide.
                    entries[Int(v)] = FoldTable.byRules
                } else if case let k = SearchFolding.seaKind(v), k != 0 {
                    entries[Int(v)] = FoldTable.cjk | k << 8
                } else if SearchFolding.isArabicIgnorable(v) {
                    entries[Int(v)] = FoldTable.arabicIgnorable
                } else if SearchFolding.isArabicLetter(v) {
                    entries[Int(v)] = FoldTable.arabicLetter | SearchFolding.normalizeArabic(v) << 8
                } else {
                    folder.out.removeAll(keepingCapacity: true)
                    folder.feedByRules(nonASCII: v)
                    let bytes = folder.out
                    guard bytes.count <= 3 else { continue }
                    var entry = UInt32(bytes.count)
                    for (k, b) in bytes.enumerated() { entry |= UInt32(b) << (8 * (k + 1)) }
                    entries[Int(v)] = entry
                }
            }
            self.entries = entries
        }
    }

    /// The folding state machine: scalars in, UTF-8 token text out.
    struct Folder {
        let mode: Mode
        var out: [UInt8] = []
        var arabic: [UInt32] = []
        /// The pending unspaced run: each scalar with its `seaKind` in the top byte
        /// (CJK and Thai, Lao, Khmer or Burmese runs are never mixed: `seaRun`).
        var cjk: [UInt32] = []
        var seaRun = false
        /// Whether `foldTable` is used (false: every scalar by the rules; tests compare both).
        let useTable: Bool

        init(mode: Mode, useTable: Bool = true) {
            self.mode = mode
            self.useTable = useTable
        }

        /// Decodes valid UTF-8 (a Swift string's storage) scalar by scalar, ASCII inline.
        mutating func feed(utf8 p: UnsafeBufferPointer<UInt8>) {
            guard useTable else { return feed(utf8: p, table: nil) }
            SearchFolding.foldTable.entries.withUnsafeBufferPointer { feed(utf8: p, table: $0) }
        }

        private mutating func feed(utf8 p: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt32>?) {
            let n = p.count
            var i = 0
            while i < n {
                let b0 = p[i]
                if b0 < 0x80 {
                    if !arabic.isEmpty || !cjk.isEmpty { flush() }
                    // A run of ASCII, lower-cased into `out` in one go.
                    var j = i + 1
                    while j < n && p[j] < 0x80 { j += 1 }
                    let count = j - i
                    if count <= 8 {
                        // Byte by byte: in text of other scripts, most ASCII
                        // runs are the one space between two words, and the
                        // bulk copy below cost more than the byte.
                        for k in i..<j {
                            let b = p[k]
                            out.append(b &- 0x41 < 26 ? b | 0x20 : b)
                        }
                        i = j
                        continue
                    }
                    let start = out.count
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<j]))
                    out.withUnsafeMutableBufferPointer { o in
                        for k in start..<(start + count) {
                            let b = o[k]
                            if b &- 0x41 < 26 { o[k] = b | 0x20 }
                        }
                    }
                    i = j
                    continue
                }
                var v: UInt32
                if b0 < 0xE0, i + 1 < n {
                    v = (UInt32(b0 & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F)
                    i += 2
                } else if b0 < 0xF0, i + 2 < n {
                    v = (UInt32(b0 & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F)
                    i += 3
                } else if i + 3 < n {
                    v = (UInt32(b0 & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12)
                        | (UInt32(p[i + 2] & 0x3F) << 6) | UInt32(p[i + 3] & 0x3F)
                    i += 4
                } else {
                    break
                }
                if let table { feed(nonASCII: v, table: table) } else { feedByRules(nonASCII: v) }
            }
        }

        mutating func feed(_ scalar: Unicode.Scalar) {
            let v = scalar.value
            if v < 0x80 {
                flush()
                out.append((0x41...0x5A).contains(v) ? UInt8(v + 0x20) : UInt8(v))
                return
            }
            feed(nonASCII: v)
        }

        mutating func feed(nonASCII v: UInt32) {
            guard useTable else { return feedByRules(nonASCII: v) }
            SearchFolding.foldTable.entries.withUnsafeBufferPointer { feed(nonASCII: v, table: $0) }
        }

        /// `feed(nonASCII:)` with the table at hand (`feed(utf8:)` looks it up once per text).
        @inline(__always)
        mutating func feed(nonASCII v: UInt32, table: UnsafeBufferPointer<UInt32>) {
            guard v < 0x10000 else { return feedByRules(nonASCII: v) }
            let entry = table[Int(v)]
            let kind = entry & 7
            if kind <= 3 {
                if !arabic.isEmpty { flushArabic() }
                if !cjk.isEmpty { flushCJK() }
                if kind >= 1 { out.append(UInt8(truncatingIfNeeded: entry >> 8)) }
                if kind >= 2 { out.append(UInt8(truncatingIfNeeded: entry >> 16)) }
                if kind == 3 { out.append(UInt8(truncatingIfNeeded: entry >> 24)) }
                return
            }
            switch kind {
            case FoldTable.cjk:
                flushArabic()
                appendRun(v, sea: entry >> 8)
            case FoldTable.arabicLetter:
                flushCJK()
                arabic.append(entry >> 8)
            case FoldTable.arabicIgnorable:
                flushCJK()
            default:
                feedByRules(nonASCII: v)
            }
        }

        /// One non-ASCII scalar judged rule by rule (what `foldTable` holds for the BMP).
        mutating func feedByRules(nonASCII v: UInt32) {
            if v == 0x200B, seaRun, !cjk.isEmpty { return }  // a zero-width space inside a Thai … run
            if let scalar = Unicode.Scalar(v), SearchFolding.isCJK(scalar) {
                flushArabic()
                appendRun(v, sea: 0)
                return
            }
            if SearchFolding.isSEABlock(v) {
                let k = SearchFolding.seaKind(v)
                if k != 0 {
                    flushArabic()
                    appendRun(v, sea: k)
                    return
                }
                if let d = SearchFolding.seaDigit(v) {
                    flushCJK()
                    flushArabic()
                    out.append(d)
                    return
                }
            }
            flushCJK()
            if SearchFolding.isArabicIgnorable(v) { return }
            if SearchFolding.isArabicLetter(v) {
                arabic.append(SearchFolding.normalizeArabic(v))
                return
            }
            flushArabic()
            // (The slot first: the Latin table, built at its first use through ICU, is not
            // needed for a scalar outside its two blocks, such as an emoji.)
            if LatinTable.slot(v) != nil, SearchFolding.latinTable.append(v, to: &out) { return }
            var c = v
            switch v {
            case 0x0410...0x042F: c = v + 0x20
            case 0x0400...0x040F: c = v + 0x50
            default: break
            }
            if c == 0x0451 { c = 0x0435 } // ё → е
            if c == 0x0439 { c = 0x0438 } // й → и
            if c == 0x03C2 { c = 0x03C3 } // ς → σ (Σ folds to σ)
            if c >= 0x0430 && c <= 0x045F { // Russian lower case: the common case after Latin
                appendScalar(c)
                return
            }
            switch SearchFolding.scalarClass(c) {
            case .separator: out.append(0x20)
            case .letter: appendScalar(c)
            case .upper:
                if let scalar = Unicode.Scalar(c) {
                    for l in scalar.properties.lowercaseMapping.unicodeScalars { appendScalar(l.value) }
                }
            case .dropped: break
            }
        }

        mutating func flush() {
            flushArabic()
            flushCJK()
        }

        /// Appends `v` as UTF-8 (by hand: this is the hot loop of indexing).
        mutating func appendScalar(_ v: UInt32) {
            switch v {
            case 0..<0x80:
                out.append(UInt8(v))
            case 0x80..<0x800:
                out.append(UInt8(0xC0 | (v >> 6)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            case 0x800..<0x10000:
                out.append(UInt8(0xE0 | (v >> 12)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            default:
                out.append(UInt8(0xF0 | (v >> 18)))
                out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }

        mutating func flushArabic() {
            guard !arabic.isEmpty else { return }
            let (main, extra) = SearchFolding.arabicForms(arabic)
            for v in main { appendScalar(v) }
            if let extra {
                out.append(0x20)
                for v in extra { appendScalar(v) }
            }
            arabic.removeAll(keepingCapacity: true)
        }

        /// Adds `v` (its `seaKind` `sea`) to the pending run, ending a run of the other kind first.
        @inline(__always) mutating func appendRun(_ v: UInt32, sea: UInt32) {
            if seaRun != (sea != 0) {
                if !cjk.isEmpty { flushCJK() }
                seaRun = sea != 0
            }
            cjk.append(v | sea << 24)
        }

        /// The pending run as bigrams of its units (CJK characters; Thai, Lao, Khmer or
        /// Burmese clusters, `SearchFolding.nextUnit`), plus the last unit in documents.
        mutating func flushCJK() {
            guard !cjk.isEmpty else { return }
            let n = cjk.count
            out.append(0x20)
            var a = 0
            var b = SearchFolding.nextUnit(cjk, after: 0)
            if b == n {
                for k in 0..<n { appendScalar(cjk[k] & 0xFF_FFFF) }
            } else {
                var first = true
                while b < n {
                    let c = SearchFolding.nextUnit(cjk, after: b)
                    if !first { out.append(0x20) }
                    first = false
                    for k in a..<c { appendScalar(cjk[k] & 0xFF_FFFF) }
                    a = b
                    b = c
                }
                if mode == .document {
                    out.append(0x20)
                    for k in a..<n { appendScalar(cjk[k] & 0xFF_FFFF) }
                }
            }
            out.append(0x20)
            cjk.removeAll(keepingCapacity: true)
        }
    }

    /// `Folder` for whole texts, writing into the result's own storage
    /// through a pointer: the folding of every body and title at indexing
    /// time. `Folder` appends byte by byte to an array (a uniqueness and a
    /// capacity check per byte), which made folding run at about 100 MB/s,
    /// a tenth of the workers' time apart from extraction. Same states and
    /// rules as `Folder` (pending Arabic and CJK runs, `foldTable`, the rules
    /// for what the table does not hold), so the same bytes: a test compares
    /// the two on every BMP scalar in context.
    ///
    /// The output is at most 3 bytes per input byte plus a constant (ASCII
    /// 1:1; a table entry at most 3 bytes for 2; CJK about 7 bytes for 3;
    /// an Arabic word at most twice its letters plus a space), so the result
    /// is allocated once at that size. Every write still checks the room
    /// left, and `fold` returns nil rather than overflow (then `Folder` runs).
    struct RawFolder {
        let mode: Mode
        let o: UnsafeMutablePointer<UInt8>
        let capacity: Int
        var count = 0
        var arabic: [UInt32] = []
        /// As `Folder.cjk` and `Folder.seaRun`.
        var cjk: [UInt32] = []
        var seaRun = false
        var overflow = false

        static func fold(_ p: UnsafeBufferPointer<UInt8>, mode: Mode) -> [UInt8]? {
            let capacity = p.count * 3 + 32
            var ok = false
            let out = [UInt8](unsafeUninitializedCapacity: capacity) { buf, count in
                var folder = RawFolder(mode: mode, o: buf.baseAddress!, capacity: capacity)
                ok = SearchFolding.foldTable.entries.withUnsafeBufferPointer { folder.run(p, table: $0) }
                count = ok ? folder.count : 0
            }
            return ok ? out : nil
        }

        /// Whether `n` more bytes fit (else the fold is abandoned).
        @inline(__always) mutating func room(_ n: Int) -> Bool {
            if count + n <= capacity { return true }
            overflow = true
            return false
        }

        @inline(__always) mutating func put(_ b: UInt8) {
            o[count] = b
            count += 1
        }

        /// UTF-8 of `v` (room checked by the caller: 4 bytes).
        @inline(__always) mutating func putScalar(_ v: UInt32) {
            switch v {
            case 0..<0x80:
                put(UInt8(v))
            case 0x80..<0x800:
                put(UInt8(0xC0 | (v >> 6)))
                put(UInt8(0x80 | (v & 0x3F)))
            case 0x800..<0x10000:
                put(UInt8(0xE0 | (v >> 12)))
                put(UInt8(0x80 | ((v >> 6) & 0x3F)))
                put(UInt8(0x80 | (v & 0x3F)))
            default:
                put(UInt8(0xF0 | (v >> 18)))
                put(UInt8(0x80 | ((v >> 12) & 0x3F)))
                put(UInt8(0x80 | ((v >> 6) & 0x3F)))
                put(UInt8(0x80 | (v & 0x3F)))
            }
        }

        /// The whole text; false on overflow.
        ///
        /// The output's length is kept in a local (`c`), not in `count`: a byte written through
        /// `o` may alias `self` as far as the compiler knows, so `count` was stored and loaded
        /// again around every byte written. `count` is brought up to date before each call
        /// that writes through it (`flushArabic`, `flushCJK`, `byRules`) and read back after.
        mutating func run(_ p: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt32>) -> Bool {
            guard let base = p.baseAddress else { return true }
            let n = p.count
            let o = self.o
            let capacity = self.capacity
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            var c = count
            var i = 0
            while i < n {
                let b0 = base[i]
                if b0 < 0x80 {
                    if !arabic.isEmpty || !cjk.isEmpty {
                        count = c
                        flushArabic()
                        flushCJK()
                        c = count
                        if overflow { return false }
                    }
                    // A run of ASCII, lower-cased eight bytes at a time (all
                    // below 0x80, so the additions never carry into the next byte).
                    while i + 8 <= n {
                        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        if w & highs != 0 { break }
                        guard c + 8 <= capacity else { overflow = true; return false }
                        let upper = (w &+ ones &* 0x3F) & ~(w &+ ones &* 0x25) & highs  // 0x41...0x5A
                        UnsafeMutableRawPointer(o + c).storeBytes(of: w | (upper >> 2), as: UInt64.self)
                        c += 8
                        i += 8
                    }
                    while i < n {
                        let b = base[i]
                        if b >= 0x80 { break }
                        guard c < capacity else { overflow = true; return false }
                        o[c] = b &- 0x41 < 26 ? b | 0x20 : b
                        c += 1
                        i += 1
                    }
                    continue
                }
                var v: UInt32
                if b0 < 0xE0, i + 1 < n {
                    v = (UInt32(b0 & 0x1F) << 6) | UInt32(base[i + 1] & 0x3F)
                    i += 2
                } else if b0 < 0xF0, i + 2 < n {
                    v = (UInt32(b0 & 0x0F) << 12) | (UInt32(base[i + 1] & 0x3F) << 6) | UInt32(base[i + 2] & 0x3F)
                    i += 3
                } else if i + 3 < n {
                    v = (UInt32(b0 & 0x07) << 18) | (UInt32(base[i + 1] & 0x3F) << 12)
                        | (UInt32(base[i + 2] & 0x3F) << 6) | UInt32(base[i + 3] & 0x3F)
                    i += 4
                } else {
                    break
                }
                if v < 0x10000 {
                    let entry = table[Int(v)]
                    let kind = entry & 7
                    if kind <= 3 {
                        if !arabic.isEmpty || !cjk.isEmpty {
                            count = c
                            if !arabic.isEmpty { flushArabic() }
                            if !cjk.isEmpty { flushCJK() }
                            c = count
                        }
                        guard c + 3 <= capacity else { overflow = true; return false }
                        if kind >= 1 { o[c] = UInt8(truncatingIfNeeded: entry >> 8) }
                        if kind >= 2 { o[c + 1] = UInt8(truncatingIfNeeded: entry >> 16) }
                        if kind == 3 { o[c + 2] = UInt8(truncatingIfNeeded: entry >> 24) }
                        c += Int(kind)
                        continue
                    }
                    count = c
                    switch kind {
                    case FoldTable.cjk:
                        if !arabic.isEmpty { flushArabic() }
                        let sea = entry >> 8
                        if seaRun != (sea != 0) {
                            if !cjk.isEmpty { flushCJK() }
                            seaRun = sea != 0
                        }
                        cjk.append(v | sea << 24)
                    case FoldTable.arabicLetter:
                        if !cjk.isEmpty { flushCJK() }
                        arabic.append(entry >> 8)
                    case FoldTable.arabicIgnorable:
                        if !cjk.isEmpty { flushCJK() }
                    default:
                        byRules(v)
                    }
                    c = count
                } else if let scalar = Unicode.Scalar(v), SearchFolding.isCJK(scalar) {
                    count = c
                    if !arabic.isEmpty { flushArabic() }
                    if seaRun {
                        if !cjk.isEmpty { flushCJK() }
                        seaRun = false
                    }
                    c = count
                    cjk.append(v)
                } else {
                    count = c
                    byRules(v)
                    c = count
                }
                if overflow { return false }
            }
            count = c
            flushArabic()
            flushCJK()
            return !overflow
        }

        /// A scalar neither CJK nor Arabic that `foldTable` does not hold:
        /// the pending runs end, then `Folder.feedByRules` folds it.
        mutating func byRules(_ v: UInt32) {
            if v == 0x200B, seaRun, !cjk.isEmpty { return }  // as `Folder.feedByRules`
            flushCJK()
            flushArabic()
            var folder = Folder(mode: mode, useTable: false)
            folder.feedByRules(nonASCII: v)
            guard room(folder.out.count) else { return }
            for b in folder.out { put(b) }
        }

        mutating func flushArabic() {
            guard !arabic.isEmpty else { return }
            // Ranges, not slices: `arabic` stays unshared, so emptying it keeps its buffer.
            let (main, extra) = SearchFolding.arabicFormRanges(arabic)
            guard room((main.count + (extra?.count ?? 0)) * 4 + 1) else { return }
            for k in main { putScalar(arabic[k]) }
            if let extra {
                put(0x20)
                for k in extra { putScalar(arabic[k]) }
            }
            arabic.removeAll(keepingCapacity: true)
        }

        /// As `Folder.flushCJK`.
        mutating func flushCJK() {
            guard !cjk.isEmpty else { return }
            let n = cjk.count
            // CJK: each scalar (up to 4 bytes) in at most two tokens. Thai, Lao, Khmer, Burmese
            // (3 bytes): each in at most two bigrams, the last cluster (`last` scalars) once more.
            var last = 1
            if seaRun { while last < n, cjk[n - last] >> 24 >= 2 || cjk[n - last - 1] >> 24 == 3 { last += 1 } }
            guard room(seaRun ? n * 7 + last * 3 + 8 : n * 9 + 8) else { return }
            put(0x20)
            var a = 0
            var b = SearchFolding.nextUnit(cjk, after: 0)
            if b == n {
                for k in 0..<n { putScalar(cjk[k] & 0xFF_FFFF) }
            } else {
                var first = true
                while b < n {
                    let c = SearchFolding.nextUnit(cjk, after: b)
                    if !first { put(0x20) }
                    first = false
                    for k in a..<c { putScalar(cjk[k] & 0xFF_FFFF) }
                    a = b
                    b = c
                }
                if mode == .document {
                    put(0x20)
                    for k in a..<n { putScalar(cjk[k] & 0xFF_FFFF) }
                }
            }
            put(0x20)
            cjk.removeAll(keepingCapacity: true)
        }
    }
}
