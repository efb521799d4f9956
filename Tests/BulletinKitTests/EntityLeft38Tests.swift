import Foundation
import Testing
@testable import BulletinKit

/// A title's field read as a name in Vietnamese (NameFinder+Left38.swift), seen in the reader's sidebar in the
/// thirty-fourth session. Texts written here; each rule has a must-find and a must-not-find check.
@Suite struct EntityLeft38Tests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func aFieldsFirstSyllableAfterATitleIsNoPerson() {
        let e = extract("Bà Đinh Thị Loan, Trưởng ban Tuyên giáo của huyện, cho biết Phó Trưởng ban Kinh tế sẽ dự họp cùng Trưởng ban Phụ nữ của xã.", "vi")
        let people = names(e, .person)
        #expect(people.contains("Đinh Thị Loan"), "\(all(e))")
        #expect(!people.contains("Tuyên") && !people.contains("Kinh") && !people.contains("Phụ"), "\(all(e))")
        // A given name alone after a title, a verb after it, stays a person.
        let f = extract("Chủ tịch Khải đã ký quyết định thành lập trường mới ở huyện Cư Kuin.", "vi")
        #expect(names(f, .person).contains("Khải"), "\(all(f))")
    }

    @Test func aWholeFieldBeforeAVietnameseNameIsNotPartOfIt() {
        let e = extract("Bộ trưởng Công Thương Ngô Đức Bảo đã tiếp đoàn doanh nghiệp tại Hà Nội hôm thứ Ba.", "vi")
        let people = names(e, .person)
        #expect(people.contains("Ngô Đức Bảo"), "\(all(e))")
        #expect(!people.contains { $0.contains("Công Thương") }, "\(all(e))")
        // A name whose first syllables are no field is left whole.
        let f = extract("Ông Mai Văn Thịnh và bà Lương Thị Hoa đã tiếp đoàn doanh nghiệp tại Hà Nội hôm thứ Ba.", "vi")
        #expect(names(f, .person).contains("Mai Văn Thịnh") && names(f, .person).contains("Lương Thị Hoa"), "\(all(f))")
    }

    @Test func aFamilyNameThatIsACountrysShortNameOpensAPerson() {
        let e = extract("Tiền vệ Thái Quốc Bảo ghi bàn thắng duy nhất, ông Thái Minh Tuấn cho biết sau trận đấu.", "vi")
        let people = names(e, .person)
        #expect(people.contains("Thái Quốc Bảo") && people.contains("Thái Minh Tuấn"), "\(all(e))")
        #expect(!e.entities.contains { $0.type == .country }, "\(all(e))")
        // The country's name, a province named with it, and the people of the country are left as they are.
        let f = extract("Đoàn Thái Lan đến tỉnh Thái Bình hôm qua; nhiều người Thái đã tới xem.", "vi")
        #expect(f.entities.contains { $0.type == .country && $0.name == "Thailand" }, "\(all(f))")
        #expect(!names(f, .person).contains { $0.hasPrefix("Thái") }, "\(all(f))")
    }

    /// (Countries, any language.) "ČR" (Czechia) is matched with its mark: "CR" in a French laboratory's acronym is no
    /// country.
    @Test func aMarkedShortCountryFormNeedsItsMark() {
        let e = extract("Le Centre de recherche en paléontologie de Paris (CR2P), qui cosigne l'étude, a publié ses résultats.", "fr")
        #expect(!e.entities.contains { $0.type == .country }, "\(all(e))")
        let f = extract("Premiér řekl, že ČR bude pokračovat v reformách.", "cs")
        #expect(f.entities.contains { $0.type == .country && $0.name == "Czechia" }, "\(all(f))")
    }

    /// (Any language.) A saved sports page's section labels in capitals are no bodies; a real acronym still is.
    @Test func sectionLabelsInCapitalsAreNoNames() {
        let e = extract("Dordoi won the derby on Sunday.\n\nRESULTS, round 12:\n\nDordoi 2-0 Alga\n\nFIXTURES (Saturday):\n\nAbdysh-Ata v Alay\n\nThe FFKR fined both clubs.", "en")
        let bodies = names(e, .organization)
        #expect(!bodies.contains("RESULTS") && !bodies.contains("FIXTURES"), "\(all(e))")
        #expect(bodies.contains("FFKR"), "\(all(e))")
    }
}
