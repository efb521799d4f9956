import Foundation
import Testing
@testable import BulletinKit

/// Short texts of a few sentences, written for these tests (not taken from the seeds).
@Suite struct LanguageDetectorTests {
    static let vietnamese = "Thủ tướng đã tiếp Đại sứ Belarus tại Hà Nội. Hai bên nhất trí tăng cường hợp tác kinh tế và thương mại trong thời gian tới."

    static let samples: [(String, String)] = [
        ("en", "The minister met the ambassador in Minsk on Tuesday. They discussed trade and agreed to expand cooperation between the two countries."),
        ("fr", "Le président a reçu la délégation du Vietnam. Les deux pays ont convenu de renforcer la coopération dans les domaines de l'économie et de la culture."),
        ("ar", "استقبل الرئيس وفداً من فيتنام في العاصمة. واتفق الجانبان على تعزيز التعاون الاقتصادي والثقافي."),
        ("vi", vietnamese),
        ("ru", "Президент Беларуси провёл переговоры с генеральным секретарём. Стороны договорились развивать сотрудничество в области экономики и образования."),
        ("zh", "越南共产党中央委员会总书记会见了白俄罗斯国民会议代表院主席。双方同意加强经贸合作。"),
        ("es", "El presidente recibió a la delegación de Vietnam en la capital. Los dos países acordaron fortalecer la cooperación económica y cultural."),
        ("de", "Der Präsident hat die Delegation aus Vietnam in der Hauptstadt empfangen. Die beiden Länder wollen die Zusammenarbeit in der Wirtschaft ausbauen."),
        ("uk", "Президент України підписав закон про освіту. Він набуде чинності після опублікування."),
        ("ja", "ベラルーシの大統領はベトナムの代表団と会談した。両国は経済協力を強化することで合意した。"),
    ]

    @Test(arguments: samples.map(\.0))
    func detectsShortTexts(code: String) {
        let text = Self.samples.first { $0.0 == code }!.1
        #expect(LanguageDetector.detect(text) == code)
    }

    @Test func decomposedVietnameseIsVietnamese() {
        let decomposed = Self.vietnamese.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > Self.vietnamese.unicodeScalars.count)
        #expect(LanguageDetector.detect(decomposed) == "vi")
    }

    @Test func englishWithVietnameseNamesStaysEnglish() {
        let text = "Head of State has held a meeting with Vietnamese Minister of Public Security Lương Tam Quang. The two sides discussed cooperation in Hà Nội and Minsk."
        #expect(LanguageDetector.detect(text) == "en")
    }

    @Test func frenchWithDecomposedAccentsIsNotVietnamese() {
        let text = "Le secrétaire général a été reçu à Minsk. Les deux parties ont signé des accords de coopération."
        #expect(LanguageDetector.detect(text.decomposedStringWithCanonicalMapping) == "fr")
    }

    @Test(arguments: ["", "12345 !!! 2025-01-02", "OK", "Minsk Hanoi Astana"])
    func unsureIsUnd(text: String) {
        #expect(LanguageDetector.detect(text) == "und")
    }

    /// One sentence without the function words the profiles count: spelling decides.
    @Test(arguments: [
        ("New file added\nBerlin - Chancellor Friedrich Merz spoke.", "en"),
        ("Warsaw - President Karol Nawrocki welcomed leaders", "en"),
        ("Sommet: réunion prévue", "fr"),
        ("Bundeskanzler Merz: Gespräche über Handel", "de"),
        ("Colombia: reunión aplazada", "es"),
        ("Votação em Brasília", "pt"),
    ])
    func shortLatinTextsFallBackToSpelling(text: String, code: String) {
        #expect(LanguageDetector.detect(text) == code)
    }

    @Test func spellingCuesSkipNamesAndTies() {
        // Capitalized words are names: no evidence either way.
        #expect(LanguageDetector.detect("François Müller, Søren Åberg") == "und")
        // One cue each for two languages: a tie stays undetermined.
        #expect(LanguageDetector.detect("Minsk: thé, größe") == "und")
        #expect(LetterCues.scores("the talks ended", maxWords: 10)[0] == 2)  // "the" (th), "ended" (-ed)
    }

    @Test func titleLikeFragmentsStillResolveByScript() {
        #expect(LanguageDetector.detect("Лукашенко помиловал 30 человек") == "ru")
        #expect(LanguageDetector.detect("لوكاشينكو يستقبل وفدا") == "ar")
        #expect(LanguageDetector.detect("习近平会见白俄罗斯总统") == "zh")
    }

    /// A title-only article of one or two characters: its script decides
    /// (two Latin letters still do not: `unsureIsUnd`).
    @Test(arguments: [("中国", "zh"), ("뉴스", "ko"), ("ニュース", "ja"), ("Мир", "ru"), ("حل", "ar")])
    func veryShortNonLatinTitlesResolveByScript(text: String, code: String) {
        #expect(LanguageDetector.detect(text) == code)
    }
}
