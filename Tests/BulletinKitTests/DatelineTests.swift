import Foundation
import Testing
@testable import BulletinKit

/// Dates written in words at an article's dateline (`Dateline`), per language, and how the
/// parser and the loader use them. Expected "YYYY-MM-DD", or "*-MM-DD" for a dateline without a year.
@Suite struct DatelineTests {
    private func check(_ parses: [(String, String)], _ rejects: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for (line, want) in parses {
            let f = Dateline.find(line)
            let got = f.map { ($0.year == nil ? "*" : String(format: "%04d", $0.year!)) + String(format: "-%02d-%02d", $0.month, $0.day) }
            #expect(got == want, "\(line)", sourceLocation: sourceLocation)
        }
        for line in rejects {
            #expect(Dateline.find(line) == nil, "\(line)", sourceLocation: sourceLocation)
        }
    }

    /// Lines that are no dateline in any language.
    private let common = [
        "Call +84 24 3825 1234 for tickets.",
        "Tel: 0241-234-5678",
        "Arsenal 4-2 Chelsea in a thrilling match.",
        "4-2 was the final score.",
        "The score was 4-2 at half time.",
        "The 2026 budget passed with 312 votes.",
    ]

    @Test func webPageTimeStamps() {
        check([
            ("December 4, 2026 10:00", "2026-12-04"),
            ("December 4, 2026 at 10:00 a.m. EST", "2026-12-04"),
            ("4 December 2026 10:00 GMT", "2026-12-04"),
            ("Thu 4 Dec 2026 10.00 GMT", "2026-12-04"),
            ("Published December 4, 2026", "2026-12-04"),
            ("Updated: 2026-12-04", "2026-12-04"),
            ("2026-12-04 10:00", "2026-12-04"),
            ("04.12.2026, 10:30", "2026-12-04"),
            ("Publié le 04/12/2026 à 10h30", "2026-12-04"),
            ("Mis à jour le 4 décembre 2026 à 10h30", "2026-12-04"),
            ("Thứ năm, 4/12/2026, 08:30 (GMT+7)", "2026-12-04"),
            ("Опубликовано: 04.12.2026, 10:30", "2026-12-04"),
        ], common + [
            "Published December 4, 2026 by the ministry of trade",
            "December 4, 2026 was a cold day in Minsk.",
            "Updated: see the table below",
        ])
    }

    @Test func english() {
        check([
            ("4 December 2026", "2026-12-04"),
            ("December 4, 2026", "2026-12-04"),
            ("Dec. 4, 2026", "2026-12-04"),
            ("Thursday, December 4, 2026", "2026-12-04"),
            ("Thu, Dec 4, 2026 - The central bank cut its rate.", "2026-12-04"),
            ("HANOI, Dec 4 (Reuters) - Vietnam's exports rose.", "*-12-04"),
            ("LIMA, Dec 4 (Reuters) - Landslides cut Peru's Central Highway.", "*-12-04"),
            ("MOSCOW, December 4. /TASS/. The Kremlin said.", "*-12-04"),
            ("December 4th, 2026", "2026-12-04"),
            ("Feb. 29, 2024", "2024-02-29"),
            ("ANTOFAGASTA, Chile, Dec. 4 (Xinhua) -- Two Chinese companies", "*-12-04"),
            ("COUVA, Trinidad and Tobago, Dec. 5 (Xinhua) -- A plant", "*-12-05"),
            ("CAIRO/JERUSALEM, Dec 3 (Reuters) - Egypt will reopen", "*-12-03"),
            ("ASTANA, December 2. Kazinform – Kazakh and Hungarian companies", "*-12-02"),
        ], common + [
            "the deal signed on 12 March 2019 was the first.",
            "The deal signed on 12 March 2019 was the first.",
            "On 4 December 2026, the minister met the press.",
            "12 March 2019 was the day the deal was signed.",
            "31 February 2026",
            "February 29, 2025",
            "HANOI, Feb 30 (Reuters) - Text.",
            "WASHINGTON (AP) — The Senate voted on Thursday.",
            "By Femi Adebayo",
            "LIMA, Dec 4 Landslides cut the highway.",
            "On Thursday, Dec 4 (local time), the talks ended.",
            "Belarus and Zimbabwe signed a deal on 3 December 2026 (BelTA).",
        ])
    }

    @Test func french() {
        check([
            ("4 décembre 2026", "2026-12-04"),
            ("jeudi 4 décembre 2026", "2026-12-04"),
            ("Jeudi 4 decembre 2026", "2026-12-04"),
            ("1er décembre 2026", "2026-12-01"),
            ("Marrakech - 04/12/2026 (MAP) - La circulation a été interrompue jeudi.", "2026-12-04"),
            ("PARIS, 4 déc (AFP) - Le gouvernement a annoncé.", "*-12-04"),
        ], common + [
            "Le contrat signé le 12 mars 2019 a été renégocié.",
            "Dakar (AFP) - Le Premier ministre a annoncé vendredi.",
            "31 février 2026",
            "30 février 2026",
        ])
    }

    @Test func spanish() {
        check([
            ("4 de diciembre de 2026", "2026-12-04"),
            ("Jueves, 4 de diciembre de 2026", "2026-12-04"),
            ("Bogotá, 4 dic (EFE).- Los primeros trenes comenzaron las pruebas.", "*-12-04"),
            ("Santiago de Chile, 4 dic (EFE).- Un incendio forestal.", "*-12-04"),
            ("Madrid, 4 de diciembre de 2026.", "2026-12-04"),
            ("CHANCAY (Perú), 4 dic (EFE).- Los gobiernos de Perú y China", "*-12-04"),
            ("MONTERREY, México, 4 dic (EFE).- El Sistema de Transporte", "*-12-04"),
        ], common + [
            "El acuerdo firmado el 12 de marzo de 2019 sigue vigente.",
            "31 de febrero de 2026",
        ])
    }

    @Test func german() {
        check([
            ("4. Dezember 2026", "2026-12-04"),
            ("Donnerstag, 4. Dezember 2026", "2026-12-04"),
            ("Berlin, 4. Dezember 2026 - Die Regierung hat beschlossen.", "2026-12-04"),
            ("4.12.2026", "2026-12-04"),
            ("NEUTRAUBLING, 4. Dezember (dpa) – Der Abfüll- und Verpackungshersteller", "*-12-04"),
        ], common + [
            "Der am 12. März 2019 unterzeichnete Vertrag gilt weiter.",
            "Klagenfurt (APA/dpa) - Ein Jahr nach der Eröffnung der Koralmbahn.",
            "31. Februar 2026",
        ])
    }

    @Test func portuguese() {
        check([
            ("4 de dezembro de 2026", "2026-12-04"),
            ("quinta-feira, 4 de dezembro de 2026", "2026-12-04"),
            ("Rio de Janeiro, 4 de dezembro de 2026 - O governo anunciou.", "2026-12-04"),
        ], common + [
            "O acordo assinado em 12 de março de 2019 continua válido.",
            "Agência Brasil - Brasília",
            "31 de fevereiro de 2026",
        ])
    }

    @Test func italian() {
        check([
            ("4 dicembre 2026", "2026-12-04"),
            ("giovedì 4 dicembre 2026", "2026-12-04"),
            ("Roma, 4 dic (ANSA) - Il governo ha approvato.", "*-12-04"),
            ("(ANSA) - BRESCIA, 12 MAR - Valtrompia Meccanica ha chiuso il bilancio.", "*-03-12"),
        ], common + [
            "L'accordo firmato il 12 marzo 2019 resta in vigore.",
            "31 febbraio 2026",
        ])
    }

    @Test func russian() {
        check([
            ("4 декабря 2026 года", "2026-12-04"),
            ("четверг, 4 декабря 2026 г.", "2026-12-04"),
            ("МОСКВА, 4 декабря. /ТАСС/. Основные опоры моста.", "*-12-04"),
            ("ЯКУТСК, 4 декабря. /ТАСС/. Основные русловые опоры моста.", "*-12-04"),
            ("ОМСК, 4 дек - РИА Новости. Омский \"Авангард\" в пятницу обыграл.", "*-12-04"),
            ("ПЕРМЬ, 4 декабря. /Интерфакс-Урал/. Законодательное собрание.", "*-12-04"),
            ("ВОСТОЧНЫЙ /Амурская область/, 3 декабря. /ТАСС/. Ракета-носитель", "*-12-03"),
            ("МОСКВА. 4 декабря. ИНТЕРФАКС - Банк России отозвал лицензию", "*-12-04"),
            ("Москва. 3 декабря. INTERFAX.RU - Кировский районный суд", "*-12-03"),
        ], common + [
            "Договор, подписанный 12 марта 2019 года, действует.",
            "АСТАНА. КАЗИНФОРМ – Национальный банк сохранил ставку.",
            "31 февраля 2026 года",
            "Счёт 4-2 в пользу хозяев.",
        ])
    }

    @Test func vietnamese() {
        check([
            ("ngày 4/12/2026", "2026-12-04"),
            ("Hà Nội, ngày 4 tháng 12 năm 2026", "2026-12-04"),
            ("Thứ Năm, ngày 4/12/2026", "2026-12-04"),
            ("Cần Thơ, 4/12 (TTXVN) - Theo Sở Nông nghiệp và Môi trường.", "*-12-04"),
            ("Viêng Chăn, 4/12 (TTXVN) - Chiều 4/12, tại thủ đô Viêng Chăn.", "*-12-04"),
        ], common + [
            "Ngày 4/12, Tòa án nhân dân tỉnh Nghệ An mở phiên tòa.",
            "Hợp đồng ký ngày 12/3/2019 vẫn có hiệu lực.",
            "ngày 31/2/2026",
            "Những ngày đầu tháng 12, các bến tàu đông nghịt du khách.",
        ])
    }

    @Test func chinese() {
        check([
            ("2026年12月4日", "2026-12-04"),
            ("2026年12月4日 星期四", "2026-12-04"),
            ("新华社北京12月4日电", "*-12-04"),
            ("新华社哈尔滨12月4日电（记者郝思远）第二十八届哈尔滨冰雪大世界4日开园。", "*-12-04"),
            ("中新社合肥12月4日电 (记者 程雨桐)记者4日从中国科学技术大学获悉。", "*-12-04"),
            ("南宁12月4日讯（广西日报记者 韦丽娟）4日上午，平陆运河青年枢纽船闸迎来首次试通航。", "*-12-04"),
            ("２０２６年１２月４日", "2026-12-04"),
            ("【加德满都11月20日讯】尼泊尔能源部长表示。", "*-11-20"),
        ], common + [
            "2019年3月12日签署的协议仍然有效。",
            "记者4日从中国科学技术大学获悉。",
            "2026年2月31日",
            "比分4-2。",
        ])
    }

    @Test func arabic() {
        check([
            ("4 ديسمبر 2026", "2026-12-04"),
            ("الخميس 4 ديسمبر 2026", "2026-12-04"),
            ("٤ ديسمبر ٢٠٢٦", "2026-12-04"),
            ("الجزائر - 4 ديسمبر 2026 (واج) - أدت التساقطات الثلجية.", "2026-12-04"),
            ("الرباط - 04-12-2026 (ومع) - أفاد وزير التجهيز والماء.", "2026-12-04"),
            ("جدة 24 جمادى الآخرة 1448 هـ الموافق 04 ديسمبر 2026 م واس", "2026-12-04"),
            ("مسقط في 4 ديسمبر /العُمانية/ أعلنت اللجنة الوطنية.", "*-12-04"),
            ("الكويت - 4 - 12 (كونا) -- افتتح وزير الصحة.", "*-12-04"),
            ("4 كانون الأول 2026", "2026-12-04"),
            ("بروفيدنس (سيشل)، 5 ديسمبر (شينخوا) - دشّنت الصين وسيشل اليوم", "*-12-05"),
            ("لانتشو، الصين 24 نوفمبر 2025 - انطلق صباح اليوم", "2025-11-24"),
        ], common + [
            "في يوم 3 ديسمبر، استقبل الأمين العام تو لام.",
            "وقعت الاتفاقية في 12 مارس 2019 بين البلدين.",
            "جدة 24 جمادى الآخرة 1448 هـ واس",
            "31 فبراير 2026",
        ])
    }

    /// Other wire languages whose datelines share the forms: uk, be, pl, nl, el.
    @Test func moreLanguages() {
        check([
            ("КИЇВ, 3 грудня. /Укрінформ/. Львівський гурт", "*-12-03"),
            ("МАГІЛЁЎ, 3 снежня (БЕЛТА) – Пагадненне", "*-12-03"),
            ("WARSZAWA, 3 marca (PAP) - Polska i Litwa podpisały", "*-03-03"),
            ("DEN HAAG, 15 januari (ANP) - Nederland en België", "*-01-15"),
            ("Κάιρο, 3 Δεκεμβρίου (ΑΠΕ-ΜΠΕ) - Στο Κάιρο", "*-12-03"),
        ], common)
    }

    /// Persian copy dates itself in the Solar Hijri calendar ("تهران، ۱۳ آذر ۱۴۰۵ (ایرنا) -" is 4 December 2026) and
    /// was read as no date; its Gregorian months in Persian too ("دسامبر").
    @Test func persianSolarHijriAndGregorian() {
        check([
            ("تهران، ۱۳ آذر ۱۴۰۵ (ایرنا) - رئیس‌جمهور ایران مسعود پزشکیان", "2026-12-04"),
            ("پنجشنبه ۱۳ آذر ۱۴۰۵", "2026-12-04"),
            ("۱۳ آذر ماه ۱۴۰۵", "2026-12-04"),
            ("۱ فروردین ۱۴۰۵", "2026-03-21"),
            ("1 ارديبهشت 1405", "2026-04-21"),       // Arabic yeh, ASCII digits
            ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),          // 1403 is a leap year
            ("۱۱ دی ۱۴۰۴", "2026-01-01"),
            ("تهران، ۴ دسامبر ۲۰۲۶ (ایرنا) - دو طرف", "2026-12-04"),
        ], common + [
            "۳۰ اسفند ۱۴۰۴",                          // 1404 is not: no such day
            "تهران، ۱۳ آذر (ایرنا) - دو طرف",          // no year: no Gregorian day
            "او در ۱۳ آذر ۱۴۰۵ به تهران رفت",          // inside a sentence
            "۱۳ آذار ۲۰۲۶ کتاب",                      // the Levant's March, a sentence going on
        ])
        // The calendar against dates Iranian calendars print (Nowruz of several years).
        for (year, march) in [(1400, 21), (1401, 21), (1402, 21), (1403, 20), (1404, 21)] {
            let g = SolarHijri.gregorian(year: year, month: 1, day: 1)
            #expect(g?.year == year + 621 && g?.month == 3 && g?.day == march, "\(year): \(String(describing: g))")
        }
    }

    /// A Japanese dateline ("東京、12月4日 ―", a city, an ideographic comma, the date, a dash) was read as no date.
    @Test func japaneseDatelines() {
        check([
            ("東京、12月4日 ― 石破茂首相は4日、首相官邸で記者会見し", "*-12-04"),
            ("東京、１２月４日 — 首相は", "*-12-04"),
            ("大阪、12月4日（共同）", "*-12-04"),
            ("東京、2026年12月4日 ― 首相は", "2026-12-04"),
        ], common + [
            "東京、12月4日に首相が会見した。",
            "東京、12月4日",
            "首相は東京で会見した、12月4日 ― 発表",
        ])
        let a = ArticleParser.parse(text: "東京で日本の首相が会見\n\n東京、12月4日 ― 石破茂首相は4日、記者会見した。\n",
                                    file: "ja.txt", modified: { (2026, 12) })
        #expect(a.first?.datelineDate == "2026-12-04", "\(String(describing: a.first?.datelineDate))")
        let fa = ArticleParser.parse(text: "دیدار در تهران\n\nتهران، ۱۳ آذر ۱۴۰۵ (ایرنا) - دو طرف دیدار کردند.\n", file: "fa.txt")
        #expect(fa.first?.datelineDate == "2026-12-04", "\(String(describing: fa.first?.datelineDate))")
    }

    /// Thai copy dates itself in the Buddhist era (2569 is 2026), with abbreviated months ("ธ.ค.") and Thai
    /// digits, and puts a space, not a comma, after the city: its articles were left undated.
    @Test func thaiDatelines() {
        check([
            ("เชียงใหม่ 9 ม.ค. 2569 (สำนักข่าวไทย) - ผู้ว่าราชการจังหวัดเปิดตลาดใหม่", "2026-01-09"),
            ("เชียงใหม่, 9 มกราคม 2569 - ผู้ว่าราชการจังหวัด", "2026-01-09"),
            ("ขอนแก่น ๑๗ มี.ค. ๒๕๖๙ - เกษตรกรรวมตัวกัน", "2026-03-17"),
            ("วันอังคารที่ 17 มีนาคม พ.ศ. 2569", "2026-03-17"),
            ("วันที่ 2 ก.ค. 2569", "2026-07-02"),
            ("ภูเก็ต 2 กรกฎาคม ค.ศ. 2026 - นักท่องเที่ยว", "2026-07-02"),
            ("ภูเก็ต 2 ก.ค. (สำนักข่าวไทย) - นักท่องเที่ยว", "*-07-02"),
        ], common + [
            "เกษตรกรขายข้าวเมื่อ 9 ม.ค. 2569 ที่ผ่านมา",    // inside a sentence
            "31 ก.พ. 2569 - ข่าว",                          // no such day
            "เชียงใหม่ 9 ม.ค. 2569 ผู้ว่าราชการจังหวัด",       // a sentence going on after the date
        ])
        let a = ArticleParser.parse(text: "ตลาดใหม่ในเชียงใหม่\n\nเชียงใหม่ 9 ม.ค. 2569 (สำนักข่าวไทย) - ผู้ว่าราชการเปิดตลาด\n",
                                    file: "th.txt")
        #expect(a.first?.datelineDate == "2026-01-09", "\(String(describing: a.first?.datelineDate))")
    }

    /// Lao datelines (Lao or Western digits, a Gregorian or Buddhist-era year, a space or a comma after the city)
    /// were not read: their articles stayed undated.
    @Test func laoDatelines() {
        check([
            ("ວຽງຈັນ, 5 ທັນວາ 2026 - ຕະຫຼາດໃໝ່ເປີດແລ້ວ", "2026-12-05"),
            ("ຫຼວງພະບາງ ໑໒ ມີນາ ໒໐໒໖ (ຂປລ) - ນັກທ່ອງທ່ຽວມາຫຼາຍ", "2026-03-12"),
            ("ວັນເສົາ ທີ 5 ທັນວາ 2026", "2026-12-05"),
            ("ວັນທີ 5 ທັນວາ ປີ 2026", "2026-12-05"),
            ("ວຽງຈັນ, 5 ທັນວາ ພ.ສ. 2569 - ຕະຫຼາດ", "2026-12-05"),
            ("ວຽງຈັນ 5 ທັນວາ (ຂປລ) - ຕະຫຼາດໃໝ່", "*-12-05"),
        ], common + [
            "ຊາວນາຂາຍເຂົ້າໃນວັນທີ 5 ທັນວາ 2026 ທີ່ຜ່ານມາ",   // inside a sentence
            "31 ກຸມພາ 2026 - ຂ່າວ",                         // no such day
        ])
        let a = ArticleParser.parse(text: "ຕະຫຼາດໃໝ່ໃນວຽງຈັນ\n\nວຽງຈັນ, 5 ທັນວາ 2026 - ຕະຫຼາດໃໝ່ເປີດແລ້ວ\n", file: "lo.txt")
        #expect(a.first?.datelineDate == "2026-12-05", "\(String(describing: a.first?.datelineDate))")
    }

    /// Khmer datelines: Khmer digits, the month alone or after ខែ ("month"), the year after ឆ្នាំ ("year") or in
    /// Cambodia's Buddhist era (one year more than Thailand's: 2570 is 2026).
    @Test func khmerDatelines() {
        check([
            ("ភ្នំពេញ, ៥ ធ្នូ ២០២៦ - រដ្ឋាភិបាលបានប្រកាស", "2026-12-05"),
            ("សៀមរាប ១៨ មីនា ២០២៦ (AKP) - ភ្ញៀវទេសចរ", "2026-03-18"),
            ("ថ្ងៃទី៥ ខែធ្នូ ឆ្នាំ២០២៦", "2026-12-05"),
            ("ថ្ងៃសៅរ៍ ទី៥ ខែធ្នូ ឆ្នាំ២០២៦", "2026-12-05"),
            ("ភ្នំពេញ, ៥ ធ្នូ ព.ស. ២៥៧០ - រដ្ឋាភិបាល", "2026-12-05"),
            ("បាត់ដំបង ៣ កុម្ភៈ (AKP) - កសិករ", "*-02-03"),
        ], common + [
            "កសិករលក់ស្រូវនៅថ្ងៃទី៥ ធ្នូ ២០២៦ កន្លងមក",       // inside a sentence
            "៣១ កុម្ភៈ ២០២៦ - ព័ត៌មាន",                       // no such day
        ])
        let a = ArticleParser.parse(text: "ផ្សារថ្មីនៅភ្នំពេញ\n\nភ្នំពេញ, ៥ ធ្នូ ២០២៦ - រដ្ឋាភិបាលបានប្រកាស\n", file: "km.txt")
        #expect(a.first?.datelineDate == "2026-12-05", "\(String(describing: a.first?.datelineDate))")
    }

    /// Burmese datelines: Myanmar digits, the month (or the month with လ) before the day, ရက် ("day") after it, the
    /// year after the date or before it with ခုနှစ် ("year"), and the section mark ၊ as the comma.
    @Test func burmeseDatelines() {
        check([
            ("ရန်ကုန်၊ ဒီဇင်ဘာ ၅၊ ၂၀၂၆ - မြို့တော်ဝန်", "2026-12-05"),
            ("၂၀၂၆ ခုနှစ် ဒီဇင်ဘာလ ၅ ရက်", "2026-12-05"),
            ("နေပြည်တော်၊ ဩဂုတ် ၁၂ ရက်၊ ၂၀၂၆ - အစိုးရ", "2026-08-12"),
            ("မန္တလေး၊ မတ်လ ၁၈ (မြန်မာ့အသံ) - လယ်သမား", "*-03-18"),
        ], common + [
            "လယ်သမားများသည် ဒီဇင်ဘာ ၅၊ ၂၀၂၆ တွင် စပါးရောင်းခဲ့သည်",   // inside a sentence
            "ဖေဖော်ဝါရီ ၃၁၊ ၂၀၂၆",                                  // no such day
        ])
        let a = ArticleParser.parse(text: "ရန်ကုန်တွင် ဈေးသစ်\n\nရန်ကုန်၊ ဒီဇင်ဘာ ၅၊ ၂၀၂၆ - မြို့တော်ဝန် ဈေးသစ်ဖွင့်သည်\n", file: "my.txt")
        #expect(a.first?.datelineDate == "2026-12-05", "\(String(describing: a.first?.datelineDate))")
    }

    /// Hebrew datelines write the month after the preposition ב ("4 בדצמבר") and the weekday after יום.
    @Test func hebrewDatelines() {
        check([
            ("חיפה, 11 בנובמבר 2026 - ראש העירייה פתח את הנמל", "2026-11-11"),
            ("יום רביעי, 11 בנובמבר 2026", "2026-11-11"),
            ("11 נובמבר 2026", "2026-11-11"),
            ("באר שבע, 3 במרץ 2026 (רויטרס) - חוקרים", "2026-03-03"),
            ("חיפה, 11 בנובמבר (רויטרס) - ראש העירייה", "*-11-11"),
        ], common + [
            "ראש העירייה אמר ב-11 בנובמבר 2026 שהנמל ייפתח",  // inside a sentence
            "31 בפברואר 2026",                                // no such day
        ])
        let a = ArticleParser.parse(text: "הנמל נפתח מחדש\n\nחיפה, 11 בנובמבר 2026 - ראש העירייה פתח את הנמל.\n", file: "he.txt")
        #expect(a.first?.datelineDate == "2026-11-11", "\(String(describing: a.first?.datelineDate))")
    }

    /// A regional agency's name in quotes between the slashes ("/\"Вечерний курьер\"/") or in brackets was no
    /// agency, so a year-less dateline before it left the article undated.
    @Test func anAgencyInQuotesEndsADateline() {
        check([
            ("ТОМСК, 7 марта. /\"Вечерний курьер\"/. Мост закрыли на ремонт", "*-03-07"),
            ("LAUSANNE, 7 mars («Le Quotidien») - Le pont a été fermé", "*-03-07"),
        ], common + [
            "Мост закрыли 7 марта \"на ремонт\" в Томске",
        ])
    }

    // MARK: - In articles

    @Test func headlineAndDatelineDateTheArticle() {
        let a = ArticleParser.parse(text: "Landslides cut the highway\n\nLIMA, 4 December 2026 (Reuters) - Landslides cut the road.\n", file: "a.txt")
        #expect(a[0].datelineDate == "2026-12-04")
        #expect(a[0].shownDate == "2026-12-04")
        #expect(a[0].body.hasPrefix("LIMA, 4 December 2026"))
    }

    @Test func datelineInTheSecondLineAfterAByline() {
        let a = ArticleParser.parse(text: "Rate cut\n\nBy Femi Adebayo\n\nLAGOS, 4 December 2026 (Reuters) - The bank cut.\n", file: "a.txt")
        #expect(a[0].datelineDate == "2026-12-04")
    }

    @Test func aDateFurtherDownIsNone() {
        let text = "Deal renewed\n\nThe two firms renewed their deal.\n\nBut the deal signed on 12 March 2019 stays.\n\n4 December 2026\n"
        #expect(ArticleParser.parse(text: text, file: "a.txt")[0].shownDate == nil)
    }

    @Test func isoDateLineStillWins() {
        let a = ArticleParser.parse(text: " date 2025-05-06 LIMA, 4 December 2026 (Reuters) - Text.\n", file: "a.txt")
        #expect(a[0].date == "2025-05-06")
        #expect(a[0].datelineDate == nil)
    }

    /// `date` is what the evaluation's gold gives (ISO date lines only): a dateline in
    /// words never sets it, only `datelineDate`, which the list and the reader show.
    @Test func datelineInWordsLeavesDateNil() {
        let text = "Landslides cut the highway\n\nLIMA, 4 December 2026 (Reuters) - Landslides cut the road.\n"
        let a = ArticleParser.parse(text: text, file: "a.txt")[0]
        #expect(a.date == nil)
        #expect(a.datelineDate == "2026-12-04")
        let yearless = ArticleParser.parse(text: "Snow\n\nMOSCOW, Dec 4 (Reuters) - Snow fell.\n", file: "a.txt",
                                           modified: { (2026, 12) })[0]
        #expect(yearless.date == nil)
        #expect(yearless.datelineDate == "2026-12-04")
        let summary = ArticleSummary(a)
        #expect(summary.date == nil)
        #expect(summary.datelineDate == "2026-12-04")
        #expect(summary.shownDate == "2026-12-04")
        // A bare ISO line under the headline is still `date`, with no dateline date.
        let bare = ArticleParser.parse(text: "Snow\n\n2026-12-03\n\nMOSCOW, Dec 4 (Reuters) - Snow fell.\n", file: "a.txt")[0]
        #expect(bare.date == "2026-12-03")
        #expect(bare.datelineDate == nil)
    }

    @Test func yearlessDatelineTakesTheModificationYear() {
        let text = "Landslides\n\nLIMA, Dec 4 (Reuters) - Landslides cut the road.\n"
        #expect(ArticleParser.parse(text: text, file: "a.txt")[0].shownDate == nil)
        #expect(ArticleParser.parse(text: text, file: "a.txt", modified: { (2026, 12) })[0].datelineDate == "2026-12-04")
        // Saved in January: a December dateline is last year's.
        #expect(ArticleParser.parse(text: text, file: "a.txt", modified: { (2027, 1) })[0].datelineDate == "2026-12-04")
        // Feb 29 in a year without it is no date.
        let leap = "Snow\n\nMOSCOW, Feb 29 (Reuters) - Snow fell.\n"
        #expect(ArticleParser.parse(text: leap, file: "a.txt", modified: { (2025, 3) })[0].shownDate == nil)
        #expect(ArticleParser.parse(text: leap, file: "a.txt", modified: { (2024, 3) })[0].datelineDate == "2024-02-29")
    }

    @Test func yearlessDatelineTakesTheYearOfAnotherDateInTheFile() {
        let text = " date 2024-12-03 First story of the file.\n\n date 2024-12-04 Second one.\n"
        #expect(ArticleParser.parse(text: text, file: "a.txt").map(\.date) == ["2024-12-03", "2024-12-04"])
        let digest = """
        Landslides cut Peru's Central Highway

        LIMA, Dec 4 (Reuters) - Landslides cut the road at several points.

        Heavy snow closes the Tichka mountain pass

        Marrakech - 04/12/2025 (MAP) - La circulation a été interrompue.
        """
        let a = ArticleParser.parse(text: digest, file: "d.txt", modified: { (2026, 12) })
        #expect(a.map(\.date) == [nil, nil])
        #expect(a.map(\.datelineDate) == ["2025-12-04", "2025-12-04"])
    }

    @Test func loaderUsesTheFileModificationYear() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("zh.txt").path
        try "大瑞铁路开通运营\n\n新华社昆明12月4日电（记者段丽萍）大理至瑞丽铁路4日开通运营。\n".write(toFile: path, atomically: true, encoding: .utf8)
        let saved = Date(timeIntervalSince1970: 1_733_400_000)  // 2024-12-05 UTC
        try FileManager.default.setAttributes([.modificationDate: saved], ofItemAtPath: path)
        #expect(CorpusLoader.loadFile(path: path).articles.first?.datelineDate == "2024-12-04")
    }

    /// The index keeps the dateline date in its own column: the summaries of a warm
    /// start and the article read from the index have it, and `date` stays nil.
    @Test func indexStoresTheDatelineDate() throws {
        let f = try IndexFixture(files: [
            "wire.txt": "Landslides cut the highway\n\nLIMA, 4 December 2026 (Reuters) - Landslides cut the road.\n",
            "iso.txt": " date 2025-05-06 Talks in Minsk. The delegation met in Minsk.\n",
        ])
        _ = try f.update()
        let store = try CorpusIndex.open(path: f.db).makeStore()  // a warm start: summaries read from the index
        let wire = try #require(store.summaries.first { $0.file.hasSuffix("wire.txt") })
        #expect(wire.date == nil)
        #expect(wire.datelineDate == "2026-12-04")
        #expect(wire.shownDate == "2026-12-04")
        let iso = try #require(store.summaries.first { $0.file.hasSuffix("iso.txt") })
        #expect(iso.date == "2025-05-06")
        #expect(iso.datelineDate == nil)
        let article = try #require(store.article(id: wire.id))
        #expect(article.date == nil)
        #expect(article.datelineDate == "2026-12-04")
    }

    @Test func indexSchemaIsRebuiltForWordDates() {
        // Version 9 re-reads articles indexed before dateline dates had their own column.
        #expect(IndexSchema.version >= 9)
    }
}
