import Foundation
import Testing
@testable import BulletinKit

/// The byte tests and lists the Latin, Cyrillic and Vietnamese refine passes ask (spd16: `AffixList`, the fleeting-vowel
/// gate, the Vietnamese-letter table, `KeySet.index(_:hash:)`, `sameWords`, the ASCII initials of an acronym) answer what the tests they replace answer, and
/// the gated rules still fire on their triggers.
@Suite struct EntitySpeedRefineTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    /// Words of every kind the passes meet: ASCII, Cyrillic, Vietnamese composed and decomposed, Arabic, Han, marks, empty.
    static let probes: [String] = {
        var w = ["", "a", "er", "Bauer", "hersteller", "Autohersteller", "amt", "Stadtamt", "gericht", "kasse", "isches", "bayerisches",
                 "ский", "тверской", "ого", "ой", "ение", "строительство", "департамента", "министерства", "управлением", "комитет",
                 "минспорт", "минспорта", "зона", "ый", "о", "пинске", "ове", "й", "и\u{0306}", "тверско\u{0306}", "тверской\u{0301}",
                 "estatal", "ferroviaire", "owned", "ian", "ano", "é", "e\u{0301}", "café", "cafe\u{0301}", "ще", "لل", "بالعربية", "北京",
                 "Phường", "phươ\u{0300}ng", "tỉnh", "ti\u{0309}nh", "\u{0301}", "-", "«"]
        w += w.map { $0.uppercased() }
        return w
    }()

    /// `hasAnySuffix` / `hasAnyPrefix` over an `AffixList` answer as over its strings (and so as `PlainText`'s tests), for
    /// plain lists, lists with a decomposed or empty string, and every probe.
    @Test func affixListsAnswerAsTheirStrings() {
        let lists: [[String]] = [
            NameFinder.h23GermanNounEndings, NameFinder.h23GermanRoleEndings, NameFinder.h30AdjectiveEnds, NameFinder.h31RussianHeads,
            NameFinder.h26RussianMinistryStems, NameFinder.adjectiveEndings, NameFinder.h19RussianTownLocatives,
            ["ение", "ство"], ["ой", "й"], ["e\u{0301}"], ["é", "ше"], ["", "x"], ["نية"], [],
        ]
        for strings in lists {
            let list = AffixList(strings)
            for p in Self.probes + strings + strings.map({ "x" + $0 }) + strings.map({ $0 + "x" }) {
                #expect(NameFinder.hasAnySuffix(p, list) == NameFinder.hasAnySuffix(p, strings), "\(p) \(strings)")
                #expect(NameFinder.hasAnySuffix(p, list) == strings.contains { PlainText.hasSuffix(p, $0) }, "\(p) \(strings)")
                #expect(NameFinder.hasAnyPrefix(p, list) == NameFinder.hasAnyPrefix(p, strings), "\(p) \(strings)")
                #expect(NameFinder.hasAnyPrefix(p, list) == strings.contains { PlainText.hasPrefix(p, $0) }, "\(p) \(strings)")
            }
        }
    }

    /// The fleeting-vowel gate passes every word whose last three characters are a consonant, "е" or "о" and a consonant.
    @Test func fleetingVowelGateIsNecessary() {
        let consonants = Array("бвгджзклмнпрстфхцчшщ")
        var words = Self.probes.map { $0.lowercased() } + ["торжок", "черепец", "кремень", "ок", "ек", "жок"]
        for c in consonants.prefix(6) { for d in consonants.suffix(6) { words.append("за\(c)е\(d)"); words.append("\(c)о\(d)") } }
        for w in words {
            let c = Array(w)
            let shape = c.count >= 3 && NameFinder.russianConsonants.contains(c[c.count - 1]) && "ео".contains(c[c.count - 2])
                && NameFinder.russianConsonants.contains(c[c.count - 3])
            if shape { #expect(NameFinder.l12MayEndInFleetingVowel(w), "\(w)") }
        }
        #expect(!NameFinder.l12MayEndInFleetingVowel("москва"))
    }

    /// The scalar table answers as lowercasing and the Set of letters, for every scalar below U+2000 and for words.
    @Test func vietnameseLetterTableIsTheReference() {
        for v in 0x80..<0x2000 {
            guard let u = Unicode.Scalar(UInt32(v)) else { continue }
            let t = "x" + String(u) + "y"
            #expect(NameFinder.seedHasVietnameseOnlyLetter(t) == NameFinder.seedHasVietnameseOnlyLetterReference(t), "U+\(String(v, radix: 16))")
        }
        for w in Self.probes + ["Nguyễn", "ĐẶNG", "Trường", "Hà Nội", "Ha Noi", "Phu\u{031B}o\u{031B}\u{0300}ng", "Straße", "Đ", "İstanbul"] {
            #expect(NameFinder.seedHasVietnameseOnlyLetter(w) == NameFinder.seedHasVietnameseOnlyLetterReference(w), "\(w)")
        }
    }

    /// `KeySet.index(_:hash:)` is `index(_:)`.
    @Test func keySetIndexByHash() {
        let set = KeySet(["bo", "đon", "don", "chi", "tram", "ban", "va", "của"])
        for k in set.members + ["", "b", "boo", "đôn", "ch", "x", "của ", "cua"] {
            #expect(set.index(k, hash: Token.hash(k)) == set.index(k), "\(k)")
        }
    }

    /// `ruWords` is `PlainText.words` (spaces doubled, leading, trailing; plain and decomposed names).
    @Test func ruWordsArePlainTextWords() {
        for name in ["Анной Смирновой", "Виктором  Станиславовичем Лещинским", " Ильёй Петровым ", "Радмилы Косорич-Станич", "",
                     " ", "Ильёи\u{0306} Петровым", "Nguyễn Văn Hùng", "a b  c"] {
            #expect(NameFinder.ruWords(name) == PlainText.words(name), "\(name)")
        }
    }

    /// Two ASCII scalars share an `acronymAsciiKeyClass` exactly when their folded keys are equal (so "ECOWAS" spells
    /// "Economic Community of West African States" letter by letter as before).
    @Test func acronymAsciiClassesAreKeyEquality() {
        for a in 0..<128 {
            for b in 0..<128 {
                let same = TextFolding.key(String(Unicode.Scalar(UInt8(a)))) == TextFolding.key(String(Unicode.Scalar(UInt8(b))))
                #expect((NameFinder.acronymAsciiKeyClass[a] == NameFinder.acronymAsciiKeyClass[b]) == same, "\(a) \(b)")
            }
        }
    }

    /// `sameWords` is the arrays' `==`.
    @Test func sameWordsIsArrayEquality() {
        let arrays: [[String]] = [[], ["ханой"], ["ханои\u{0306}"], ["ханой", "x"], ["x", "ханой"], ["café"], ["cafe\u{0301}"], ["a", "b"]]
        for a in arrays { for b in arrays { #expect(NameFinder.sameWords(a, b) == (a == b), "\(a) \(b)") } }
    }

    /// The gated rules still fire: a Russian road between two towns (`h19Russian`'s one probe), a railway by its region,
    /// a Vietnamese body by its two-word head, a German "-isch" adjective before an institution.
    @Test func gatedRulesStillFire() {
        // (Towns of no gazetteer: a known town is read as itself, and the road between two of them is not needed.)
        let ru = extractor.extract(title: "", body: "Ремонт ведётся на трассе Шиели – Жанакорган, сообщили в акимате.", language: "ru")
        #expect(ru.entities.contains { $0.type == .place && $0.name.contains("Шиели") }, "\(ru.entities.map(\.name))")
        let vi = extractor.extract(title: "", body: "Đồn Biên phòng Ka Lăng đã bắt giữ hai đối tượng.", language: "vi")
        #expect(vi.entities.contains { $0.type == .organization && $0.name.hasPrefix("Đồn Biên phòng") }, "\(vi.entities.map(\.name))")
        // A hospital by its head's first bytes (h17), a town in the locative (h19's AffixList), a woman's name by "Thị" (h26).
        let ru2 = extract("По словам врача Курской областной клинической больницы, пациент выписан. Делегация прибыла в Зареченске на встречу.", "ru")
        #expect(names(ru2, .organization).contains("Курской областной клинической больницы"), "\(all(ru2))")
        #expect(names(ru2, .place).contains("Зареченск"), "\(all(ru2))")
        let vi2 = extract("Trung tâm Kiểm soát bệnh tật tỉnh Lào Cai phát biểu tại hội nghị. Bà Lò Thị Mai nói.", "vi")
        #expect(names(vi2, .person).contains("Lò Thị Mai"), "\(all(vi2))")
        // German institutions by their endings (h23's AffixLists), a company after a noun and an adjective (companyNounBefore).
        let de = extract("Die Bayerische Staatsregierung und das Amtsgericht Rosenfeld prüfen den Fall. Der Autohersteller Kranich Motors kündigte an.", "de")
        #expect(names(de, .organization).isSuperset(of: ["Amtsgericht Rosenfeld", "Kranich Motors"]), "\(all(de))")
        let es = extract("La empresa estatal Ferronorte y la compañía Aguasur firmaron el acuerdo.", "es")
        #expect(names(es, .organization).contains("Ferronorte"), "\(all(es))")
    }
}
