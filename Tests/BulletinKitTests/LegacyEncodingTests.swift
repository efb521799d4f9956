import Foundation
import Testing
@testable import BulletinKit

/// Files in legacy charsets (windows-1251, KOI8-R, GB18030, Shift_JIS, windows-1256,
/// windows-1252) decode to their text with a warning naming the charset; damaged UTF-8
/// stays UTF-8 with U+FFFD.
@Suite struct LegacyEncodingTests {
    private static let samples: [(charset: String, text: String)] = [
        ("windows-1251", "Глава администрации Ярославской области Михаил Евраев провёл совещание с руководителями районов.\n\nРечь шла о ремонте дорог и подготовке к зиме."),
        ("KOI8-R", "Губернатор Новгородской области встретился с фермерами Старой Руссы.\n\nОбсуждались субсидии и закупки зерна."),
        ("GB18030", "湖南省长沙市今天举行农业博览会，来自全省各地的企业展示了新产品。\n\n主办方表示，展会将持续五天。"),
        ("Shift_JIS", "静岡県浜松市で新しい図書館が開館し、多くの市民が訪れた。\n\n館長は地域の交流の場にしたいと話した。"),
        ("windows-1256", "افتتح وزير الصحة مستشفى جديدا في مدينة صفاقس بحضور عدد من المسؤولين.\n\nويضم المستشفى مئتي سرير."),
        ("windows-1252", "Le maire de Quimper a inauguré la médiathèque « Les Ursulines » jeudi.\n\nÉlus et habitants étaient présents – une première."),
    ]

    @Test(arguments: samples.indices)
    func legacyFileDecodesWithAWarningNamingItsCharset(_ i: Int) throws {
        let (charset, sample) = Self.samples[i]
        let bytes = try #require(LegacyEncoding.encode(sample, as: charset))
        #expect(String(validating: bytes, as: UTF8.self) == nil)  // really not UTF-8
        let (text, warnings) = ArticleText.decode(Data(bytes), file: "old.txt")
        #expect(text == sample)
        #expect(warnings.map(\.message) == ["not UTF-8: decoded as \(charset) (detected)"])
    }

    @Test func damagedUTF8StaysUTF8() {
        // Many well-formed sequences, two broken bytes: a damaged UTF-8 file, not windows-1252.
        let bytes = Array("Thủ tướng phát biểu tại Hà Nội ".utf8) + [0xFF] + Array(" và Đà Nẵng ".utf8) + [0xC3]
        let (text, warnings) = ArticleText.decode(Data(bytes), file: "d.txt")
        #expect(text == "Thủ tướng phát biểu tại Hà Nội \u{FFFD} và Đà Nẵng \u{FFFD}")
        #expect(warnings.first?.message.hasPrefix("invalid UTF-8 at byte offset") == true)
    }

    @Test func byteOrderMarkSaysUTF8EvenWhenBytesAreNot() throws {
        let legacy = try #require(LegacyEncoding.encode("Министерство здравоохранения сообщило о новых правилах.", as: "windows-1251"))
        let (text, warnings) = ArticleText.decode(Data([0xEF, 0xBB, 0xBF] + legacy), file: "b.txt")
        #expect(text?.contains("\u{FFFD}") == true)
        #expect(warnings.first?.message.hasPrefix("invalid UTF-8") == true)
    }

    @Test func damagedUTF8HeuristicCountsSequences() {
        let cyrillic1251 = LegacyEncoding.encode("Председатель правительства", as: "windows-1251") ?? []
        let damaged = Array("Москва и Санкт-Петербург".utf8) + [0xFF]
        #expect(cyrillic1251.withUnsafeBufferPointer { LegacyEncoding.looksLikeDamagedUTF8($0) } == false)
        #expect(damaged.withUnsafeBufferPointer { LegacyEncoding.looksLikeDamagedUTF8($0) } == true)
    }

    @Test func implausibleDecodingIsRefused() {
        #expect(LegacyEncoding.plausible("Ordinary text, no replacement characters."))
        #expect(!LegacyEncoding.plausible("ab\u{FFFD}"))
        #expect(!LegacyEncoding.plausible("quote\u{93}here\u{94}"))
        #expect(LegacyEncoding.encode("x", as: "no-such-charset") == nil)
    }
}
