import Foundation

/// Discovery rules for Latin-script languages (Portuguese, Italian, Spanish, French, German,
/// English) and Vietnamese, kept apart from the general passes of `NameFinder+Discovery.swift`.
extension NameFinder {
    /// "Cassa depositi e prestiti (CDP)", "Banque africaine de développement (BAD)", "Communauté
    /// économique et monétaire de l'Afrique centrale (CEMAC)": an acronym in parentheses that spells
    /// the initials of the words right before it names them as one organization. Italian, French,
    /// Portuguese and Spanish institutions capitalize only their first word, so capitalization alone
    /// cuts them short ("Cassa", "Communauté économique"); the acronym says where the name starts.
    /// Particles and articles may be skipped or spell a letter ("Department of Energy (DOE)"); any
    /// other word that does not spell the next letter, or punctuation, means the acronym is not
    /// these words' (then nothing changes). Fragments discovery cut from the span go; countries stay.
    mutating func organizationsSpelledByAcronym() {
        var p = 1
        while p + 2 < tokens.count {
            defer { p += 1 }
            guard tokens[p].key == "(", tokens[p + 2].key == ")", tokens[p + 1].kind == .word, tokens[p + 1].allCaps,
                  tokens[p + 1].script == .latin else { continue }
            let letters = Array(tokens[p + 1].text.uppercased().unicodeScalars.filter { $0.properties.isAlphabetic })
            guard letters.count >= 2, letters.count <= 7, letters.count == tokens[p + 1].text.unicodeScalars.count else { continue }
            guard let start = acronymSpanStart(letters, before: p, particlesSpell: false) ?? acronymSpanStart(letters, before: p, particlesSpell: true),
                  p - start >= 2, isCap(start), !tokens[start].allCaps,
                  ((start + 1)..<p).allSatisfy({ !tokens[$0].newlineBefore }) else { continue }
            // Only when capitalization alone would not have found this name: a lowercase word inside.
            guard ((start + 1)..<p).contains(where: { tokens[$0].kind == .word && !tokens[$0].capitalized && !Self.acronymParticles.contains(tokens[$0].key) })
            else { continue }
            let (s0, e0) = (tokens[start].start, tokens[p - 1].end)
            if mentions.contains(where: { $0.type == .organization && $0.start == s0 && $0.end == e0 }) { continue }
            mentions.removeAll { $0.type != .country && $0.start >= s0 && $0.end <= e0 }
            mentions.append(mention(start, p, type: .organization, evidence: .cue))
        }
    }

    /// Where the name spelled by `letters` starts, reading the words before token `p` backwards;
    /// nil when a word or punctuation breaks the spelling. With `particlesSpell`, a particle whose
    /// initial is the next letter spells it ("of" in DOE); otherwise particles are skipped.
    func acronymSpanStart(_ letters: [Unicode.Scalar], before p: Int, particlesSpell: Bool) -> Int? {
        var li = letters.count - 1
        var k = p - 1
        var start: Int?
        while k >= 0, li >= 0, p - k <= 24 {
            let t = tokens[k]
            if t.kind == .elision { k -= 1; continue }                      // "l'Afrique", "d'investissement"
            guard t.kind == .word, t.script == .latin else { return nil }
            let initial = t.text.uppercased().unicodeScalars.first.map { Character($0) }
            let folded = initial.map { String($0).folding(options: .diacriticInsensitive, locale: nil) }
            let matches = folded == String(Character(letters[li])).folding(options: .diacriticInsensitive, locale: nil)
            let particle = !t.capitalized && Self.acronymParticles.contains(t.key)
            if matches && (!particle || particlesSpell) {
                li -= 1
                start = k
            } else if !particle {
                return nil
            }
            k -= 1
        }
        return li < 0 ? start : nil
    }

    /// Articles, prepositions and conjunctions inside institutions' names (folded keys), in the
    /// Latin-script languages: skipped when an acronym spells the name.
    static let acronymParticles: WordSet = [
        "of", "the", "and", "for", "on", "de", "du", "des", "la", "le", "les", "et", "pour", "en", "y", "del", "el", "los", "las",
        "para", "o", "os", "a", "as", "do", "da", "dos", "das", "e", "di", "per", "lo", "il", "della", "delle", "dei", "degli",
        "dello", "und", "fur", "der", "die", "das", "des", "zur", "zum", "van", "von", "voor", "en", "al", "à", "au", "aux",
    ]

    /// "Tokyo Bay", "Hudson River", "Lake Geneva" aside: a known city or region followed by a
    /// capitalized geographic feature ("Bay", "River", "Valley", "Coast") names that feature, another
    /// place, not the city; the known name is refused there and discovery reads the whole name.
    func knownPlaceBeforeFeature(_ b: Int) -> Bool {
        guard b < tokens.count, tokens[b].kind == .word, tokens[b].capitalized, tokens[b].spaceBefore,
              tokens[b].script == .latin else { return false }
        return Self.geographicFeatureHeads.contains(tokens[b].key)
    }
    static let geographicFeatureHeads: WordSet = [
        "bay", "gulf", "river", "lake", "coast", "valley", "peninsula", "strait", "sea", "island", "islands", "delta", "basin",
        "mountains", "canal", "desert", "lagoon", "falls", "plateau",
    ]
}
