import Foundation
import Testing
@testable import BulletinKit

/// The shortcuts added to discovery for extraction speed (spd21) answer as what they stand before: the cue
/// look-ups answered by the tokens' start bits as the matchers, the coordinator test by key hash as the list,
/// and the token span a mention records as `seedSpan`'s searches (and never once the mention has moved).
@Suite struct EntityDiscoverySpeed21Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    static let texts: [(String, String)] = [
        ("The Minister of Energy and Mines, Ruth Okonkwo, met the President of the Harbour Authority in Port Leone and Kasama.", "en"),
        ("Le ministre de l'Économie, Abdou Sarr, a reçu le directeur général de la Banque centrale à Dakar et à Thiès.", "fr"),
        ("Министр иностранных дел Иван Петров и губернатор области встретились в Минске и Гродно.", "ru"),
        ("Bộ trưởng Bộ Ngoại giao Nguyễn Văn An và Chủ tịch Ủy ban Nhân dân tỉnh Bắc Ninh đã gặp nhau.", "vi"),
        ("Der Bundesminister für Wirtschaft und Energie traf den Präsidenten der Bundesagentur in Berlin oder Bonn.", "de"),
        ("El presidente de la Comisión Económica para América Latina visitó Tarabuco, Zudáñez y Tomina.", "es"),
    ]

    /// Each cue look-up (`orgKeyword`, `placeKeyword`, `titleMatch`) answers at every token as the matcher
    /// asked only where it may start (`mayStart`), which is what the look-ups answered before the start-bit test.
    @Test func cueLookupsByStartBitsAnswerAsTheMatchers() {
        let lex = EntityLexicon.shared
        var titles = 0, orgs = 0
        for (text, language) in Self.texts {
            let finder = NameFinder(lex: lex, text: text, language: language)
            let t = finder.tokens
            for k in t.indices {
                func expected(_ m: PhraseMatcher) -> Int? { m.mayStart(t, at: k) ? m.match(t, at: k)?.length : nil }
                #expect(finder.titleMatch(at: k)?.length == expected(lex.titles), "\(language) \(t[k].text)")
                #expect(finder.orgKeyword(at: k)?.length == expected(lex.orgKeywords), "\(language) \(t[k].text)")
                #expect(finder.placeKeyword(at: k)?.length == expected(lex.placeKeywords), "\(language) \(t[k].text)")
                // (Asked twice: the second answer comes from the cache.)
                #expect(finder.titleMatch(at: k)?.length == expected(lex.titles), "\(language) \(t[k].text)")
                if finder.titleMatch(at: k) != nil { titles += 1 }
                if finder.orgKeyword(at: k) != nil { orgs += 1 }
            }
        }
        #expect(titles >= 4 && orgs >= 4, "the texts hold titles and keywords")
    }

    /// The start-bit test rejects only tokens whose bits lack every bit of the matcher, and nothing when the
    /// matcher has no start bit.
    @Test func startsNoneNeedsMissingBits() {
        #expect(NameFinder.CueCache.startsNone(0, 4 | 4 << 8))
        #expect(NameFinder.CueCache.startsNone(8 | 1 << 8, 4 | 4 << 8))
        #expect(!NameFinder.CueCache.startsNone(4, 4 | 4 << 8))
        #expect(!NameFinder.CueCache.startsNone(4 << 8, 4 | 4 << 8))
        #expect(!NameFinder.CueCache.startsNone(0, 0) && !NameFinder.CueCache.startsNone(0xFFFF, 0))
    }

    /// `isCoordinator` by key hash answers as the list it probes (lowercase words of the list only).
    @Test func coordinatorByHashIsTheList() {
        let finder = NameFinder(lex: EntityLexicon.shared, text: "Kasama and Mpika, Minsk и Гродно, Lyon et Nantes ou Paris, Roma e Milano, And Or Y Dan dan va và andes ands und oder или і та", language: "en")
        var found = 0
        for (k, tok) in finder.tokens.enumerated() {
            let listed = tok.kind == .word && !tok.capitalized && NameFinder.coordinators.contains(tok.key)
            #expect(finder.isCoordinator(k) == listed, "\(tok.text)")
            if listed { found += 1 }
        }
        #expect(found >= 10)
        let en = extract("The new power line runs through Kalomo and Choma before it reaches the border.", "en")
        for place in ["Kalomo", "Choma"] { #expect(names(en, .place).contains(place), "\(place): \(all(en))") }
    }

    /// Every mention's span by its recorded tokens is the span the binary searches find; a mention whose start or
    /// end moved (as the passes move them) is not answered by its stale tokens.
    @Test func hintedSpansAreTheSearchedSpans() {
        for (text, language) in Self.texts {
            var f = NameFinder(lex: EntityLexicon.shared, text: text, language: language)
            f.findKnown()
            f.discoverAlphabetic()
            #expect(f.mentions.count >= 2, "\(language)")
            var hinted = 0
            for n in f.mentions.indices {
                let (start, end) = (f.mentions[n].start, f.mentions[n].end)
                let searched = f.seedTokenIndex(start: start).flatMap { a in f.seedTokenIndex(end: end).map { (a, $0) } }
                if let h = f.hintedTokenSpan(n, start: start, end: end) {
                    hinted += 1
                    #expect(searched.map { $0 == h } ?? false, "\(language) \(f.mentions[n].surface)")
                }
                if let s = f.seedSpan(n), let searched { #expect(s == searched, "\(language) \(f.mentions[n].surface)") }
                // Moved by one token (or shortened): the recorded tokens no longer answer.
                let first = Int(f.mentions[n].firstToken), last = Int(f.mentions[n].lastToken)
                guard first >= 0 else { continue }
                let saved = f.mentions[n]
                if first + 1 < f.tokens.count {
                    f.mentions[n].start = f.tokens[first + 1].start
                    #expect(f.hintedTokenSpan(n, start: f.mentions[n].start, end: end) == nil, "\(language) \(saved.surface)")
                    if let s = f.seedSpan(n), let a = f.seedTokenIndex(start: f.mentions[n].start), let z = f.seedTokenIndex(end: end) {
                        #expect(s == (a, z))
                    }
                }
                f.mentions[n] = saved
                if last > first {
                    f.mentions[n].end = f.tokens[last - 1].end
                    #expect(f.hintedTokenSpan(n, start: start, end: f.mentions[n].end) == nil, "\(language) \(saved.surface)")
                }
                f.mentions[n] = saved
            }
            #expect(hinted >= 2, "\(language): mentions built by mention(_:_:…) carry their tokens")
        }
    }
}
