import Foundation
import Testing
@testable import BulletinKit

/// The linker's shortcuts (idx11) give what the long way gave: `LinkBlocks` hashes an ASCII
/// word's characters by table with the values `Hasher` gives each `Character`, and
/// `vietnameseFromCyrillic` answers nil at once for a name whose first word is not Cyrillic.
@Suite struct EntityLinkerSpeedTests {
    /// The table is `Hasher` over each one-byte `Character`, and a word's hashes are the same
    /// by either path: an ASCII word and one with a diacritic still meet in their neighbourhoods.
    @Test func characterHashesByTableEqualHasher() {
        for b in 0..<128 {
            #expect(LinkBlocks.asciiCharacterHashes[b] == LinkBlocks.characterHash(Character(Unicode.Scalar(UInt8(b)))))
        }
        for word in ["nguyen", "sergeenko", "a", "", "x1y2", "m\u{fc}ller", "mu\u{308}ller", "\u{5f20}", "ab\r\ncd"] {
            var fast: [UInt64] = []
            LinkBlocks.characterHashes(word, into: &fast)
            #expect(fast == word.map(LinkBlocks.characterHash), "\(word)")
            #expect(LinkBlocks.characterCount(word) == word.count, "\(word)")
        }
        // "müller" (composed or not) and "muller" are one substitution apart, within the budget.
        for other in ["m\u{fc}ller", "mu\u{308}ller"] {
            var blocks = LinkBlocks()
            blocks.insert(0, type: .person, words: ["hans", "muller"])
            #expect(blocks.candidates(type: .person, words: ["hans", other]) == [0])
        }
    }

    /// The gate agrees with the function without it on names of every script, including
    /// leading spaces and a space that a combining mark joins.
    @Test func vietnameseFromCyrillicGateAgrees() {
        func ungated(_ name: String) -> String? {
            let words = name.split(separator: " ")
            guard (2...4).contains(words.count), EntityLinker.vietnameseSurnamesInCyrillic.contains(words[0].lowercased()),
                  words.allSatisfy({ $0.count <= 7 && $0.unicodeScalars.allSatisfy(TextFolding.isCyrillic) })
            else { return nil }
            return words.map { EntityLinker.kontsevichToVietnamese($0.lowercased()) }.joined(separator: " ")
        }
        let names = ["Нгуен Ван Хунг", "  Нгуен Ван Хунг", " \u{301}Нгуен Ван Хунг", "Nguyen Van Hung", "Буй Тхе Зунг",
                     "阮文雄", "محمد حداد", "", "   ", "Чинь Куок Кхань", "Сергей Иванов", "X Нгуен Ван", "Ле Ван"]
        for name in names {
            #expect(EntityLinker.vietnameseFromCyrillic(name) == ungated(name), "\(name)")
        }
        #expect(EntityLinker.vietnameseFromCyrillic("  Нгуен Ван Хунг") == "nguen van hung")
    }

    /// `asciiLetterWords` splits as `Character`s do, ASCII or not (CR LF, marks, digits, punctuation).
    @Test func asciiLetterWordsAgree() {
        var rng = SplitMix(seed: 11)
        let pieces = ["a", "Z", "ab", " ", "-", "1", "\r\n", "\r", "\n", "\u{e9}", "e\u{301}", "'", "q", "\u{4e2d}", "."]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let reference = text.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map { Array($0.utf8) }
            #expect(EntityLinker.asciiLetterWords(text) == reference, "\(text.debugDescription)")
        }
    }

    /// `latinWordSoundsForHan` over bytes gives what it gave over `Character`s (`referenceSounds`, main aff041e).
    @Test func latinWordSoundsByBytesAgree() {
        var rng = SplitMix(seed: 12)
        let pieces = ["a", "e", "i", "o", "u", "y", "ou", "b", "c", "ch", "tsch", "dzh", "tch", "gue", "gui", "qu", "x", "ss", "ck",
                      "th", "kh", "zh", "sh", "sch", "ph", "dj", "w", "v", "r", "l", "n", "m", "d", "dh", "gh", "h", "k", "g", "p",
                      "t", "z", "j", "s", "f", "q", "A", "Q", "X"]
        for _ in 0..<5000 {
            let w = Array((0..<Int.random(in: 1...7, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined().utf8)
            #expect(EntityLinker.latinWordSoundsForHan(w) == Self.referenceSounds(w), "\(String(decoding: w, as: UTF8.self))")
        }
    }

    static func referenceSounds(_ w: [UInt8]) -> [EntityLinker.Sound] {
        typealias Sound = EntityLinker.Sound
        var out: [Sound] = []
        var i = 0
        func at(_ k: Int) -> Character { k >= 0 && k < w.count ? Character(UnicodeScalar(w[k])) : " " }
        func starts(_ s: String) -> Bool {
            var k = i
            for c in s.utf8 { if k >= w.count || w[k] != c { return false }; k += 1 }
            return true
        }
        func emit(_ classes: String) { for c in classes { out.append(Sound(consonant: c, vowels: "")) } }
        while i < w.count {
            let c = at(i)
            if i > 0, at(i - 1) == c, !"aeiouy".contains(c) { i += 1; continue }
            if "aeiouy".contains(c) {
                if i == 0 { out.append(Sound(consonant: "A", vowels: "")) }
                if let last = out.last, last.vowels.isEmpty, last.consonant != "A" {
                    out[out.count - 1].vowels = c == "a" ? "a" : c == "o" ? (at(i + 1) == "u" ? "u" : "o") : c == "u" ? "u" : "i"
                }
                i += 1
                continue
            }
            var matched = false
            for (group, cls) in EntityLinker.latinGroupsForHan where starts(group) {
                emit(cls)
                i += group.utf8.count - (group.hasSuffix("e") || group.hasSuffix("i") ? 1 : 0)
                matched = true
                break
            }
            if matched { continue }
            switch c {
            case "b": emit("b")
            case "p": emit("p")
            case "m": emit("m")
            case "f", "v", "w": emit("f")
            case "d": emit("d")
            case "t": emit("t")
            case "n": emit("n")
            case "l", "r": emit("l")
            case "g": emit("g")
            case "k": emit("k")
            case "q": emit("Q")
            case "c": emit("eiy".contains(at(i + 1)) ? "s" : "k")
            case "h": emit("h")
            case "s": emit("s")
            case "z": emit("z")
            case "j": emit("j")
            case "x": emit(i == 0 ? "s" : "ks")
            default: break
            }
            i += 1
        }
        return out
    }

    /// `normalizeVariant`'s letter gate and byte `foldInitial` give what the Foundation path gives.
    @Test func normalizeVariantGateAgrees() {
        for w in ["dzhabbar", "Qureshi", "chavatchouk", "chen", "xie", "Sergueienko", "oo", "ee", "y", "", "q", "dzh", "chabcdef"] {
            #expect(EntityLinker.normalizeVariant(w) == EntityLinker.normalizeVariantFoundation(w), "\(w)")
        }
    }
}
