import Foundation
import Testing
@testable import BulletinKit

/// Parsing decoded text into articles: headlines, digests, date lines,
/// metadata lines, titles, IDs, line ends, control characters, NFC.
@Suite struct CorpusParserTests {
    private func parse(_ text: String, file: String = "/x/note.txt") -> [Article] {
        ArticleParser.parse(text: text, file: file)
    }

    @Test func headlineThenBody() {
        let a = parse("Minsk hosts trade fair\n\nThe fair opened on Monday. It runs for a week.\n")
        #expect(a.count == 1)
        #expect(a[0].id == "note")
        #expect(a[0].segment == 1)
        #expect(a[0].title == "Minsk hosts trade fair")
        #expect(a[0].body == "The fair opened on Monday. It runs for a week.")
        #expect(a[0].date == nil)
    }

    @Test func digestSplitsAtEachHeadline() {
        let text = """
        First story headline

        Body of the first story. It has sentences.
        A second paragraph of the first story.

        Second story: the sequel arrives

        Body of the second story.

        Third story about Hà Nội

        Body of the third story.
        VNA

        """
        let a = parse(text, file: "dir/digest.txt")
        #expect(a.map(\.id) == ["digest#1", "digest#2", "digest#3"])
        #expect(a.map(\.segment) == [1, 2, 3])
        #expect(a.map(\.title) == ["First story headline", "Second story: the sequel arrives", "Third story about Hà Nội"])
        #expect(a[0].body == "Body of the first story. It has sentences.\n\nA second paragraph of the first story.")
        #expect(a[2].source == "VNA")
        #expect(a[2].body == "Body of the third story.")
        // The raw texts tile the file exactly.
        #expect(a.map(\.raw).joined() == text)
    }

    @Test func shortSubheadingInsideAnArticleDoesNotSplitIt() {
        let text = """
        Floods hit northern Thailand

        Chiang Mai - Heavy rain caused floods across northern Thailand on Sunday.

        Thousands evacuated

        More than 3,000 people were moved to shelters in Chiang Rai province.

        """
        let a = parse(text)
        #expect(a.count == 1)
        #expect(a[0].title == "Floods hit northern Thailand")
        #expect(a[0].body == "Chiang Mai - Heavy rain caused floods across northern Thailand on Sunday.\n\nThousands evacuated\n\nMore than 3,000 people were moved to shelters in Chiang Rai province.")
    }

    @Test func shortSubheadingsInsideADigestStayInTheirArticle() {
        let text = """
        Минск принимает торговую ярмарку

        Ярмарка открылась в понедельник.

        Итоги дня

        Подписано десять соглашений.

        Ханой и Минск расширяют сотрудничество в образовании

        Стороны договорились об обмене студентами.

        大会开幕

        会议讨论了合作。

        """
        let a = parse(text, file: "d.txt")
        #expect(a.map(\.title) == ["Минск принимает торговую ярмарку", "Ханой и Минск расширяют сотрудничество в образовании"])
        #expect(a[0].body == "Ярмарка открылась в понедельник.\n\nИтоги дня\n\nПодписано десять соглашений.")
        #expect(a[1].body.contains("大会开幕"))
    }

    @Test func headlineStrengthCountsWordsOrCharacters() {
        #expect(ArticleParser.headlineStrength("Vietnam and Belarus sign trade deal") == .full)
        #expect(ArticleParser.headlineStrength("Thousands evacuated") == .none)
        #expect(ArticleParser.headlineStrength("Жапаров подписал закон") == .short)
        #expect(ArticleParser.headlineStrength("and then five more words here") == .none)  // lower case: a fragment
        #expect(ArticleParser.headlineStrength("越南与哈萨克斯坦签署协议") == .full)
        #expect(ArticleParser.headlineStrength("背景介绍") == .none)
        #expect(ArticleParser.headlineStrength("Thủ tướng thăm vùng lũ") == .full)
        #expect(ArticleParser.headlineStrength("- – ·") == .none)
    }

    @Test func severalShortHeadlinesMakeADigest() {
        let text = """
        Токаев провёл встречу с премьер-министром

        Президент Казахстана принял премьер-министра.

        Мирзиёев посетил Самарканд

        Президент Узбекистана осмотрел новые объекты.

        Жапаров подписал закон

        Президент Киргизии подписал закон о СМИ.

        """
        let a = parse(text, file: "ru.txt")
        #expect(a.map(\.title) == ["Токаев провёл встречу с премьер-министром", "Мирзиёев посетил Самарканд", "Жапаров подписал закон"])
    }

    @Test func oneShortLineAfterTheHeadlineIsASubheading() {
        let text = "Minsk hosts a trade fair\n\nThe fair opened on Monday.\n\nRecord visitor numbers\n\nOrganisers counted 40,000 guests.\n"
        let a = parse(text)
        #expect(a.count == 1)
        #expect(a[0].body.contains("Record visitor numbers"))
    }

    @Test func impossibleDateIsStrippedAndReported() {
        let (a, warnings) = ArticleParser.parseReporting(
            text: " date 2026-13-45 Bad date headline\n\nThe body follows here.\n", file: "/in/bad.txt")
        #expect(a.count == 1)
        #expect(a[0].date == nil)
        #expect(a[0].title == "Bad date headline")
        #expect(!a[0].body.contains("2026-13-45"))
        #expect(warnings == [LoadWarning(file: "/in/bad.txt", message: "invalid date 2026-13-45 on line 1, ignored")])
    }

    @Test func calendarDatesAreChecked() {
        #expect(ArticleParser.dateLine("date 2024-02-29 Leap day")?.date == "2024-02-29")
        #expect(ArticleParser.dateLine("date 2025-02-29 Not a leap year")?.date == nil)
        #expect(ArticleParser.dateLine("date 2025-02-29 Not a leap year")?.written == "2025-02-29")
        #expect(ArticleParser.dateLine("date 2025-04-31 April")?.isValid == false)
        #expect(ArticleParser.dateLine("date 2025-00-10 Month zero")?.isValid == false)
        #expect(ArticleParser.dateLine("date 2025-12-31")?.isValid == true)
        #expect(ArticleParser.dateLine("date 25-12-31 short year") == nil)
        #expect(ArticleParser.dateLine("dated 2025-12-31 text") == nil)
    }

    @Test func goodDateLinesGiveNoWarning() {
        let (_, warnings) = ArticleParser.parseReporting(text: " date 2025-05-06 Text.\n", file: "ok.txt")
        #expect(warnings.isEmpty)
    }

    @Test func noHeadlineMeansNoSplitting() {
        // A file that opens with a paragraph is one article, even with a short unpunctuated line inside.
        let text = "The talks opened in Minsk on Monday.\n\nA subheading here\n\nThe talks went on.\n"
        let a = parse(text)
        #expect(a.count == 1)
        #expect(a[0].body.contains("A subheading here"))
    }

    @Test func dateLineGivesDateAndFirstWords() {
        let a = parse(" date 2025-05-06 Stressing the talks, the leaders met. More text.\n\nSecond paragraph.\n")
        #expect(a.count == 1)
        #expect(a[0].date == "2025-05-06")
        #expect(a[0].body.hasPrefix("Stressing the talks, the leaders met."))
        #expect(a[0].title == "Stressing the talks, the leaders met")
    }

    @Test func bareDateUnderTheHeadlineDatesTheArticle() {
        let a = parse("Talks in Minsk open a new chapter\n\n2023-04-11\n\nThe talks opened on Monday.\n")
        #expect(a.count == 1)
        #expect(a[0].date == "2023-04-11")
        #expect(a[0].title == "Talks in Minsk open a new chapter")
        #expect(a[0].body == "The talks opened on Monday.")
    }

    @Test func bareDateInEachArticleOfADigest() {
        let text = "First story has a headline\n\n2024-01-02\n\nBody one. More.\n\n"
            + "Second story has its headline\n\n2024-01-03\n\nBody two. More.\n"
        let a = parse(text)
        #expect(a.map(\.date) == ["2024-01-02", "2024-01-03"])
        #expect(a.map(\.body) == ["Body one. More.", "Body two. More."])
    }

    /// Only a real date, alone in the first paragraph under a headline, is taken;
    /// anywhere else it is the article's text.
    @Test(arguments: [
        "Headline of the story\n\n2023-02-30\n\nBody text.\n",
        "Headline of the story\n\nBody text.\n\n2023-04-11\n",
        "Headline of the story\n\n2023-04-11\nand more words on the next line.\n",
        "2023-04-11\n\nBody text without a headline. More.\n",
    ])
    func bareDateElsewhereStaysText(text: String) {
        let a = parse(text)
        #expect(a.first?.date == nil)
        #expect(a.first.map { $0.body.contains("2023-") || $0.title.contains("2023-") } == true)
    }

    /// Lines that are not date-line shaped at all stay text (an impossible date
    /// in the right shape is handled by `impossibleDateIsStrippedAndReported`).
    @Test(arguments: ["date 25-01-01 Text.", "dated 2025-01-01 Text.", "date 2025-01-011 x."])
    func invalidDateLinesAreText(line: String) {
        let a = parse(line + "\n")
        #expect(a.first?.date == nil)
        #expect(a.first?.body.hasPrefix(String(line.prefix(4))) == true)
    }

    @Test func firstSentenceTitleIsCutAtAWordBoundary() {
        let sentence = String(repeating: "cooperation between parliaments ", count: 8) + "continues."
        let a = parse(sentence + " Second sentence.\n")
        let title = a[0].title
        #expect(title.hasSuffix("…"))
        #expect(TextWidth.width(of: title) <= ArticleParser.titleColumns)
        let stem = String(title.dropLast())
        #expect(a[0].body.hasPrefix(stem))
        // Cut at a word boundary: the body continues with a space after the stem.
        #expect(a[0].body.dropFirst(stem.count).first == " ")
    }

    @Test func initialsAndAbbreviationsDoNotEndTheSentence() {
        let a = parse("Mr. A. Volfovich met Dr. Tran in Hanoi on May 5. They talked.\n")
        #expect(a[0].title == "Mr. A. Volfovich met Dr. Tran in Hanoi on May 5")
    }

    @Test func wideScriptTitlesAreCutByColumns() {
        let zh = String(repeating: "越南与白俄罗斯加强合作", count: 12) + "。第二句。"
        let a = parse(zh + "\n")
        #expect(a[0].language == "zh")
        #expect(a[0].title.hasSuffix("…"))
        #expect(TextWidth.width(of: a[0].title) <= ArticleParser.titleColumns)
        #expect(TextWidth.width(of: a[0].title) >= ArticleParser.titleColumns - 3)
    }

    @Test func captionsSourcesAndDebrisLeaveTheBody() {
        let text = """
        Le président reçoit une délégation

        Photo: VNA/CVN

        Le président a reçu la délégation à Minsk.

        Le président et le ministre (Photo : VNA)

        Les deux parties ont signé un accord.

        Comments (12)
        المصدر: https://www.example.org/news/1
        VNA/CVN



        تعليق (0)
        """
        let a = parse(text)
        #expect(a.count == 1)
        #expect(a[0].body == "Le président a reçu la délégation à Minsk.\n\nLes deux parties ont signé un accord.")
        #expect(a[0].url == "https://www.example.org/news/1")
        #expect(a[0].source == "example.org")
        #expect(a[0].raw == text)
    }

    @Test func advertisementSlotsLeaveTheBody() {
        let a = parse("Minsk hosts trade fair\n\nThe fair opened on Monday.\n\nADVERTISEMENT\n\nIt runs for a week.\n\nРеклама\n")
        #expect(a.count == 1)
        #expect(a[0].body == "The fair opened on Monday.\n\nIt runs for a week.")
        // A sentence about advertising stays.
        #expect(parse("Advertising revenue rose by a fifth in Minsk.\n")[0].body == "Advertising revenue rose by a fifth in Minsk.")
    }

    @Test func sourceLabelWithName() {
        let a = parse("A paragraph of text here.\n\nSource: Reuters\n")
        #expect(a[0].source == "Reuters")
        #expect(a[0].url == nil)
        #expect(a[0].body == "A paragraph of text here.")
    }

    @Test func agencyLinesNeedCapitals() {
        #expect(LineClassifier.isAgency("VNA"))
        #expect(LineClassifier.isAgency("VNA/CVN"))
        #expect(LineClassifier.isAgency("TTXVN"))
        #expect(LineClassifier.isAgency("Reuters"))
        #expect(!LineClassifier.isAgency("Minsk"))
        #expect(!LineClassifier.isAgency("Thank you"))
        #expect(!LineClassifier.isAgency("2025"))
    }

    @Test(arguments: ["\r\n", "\r", "\n"])
    func lineEndsAreAllUnderstood(eol: String) {
        let text = ["Headline without stop", "", "First line.", "Second line.", ""].joined(separator: eol)
        let a = parse(text)
        #expect(a.count == 1)
        #expect(a[0].title == "Headline without stop")
        #expect(a[0].body == "First line.\n\nSecond line.")
        #expect(a[0].raw == text)  // raw keeps the file's line ends
    }

    @Test func rowsWithoutBlankLinesStayOnConsecutiveLines() {
        let text = ["Derby ends level", "",
                    "The derby ended in a draw on Sunday, and the table did not change at the top.", "",
                    "Results, round 12:", "Lakeside 2-0 Harbour", "Northgate 1-1 Eastfield", "",
                    "Standings:", "1. Lakeside 30", "2. Northgate 27", "",
                    "The club listed its plans:", "- a new stand", "- a youth academy.", "",
                    "Short one.", "Another short one.", ""].joined(separator: "\n")
        let a = parse(text)
        #expect(a.count == 1)
        #expect(a[0].body == """
            The derby ended in a draw on Sunday, and the table did not change at the top.

            Results, round 12:
            Lakeside 2-0 Harbour
            Northgate 1-1 Eastfield

            Standings:
            1. Lakeside 30
            2. Northgate 27

            The club listed its plans:
            - a new stand
            - a youth academy.

            Short one.

            Another short one.
            """)
    }

    @Test func longLinesWithoutBlankLinesAreParagraphs() {
        let long1 = "Officials from both countries met in the capital on Monday to discuss new trade routes"
        let long2 = "Another delegation is expected next month to sign the agreements reached at the meeting"
        let a = parse(["Talks in the capital", "", long1, long2, ""].joined(separator: "\n"))
        #expect(a[0].body == long1 + "\n\n" + long2)
        #expect(ArticleParser.isListItem("12) twelfth"))
        #expect(ArticleParser.isListItem("• point"))
        #expect(!ArticleParser.isListItem("2025 was a year"))
        #expect(!ArticleParser.isListItem("-5 degrees"))
    }

    @Test func hardWrappedLinesAreJoined() {
        let a = parse("The delegation visited the\nprovince and met local\nofficials. Then it left.\nNew paragraph here.\n")
        #expect(a[0].body == "The delegation visited the province and met local officials. Then it left.\n\nNew paragraph here.")
    }

    @Test func controlCharactersStayInRawOnly() {
        let text = "Alert\u{1B}[31m red\u{1B}[0m headline\n\nBody \u{1B}]0;title\u{07}text\u{7}\u{85} here.\u{0C}\n"
        let a = parse(text)
        #expect(a[0].title == "Alert red headline")
        #expect(a[0].body == "Body text here.")
        #expect(a[0].raw == text)
        for s in (a[0].title + a[0].body).unicodeScalars {
            #expect(s.value >= 0x20 || s == "\n")
            #expect(!(0x7F...0x9F).contains(s.value))
        }
    }

    @Test func bodyAndTitleAreNFCButRawIsNot() {
        let decomposed = "Tô Lâm thăm Hà Nội\n\nThủ tướng đã tiếp Đại sứ tại Hà Nội.\n".decomposedStringWithCanonicalMapping
        let a = parse(decomposed)
        #expect(a[0].title.unicodeScalars.elementsEqual("Tô Lâm thăm Hà Nội".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(a[0].body.unicodeScalars.elementsEqual("Thủ tướng đã tiếp Đại sứ tại Hà Nội.".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(a[0].raw.unicodeScalars.elementsEqual(decomposed.unicodeScalars))
        #expect(a[0].language == "vi")
    }

    @Test func noBreakSpacesBecomeSpaces() {
        let a = parse("Lukashenko\u{A0}has pardoned\u{A0} 30 people.\u{A0}\n")
        #expect(a[0].body == "Lukashenko has pardoned 30 people.")
    }

    @Test func fileStems() {
        #expect(ArticleParser.fileStem("/a/b/001_x.txt") == "001_x")
        #expect(ArticleParser.fileStem("noext") == "noext")
        #expect(ArticleParser.fileStem("dir/.hidden") == ".hidden")
        #expect(ArticleParser.fileStem("a.b.c") == "a.b")
    }

    /// Random mixes of real-looking lines: parsing never traps, raw texts tile
    /// the input, IDs are unique and cleaned fields hold no control characters.
    @Test func randomInputsKeepTheInvariants() {
        let pieces = ["Headline here", "", "A sentence ends here.", "VNA", "Photo: VNA", "تعليق (0)", " date 2024-02-03 Lead.",
                      "\u{1B}[1mbold\u{1B}[0m", "Xin chào Hà Nội", "白俄罗斯", "\t", "\u{A0}", "Короткая строка", "x"]
        let ends = ["\n", "\r\n", "\r"]
        var rng = SplitMix(seed: 42)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(rng.next() % 25) {
                text += pieces[Int(rng.next() % UInt64(pieces.count))] + ends[Int(rng.next() % 3)]
            }
            let a = parse(text, file: "r.txt")
            if !a.isEmpty { #expect(a.map(\.raw).joined() == text) }
            #expect(Set(a.map(\.id)).count == a.count)
            for article in a {
                #expect(!article.body.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
                #expect(!article.title.contains("\n"))
            }
        }
    }
}

/// A tiny deterministic generator (SplitMix64) for reproducible random tests and shuffles.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The NFC shortcut must never skip text that normalization would change.
@Suite struct CorpusNormalizationTests {
    @Test(arguments: [
        "Ha\u{300} No\u{323}\u{302}i",            // decomposed Vietnamese
        "\u{628}\u{651}\u{650}",                  // Arabic shadda before kasra: reordered
        "\u{627}\u{653}",                         // alef + madda: composes to آ
        "\u{2126} ohm, \u{212B} angstrom",        // singletons
        "\u{304B}\u{3099}",                       // kana + voiced mark: composes
        "e\u{301}\u{327}",                        // marks out of order
    ])
    func textNeedingNFCIsNormalized(text: String) {
        #expect(TextCleaner.mayNeedNFC(text))
        #expect(TextCleaner.nfc(text).unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test(arguments: [
        "plain ASCII", "Thủ tướng Hà Nội", "Лукашенко", "مؤكداً", "\u{628}\u{650}\u{651}", "习近平会见。", "ベラルーシ",
    ])
    func normalizedTextIsLeftAlone(text: String) {
        #expect(!TextCleaner.mayNeedNFC(text))
        #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    /// Every scalar of the planes in use, alone and after a base letter: the
    /// shortcut says "already NFC" only when NFC really leaves the text alone.
    @Test func quickCheckIsConservativeOverTheBMP() {
        var wrong: [UInt32] = []
        for v in UInt32(0x300)..<UInt32(0xFFFE) {
            guard let s = Unicode.Scalar(v) else { continue }
            for text in [String(s), "a" + String(s), "\u{627}" + String(s)] {
                if !TextCleaner.mayNeedNFC(text), !text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars) {
                    wrong.append(v)
                }
            }
        }
        #expect(wrong.isEmpty, "missed: \(wrong.prefix(20).map { String($0, radix: 16) })")
    }
}

/// Files holding several dated articles, one after another.
@Suite struct CorpusDatedDigestTests {
    @Test func eachDateLineAfterABlankLineStartsAnArticle() {
        let text = " date 2025-01-02 Первая новость о Минске. Подробности.\n\nВторой абзац.\n\n date 2025-01-03 Вторая новость о Ханое.\n"
        let a = ArticleParser.parse(text: text, file: "ru-digest.txt")
        #expect(a.map(\.id) == ["ru-digest#1", "ru-digest#2"])
        #expect(a.map(\.date) == ["2025-01-02", "2025-01-03"])
        #expect(a.map(\.language) == ["ru", "ru"])
        #expect(a[0].body == "Первая новость о Минске. Подробности.\n\nВторой абзац.")
        #expect(a[1].title == "Вторая новость о Ханое")
        #expect(a.map(\.raw).joined() == text)
    }

    @Test func chineseHeadlinesSplitADigest() {
        let text = "白俄罗斯总统会见越南代表团\n\n双方同意加强经贸合作。两国关系不断发展。\n\n越南与哈萨克斯坦签署协议\n\n协议涵盖教育和科技领域。\n"
        let a = ArticleParser.parse(text: text, file: "zh.txt")
        #expect(a.map(\.title) == ["白俄罗斯总统会见越南代表团", "越南与哈萨克斯坦签署协议"])
        #expect(a.allSatisfy { $0.language == "zh" })
    }
}

/// A wire story's last paragraph that ends in the agency's name ("… de Soria. EFE") and the desk's
/// sign-off code after it ("lmb/pa") are the story's end, not a second article.
@Suite struct CorpusSignOffTests {
    @Test func agencyNameAndSignOffCodeEndTheStory() {
        let text = """
        Un incendio obliga a desalojar un colegio en Burgo de Osma

        Soria, 3 feb (EFE).- Los bomberos de la Diputación de Soria sofocaron este martes un incendio en un colegio.

        Las clases se reanudarán el jueves, según el ayuntamiento de Burgo de Osma. EFE

        lmb/pa
        """
        let a = ArticleParser.parse(text: text, file: "/x/efe.txt")
        #expect(a.count == 1)
        #expect(a.first?.body.hasSuffix("lmb/pa") == true)
        #expect(a.first?.body.contains("ayuntamiento de Burgo de Osma. EFE") == true)
    }

    @Test func signOffInsideADigestEndsItsStory() {
        let text = """
        Un incendio obliga a desalojar un colegio en Burgo de Osma

        Soria, 3 feb (EFE).- Los bomberos sofocaron este martes un incendio en un colegio de la localidad.

        Las clases se reanudarán el jueves, según el ayuntamiento. EFE

        lmb/pa

        La Diputación de Teruel aprueba su presupuesto para el año próximo

        Teruel, 3 feb (EFE).- El pleno aprobó las cuentas con los votos del equipo de gobierno.
        """
        let a = ArticleParser.parse(text: text, file: "/x/efe2.txt")
        #expect(a.map(\.title) == ["Un incendio obliga a desalojar un colegio en Burgo de Osma",
                                   "La Diputación de Teruel aprueba su presupuesto para el año próximo"])
        #expect(a.first?.body.hasSuffix("ayuntamiento. EFE\n\nlmb/pa") == true)
    }

    @Test func aLastStoryWithARealBodyStillSplitsTheDigest() {
        let text = """
        Council approves new budget for schools

        The council voted on Monday. The budget grows by four percent.

        Harbour bridge closes for repairs next week

        Works start on Tuesday.
        """
        #expect(ArticleParser.parse(text: text, file: "/x/d.txt").count == 2)
    }

    @Test(arguments: [("jlc/mv", true), ("ac/jl", true), ("###", true), ("EFE", true), ("2024-01-03", false), ("12:30", false), ("Developing", false),
                      ("More to follow", false), ("Works start on Tuesday.", false)])
    func signOffCodes(_ text: String, _ expected: Bool) {
        #expect(ArticleParser.isSignOff(text) == expected)
    }
}

/// Lusa's sign-off, editors' initials joined by "//", is page debris: neither a credit nor body text.
@Suite struct EditorsInitialsTests {
    @Test(arguments: [("JLV // ZO", true), ("ARL//JMR", true), ("AB // CD // EF", true), ("VNA/CVN", false), ("TASS", false),
                      ("JLV / ZO", false), ("ABCDE // ZO", false), ("Lusa // Fim", false)])
    func editorsInitials(_ line: String, _ expected: Bool) {
        #expect(LineClassifier.isEditorsInitials(line) == expected)
    }

    @Test func initialsLeaveTheBodyAndTheSource() {
        let text = "Câmara de Braga aprova plano de mobilidade\n\nBraga, 3 fev (Lusa) - A Câmara aprovou o plano.\n\nMNS // PDF\n"
        let a = ArticleParser.parse(text: text, file: "/x/l.txt")
        #expect(a.count == 1)
        #expect(a.first?.body == "Braga, 3 fev (Lusa) - A Câmara aprovou o plano.")
        #expect(a.first?.source == nil)
    }
}

/// Lines a saved story carries inside itself (related-story links, bracketed asides, a live blog's time stamps,
/// photo captions) shaped like headlines: they never cut the story, while a digest's real headlines still do.
@Suite struct InsetLineTests {
    @Test(arguments: [("Read also: Minsk tractor maker opens a plant in Kenya's Rift Valley", true),
                      ("Xem thêm: Cảng Cái Mép đón tàu container lớn nhất từ trước đến nay", true),
                      ("Читайте также: Завод в Бресте увеличил выпуск автобусов вдвое", true),
                      ("相关阅读：中老铁路国际货运列车开行突破一万列", true),
                      ("(Reporting by Aidana Bekova in Astana; Editing by Tom Hogue)", true),
                      ("12:05 — The delegations enter the conference hall for the signing", true),
                      ("14h30 : les délégations entrent dans la salle de conférence", true),
                      ("Vietnam and Belarus: a partnership for the next decade", false),
                      ("2026 budget: parliament in Minsk passes the spending plan", false),
                      ("1.25 million tourists visited Ha Long Bay in the first quarter", false)])
    func insetLines(_ line: String, _ inset: Bool) {
        #expect(ArticleParser.isInset(line) == inset)
    }

    @Test func insetLinesStayInTheirStory() {
        let text = """
        Minsk tractor maker lifts its export forecast for next year

        By Olga Branko

        MINSK, Dec 4 (Reuters) - The tractor maker raised its forecast on Thursday.

        Read also: Belarusian potash exports through Russian ports hit a record

        Its chief executive said the plant in Kenya would open in March.

        12:05 — Delegations from both countries enter the conference hall

        (Reporting by Olga Branko in Minsk; Editing by Tom Hogue)

        Correction: An earlier version misstated the plant's site. It is in Nakuru, not Eldoret.

        """
        let a = ArticleParser.parse(text: text, file: "/x/story.txt")
        #expect(a.count == 1)
        #expect(a.first?.body.contains("Read also: Belarusian potash exports") == true)
        #expect(a.first?.body.contains("(Reporting by Olga Branko in Minsk") == true)
        // A digest's own headline after them still opens a story (with its own dateline: an undated part after a
        // dated story is that story's continuation, see CorpusContinuationTests).
        let digest = text + "\nSecond story: Vietnam's coffee exporters prepare for new rules\n\nHANOI, Dec 4 (Reuters) - The rules take effect in June.\n"
        #expect(ArticleParser.parse(text: digest, file: "/x/digest.txt").count == 2)
    }

    @Test func creditsLeaveTheBodyButDescriptionsStay() {
        let text = "中老铁路货运量创新高\n\n新华社昆明12月4日电 中老铁路今年货运量创新高。\n\n(صورة: وام)\n\n图片：新华社\n\n"
            + "Photo: Olga Branko / BelTA\n\n图为12月4日，一列货运列车驶出磨憨站。新华社记者 李明 摄\n\n"
            + "Photo: The tractor plant's new line in Minsk, December 2026. REUTERS/Olga Branko\n\n"
            + "Ông Lê Văn Khải phát biểu tại lễ khởi công ở xã Tân Lập (Ảnh: TTXVN)\n\n铁路部门表示，明年将增开班列。\n"
        let a = ArticleParser.parse(text: text, file: "/x/zh.txt")
        #expect(a.count == 1)
        #expect(a.first?.body == "新华社昆明12月4日电 中老铁路今年货运量创新高。\n\n图为12月4日，一列货运列车驶出磨憨站。新华社记者 李明 摄\n\n"
            + "Photo: The tractor plant's new line in Minsk, December 2026. REUTERS/Olga Branko\n\n"
            + "Ông Lê Văn Khải phát biểu tại lễ khởi công ở xã Tân Lập (Ảnh: TTXVN)\n\n铁路部门表示，明年将增开班列。")
    }
}
