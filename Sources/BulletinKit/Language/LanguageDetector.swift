/// Guesses an article's language from its script and, for Latin-script text,
/// from profiles of very common words.
///
/// Why not n-grams or NaturalLanguage: the profiles must be small, Linux-only
/// (no NaturalLanguage framework), fast enough for 100,000 files, and right on
/// short texts of a few sentences, where function words are the most reliable
/// evidence. Vietnamese is recognized by its letters (ơ, ư, đ, and the tone
/// marks, precomposed or combining) before any word list is consulted.
public enum LanguageDetector {
    /// How much text is looked at: enough for a confident answer, bounded for speed.
    static let sampleScalars = 800
    /// How many Latin-script words are checked against the profiles.
    static let sampleWords = 200

    /// ISO 639-1 code of `text`'s language, or `und` when unsure.
    public static func detect(_ text: String) -> String {
        let counts = ScriptCounts(text, limit: sampleScalars)
        // Two Latin letters say nothing ("OK"), but the script alone names the
        // language of a title-only article as short as "中国" or "뉴스".
        guard counts.letters >= 3 || (counts.letters > 0 && counts.dominant.map { $0 != .latin } == true) else { return "und" }
        switch counts.dominant {
        case .han:
            return counts.kana * 10 > counts.han + counts.kana ? "ja" : "zh"
        case .kana: return "ja"
        case .hangul: return "ko"
        case .cyrillic:
            // Kazakh letters (ә ғ қ ң ө ұ ү һ) are in no other of these alphabets; ў is Belarusian
            // only; і is Ukrainian, Belarusian and Kazakh, so it decides last.
            if counts.kazakh * 100 > counts.cyrillic { return "kk" }
            if counts.belarusian * 300 > counts.cyrillic, counts.ukrainianOnly * 4 <= counts.belarusian { return "be" }
            return counts.ukrainian * 200 > counts.cyrillic ? "uk" : "ru"
        case .arabic:
            return counts.persian * 50 > counts.arabic ? "fa" : "ar"
        case .greek: return "el"
        case .hebrew: return "he"
        case .thai: return "th"
        case .lao: return "lo"
        case .khmer: return "km"
        case .myanmar: return "my"
        case .devanagari: return "hi"
        case .latin:
            if counts.vietnamese * 25 >= counts.latin { return "vi" }
            let stopwords = stopwordScores(text)
            if let code = decide(stopwords, minScore: 2) { return code }
            if counts.vietnamese * 60 >= counts.latin { return "vi" }
            return shortTextLanguage(text, stopwords: stopwords) ?? "und"
        case .none:
            return "und"
        }
    }

    /// The profile with the best of `scores` (indexed like `StopwordProfiles.all`)
    /// when it has at least `minScore` and a clear margin over the next.
    static func decide(_ scores: [Int], minScore: Int) -> String? {
        leader(scores) { best, second in best >= minScore && Double(best) >= Double(second) * 1.25 + 0.5 }
    }

    /// The profile with the best of `scores` when `clear(best, second)` holds of its score and the next one's.
    /// Malay and Indonesian share most function words (both profiles list them): when the two lead, the test is made
    /// against the next language, and their own words (kerana/karena, bahawa/bahwa …) choose between them; a tie is
    /// Indonesian.
    static func leader(_ scores: [Int], clear: (Int, Int) -> Bool) -> String? {
        var best = -1, bestScore = 0, second = 0, secondIndex = -1
        for (i, sc) in scores.enumerated() {
            if sc > bestScore { second = bestScore; secondIndex = best; bestScore = sc; best = i } else if sc > second { second = sc; secondIndex = i }
        }
        guard best >= 0 else { return nil }
        if secondIndex >= 0, second > 0, siblings(best, secondIndex) {
            var third = 0
            for (i, sc) in scores.enumerated() where i != best && i != secondIndex { third = max(third, sc) }
            guard clear(second, third) else { return nil }
            return bestScore == second ? "id" : StopwordProfiles.all[best].code
        }
        guard clear(bestScore, second) else { return nil }
        return StopwordProfiles.all[best].code
    }

    /// Profile indices of Indonesian and Malay (see `decide`).
    static let indonesianProfile = StopwordProfiles.all.firstIndex { $0.code == "id" } ?? -1
    static let malayProfile = StopwordProfiles.all.firstIndex { $0.code == "ms" } ?? -1

    @inline(__always) static func siblings(_ a: Int, _ b: Int) -> Bool {
        a == indonesianProfile && b == malayProfile || a == malayProfile && b == indonesianProfile
    }

    /// For texts of a sentence or two with too few stopwords to decide: each
    /// stopword counts two points, each spelling cue (`LetterCues`) one, and
    /// the best profile wins when it has at least twice the points of the next
    /// plus one (1–0, 3–1: a clear winner). A tie or no evidence at all (a
    /// list of names) stays undetermined.
    static func shortTextLanguage(_ text: String, stopwords: [Int]) -> String? {
        let cues = LetterCues.scores(text, maxWords: sampleWords)
        let points = zip(stopwords, cues).map { 2 * $0 + $1 }
        return leader(points) { best, second in best >= 2 * second + 1 }
    }

    /// Stopword hits per profile (indexed like `StopwordProfiles.all`).
    /// Stops early once one profile leads clearly: most articles are decided
    /// within their first few dozen words.
    static func stopwordScores(_ text: String) -> [Int] {
        let profiles = StopwordProfiles.all
        var scores = [Int](repeating: 0, count: profiles.count)
        var words = 0
        // The current word, lowercased, as UTF-8: stopwords fit in 15 bytes,
        // so the lookup key is a small (allocation-free) string.
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func leader() -> (best: Int, bestScore: Int, second: Int) {
            var best = -1, bestScore = 0, second = 0
            for (i, sc) in scores.enumerated() {
                if sc > bestScore { second = bestScore; bestScore = sc; best = i } else if sc > second { second = sc }
            }
            return (best, bestScore, second)
        }
        func score() {
            guard !word.isEmpty else { return }
            words += 1
            if word.count <= 15, let mask = word.withUnsafeBufferPointer({ StopwordProfiles.table.bits(of: $0) }) {
                for i in profiles.indices where mask & (1 << i) != 0 { scores[i] += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if (0x61...0x7A).contains(v) { word.append(UInt8(v)); continue }
                if (0x41...0x5A).contains(v) { word.append(UInt8(v + 32)); continue }
                // An apostrophe ends an elided article (l', d', qu'), a word of its own.
                if v == 0x27 { word.append(0x27); score(); continue }
            } else if v == 0x2019 {
                word.append(0x27)
                score()
                continue
            } else if s.properties.isAlphabetic {
                // Lowercase the Latin-1 capitals and Đ; other capitals are rare in function words.
                let lower: Unicode.Scalar
                if (0xC0...0xDE).contains(v), v != 0xD7 { lower = Unicode.Scalar(v + 0x20)! } else if v == 0x110 { lower = "đ" } else { lower = s }
                UTF8.encode(lower) { word.append($0) }
                continue
            }
            let before = words
            score()
            if words >= sampleWords { break }
            if words > before, words >= 20, words % 10 == 0 {
                let l = leader()
                if l.bestScore >= 6, l.bestScore >= 3 * l.second { break }
            }
        }
        score()
        return scores
    }
}

/// Writing systems the detector tells apart.
enum Script: CaseIterable {
    case latin, cyrillic, arabic, han, kana, hangul, greek, hebrew, thai, devanagari, lao, khmer, myanmar
}

/// Letter counts per script over the start of a text, plus the telltale
/// letters that split a script between languages.
struct ScriptCounts {
    var latin = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0
    var greek = 0, hebrew = 0, thai = 0, devanagari = 0, lao = 0, khmer = 0, myanmar = 0
    /// Letters and combining marks only Vietnamese uses in Latin text.
    var vietnamese = 0
    /// і ї є ґ: Ukrainian, not Russian (і is also Belarusian and Kazakh).
    var ukrainian = 0
    /// ї є ґ: Ukrainian only.
    var ukrainianOnly = 0
    /// ў: Belarusian only.
    var belarusian = 0
    /// ә ғ қ ң ө ұ ү һ: Kazakh (and Tatar, Bashkir, Kyrgyz share some).
    var kazakh = 0
    /// پ چ ژ گ ک ی: Persian, not Arabic.
    var persian = 0

    init(_ text: String, limit: Int) {
        var copy = text
        copy.withUTF8 { buf in
            var seen = 0
            var i = 0
            let n = buf.count
            let base = UnsafeRawPointer(buf.baseAddress)
            while i < n, seen < limit {
                // Eight ASCII bytes at a time, letters counted in parallel (as the loop below would).
                if let base, i + 8 <= n, seen + 8 <= limit {
                    let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if !SWAR.hasNonASCII(w) {
                        latin += SWAR.asciiLetterCount(w)
                        seen += 8
                        i += 8
                        continue
                    }
                }
                let b = buf[i]
                seen += 1
                if b < 0x80 {
                    // ASCII: letters are Latin, the rest is neutral.
                    if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { latin += 1 }
                    i += 1
                    continue
                }
                // The letters most non-Latin text is made of, told by their bytes without
                // decoding (`count` would only add one to their script's count).
                let quick = Self.commonLetter(buf, i)
                if quick.length > 0 {
                    switch quick.script {
                    case .cyrillic: cyrillic += 1
                    case .arabic: arabic += 1
                    default: han += 1
                    }
                    i += quick.length
                    continue
                }
                var v: UInt32
                var len: Int
                switch b {
                case 0xC0...0xDF: v = UInt32(b & 0x1F); len = 2
                case 0xE0...0xEF: v = UInt32(b & 0x0F); len = 3
                case 0xF0...0xF7: v = UInt32(b & 0x07); len = 4
                default: i += 1; continue  // a stray continuation byte (cannot happen in a String)
                }
                guard i + len <= n else { break }
                for k in 1..<len { v = v << 6 | UInt32(buf[i + k] & 0x3F) }
                i += len
                count(v)
            }
        }
    }

    /// The byte length of the scalar at `i` (a non-ASCII lead byte) and its script when it is
    /// a letter of the blocks most text of other scripts than Latin is made of, whose only effect
    /// in `count` is one more letter of its script: basic Cyrillic А–я (U+0410–044F: D0 90…D1 8F),
    /// Arabic letters U+0620–064A (D8 A0…D9 8A) and CJK ideographs U+4E00–9FFF (E4 B8…E9 BF).
    /// Length 0 for any other scalar (a Ukrainian, Kazakh or Persian telltale among them), which
    /// `count` judges. Decoding and judging each scalar was most of the detector's time.
    @inline(__always)
    static func commonLetter(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> (script: Script, length: Int) {
        let n = buf.count
        guard i + 1 < n else { return (.latin, 0) }
        let b = buf[i], c = buf[i + 1]
        switch b {
        case 0xD0: return c >= 0x90 ? (.cyrillic, 2) : (.latin, 0)
        case 0xD1: return c < 0x90 ? (.cyrillic, 2) : (.latin, 0)
        case 0xD8: return c >= 0xA0 ? (.arabic, 2) : (.latin, 0)
        case 0xD9: return c <= 0x8A ? (.arabic, 2) : (.latin, 0)
        case 0xE4: return c >= 0xB8 && i + 2 < n ? (.han, 3) : (.latin, 0)
        case 0xE5...0xE9: return i + 2 < n ? (.han, 3) : (.latin, 0)
        default: return (.latin, 0)
        }
    }

    /// Counts one non-ASCII scalar.
    @inline(__always)
    mutating func count(_ v: UInt32) {
        switch v {
        case 0x00C0...0x024F where v != 0xD7 && v != 0xF7:
            latin += 1
            switch v {
            case 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0:
                vietnamese += 1
            default: break
            }
        case 0x0259: latin += 1   // ə (Azerbaijani; Ə is U+018F, above)
        case 0x1E00...0x1EFF:
            latin += 1
            if v >= 0x1EA0 { vietnamese += 1 }
        case 0x0303, 0x0309, 0x0323: vietnamese += 1  // combining tilde, hook above, dot below
        case 0x0400...0x04FF, 0x0500...0x052F:
            cyrillic += 1
            if v == 0x456 || v == 0x457 || v == 0x454 || v == 0x491 || v == 0x406 || v == 0x407
                || v == 0x404 || v == 0x490 { ukrainian += 1 }
            switch v {
            case 0x457, 0x454, 0x491, 0x407, 0x404, 0x490: ukrainianOnly += 1
            case 0x45E, 0x40E: belarusian += 1
            case 0x4D8, 0x4D9, 0x492, 0x493, 0x49A, 0x49B, 0x4A2, 0x4A3, 0x4E8, 0x4E9, 0x4B0, 0x4B1, 0x4AE, 0x4AF, 0x4BA, 0x4BB:
                kazakh += 1
            default: break
            }
        case 0x0620...0x064A, 0x066E...0x06D3, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            arabic += 1
            if v == 0x67E || v == 0x686 || v == 0x698 || v == 0x6AF || v == 0x6A9 || v == 0x6CC { persian += 1 }
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FA1F: han += 1
        case 0x3040...0x30FF: kana += 1
        case 0xAC00...0xD7AF, 0x1100...0x11FF: hangul += 1
        case 0x0370...0x03FF: greek += 1
        case 0x05D0...0x05EA: hebrew += 1
        case 0x0E01...0x0E5B: thai += 1
        case 0x0E81...0x0EDF: lao += 1
        case 0x1780...0x17F9, 0x19E0...0x19FF: khmer += 1
        case 0x1000...0x109F, 0xA9E0...0xA9FF, 0xAA60...0xAA7F: myanmar += 1
        case 0x0900...0x097F: devanagari += 1
        default: break
        }
    }

    var letters: Int { latin + cyrillic + arabic + han + kana + hangul + greek + hebrew + thai + devanagari + lao + khmer + myanmar }

    var dominant: Script? {
        let pairs: [(Script, Int)] = [(.latin, latin), (.cyrillic, cyrillic), (.arabic, arabic), (.han, han),
                                      (.kana, kana), (.hangul, hangul), (.greek, greek), (.hebrew, hebrew),
                                      (.thai, thai), (.devanagari, devanagari), (.lao, lao), (.khmer, khmer), (.myanmar, myanmar)]
        // Han and kana are one character per syllable or word: weigh them up
        // against alphabets, where a word takes several letters.
        let weighted = pairs.map { ($0.0, $0.0 == .han || $0.0 == .kana || $0.0 == .hangul ? $0.1 * 3 : $0.1) }
        guard let top = weighted.max(by: { $0.1 < $1.1 }), top.1 > 0 else { return nil }
        return top.0
    }
}
