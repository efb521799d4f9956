import Foundation
import Testing
@testable import BulletinKit

/// The general causes behind a blind set's errors in English, French and Arabic (NameFinder+S44a.swift). Texts written
/// here, with other names and other sentences than the blind set's; each rule has a must-find check and, where a wrong
/// reading is near, a must-not-find one.
@Suite struct EntityS44aTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Latin script

    @Test func aNameBeforeALegalFormIsABody() {
        let e = extract("The payroll software is supplied by Datapoint Vardar DOOEL Bitola, a firm owned by Ilija Trajkovski.", "en")
        #expect(names(e, .organization).contains("Datapoint Vardar DOOEL Bitola"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.hasPrefix("Datapoint") }, "\(all(e))")
        let f = extract("The tunnel was leased to the cooperative \"Aurora del Sur Minera Ltda.\", one of many in the region, officials said.", "en")
        #expect(names(f, .organization).contains("Aurora del Sur Minera Ltda"), "\(all(f))")
        #expect(!names(f, .organization).contains("Sur Minera Ltda"), "\(all(f))")
    }

    @Test func aClubPrefixAndANameIsAClub() {
        let e = extract("Le TP Kasenga a battu dimanche une équipe de Likasi lors du championnat national, et Kasenga reste en tête de la ligue.", "fr")
        #expect(names(e, .organization).contains("TP Kasenga"), "\(all(e))")
        #expect(!names(e, .person).contains("Kasenga"), "\(all(e))")
        // "Kasenga" alone is the same club, grouped with its full name.
        let clubs = e.entities.filter { $0.type == .organization && ($0.name == "Kasenga" || $0.aliases.contains("Kasenga")) }
        #expect(clubs.allSatisfy { $0.name == "TP Kasenga" || $0.aliases.contains("TP Kasenga") }, "\(all(e))")
    }

    @Test func aNameListedWithPlacesIsAPlace() {
        let e = extract("Water was cut on Monday for residents in Kumanovo, Tetovo, Dolno Kolicani and Veles after a pipe burst.", "en")
        #expect(names(e, .place).contains("Dolno Kolicani"), "\(all(e))")
        #expect(!names(e, .person).contains("Dolno Kolicani"), "\(all(e))")
        // A list of people stays people.
        let f = extract("The award went to Amina Diallo, Kofi Mensah and Ama Serwaa on Friday in Accra.", "en")
        #expect(names(f, .person).contains("Kofi Mensah"), "\(all(f))")
    }

    @Test func aCountrysNameAfterANounOfPlaceIsThatPlace() {
        let e = extract("Les barges ont remonté le fleuve Niger jusqu'à Mopti, a indiqué mardi un responsable malien à Bamako.", "fr")
        #expect(names(e, .place).contains("fleuve Niger"), "\(all(e))")
        #expect(!e.countries.contains("NE"), "\(e.countries)")
        let f = extract("Les inspecteurs ont visité les marchés Dantokpa, Ganhi, Togo et Zongo à Cotonou jeudi.", "fr")
        #expect(!f.countries.contains("TG"), "\(f.countries) \(all(f))")
        #expect(names(f, .place).contains("Togo"), "\(all(f))")
        let h = extract("Les pirogues ont atteint les villages isolés, comme Mokabi et Bonga-Liboko, accessibles par le fleuve.", "fr")
        #expect(names(h, .place).contains("Mokabi"), "\(all(h))")
        #expect(names(h, .place).contains("Bonga-Liboko"), "\(all(h))")
        // The country itself stays.
        let g = extract("Les barges ont remonté le fleuve jusqu'au Niger, a indiqué mardi un responsable à Niamey.", "fr")
        #expect(g.countries.contains("NE"), "\(g.countries)")
    }

    @Test func aMinistryOfXGoesOnOverAndY() {
        let e = extract("The Ministry of Mining and Hydrocarbons said on Tuesday that the ban would be lifted in March.", "en")
        #expect(names(e, .organization).contains("Ministry of Mining and Hydrocarbons"), "\(all(e))")
        #expect(!names(e, .organization).contains("Ministry of Mining"), "\(all(e))")
    }

    // MARK: Arabic

    @Test func aCountWordIsNoPlace() {
        let e = extract("وقالت الوزارة إن الأمطار أغرقت الطرق في عدد من القرى، وإن الإصلاحات ستستغرق بين أربع وست سنوات في مدينة الزرقاء.", "ar")
        #expect(!names(e, .place).contains("عدد"), "\(all(e))")
        #expect(!names(e, .place).contains("أربع"), "\(all(e))")
        #expect(!names(e, .place).contains("ست"), "\(all(e))")
    }

    @Test func aRomanEraNamesNoCountry() {
        let e = extract("وكشفت الحفريات عن أرضية فسيفساء تعود إلى العهد الروماني قرب مدينة مأدبا.", "ar")
        #expect(!e.countries.contains("RO"), "\(e.countries) \(all(e))")
        let f = extract("ووصل وزير الخارجية الروماني إلى عمان أمس في زيارة رسمية.", "ar")
        #expect(f.countries.contains("RO"), "\(f.countries) \(all(f))")
    }

    @Test func aBodyEndsBeforeAnIndefiniteConjunct() {
        let e = extract("ونفذ المشروع بتمويل من الصندوق الكويتي للتنمية الاقتصادية العربية ودعم من وزارة الزراعة.", "ar")
        #expect(!names(e, .organization).contains { $0.hasSuffix("ودعم") }, "\(all(e))")
        #expect(names(e, .organization).contains { $0.hasPrefix("الصندوق الكويتي") }, "\(all(e))")
    }

    @Test func aBodyGoesOnOverAnAdjectiveAndACountrysAdjective() {
        let e = extract("رحبت وزارة الطاقة والتنمية المستدامة الأردنية بالقرار، وقالت إن العمل سيبدأ قريبا.", "ar")
        #expect(names(e, .organization).contains("وزارة الطاقة والتنمية المستدامة الأردنية"), "\(all(e))")
        #expect(!names(e, .organization).contains("وزارة الطاقة والتنمية"), "\(all(e))")
        #expect(e.countries.contains("JO"), "\(e.countries)")
    }

    @Test func aTitleAndNameWordsBeforeACommaAreAPerson() {
        let e = extract("وقالت نائبة الوزير آنا كوبيليدزه، في تصريح للصحفيين، إن الإنتاج سيستأنف قريبا.", "ar")
        #expect(names(e, .person).contains("آنا كوبيليدزه"), "\(all(e))")
        let g = extract("وقال الدليل السياحي سامر الحوراني، الذي يعمل في الموقع منذ سنوات، إن الزوار عادوا.", "ar")
        #expect(names(g, .person).contains("سامر الحوراني"), "\(all(g))")
        // A title before common words is no person.
        let h = extract("ودفع صاحب الشركة مبالغ كبيرة، بحسب التحقيقات، إلى الموظفين.", "ar")
        #expect(names(h, .person).isEmpty, "\(all(h))")
        let f = extract("وصرح رئيس النيابة المستشار فهد سالم بوحمد بأن المحكمة أجلت القضية.", "ar")
        #expect(names(f, .person).contains("فهد سالم بوحمد"), "\(all(f))")
    }

    @Test func anAirportNamedAfterAPersonIsAPlace() {
        let e = extract("وأقلعت الرحلة الأولى من مطار نايف الدولي صباح الجمعة باتجاه مدينة باكو.", "ar")
        #expect(names(e, .place).contains("مطار نايف الدولي"), "\(all(e))")
        #expect(!names(e, .person).contains("نايف"), "\(all(e))")
    }

    @Test func aQuotedFirmIsABodyWithoutItsLegalForm() {
        let e = extract("وحصلت شركة \"النخلة الخضراء للتجارة ذ.م.م\" على العقد بعد المناقصة.", "ar")
        #expect(names(e, .organization).contains("النخلة الخضراء للتجارة"), "\(all(e))")
    }
}
