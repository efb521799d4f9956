import Foundation

/// Session 48 (lead): a Russian body named after its city. "Национальный университет Бамако", "мэрия Лилонгве",
/// "филармонии Алматы": a body read to its lowercase last word, with a known place's name right after it (the city
/// in the genitive, or a name Russian does not decline), is one body with that name, as the English "University of
/// Dakar" and the French "Université de Dakar" already are; the place's mention there goes. A place's name that a
/// capitalized word continues ("Бамако Сити") is left alone, and so is a country ("банк Беларуси" stays as read: its
/// country is the article's).
///
/// `refineS48L` runs after the session's other passes. Cost: Russian articles only; the walk reads the bodies'
/// mentions (a few per article) and, for one that ends on a lowercase word before a capitalized one, looks for a
/// known place's mention starting there.
extension NameFinder {
    mutating func refineS48L() {
        guard lang.ru, tokens.count > 2 else { return }
        s48lRussianBodiesOfAPlace()
    }

    mutating func s48lRussianBodiesOfAPlace() {
        var changes: [(Int, Mention)] = []
        var drop = Set<Int>()
        for i in mentions.indices where mentions[i].type == .organization && mentions[i].known == nil {
            guard let (a, z) = seedSpan(i), mentions[i].end == tokens[z].end, z + 1 < tokenCount, tokens[z].kind == .word,
                  tokens[z].script == .cyrillic, !tokens[z].capitalized, tokens[z + 1].kind == .word, tokens[z + 1].script == .cyrillic,
                  tokens[z + 1].capitalized, !tokens[z + 1].allCaps, tokens[z + 1].spaceBefore else { continue }
            let s = tokens[z + 1].start
            guard let j = mentions.indices.first(where: { mentions[$0].start == s && mentions[$0].type == .place && mentions[$0].known != nil }),
                  let q = (z + 1..<min(z + 5, tokenCount)).first(where: { tokens[$0].end == mentions[j].end }) else { continue }
            // (A capitalized word right after: the place's name goes on, or another name begins; neither is read here.)
            if q + 1 < tokenCount, tokens[q + 1].spaceBefore, isCap(q + 1) { continue }
            changes.append((i, mention(a, q + 1, type: .organization, evidence: mentionEvidence(i))))
            drop.insert(j)
        }
        guard !changes.isEmpty else { return }
        for (i, m) in changes { mentions[i] = m }
        replaceMentions(removing: drop)
    }
}
