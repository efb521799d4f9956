import Foundation
import Testing
@testable import BulletinKit

/// The refine passes' in-place reads (NameFinder+PassFacts.swift) answer what the array's own
/// reads and searches answer.
@Suite struct EntityPassFactsTests {
    static let texts: [(String, String)] = [
        ("The Ministry of Finance in Lisbon said Maria Costa would meet officials of Banco Atlântico in Porto on Monday.", "en"),
        ("Губернатор Иван Соколов провёл встречу в Новосибирске с руководством компании «Сибирский уголь».", "ru"),
        ("Ông Trần Văn Minh, Giám đốc Sở Tài chính tỉnh Nghệ An, cho biết.", "vi"),
        ("وقال وزير المالية خالد العمري في عمان إن البنك المركزي سيعلن القرار.", "ar"),
        ("外交部发言人在北京表示，中国银行与上海汽车集团签署了协议。", "zh"),
    ]

    /// A finder after the known-name and discovery steps (the mentions every refine pass reads).
    static func discovered(_ text: String, _ language: String) -> NameFinder {
        var finder = NameFinder(lex: EntityLexicon.shared, text: text, language: language)
        finder.findKnown()
        finder.discoverAlphabetic()
        if finder.hasArabic { finder.discoverArabic() }
        if finder.hasHan { finder.discoverHan() }
        return finder
    }

    /// Every field read of every mention, after discovery, is the array's.
    @Test func fieldReadsAreTheArraysReads() {
        for (text, language) in Self.texts {
            let finder = Self.discovered(text, language)
            #expect(!finder.mentions.isEmpty, "\(language)")
            for i in finder.mentions.indices {
                let m = finder.mentions[i]
                #expect(finder.mentionType(i) == m.type && finder.mentionKnown(i) == m.known)
                #expect(finder.mentionStart(i) == m.start && finder.mentionEnd(i) == m.end)
                #expect(finder.mentionEvidence(i) == m.evidence && finder.mentionPlaceContext(i) == m.placeContext)
                #expect(finder.mentionParenthesized(i) == m.parenthesized && finder.mentionWordCount(i) == m.words.count)
                #expect(finder.mentionSurface(i) == m.surface && finder.mentionWords(i) == m.words)
            }
        }
    }

    /// `anyMention`, `firstMentionIndex` and `firstMention` find what `contains`, `firstIndex` and `first` find.
    @Test func searchesFindWhatTheArraysSearchesFind() {
        for (text, language) in Self.texts {
            let finder = Self.discovered(text, language)
            let tests: [(Mention) -> Bool] = [
                { $0.type == .person }, { $0.type == .place }, { $0.type == .organization }, { $0.known != nil },
                { $0.start > 20 }, { $0.words.count >= 2 }, { _ in false }, { _ in true },
            ]
            for test in tests {
                #expect(finder.anyMention(where: test) == finder.mentions.contains(where: test), "\(language)")
                #expect(finder.firstMentionIndex(where: test) == finder.mentions.firstIndex(where: test), "\(language)")
                #expect(finder.firstMention(where: test)?.span == finder.mentions.first(where: test)?.span, "\(language)")
            }
        }
    }
}

/// `hasAnySuffix` / `hasAnyPrefix` answer what the lists' `contains { PlainText.has…(s, $0) }` (and
/// `String`'s own tests) answer, plain or not: NFD Vietnamese, combining marks, a suffix that
/// would split a character, Arabic, Cyrillic and Han words.
@Suite struct EntityPassFactsAffixTests {
    static let words = ["Thành", "Tha\u{300}nh", "Nguyễn", "ски", "Иванского", "Ивановский", "ская", "الجامعة", "والمدينة", "بالمدينة",
                        "北京市", "机场", "e\u{301}", "café", "cafe\u{301}", "", "a", "Straße", "Wirtschaftsministerium", "Nhân dân"]
    static let affixes: [[String]] = [
        ["ский", "ская", "ского", "ой"], ["ال", "وال", "بال", "لل"], ["市", "场", "机"], ["e", "é", "\u{301}", "nh", "h"],
        ["ium", "ministerium", "ße", "e"], ["", "x"], ["Tha", "Thà", "Nguy", "Nhân"], [],
    ]

    @Test func affixTestsAreThePerAffixTests() {
        for w in Self.words {
            for list in Self.affixes {
                #expect(NameFinder.hasAnySuffix(w, list) == list.contains { PlainText.hasSuffix(w, $0) }, "\(w) \(list)")
                #expect(NameFinder.hasAnySuffix(w, list) == list.contains { w.hasSuffix($0) }, "\(w) \(list)")
                #expect(NameFinder.hasAnyPrefix(w, list) == list.contains { PlainText.hasPrefix(w, $0) }, "\(w) \(list)")
                #expect(NameFinder.hasAnyPrefix(w, list) == list.contains { w.hasPrefix($0) }, "\(w) \(list)")
                #expect(NameFinder.hasAnySuffix(w, Set(list)) == list.contains { w.hasSuffix($0) }, "\(w) \(list)")
            }
        }
    }

    /// Word lists turned into `WordSet`s answer as the `Set<String>`s they were (NFC, NFD and other forms).
    @Test func wordSetsAnswerAsTheirSets() {
        let lists: [Set<String>] = [["лЛЦ", "ООО", "АО"], ["기자", "판사"], ["đã", "sẽ", "Thành"], ["القدم", "السلة"]]
        let probes = ["ООО", "лЛЦ", "기자", "đã", "đa\u{303}", "Tha\u{300}nh", "Thành", "القدم", "السلة", "x", ""]
        for set in lists {
            let w = WordSet(set)
            for p in probes { #expect(w.contains(p) == set.contains(p), "\(p)") }
        }
    }
}
