import Foundation
import Testing
@testable import BulletinKit

/// `NameFinder.articleHas` (ArticleKeys.swift), which the refine rules ask before walking the tokens: false only when no
/// token's key is in the set, whichever side (the set's keys or the article's) is probed.
@Suite struct ArticleKeysTests {
    let texts: [(String, String)] = [
        ("The Penang International Airport opened, said Kh. Dosmukhamedov of the Atyrau University.", "en"),
        ("Le président de la Société Générale a rencontré l'ambassadeur d'Algérie à Paris.", "fr"),
        ("Ông Tô Lâm tiếp Đại sứ Ủy ban nhân dân tỉnh Quảng Ninh.", "vi"),
        ("To\u{0302} La\u{0302}m tie\u{0302}\u{0301}p Đa\u{0323}i su\u{031B}\u{0301}.", "vi"),
        ("Президент Беларуси Александр Лукашенко посетил Минск и Гродненскую область.", "ru"),
        ("وقال الرئيس البيلاروسي ألكسندر لوكاشينكو إن الشركة ستفتح مصنعا في مينسك", "ar"),
        ("中国国家主席习近平在北京会见了白俄罗斯总统卢卡申科。", "zh"),
        ("", "en"),
    ]

    /// For every key of every token: a set holding it is found, in a set smaller and in one larger than the article's keys.
    @Test func everyTokenKeyIsFound() {
        let filler = (0..<600).map { "zzfiller\($0)" }
        for (text, language) in texts {
            let f = NameFinder(lex: EntityLexicon.shared, text: text, language: language)
            for k in f.tokens.indices {
                let key = f.tokens[k].key
                #expect(f.articleHas(KeySet([key])), "\(key) in «\(text)»")
                #expect(f.articleHas(KeySet(filler + [key])), "\(key) among many, «\(text)»")
                #expect(f.articleHasKey(hash: Token.hash(key)))
            }
        }
    }

    /// A set none of whose keys a token has is not found, small or large (and the empty set never is).
    @Test func absentKeysAreNotFound() {
        let absent = ["airports", "societe generale", "qqq", "минскк", "北京市", "x y", "الشركات"]
        let many = absent + (0..<600).map { "zzfiller\($0)" }
        for (text, language) in texts {
            let f = NameFinder(lex: EntityLexicon.shared, text: text, language: language)
            let keys = Set(f.tokens.map(\.key))
            for a in absent where !keys.contains(a) { #expect(!f.articleHas(KeySet([a])), "\(a) in «\(text)»") }
            #expect(!f.articleHas(KeySet(many)), "«\(text)»")
            #expect(!f.articleHas(KeySet([])))
        }
    }

    /// The answer for a set is "some token's key is in it" (`KeySet.contains` over the tokens), for sets drawn from
    /// the article's keys and others, by a fixed pseudo-random choice.
    @Test func answerIsTheScanOfTheTokens() {
        var seed: UInt64 = 0x2545F4914F6CDD1D
        func next() -> UInt64 { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; return seed }
        let others = ["of", "de", "the", "и", "в", "و", "的", "-", ".", ",", "airport", "university", "oblast", "zz"]
        for (text, language) in texts {
            let f = NameFinder(lex: EntityLexicon.shared, text: text, language: language)
            let keys = f.tokens.map(\.key)
            for _ in 0..<200 {
                var pick: [String] = []
                for _ in 0..<Int(next() % 4) { pick.append(others[Int(next() % UInt64(others.count))]) }
                if !keys.isEmpty, next() % 3 == 0 { pick.append(keys[Int(next() % UInt64(keys.count))]) }
                let set = KeySet(pick)
                let scan = f.tokens.contains { set.contains($0) }
                #expect(f.articleHas(set) == scan, "\(pick) «\(text)»")
            }
        }
    }
}
