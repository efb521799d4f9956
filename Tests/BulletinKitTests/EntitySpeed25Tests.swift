import Foundation
import Testing
@testable import BulletinKit

/// spd25: the token forms of the word-set look-ups answer what the key forms answer.
@Suite struct EntitySpeed25Tests {
    /// Latin, Cyrillic, Arabic, Han and Vietnamese (composed and decomposed) text, with words in and out of the sets.
    private static let texts = [
        "The Ministry of Energy of Kazakhstan met in Astana, said Mr. O'Brien.",
        "Министерство энергетики Казахстана провело встречу в Астане.",
        "وقالت وزارة الطاقة في الرياض إن الاجتماع عقد في أستانا.",
        "哈萨克斯坦能源部在阿斯塔纳举行会议。",
        "Bộ Năng lượng Kazakhstan họp tại Hà Nội, ông Nguyễn Văn An nói.",
        "Bo\u{0323}\u{0302} Na\u{0306}ng lu\u{031B}o\u{031B}\u{0323}ng ho\u{0323}p ta\u{0323}i Ha\u{0300} No\u{0302}\u{0323}i.",
    ]

    /// `KeySet.contains(token)` and `WordSet.contains(token)` are `contains(token.key, hash: token.keyHash)`, for
    /// members and others, in every script.
    @Test func tokenLookUpsAnswerLikeKeyLookUps() {
        for text in Self.texts {
            Tokenizer.withTokens(text) { tokens in
                // Every other word's key is a member (and words that are no token's key).
                let members = tokens.enumerated().filter { $0.offset % 2 == 0 }.map(\.element.key) + ["absent", "нет", "لا", "无", "không"]
                let keys = KeySet(members)
                let words = WordSet(Set(members))
                var found = 0
                for t in tokens {
                    #expect(keys.contains(t) == keys.contains(t.key, hash: t.keyHash), "\(t.text)")
                    #expect(words.contains(t) == words.contains(t.key, hash: t.keyHash), "\(t.text)")
                    if keys.contains(t) { found += 1 }
                }
                #expect(found >= (tokens.count + 1) / 2)
                #expect(!KeySet([String]()).contains(tokens[0]))
            }
        }
    }
}
