import Foundation
import Testing
@testable import BulletinKit

/// Discovery patterns found missing on scripts/entity-unseen/holdout2 (written before any rule
/// was changed for it). Each test uses other names than those articles: small places after a
/// generic noun ("у посёлка X", "the town of X", "thị xã X", "ville de X"), Russian institutions
/// with "и" and case forms of places, titles and descriptions before names, company contexts.
/// Every rule has a must-find and a must-not-find check.
@Suite struct EntityUnseenPatternTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func russianInstitutionsRunOverAndBetweenGenitives() {
        let body = """
        Министерство труда и социальной защиты Беларуси сообщило о новых правилах. Министерство торговли Армении \
        опубликовало данные. Министерство обороны и армия провели учения. Вчера Министерство юстиции Грузии ответило.
        """
        let e = extract(body, "ru")
        let orgs = names(e, .organization)
        #expect(orgs.contains { $0.hasPrefix("Министерство труда и социальной защиты") }, "\(all(e))")
        // "торговли" is a genitive, not a past plural like "сказали".
        #expect(orgs.contains { $0.hasPrefix("Министерство торговли") }, "\(all(e))")
        #expect(orgs.contains("Министерство обороны"), "\(all(e))")
        #expect(!orgs.contains { $0.contains("армия") }, "a nominative after и is no complement: \(all(e))")
        #expect(!orgs.contains { $0.hasPrefix("Вчера") }, "an adverb before a capitalized keyword: \(all(e))")
    }

    @Test func russianSettlementNounsRiversAndInstrumentalCities() {
        let body = """
        Новый цех построят у посёлка Карабалта в Чуйской области. На реке Сырдарья начались работы. В селе Кочкор \
        открыли школу. Дорогу под Степногорском соединят с Лисаковском. Встреча с Иваном Петровым прошла в пятницу.
        """
        let e = extract(body, "ru")
        let places = names(e, .place)
        for name in ["Карабалта", "Сырдарья", "Кочкор", "Степногорск", "Лисаковск"] {
            #expect(places.contains(name), "\(name) in \(all(e))")
        }
        #expect(!places.contains { $0.contains("начались") || $0.hasPrefix("На ") }, "\(all(e))")
        #expect(!places.contains { $0.hasPrefix("Иван") }, "a person after с is no city: \(all(e))")
        #expect(names(e, .person).contains("Иван Петров"), "\(all(e))")
    }

    @Test func russianFeminineCitiesAndDescriptionsBeforeNames() {
        let body = """
        В Находке открыли порт. Делегация из Сиены провела переговоры в Сиене. Затем гости побывали в Нарве и в \
        Лисаковске. Поэт Андрей Вознесенский читал стихи. Иванов Сергей выступил на форуме. Губернатор встретился с \
        Романом Бондаренко.
        """
        let e = extract(body, "ru")
        let places = names(e, .place)
        for name in ["Находка", "Сиена", "Нарва", "Лисаковск"] {
            #expect(places.contains(name), "\(name) in \(all(e))")
        }
        #expect(!places.contains("Находк") && !places.contains("Сиен") && !places.contains("Лисаковска"), "\(all(e))")
        #expect(e.entities.filter { $0.type == .place && $0.aliases.contains("Сиене") }.count == 1, "one Siena: \(all(e))")
        let people = names(e, .person)
        #expect(people.contains("Андрей Вознесенский"), "\(all(e))")
        #expect(!e.entities.contains { $0.name.hasPrefix("Поэт") }, "a description is no part of the name: \(all(e))")
        #expect(people.contains("Иванов Сергей"), "a surname first is kept: \(all(e))")
        #expect(people.contains("Роман Бондаренко"), "\(all(e))")
    }

    @Test func latinPlacesAfterASettlementNounAndOf() {
        let body = """
        Floods cut the road near the town of Quillabamba, and the mayor of the city of Chimbote asked for help. \
        Scope Ratings kept its outlook. The Ministry of Finance declared a state of emergency. Tecpetrol and \
        Argentina's Vista Energy have expressed interest.
        """
        let e = extract(body, "en")
        let places = names(e, .place)
        #expect(places.isSuperset(of: ["Quillabamba", "Chimbote"]), "\(all(e))")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Scope Ratings") && !names(e, .person).contains("Scope Ratings"), "\(all(e))")
        #expect(orgs.contains("Ministry of Finance") && !places.contains("Finance"), "\(all(e))")
        #expect(orgs.contains("Tecpetrol") && orgs.contains("Vista Energy"), "\(all(e))")
        let fr = extract("""
        Un entrepôt sera construit dans la ville de Korhogo, dans la région du Poro. Le kilo est payé 900 francs CFA \
        aux producteurs de la région.
        """, "fr")
        #expect(names(fr, .place).isSuperset(of: ["Korhogo", "Poro"]), "\(all(fr))")
        #expect(!fr.entities.contains { $0.name == "CFA" || $0.name == "Poro" && $0.type != .place }, "\(all(fr))")
        // "Le Conseil du coton et de l'anacarde …": the sentence-initial article goes, the lowercase name stays.
        let council = extract("Le Conseil du coton-anacarde, dirigé par un ancien ministre, a publié ses prix.", "fr")
        #expect(names(council, .organization).contains("Conseil du coton-anacarde"), "\(all(council))")
        #expect(!council.entities.contains { $0.name.hasPrefix("Le ") }, "\(all(council))")
        // "Un entrepôt": the French article is not the acronym UN; the acronym still is.
        #expect(!fr.entities.contains { $0.name == "United Nations" }, "\(all(fr))")
        #expect(extract("Selon l'ONU et le PNUD, l'aide a doublé.", "fr").entities.contains { $0.name == "United Nations" })
    }

    @Test func germanCompoundTitlesDescriptionsAndPlaceNouns() {
        let body = """
        Nach Angaben des Unternehmens Voltaris soll die Anlage 2030 fertig sein. EU-Kommissarin Maria Lindqvist und \
        Voltaris-Gründer Jonas Berg besuchten die Baustelle in der Hafenstadt Klaipėda. Die Nordische Investitionsbank \
        prüft eine Finanzierung. In Darmstadt Forschung zu betreiben ist teuer.
        """
        let e = extract(body, "de")
        let people = names(e, .person)
        #expect(people.isSuperset(of: ["Maria Lindqvist", "Jonas Berg"]), "\(all(e))")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Voltaris") && orgs.contains("Nordische Investitionsbank"), "\(all(e))")
        #expect(names(e, .place).contains("Klaipėda"), "\(all(e))")
        #expect(!e.entities.contains { $0.name == "Forschung" || $0.name.hasPrefix("Unternehmens") }, "\(all(e))")
    }

    @Test func vietnameseForeignPlacesAfterUnitsAndPeopleAfterMinistries() {
        let body = """
        Tại thị xã Poipet, đoàn công tác đã làm việc với chính quyền địa phương. Tàu hàng cập cảng Kuantan vào sáng nay. \
        Thứ trưởng Bộ Tài nguyên và Môi trường Lê Công Thành dẫn đầu đoàn. Ông Nguyễn Thái Bình cho biết đoàn sẽ thăm \
        tỉnh Thái Bình.
        """
        let e = extract(body, "vi")
        let places = names(e, .place)
        #expect(places.isSuperset(of: ["Poipet", "Kuantan", "Thái Bình"]), "\(all(e))")
        let people = names(e, .person)
        #expect(people.contains("Lê Công Thành") && people.contains("Nguyễn Thái Bình"), "\(all(e))")
        #expect(names(e, .organization).contains("Bộ Tài nguyên và Môi trường"), "\(all(e))")
        #expect(!e.entities.contains { $0.name.contains("dẫn") || $0.name == "Nguyễn" }, "\(all(e))")
        #expect(!people.contains("Thái Bình"), "\(all(e))")
        // NFD text reads the same.
        let nfd = extract(body.decomposedStringWithCanonicalMapping, "vi")
        #expect(names(nfd, .place).isSuperset(of: ["Poipet", "Kuantan"]), "\(all(nfd))")
        #expect(names(nfd, .person).contains("Lê Công Thành"), "\(all(nfd))")
    }

    @Test func chineseDistrictsDeputyTitlesAndTransliteratedPlaces() {
        let body = """
        新华社坎帕拉3月2日电 乌干达总统约翰·卡塔沃表示，铁路将从坎帕拉至马萨卡延伸，并连接港口城市姆万扎。部分设备由江苏省无锡市新吴区\
        的企业提供，副市长王建国出席仪式。北京和阿拉伯国家的企业也参与了投标。唐山市区的工厂已经开工。
        """
        let e = extract(body, "zh")
        let places = names(e, .place)
        for name in ["马萨卡", "姆万扎", "新吴区"] {
            #expect(places.contains(name), "\(name) in \(all(e))")
        }
        let people = names(e, .person)
        #expect(people.contains("王建国") && people.contains("约翰·卡塔沃"), "\(all(e))")
        #expect(!places.contains { $0.hasPrefix("阿拉伯") || $0.hasSuffix("市区") }, "\(all(e))")
    }

    @Test func arabicMauritanianNamesJoinedByOuld() {
        let body = """
        وقال وزير الصحة الموريتاني سيدي ولد الزحاف إن المستشفى سيفتح قريبا. وحضر الافتتاح الرئيس السابق محمد ولد عبد العزيز. \
        وقال الطبيب إن الطفل ولد في المستشفى.
        """
        let e = extract(body, "ar")
        let people = names(e, .person)
        #expect(people.contains("سيدي ولد الزحاف"), "\(all(e))")
        #expect(people.contains("محمد ولد عبد العزيز"), "\(all(e))")
        #expect(!people.contains { $0.contains(" إن") || $0.hasSuffix("في") }, "\(all(e))")
        #expect(e.countries.contains("MR"), "\(e.countries)")
    }

    @Test func countryAdjectivesOfLatinAmericaAfricaAndEurope() {
        let es = extract("La empresa colombiana firmó con el gobierno peruano y con inversores ecuatorianos.", "es")
        #expect(Set(es.countries).isSuperset(of: ["CO", "PE", "EC"]), "\(es.countries)")
        let de = extract("Die kenianische Regierung und ein kroatisches Unternehmen unterzeichneten den Vertrag.", "de")
        #expect(Set(de.countries).isSuperset(of: ["KE", "HR"]), "\(de.countries)")
        let ru = extract("Датская компания и ангольское правительство подписали соглашение.", "ru")
        #expect(Set(ru.countries).isSuperset(of: ["DK", "AO"]), "\(ru.countries)")
        let en = extract("Zambian copper and Mozambican gas were discussed.", "en")
        #expect(Set(en.countries).isSuperset(of: ["ZM", "MZ"]), "\(en.countries)")
        // Arabic feminine nisbas of a stem written with its ي ("فرنسي~"): "الحكومة الفرنسية".
        let ar = extract("أعلنت الشركة البريطانية أن الحكومة الإثيوبية والسلطات الموريتانية وافقت.", "ar")
        #expect(Set(ar.countries).isSuperset(of: ["GB", "ET", "MR"]), "\(ar.countries)")
        #expect(!extract("قال الرئيس إن الاتفاق تاريخي.", "ar").countries.contains { $0 == "GB" || $0 == "ET" })
        // A stem matches from a word's start only: "animalisch" is no Malian adjective.
        #expect(!extract("Ein animalischer Instinkt.", "de").countries.contains("ML"))
    }

    @Test func russianDevelopmentBanksAndCompoundSubjects() {
        let body = """
        Кредит выделит Азиатский банк реконструкции и развития, сообщило Министерство экономического развития и торговли \
        Киргизии. Министерство обороны и армия провели учения. Министерство финансов и полиция провели проверку.
        """
        let e = extract(body, "ru")
        let orgs = names(e, .organization)
        #expect(orgs.contains("Азиатский банк реконструкции и развития"), "\(all(e))")
        #expect(orgs.contains { $0.hasPrefix("Министерство экономического развития и торговли") }, "\(all(e))")
        #expect(!orgs.contains { $0.contains("армия") || $0.contains("полиция") }, "a second subject: \(all(e))")
    }

    @Test func chinesePortsAuthoritiesAndNamesEndingARun() {
        let body = """
        斯里兰卡总理视察了汉班托塔港，并会见了驻埃及大使孙建强。项目资金来自亚洲基础设施投资银行。港口管理总局局长表示，港澳地区的企业也将参与。
        """
        let e = extract(body, "zh")
        #expect(names(e, .place).contains("汉班托塔港"), "\(all(e))")
        #expect(names(e, .person).contains("孙建强"), "\(all(e))")
        let orgs = names(e, .organization)
        #expect(orgs.contains("亚洲基础设施投资银行") && !orgs.contains { $0.hasPrefix("项目") || $0.contains("来自") }, "\(all(e))")
        #expect(!names(e, .place).contains { $0.hasPrefix("港") }, "\(all(e))")
    }

    @Test func vietnameseStatesIslandsAndSpanishPortfolios() {
        let vi = extract("Sản lượng tại đảo Sumatra và tỉnh Jambi giảm mạnh, trong khi bang Kedah tăng. Đạo diễn nói vậy.", "vi")
        #expect(names(vi, .place).isSuperset(of: ["Sumatra", "Jambi", "Kedah"]), "\(all(vi))")
        let es = extract("""
        La ministra de Relaciones Exteriores, Ana Morales, viajó desde Quetzaltenango hacia la capital. El ministro de \
        Economía y Finanzas habló después.
        """, "es")
        #expect(!es.entities.contains { $0.name.contains("Relaciones") || $0.name.contains("Finanzas") }, "\(all(es))")
        #expect(names(es, .place).contains("Quetzaltenango"), "\(all(es))")
        #expect(names(es, .person).contains("Ana Morales"), "\(all(es))")
    }
}
