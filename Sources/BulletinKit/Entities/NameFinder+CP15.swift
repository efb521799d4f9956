import Foundation

/// A dateline's agency read one way for the whole article (scripts/entity-unseen/holdout27, issue 4): "Braga, 12 mar
/// 2026 (Lusa) -" names the agency, and a later "disse à Lusa", "told AFP" or "a indiqué à l'AFP" is the same agency,
/// not a place a preposition points at. One pass, run after every other (so no later rule retypes the later mention);
/// it scans the first 90 tokens for "(" and stops at the first dateline.
extension NameFinder {
    mutating func refineCP15() {
        guard tokens.count > 4 else { return }
        cp15DatelineAgencyEverywhere()
    }

    /// The organization in parentheses near a line's start (the first 90 tokens), after a number (the date) or before a dash, is the
    /// dateline's agency: every other mention with its words (not a country) becomes that organization.
    mutating func cp15DatelineAgencyEverywhere() {
        let n = tokens.count
        let limit = min(n - 2, 90)
        var k = 0
        while k < limit {
            defer { k += 1 }
            guard tokens[k].kind == .punct, keyIs(k, "("), tokens[k + 1].kind == .word else { continue }
            // A dateline opens its line: the "(" within 12 tokens of the line's start.
            var j = k
            while j > 0, k - j <= 12, !tokens[j].newlineBefore { j -= 1 }
            guard j == 0 || tokens[j].newlineBefore else { continue }
            var c = k + 2
            while c < n, c - k <= 4, !keyIs(c, ")") { c += 1 }
            guard c < n, keyIs(c, ")") else { continue }
            let dash = c + 1 < n && h27Dash(c + 1)
            guard dash || k > 0 && tokens[k - 1].kind == .number else { continue }
            let (s, e) = (tokens[k + 1].start, tokens[c - 1].end)
            guard let agency = mentions.firstIndex(where: { $0.type == .organization && $0.start == s && $0.end == e }) else { return }
            let words = mentions[agency].words
            for j in mentions.indices where j != agency && mentions[j].type != .organization && mentions[j].type != .country
                && mentions[j].words == words {
                mentions[j].type = .organization
                mentions[j].known = nil
                mentions[j].placeContext = false
                mentions[j].evidence = .cue
            }
            return
        }
    }
}
