import Foundation
import Testing
@testable import BulletinKit

/// The shortcuts of the sixth session's speed work must answer exactly what the code they
/// replaced answered: `ScalarCase` against `Character`'s properties, `Token.keyEquals` against
/// `String` equality, `FoldTable.lowercased` against `lowercased()`, the scalar paths of
/// `MentionGrouper.initials` and `isAcronym` against their `Character` definitions.
@Suite struct EntitySpeedEquivalenceTests {
    /// Every scalar of the table's blocks, and some outside them.
    @Test func scalarCaseAgreesWithCharacterProperties() {
        let ranges: [ClosedRange<UInt32>] = [0...0x52F, 0x600...0x6FF, 0x1E00...0x1EFF, 0x2100...0x2150, 0x4E00...0x4E20, 0x10400...0x10420]
        var mismatches: [String] = []
        for range in ranges {
            for v in range {
                guard let s = Unicode.Scalar(v) else { continue }
                let c = Character(s)
                if ScalarCase.shared.isUppercase(s) != c.isUppercase || ScalarCase.shared.isNumber(s) != c.isNumber {
                    mismatches.append(String(format: "U+%04X", v))
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// Only three scalars are canonically equivalent to ASCII text (which `keyEquals` relies on),
    /// and the byte comparison agrees with `String` equality on keys of every script.
    @Test func keyEqualsIsStringEqualityForASCIILiterals() {
        var asciiEquivalents: [UInt32] = []
        for v: UInt32 in 0x80...0x2FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if String(s).decomposedStringWithCanonicalMapping.unicodeScalars.allSatisfy({ $0.value < 0x80 }) { asciiEquivalents.append(v) }
        }
        #expect(asciiEquivalents == [0x037E, 0x1FEF, 0x212A])
        let keys = ["para", "and", "(", ")", "-", "on", "people", "va", "nuoc", "ngoai", "Para", "par", "paras", "para\u{0301}",
                    "пара", "و", "para ", "", "'s", "k", "\u{212A}", "тинь", "tinh", "tính"]
        for key in keys {
            for literal in ["para", "and", "(", ")", "-", "on", "people", "va", "'s", "tinh", "k"] {
                #expect(Token.keyEquals(key, staticLiteral(literal)) == (key == literal),
                        "\(key) vs \(literal)")
            }
        }
    }

    /// `keyEquals` takes a `StaticString`: the literals of the test, as such.
    private func staticLiteral(_ s: String) -> StaticString {
        switch s {
        case "para": return "para"
        case "and": return "and"
        case "(": return "("
        case ")": return ")"
        case "-": return "-"
        case "on": return "on"
        case "people": return "people"
        case "va": return "va"
        case "'s": return "'s"
        case "tinh": return "tinh"
        default: return "k"
        }
    }

    /// The table lowercasing that replaced `lowercased()` in the Russian nominative rules.
    @Test func tableLowercasingIsLowercased() {
        for word in ["Карагандинской", "ОБЛАСТИ", "Ильёй", "Натальей", "ÉCOLE", "İstanbul", "ΣΟΦΙΑ", "Straße", "ǅemal", "Ꭰ", "ᲐᲑ"] {
            #expect(FoldTable.shared.lowercased(word) == word.lowercased(), "\(word)")
            #expect(Array(FoldTable.shared.lowercased(word).utf8) == Array(word.lowercased().utf8), "\(word)")
        }
    }

    /// Initials and acronyms of plain names in several scripts, against their `Character` definitions.
    @Test func initialsAndAcronymsMatchTheirCharacterDefinitions() {
        func initials(_ name: String) -> String {
            var out = ""
            for word in name.split(whereSeparator: { $0 == " " }) {
                guard let f = word.first, f.isUppercase else { continue }
                out.append(f)
            }
            return out
        }
        func isAcronym(_ s: String) -> Bool { s.count >= 2 && s.allSatisfy { $0.isUppercase || $0.isNumber } }
        let names = ["Национальное собрание Республики Беларусь", "Bộ Tài chính", "Đảng Cộng sản Việt Nam", "Ủy ban  Nhân dân",
                     "Organisation de coopération de Shanghai", "الأمم المتحدة", "中国工商银行", "ĸra Ǆemal ǅemal", "Ναυτική Ένωση",
                     "МИД", "ООН", "ЕАЭС", "G20", "ТТXVN", "Ǆ", "ĸĸ", "ЁЖ", "ΣΩ", "٣٤", "ⅫⅩ", "中国", "ДНК2", "Aб", " ", ""]
        for name in names {
            #expect(MentionGrouper.initials(name) == initials(name), "\(name)")
            #expect(MentionGrouper.isAcronym(name) == isAcronym(name), "\(name)")
        }
    }
}
