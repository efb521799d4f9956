/// Spelling evidence for Latin-script languages, for texts too short to hold
/// enough function words ("Berlin - Chancellor Friedrich Merz spoke.").
///
/// Each lower-case word scores a point for every profile whose typical
/// letters (é, ß, ñ, ã…) or endings (-ed, -ing, -ung, -ción…) it shows.
/// Capitalized words are skipped: in a short text they are mostly names
/// (Nguyễn, François, Friedrich), which say nothing about the language the
/// text is written in. Only a fallback: stopwords decide whenever they can.
enum LetterCues {
    /// Points per profile of `StopwordProfiles.all` (same order), over the first `maxWords` words.
    static func scores(_ text: String, maxWords: Int = 200) -> [Int] {
        let codes = StopwordProfiles.all.map(\.code)
        var scores = [Int](repeating: 0, count: codes.count)
        var words = 0
        for token in text.split(whereSeparator: { !$0.isLetter }) {
            words += 1
            if words > maxWords { break }
            guard let first = token.unicodeScalars.first, first.properties.isLowercase, token.count >= 2 else { continue }
            let word = String(token)
            for (i, code) in codes.enumerated() where matches(word, code) { scores[i] += 1 }
        }
        return scores
    }

    /// Whether `word` (lower case) is spelled the way `code`'s words often are.
    static func matches(_ word: String, _ code: String) -> Bool {
        guard let cue = cues[code] else { return false }
        if word.unicodeScalars.contains(where: { cue.letters.contains($0) }) { return true }
        return cue.endings.contains { word.count >= $0.count + 2 && word.hasSuffix($0) }
            || cue.inner.contains { word.contains($0) }
    }

    struct Cue {
        /// Letters (precomposed, as after NFC) typical of the language.
        var letters: Set<Unicode.Scalar>
        /// Word endings typical of the language (the word must be two letters longer).
        var endings: [String]
        /// Letter groups typical of the language anywhere in a word.
        var inner: [String]
    }

    /// Chosen to separate the profiles, not to describe each language fully:
    /// a letter shared by two languages (ç: fr, pt) counts for both, and a tie gives no answer.
    static let cues: [String: Cue] = [
        "en": Cue(letters: [], endings: ["ed", "ing", "ly", "ness", "ship"], inner: ["th", "wh", "ght", "ck", "ow", "ew", "aw"]),
        "fr": Cue(letters: ["é", "è", "ê", "ë", "à", "â", "ç", "ù", "û", "ô", "î", "ï", "œ"],
                  endings: ["eux", "aux", "ée", "ées", "és"], inner: ["eau"]),
        "es": Cue(letters: ["ñ", "á", "í", "ó", "ú", "¿", "¡"], endings: ["ción", "ado", "ada", "idad"], inner: []),
        "de": Cue(letters: ["ä", "ö", "ü", "ß"], endings: ["ung", "keit", "heit", "lich", "chen"], inner: ["sch", "tz"]),
        "pt": Cue(letters: ["ã", "õ", "ç", "á", "ê"], endings: ["ção", "ções", "ão"], inner: ["nh", "lh"]),
        "it": Cue(letters: ["ò", "ì"], endings: ["zione", "zioni", "ità"], inner: ["gli", "zz", "cch"]),
        "vi": Cue(letters: ["ơ", "ư", "đ", "ă"], endings: [], inner: []),
        // ə is Azerbaijani's alone; Uzbek writes oʻ and gʻ with the turned comma (ʻ, a letter) and its genitive in -ning.
        "az": Cue(letters: ["ə"], endings: [], inner: []),
        "uz": Cue(letters: ["ʻ"], endings: ["ning"], inner: []),
    ]
}
