import Foundation

/// Discovery patterns for Russian, Chinese and Arabic found on articles nobody tuned on
/// (scripts/entity-unseen/holdout6): each rule is its own function, hooked into the passes of
/// `NameFinder+Discovery.swift` and `NameFinder+ArabicHan.swift` by one call.
extension NameFinder {
    // MARK: Chinese forums and summits

    /// Suffixes of recurring meetings that wire copy names like organizations ("中国—东盟博览会",
    /// "澜湄合作论坛", "柬中经贸合作峰会"); none is an organization suffix of `hanOrgSuffixCharacters`.
    static let hanForumSuffixCodes: [[UInt32]] = ["论坛", "峰会", "博览会", "研讨会", "洽谈会", "交易会"].map(hanCodes)
    /// Characters a forum's name does not run left over besides `hanOrgLeftStopSet`: the ordinal's
    /// 届 ("第三届中老经济走廊合作论坛": the name starts after it) and 次.
    static let hanForumLeftStops = HanCharSet("届次")
    /// Dashes that join two countries inside a forum's name ("中国—阿塞拜疆经贸论坛").
    static let hanForumDashes: Set<String> = ["—", "-", "–", "－", "―"]

    /// Forums and summits by their suffix: the name runs left from 论坛/峰会 over name characters
    /// (countries inside, "中老", "中国—阿塞拜疆") to a function word, a verb of the sentence, a
    /// title, a person or an ordinal (第N届), and over a dash to the country before it. At least two
    /// characters must precede the suffix ("出席论坛", "论坛期间" are no names).
    mutating func discoverHanForums() {
        for index in tokens.indices where tokens[index].script == .han && tokens[index].end - tokens[index].start >= 4 {
            let t = tokens[index]
            let scalars = Array(t.text.unicodeScalars)
            let chars = scalars.map(Self.hanCode)
            var p = 2
            while p + 1 < chars.count {
                guard let suffix = Self.hanForumSuffixCodes.first(where: { Self.hanMatches(chars, $0, at: p) }) else { p += 1; continue }
                let end = p + suffix.count
                let people = mentions.filter { $0.type == .person && $0.start < t.end && $0.end > t.start }
                    .map { ($0.start - t.start)..<($0.end - t.start) }
                func leftStart(_ codes: [UInt32], from e: Int, people: [Range<Int>]) -> Int {
                    var s = e
                    while s > 0, e - s < 14 {
                        let c = codes[s - 1]
                        if Self.hanOrgLeftStopSet.contains(c) && !Self.hanEconomyWord(codes, at: s - 1) || Self.hanForumLeftStops.contains(c) { break }
                        if people.contains(where: { $0.contains(s - 1) }) { break }
                        if s >= 2, Self.hanVerbPairs.contains(UInt64(codes[s - 2]) << 32 | UInt64(codes[s - 1])) { break }
                        if Self.hanTitleCodes.contains(where: { tc in tc.count >= 2 && s >= tc.count && Self.hanMatches(codes, tc, at: s - tc.count) }) { break }
                        s -= 1
                    }
                    return s
                }
                let start = leftStart(chars, from: p, people: people)
                guard p - start >= 2 else { p = end; continue }
                var m = Mention(surface: Self.hanString(scalars, start, end), start: t.start + start, end: t.start + end,
                                type: .organization, evidence: .cue, words: [])
                // "中国—阿塞拜疆经贸论坛": the name continues over a dash to the country run before it.
                if start == 0, index >= 2, Self.hanForumDashes.contains(tokens[index - 1].text), !tokens[index - 1].spaceBefore,
                   !t.spaceBefore, tokens[index - 2].script == .han {
                    let prev = tokens[index - 2]
                    let ps = Array(prev.text.unicodeScalars)
                    let pc = ps.map(Self.hanCode)
                    let s = leftStart(pc, from: pc.count, people: [])
                    if pc.count - s >= 2 {
                        m.surface = Self.hanString(ps, s, pc.count) + tokens[index - 1].text + m.surface
                        m.start = prev.start + s
                    }
                }
                m.words = [m.surface]
                mentions.append(m)
                p = end
            }
        }
    }
}

extension NameFinder {
    /// 与/和 at `c` joins two words of one organization's name when two to four name characters
    /// separate it from a one-character suffix ("公共工程与运输部", "出口与投资促进局") and the two
    /// characters before it are name characters too (not "了与农业部", "签署与…"). (Two characters
    /// before a longer suffix are the older rule: "投资与发展银行".)
    static func hanConjunctionInsideName(_ chars: [UInt32], at c: Int, suffixAt p: Int) -> Bool {
        guard c >= 2, chars[c] == hanAndCode || chars[c] == hanWithCode, (3...5).contains(p - c) else { return false }
        for k in (c - 2)..<c where hanOrgLeftStopSet.contains(chars[k]) || hanForumLeftStops.contains(chars[k]) { return false }
        return !hanVerbPairs.contains(UInt64(chars[c - 2]) << 32 | UInt64(chars[c - 1]))
    }
}

extension NameFinder {
    static let hanJingCode = hanCode("经")
    static let hanEconomySecond = HanCharSet("济贸")
    /// 经 at `k` starts 经济 (economy) or 经贸 (trade), words of a name ("阿塞拜疆经济部", "经贸合作论坛"),
    /// not the preposition 经 (via) that ends an organization's name on its left.
    static func hanEconomyWord(_ chars: [UInt32], at k: Int) -> Bool {
        k + 1 < chars.count && chars[k] == hanJingCode && hanEconomySecond.contains(chars[k + 1])
    }
}
