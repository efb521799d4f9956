import Foundation
import Testing
@testable import BulletinKit

/// The gates and the grouper's index view added for extraction speed (spd13) answer as the code they
/// stand before: each lemmatizer against its ungated definition (copied here as it was), the gated
/// rules still firing when their trigger is present, and the grouper still merging and ordering.
@Suite struct EntityDiscoverySpeedTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: References (the functions before their gates)

    static func organizationNominativeReference(_ words: [String]) -> [String]? {
        guard let head = words.last else { return nil }
        let adjectives = Array(words.dropLast())
        let lowerHead = FoldTable.shared.lowercased(head)
        let genitiveAdjectives = !adjectives.isEmpty && adjectives.allSatisfy { w in ["ого", "его", "ой", "ей"].contains { PlainText.hasSuffix(FoldTable.shared.lowercased(w), $0) } }
        if !adjectives.isEmpty && !genitiveAdjectives { return nil }
        enum Gender { case masculine, feminine, neuter }
        var noun: String
        var gender: Gender
        if let n = NameFinder.russianNeuterNominative(head) { noun = n; gender = .neuter }
        else if PlainText.hasSuffix(lowerHead, "ии") { noun = String(head.dropLast()) + "я"; gender = .feminine }
        else if ["собрания", "объединения", "управления", "движения"].contains(where: { PlainText.hasSuffix(lowerHead, $0) }) {
            noun = String(head.dropLast()) + "е"; gender = .neuter
        } else if genitiveAdjectives, PlainText.hasSuffix(lowerHead, "ы") || PlainText.hasSuffix(lowerHead, "и") && !PlainText.hasSuffix(lowerHead, "ии") {
            noun = String(head.dropLast()) + "а"; gender = .feminine
        } else if genitiveAdjectives, PlainText.hasSuffix(lowerHead, "а"), let c = lowerHead.dropLast().last, "бвгджзклмнпрстфхцчшщ".contains(c) {
            noun = String(head.dropLast()); gender = .masculine
        } else { return nil }
        var out: [String] = []
        for w in adjectives {
            let l = FoldTable.shared.lowercased(w)
            let cut = PlainText.hasSuffix(l, "ого") || PlainText.hasSuffix(l, "его") ? 3 : 2
            let stem = String(w.dropLast(cut))
            let soft = PlainText.hasSuffix(l, "его") || PlainText.hasSuffix(l, "ей")
            switch gender {
            case .neuter: out.append(stem + (soft ? "ее" : "ое"))
            case .feminine: out.append(stem + (soft ? "яя" : "ая"))
            case .masculine: out.append(stem + (soft ? "ий" : "кгхжчшщ".contains(stem.last ?? " ") ? "ий" : "ый"))
            }
        }
        if head.first?.isUppercase == true, noun.first?.isLowercase == true { noun = noun.prefix(1).uppercased() + noun.dropFirst() }
        let result = out + [noun]
        return result == words ? nil : result
    }

    static func foreignNominativeReference(_ name: String) -> String? {
        let parts = PlainText.words(name)
        guard parts.count == 3, let last = parts.last else { return nil }
        let undeclined = parts.dropLast().allSatisfy { p in p.count <= 5 && !["а", "я", "у", "ю", "ом", "ем", "ым", "ой"].contains { PlainText.hasSuffix(p, $0) } }
        if undeclined, last.count >= 4, PlainText.hasSuffix(last, "ня") || PlainText.hasSuffix(last, "ню") { return parts[0] + " " + parts[1] + " " + last.dropLast() + "ь" }
        guard last.count >= 5, PlainText.hasSuffix(last, "ом") else { return nil }
        let stem = last.dropLast(2)
        guard let c = stem.last, "бвгджзклмнпрстфхцчшщ".contains(c) else { return nil }
        guard !PlainText.hasSuffix(parts[0], "ом"), !PlainText.hasSuffix(parts[1], "ом"), !PlainText.hasSuffix(parts[1], "ым") else { return nil }
        return parts[0] + " " + parts[1] + " " + stem
    }

    static func endsWithAnyReference(_ key: String, _ endings: [[UInt8]], minBytes: Int) -> Bool {
        let b = Array(key.utf8)
        guard b.count >= minBytes else { return false }
        return endings.contains { e in e.count <= b.count && Array(b.suffix(e.count)) == e }
    }

    /// Words of every ending the gates let through and of many they stop: Cyrillic cases, upper case,
    /// combining marks, Latin, Vietnamese, empty.
    static let russianWords = [
        "Министерства", "Министерству", "Министерством", "Министерстве", "Министерство", "Агентства", "агентства", "Посольством",
        "Комиссии", "КОМИССИИ", "комиссия", "Собрания", "объединения", "Управления", "движения", "собрание",
        "палаты", "Думы", "службы", "Службы", "Палата", "палата", "комитета", "Совета", "совет", "банка", "Банк", "суда",
        "Национального", "Государственного", "Счётной", "Высшей", "Верховного", "национальное", "Государственная", "Верховный",
        "иностранных", "дел", "Ставропольского", "Центральной", "Палаты\u{301}", "палата\u{301}", "суде", "фондом", "фонду",
        "Nationale", "Bank", "Bộ", "Công", "", "а", "я", "Ставрополья", "ЦИК", "МИДа",
    ]

    // MARK: Gates

    @Test func organizationNominativeIsItsUngatedDefinition() {
        let heads = Self.russianWords
        let adjectives = ["Национального", "Государственного", "Счётной", "Высшей", "Верховного", "национальное", "Государственная",
                          "Центральной", "Nationale", "Ставропольского"]
        var cases: [[String]] = heads.map { [$0] }
        for a in adjectives { for h in heads { cases.append([a, h]) } }
        for a in adjectives.prefix(4) { for b in adjectives.suffix(4) { for h in heads.prefix(30) { cases.append([a, b, h]) } } }
        cases.append([])
        for words in cases {
            #expect(NameFinder.russianOrganizationNominative(words) == Self.organizationNominativeReference(words), "\(words)")
        }
        // The gated readings still fire.
        #expect(NameFinder.russianOrganizationNominative(["Национального", "собрания"]) == ["Национальное", "собрание"])
        #expect(NameFinder.russianOrganizationNominative(["Министерству"]) == ["Министерство"])
        #expect(NameFinder.russianOrganizationNominative(["Счётной", "палаты"]) == ["Счётная", "палата"])
        #expect(NameFinder.russianOrganizationNominative(["Государственного", "комитета"]) == ["Государственный", "комитет"])
        #expect(NameFinder.russianOrganizationNominative(["Министерство"]) == nil)
    }

    @Test func foreignNominativeIsItsUngatedDefinition() {
        let firsts = ["Буй", "Фам", "Ким", "Сергея", "Нгуен", "Лаврова", "Ли", "Пак", "Чоном", "Ано"]
        let lasts = ["Шоном", "Тиня", "Тиню", "Шон", "Хунг", "Хунгом", "Лаврова", "Ана", "Миня", "Сом", "Гомом", "Ином", "Тань",
                     "Шоном\u{301}", "Ким", "Kim", "Tin"]
        for a in firsts { for b in firsts { for c in lasts {
            let name = "\(a) \(b) \(c)"
            #expect(NameFinder.russianForeignNominative(name) == Self.foreignNominativeReference(name), "\(name)")
        } } }
        for name in ["Буй Шоном", "Буй Тхань Минь Шоном", "", "Шоном"] {
            #expect(NameFinder.russianForeignNominative(name) == Self.foreignNominativeReference(name), "\(name)")
        }
        #expect(NameFinder.russianForeignNominative("Буй Тхань Шоном") == "Буй Тхань Шон")
        #expect(NameFinder.russianForeignNominative("Фам Минь Тиня") == "Фам Минь Тинь")
    }

    @Test func cyrillicEndingGateKeepsVerbAndAdjectiveTests() {
        let keys = Self.russianWords.map { TextFolding.key($0) } + [
            "сказали", "могли", "пришли", "торговли", "заявил", "заявила", "говорит", "работают", "находится", "встретились",
            "евразийского", "экономического", "высшей", "новая", "dali", "kali", "cali", "dang", "nuoc ngoai", "مجلس", "北京",
            "ло", "ал", "x", "",
        ]
        for k in keys {
            #expect(NameFinder.russianVerbLike(k) == (Self.endsWithAnyReference(k, NameFinder.russianVerbEndings, minBytes: 5) && PlainText.count(k) >= 5), "\(k)")
            #expect(NameFinder.russianAdjectiveLike(k) == Self.endsWithAnyReference(k, NameFinder.russianAdjectiveEndings, minBytes: 10), "\(k)")
        }
        #expect(NameFinder.russianVerbLike("сказали") && NameFinder.russianAdjectiveLike("экономического"))
    }

    @Test func englishVerbishIsItsDefinition() {
        for k in ["welcoming", "pardoning", "reportedly", "amed", "finally", "ing", "beijing", "nanjing", "signed", "sly", "led",
                  "résumé", "naïvely", "e\u{301}ding", "caf\u{E9}ed", "ǅing", "", "Chongqing", "Hồng", "компания"] {
            let reference = k.count > 5 && (k.hasSuffix("ing") || k.hasSuffix("ed") || k.hasSuffix("ly"))
            #expect(NameFinder.englishVerbish(k) == reference, "\(k)")
        }
        #expect(NameFinder.englishVerbish("welcoming") && !NameFinder.englishVerbish("king"))
    }

    @Test func germanTitleTestIsItsDefinition() {
        #expect(EntityCues.germanTitleEndingsArePlain)
        for k in ["finanzminister", "ministerpräsidenten", "ministerprasidenten", "bundeskanzlerin", "regierungssprecher", "chef", "konzernchef",
                  "oberbürgermeister", "landrätin", "energieokonomin", "minister", "ministerium", "präsidentin", "kanzleramt", "bürgermeisteramt",
                  "re\u{301}ktor", "landra\u{308}tin", "обербургомистр", "", "rektorin", "staatssekretär", "staatssekretar"] {
            let reference = PlainText.count(k) >= 6 && EntityCues.germanTitleEndings.contains { PlainText.hasSuffix(k, $0) }
            #expect(EntityCues.isGermanTitle(k) == reference, "\(k)")
        }
        #expect(EntityCues.isGermanTitle("finanzminister") && !EntityCues.isGermanTitle("ministerium"))
    }

    @Test func vietnamesePlaceTriggersHoldEveryBranchWord() {
        for w in ["tỉnh", "huyện", "quận", "xã", "phường", "cảng", "đảo", "bang", "sông", "ga", "khẩu", "trấn", "thành"] {
            #expect(NameFinder.vietnamesePlaceTriggers.contains(TextFolding.key(w)), "\(w)")
        }
        for w in ["người", "phố", "nước", "Hà"] { #expect(!NameFinder.vietnamesePlaceTriggers.contains(TextFolding.key(w)), "\(w)") }
    }

    /// The rule behind the gate still fires on each kind of unit word, and not on a word it never read.
    @Test func vietnameseUnitPlacesStillFound() {
        let e = extract("Đoàn công tác đã đến tỉnh Quảng Trị và huyện Mường Lát, sau đó thăm cảng Klaipėda và sông Irtysh.", "vi")
        let places = names(e, .place)
        for p in ["Quảng Trị", "Mường Lát", "Klaipėda", "Irtysh"] { #expect(places.contains(p), "\(p): \(all(e))") }
        let city = extract("Hội nghị diễn ra tại thành phố Cần Thơ hôm qua.", "vi")
        #expect(names(city, .place).contains("Cần Thơ"), "\(all(city))")
        let not = extract("Người dân Quảng Trị vui mừng.", "vi")
        #expect(!names(not, .place).contains("dân Quảng Trị"), "\(all(not))")
    }

    // MARK: Grouper

    /// The merge of the known and the discovered runs is the stable sort by start it replaced, ties included.
    @Test func mergeByStartIsTheStableSort() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let n = Int.random(in: 0...14, using: &rng)
            let all = (0..<n).map { _ in
                Mention(surface: "x", start: Int.random(in: 0...6, using: &rng), end: 9, evidence: .guess, words: ["x"])
            }
            let knownCount = Int.random(in: 0...n, using: &rng)
            let first = (0..<knownCount).sorted { all[$0].start < all[$1].start }
            let second = (knownCount..<n).sorted { all[$0].start < all[$1].start }
            let ids = first + second
            #expect(MentionGrouper.mergedByStart(ids, knownCount: knownCount, all) == ids.sorted { all[$0].start < all[$1].start }, "\(ids)")
        }
    }

    /// A surname alone is merged into the full name; the entity's mentions and ranges are all of them, in order.
    @Test func groupsTakeShortFormsInOrder() {
        let e = extract("President Nana Kwame Osei-Bonsu arrived in Accra on Monday. Osei-Bonsu said the talks went well, and later Osei-Bonsu left.", "en")
        let person = e.entities.filter { $0.type == .person && $0.name == "Nana Kwame Osei-Bonsu" }
        #expect(person.count == 1, "\(all(e))")
        if let p = person.first {
            #expect(p.mentions == 3, "\(p)")
            #expect(p.ranges.map(\.start) == [10, 60, 107], "\(p.ranges)")
            #expect(p.aliases == ["Nana Kwame Osei-Bonsu", "Osei-Bonsu"], "\(p.aliases)")
        }
    }

    /// "the Party" goes to the one party the article names (the party list is built only when needed),
    /// and to none when the article names two.
    @Test func partyShortFormStillLinks() {
        let e = extract("The Zambian Progressive Party held its congress on Monday. Later the Central Committee of the Party approved the plan.", "en")
        let orgs = e.entities.filter { $0.type == .organization }
        #expect(orgs.count == 1 && orgs.first?.mentions == 2 && orgs.first?.aliases.contains("Zambian Progressive Party") == true, "\(all(e))")
        let two = extract("The Ruvuma Labour Party and the Kgosi Unity Party met on Monday. Later the Central Committee of the Party approved the plan.", "en")
        #expect(two.entities.filter { $0.type == .organization }.count == 3, "\(all(two))")
    }
}
