#!/usr/bin/env python3
"""Writes holdout50-gold.json for the articles in holdout50/ (same format and conventions as make-gold-holdout45.py,
and through it holdout41-44). EVERYDAY MIXED wire news, each article of a different kind (a parliamentary vote, a
court case, corporate results, science and health, a match report, a cultural award and a film festival, a quake and
a bus crash, diplomatic visits, a local hospital, a maternity ward closing, an obituary, a street protest), set in
each language's own countries and in countries the earlier sets rarely had (Sri Lanka, Iran, Nepal, Pakistan,
Ethiopia, Bulgaria, Canada, Ecuador, Cuba, Korea), with REAL public figures, companies and bodies mixed with invented
minor people: 3 vi, 3 ru, 3 zh, 3 ar, 2 en, 2 fr, 1 es, 1 de:
876 vi TTXVN 'Hà Nội, 4/12 (TTXVN) -' (the National Assembly passes the Population Law; Trần Thanh Mẫn, Ủy ban Văn hóa
và Xã hội, deputies of Sơn La and Thái Nguyên, Bà Rịa - Vũng Tàu cũ, Hàn Quốc và Nhật Bản); 877 vi TTXVN **all in NFD**
(a new ward at the Mèo Vạc regional hospital; KOICA, xã lists, thôn Lũng Phìn, Bệnh viện Bạch Mai, Hà Giang cũ);
878 vi TTXVN 'Colombo, 4/12 (TTXVN) -' (Lê Hoài Trung in Sri Lanka; Vijitha Herath, Dissanayake, Cảng Colombo, Jaffna,
Tân Cảng Sài Gòn, VCCI, Kandy, Ấn Độ); 879 ru TASS 'МОСКВА' (a court arrests a contractor's ex-director; Мещанский
районный суд, ООО "Промэкспертиза-Центр", Ростехнадзора, ПАО "Газпром нефть", ГСУ СК России по Москве, Новом Уренгое);
880 ru RIA Novosti 'ТЕГЕРАН' (a 5.8 quake in North Khorasan; Буджнурд, Мешхеде, Туркмении, Ашхабаде, Красного
Полумесяца, Пезешкиан, Момени); 881 ru TASS 'КАЗАНЬ' (obituary of an invented Tatar composer; консерватории имени
Н. Г. Жиганова, театре имени Мусы Джалиля, "Татарфильм", Минниханов, зале имени Сайдашева); 882 zh Xinhua '青岛' (Hisense
Home Appliances' nine-month profit; 代慧忠, 蒙特雷, 古洛尼（Gorenje）, 深交所/港交所 long names, 日立, 山东省青岛市黄岛区);
883 zh Xinhua '加德满都' with two reporters (a China-Nepal Himalayan glacier report; 青藏高原研究所, 特里布文大学, 昆布冰川,
伊姆贾冰湖, ICIMOD, 陈松, 定日县, 索卢昆布地区); 884 zh China News Service '马尼拉' (volleyball: China beat Korea at the
Asian Cup; 李盈莹, 龚翔宇, 赵勇, invented Korean names, 黎刹纪念体育馆, 亚洲排球联合会); 885 ar QNA 'الدوحة في 4 ديسمبر
/قنا/' (the Emir receives Shehbaz Sharif; قصر لوسيل, قطر للطاقة, ميناء قاسم في كراتشي, جهاز قطر للاستثمار, قطاع غزة);
886 ar MENA 'القاهرة في 4 ديسمبر /أ ش أ/' (an Alexandria bribery verdict; محكمة جنايات الإسكندرية, شركة النيل العامة
للطرق والكباري, محور المحمودية, هيئة الرقابة الإدارية, محكمة النقض); 887 ar WAM 'الشارقة' (the Sharjah translation prize;
هيئة الشارقة للكتاب, دار "غاليمار", "المتوسط", نسبة adjectives الإماراتي/اللبنانية/الفرنسية/الإيطالية); 888 en Reuters
'ADDIS ABABA' (Ethio Telecom's quarter; Frehiwot Tamiru, Dashen Bank, ESX, Safaricom Ethiopia, Kenya's Safaricom,
Britain's Vodafone, Dire Dawa, Oromia region); 889 en AP 'KATHMANDU, Nepal (AP) —' with the byline in capitals (a bus
falls into the Kali Gandaki; Siddhartha Highway, Ramdi, Palpa district, Nepal Army, Tansen, Sushila Karki);
890 fr AFP 'Sofia (AFP) -' (a protest against the budget; MDL, Peevski, PP-DB, GERB, BSP, Jeliazkov, Radev, université
de Sofia Saint-Clément-d'Ohrid); 891 fr La Presse Canadienne 'Trois-Rivières' (measles in Mauricie; CIUSSS, CHAUR,
Shawinigan, Louiseville, Agence de la santé publique du Canada, Nouveau-Brunswick); 892 es EFE 'La Habana' (an
Ecuadorian film wins the Coral at the Havana festival; IFCI, ICAIC, península de Santa Elena, provincia de Manabí, cines
Yara and Charles Chaplin, teatro Karl Marx, Miramar); 893 de dpa/th 'Saalfeld' (a maternity ward closes; Thüringen-
Kliniken "Georgius Agricola", Landkreis Saalfeld-Rudolstadt, Universitätsklinikum Jena, Schwarzatal, Lehesten,
Landrat Wolfram (SPD), Thüringens, Bundesstraße 85).
Every minor name was checked with grep against the earlier sets' articles; replaced after that check: a Fonterra story
(holdout17), Галиуллин (holdout36), Giza's criminal court (holdout36), الشربيني, الوكرة, برج العرب, بدور القاسمي,
国泰君安, 莫拉莱斯, Lò Thị Mai Xuân, AOK. Recurring as allowed: Lê Hoài Trung, Sơn La, Bạch Mai, Hàn Quốc, جهاز قطر
للاستثمار, Vodafone, Miramar (another Miramar in holdout31), big cities and provinces (Москва, Уфа, Екатеринбург, Анкара,
المنيا as in holdout48). Written blind in session 27: no Swift source read, no
extractor run; the gold was fixed and committed before any extractor ran on the set.

Conventions as holdout41-45 (see make-gold-holdout45.py). New here:
- a law (Luật Dân số), a prize (Coral de Oro, جائزة الشارقة للترجمة "ترجمان"), a competition (亚洲女排杯), a film, an
  opera or a book title, a report title in 《》 and a mobile-money product (Telebirr) or a film fund programme
  (fondo Ibermedia) are no entities; national teams (中国女排, 韩国队, 日本队) are none but name their countries;
- a provincial delegation to the National Assembly (Đoàn đại biểu Quốc hội tỉnh Sơn La, 'Đoàn Thái Nguyên') is no
  entity, as a cabinet; its province is a place; the National Assembly (Quốc hội) and a parliament named by its country
  adjective ('le Parlement bulgare') are organizations; an unnamed county council ('Der Kreistag') is none;
- a department named with its city and parent (Главное следственное управление СК России по Москве) is one
  organization; a centre named with its university in the genitive (Сейсмологического центра Тегеранского
  университета) is two, as Бюро/Агентство in holdout45;
- an embassy (Посольство России в Тегеране) is an organization and names its country; a film festival with a president
  is an organization (as festivals in earlier sets); a book fair is an event ('معرض الكتاب بباريس': Paris only);
- theatres and cinemas are organizations (as the Teatro Municipal Ateneo earlier), and a cinema or theatre named after
  a person makes no person (cine Charles Chaplin, teatro Karl Marx); a concert hall and a sports hall are places
  (Большой концертный зал имени Сайдашева, 黎刹纪念体育馆); a palace is a place (قصر لوسيل) apart from the city
  (مدينة لوسيل);
- a port written 'Cảng X' where the city X is named too is a place apart from the city (Cảng Colombo), as Flughafen
  Klagenfurt; a publisher written 'دار "X"' is an organization with alias '"X"', and its founder's family name in a
  person's name (أنطوان غاليمار) is that person;
- a mountain range is a place when it is a noun (喜马拉雅 in 喜马拉雅冰川), none as an English adjective ('Himalayan
  terrain'); a peak, a glacier, a glacial lake and a valley are places (珠穆朗玛峰, 昆布冰川, 伊姆贾冰湖, 朗塘河谷);
- a place inside an organization's name only is not counted (Sài Gòn in Tân Cảng Sài Gòn, Jena in Universitätsklinikum
  Jena, Centre-du-Québec in the CIUSSS's and the Direction's names, 深圳/香港 in the exchanges' names), nor is a place
  inside a film title (Barinas in "Los días de Barinas", Malecón in "Malecón adentro");
- Chinese suffixed forms (定日县, 索卢昆布地区, 黄岛区, 山东省) are canonical as written; province, city and district written
  together (山东省青岛市黄岛区) are three places.
Countries: as holdout45, also from a demonym or adjective (ecuatoriana, venezolano, cubana, الإماراتي, اللبنانية,
الفرنسية/الإيطالية of publishers, Indian nationals, Britain's, Kenya's, russians 'россиянах'), national teams and
Chinese one-character forms (中尼, 中方, 尼方); Gaza (قطاع غزة) gives PS as in holdout43; a language ('إلى الفرنسية'),
a prize named after a person (премии ... имени Габдуллы Тукая) makes no person,
a currency (birr, جنيه, درهم) and an ethnic adjective (татарская) name none.
Judgement calls: 876/877 name Hàn Quốc (KR) but not Vietnam; 881, 886 and 893 name no country at all (Tatarstan,
Egypt's courts and Thuringia are written without their country); 882 names no China; 'Québec' (891) is the province
though it stands for its government once; 'Addis-based' is not listed as an alias; the Safaricom parent and Safaricom
Ethiopia are two organizations; 'Continuons le changement-Bulgarie démocratique (PP-DB)' is one organization (a
coalition); 'Министерство культуры Республики Татарстан' is the lemma of 'Министерстве культуры республики';
'Mèo Vạc' is a place named by the headline, besides the hospital named after it."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
TASS = (O, "ТАСС", [])
XINHUA = (O, "新华社", [])
G = {
 "876_vi.txt": ("vi", ["JP", "KR"], [
  (O, "Quốc hội", []), (L, "Hà Nội", []), TTXVN, (O, "Ủy ban Văn hóa và Xã hội", []), (P, "Nguyễn Đắc Vinh", []),
  (L, "Thành phố Hồ Chí Minh", []), (L, "Bà Rịa - Vũng Tàu", []), (L, "Đồng Nai", []), (P, "Lò Thị Bích Hằng", []),
  (L, "Sơn La", ["tỉnh Sơn La"]), (O, "Bộ Y tế", []), (P, "Tạ Văn Khiêm", []), (L, "Thái Nguyên", []),
  (P, "Trần Thanh Mẫn", []), (O, "Tổng cục Thống kê", [])]),
 "877_vi.txt": ("vi", ["KR"], [
  (L, "Mèo Vạc", []), (L, "Tuyên Quang", []), TTXVN, (O, "Bệnh viện Đa khoa khu vực Mèo Vạc", []),
  (O, "Cơ quan Hợp tác Quốc tế Hàn Quốc", ["KOICA"]), (P, "Sùng Mí Páo", []), (L, "Sơn Vĩ", []), (L, "Xín Cái", []),
  (L, "Pải Lủng", ["xã Pải Lủng"]), (O, "Bệnh viện Đa khoa tỉnh Tuyên Quang", []),
  (O, "Ủy ban nhân dân tỉnh Tuyên Quang", []), (P, "Hoàng Việt Phương", []), (O, "Sở Y tế", []),
  (O, "Bệnh viện Bạch Mai", []), (P, "Giàng Thị Dợ", []), (L, "Lũng Phìn", ["thôn Lũng Phìn"]), (L, "Hà Giang", [])]),
 "878_vi.txt": ("vi", ["IN", "LK", "VN"], [
  (L, "Colombo", ["thủ đô Colombo"]), TTXVN, (O, "Bộ Ngoại giao", []), (P, "Lê Hoài Trung", []),
  (P, "Vijitha Herath", []), (L, "Thành phố Hồ Chí Minh", []), (L, "Jaffna", []), (L, "Anuradhapura", []),
  (P, "Anura Kumara Dissanayake", []), (L, "Cảng Colombo", []), (O, "Tổng công ty Tân Cảng Sài Gòn", []),
  (P, "Trịnh Thị Tâm", []), (O, "Phòng Thương mại và Công nghiệp Việt Nam", ["VCCI"]), (L, "Kandy", [])]),
 "879_ru.txt": ("ru", ["RU"], [
  (L, "Москва", ["МОСКВА", "Москвы", "Москве"]), TASS, (O, "Мещанский районный суд Москвы", []),
  (O, "Промэкспертиза-Центр", ["ООО \"Промэкспертиза-Центр\""]), (P, "Олег Ремизов", ["Олега Ремизова", "Ремизов"]),
  (O, "Ростехнадзор", ["Ростехнадзора"]), (P, "Вадим Кулешов", ["Вадимом Кулешовым", "Кулешов"]),
  (O, "Газпром нефть", ["ПАО \"Газпром нефть\"", "Газпром нефти"]),
  (L, "Ямало-Ненецкий автономный округ", ["Ямало-Ненецком автономном округе"]),
  (L, "Тюменская область", ["Тюменской области"]), (O, "Главное следственное управление СК России по Москве", []),
  (P, "Инна Гусарова", []), (O, "Московский городской суд", ["Московском городском суде"]),
  (L, "Новый Уренгой", ["Новом Уренгое"]), (O, "Коммерсант", ["\"Коммерсант\""]), (O, "Сибур", ["Сибура"]),
  (L, "Тобольск", ["Тобольске"]), (O, "Уральское управление Ростехнадзора", ["Уральском управлении Ростехнадзора"]),
  (L, "Екатеринбург", ["Екатеринбурге"])]),
 "880_ru.txt": ("ru", ["IR", "RU", "TM"], [
  (L, "Тегеран", ["ТЕГЕРАН", "Тегеране"]), (O, "РИА Новости", []),
  (L, "Северный Хорасан", ["провинции Северный Хорасан"]), (O, "IRNA", []),
  (O, "Сейсмологический центр", ["Сейсмологического центра"]), (O, "Тегеранский университет", ["Тегеранского университета"]),
  (L, "Буджнурд", ["города Буджнурд"]), (L, "Мешхед", ["Мешхеде"]), (L, "Ашхабад", ["Ашхабаде"]),
  (O, "Общество Красного Полумесяца Ирана", ["Общества Красного Полумесяца Ирана"]), (P, "Пир-Хосейн Куливанд", []),
  (L, "Ширван", ["Ширвана"]), (L, "Эсферайен", ["Эсферайена"]), (P, "Масуд Пезешкиан", []),
  (P, "Эскандар Момени", ["Эскандару Момени"]), (O, "Посольство России в Тегеране", []),
  (L, "Керманшах", ["провинции Керманшах"]),
  (O, "Международная федерация обществ Красного Креста и Красного Полумесяца", [])]),
 "881_ru.txt": ("ru", [], [
  (P, "Рашит Ибатуллин", ["Ибатуллин", "Ибатуллина"]), (L, "Татарстан", ["Татарстана", "Республики Татарстан"]),
  (L, "Казань", ["КАЗАНЬ", "Казани"]), TASS,
  (O, "Министерство культуры Республики Татарстан", ["Министерстве культуры республики"]),
  (L, "Шеморданы", ["селе Шеморданы"]), (L, "Сабинский район", ["Сабинского района"]),
  (O, "Казанская государственная консерватория имени Н. Г. Жиганова",
   ["Казанскую государственную консерваторию имени Н. Г. Жиганова"]),
  (O, "Татарский академический государственный театр оперы и балета имени Мусы Джалиля",
   ["Татарском академическом государственном театре оперы и балета имени Мусы Джалиля"]),
  (O, "Татарфильм", ["\"Татарфильм\""]), (P, "Рустам Минниханов", []), (L, "Альметьевск", ["Альметьевска"]),
  (L, "Ташкент", ["Ташкента"]),
  (O, "Государственный симфонический оркестр Татарстана", ["Государственного симфонического оркестра Татарстана"]),
  (P, "Александр Сладковский", []),
  (L, "Большой концертный зал имени Сайдашева", ["Большом концертном зале имени Сайдашева"]), (L, "Уфа", ["Уфе"]),
  (L, "Москва", ["Москве"]), (L, "Анкара", ["Анкаре"])]),
 "882_zh.txt": ("zh", ["MX", "SI", "US"], [
  (O, "海信家电", ["海信家电集团股份有限公司"]), XINHUA, (L, "青岛", ["青岛市"]), (P, "刘思源", []), (P, "代慧忠", []),
  (L, "蒙特雷", []), (O, "古洛尼", ["Gorenje"]), (O, "深圳证券交易所", []), (O, "香港联合交易所", []),
  (O, "华泰证券", []), (P, "韩晓霖", []), (O, "日立", []), (O, "海信集团", []), (L, "山东省", []), (L, "黄岛区", [])]),
 "883_zh.txt": ("zh", ["CN", "NP"], [
  (L, "喜马拉雅", []), XINHUA, (L, "加德满都", []), (P, "周心怡", []), (P, "阿什温·施雷斯塔", []),
  (O, "中国科学院青藏高原研究所", ["青藏高原研究所"]), (O, "特里布文大学", []), (L, "珠穆朗玛峰", []), (P, "杨威", []),
  (L, "昆布冰川", []), (L, "朗塘河谷", []), (L, "伊姆贾冰湖", []), (L, "纳姆切巴扎尔", []), (O, "尼泊尔水文气象局", []),
  (P, "拉朱·普拉丹", []), (O, "国际山地综合发展中心", ["ICIMOD"]), (P, "卡尔玛·谢尔帕", []), (P, "陈松", []),
  (L, "西藏", []), (L, "定日县", []), (L, "索卢昆布地区", [])]),
 "884_zh.txt": ("zh", ["CN", "JP", "KR", "PH", "TH"], [
  (O, "中新社", []), (L, "马尼拉", []), (P, "黄佳琪", []), (P, "金延璟", []), (P, "赵勇", []), (P, "王媛媛", []),
  (P, "李盈莹", []), (P, "龚翔宇", []), (P, "洪成珍", []), (L, "黎刹纪念体育馆", []), (O, "亚洲排球联合会", []),
  (O, "菲律宾国家排球联合会", [])]),
 "885_ar.txt": ("ar", ["AF", "PK", "PS", "QA"], [
  (L, "الدوحة", []), (O, "قنا", ["وكالة الأنباء القطرية", "لوكالة الأنباء القطرية"]), (P, "تميم بن حمد آل ثاني", []),
  (L, "قصر لوسيل", []), (P, "محمد شهباز شريف", []), (L, "قطاع غزة", ["غزة"]),
  (P, "محمد بن عبدالرحمن بن جاسم آل ثاني", []), (O, "قطر للطاقة", ["شركة قطر للطاقة"]),
  (O, "شركة باكستان للغاز الطبيعي المسال المحدودة", []), (L, "ميناء قاسم", []), (L, "كراتشي", []),
  (O, "جهاز قطر للاستثمار", []), (O, "صندوق الثروة السيادي الباكستاني", []), (P, "محمد أعجاز", []),
  (L, "لوسيل", ["مدينة لوسيل"]), (L, "رأس أبو عبود", ["منطقة رأس أبو عبود"])]),
 "886_ar.txt": ("ar", [], [
  (L, "القاهرة", []), (O, "أ ش أ", ["وكالة أنباء الشرق الأوسط", "لوكالة أنباء الشرق الأوسط"]),
  (O, "محكمة جنايات الإسكندرية", []), (L, "الإسكندرية", ["بالإسكندرية"]), (P, "حازم عبدالمقصود", []),
  (O, "شركة النيل العامة للطرق والكباري", ["بشركة النيل العامة للطرق والكباري"]),
  (L, "محور المحمودية", ["بمحور المحمودية"]), (P, "سامح القليوبي", []), (O, "الفجر للتوريدات", ["\"الفجر للتوريدات\""]),
  (O, "هيئة الرقابة الإدارية", []), (L, "العامرية", ["مدينة العامرية", "بمدينة العامرية"]), (O, "النيابة العامة", []),
  (P, "محمد شوقي", []), (P, "ياسر قنديل", []), (O, "محكمة النقض", []),
  (O, "الشركة القابضة للتشييد والتعمير", []), (O, "وزارة قطاع الأعمال العام", ["لوزارة قطاع الأعمال العام"]),
  (L, "مطروح", ["محافظات مطروح"]), (L, "الفيوم", ["والفيوم"]), (L, "المنيا", ["والمنيا"])]),
 "887_ar.txt": ("ar", ["AE", "BR", "CN", "ES", "ET", "FR", "IN", "IT", "KR", "LB"], [
  (L, "الشارقة", []), (O, "وام", []), (O, "هيئة الشارقة للكتاب", ["لهيئة الشارقة للكتاب"]), (L, "بيت الحكمة", []),
  (O, "غاليمار", ["\"غاليمار\""]), (P, "سعيد البلوشي", []), (P, "ريما خوري", []), (O, "المتوسط", ["\"المتوسط\""]),
  (P, "أحمد بن ركاض العامري", []), (P, "أنطوان غاليمار", []), (L, "باريس", ["بباريس"]),
  (O, "اتحاد الناشرين الدوليين", [])]),
 "888_en.txt": ("en", ["ET", "GB", "KE"], [
  (P, "Dawit Endeshaw", []), (L, "Addis Ababa", ["ADDIS ABABA"]), (O, "Reuters", []), (O, "Ethio Telecom", []),
  (P, "Frehiwot Tamiru", []), (O, "Dashen Bank", []), (O, "Commercial Bank of Ethiopia", []),
  (O, "National Bank of Ethiopia", []), (O, "International Monetary Fund", []),
  (O, "Ethiopian Securities Exchange", ["ESX"]), (O, "Safaricom Ethiopia", []), (O, "Safaricom", []),
  (O, "Vodafone", []), (L, "Dire Dawa", []), (L, "Oromia", ["Oromia region"]), (P, "Bereket Alemu", []),
  (O, "Kifiya Financial Technology", []), (P, "Sonali Paul", [])]),
 "889_en.txt": ("en", ["IN", "NP"], [
  (P, "Binaj Gurubacharya", ["BINAJ GURUBACHARYA"]), (O, "Associated Press", ["AP"]),
  (L, "Kathmandu", ["KATHMANDU"]), (L, "Kali Gandaki River", []), (L, "Pokhara", []), (L, "Butwal", []),
  (L, "Siddhartha Highway", []), (L, "Ramdi", []), (L, "Palpa", ["Palpa district"]), (P, "Dhan Bahadur Thapa", []),
  (O, "Nepal Army", []), (O, "Manipal Teaching Hospital", []), (L, "Tansen", []), (P, "Ram Prasad Acharya", []),
  (P, "Sushila Karki", []), (O, "Ministry of Physical Infrastructure and Transport", [])]),
 "890_fr.txt": ("fr", ["BG"], [
  (L, "Sofia", []), (O, "AFP", []), (O, "Parlement", ["Parlement bulgare"]),
  (O, "Mouvement des droits et libertés", ["MDL"]), (P, "Delyan Peevski", ["Peevski"]),
  (O, "Continuons le changement-Bulgarie démocratique", ["PP-DB"]), (L, "Plovdiv", []), (L, "Varna", []),
  (L, "Bourgas", []), (P, "Rossen Jeliazkov", []), (O, "GERB", []), (O, "BSP", []), (P, "Ivo Stanchev", []),
  (O, "université de Sofia Saint-Clément-d'Ohrid", []), (P, "Roumen Radev", [])]),
 "891_fr.txt": ("fr", ["CA"], [
  (L, "Mauricie", []), (L, "Trois-Rivières", []), (O, "La Presse Canadienne", []),
  (O, "Direction de santé publique de la Mauricie et du Centre-du-Québec", []), (L, "Shawinigan", []),
  (L, "Louiseville", []), (O, "Centre hospitalier affilié universitaire régional", ["CHAUR"]),
  (P, "Marie-Josée Godi", []), (O, "CIUSSS de la Mauricie-et-du-Centre-du-Québec", []), (L, "Drummondville", []),
  (L, "Victoriaville", []), (O, "Agence de la santé publique du Canada", []), (L, "Nouveau-Brunswick", []),
  (L, "Ontario", []), (P, "Christian Dubé", []), (L, "Québec", [])]),
 "892_es.txt": ("es", ["CU", "EC", "VE"], [
  (L, "La Habana", []), (O, "EFE", []), (P, "Paulina Saltos Arellano", []),
  (O, "Festival Internacional del Nuevo Cine Latinoamericano de La Habana", []),
  (L, "Santa Elena", ["península de Santa Elena"]), (L, "Manabí", ["provincia de Manabí"]),
  (O, "Instituto de Fomento a la Creatividad y la Innovación", ["IFCI"]), (P, "Joaquín Ledezma", []),
  (P, "Yailene Sierra", []), (O, "Instituto Cubano del Arte e Industria Cinematográficos", ["ICAIC"]),
  (P, "Tania Delgado", []), (O, "cine Yara", []), (O, "cine Charles Chaplin", []), (O, "teatro Karl Marx", []),
  (L, "Miramar", ["barrio de Miramar"])]),
 "893_de.txt": ("de", [], [
  (L, "Saalfeld", []), (O, "dpa", []), (O, "Thüringen-Kliniken \"Georgius Agricola\"", []), (P, "Jens Pöhlmann", []),
  (L, "Saalfeld-Rudolstadt", ["Landkreis Saalfeld-Rudolstadt"]), (L, "Rudolstadt", []),
  (O, "Universitätsklinikum Jena", []), (L, "Schwarzatal", []), (L, "Lehesten", []), (P, "Marko Wolfram", []),
  (O, "SPD", []), (L, "Thüringen", ["Thüringens"]), (P, "Katharina Schenk", []), (O, "Techniker Krankenkasse", []),
  (O, "Landeskrankenhausgesellschaft Thüringen", []), (O, "Hebammenlandesverband Thüringen", []),
  (L, "Bundesstraße 85", [])]),
}


here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout50", G)
write_gold(here, "holdout50", "holdout50-gold.json", G)
