import Foundation

/// Per-word facts of the Arabic refine passes, computed once per distinct word (spd17).
///
/// The Arabic passes asked the same questions of the same words again and again: is this word a
/// place noun, a title or an organization head behind one clitic letter ("ومنطقة", "وعميد", "للجنة")
/// — which hashed every stem of the word into a set, and built the word without its first letter to
/// hash it again —, does it look like a transliterated name ("looksLikeArabicName", a walk over its
/// scalars), does it end like a Slavic surname. Every one of these is a function of the word alone (its
/// key, text and stems): they are answered once per word and kept as bits beside the word's other
/// cached flags (`TokenWords.Entry.arabicFlags`, bits 20–31; `ArabicWordFlags` uses bits 0–19). A word
/// the tokenizer's `WordCache` holds keeps its bits across articles, so a common word is asked once
/// for the whole archive.
///
/// Each bit is computed by the very test it replaces (`ArabicFact.compute`), so a pass reading the bit
/// gets the answer it got before: the output does not change (checked by EntityArabicFactsTests).
enum ArabicFact {
    /// `h18Clitic(k, h18ArabicPlaceNouns)` of the word (a place noun behind one clitic letter: "ومنطقة").
    static let h18CliticPlaceNoun: UInt32 = 1 << 20
    /// `h18Clitic(k, h18ArabicMunicipalityKeys)` ("وبلدية").
    static let h18CliticMunicipality: UInt32 = 1 << 21
    /// The word can open holdout18's person after an honorific: its key is one of `h18ArabicPersonHonorifics`, or a stem
    /// after the first is ("الدكتور", "والدكتور"). An article with no such word skips that scan (`refineHoldout18`).
    static let h18HonorificTrigger: UInt32 = 1 << 22
    /// A stem after the first is a person honorific of `h18ArabicPersonHonorifics` ("والدكتور").
    static let h18HonorificStem: UInt32 = 1 << 23
    /// A stem is an organization head of `h18ArabicOrgHeads`.
    static let h18OrgHeadStem: UInt32 = 1 << 24
    /// The word can open an institution chain (`h18ArabicInstitutionChains`): its key is one of `h18ArabicOrgHeads`, or its text
    /// opens with a clitic letter and a later stem, shorter than the key, is one ("للجنة", "والهيئة"). An article with no such
    /// word skips the chains.
    static let h18InstitutionTrigger: UInt32 = 1 << 25
    /// `looksLikeArabicName(text)`.
    static let nameLike: UInt32 = 1 << 26
    /// `looksLikeTitledArabicName(text)`.
    static let titledNameLike: UInt32 = 1 << 27
    /// `isForeignArabicSurname(text)`.
    static let foreignSurname: UInt32 = 1 << 28
    /// The key or a stem is a plant head of `l14PlantHeads` ("معمل", "بمعمل"): `l14ArabicHead` finds a plant head only in
    /// such a word (and asks, once the key is no head, whether a stem is: this bit then).
    static let l14PlantHead: UInt32 = 1 << 29
    /// The word can open holdout18's place after a noun: its key is "بلدية" or one of `h18ArabicPlaceNouns`, alone or behind
    /// one clitic letter ("ومنطقة"). An article with no such word skips that scan.
    static let h18PlaceTrigger: UInt32 = 1 << 30
    /// The facts above are computed (the other bits of `arabicFlags` are `ArabicWordFlags`).
    static let computed: UInt32 = 1 << 31

    /// The facts of a word, each by the test the passes asked it with.
    static func compute(key: String, text: String, stems: [String]) -> UInt32 {
        var f = computed
        if h18CliticWord(key: key, stems: stems, NameFinder.h18ArabicPlaceNouns) { f |= h18CliticPlaceNoun }
        if h18CliticWord(key: key, stems: stems, NameFinder.h18ArabicMunicipalityKeys) { f |= h18CliticMunicipality }
        if stems.dropFirst().contains(where: { NameFinder.h18ArabicPersonHonorifics.contains($0) }) { f |= h18HonorificStem }
        if f & h18HonorificStem != 0 || NameFinder.h18ArabicPersonHonorifics.contains(key) { f |= h18HonorificTrigger }
        if stems.contains(where: { NameFinder.h18ArabicOrgHeads.contains($0) }) { f |= h18OrgHeadStem }
        if NameFinder.h18ArabicOrgHeads.contains(key) || NameFinder.h18OpensWithClitic(text)
            && stems.dropFirst().contains(where: { NameFinder.h18ArabicOrgHeads.contains($0) && PlainText.count($0) < PlainText.count(key) }) {
            f |= h18InstitutionTrigger
        }
        if f & (h18CliticPlaceNoun | h18CliticMunicipality) != 0 || PhraseMatcher.same(key, NameFinder.h18ArabicMunicipality)
            || NameFinder.h18ArabicPlaceNouns.contains(key) {
            f |= h18PlaceTrigger
        }
        if NameFinder.looksLikeArabicName(text) { f |= nameLike }
        if NameFinder.looksLikeTitledArabicName(text) { f |= titledNameLike }
        if NameFinder.isForeignArabicSurname(text) { f |= foreignSurname }
        if NameFinder.l14PlantHeads.contains(key) || stems.contains(where: { NameFinder.l14PlantHeads.contains($0) }) { f |= l14PlantHead }
        return f
    }

    /// Whether a word is one of `set` with one clitic letter (و، ب، ل، ف) glued before it ("ومنطقة", "وعميد"; not
    /// "المنطقة"): the word-level part of `h18Clitic` (which also asks that the token be an Arabic word).
    static func h18CliticWord(key: String, stems: [String], _ set: KeySet) -> Bool {
        // و U+0648, ل U+0644, ف U+0641 (D9 88, D9 84, D9 81) and ب U+0628 (D8 A8), then four scalars at least.
        let cliticAndLong = key.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard b.count >= 2, b[0] == 0xD9 && (b[1] == 0x88 || b[1] == 0x84 || b[1] == 0x81) || b[0] == 0xD8 && b[1] == 0xA8 else { return false }
            var n = 0
            for c in b where c & 0xC0 != 0x80 {
                n += 1
                if n >= 4 { return true }
            }
            return false
        } ?? { () -> Bool in
            guard let c = key.unicodeScalars.first, c == "و" || c == "ب" || c == "ل" || c == "ف" else { return false }
            return key.unicodeScalars.count >= 4
        }()
        guard cliticAndLong, stems.contains(where: { set.contains($0) }) else { return false }
        // The clitic letters fold to themselves: the key without its first letter is the rest's key.
        return set.contains(String(key.unicodeScalars.dropFirst()))
    }
}

extension NameFinder {
    /// The `ArabicFact` bits of token `k`'s word (with its `ArabicWordFlags` in the low bits), computed on first use.
    /// (Read inline: the passes ask it of most Arabic tokens.)
    @inline(__always) func arabicFacts(_ k: Int) -> UInt32 {
        let cached = tokens[k].arabicFlags
        if cached & ArabicFact.computed != 0 { return cached }
        return arabicFactsComputed(k)
    }

    /// `arabicFacts(k)` on first use of the word: its `ArabicWordFlags` first (a zero `arabicFlags` means "not
    /// computed", so they must be there before the facts' bits are added), then the facts, stored beside them.
    @inline(never) func arabicFactsComputed(_ k: Int) -> UInt32 {
        let flags = arabicFlags(k).rawValue
        let words = tokens[k].words, w = Int(tokens[k].entry)
        let f = flags | ArabicFact.compute(key: words.entries[w].key, text: words.entries[w].text, stems: words.entries[w].stems)
        words.entries[w].arabicFlags = f
        return f
    }

    /// Token `k`'s word has the fact `bit` (an `ArabicFact` bit).
    @inline(__always) func arabicFact(_ k: Int, _ bit: UInt32) -> Bool { arabicFacts(k) & bit != 0 }

    /// The `ArabicFact` bits of every token of the article, or-ed: a scan whose trigger bit is absent would find nothing
    /// to start at, and is skipped. (Every token is asked, whatever its script: a word's facts are cached, so this costs a
    /// few instructions a token, against a hundred or so for each token of a scan.)
    func arabicArticleFacts() -> UInt32 {
        var all: UInt32 = 0
        for k in tokens.indices { all |= arabicFacts(k) }
        return all
    }

    /// `Self.looksLikeArabicName(tokens[k].text)`, cached per word.
    @inline(__always) func arabicNameLike(_ k: Int) -> Bool { arabicFact(k, ArabicFact.nameLike) }
    /// `Self.looksLikeTitledArabicName(tokens[k].text)`, cached per word.
    @inline(__always) func arabicTitledNameLike(_ k: Int) -> Bool { arabicFact(k, ArabicFact.titledNameLike) }
    /// `Self.isForeignArabicSurname(tokens[k].text)`, cached per word.
    @inline(__always) func arabicForeignSurname(_ k: Int) -> Bool { arabicFact(k, ArabicFact.foreignSurname) }
}
