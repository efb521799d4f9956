#!/usr/bin/env python3
"""Writes holdout44-gold.json for the articles in holdout44/ (same format and conventions as make-gold-holdout43.py,
and through it holdout41/42). Everyday wire news as the agencies carry it (diplomatic visits, trade and investment,
energy, transport and infrastructure, parliaments, courts, central banks, disasters), 3 each in en, fr, ar, vi, ru and
zh, about countries the earlier sets rarely had, with REAL well-known public figures, parties, ministries, agencies,
companies and international bodies (spelled as each language's press spells them) mixed with invented minor people
(spokespeople, officials, analysts, residents, reporters) and real cities, provinces, rivers, ports, airports, border
gates, dams and economic zones:
768 en Reuters 'JAKARTA' (Bank Indonesia holds its rate; Warjiyo, Purbaya, Sri Mulyani Indrawati, state banks, BPS,
the Fed, the byline line); 769 en AP 'MANILA, Philippines (AP) —' (a typhoon in the Visayas; PAGASA's long name, Marcos
Jr., Eastern Samar, Mactan-Cebu International Airport, DZMM, the contributor line); 770 en Anadolu, byline and date
line, 'ANKARA' alone (Erdogan and Aliyev break ground on the Kars-Nakhchivan railway; TCDD, ADY, Islamic Development
Bank, Middle Corridor, Zangezur corridor, Dilucu border gate, Baku-Tbilisi-Kars line); 771 fr AFP 'Rabat (AFP)'
(Morocco's high-speed line to Marrakech; ONCF, Mohammed VI, Akhannouch, RNI, BAD, aéroport/université Mohammed V,
Grand stade Hassan II); 772 fr Xinhua 'ALGER, 3 décembre (Xinhua) --' (Tebboune opens the Gara Djebilet mining line;
CRCC, Cosider, Infrafer, AQS, Feralg, USTHB, 'M. Tebboune', wilaya de Jijel, oued Saoura); 773 fr AFP 'Tbilissi (AFP)'
(a Georgian opposition activist jailed; Rêve géorgien, Kobakhidzé, Ivanichvili, Zourabichvili, Kavelachvili, MNU,
Kaja Kallas, avenue Roustaveli); 774 ar MENA 'القاهرة - أ ش أ' (the Central Bank of Egypt cuts rates; حسن عبد الله,
مدبولي, كجوك, صندوق النقد الدولي, هيئة قناة السويس, clitics للبنك/للبورصة); 775 ar WAM 'أبوظبي في 3 ديسمبر / وام /'
(Mohamed bin Zayed receives Mirziyoyev; مصدر with its long name, موانئ أبوظبي, ولايتي سمرقند وبخارى, قره قلباقستان,
long honorifics); 776 ar Anadolu 'أديس أبابا/ name/ الأناضول' (Ethiopia and Kenya speed up the LAPSSET corridor; آبي
أحمد, روتو, إيغاد with its long name, أرض الصومال, سد النهضة); 777 vi TTXVN 'Kuala Lumpur, 3/12 (TTXVN) -' (Anwar Ibrahim
receives Bùi Thanh Sơn; Petronas and Petrovietnam with long names, MIDA, cảng Klang, Top Glove); 778 vi TTXVN **all in
NFD** (record floods on the Ba river in Đắk Lắk and Gia Lai; trạm/hồ/ga/xã/phường/thôn names, Tuy Hòa, Phù Cát);
779 vi TTXVN 'Brasília, 3/12 (TTXVN) -' (Brazil opens its market to Vietnamese pangasius; Fávaro, Lula, JBS, Vĩnh
Hoàn, Navico, Mercosur with its long name); 780 ru TASS (Rahmon starts Rogun's third unit; Рахмон and Рустам Эмомали,
Маджлиси милли, Webuild, АБИИ, ОАО "Барки точик", -зода names, Вахш/Амударья in the genitive); 781 ru RIA Novosti
'УЛАН-БАТОР, 3 дек - РИА Новости.' (Mongolia's parliament ratifies the Power of Siberia 2 agreement; Хурэлсух,
Великий государственный хурал, МОНЦАМЭ, CNPC with its Russian name in the instrumental, aimags); 782 ru TASS (Vučić
waits for a US licence for NIS; Джедович-Хандапович, Сийярто, Газпром нефть in the genitive, МИД
Венгрии, Турецкий поток, Босния и Герцеговина in the prepositional); 783 zh Xinhua '新华社达卡…电（记者…）' (first plants in the Chinese Economic and Industrial
Zone at Chattogram; 阿希克·乔杜里, 姚文, 中国港湾, 艾哈桑·曼苏尔); 784 zh Xinhua (Argentina's central bank renews its yuan
swap; 米莱, 路易斯·卡普托, 圣地亚哥·包西利, 贝森特, 自由前进, 玫瑰宫, 赣锋锂业, 紫金矿业); 785 zh China News Service
'中新社金边…电(记者 …)' (the Funan Techo canal's first section; 洪玛奈, 洪森, 柬埔寨参议院, 德崇扶南运河, 巴沙河).
Every name was checked with grep against the earlier sets' articles: three real figures recur (Prabowo Subianto,
Mohammed VI, Эмомали Рахмон), and so do some well-known bodies (the agencies, ASEAN, Mercosur, Petronas, Petrovietnam,
Vĩnh Hoàn, Vietnam Airlines, Islamic Development Bank, BAD, Газпром, Кремль, CNPC, АБИИ, مصدر, صندوق أبوظبي للتنمية,
中国路桥工程有限责任公司) and real cities, ports and rivers; every invented person and the rest are new (a Rogun
story's first choice of a manager's name, and JANAF/Omišalj in the NIS story, were dropped as holdout13/holdout8
names). Written blind in session 25: its gold was fixed and committed before any extractor ran on it (no Swift source
was read, no extractor run).

Conventions as holdout41/42/43: titles (Governor, Mayor, M., Thủ tướng, Phó Thủ tướng, صاحب السمو الشيخ, معالي
الدكتور, فخامة, سعادة, 首相, 大使) are no part of a name; a title's portfolio (Social Welfare Secretary, ministre du
Transport et de la Logistique, министр горнодобывающей промышленности и энергетики, Bộ trưởng Nông nghiệp và Chăn nuôi
Brazil) is no entity, but a ministry, chamber or senate written as such inside a title (Глава МИД Венгрии, Phó Giám đốc
Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk, 柬埔寨参议院主席, 老挝/柬埔寨公共工程与运输部 …) is an organization; governments
(Cabinet, Chính phủ, 孟加拉国政府), press offices (пресс-служба парламента, مكتب رئيس الوزراء), lowercase units
(экономического факультета), programmes and initiatives ('la Ceinture et la Route'), competitions (Coupe du monde 2030,
Mondial), products and trains (C-130, E195-E2, Al Boraq), storms (Typhoon Haiyan), indices (Jakarta Composite Index,
المؤشر الرئيسي) and broad regions (Europe, Центральная Азия, آسيا الوسطى, 拉美, 中东) are no entities; a generic word
before a place (province, wilaya de, commune d', oued, ولايتي, مدينة, بلدة, إقليم, ميناء, trạm, hồ thủy điện, ga, xã,
phường, thôn, sông, cảng, bang, аймак, порт, пограничный переход) is an alias; courts, committees, central banks'
committees (لجنة السياسة النقدية), outlets (DZMM, МОНЦАМЭ), parties and companies are organizations; ports, airports,
border gates, stations, dams and hydropower plants (Рогунская ГЭС, سد النهضة), canals, economic and industrial zones,
avenues, palaces and stadiums are places. A place named only inside an organization's name (Houari-Boumediene,
Zhejiang in 浙江恒远新能源科技有限公司, Ломоносов in МГУ имени М. В. Ломоносова) is not counted.
New here:
- a named pipeline, corridor or railway line is a place, as corridors and railway lines already were (Middle Corridor,
  Zangezur corridor, LAPSSET, Kars-Nakhchivan railway, Baku-Tbilisi-Kars line, "Сила Сибири 2", "Союз Восток",
  "Турецкий поток"); the towns a line's name lists are places in their own right (Tbilisi, named only in the
  Baku-Tbilisi-Kars line, is one); a railway or high-speed line described, not named ('la ligne à grande vitesse (LGV)
  entre Kénitra et Marrakech', 'la ligne ferroviaire minière'), is none;
- a port named by its city is one place with the city (吉大港港 is an alias of 吉大港, as ميناء الحديدة was of
  الحديدة); a station or an airport named by a town is one place with the town when the town is otherwise unnamed
  (ga Nha Trang, ga Diêu Trì, Cảng hàng không Phù Cát), but a station and its city both named are two places
  (琅勃拉邦站 would be apart from 琅勃拉邦; not used here);
- a river and its delta are two places (湄公河, 湄公河三角洲); a plant and the river it stands on are two places
  (Рогунская ГЭС, Вахш; Sông Ba Hạ reservoir, the Ba river);
- a reservoir or dam's name with Sông (Hồ thủy điện Sông Ba Hạ) is its own place, apart from the river sông Ba;
- 'Рогун' used for the plant is an alias of Рогунская ГЭС;
- a name built from a person's (aéroport Mohammed V, université Mohammed V de Rabat, Grand stade Hassan II) makes no
  person; a king named as such (Mohammed VI) is a person;
- a declaration or treaty named by a city ('إعلان أنقرة') is no entity and counts no place;
- Somaliland (أرض الصومال) is a place, not a country; Somalia (الصومال) is named apart.
Countries: every country named or described by an adjective or demonym, also inside a body's or an infrastructure's
name (Bank Indonesia, Philippine Airlines, Algerian Qatari Steel -> QA, Fonds saoudien -> SA,
Tổng công ty Đường sắt Việt Nam, Hội Chữ thập đỏ Việt Nam, "Турецкий поток" -> TR), and the Chinese one-character
forms (中方, 孟方, 柬方, 中阿 -> CN and AR, 柬中); never a city's country (Djibouti's ports are named as the country's:
'موانئ جيبوتي' -> DJ). 'U.S.' and 'США' are US; Türkiye is TR; a currency (rupiah, dirhams, юань, 人民币) names no country.
Judgement calls: 'Parlement' and 'Parliament' before which crowds gather (773) is the organization; 'Bruxelles' used
for the EU is still the place; the Fed is 'Federal Reserve'; Bank Permata, Bank Central Asia and the three state banks
are five organizations; the joint committee 'Ủy ban hỗn hợp về hợp tác song phương Việt Nam - Malaysia' is an
organization; 'Visayas' and 'Samar Island' are places and 'Eastern Samar' another; the Nakhchivan exclave is one
place; 'Рогун' is the plant; 中国经济工业区 is a place (a zone) and 吉大港 (Chattogram) another; 自由前进 (La Libertad
Avanza) is an organization; 玫瑰宫 is a place (a building, as Matignon in holdout43)."""
import os
from goldlib import P, O, L, check_gold, write_gold

REUTERS = (O, "Reuters", [])
TTXVN = (O, "TTXVN", [])
XINHUA = (O, "新华社", [])
TASS = (O, "ТАСС", [])
G = {
 "768_en.txt": ("en", ["CN", "ID", "IN", "US"], [
  (L, "Jakarta", ["JAKARTA"]), REUTERS, (O, "Bank Indonesia", ["BI"]), (P, "Perry Warjiyo", ["Warjiyo"]),
  (O, "Federal Reserve", ["U.S. Federal Reserve", "Fed"]), (P, "Prabowo Subianto", []),
  (P, "Purbaya Yudhi Sadewa", ["Purbaya"]), (P, "Sri Mulyani Indrawati", []), (O, "Bank Mandiri", []),
  (O, "Bank Rakyat Indonesia", []), (O, "Bank Negara Indonesia", []), (P, "Destry Damayanti", []),
  (L, "Central Sulawesi", []), (L, "North Maluku", []), (P, "Wisnu Hartanto", []), (O, "Bank Permata", []),
  (O, "Bank Central Asia", []), (O, "Statistics Indonesia", ["BPS"]), (P, "Rina Widiastuti", []),
  (P, "Bayu Prasetyo", []), (P, "Simon Hartley", [])]),
 "769_en.txt": ("en", ["PH", "VN"], [
  (L, "Manila", ["MANILA"]), (O, "AP", ["Associated Press"]), (L, "Guiuan", []),
  (L, "Eastern Samar", ["Eastern Samar province"]),
  (O, "Philippine Atmospheric, Geophysical and Astronomical Services Administration", ["PAGASA"]),
  (L, "Leyte", []), (L, "Cebu", []), (L, "Tacloban", []), (P, "Alfred Romualdez", []), (O, "DZMM", []),
  (O, "Philippine Coast Guard", []), (L, "Visayas", []), (O, "Cebu Pacific", []), (O, "Philippine Airlines", []),
  (L, "Mactan-Cebu International Airport", []), (P, "Ferdinand Marcos Jr.", []), (P, "Rex Gatchalian", []),
  (P, "Junie Castillo", []), (O, "Office of Civil Defense", []), (L, "Samar Island", []), (L, "Ormoc", []),
  (O, "National Grid Corporation of the Philippines", []), (L, "Sibuyan Sea", []), (L, "Palawan", []),
  (P, "Teresa Pangilinan", [])]),
 "770_en.txt": ("en", ["AM", "AZ", "CN", "GE", "KZ", "TR", "UZ"], [
  (P, "Recep Tayyip Erdogan", ["Erdogan"]), (P, "Ilham Aliyev", ["Aliyev"]),
  (L, "Kars-Nakhchivan railway", ["Kars-Nakhchivan"]), (P, "Burak Yildirim", []), (L, "Ankara", ["ANKARA"]),
  (L, "Nakhchivan", []), (L, "Igdir", ["Igdir province"]), (L, "Middle Corridor", []), (L, "Kars", []),
  (L, "Baku", []), (P, "Ali Asadov", []), (L, "Zangezur corridor", ["Zangezur"]),
  (L, "Syunik", ["Syunik province"]), (L, "Yerevan", []), (P, "Abdulkadir Uraloglu", []),
  (O, "Turkish State Railways", ["TCDD"]), (O, "Islamic Development Bank", []), (O, "Türk Eximbank", []),
  (L, "Aralik", []), (L, "Dilucu", ["Dilucu border gate"]), (L, "Aras River", ["Aras"]),
  (P, "Rovshan Rustamov", []), (O, "Azerbaijan Railways", ["ADY"]),
  (L, "Baku-Tbilisi-Kars line", ["Baku-Tbilisi-Kars"]), (L, "Tbilisi", []), (L, "Caspian Sea", []),
  (L, "Alat", ["port of Alat"]), (P, "Seda Karaman", []), (O, "Center for Eurasian Studies", []),
  (O, "Anadolu", []), (P, "Irakli Kobakhidze", [])]),
 "771_fr.txt": ("fr", ["ES", "FR", "KR", "MA", "PT", "SA"], [
  (L, "Marrakech", []), (O, "Office national des chemins de fer", ["ONCF"]), (L, "Rabat", []), (O, "AFP", []),
  (L, "Kénitra", []), (L, "Tanger", []), (L, "Casablanca", []), (L, "aéroport Mohammed V", []),
  (P, "Mohammed VI", []), (P, "Mohamed Rabie Khlie", []), (O, "Alstom", []), (O, "Talgo", []),
  (O, "Hyundai Rotem", []), (P, "Abdessamad Kayouh", []), (O, "Parlement", []),
  (O, "Banque africaine de développement", ["BAD"]), (O, "Fonds saoudien pour le développement", []),
  (P, "Aziz Akhannouch", []), (O, "Rassemblement national des indépendants", ["RNI"]),
  (L, "Grand stade Hassan II", []), (L, "Benslimane", []), (P, "Driss Benhima-Alaoui", []),
  (O, "université Mohammed V de Rabat", ["université Mohammed V"]), (L, "Oriental", ["l'Oriental"]),
  (L, "Souss", [])]),
 "772_fr.txt": ("fr", ["CN", "DZ", "MR", "QA"], [
  (P, "Abdelmadjid Tebboune", ["Tebboune"]), (L, "Gara Djebilet", []), (L, "Alger", ["ALGER"]), (O, "Xinhua", []),
  (L, "Tindouf", []), (L, "Béchar", []), (O, "China Railway Construction Corporation", ["CRCC"]),
  (O, "Cosider", []), (O, "Infrafer", []), (P, "Sifi Ghrieb", []), (O, "Algerian Qatari Steel", ["AQS"]),
  (L, "Bellara", []), (L, "Jijel", ["wilaya de Jijel"]), (O, "Tosyali", ["groupe Tosyali"]), (L, "Bethioua", []),
  (L, "Oran", []), (O, "Société nationale du fer et de l'acier", ["Feralg"]), (O, "MCC", []), (P, "Li Jian", []),
  (P, "Wang Haitao", []),
  (O, "Université des sciences et de la technologie Houari-Boumediene", ["USTHB"]),
  (L, "Abadla", ["commune d'Abadla"]), (L, "Saoura", ["oued Saoura", "vallée de l'oued Saoura"]),
  (L, "Zouérate", []), (P, "Karim Bouzidi", [])]),
 "773_fr.txt": ("fr", ["GE", "RU"], [
  (O, "Parlement", []), (L, "Tbilissi", []), (O, "AFP", []), (O, "tribunal municipal de Tbilissi", []),
  (P, "Levan Tchikhladzé", []), (L, "avenue Roustaveli", ["Roustaveli"]),
  (O, "Rêve géorgien", ["le Rêve géorgien"]), (P, "Nino Abachidzé", []), (P, "Irakli Kobakhidzé", []),
  (L, "Bruxelles", []), (P, "Bidzina Ivanichvili", []), (P, "Salomé Zourabichvili", []),
  (P, "Mikheïl Kavelachvili", []), (O, "Mouvement national uni", ["MNU"]), (P, "Mikheïl Saakachvili", []),
  (O, "Union européenne", ["UE"]), (P, "Kaja Kallas", []), (O, "Transparency International Géorgie", []),
  (L, "Batoumi", []), (L, "Koutaïssi", [])]),
 "774_ar.txt": ("ar", ["EG", "YE"], [
  (O, "البنك المركزي المصري", ["للبنك المركزي المصري", "البنك المركزي", "المركزي المصري"]), (L, "القاهرة", []),
  (O, "أ ش أ", []), (O, "لجنة السياسة النقدية", []),
  (O, "الجهاز المركزي للتعبئة العامة والإحصاء", []), (P, "حسن عبد الله", []),
  (L, "العاصمة الإدارية الجديدة", ["بالعاصمة الإدارية الجديدة"]), (P, "مصطفى مدبولي", []),
  (P, "أحمد كجوك", []), (O, "صندوق النقد الدولي", []), (P, "أسامة ربيع", []),
  (O, "هيئة قناة السويس", []), (L, "البحر الأحمر", []), (O, "البورصة المصرية", ["للبورصة المصرية"]),
  (P, "منى الشربيني", []), (O, "إتش سي", ["شركة \"إتش سي\" للأوراق المالية والاستثمار"])]),
 "775_ar.txt": ("ar", ["AE", "AF", "IR", "TM", "UZ"], [
  (P, "محمد بن زايد آل نهيان", []), (L, "أبوظبي", ["بأبوظبي", "إمارة أبوظبي"]), (O, "وام", []),
  (L, "قصر الشاطئ", []), (P, "شوكت ميرضيائيف", []),
  (O, "شركة أبوظبي لطاقة المستقبل", ["مصدر"]), (O, "وزارة الطاقة الأوزبكية", ["ووزارة الطاقة الأوزبكية"]),
  (L, "سمرقند", ["ولايتي سمرقند"]), (L, "بخارى", ["وبخارى"]), (L, "نوائي", ["مدينة نوائي"]),
  (O, "مجموعة موانئ أبوظبي", ["موانئ أبوظبي"]),
  (L, "منطقة أنغرين الصناعية الحرة", ["أنغرين"]), (L, "طشقند", []), (L, "ميناء خليفة", ["بميناء خليفة"]),
  (P, "سلطان بن أحمد الجابر", []), (P, "لازيز قدراتوف", []), (O, "صندوق أبوظبي للتنمية", []),
  (L, "قره قلباقستان", ["إقليم قره قلباقستان"]), (P, "عبدالله بن زايد آل نهيان", []),
  (P, "طحنون بن زايد آل نهيان", []), (P, "أولوغبيك مقصودوف", [])]),
 "776_ar.txt": ("ar", ["DJ", "ER", "ET", "KE", "SO", "TR"], [
  (L, "لابسيت", ["ممر \"لابسيت\""]), (L, "أديس أبابا", []), (L, "ميناء لامو", ["بميناء لامو", "لامو"]),
  (P, "عبد الرحمن يوسف", []), (O, "الأناضول", ["للأناضول"]), (L, "المحيط الهندي", []),
  (P, "وليام روتو", ["روتو"]), (P, "آبي أحمد", []), (L, "القصر الوطني", []),
  (L, "مويالي", ["بلدة مويالي"]), (L, "إيسيولو", ["مدينة إيسيولو"]), (O, "بنك التنمية الأفريقي", []),
  (O, "شركة الكهرباء الإثيوبية", []), (L, "سد النهضة", []), (O, "الخطوط الجوية الإثيوبية", []),
  (L, "نيروبي", ["ونيروبي"]), (L, "مومباسا", ["ومومباسا"]),
  (O, "الهيئة الحكومية للتنمية في شرق أفريقيا", ["إيغاد"]), (P, "دجيني تيفيرا", []),
  (L, "أرض الصومال", []), (L, "مقديشو", []), (O, "الاتحاد الأفريقي", []),
  (O, "اللجنة الاقتصادية لأفريقيا", []), (O, "الأمم المتحدة", ["للأمم المتحدة"])]),
 "777_vi.txt": ("vi", ["MY", "VN"], [
  (P, "Anwar Ibrahim", []), (P, "Bùi Thanh Sơn", []), (L, "Kuala Lumpur", []), TTXVN, (L, "Putrajaya", []),
  (O, "Ủy ban hỗn hợp về hợp tác song phương Việt Nam - Malaysia", []), (O, "ASEAN", []),
  (L, "Biển Đông", []), (O, "Tập đoàn Dầu khí quốc gia Malaysia", ["Petronas"]),
  (O, "Petrovietnam", ["Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"]), (P, "Mohamad Hasan", []),
  (L, "Cái Mép - Thị Vải", ["cảng Cái Mép - Thị Vải"]), (L, "Klang", ["cảng Klang"]), (L, "Đà Nẵng", []),
  (L, "Phú Quốc", []), (L, "Penang", []), (O, "Cơ quan Phát triển Đầu tư Malaysia", ["MIDA"]),
  (L, "Bà Rịa - Vũng Tàu", []), (L, "Thành phố Hồ Chí Minh", []), (P, "Lê Quỳnh Mai", []),
  (L, "Selangor", []), (L, "Johor", []), (O, "Top Glove", ["Tập đoàn Top Glove"]), (L, "Shah Alam", [])]),
 "778_vi.txt": ("vi", ["JP", "KR", "VN"], [
  (L, "Ba", ["sông Ba"]), (L, "Đắk Lắk", ["tỉnh Đắk Lắk"]), (L, "Gia Lai", []), TTXVN,
  (L, "Củng Sơn", ["trạm Củng Sơn"]), (O, "Trung tâm Dự báo khí tượng thủy văn quốc gia", []),
  (L, "Sơn Thành Tây", ["trạm Sơn Thành Tây"]), (L, "Sông Ba Hạ", ["Hồ thủy điện Sông Ba Hạ"]),
  (L, "Tuy Hòa", ["phường Tuy Hòa"]), (L, "Quốc lộ 1", []), (O, "Tổng công ty Đường sắt Việt Nam", []),
  (L, "Nha Trang", ["ga Nha Trang"]), (L, "Diêu Trì", ["ga Diêu Trì"]),
  (L, "Cảng hàng không Phù Cát", ["Phù Cát"]), (P, "Trần Hồng Hà", []), (O, "Bộ Quốc phòng", []),
  (L, "Phú Hòa", ["xã Phú Hòa"]), (L, "Sơn Hòa", ["xã Sơn Hòa"]), (P, "Nguyễn Đình Khải", []),
  (O, "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk", []), (L, "Kôn", ["sông Kôn"]),
  (L, "Quy Nhơn Bắc", ["phường Quy Nhơn Bắc"]), (P, "Phan Thị Hồng Nhung", []),
  (L, "Bình Thạnh", ["thôn Bình Thạnh"]), (O, "Hội Chữ thập đỏ Việt Nam", [])]),
 "779_vi.txt": ("vi", ["AR", "BR", "PY", "UY", "VN"], [
  (O, "Mercosur", ["Khối Thị trường chung Nam Mỹ"]), (L, "Brasília", []), TTXVN,
  (O, "Bộ Nông nghiệp và Chăn nuôi Brazil", ["Bộ Nông nghiệp và Chăn nuôi"]), (P, "Carlos Fávaro", []),
  (P, "Luiz Inácio Lula da Silva", []), (O, "JBS", ["tập đoàn JBS"]), (L, "Cát Lái", ["cảng Cát Lái"]),
  (P, "Nguyễn Thị Hoài Thu", []), (O, "Công ty cổ phần Vĩnh Hoàn", ["Vĩnh Hoàn"]),
  (O, "Công ty cổ phần Nam Việt", ["Navico", "Nam Việt"]), (L, "Đồng Tháp", []), (L, "An Giang", []),
  (L, "Cái Mép", ["cảng Cái Mép"]), (L, "Santos", ["cảng Santos"]), (L, "São Paulo", ["bang São Paulo"]),
  (L, "Mato Grosso", []), (L, "Paraná", []), (O, "Bộ Công Thương", []), (O, "Vietnam Airlines", []),
  (O, "Embraer", [])]),
 "780_ru.txt": ("ru", ["AF", "IT", "KG", "TJ", "UZ"], [
  (P, "Эмомали Рахмон", ["Рахмон"]), (L, "Рогунская ГЭС", ["Рогунской ГЭС", "Рогун", "Рогуна"]),
  (L, "Душанбе", ["ДУШАНБЕ"]), TASS, (L, "Вахш", ["реке Вахш", "Вахша"]), (P, "Манучехр Сафарзода", []),
  (O, "Webuild", []), (O, "Маджлиси милли", []), (P, "Рустам Эмомали", []),
  (O, "Всемирный банк", ["Всемирного банка"]), (P, "Антонелла Бассани", []),
  (O, "Азиатский банк инфраструктурных инвестиций", ["АБИИ"]), (O, "Барки точик", ["ОАО \"Барки точик\""]),
  (P, "Бахтиёр Хамидов", []),
  (O, "Душанбинский филиал МГУ имени М. В. Ломоносова",
   ["Душанбинского филиала МГУ имени М. В. Ломоносова", "МГУ имени М. В. Ломоносова", "МГУ"]),
  (P, "Фаридун Холов", []), (L, "Амударья", ["Амударьи"]), (L, "Камбаратинская ГЭС-1", ["Камбаратинской ГЭС-1"])]),
 "781_ru.txt": ("ru", ["CN", "MN", "RU"], [
  (O, "Великий государственный хурал", ["Великий государственный хурал Монголии"]),
  (L, "Сила Сибири 2", ["\"Сила Сибири 2\""]), (L, "Улан-Батор", ["УЛАН-БАТОР", "Улан-Батора"]),
  (O, "РИА Новости", []), (L, "Союз Восток", ["\"Союз Восток\""]),
  (O, "Демократическая партия", ["Демократической партии"]), (P, "Ухнаагийн Хурэлсух", []),
  (L, "Сэлэнгэ", []), (L, "Туве", []), (L, "Дорноговь", []), (L, "Замын-Ууд", ["Замын-Ууда"]),
  (L, "Западная Сибирь", ["Западной Сибири"]), (O, "Газпром", ["Газпрома"]),
  (P, "Алексей Миллер", ["Миллера"]), (L, "Пекин", ["Пекине"]),
  (O, "Китайская национальная нефтегазовая корпорация", ["Китайской национальной нефтегазовой корпорацией", "CNPC"]),
  (P, "Чойжилсурэнгийн Батбаяр", []), (O, "МОНЦАМЭ", []), (P, "Игорь Юшков", []),
  (O, "Фонд национальной энергетической безопасности", ["Фонда национальной энергетической безопасности"]),
  (O, "Федеральная таможенная служба", [])]),
 "782_ru.txt": ("ru", ["AE", "BA", "BG", "HU", "RO", "RS", "RU", "TR", "US"], [
  (P, "Александр Вучич", ["Вучич", "Вучичем"]), (O, "Нефтяная индустрия Сербии", ["NIS"]),
  (L, "Белград", ["БЕЛГРАД"]), TASS, (O, "Министерство финансов США", []), (L, "Панчево", []),
  (O, "Газпром нефть", ["Газпром нефти"]), (O, "Газпром", ["Газпрому", "Газпрома"]),
  (P, "Дубравка Джедович-Хандапович", []), (O, "MOL", []),
  (O, "МИД Венгрии", []), (P, "Петер Сийярто", []), (L, "Будапешт", []), (P, "Алексей Миллер", []),
  (L, "Турецкий поток", ["\"Турецкий поток\""]), (O, "Кремль", ["Кремле"]), (L, "Москва", []),
  (P, "Александр Боцан-Харченко", []), (O, "Белградский университет", ["Белградского университета"]),
  (P, "Милан Прокопович", [])]),
 "783_zh.txt": ("zh", ["BD", "CN", "IN"], [
  (L, "吉大港", ["吉大港港"]), (L, "中国经济工业区", ["吉大港中国经济工业区"]), XINHUA, (L, "达卡", []),
  (P, "杨晨阳", []), (P, "苏婉婷", []), (O, "孟加拉国投资发展局", []), (P, "阿希克·乔杜里", []),
  (L, "马塔巴里深水港", ["马塔巴里"]), (P, "姚文", []), (O, "中国港湾工程有限责任公司", []),
  (L, "卡纳普里河", []), (O, "浙江恒远新能源科技有限公司", []), (P, "周立平", []),
  (O, "孟加拉国中央银行", []), (P, "艾哈桑·曼苏尔", []), (L, "阿诺瓦拉县", ["阿诺瓦拉"]),
  (P, "穆罕默德·拉希姆", [])]),
 "784_zh.txt": ("zh", ["AR", "BR", "CN", "US"], [
  (O, "阿根廷中央银行", ["阿根廷央行"]), (O, "中国人民银行", []), XINHUA, (L, "布宜诺斯艾利斯", []),
  (P, "高文成", []), (P, "圣地亚哥·包西利", []), (P, "路易斯·卡普托", []), (O, "美国财政部", []),
  (P, "贝森特", []), (P, "米莱", []), (O, "自由前进", ["“自由前进”党"]), (L, "玫瑰宫", []),
  (O, "赣锋锂业", []), (L, "萨尔塔省", []), (O, "紫金矿业", []), (L, "卡塔马卡省", []),
  (O, "阿根廷能源国务秘书处", []), (O, "布宜诺斯艾利斯大学", []), (P, "玛丽亚·洛佩斯", [])]),
 "785_zh.txt": ("zh", ["CN", "KH", "VN"], [
  (L, "德崇扶南运河", []), (O, "中新社", []), (L, "金边", []), (P, "黄伟明", []), (P, "洪玛奈", []),
  (L, "干拉省", []), (L, "巴沙河", []), (L, "茶胶省", []), (L, "白马省", []),
  (O, "柬埔寨扶南德崇运河公司", []), (O, "中国路桥工程有限责任公司", []), (O, "柬埔寨参议院", []),
  (P, "洪森", []), (O, "柬埔寨公共工程与运输部", []), (P, "翁·维塞", []), (L, "西哈努克港", []),
  (P, "陈立新", []), (L, "湄公河三角洲", []), (L, "湄公河", []),
  (O, "柬埔寨皇家科学院国际关系研究所", []), (P, "金平", [])]),
}


here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout44", G)
write_gold(here, "holdout44", "holdout44-gold.json", G)
