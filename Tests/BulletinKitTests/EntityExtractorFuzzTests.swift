import Foundation
import Testing
@testable import BulletinKit

/// The extractor on text nobody wrote: seeded random sequences of the pieces its rules look for (titles, particles such
/// as "al-", family names, clitics, Han verbs, Cyrillic acronyms, brackets, digits, emoji, combining marks, bidi marks),
/// in every language it has rules for. Whatever the rules do with them, it must not trap, and what it returns must hold
/// together: every range inside the body and spelling one of its entity's aliases, a mention count per range.
@Suite struct EntityExtractorFuzzTests {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    static let pieces: [String] = [
        "al", "-", "al-", "Al-", "Mohammed", "Shia", "Sudani", "Hassan", "President", "Sen.", "Analyst", "General", "Electric",
        "the", "of", "and", "in", "Arab", "Kurdish", "Sunni", "Casa", "Rosada", "El", "Gobierno", "de", "la", "Madrid",
        "Hồ", "Chí", "Minh", "Thành", "phố", "Nguyễn", "Văn", "Trần", "UBND", "tỉnh", "Ho\u{0302}\u{0300}", "Vie\u{0323}\u{0302}t",
        "Директор", "Росгвардии", "Госсовета", "КНР", "Виктор", "Золотов", "Васильевич", "ПВО", "в", "Москве", "«", "»",
        "龚正介绍", "日主持召开国务院", "李强", "新华社", "北京", "公司", "主持", "介绍",
        "والوكالة", "البنك", "الإسلامي", "للتنمية", "فنغ", "يون", "جون", "الرئيس", "وقال", "بيلاروسيا", "\u{200F}", "\u{200E}",
        "(", ")", ",", ".", ":", "\"", "'", "2026", "23", "%", "👍🏽", "🇻🇳", "\n", "\n\n", "  ",
    ]

    static func text(seed: UInt64) -> String {
        // (SplitMix, the test target's seeded generator: a failure names a seed that reproduces it.)
        var g = SplitMix(seed: seed)
        let n = Int.random(in: 1...60, using: &g)
        var out = ""
        for _ in 0..<n {
            let p = pieces.randomElement(using: &g)!
            // Mostly spaced, sometimes glued (clitics, hyphens and Han runs are glued in real text).
            if !out.isEmpty, Int.random(in: 0..<4, using: &g) != 0 { out += " " }
            out += p
        }
        return out
    }

    @Test(arguments: ["en", "fr", "es", "ru", "vi", "zh", "ar"])
    func randomTextKeepsTheInvariants(language: String) {
        for seed in UInt64(1)...150 {
            let body = Self.text(seed: seed &* 7919 &+ UInt64(language.utf8.first!))
            let e = extractor.extract(title: "", body: body, language: language)
            let ns = body as NSString
            for entity in e.entities {
                #expect(entity.ranges.count <= entity.mentions, "seed \(seed): \(entity.name)")
                for r in entity.ranges {
                    guard r.start >= 0, r.length > 0, r.start + r.length <= ns.length else {
                        Issue.record("seed \(seed) \(language): range \(r.start)+\(r.length) outside a body of \(ns.length): \(body)")
                        continue
                    }
                    // What the reader highlights: text, not spaces, and a whole piece of what the entity is called
                    // (its words are among the words of its aliases; surfaces join words with single spaces).
                    let text = ns.substring(with: NSRange(location: r.start, length: r.length))
                    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                    #expect(!trimmed.isEmpty && trimmed == text, "seed \(seed) \(language): range '\(text)' of \(entity.name)")
                    let aliasWords = Set(entity.aliases.flatMap { $0.split(whereSeparator: \.isWhitespace) })
                    for w in text.split(whereSeparator: \.isWhitespace) where !aliasWords.contains(w) {
                        Issue.record("seed \(seed) \(language): '\(w)' of '\(text)' in no alias of \(entity.name) \(entity.aliases)")
                    }
                }
            }
        }
    }
}
