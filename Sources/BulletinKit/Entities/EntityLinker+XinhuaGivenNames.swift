import Foundation

/// Given names Xinhua writes by convention, not sound by sound.
///
/// Xinhua's tables of foreign names (外国人名译名) keep a fixed form for the commonest given
/// names, older than the syllable tables and not read from them: 亚历山大 is Alexander
/// (ya-li-shan-da: no k s, no final r), 维克托 Viktor (no r), 易卜拉欣 Ibrahim (a final n for m),
/// 优素福 Youssef and Yusuf (su-fu for sef), 约瑟夫 Joseph (no j), 彼得 Peter and Pyotr. Read
/// syllable by syllable (`hanSounds`), these never meet the Latin name, so a person named
/// 亚历山大·X in Chinese articles stayed apart from Alexander X in every other language.
/// Each such form is given the sounds of its Latin spellings instead (`latinWordSoundsForHan`),
/// as one more alternative of `hanSounds`; the surname is still read syllable by syllable and
/// must agree as before. A lookup per part of a dotted Han name (a dictionary of strings):
/// nothing per Latin name, nothing for a Chinese name (no middle dot).
extension EntityLinker {
    /// Xinhua's conventional forms of common given names whose syllables do not write the Latin
    /// name's consonant classes, with the Latin spellings each stands for (ASCII, lowercase).
    static let xinhuaConventionalGivenNames: [String: [String]] = [
        // Russian and European.
        "亚历山大": ["alexander", "aleksandr", "alexandre"],
        "亚历山德拉": ["alexandra", "aleksandra"],
        "维克托": ["viktor", "victor"],
        "维克多": ["viktor", "victor"],
        "彼得": ["peter", "pyotr", "petr", "pieter"],
        "约瑟夫": ["joseph", "josef", "iosif", "jozef"],
        "约翰": ["john", "johann", "johan"],
        "迈克尔": ["michael"],
        "米歇尔": ["michel", "michelle"],
        "乔治": ["george", "georges"],
        "詹姆斯": ["james"],
        "威廉": ["william", "wilhelm"],
        "理查德": ["richard"],
        "伊丽莎白": ["elizabeth", "elisabeth"],
        // Arab and Muslim.
        "易卜拉欣": ["ibrahim", "ebrahim"],
        "伊卜拉欣": ["ibrahim", "ebrahim"],
        "优素福": ["yusuf", "youssef", "yousef", "yussef", "yousif"],
        "尤素福": ["yusuf", "youssef", "yousef", "yussef", "yousif"],
        "尤瑟夫": ["yusuf", "youssef", "yousef", "yussef", "yousif"],
    ]

    /// The sounds of `xinhuaConventionalGivenNames`' Latin spellings of a Han part, or nil when
    /// the part is no conventional form.
    static func conventionalGivenNameSounds<S: Sequence<Unicode.Scalar>>(_ part: S) -> [[Sound]]? {
        var s = ""
        s.unicodeScalars.append(contentsOf: part)
        guard let spellings = xinhuaConventionalGivenNames[s] else { return nil }
        var out: [[Sound]] = []
        for sp in spellings {
            let sounds = latinWordSoundsForHan(Array(sp.utf8))
            if !out.contains(sounds) { out.append(sounds) }
        }
        return out
    }
}
