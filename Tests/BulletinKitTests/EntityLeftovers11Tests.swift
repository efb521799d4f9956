import Foundation
import Testing
@testable import BulletinKit

/// Leftovers of the unseen sets (NameFinder+Leftovers11.swift), tested on names of no scored text: each rule
/// has a must-find and a must-not-find check.
@Suite struct EntityLeftovers11Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    func canonical(_ e: Extraction, containing alias: String) -> String? {
        e.entities.first { $0.aliases.contains(alias) || $0.name == alias }?.name
    }

    // MARK: Russian full names in an oblique case

    @Test func russianObliqueFullNamesTakeTheNominative() {
        let cases: [(String, String)] = [
            // Masculine: instrumental, genitive, dative, prepositional; patronymics; -ский, -ов, -ин, consonant, -ко surnames.
            ("Олегом Петровичем Сидоренко", "Олег Петрович Сидоренко"),
            ("Андреем Викторовичем Гусевым", "Андрей Викторович Гусев"),
            ("Юрием Николаевичем Ковальским", "Юрий Николаевич Ковальский"),
            ("Игорем Павловичем Мельником", "Игорь Павлович Мельник"),
            ("Николаем Ивановичем Борцом", "Николай Иванович Борец"),
            ("Степана Аркадьевича Завадского", "Степан Аркадьевич Завадский"),
            ("Сергея Михайловича Лапина", "Сергей Михайлович Лапин"),
            ("Матвею Олеговичу Кравцу", "Матвей Олегович Кравец"),
            ("Борису Ильичу Синицкому", "Борис Ильич Синицкий"),
            ("Антоне Петровиче Зуеве", "Антон Петрович Зуев"),
            ("Тимуром Рашидовичем Галиевым", "Тимур Рашидович Галиев"),
            ("Фарходом Шералиевичем Рустамзода", "Фарход Шералиевич Рустамзода"),
            ("Гурбангулы Мередовича Атаева", "Гурбангулы Мередович Атаев"),
            ("Романом Гринько", "Роман Гринько"),
            ("Павла Сергеевича Орехова", "Павел Сергеевич Орехов"),
            ("Львом Аркадьевичем Зиминым", "Лев Аркадьевич Зимин"),
            ("Ван Сяолуном", "Ван Сяолун"),
            // Feminine: instrumental, genitive, dative, accusative; -ова, -ская, consonant and -ко surnames.
            ("Еленой Викторовной Соколовой", "Елена Викторовна Соколова"),
            ("Ольги Сергеевны Завадской", "Ольга Сергеевна Завадская"),
            ("Марии Андреевны Кравчук", "Мария Андреевна Кравчук"),
            ("Натальей Игоревной Лысенко", "Наталья Игоревна Лысенко"),
            ("Галине Петровне Рябовой", "Галина Петровна Рябова"),
            ("Зарину Маратовну Алиеву", "Зарина Маратовна Алиева"),
            ("Светланой Орловой", "Светлана Орлова"),
            ("Миланы Петрович-Янкович", "Милана Петрович-Янкович"),
            ("Динарой Сарсенбаевой", "Динара Сарсенбаева"),
        ]
        for (form, nominative) in cases {
            #expect(NameFinder.russianFullNameNominative(form) == nominative, "\(form) → \(String(describing: NameFinder.russianFullNameNominative(form)))")
        }
    }

    @Test func russianNominativeFullNamesStayAsTheyAre() {
        for name in ["Анна Петрова", "Драгана Милошевич", "Сергей Кравчук", "Мадина Ержановна Сапарова", "Виктор Петрович Орлов",
                     "Шерали Рустамзода", "Ирина Лысенко", "Лазарь Мвамба", "Марина Сергеевна Кравец", "Алексей Коваль",
                     "Ивана Петрович", "Гульнара Ахметова", "Джузеппе Верди", "Илья Муромец", "Никита Козлов",
                     "Мария Кравчук", "Хосе Луис Перес", "Ерлан Асылбекулы Тажибаев", "Айгерим Сериковна Омарова"] {
            #expect(NameFinder.russianFullNameNominative(name) == nil, "\(name) → \(String(describing: NameFinder.russianFullNameNominative(name)))")
        }
    }

    @Test func russianObliquePersonIsNamedInTheNominativeInAnArticle() {
        let e = extract("Соглашение подписано в ходе встречи с губернатором области Степаном Аркадьевичем Завадским. " +
                        "По словам Завадского, завод откроется весной. Встреча прошла с директором фабрики Еленой Викторовной Соколовой.", "ru")
        #expect(canonical(e, containing: "Степаном Аркадьевичем Завадским") == "Степан Аркадьевич Завадский", "\(all(e))")
        #expect(canonical(e, containing: "Завадского") == "Степан Аркадьевич Завадский", "the lone surname joins: \(all(e))")
        #expect(canonical(e, containing: "Еленой Викторовной Соколовой") == "Елена Викторовна Соколова", "\(all(e))")
        #expect(names(e, .person).contains("Степаном Аркадьевичем Завадским"), "the form seen stays an alias: \(all(e))")
    }

    @Test func russianNominativeInTheArticleStaysTheName() {
        let e = extract("Министр Олег Петрович Сидоренко прибыл в Минск. Переговоры с Олегом Петровичем Сидоренко продлились час. " +
                        "Директор завода Анна Петрова подписала договор.", "ru")
        #expect(canonical(e, containing: "Олегом Петровичем Сидоренко") == "Олег Петрович Сидоренко", "\(all(e))")
        #expect(names(e, .person).contains("Анна Петрова") && !names(e, .person).contains("Анн Петров"), "\(all(e))")
        // The nominative written elsewhere stands, and every form joins it.
        let f = extract("Глава района Глеб Рагозинский открыл ярмарку. По словам Глеба Рагозинского, ярмарка станет ежегодной. " +
                        "Рагозинский добавил, что приедут гости.", "ru")
        #expect(canonical(f, containing: "Глеба Рагозинского") == "Глеб Рагозинский", "\(all(f))")
        #expect(f.entities.filter { $0.type == .person }.count == 1, "\(all(f))")
    }
}
