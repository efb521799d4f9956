#!/usr/bin/env python3
"""Writes holdout66-gold.json for the articles in holdout66/ (same format and conventions as make-gold-holdout65.py and,
through it, holdout60-64). A SENTINEL set (never fitted), written blind in session 42 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first (4105ba5), then this gold): wire
news on topics the earlier sets had little of (a bulk carrier aground and its insurers, rural akim elections, a
children's syrup recall, a dockers' strike, a painting auction, a Vodun festival, a river border market, a railway
winter timetable, migratory birds in drying marshes, a robotics start-up's funding round, a cross-border train
timetable, a diaspora festival, an antibiotic recall, a bison census, a cross-border trade centre, an Antarctic
expedition, a quantum start-up's funding round, a diaspora culture festival), set mostly in countries the earlier sets
rarely used (Malta, Ghana, Madagascar, Benin, Mauritania, Saudi Arabia, Iraq, the Czech Republic, Kyrgyzstan) and in the
corpus's own (Kazakhstan, Vietnam, Belarus, China); REAL public figures and bodies mixed with invented minor people,
firms and villages; 3 en, 3 fr, 3 ar, 3 vi (1189 entirely in NFD), 3 ru, 3 zh:
1178 en Reuters 'VALLETTA, Dec 4 (Reuters) -' (Gozo, a Liberian-flagged ship from Odesa to Alexandria, Xwejni Bay,
Transport Malta, 'Halcyon Bulk Carriers Ltd', 'Piraeus-based', 'Stavros Makridakis' / Makridakis, Gard (Norwegian P&I
club), Lloyd's of London and 'the London broker', SMIT Salvage and Boskalis (Dutch), Rotterdam, Cirkewwa and Mgarr,
ERA in parentheses, 'Marsalforn harbour', Izmir, 'Black Sea', 'Halden & Rowe', International Group of P&I Clubs,
Geneva, a Reuters byline (Reporting by …; Editing by …)); 1179 en Kazinform 'KOSSHY, December 4 (Kazinform) -'
(Akmola region, rural districts named like their villages, Tselinograd district, the Amanat and Respublica parties,
People's Party of Kazakhstan, Kazakhstan International Bureau for Human Rights, the 'Astana – Karaganda highway',
'Zhasyl Dala Agro LLP', a 'Russian-Kazakh venture', Kassym-Jomart Tokayev / Tokayev, 'Kostanay and Pavlodar regions');
1180 en GNA 'Accra, Dec. 4, GNA -' (FDA in parentheses, a brand in quotes (none), 'Osei-Tutu Pharmaceuticals Limited'
and a person 'Abena Osei-Tutu Boakye', 'Kumasi-based', Tema, Sankofa Chem Supplies, 'Drug Enforcement Department of
the FDA', Ashanti Region, Bono Region, Greater Accra, Ahodwo, Mumbai, 'The Minister for Health, Mr Kwabena Mintah
Akandoh' / 'Mr Akandoh', teaching hospitals, The Gambia, WHO, Maiden Pharmaceuticals, Uzbekistan and Indonesia, a
sign-off 'GNA'); 1181 fr AFP 'Antananarivo, 4 déc (AFP) -' (port de Toamasina beside Toamasina, STPDM, MICTSL with
'Ltd', 'groupe philippin ICTSI', SPAT, 'l'armateur français CMA CGM', Port-Louis, Durban, CCIA, ministère des
Transports, région Sava, port d'Ehoala, Fort-Dauphin, Sambava, OIT, Région Atsinanana); 1182 fr AFP 'Paris, 4 déc
(AFP) -' (Lê Phổ and the ASCII 'Le Pho', 'franco-vietnamien', Aguttes and its founder Claude Aguttes, Neuilly-sur-Seine,
Bordeaux, Hanoï, École des beaux-arts de l'Indochine, Victor Tardieu, Mai Trung Thứ, Vũ Cao Đàm, Hôtel Drouot,
Christie's, Sotheby's, Lyon, Musée des beaux-arts du Vietnam); 1183 fr ABP 'Cotonou, 4 déc. (ABP) -' (Ouidah, the
ministry as an actor, ANPT, Route des esclaves, place Chacha, Porte du non-retour, Brésil, Haïti, Cuba, États-Unis,
Nigeria, Togo, Air Côte d'Ivoire, Abidjan, Grand-Popo, temple des Pythons, basilique de l'Immaculée-Conception, plage de
Djègbadji, Angélique Kidjo, UNICEF); 1184 ar AMI 'روصو - الوكالة الموريتانية للأنباء' (نهر السنغال beside السنغال the
country, ولاية اترارزة, Mauritanian names with ولد / منت / بنت, a given name alone, customs and a chamber with the
nisba, سان لويس, نواكشوط, 'نواكشوط وداكار', جسر روصو, البنك الإفريقي للتنمية, الاتحاد الأوروبي, a cooperative);
1185 ar SPA 'الرياض 24 جمادى الآخرة 1448 هـ الموافق 04 ديسمبر 2026 م واس' (الخطوط الحديدية السعودية "سار" and
'لـ"سار"', a list of towns with و, بالهفوف, النفود, a minister after his portfolio, الهيئة العامة للنقل, محطة الرياض
الشمالية, 'شركة رينفي الإسبانية', قطار الحرمين السريع (none), مكة المكرمة والمدينة المنورة, منفذ الحديثة,
الأردن); 1186 ar INA 'الناصرية - واع' (مديرية بيئة ذي قار and 'مديرية البيئة', وكالة الأنباء العراقية (واع),
marshes الهور الأوسط / هور الحمار / هور الحويزة, ميسان, شط العرب, البصرة, 'كلية العلوم بجامعة ذي قار', قضاء الجبايش,
'نهري دجلة والفرات', 'السدود التركية والإيرانية', منظمة اليونسكو, منظمة طبيعة العراق and عزام علوش, وزارة الموارد
المائية, فاو in parentheses, 'الجبايش والحمار'); 1187 vi Tuổi Trẻ 'TTO -' (Công ty cổ phần Công nghệ Hải Vân
Robotics (HVR) / Hải Vân Robotics, Khu công nghệ cao Đà Nẵng, Do Ventures, a Japanese fund, 'Bà … / chị Duyên',
Trường Đại học Bách khoa - Đại học Đà Nẵng, Dawaco and EVNCPC in parentheses, đường Bạch Đằng, sông Hàn, hầm Hải Vân,
Thái Lan, Indonesia, Nhật Bản, Hàn Quốc, TP.HCM, Bangkok, Jakarta); 1188 vi TTXVN 'Hà Nội, 4/12 (TTXVN) -' (VNR, the
train 'Gia Lâm - Nam Ninh (Trung Quốc)', stations ga Gia Lâm, ga Đồng Đăng (Lạng Sơn), ga Bằng Tường, ga Nam Ninh Đông,
'giờ Bắc Kinh', Tập đoàn Đường sắt Quốc gia Trung Quốc, tuyến Thống Nhất, the railway 'Lào Cai - Hà Nội - Hải Phòng',
cửa khẩu Lào Cai - Hà Khẩu, Nga); 1189 vi TTXVN 'Praha, 4/12 (TTXVN) -', in NFD (Trung tâm thương mại Sapa / chợ Sapa,
quận Libuš, Hội người Việt Nam tại Séc, 'Đại sứ Việt Nam tại Cộng hòa Séc Dương Hoài Nam', Ủy ban Nhà nước về người
Việt Nam ở nước ngoài, Nam Định, Hải Phòng, Thái Bình, Brno, Cheb, Karlovy Vary, Nhà hát Chèo Việt Nam, a club
'Thăng Long Praha', Jana Vlčková, Đức, Ba Lan, Slovakia, Leipzig, Berlin); 1190 ru Sputnik 'БИШКЕК, 4 дек — Sputnik.'
(a department 'при Министерстве здравоохранения Кыргызстана', 'индийской компании "Ганга Лайфсайенсиз"', 'ОсОО
"Ала-Тоо Фарм Импорт"', Бишкека, Оша, Джалал-Абада и Чуйской области, a patronymic and a genitive surname,
'Национальный госпиталь при Минздраве', Ошская межобластная клиническая больница, Алматы, 'российский
Росздравнадзор', ЕАЭС in parentheses, 'Всемирной организации здравоохранения', Нарына, Баткена, Минздрава); 1191 ru BelTA 'БРЕСТ, 4 декабря
(БЕЛТА) –' (Национальный парк "Беловежская пуща", 'Ольга Брониславовна Жданович' / Жданович (indeclinable),
'в Каменецком и Пружанском районах', a centre of НАН Беларуси, Минприроды spelled out, Налибокская пуща, Березинский and
Полесский заповедники, Управление делами Президента Республики Беларусь, 'Президента Александра Лукашенко', Каменюках /
Каменюков, Литву, Брянскую область России, польская / литовская, Беловежский национальный парк, Витебщине, Минска,
Бреста); 1192 ru Kazinform 'ЖАРКЕНТ. КАЗИНФОРМ –' (МЦПС "Хоргос" and 'АО "МЦПС "Хоргос"', 'в "Хоргосе"', 'к городу
Хоргос', Алматы, Талдыкоргана, Шымкента, Кыргызстана и Узбекистана, Синьцзян-Уйгурского автономного района, Иу, a
department 'по области Жетысу', пункт пропуска "Нур Жолы", Министерство торговли и интеграции Казахстана, Урумчи,
станции Алтынколь); 1193 zh Xinhua '新华社上海12月4日电（记者 葛蔚然）' (ships in quotes (none), 浦东, 南极 (none),
自然资源部, 中国极地研究中心, 深圳, 南大洋, Antarctic stations, 罗斯海, 难言岛, 阿蒙森海, 普里兹湾, 复旦大学大气与海洋科学系,
新西兰利特尔顿港, 澳大利亚霍巴特, 德国阿尔弗雷德·魏格纳研究所, 韩国极地研究所, 泰国、马来西亚, 上海交通大学, 我国 (none));
1194 zh People's Daily '本报合肥12月4日电（记者 邝雨桐）' (合肥星衍量子科技有限公司 / 星衍量子, 合肥市产业投资控股（集团）有限公司 /
合肥产投, two investment companies with a province or city inside, 合肥高新区, 中国科学技术大学 and its 物理学院,
量子信息与量子科技创新研究院, 本源量子, 国盾量子, 浙江大学, 清华大学, 中国科学院院士潘建伟, 合肥市蜀山区, 上海, 德国和荷兰);
1195 zh China News Service '中新网江门12月4日电（记者 伍嘉欣）' (an event (none), 广东江门, 美国、加拿大、马来西亚、秘鲁,
"中国第一侨乡", '旧称“五邑”', seven districts and cities in two lists, 江门市外事侨务局, 北美 / 东南亚 (none), 美国旧金山,
经香港, 三藩市台山宁阳会馆, 台山市图书馆, 加拿大温哥华中华会馆, 台山话 (none), 开平碉楼 / 开平碉楼与村落, 自力村,
新会梁启超故居, 江门五邑华侨华人博物馆, 江门市商务局, 中国侨联, 马来西亚吉隆坡, 秘鲁利马).
Every invented minor name and firm was checked with grep against the articles and make-gold scripts of all earlier sets;
replaced after that check: Camilleri (holdout15), Venkataraman (holdout42), Baimukhanov (holdout38/40), Seitkali
(holdout10), Abenov and Tasbolatova (holdout14), Carrère-Noyelle (holdout60), Dossou-Yovo (holdout7), الشمري (holdout11),
الرشيدي (holdout48/53), الركابي (holdout53), Ngọc Diệp (holdout24/28), Huỳnh Tấn Lộc (holdout18), Thảo Vy (holdout39),
Сыдыков (holdout62). Recurring as allowed: real public figures and bodies (Kassym-Jomart Tokayev, Александр Лукашенко,
潘建伟, Angélique Kidjo, Lê Phổ, Gard, Boskalis, CMA CGM, ICTSI, Aguttes, Росздравнадзор, 中国科学技术大学 …), the
agencies, capitals, regions and cities; given names alone (Gulnara, Aigerim, Nurzhan) recur.

Conventions as holdout65 (titles, ranks and honorifics no part of a name: the shipowner, head of ports at, a marine
analyst, chairman of …, Mr, Mrs, Dr, The Minister for Health, managing director, le secrétaire général du STPDM, Sa
directrice générale, président de la coopérative, M., la spécialiste du département Arts d'Asie d'Aguttes, le
commissaire-priseur, expert en …, le directeur général de l'ANPT, Le maire de Ouidah, Le prêtre vodun, la chanteuse,
السيد, المندوب الجهوي للتجارة في ولاية اترارزة, التاجرة, التاجر, رئيسة تعاونية …, الرئيس التنفيذي لـ"سار" الدكتور,
معالي وزير النقل والخدمات اللوجستية المهندس, رجل الأعمال, مدير بيئة ذي قار المهندس, الباحثة في كلية العلوم …
الدكتورة, مربي الجاموس, رئيس منظمة طبيعة العراق المهندس, Bà, chị, Tổng Giám đốc kiêm đồng sáng lập, Anh, Giám đốc
công nghệ, Ông, Phó Giám đốc Sở …, Phó Tổng Giám đốc VNR, Trưởng ga Đồng Đăng, Đại sứ Việt Nam tại Cộng hòa Séc, Chủ
tịch Hội …, Em, Thị trưởng quận Libuš, директор департамента, коммерческий директор компании, Министр здравоохранения,
Эксперт Ассоциации …, заместитель генерального директора парка по научной работе, Президента, Директор
научно-практического центра …, председатель правления АО "МЦПС "Хоргос"", Предприниматель из Алматы, Китайский
торговец, 记者, 领队, 副主任, 首席科学家, 教授, 创始人, 董事长, 院士, 局长, 第四代华裔, 主席, 副主席); a surname, a
Vietnamese given name, a Russian surname in a case or a Mauritanian given name alone an alias; every surface form an
alias, Russian cases and Arabic clitic forms included; countries as ISO codes, never entities (adjectives, nisbas and
names inside bodies name their country: Liberian-flagged LR, Ukrainian UA, Maltese / Transport Malta MT, Norwegian NO,
Dutch NL, Russian-Kazakh RU and KZ, Ghana News Agency GH, philippin PH, l'armateur français FR, franco-vietnamien FR and
VN, Air Côte d'Ivoire CI, الموريتانية MR, السنغالية SN, السعودية SA, الإسبانية ES, التركية TR, الإيرانية IR, Đường sắt
Việt Nam VN, индийской IN, российский RU, литовской LT, польских PL, 中国极地研究中心 CN, 韩国极地研究所 KR; Hong Kong
(香港) HK and no place, as holdout21); a generic word before or after a place an alias (Marsalforn harbour, Tselinograd
district, région Sava, plage de Djègbadji, plage de Ouidah, ولاية, مدينة, قضاء, sông, quận, đường, ga …); a place only
inside an organization's name not counted (Ghana, Indochine, Ghana's teaching hospitals' Komfo Anokye and Korle Bu, Đại học Đà Nẵng, Ala-Too, Жетысу, 安徽省, 深圳市 in the investors' names, 三藩市, 温哥华); a facility named
like a place not otherwise named is that place's alias (port d'Ehoala -> Ehoala, منفذ الحديثة -> الحديثة, hầm Hải Vân ->
Hải Vân, ga Gia Lâm, ga Đồng Đăng, ga Bằng Tường, станции Алтынколь, 利特尔顿港 -> 利特尔顿), while one named like a
place that is named is a place apart (port de Toamasina beside Toamasina, جسر روصو beside روصو, محطة الرياض الشمالية
beside الرياض, ga Nam Ninh Đông beside Nam Ninh, 开平碉楼 beside 开平); a road or railway named by its ends is a place and
so is each end (Astana – Karaganda, Lào Cai - Hà Nội - Hải Phòng), a border crossing written by its two ends the two
places (cửa khẩu Lào Cai - Hà Khẩu, as holdout62); a college written with its university in one name one organization
(Trường Đại học Bách khoa - Đại học Đà Nẵng, 复旦大学大气与海洋科学系, 中国科学技术大学物理学院, the last beside
中国科学技术大学 written alone), a college and its university written apart two (كلية العلوم / جامعة ذي قار); ships,
brands, artworks, events, festivals, apps and programmes none (Aurelia Star, "Calmafen Junior", Vodun Days, "雪龙2"号,
2026江门侨乡文化节, “寻根地图”, الاستراتيجية الوطنية للنقل …); governments none (Chính phủ Séc); legal forms outside an
English or Russian canonical (Halcyon Bulk Carriers, Zhasyl Dala Agro, Osei-Tutu Pharmaceuticals, Madagascar
International Container Terminal Services, Ала-Тоо Фарм Импорт, the centre with its АО) but inside a Vietnamese or
Chinese one. New here:
- a rural district named like its village where both are written: two places, the district with its noun (Talapker
  rural district / Talapker, Koyandy rural district / Koyandy), as a region named like its capital;
- regions coordinated over one plural noun ('Kostanay and Pavlodar regions', 'Каменецком и Пружанском районах'): the
  last carries the noun as written, the first is its bare word (an alias of 'Каменецкий район', written in full later),
  as holdout60's counties;
- a train service named by its ends (tàu liên vận Gia Lâm - Nam Ninh, tàu Hà Nội - Lào Cai), a named train (قطار
  الحرمين السريع, tàu SE, MR1) and a bus route none, each end a place where named; a railway line a place (tuyến Thống
  Nhất, as roads); a time zone ('giờ Bắc Kinh') none; Antarctica (南极) a continent, none and no code (as 'châu Á');
  research stations (秦岭站, 中山站, 长城站 …), seas, bays, an island and the Southern Ocean places;
- ministries written as actors are organizations (ministère des Transports; ministère du Tourisme, de la Culture et
  des Arts), portfolios in titles none (as holdout61/64); a department 'при Министерстве здравоохранения Кыргызстана'
  one organization, the ministry alone ('Минздрава') another, a hospital 'при Минздраве' one organization;
- a national park and nature reserves are places even where their staff speak (Национальный парк "Беловежская пуща" ->
  Беловежская пуща, Беловежский национальный парк, Березинский заповедник, as holdout64); a museum named lowercase
  ('музей природы в Каменюках') none, the village a place;
- a market complex (Trung tâm thương mại Sapa / chợ Sapa) a place; a cross-border trade centre and the JSC that runs
  it one organization ('МЦПС "Хоргос"', 'в "Хоргосе"'), while 'к городу Хоргос' is the Chinese city, a place apart; a
  checkpoint with a name of its own ('пункте пропуска "Нур Жолы"') a place;
- an auction house's saleroom (Hôtel Drouot) an organization; a company's department in a title none;
- a company named after a place (Hải Vân Robotics, Ала-Тоо Фарм Импорт) counts no place; Hải Vân is counted from the
  tunnel only;
- a street in Vietnamese (đường Bạch Đằng) the bare name with the phrase an alias, as đại lộ in holdout60;
- an old name written in quotes ('旧称“五邑”') an alias of the city; a nickname in quotes ("中国第一侨乡") none, though its
  中国 names CN; a person's former residence (梁启超故居) a place and no person; a dialect (台山话) none;
- a foreign body whose Chinese name holds its country (韩国极地研究所) keeps it in the canonical; one written after its
  country and city (加拿大温哥华中华会馆) is canonical without them (as 吉美 in holdout63);
- 'بلاد ما بين النهرين' (Mesopotamia), الأهوار and أهوار العراق none; a species' name with a nisba (هازجة القصب البصرية)
  none; الحمار (a town, 'الجبايش والحمار') and هور الحمار (a marsh) two places;
- Reuters's trailing byline ('Reporting by …; Editing by …') gives two people; GNA's sign-off is an alias of the
  agency.
Countries: LR, MT, NL, NO, PH, UA (1178: Greece, Egypt, Turkey and the UK not written); KZ, RU (1179); GH, GM, ID, IN,
UZ (1180); FR, MG, PH (1181: Mauritius and South Africa not written); FR, VN (1182); BJ, BR, CI, CU, HT, NG, TG, US
(1183); MA, MR, SN (1184); ES, JO, SA (1185); IQ, IR, TR (1186); ID, JP, KR, TH, VN (1187); CN, KR, RU, VN (1188); CZ,
DE, PL, SK, VN (1189); IN, KG, KZ, RU (1190); BY, LT, PL, RU (1191); CN, KG, KZ, UZ (1192); AU, CN, DE, KR, MY, NZ, TH
(1193); CN, DE, NL (1194); CA, CN, HK, MY, PE, US (1195).
Judgement calls: 'the Akmola regional election commission' and 'the regional department of ecology' are lowercase
(none), so Akmola comes from 'Akmola region'; 'the Mediterranean' and 'Black Sea' are places; 'Drug Enforcement
Department' an organization of its own (capitalized, with a head); 'Vanille Fanantenana' an organization; 'Le Pho' (ASCII)
an alias of Lê Phổ; 'l'école de Hanoï' (an art movement) none; 'la sous-région', 'l'océan' none; 'الدرك الوطني' and
'الشرطة' in a list of services none; 'Đại sứ quán' alone and 'Hội' alone none; 'Thăng Long Praha' (a martial-arts
club) an organization; 'республику' none; 'резиденция Деда Мороза' none; 'алматинских рынках' names no place; 'Series A' none; 'miền Trung' (a broad region) none; '我国' none."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
G = {
 "1178_en.txt": ("en", ["LR", "MT", "NL", "NO", "PH", "UA"], [
  (L, "Valletta", ["VALLETTA"]), (O, "Reuters", []), (L, "Gozo", []), (L, "Mediterranean", []), (L, "Odesa", []),
  (L, "Alexandria", []), (L, "Xwejni Bay", []), (O, "Transport Malta", []),
  (O, "Halcyon Bulk Carriers", ["Halcyon Bulk Carriers Ltd"]), (L, "Piraeus", []),
  (P, "Stavros Makridakis", ["Makridakis"]), (O, "Gard", []), (O, "Lloyd's of London", []),
  (O, "Thornbury Marine Partners", []), (O, "SMIT Salvage", []), (O, "Boskalis", []), (L, "Rotterdam", []),
  (P, "Ivan Buhagiar", ["Buhagiar"]), (L, "Cirkewwa", []), (L, "Mgarr", []),
  (O, "Environment and Resources Authority", ["ERA"]), (L, "Marsalforn", ["Marsalforn harbour"]), (L, "Izmir", []),
  (L, "Black Sea", []), (P, "Meera Sundaresan", []), (L, "London", []), (O, "Halden & Rowe", []),
  (O, "International Group of P&I Clubs", []), (L, "Geneva", []), (P, "Chris Scicluna", []),
  (P, "Alison Williams", [])]),
 "1179_en.txt": ("en", ["KZ", "RU"], [
  (L, "Akmola", ["Akmola region"]), (L, "Kosshy", ["KOSSHY"]), (O, "Kazinform", []),
  (L, "Talapker rural district", []), (L, "Talapker", []), (L, "Tselinograd", ["Tselinograd district"]),
  (P, "Yerlan Iskakov", ["Iskakov"]), (O, "Amanat", ["Amanat party"]), (P, "Gulnara Zhanibekova", []),
  (P, "Nurzhan Dautbekov", []), (O, "People's Party of Kazakhstan", []), (L, "Koyandy rural district", []),
  (L, "Koyandy", []), (P, "Aigerim Kurmanalina", ["Kurmanalina"]), (O, "Respublica", ["Respublica party"]),
  (L, "Zhanaesil", []), (P, "Marat Zhunusov", []), (O, "Kazakhstan International Bureau for Human Rights", []),
  (L, "Astana", []), (L, "Astana – Karaganda", ["Astana – Karaganda highway"]), (L, "Karaganda", []),
  (O, "Zhasyl Dala Agro", ["Zhasyl Dala Agro LLP"]), (P, "Kassym-Jomart Tokayev", ["Tokayev"]),
  (O, "Central Election Commission", []), (L, "Kostanay", []), (L, "Pavlodar", ["Pavlodar regions"])]),
 "1180_en.txt": ("en", ["GH", "GM", "ID", "IN", "UZ"], [
  (L, "Accra", []), (O, "Ghana News Agency", ["GNA"]), (O, "Food and Drugs Authority", ["FDA"]),
  (O, "Osei-Tutu Pharmaceuticals", ["Osei-Tutu Pharmaceuticals Limited"]), (L, "Kumasi", []), (L, "Tema", []),
  (O, "Sankofa Chem Supplies", []), (P, "Kwaku Ampofo-Nyarko", []), (O, "Drug Enforcement Department", []),
  (L, "Ashanti Region", []), (L, "Bono Region", []), (L, "Greater Accra", []), (L, "Ahodwo", []), (L, "Mumbai", []),
  (P, "Abena Osei-Tutu Boakye", []), (P, "Kwabena Mintah Akandoh", ["Akandoh"]), (O, "Ghana Health Service", []),
  (O, "Komfo Anokye Teaching Hospital", []), (O, "Korle Bu Teaching Hospital", []), (O, "Pharmacy Council", []),
  (O, "World Health Organization", ["WHO"]), (O, "Maiden Pharmaceuticals", []), (P, "Efua Mensah-Bonsu", []),
  (O, "University of Ghana Medical Centre", [])]),
 "1181_fr.txt": ("fr", ["FR", "MG", "PH"], [
  (L, "Toamasina", []), (L, "port de Toamasina", []), (L, "Antananarivo", []), (O, "AFP", []),
  (O, "Syndicat des travailleurs des ports et docks de Madagascar", ["STPDM"]), (P, "Rivo Andrianarisoa", ["Andrianarisoa"]),
  (O, "Madagascar International Container Terminal Services", ["Madagascar International Container Terminal Services Ltd", "MICTSL"]),
  (O, "ICTSI", []), (O, "Société du port à gestion autonome de Toamasina", ["SPAT"]), (O, "CMA CGM", []),
  (L, "Port-Louis", []), (L, "Durban", []), (P, "Fanja Razafindrabe", []),
  (O, "Chambre de commerce et d'industrie d'Antananarivo", ["CCIA"]), (O, "ministère des Transports", []),
  (L, "Sava", ["région Sava"]), (L, "Ehoala", ["port d'Ehoala"]), (L, "Fort-Dauphin", []), (P, "Hery Ratsimbazafy", []),
  (O, "Vanille Fanantenana", []), (L, "Sambava", []), (O, "Organisation internationale du travail", ["OIT"]),
  (L, "Atsinanana", ["Région Atsinanana"])]),
 "1182_fr.txt": ("fr", ["FR", "VN"], [
  (P, "Lê Phổ", ["Le Pho"]), (L, "Paris", []), (O, "AFP", []), (L, "Neuilly-sur-Seine", []), (O, "Aguttes", []),
  (P, "Margaux Delaunay-Thiébaut", []), (L, "Bordeaux", []), (L, "Hanoï", []),
  (O, "École des beaux-arts de l'Indochine", []), (P, "Victor Tardieu", []), (P, "Mai Trung Thứ", []),
  (P, "Vũ Cao Đàm", []), (O, "Hôtel Drouot", []), (O, "Christie's", []), (O, "Sotheby's", []),
  (P, "Thibault Lemercier-Lalande", []), (L, "Lyon", []), (O, "Musée des beaux-arts du Vietnam", []),
  (P, "Claude Aguttes", [])]),
 "1183_fr.txt": ("fr", ["BJ", "BR", "CI", "CU", "HT", "NG", "TG", "US"], [
  (L, "Ouidah", ["plage de Ouidah"]), (L, "Cotonou", []), (O, "ABP", []),
  (O, "ministère du Tourisme, de la Culture et des Arts", []),
  (O, "Agence nationale de promotion des patrimoines et de développement du tourisme", ["ANPT"]),
  (L, "Route des esclaves", []), (L, "place Chacha", []), (L, "Porte du non-retour", []),
  (P, "Anselme Gbènou Hounkpè", []), (O, "Air Côte d'Ivoire", []), (L, "Abidjan", []),
  (P, "Fidèle Agbodjogbé", []), (L, "Grand-Popo", []), (L, "temple des Pythons", []),
  (L, "basilique de l'Immaculée-Conception", []), (P, "Mathias Hounsou-Gbèdo", []),
  (L, "Djègbadji", ["plage de Djègbadji"]), (P, "Angélique Kidjo", []), (O, "UNICEF", [])]),
 "1184_ar.txt": ("ar", ["MA", "MR", "SN"], [
  (L, "روصو", ["مدينة روصو"]), (O, "الوكالة الموريتانية للأنباء", ["للوكالة الموريتانية للأنباء"]),
  (L, "نهر السنغال", ["لنهر السنغال"]), (L, "اترارزة", ["ولاية اترارزة"]),
  (P, "محمد الأمين ولد سيدي عبد الله", []), (O, "إدارة الجمارك الموريتانية", []),
  (O, "غرفة التجارة والصناعة والزراعة الموريتانية", []), (P, "عيشة منت محمد الأمين", ["عيشة"]),
  (L, "سان لويس", []), (L, "نواكشوط", []), (P, "أمادو جالو", []), (L, "داكار", ["وداكار"]),
  (L, "جسر روصو", []), (O, "البنك الإفريقي للتنمية", []), (O, "الاتحاد الأوروبي", ["والاتحاد الأوروبي"]),
  (O, "تعاونية النصر لتسويق الخضروات", []), (P, "مريم بنت أحمدو", []),
  (O, "الاتحاد الوطني لأرباب العمل الموريتانيين", [])]),
 "1185_ar.txt": ("ar", ["ES", "JO", "SA"], [
  (L, "الرياض", []), (O, "واس", []), (O, "الخطوط الحديدية السعودية", ["سار", "لـ\"سار\""]),
  (L, "القريات", ["والقريات"]), (L, "المجمعة", []), (L, "القصيم", ["والقصيم"]), (L, "حائل", ["وحائل"]),
  (L, "الجوف", ["والجوف"]), (L, "الدمام", ["والدمام"]), (L, "الهفوف", ["بالهفوف"]), (L, "بقيق", ["وبقيق"]),
  (P, "بشار بن خالد المالك", []), (L, "النفود", []), (P, "صالح بن ناصر الجاسر", []),
  (O, "الهيئة العامة للنقل", []), (L, "محطة الرياض الشمالية", []), (P, "فهد بن مطلق السويلم", []),
  (O, "رينفي", ["شركة رينفي الإسبانية"]), (L, "مكة المكرمة", []), (L, "المدينة المنورة", ["والمدينة المنورة"]),
  (L, "الحديثة", ["منفذ الحديثة"])]),
 "1186_ar.txt": ("ar", ["IQ", "IR", "TR"], [
  (L, "ذي قار", []), (L, "الناصرية", ["مدينة الناصرية"]), (O, "واع", []), (O, "مديرية بيئة ذي قار", ["مديرية البيئة"]),
  (P, "حيدر كاظم الشويلي", ["الشويلي"]), (O, "وكالة الأنباء العراقية", ["لوكالة الأنباء العراقية"]),
  (L, "الهور الأوسط", []), (L, "هور الحمار", ["وهور الحمار"]), (L, "هور الحويزة", []), (L, "ميسان", []),
  (L, "شط العرب", ["وشط العرب"]), (L, "البصرة", []), (O, "كلية العلوم", []), (O, "جامعة ذي قار", ["بجامعة ذي قار"]),
  (P, "زينب عبد الأمير الساعدي", ["الساعدي"]), (L, "الجبايش", ["قضاء الجبايش"]), (L, "دجلة", []),
  (L, "الفرات", ["والفرات"]), (O, "اليونسكو", ["منظمة اليونسكو"]), (P, "جبار حسن الإبراهيمي", []),
  (O, "منظمة طبيعة العراق", []), (P, "عزام علوش", []), (O, "وزارة الموارد المائية", []),
  (O, "منظمة الأغذية والزراعة للأمم المتحدة", ["فاو"]), (L, "الحمار", ["والحمار"])]),
 "1187_vi.txt": ("vi", ["ID", "JP", "KR", "TH", "VN"], [
  (L, "Đà Nẵng", []), (O, "TTO", []),
  (O, "Công ty cổ phần Công nghệ Hải Vân Robotics", ["HVR", "Hải Vân Robotics"]),
  (L, "Khu công nghệ cao Đà Nẵng", []), (O, "Do Ventures", []), (O, "Sakura Deeptech Partners", []),
  (P, "Phan Thị Ngọc Duyên", ["Duyên"]), (O, "Trường Đại học Bách khoa - Đại học Đà Nẵng", []),
  (O, "Công ty cổ phần Cấp nước Đà Nẵng", ["Dawaco"]), (O, "Tổng công ty Điện lực miền Trung", ["EVNCPC"]),
  (L, "Bạch Đằng", ["đường Bạch Đằng"]), (L, "Hàn", ["sông Hàn"]), (L, "Hải Vân", ["hầm Hải Vân"]),
  (P, "Huỳnh Tấn Khải", []), (L, "Hà Nội", []), (L, "TP.HCM", []), (P, "Trần Văn Thịnh", []),
  (O, "Sở Khoa học và Công nghệ thành phố Đà Nẵng", []), (L, "Bangkok", []), (L, "Jakarta", [])]),
 "1188_vi.txt": ("vi", ["CN", "KR", "RU", "VN"], [
  (L, "Hà Nội", []), TTXVN, (O, "Tổng công ty Đường sắt Việt Nam", ["VNR"]), (L, "Gia Lâm", ["ga Gia Lâm"]),
  (L, "Nam Ninh", []), (L, "Đồng Đăng", ["ga Đồng Đăng"]), (L, "Lạng Sơn", []), (L, "Bằng Tường", ["ga Bằng Tường"]),
  (L, "Nam Ninh Đông", ["ga Nam Ninh Đông"]), (P, "Vũ Đình Khiêm", ["Khiêm"]),
  (O, "Tập đoàn Đường sắt Quốc gia Trung Quốc", []), (O, "Công ty cổ phần Vận tải đường sắt Hà Nội", []),
  (L, "Thống Nhất", ["tuyến Thống Nhất"]), (L, "Lào Cai", []), (P, "Lục Thị Hoa", []),
  (O, "Cục Đường sắt Việt Nam", []),
  (L, "Lào Cai - Hà Nội - Hải Phòng", ["tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng"]), (L, "Hải Phòng", []),
  (L, "Hà Khẩu", [])]),
 "1189_vi.txt": ("vi", ["CZ", "DE", "PL", "SK", "VN"], [
  (L, "Praha", []), TTXVN, (L, "Sapa", ["Trung tâm thương mại Sapa", "chợ Sapa"]), (L, "Libuš", ["quận Libuš"]),
  (O, "Hội người Việt Nam tại Séc", []), (P, "Dương Hoài Nam", []),
  (O, "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", []), (P, "Trịnh Quốc Vinh", []), (L, "Nam Định", []),
  (L, "Hải Phòng", []), (L, "Thái Bình", []), (L, "Brno", []), (L, "Cheb", []), (L, "Karlovy Vary", []),
  (O, "Nhà hát Chèo Việt Nam", []), (O, "Thăng Long Praha", []), (P, "Nguyễn Khánh Linh", []),
  (P, "Jana Vlčková", []), (P, "Đỗ Xuân Trường", []), (L, "Leipzig", []), (L, "Berlin", [])]),
 "1190_ru.txt": ("ru", ["IN", "KG", "KZ", "RU"], [
  (L, "Бишкек", ["БИШКЕК", "Бишкека", "Бишкеке"]), (O, "Sputnik", []),
  (O, "Департамент лекарственных средств и медицинских изделий при Министерстве здравоохранения Кыргызстана", []),
  (O, "Ганга Лайфсайенсиз", []), (O, "Ала-Тоо Фарм Импорт", ["ОсОО \"Ала-Тоо Фарм Импорт\""]),
  (L, "Ош", ["Оша"]), (L, "Джалал-Абад", ["Джалал-Абада"]), (L, "Чуйская область", ["Чуйской области"]),
  (P, "Нурбек Асанбекович Алымкулов", ["Алымкулова"]), (O, "Национальный госпиталь при Минздраве", []),
  (O, "Ошская межобластная клиническая больница", []), (L, "Алматы", []), (P, "Азамат Жолдошбеков", []),
  (O, "Росздравнадзор", []), (O, "Евразийский экономический союз", ["Евразийского экономического союза", "ЕАЭС"]),
  (P, "Эркин Чечейбаев", []), (O, "Всемирная организация здравоохранения", ["Всемирной организации здравоохранения"]),
  (O, "Ассоциация фармацевтов Кыргызстана", ["Ассоциации фармацевтов Кыргызстана"]),
  (P, "Гульмира Токтогуловна Абдыкадырова", ["Абдыкадырова"]), (L, "Нарын", ["Нарына"]), (L, "Баткен", ["Баткена"]),
  (O, "Минздрав", ["Минздрава"])]),
 "1191_ru.txt": ("ru", ["BY", "LT", "PL", "RU"], [
  (L, "Беловежская пуща", ["Беловежской пуще", "Национальном парке \"Беловежская пуща\""]),
  (L, "Брест", ["БРЕСТ", "Бреста"]), (O, "БЕЛТА", []),
  (P, "Ольга Брониславовна Жданович", ["Жданович"]), (L, "Каменецкий район", ["Каменецком районе", "Каменецком"]),
  (L, "Пружанский район", ["Пружанском районах"]),
  (O, "Научно-практический центр НАН Беларуси по биоресурсам",
   ["Научно-практического центра НАН Беларуси по биоресурсам", "научно-практического центра по биоресурсам"]),
  (O, "Министерство природных ресурсов и охраны окружающей среды", ["Министерства природных ресурсов и охраны окружающей среды"]),
  (L, "Налибокская пуща", ["Налибокской пущи"]), (L, "Березинский заповедник", ["Березинского заповедника"]),
  (L, "Полесский государственный радиационно-экологический заповедник",
   ["Полесского государственного радиационно-экологического заповедника"]),
  (O, "Управление делами Президента Республики Беларусь", ["Управления делами Президента Республики Беларусь"]),
  (P, "Александр Лукашенко", ["Александра Лукашенко"]), (L, "Каменюки", ["Каменюках", "Каменюков"]),
  (L, "Брянская область", ["Брянскую область"]), (L, "Беловежский национальный парк", ["Беловежского национального парка"]),
  (P, "Олег Николаевич Шаповалов-Гриц", []), (L, "Витебщина", ["Витебщине"]), (L, "Минск", ["Минска"])]),
 "1192_ru.txt": ("ru", ["CN", "KG", "KZ", "UZ"], [
  (O, "Международный центр приграничного сотрудничества \"Хоргос\"",
   ["Международного центра приграничного сотрудничества \"Хоргос\"", "МЦПС \"Хоргос\"", "Хоргосе"]),
  (L, "Жаркент", ["ЖАРКЕНТ", "Жаркента"]), (O, "Казинформ", ["КАЗИНФОРМ"]),
  (P, "Даурен Кенжебекович Оспанов", ["Оспанов"]), (L, "Алматы", []), (L, "Талдыкорган", ["Талдыкоргана"]),
  (L, "Шымкент", ["Шымкента"]), (L, "Хоргос", []), (L, "Синьцзян-Уйгурский автономный район", ["Синьцзян-Уйгурского автономного района"]),
  (P, "Айгуль Ермековна Бекмухамбетова", []), (P, "Ли Цзюнь", []), (L, "Иу", []),
  (O, "Департамент государственных доходов по области Жетысу", ["Департаменте государственных доходов по области Жетысу"]),
  (L, "Нур Жолы", ["пункте пропуска \"Нур Жолы\""]), (O, "Министерство торговли и интеграции Казахстана", []),
  (L, "Урумчи", []), (L, "Алтынколь", ["станции Алтынколь"])]),
 "1193_zh.txt": ("zh", ["AU", "CN", "DE", "KR", "MY", "NZ", "TH"], [
  (O, "新华社", []), (L, "上海", []), (P, "葛蔚然", []), (L, "浦东", []), (O, "自然资源部", []),
  (O, "中国极地研究中心", []), (L, "深圳", []), (L, "南大洋", []), (P, "宋启航", []), (L, "秦岭站", []),
  (L, "罗斯海", []), (L, "难言岛", []), (L, "阿蒙森海", []), (L, "普里兹湾", []), (L, "中山站", []),
  (L, "昆仑站", []), (O, "复旦大学大气与海洋科学系", []), (P, "曲若涵", []), (L, "利特尔顿", ["利特尔顿港"]),
  (L, "霍巴特", []), (O, "阿尔弗雷德·魏格纳研究所", []), (O, "韩国极地研究所", []), (L, "长城站", []),
  (O, "上海交通大学", []), (L, "泰山站", [])]),
 "1194_zh.txt": ("zh", ["CN", "DE", "NL"], [
  (L, "合肥", ["合肥市"]), (P, "邝雨桐", []), (O, "合肥星衍量子科技有限公司", ["星衍量子"]),
  (O, "合肥市产业投资控股（集团）有限公司", ["合肥产投"]), (O, "深圳市创新投资集团有限公司", []),
  (O, "安徽省高新技术产业投资有限公司", []), (L, "合肥高新区", []), (O, "中国科学技术大学", []),
  (P, "唐屹川", []), (O, "中国科学技术大学物理学院", []), (O, "量子信息与量子科技创新研究院", []),
  (O, "本源量子", []), (O, "国盾量子", []), (O, "浙江大学", []), (O, "清华大学", []), (O, "中国科学院", []),
  (P, "潘建伟", []), (L, "蜀山区", []), (L, "上海", [])]),
 "1195_zh.txt": ("zh", ["CA", "CN", "HK", "MY", "PE", "US"], [
  (O, "中新网", []), (L, "江门", ["五邑"]), (P, "伍嘉欣", []), (L, "广东", []), (L, "蓬江", []), (L, "江海", []),
  (L, "新会", []), (L, "台山", []), (L, "开平", []), (L, "鹤山", []), (L, "恩平", []), (O, "江门市外事侨务局", []),
  (P, "区慧玲", []), (L, "旧金山", []), (P, "关振邦", []), (O, "三藩市台山宁阳会馆", []),
  (O, "台山市图书馆", []), (O, "温哥华中华会馆", ["加拿大温哥华中华会馆"]), (P, "甄国富", []),
  (L, "开平碉楼", ["开平碉楼与村落"]), (L, "自力村", []), (L, "梁启超故居", ["新会梁启超故居"]),
  (O, "江门五邑华侨华人博物馆", []), (O, "江门市商务局", []), (O, "中国侨联", []), (L, "吉隆坡", []),
  (L, "利马", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout66", G)
write_gold(here, "holdout66", "holdout66-gold.json", G)
