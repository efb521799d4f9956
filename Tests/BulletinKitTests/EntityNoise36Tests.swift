import Foundation
import Testing
@testable import BulletinKit

/// Sidebar noise a user review found in the thirty-fifth session (Arabic conjunctions glued to Latin names, photo credits
/// read as places, Ukrainian cases of known people split off as other people). Texts written here; each rule has a
/// must-find and a must-not-find check.
@Suite struct EntityNoise36Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func anArabicConjunctionAfterALatinNameIsNoPartOfIt() {
        let e = extract("عقدت القمة في موسكو يوم 4 ديسمبر. شاركت NASA و ESA في المؤتمر إلى جانب Roscosmos ب الاتفاق.", "ar")
        let orgs = names(e, .organization)
        #expect(orgs.contains("NASA"), "\(all(e))")
        #expect(orgs.contains("ESA"), "\(all(e))")
        #expect(!e.entities.contains { $0.name.contains("و") || $0.name.hasSuffix(" ب") }, "\(all(e))")
        // A Latin name with its own initial still takes it.
        let f = extract("Ambassador John F. Kennedy Jr. met the delegation in Minsk.", "en")
        #expect(names(f, .person).contains { $0.hasPrefix("John F. Kennedy") }, "\(all(f))")
    }

    @Test func aPhotoCreditEndingItsLineIsAPerson() {
        let e = extract("Hà Nội, 5/5 (TTXVN) - Thủ tướng tiếp Đại sứ Belarus tại Hà Nội. Ảnh: Nhật Bắc\n\nHai bên nhất trí thúc đẩy hợp tác.", "vi")
        #expect(names(e, .person).contains("Nhật Bắc"), "\(all(e))")
        #expect(!names(e, .place).contains("Nhật Bắc"), "\(all(e))")
        let p = extract("Hà Nội, 5/5 (TTXVN) - Thủ tướng tiếp Đại sứ Belarus (Ảnh: Minh Đức).", "vi")
        #expect(names(p, .person).contains("Minh Đức"), "\(all(p))")
        // A picture of a known place is no photographer.
        let f = extract("Hà Nội, 5/5 (TTXVN) - Du khách đổ về thủ đô. Ảnh: Hà Nội\n\nThời tiết đẹp.", "vi")
        #expect(!names(f, .person).contains("Hà Nội"), "\(all(f))")
    }

    @Test func aUkrainianCaseOfAKnownPersonIsThatPerson() {
        let e = extract("КИЇВ, 5 травня. Демченко прокоментував заяву Олександра Лукашенка про переговори. Зустріч з Лукашенком відбудеться.", "uk")
        let lukashenko = e.entities.filter { $0.name == "Alexander Lukashenko" }
        #expect(lukashenko.count == 1, "\(all(e))")
        #expect(lukashenko.first?.aliases.contains("Олександра Лукашенка") == true, "\(all(e))")
        #expect(lukashenko.first?.aliases.contains("Лукашенком") == true, "\(all(e))")
        #expect(!names(e, .place).contains("Олександра"), "\(all(e))")
    }

    @Test func anotherGivenNameBeforeAKnownSurnameIsAnotherPerson() {
        let e = extract("МИНСК, 5 мая. Заявление Виктора Лукашенко о переговорах прозвучало накануне.", "ru")
        #expect(!e.entities.contains { $0.name == "Alexander Lukashenko" }, "\(all(e))")
        #expect(names(e, .person).contains("Виктора Лукашенко"), "\(all(e))")
        let u = extract("КИЇВ, 5 травня. Заява Віктора Лукашенка про переговори.", "uk")
        #expect(!u.entities.contains { $0.name == "Alexander Lukashenko" }, "\(all(u))")
        // The entry's own given name, in another case, is still the entry.
        let f = extract("МИНСК, 5 мая. Встреча Александра Лукашенко с делегацией прошла в Минске.", "ru")
        #expect(f.entities.contains { $0.name == "Alexander Lukashenko" && $0.aliases.contains("Александра Лукашенко") }, "\(all(f))")
    }

    @Test func aCompanysLastWordMakesItACompanyInAnyLanguage() {
        let e = extract("Nha Trang, 5/5 (TTXVN) - Tỉnh đang phối hợp với Vietjet Air mở thêm đường bay đến Đài Bắc.", "vi")
        #expect(names(e, .organization).contains("Vietjet Air"), "\(all(e))")
        #expect(!names(e, .person).contains("Vietjet Air"), "\(all(e))")
        let n = extract("MINSK, May 5. The ministry signed a deal with Kestrel Holdings on Monday.", "en")
        #expect(names(n, .organization).contains("Kestrel Holdings"), "\(all(n))")
    }

    @Test func aNameWrittenWithAndWithoutAClitickIsOneEntity() {
        let e = extract("جدة (واس) - دعا مطار الملك خالد الدولي المسافرين إلى الصبر. وتأخرت رحلات بمطار الملك خالد الدولي أمس.", "ar")
        let airports = e.entities.filter { $0.type == .place && $0.name.contains("مطار") }
        #expect(airports.count == 1, "\(all(e))")
        #expect(airports.first?.name == "مطار الملك خالد الدولي", "\(all(e))")
        #expect(airports.first?.mentions == 2, "\(all(e))")
        let u = extract("جدة (واس) - وقال مسؤول في جامعة الملك سعود إن الدراسة تستمر. واحتفل الطلاب بجامعة الملك سعود أمس.", "ar")
        let universities = u.entities.filter { $0.type == .organization && $0.name.contains("جامعة") }
        #expect(universities.count == 1, "\(all(u))")
        #expect(universities.first?.mentions == 2, "\(all(u))")
    }

    @Test func aFrenchPossessiveOpeningASentenceIsNoLegalForm() {
        let e = extract("MINSK, 5 mai. La cathédrale a été construite en sept ans. Sa consécration a été retransmise en direct.", "fr")
        #expect(!e.entities.contains { $0.name.hasPrefix("Sa ") }, "\(all(e))")
        // The legal form itself still ends a company's name.
        let f = extract("PARIS, 5 mai. Le contrat a été signé avec Technip Energies SA et Vinci Construction.", "fr")
        #expect(names(f, .organization).contains { $0.hasPrefix("Technip") }, "\(all(f))")
    }
}
