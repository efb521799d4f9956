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
            // (Narva is in the gazetteer since session 28: its English name is the entity's.)
            #expect(places.contains(name) || name == "Нарва" && places.contains("Narva"), "\(name) in \(all(e))")
        }
        #expect(!places.contains("Находк") && !places.contains("Сиен") && !places.contains("Лисаковска"), "\(all(e))")
        #expect(e.entities.filter { $0.type == .place && $0.aliases.contains("Сиене") }.count == 1, "one Siena: \(all(e))")
        let people = names(e, .person)
        #expect(people.contains("Андрей Вознесенский"), "\(all(e))")
        #expect(!e.entities.contains { $0.name.hasPrefix("Поэт") }, "a description is no part of the name: \(all(e))")
        #expect(people.contains("Иванов Сергей"), "a surname first is kept: \(all(e))")
        // A given name no list holds: the description still goes, a patronymic stays.
        let composer = extract("Композитор Родион Щедрин дал концерт. Родион Константинович Щедрин родился в Москве.", "ru")
        #expect(names(composer, .person).contains("Родион Щедрин"), "\(all(composer))")
        #expect(!composer.entities.contains { $0.name.hasPrefix("Композитор") }, "\(all(composer))")
        #expect(names(composer, .person).contains("Родион Константинович Щедрин"), "\(all(composer))")
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

    // Patterns found missing on scripts/entity-unseen/holdout4 and in the known gaps (other names than the articles).

    @Test func namesBetweenAndAreTheEndsOfALine() {
        let en = extract("The ferry between Kirkwall and Lerwick resumed on Monday. A meeting between Maria Svensson and Lars Eklund ended.", "en")
        #expect(names(en, .place).isSuperset(of: ["Kirkwall", "Lerwick"]), "\(all(en))")
        #expect(!names(en, .organization).contains("Kirkwall") && !names(en, .organization).contains("Lerwick"), "\(all(en))")
        // Two-word names keep their reading as people (a given name no list holds included).
        #expect(names(en, .person).isSuperset(of: ["Maria Svensson", "Lars Eklund"]), "\(all(en))")
        let fr = extract("Les travaux de la route entre Kayes et Nioro commenceront en mai.", "fr")
        #expect(names(fr, .place).isSuperset(of: ["Kayes", "Nioro"]), "\(all(fr))")
        let es = extract("El paso entre Rivera y Livramento estará cerrado el lunes.", "es")
        #expect(names(es, .place).isSuperset(of: ["Rivera", "Livramento"]), "\(all(es))")
        // Without "between" a lone unknown name is no place.
        let plain = extract("Shares of Kvarnholm and Brattvik rose on Monday.", "en")
        #expect(!names(plain, .place).contains("Brattvik"), "\(all(plain))")
    }

    @Test func spanishInstitutionsRunOverPara() {
        let es = extract("Según el Instituto Nacional para la Vivienda Popular, la matrícula creció. La Agencia Andaluza para la Innovación Rural informó. El Banco Mundial aprobó fondos para Honduras.", "es")
        let orgs = names(es, .organization)
        #expect(orgs.contains("Instituto Nacional para la Vivienda Popular") && orgs.contains("Agencia Andaluza para la Innovación Rural"), "\(all(es))")
        #expect(!orgs.contains { $0.contains("Honduras") }, "\(all(es))")
    }

    @Test func spanishListsOfPortfolios() {
        let es = extract("El ministro de Turismo, Cultura y Deportes, Julio Ramírez, visitó la obra.", "es")
        #expect(!es.entities.contains { $0.name.contains("Cultura") || $0.name.contains("Deportes") }, "\(all(es))")
        #expect(names(es, .person).contains("Julio Ramírez"), "\(all(es))")
    }

    @Test func russianPlaceAfterDo() {
        let ru = extract("Дорогу продлят до Кандагача. Работы завершат до 2027 года.", "ru")
        #expect(names(ru, .place).contains("Кандагач"), "\(all(ru))")
        #expect(!ru.entities.contains { $0.type == .organization }, "\(all(ru))")
    }

    @Test func chineseListsIslandsAndDatelines() {
        let zh = extract("新华社努库阿洛法3月2日电 汤加政府将在哈帕伊和瓦瓦乌等地修建码头，并在马洛岛设立气象站。太平洋岛国领导人出席。", "zh")
        let places = names(zh, .place)
        for name in ["努库阿洛法", "哈帕伊", "瓦瓦乌", "马洛岛"] {
            #expect(places.contains(name), "\(name) in \(all(zh))")
        }
        #expect(!places.contains { $0.contains("岛国") || $0.contains("太平洋岛") }, "\(all(zh))")
        let people = extract("李明和王强等专家参加了会议。", "zh")
        #expect(names(people, .place).isEmpty, "\(all(people))")
    }

    @Test func arabicGenericCompaniesAndCoordinatedFields() {
        let ar = extract("أعلنت الشركة الإيطالية أن العقد جاهز. ووقعت الشركة الوطنية للنفط والغاز عقدا جديدا.", "ar")
        let orgs = names(ar, .organization)
        #expect(!orgs.contains { $0.hasPrefix("الشركة الإيطالية") }, "a description, not a name: \(all(ar))")
        #expect(orgs.contains("الشركة الوطنية للنفط والغاز"), "\(all(ar))")
        #expect(ar.countries.contains("IT"), "\(ar.countries)")
    }

    @Test func namesBeforeAFacilityOrDistrictNoun() {
        let en = extract("Cargo will arrive at the Tema terminal next month, and flights resume at the Kotoka airport.", "en")
        #expect(names(en, .place).isSuperset(of: ["Tema", "Kotoka"]), "\(all(en))")
        let other = extract("Shares of Vardholm rose after the terminal opened.", "en")
        #expect(!names(other, .place).contains("Vardholm"), "\(all(other))")
    }

    @Test func chineseScholarsBeforeNames() {
        let zh = extract("云南大学教授王立新表示，旅游业将继续增长。研究所专家张海峰参加了讨论。专家表示欢迎。", "zh")
        let people = names(zh, .person)
        #expect(people.contains("王立新") && people.contains("张海峰"), "\(all(zh))")
        #expect(!people.contains { $0.hasPrefix("表示") || $0.hasPrefix("欢迎") }, "\(all(zh))")
        // A name ending in a character that also starts a verb (强调) keeps it before another verb.
        let names3 = extract("总经理赵国强将出席仪式。部长王东强调合作的重要性。", "zh")
        #expect(names(names3, .person).contains("赵国强"), "\(all(names3))")
        #expect(names(names3, .person).contains("王东") && !names(names3, .person).contains("王东强"), "\(all(names3))")
    }

    @Test func russianTitleRegionNounPlaceThenPerson() {
        let ru = extract("Губернатор провинции Белуджистан Джафар Хан Мандокхель открыл порт. Губернатор области Сергей Иванович Петров выступил.", "ru")
        #expect(names(ru, .place).contains("Белуджистан"), "\(all(ru))")
        #expect(names(ru, .person).contains("Джафар Хан Мандокхель"), "\(all(ru))")
        // A person with a given name and a patronymic is not split.
        #expect(names(ru, .person).contains("Сергей Иванович Петров"), "\(all(ru))")
    }

    @Test func russianLegalFormAcronymAfterATitle() {
        let ru = extract("Председатель правления ПАО «Северсталь» Александр Шевелёв выступил на форуме.", "ru")
        #expect(!ru.entities.contains { $0.name == "ПАО" }, "\(all(ru))")
        #expect(names(ru, .organization).contains { $0.contains("Северсталь") }, "\(all(ru))")
        #expect(names(ru, .person).contains("Александр Шевелёв"), "\(all(ru))")
    }
}
