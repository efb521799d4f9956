import BulletinKit
import Foundation
@testable import BulletinTUI

/// Hand-built articles in several scripts, with entities and their ranges, so
/// the TUI tests depend neither on the parser nor on entity extraction.
enum Fixtures {
    /// An entity with a range for every occurrence of each alias in `body`.
    static func entity(_ name: String, _ type: EntityType, aliases: [String], in body: String, code: String? = nil) -> ArticleEntity {
        var ranges: [TextSpan] = []
        let ns = body as NSString
        for alias in aliases {
            var search = NSRange(location: 0, length: ns.length)
            while true {
                let r = ns.range(of: alias, options: [], range: search)
                if r.location == NSNotFound { break }
                ranges.append(TextSpan(start: r.location, end: r.location + r.length))
                search = NSRange(location: r.location + r.length, length: ns.length - r.location - r.length)
            }
        }
        ranges.sort()
        return ArticleEntity(name: name, type: type, aliases: aliases, mentions: ranges.count, ranges: ranges, code: code)
    }

    static func article(_ id: String, title: String, date: String?, language: String, source: String? = nil,
                        body: String, countries: [String], entities: [(String, EntityType, [String], String?)]) -> Article {
        Article(id: id, file: "/corpus/\(id).txt", title: title, date: date, language: language, source: source,
                body: body, raw: title + "\n\n" + body, countries: countries,
                entities: entities.map { entity($0.0, $0.1, aliases: $0.2, in: body, code: $0.3) })
    }

    static let english = article(
        "en-minsk", title: "Belarus and Vietnam deepen parliamentary ties", date: "2025-09-07", language: "en",
        source: "BelTA",
        body: """
        The Chairperson of the House of Representatives of Belarus, Igor Sergeenko, visited Vietnam at the request of \
        President Alexander Lukashenko. In Hanoi he met To Lam and the National Assembly of Vietnam.

        Sergeenko said Belarus and Vietnam would expand trade, education and tourism ties.
        """,
        countries: ["BY", "VN"],
        entities: [
            ("Igor Sergeenko", .person, ["Igor Sergeenko", "Sergeenko"], nil),
            ("Alexander Lukashenko", .person, ["Alexander Lukashenko"], nil),
            ("To Lam", .person, ["To Lam"], nil),
            ("National Assembly of Vietnam", .organization, ["National Assembly of Vietnam"], nil),
            ("Hanoi", .place, ["Hanoi"], nil),
            ("Belarus", .country, ["Belarus"], "BY"),
            ("Vietnam", .country, ["Vietnam"], "VN"),
        ])

    static let french = article(
        "fr-visite", title: "Tô Lâm termine sa visite d'État en Biélorussie", date: "2025-05-12", language: "fr",
        source: "VNA/CVN",
        body: """
        Durant son séjour, le secrétaire général Tô Lâm s'est entretenu avec le président biélorusse Alexandre \
        Loukachenko. Les deux parties ont signé plusieurs accords de coopération à Minsk.

        Le Vietnam et la Biélorussie ont établi un partenariat stratégique.
        """,
        countries: ["VN", "BY"],
        entities: [
            ("To Lam", .person, ["Tô Lâm"], nil),
            ("Alexander Lukashenko", .person, ["Alexandre \nLoukachenko", "Alexandre Loukachenko"], nil),
            ("Minsk", .place, ["Minsk"], nil),
            ("Vietnam", .country, ["Vietnam"], "VN"),
            ("Belarus", .country, ["Biélorussie"], "BY"),
        ])

    static let arabic = article(
        "ar-volfovich", title: "الأمين العام تو لام يستقبل أمين مجلس الأمن البيلاروسي", date: "2025-12-03", language: "ar",
        body: """
        في يوم 3 ديسمبر، استقبل الأمين العام تو لام في هانوي أمين مجلس الأمن البيلاروسي فولفوفيتش.
        وأكد تو لام أن فيتنام تولي أهمية للتعاون مع بيلاروسيا.
        """,
        countries: ["VN", "BY"],
        entities: [
            ("To Lam", .person, ["تو لام"], nil),
            ("Alexander Volfovich", .person, ["فولفوفيتش"], nil),
            ("Hanoi", .place, ["هانوي"], nil),
            ("Vietnam", .country, ["فيتنام"], "VN"),
            ("Belarus", .country, ["بيلاروسيا"], "BY"),
        ])

    static let vietnamese = article(
        "vi-hanoi", title: "Tổng Bí thư Tô Lâm tiếp Đại sứ Kazakhstan", date: "2025-05-06", language: "vi",
        body: "Chiều 5/5, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp Đại sứ Kazakhstan. Hai bên nhất trí đẩy mạnh hợp tác.",
        countries: ["VN", "KZ"],
        entities: [
            ("To Lam", .person, ["Tô Lâm"], nil),
            ("Hanoi", .place, ["Hà Nội"], nil),
            ("Kazakhstan", .country, ["Kazakhstan"], "KZ"),
        ])

    static let chinese = article(
        "zh-beijing", title: "白俄罗斯总统卢卡申科会见中国驻白俄罗斯大使谢小用", date: "2025-03-01", language: "zh",
        body: "白俄罗斯总统卢卡申科在明斯克会见了中国驻白俄罗斯大使谢小用。双方讨论了合作。",
        countries: ["BY", "CN"],
        entities: [
            ("Alexander Lukashenko", .person, ["卢卡申科"], nil),
            ("Xie Xiaoyong", .person, ["谢小用"], nil),
            ("Minsk", .place, ["明斯克"], nil),
            ("China", .country, ["中国"], "CN"),
            ("Belarus", .country, ["白俄罗斯"], "BY"),
        ])

    static let russian = article(
        "ru-astana", title: "Токаев встретился с То Ламом в Астане", date: "2025-05-05", language: "ru",
        body: "Президент Казахстана Касым-Жомарт Токаев провёл переговоры с То Ламом в Астане.",
        countries: ["KZ", "VN"],
        entities: [
            ("Kassym-Jomart Tokayev", .person, ["Касым-Жомарт Токаев"], nil),
            ("Astana", .place, ["Астане"], nil),
            ("Kazakhstan", .country, ["Казахстана"], "KZ"),
        ])

    static let all = [english, french, arabic, vietnamese, chinese, russian]

    static func state(_ articles: [Article] = all, size: Size = Size(width: 120, height: 40),
                      theme: Theme = .mono, readIDs: Set<String> = [], flaggedIDs: Set<String> = []) -> AppState {
        AppState(store: MemoryStore(articles: articles), corpusName: "fixtures", size: size,
                 display: DisplayOptions(bidi: true, shaping: true, theme: theme), readIDs: readIDs, flaggedIDs: flaggedIDs)
    }

    static func program(_ articles: [Article] = all, size: Size = Size(width: 120, height: 40)) -> Program {
        Program(state: state(articles, size: size))
    }

    /// Runs a key script (same syntax as `bulletin screen --keys`).
    static func run(_ keys: String, size: Size = Size(width: 120, height: 40), articles: [Article] = all) throws -> Program {
        var p = program(articles, size: size)
        p.send(try KeyNames.parse(keys))
        return p
    }
}

extension Fixtures {
    /// A long English article (`paragraphs` paragraphs), optionally with `marker.1` in paragraph `marker.0`.
    static func long(_ id: String, paragraphs: Int, marker: (Int, String)? = nil) -> Article {
        let body = (0..<paragraphs).map { i in
            var p = "Paragraph \(i) of the \(id) report on trade between Belarus and Vietnam."
            if let m = marker, m.0 == i { p += " " + m.1 + "." }
            return p
        }.joined(separator: "\n\n")
        return Article(id: id, file: "/corpus/\(id).txt", title: "\(id) title", date: "2025-01-01", language: "en",
                       body: body, raw: body, countries: ["BY"])
    }
}
