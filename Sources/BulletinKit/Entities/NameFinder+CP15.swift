import Foundation

/// A dateline's agency read one way for the whole article (scripts/entity-unseen/holdout27, issue 4): "Braga, 12 mar
/// 2026 (Lusa) -" names the agency, and a later "disse à Lusa", "told AFP" or "a indiqué à l'AFP" is the same agency,
/// not a place a preposition points at. One pass, run after every other (so no later rule retypes the later mention);
/// English also: a country's adjective read into an organization ("the Canadian Press") and a ticker after an
/// exchange ("(TSX:CBD)"), a flag test or two a token. The dateline rule scans the first 90 tokens for "(" and stops at the first dateline.
extension NameFinder {
    mutating func refineCP15() {
        guard tokens.count > 4 else { return }
        cp15DatelineAgencyEverywhere()
        if language == "en" {
            cp15DemonymBeforeOrganization()
            cp15TickerAfterExchange()
        }
    }

    /// Last words of an organization named with a country's adjective ("the Canadian Press", "Australian Associated Press");
    /// not "Federation" ("Russian Federation" is the country).
    static let cp15OrgHeads = KeySet(["press", "broadcasting", "airlines", "airways", "association", "institute",
        "society", "league", "corporation", "council", "bank"])

    /// English: a country's adjective ("Canadian", not the country's name) before one to three capitalized words ending in
    /// an organization's head word is part of that organization, not a mention of the country.
    mutating func cp15DemonymBeforeOrganization() {
        guard articleHas(Self.cp15OrgHeads) else { return }
        let n = tokens.count
        var k = 0
        while k + 1 < n {
            defer { k += 1 }
            guard isCountry[k], tokens[k].capitalized, tokens[k].kind == .word else { continue }
            let t = tokens[k].text
            // ("Japan Bank", "Iran" and "Sudan" are names; "Canadian", "Korean", "Mexican", "Maltese", "Irish" adjectives.)
            guard PlainText.hasSuffix(t, "ian") || PlainText.hasSuffix(t, "ean") || PlainText.hasSuffix(t, "can") || PlainText.hasSuffix(t, "ese") || PlainText.hasSuffix(t, "ish") else { continue }
            var h = k + 1
            while h < n, h - k <= 3, h15CapLatin(h), !isCountry[h], !h23Key(h, Self.cp15OrgHeads) { h += 1 }
            guard h < n, h - k <= 3, h15CapLatin(h), h23Key(h, Self.cp15OrgHeads) else { continue }
            while h + 1 < n, h - k < 4, h15CapLatin(h + 1), h23Key(h + 1, Self.cp15OrgHeads) { h += 1 }  // "Broadcasting Corporation"
            let (s, e) = (tokens[k].start, tokens[h].end)
            guard !anyMention(where: { $0.type == .person && $0.start < e && $0.end > s }) else { continue }
            // (A body read already around it, longer on either side, keeps its name: "MIAT Mongolian Airlines", "Brazilian
            // Association of Vegetable Oil Industries".)
            guard !anyMention(where: { $0.type == .organization && $0.start <= s && $0.end >= e && ($0.start < s || $0.end > e) }) else { continue }
            mentions.removeAll { $0.start < e && $0.end > s }
            isCountry[k] = false
            mentions.append(mention(k, h + 1, type: .organization, evidence: .cue))
            k = h
        }
    }

    /// Its gates: the ":" and the ")" around the ticker (the "(" goes with the ")").
    static let cp15ColonCue = KeySet([":"]), cp15CloseCue = KeySet([")"])
    /// "(TSX:CBD)", "(NYSE:ABC)": the ticker after an exchange's capitals and a colon, in parentheses, is no name.
    mutating func cp15TickerAfterExchange() {
        guard articleHas(Self.cp15ColonCue), articleHas(Self.cp15CloseCue) else { return }
        let n = tokens.count
        var k = 3
        while k + 1 < n {
            defer { k += 1 }
            guard tokens[k].allCaps, keyIs(k - 1, ":"), keyIs(k + 1, ")"), keyIs(k - 3, "("), tokens[k].kind == .word,
                  tokens[k - 2].kind == .word, tokens[k - 2].allCaps else { continue }
            let (s, e) = (tokens[k].start, tokens[k].end)
            mentions.removeAll { $0.type != .country && $0.start >= s && $0.end <= e }
        }
    }

    /// The first token of the line that token `k` lies on when `k` is within 12 tokens of it (`k` itself may open
    /// it), else nil: a dateline opens its line, so the "(" of its agency stands there.
    func datelineLineStart(_ k: Int) -> Int? {
        var j = k
        while j > 0, k - j <= 12, !tokens[j].newlineBefore { j -= 1 }
        return j == 0 || tokens[j].newlineBefore ? j : nil
    }

    /// Its gate (with `cp15CloseCue`): the "(" around the agency.
    static let cp15OpenCue = KeySet(["("])
    /// The organization in parentheses near a line's start (the first 90 tokens), after a number (the date) or before a dash, is the
    /// dateline's agency: every other mention with its words (not a country) becomes that organization.
    mutating func cp15DatelineAgencyEverywhere() {
        guard articleHas(Self.cp15OpenCue), articleHas(Self.cp15CloseCue) else { return }
        let n = tokens.count
        let limit = min(n - 2, 90)
        var k = 0
        while k < limit {
            defer { k += 1 }
            guard tokens[k].kind == .punct, tokens[k + 1].kind == .word, keyIs(k, "(") else { continue }   // (spd23: the field first)
            guard datelineLineStart(k) != nil else { continue }
            var c = k + 2
            while c < n, c - k <= 4, !keyIs(c, ")") { c += 1 }
            guard c < n, keyIs(c, ")") else { continue }
            let dash = c + 1 < n && h27Dash(c + 1)
            guard dash || k > 0 && tokens[k - 1].kind == .number else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[c - 1].end)
            guard let agency = firstMentionIndex(where: { $0.type == .organization && $0.start == s && $0.end == e }) else { return }
            let words = mentionWords(agency)
            for j in mentions.indices where j != agency && mentionType(j) != .organization && mentionType(j) != .country
                && mentionWords(j) == words {
                mentions[j].type = .organization
                mentions[j].known = nil
                mentions[j].placeContext = false
                mentions[j].evidence = .cue
            }
            return
        }
    }
}
