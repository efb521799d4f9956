import Foundation
import Testing
@testable import BulletinKit

/// Uzbek, Azerbaijani and Malay detection and the rules of the thirtieth session for Uzbek, Azerbaijani, Indonesian and
/// Malay (NameFinder+Left30Asia.swift). Texts written here, with other names than the articles they were seen in
/// (holdout56); every rule has a must-find and a must-not-find check.
@Suite struct EntityLeft30AsiaTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    // MARK: Language detection

    @Test(arguments: [
        ("Samarqand viloyati hokimi yangi maktab qurilishi bilan tanishdi. Loyiha uchun davlat tomonidan 12 milliard so‘m ajratildi va ishlar 2026 yilda yakunlanadi.", "uz"),
        ("Gəncə şəhərində yeni xəstəxana istifadəyə verilib. Nazir bildirib ki, layihə üçün dövlət tərəfindən 40 milyon manat ayrılıb və tikinti iki il ərzində başa çatıb.", "az"),
        ("Kerajaan negeri akan membina dua buah sekolah baharu di Kuala Terengganu kerana bilangan murid meningkat, kata pengarah pendidikan negeri itu. Beliau berkata peruntukan sebanyak RM40 juta telah diluluskan selepas mesyuarat.", "ms"),
        ("Pemerintah daerah akan membangun dua sekolah baru di Kupang karena jumlah siswa meningkat, kata kepala dinas pendidikan. Menurutnya, anggaran sebesar Rp40 miliar sudah disetujui setelah rapat.", "id"),
        ("Belediye, kentte yeni bir hastane inşa edeceğini açıkladı. Proje için 40 milyon lira ayrıldı ve çalışmalar iki yıl içinde tamamlanacak.", "tr"),
        ("The council said a new hospital would be built in the town. The project will cost 40 million dollars and work is due to end in two years.", "en"),
    ])
    func detectsUzbekAzerbaijaniAndMalay(text: String, code: String) {
        #expect(LanguageDetector.detect(text) == code)
    }

    /// A sentence with one Indonesian or Malay word beside the words they share: that word decides; none, Indonesian.
    @Test func malayAndIndonesianShortTexts() {
        #expect(LanguageDetector.detect("Harga beras naik kerana bekalan kurang di pasar itu.") == "ms")
        #expect(LanguageDetector.detect("Harga beras naik karena pasokan kurang di pasar itu.") == "id")
        #expect(LanguageDetector.detect("Harga beras yang naik di pasar itu.") == "id")
    }

    // MARK: Countries

    @Test func uzbekAzerbaijaniAndMalayCountryNames() {
        #expect(extract("Toshkent (UzA). Delegatsiya O‘zbekiston va Qozog‘iston chegarasida bo‘ldi.", "uz").countries.contains("KZ"))
        #expect(extract("Bakı. Azərbaycan və Gürcüstan nümayəndələri görüşüb.", "az").countries.contains("GE"))
        #expect(extract("PUTRAJAYA: Menteri itu melawat Jepun dan Perancis minggu lalu.", "ms").countries.contains("JP"))
        // "Tunis" is the capital in the news of other languages, not Tunisia.
        #expect(!extract("The talks were held in Tunis on Monday, officials said.", "en").countries.contains("TN"))
    }

    @Test func turkicSuffixedCountries() {
        let e = extract("Prezident Gürcüstanın nümayəndə heyətini qəbul edib. Heyət sonra Türkmənistana yola düşüb.", "az")
        #expect(e.countries.contains("GE"), "\(e.countries)")
        #expect(e.countries.contains("TM"), "\(e.countries)")
        let u = extract("Delegatsiya Xitoyga jo‘nab ketdi. Chingiz Rahmonov Buxoroda so‘zladi.", "uz")
        #expect(u.countries.contains("CN"), "\(u.countries)")
        #expect(u.countries == ["CN"], "\(u.countries)")
    }

    // MARK: Uzbek and Azerbaijani

    @Test func turkicSurnameCaseEndings() {
        let e = extract("Vazir Jamshid Xo‘jayevning bayonotiga ko‘ra, loyiha kelasi yil tugaydi. Dilnoza Rahimova ham qatnashdi.", "uz")
        #expect(names(e, .person).contains("Jamshid Xo‘jayev"), "\(all(e))")
        #expect(!names(e, .person).contains("Dilnoza Rahimov"), "\(all(e))")
        #expect(names(e, .person).contains("Dilnoza Rahimova"), "\(all(e))")
    }

    @Test func turkicHeadsMakeBodiesAndPlaces() {
        let e = extract("Farg‘ona viloyatidagi Quvasoy sement zavodi yangi liniyani ishga tushirdi. U Belarus kompaniyalari bilan hamkorlik qiladi.", "uz")
        #expect(names(e, .organization).contains("Quvasoy sement zavodi"), "\(all(e))")
        #expect(names(e, .place).contains("Farg‘ona viloyatidagi"), "\(all(e))")
        #expect(!names(e, .organization).contains("Belarus kompaniyalari"), "\(all(e))")
    }

    @Test func turkicQuotedBodies() {
        let e = extract("Gəncə. \"Şimal Taxıl\" MMC yeni anbar tikib. Şirkətin rəhbəri bildirib ki, «Azərbaycan» qəzetinə müsahibə verəcək.", "az")
        #expect(names(e, .organization).contains { $0.contains("Şimal Taxıl") }, "\(all(e))")
        #expect(!names(e, .person).contains("Şimal Taxıl"), "\(all(e))")
    }

    @Test func turkicNamedAfter() {
        let e = extract("Tələbələr Nizami Gəncəvi adına Gəncə Dövlət Universitetində toplaşıb.", "az")
        #expect(names(e, .organization).contains { $0.hasPrefix("Nizami Gəncəvi adına") }, "\(all(e))")
        #expect(!names(e, .person).contains("Nizami Gəncəvi"), "\(all(e))")
    }

    @Test func turkicTitlesAndOpeners() {
        let e = extract("Görüşdə Baş nazir Elmar Qasımzadə çıxış edib. Tomonlar Prezident Rustam Aliqulov bilan uchrashdi.", "az")
        #expect(names(e, .person).contains("Elmar Qasımzadə"), "\(all(e))")
        #expect(!names(e, .person).contains { $0.hasPrefix("Görüşdə") || $0.hasPrefix("Baş") || $0.hasPrefix("Prezident") }, "\(all(e))")
    }

    @Test func turkicInnerCaseEndingsSplitNames() {
        let e = extract("Shuningdek, 2027 yil kuzida Buxoroda Tojikiston madaniyati kunlari o‘tkaziladi.", "uz")
        #expect(!all(e).contains { $0.contains("Buxoroda Tojikiston") }, "\(all(e))")
        #expect(e.countries.contains("TJ"), "\(e.countries)")
    }

    @Test func turkicDatelinesAndCasePlaces() {
        let e = extract("Namangan, 5-noyabr (UzA). Musobaqa kelasi oy Qo‘qonda bo‘lib o‘tadi, dedi Anvar Tursunov. Mukofotni Tursunovga topshirishdi.", "uz")
        #expect(names(e, .place).contains("Namangan"), "\(all(e))")
        #expect(names(e, .place).contains("Qo‘qonda"), "\(all(e))")
        #expect(!names(e, .place).contains("Tursunovga"), "\(all(e))")
    }

    @Test func turkicAcronymsNumeralsAndSites() {
        let e = extract("Bakı. AZAL-ın yeni reysi XIV turdan sonra açılacaq, Report.az yazır.", "az")
        #expect(names(e, .organization).contains("AZAL"), "\(all(e))")
        #expect(names(e, .organization).contains("Report.az"), "\(all(e))")
        #expect(!all(e).contains { $0.hasSuffix("XIV") }, "\(all(e))")
    }

    // MARK: Kazakh and Belarusian

    @Test func kazakhCasePlacesAndTitles() {
        let e = extract("Астана. Ұшақ Павлодарға қонды. Премьерінің айтуынша, Нұрлан Сапаров Семейде болады.", "kk")
        #expect(names(e, .place).contains("Павлодарға"), "\(all(e))")
        #expect(!all(e).contains { $0.contains("Премьерінің") }, "\(all(e))")
        #expect(!names(e, .place).contains("Сапаров"), "\(all(e))")
    }

    @Test func kazakhLinesAndNamedAfter() {
        let e = extract("Жезқазған – Бейнеу теміржолы ашылды. Шоқан Уәлиханов атындағы Көкшетау университеті жаңа оқу жылын бастады.", "kk")
        #expect(names(e, .place).contains("Жезқазған – Бейнеу теміржолы"), "\(all(e))")
        #expect(names(e, .place).contains("Бейнеу"), "\(all(e))")
        #expect(names(e, .organization).contains("Шоқан Уәлиханов атындағы Көкшетау университеті"), "\(all(e))")
        #expect(!names(e, .person).contains("Шоқан Уәлиханов"), "\(all(e))")
    }

    @Test func belarusianShortCountries() {
        let e = extract("Мінск. Дэлегацыя з Ірака прыбыла ў Палацы Рэспублікі. Кіраўнік Мікалай Аманаў выступіў.", "be")
        #expect(e.countries.contains("IQ"), "\(e.countries)")
        #expect(!e.countries.contains("PW"), "\(e.countries)")
        #expect(!e.countries.contains("OM"), "\(e.countries)")
    }

    @Test func belarusianNamedAfter() {
        let e = extract("Гомель. Гомельскі дзяржаўны ўніверсітэт імя Ф. Скарыны падпісаў дамову. Ф. Скарына нарадзіўся ў Полацку.", "be")
        #expect(names(e, .organization).contains { $0.hasSuffix("імя Ф. Скарыны") }, "\(all(e))")
        #expect(!names(e, .organization).contains("Гомельскі дзяржаўны ўніверсітэт"), "\(all(e))")
    }

    // MARK: Indonesian and Malay

    @Test func malayHonorificsAndGivenNames() {
        let e = extract("KUALA TERENGGANU: Menteri Besar, Datuk Seri Ahmad Zulkifli Hashim berkata projek itu siap. Menurut Ahmad, kos projek meningkat.", "ms")
        #expect(names(e, .person).contains("Ahmad Zulkifli Hashim"), "\(all(e))")
        #expect(!names(e, .person).contains("Datuk Seri Ahmad Zulkifli Hashim"), "\(all(e))")
        // "Ahmad" alone is the same person, not another.
        #expect(!names(e, .person).contains("Ahmad"), "\(all(e))")
        #expect(e.entities.filter { $0.type == .person }.count == 1, "\(all(e))")
    }

    @Test func malayCalendarNumbersAndLoneTitles() {
        let e = extract("KUANTAN: Dua Negara itu berunding pada Khamis. Timbalan itu hadir bersama Norhayati Ismail.", "ms")
        #expect(!all(e).contains { $0.contains("Khamis") || $0.contains("Negara") || $0.hasSuffix(":Timbalan") }, "\(all(e))")
        #expect(names(e, .person).contains("Norhayati Ismail"), "\(all(e))")
    }

    @Test func indonesianLegalFormsAndRegions() {
        let e = extract("Jakarta (ANTARA) - PT Sinar Bahari Nusantara dan Perum Damri menandatangani kontrak di Kabupaten Ngawi. Bupati Ngawi Wahyu Santoso Hadi hadir.", "id")
        #expect(names(e, .organization).contains("PT Sinar Bahari Nusantara"), "\(all(e))")
        #expect(names(e, .organization).contains("Perum Damri"), "\(all(e))")
        #expect(names(e, .person).contains("Wahyu Santoso Hadi"), "\(all(e))")
        #expect(!names(e, .person).contains("Ngawi Wahyu Santoso Hadi"), "\(all(e))")
    }

    @Test func malayBodiesEndingInCountriesAndPlaceNouns() {
        let e = extract("KEMAMAN: Persatuan Penternak Ayam Malaysia berkata banjir melanda daerah Kemaman dan Dungun sejak semalam.", "ms")
        #expect(names(e, .organization).contains("Persatuan Penternak Ayam Malaysia"), "\(all(e))")
        #expect(names(e, .place).contains("Dungun"), "\(all(e))")
        #expect(!names(e, .person).contains("Dungun"), "\(all(e))")
    }
}
