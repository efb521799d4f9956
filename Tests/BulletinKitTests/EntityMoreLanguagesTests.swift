import Foundation
import Testing
@testable import BulletinKit

/// Countries in languages the rules were not written for: Belarusian and Kazakh (the state news
/// agencies of Belarus and Kazakhstan publish in them), Ukrainian, Japanese and Korean. Their
/// CLDR names are loaded, declined or suffixed forms are matched by stem (Cyrillic) or without
/// the particle (Korean), and Japanese katakana is a word of its own next to hiragana.
@Suite struct EntityMoreLanguagesTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Language detection

    @Test func cyrillicLanguagesAreToldApart() {
        #expect(LanguageDetector.detect("Урад Рэспублікі ўхваліў праграму развіцця сельскай гаспадаркі на наступныя пяць гадоў.") == "be")
        #expect(LanguageDetector.detect("Үкімет ауыл шаруашылығын дамытудың жаңа бағдарламасын мақұлдады және қаржы бөлді.") == "kk")
        #expect(LanguageDetector.detect("Уряд схвалив програму розвитку сільського господарства на наступні п'ять років, її підтримали всі.") == "uk")
        #expect(LanguageDetector.detect("Правительство одобрило программу развития сельского хозяйства на следующие пять лет.") == "ru")
    }

    // MARK: Countries

    @Test func belarusianCountriesInTheirCases() {
        let e = extract("Дэлегацыя Польшчы і прадстаўнікі Расіі сустрэліся ў Мінску з паслом В'етнама і консулам Кітая.", "be")
        for code in ["PL", "RU", "VN", "CN"] { #expect(e.countries.contains(code), "\(code) in \(e.countries)") }
    }

    @Test func kazakhCountriesWithSuffixes() {
        let e = extract("Делегация Қытайдың, Ресеймен және Түркияға барған сапарынан кейін Моңғолияда да болды.", "kk")
        for code in ["CN", "RU", "TR", "MN"] { #expect(e.countries.contains(code), "\(code) in \(e.countries)") }
    }

    @Test func japaneseKatakanaCountriesBeforeParticles() {
        let e = extract("外相はベトナムの首都ハノイを訪れ、ドイツとフランスの代表とも会談した。", "ja")
        for code in ["VN", "DE", "FR"] { #expect(e.countries.contains(code), "\(code) in \(e.countries)") }
    }

    @Test func koreanCountriesWithParticles() {
        let e = extract("외교부 장관은 베트남과 독일의 대표를 만났으며 중국에서 열린 회의에도 참석했다.", "ko")
        for code in ["VN", "DE", "CN"] { #expect(e.countries.contains(code), "\(code) in \(e.countries)") }
        let none = extract("회의에서 장관은 대표를 만났으며 새로운 계획을 발표했다.", "ko")
        #expect(none.countries.isEmpty, "no country in \(none.countries)")
    }

    // MARK: The pieces

    @Test func koreanParticlesComeOffOnlyWhenTwoSyllablesStay() {
        #expect(HangulParticles.candidates("중국과") == ["중국과", "중국"])
        #expect(HangulParticles.candidates("미국에서") == ["미국에서", "미국"])
        #expect(HangulParticles.candidates("회의") == [], "two syllables: nothing to strip")
        #expect(HangulParticles.candidates("서울시청") == [], "no particle at the end")
        #expect(HangulParticles.candidates("Москва") == [])
    }

    @Test func katakanaAndHiraganaAreSeparateWords() {
        let words = Tokenizer.withTokens("カザフスタンの首都アスタナで") { $0.filter { $0.kind == .word }.map(\.text) }
        #expect(words == ["カザフスタン", "の", "首都", "アスタナ", "で"], "\(words)")
    }

    @Test func cyrillicStemsOfDeclinedAndSuffixedNames() {
        #expect(EntityLexicon.cyrillicStem("Расія", agglutinative: false) == "Расі~")
        #expect(EntityLexicon.cyrillicStem("Ліван", agglutinative: false) == "Ліван~")
        #expect(EntityLexicon.cyrillicStem("Қытай", agglutinative: true) == "Қытай~")
        #expect(EntityLexicon.cyrillicStem("Ірак", agglutinative: false) == nil, "under five letters: exact only")
        #expect(EntityLexicon.cyrillicStem("Злучаныя Штаты", agglutinative: false) == nil, "one word only")
    }

    // MARK: Turkish, Kazakh and Belarusian names

    @Test func turkishCaseEndingsComeOffNames() {
        let words = Tokenizer.withTokens("Bolat, Bişkek'te ve Ankara'dan Çin'in Soçi'ye Kabul'un") { $0.filter { $0.kind == .word }.map(\.text) }
        #expect(words == ["Bolat", "Bişkek", "ve", "Ankara", "Çin", "Soçi", "Kabul"], "\(words)")
        // No Turkish ending: a different harmony, one letter, or a capital after the apostrophe.
        for word in ["Mu'in", "Sana'a", "Hawai'i", "O'Brien", "Ba'ath", "aujourd'hui"] {
            let texts = Tokenizer.withTokens(word) { $0.filter { $0.kind == .word }.map(\.text) }
            #expect(texts == [word], "\(word): \(texts)")
        }
    }

    @Test func turkishTitlesInTheirPossessiveForm() {
        let body = "Ticaret Bakanı Ömer Bolat, Bişkek'te Kırgızistan Başbakanı Adılbek Kasımaliyev ile görüştü. Bolat'ın ziyareti iki gün sürdü."
        let e = extract(body, "tr")
        let people = names(e, .person)
        #expect(people.contains("Ömer Bolat") && people.contains("Adılbek Kasımaliyev"), "\(all(e))")
        #expect(!people.contains { $0.contains("Bakanı") || $0.contains("Başbakanı") || $0.contains("'") }, "\(all(e))")
        #expect(e.countries.contains("KG"), "\(e.countries)")
    }

    @Test func kazakhAndBelarusianTitlesBeforeNames() {
        let kk = extract("Кездесуге Қаржы министрі Мәди Такиев және облыс әкімі Нұрлыбек Сапарбаев қатысты.", "kk")
        let kkPeople = names(kk, .person)
        #expect(kkPeople.contains("Мәди Такиев") && kkPeople.contains("Нұрлыбек Сапарбаев"), "\(all(kk))")
        #expect(!kkPeople.contains { $0.contains("министрі") || $0.contains("әкімі") }, "\(all(kk))")
        let be = extract("На сустрэчы быў амбасадар Чылі Хасэ Мануэль Рамас і намеснік міністра Андрэй Кушнер.", "be")
        let bePeople = names(be, .person)
        #expect(bePeople.contains("Хасэ Мануэль Рамас") && bePeople.contains("Андрэй Кушнер"), "\(all(be))")
    }
}
