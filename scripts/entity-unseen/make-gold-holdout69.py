#!/usr/bin/env python3
"""Writes holdout69-gold.json for the articles in holdout69/ (same format and conventions as make-gold-holdout68.py and,
through it, holdout60-67). A SENTINEL set (never fitted), written blind in session 45 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first (cf8d39d2), then this gold): wire
news on topics the earlier sets had little of (a cyclone, a telecom merger twice, a shipwreck salvage, a locust outbreak
twice, a textbook reform, a ballet premiere twice, a hydrogen plant twice, a stock exchange listing twice, a bridge
collapse inquiry, a wildlife census twice, a wine harvest twice), set mostly in countries the earlier sets rarely used
(Tonga and the Pacific, Jamaica and Haiti in the Caribbean, Norway and Scandinavia, the Maghreb, Cambodia and Laos,
Mozambique and Zambia in Southern Africa, Georgia in the Caucasus, Mongolia, Iraq) and in the corpus's own (Vietnam,
Belarus, China); REAL public figures and bodies mixed with invented minor people, firms and villages;
3 en, 3 fr, 3 ar, 3 vi (1243 entirely in NFD), 3 ru (1245 with a long cast list, one name with the Latin spelling in
parentheses), 3 zh:
1232 en AAP 'NUKU'ALOFA, Dec 7 AAP -' (a cyclone over the Ha'apai islands: NEMO after its name, Lifuka, Pangai, 'Eua with
its leading apostrophe, 'the village of Koulo', a director full then surname, the Tonga and Fiji meteorological
services, Salote Pilolevu Airport, Vava'u, Tongatapu, Nadi, the Kermadec Islands, Tonga Power Limited, both air forces,
Winston Peters, the Australian High Commission, Brisbane, the Tonga Red Cross Society, Fua'amotu, the Free Wesleyan
Church, Vaiola Hospital, the Hunga Tonga-Hunga Ha'apai volcano, Mango and Fonoifua; aircraft types none);
1233 en AP 'KINGSTON, Jamaica (AP) —' (the FTC clearing Digicel's purchase of 'Blue Mahoe Fibre Networks Ltd.': three
parishes listed, hyphenated surnames full then surname, the Office of Utilities Regulation, Denis O'Brien, Portland and
St. Thomas, the Jamaica Public Service Company, Mandeville, the Development Bank of Jamaica, Flow and Liberty Latin
America, Barbados and Trinidad and Tobago (countries), the Consumer Affairs Commission, Parliament, Andrew Holness, a
farmers' cooperative, Black River, Montego Bay, 'Hylton Barrett & Partners');
1234 en Reuters 'OSLO, Dec 7 (Reuters) -' (fuel pumped from a wreck off Hustadvika: Kystverket in parentheses after its
English name, Kristiansund, Molde, Boskalis and SMIT Salvage, a ship registered in Antigua and Barbuda, Ukrainian and
Filipino crew, Ørland, Averøy, Ålesund, 'the island of Smøla', Mowi, the Directorate of Fisheries, a Cyprus-registered
owner with Ltd, Gard, Bellona, the real fisheries minister, a fishermen's association in Norwegian, the Storting,
Langesund, the Swedish Coast Guard, Blekinge, ships none (Nordvik Carrier, Full City, Marco Polo), a reporting/editing
line);
1235 fr MAP 'Rabat, 7 déc. 2026 (MAP) -' (desert locusts in the south of Morocco: CNLAA and ONSSA after their names,
'les provinces de Tata, Assa-Zag et Guelmim', Akka after d', Tissint, Forces royales air, a director full then 'M.
Bennani-Zerrouk', vallée du Drâa, a farmer, the real agriculture minister after a long portfolio title, Agadir, two
regions, Gendarmerie royale, Protection civile, the CLCPRO and the FAO after their full names, Alger, Rome, a list of
member countries, Ouarzazate, Aït Melloul);
1236 fr AHP 'Port-au-Prince, 7 déc. 2026 (AHP) –' (Creole textbooks: the MENFP, a school named after a country (Chili),
Bas-Peu-de-Chose, the real minister Augustin Antoine, the AKA, 'Mme Pierre-Louis', a firm with SA, République
dominicaine, World Bank, BID, Affaires mondiales Canada, UNICEF, the port of Port-au-Prince, Jérémie, Les Cayes, route
nationale 2, Martissant, département de l'Artibonite, Cap-Haïtien, towns listed, Michel DeGraff and MIT, a union with
its acronym, Gonaïves, a headmaster, the UEH, Université du Québec à Montréal);
1237 fr AKP 'Phnom Penh, 7 décembre 2026 (AKP) –' (a Royal Ballet premiere: 'le Ballet royal', théâtre Chaktomuk, the
Mekong and 'lac Tonlé Sap' / 'le Tonlé Sap', 'Samdech Hun Manet', 'Mme Prum Sokhom Chenda', URBA, Takéo, Kampong
Chhnang, Phoeurng Sackona, Unesco, les Khmers rouges, Institut français du Cambodge, Fondation du Japon, 'Cambrew Ltd',
a French ambassador, the Guimet museum, Paris, Lyon, Siem Reap, 'le temple d'Angkor Vat', Battambang, Kampot, Bangkok,
Hanoï, ASEAN, Him Sophy and the Conservatoire de Moscou, a charity, Chong Khneas; the ballet «Tonlé» none);
1238 ar APS 'الجزائر 7 ديسمبر 2026 (واج) -' (a green-hydrogen pilot unit at Arzew: سوناطراك with ب/و/ل, سونلغاز in
quotes after its full name and with و, the real minister محمد عرقاب full then surname, بأرزيو, the Arzew industrial zone
and refinery, بولاية وهران, 'لوكالة الأنباء الجزائرية', thyssenkrupp nucera and VNG in Arabic letters in quotes, GIZ
with its Arabic acronym, مدينة دورتموند, حاسي الرمل, بولاية الأغواط, الهضاب العليا, an invented German ambassador,
تونس وإيطاليا والنمسا وألمانيا (countries), an Oran university named after a person, a centre ببوزريعة, the EU, the
investment agency, نفطال, ورقلة, إيني, ميناء جن جن, جيجل);
1239 ar MAP 'الدار البيضاء 7 ديسمبر 2026 (ومع) -' (an IPO on the Casablanca bourse: 'أطلس فريغو لوجيستيك' / 'أطلس
فريغو', لبورصة الدار البيضاء, كاش بلوس, the AMMC, a CEO full then surname, 'بكل من أكادير وطنجة المتوسط ومدينة
الداخلة', بأيت ملول, countries listed, two banks in quotes, a fund, بروباركو with a nisba, the real bourse head and
finance minister, a broker in quotes, منطقة سوس ماسة ومنطقة اللوكوس; the MASI index and the 2030 World Cup none);
1240_ar INA 'بغداد 7 كانون الأول 2026 (واع) -' (an inquiry into the collapse of جسر السنية: محافظة الديوانية, the roads
directorate, a committee head full then surname, 'لوكالة الأنباء العراقية', a central lab, جامعة القادسية, ناحية السنية,
شط الديوانية, a contractor with المحدودة, a Turkish firm, the integrity commission, the reconstruction ministry, the
governor full then surname, 'أقضية الشامية والحمزة وعفك', جسر الحمزة, the provincial council, a victim's brother, a
parliamentary committee and مجلس النواب, بابل والمثنى, the Diwaniyah felony court);
1241 vi TTXVN 'Viêng Chăn, 6/12 (TTXVN) -' (a Lao elephant census: the Lao agriculture and forestry ministry, WWF after
its Vietnamese name and WWF-Lào, tỉnh Xaynhabuly, Khu bảo tồn quốc gia Nặm Pui, Thái Lan, an official full then
surname, a Swedish-named WWF director full then 'bà Sjöberg', Campuchia and Myanmar, sông Mê Kông, tỉnh Bolikhamxay,
the Elephant Conservation Center (ECC), huyện Sayaboury, its French founder, USAID after its Vietnamese name, the EU,
GEF, a Vietnamese institute under the Academy, an embassy counsellor, Vườn quốc gia Yok Đôn, tỉnh Đắk Lắk);
1242 vi NDO 'NDO -' (a shrimp firm's HOSE debut: the company full, 'Sao Biển Năm Căn', 'Sao Biển' and its ticker SBN,
HOSE after its name, a chairman full then 'ông Lộc', huyện Năm Căn, tỉnh Cà Mau, 'tỉnh Bạc Liêu cũ', export markets
(countries, EU), Mekong Capital, the real UBCKNN chair Vũ Thị Chân Phương, VNX and its real head, SSI, Khu công nghiệp
Hòa Trung, a broker with VDSC, Minh Phú and Vĩnh Hoàn, Bộ Thương mại Mỹ, VASEP);
1243 vi QĐND 'QĐND -', in NFD (Movitel's 5G launch in Mozambique: 'Công ty Movitel', Viettel Global after its full name,
Maputo, Beira, Nampula, Daniel Chapo full then 'Tổng thống Chapo' / 'Ông Chapo', Viettel after its full name, Tào Đức
Thắng full and with 'ông', an ambassador, tỉnh Cabo Delgado, Tete, Quelimane, Pemba, a CEO, Vodacom Mozambique and its
South African parent, Tmcel, INCM after a lowercase descriptive name, its chair, Beira 'thuộc tỉnh Sofala', Đại học
Eduardo Mondlane, Viettel's brands in parentheses after their countries; cyclone Idai none);
1244 ru Sputnik 'ТБИЛИСИ, 7 дек – Sputnik.' (Georgia's grape harvest: the National Wine Agency in the prepositional and
the genitive, Кахети and the other indeclinable regions, 'Раче-Лечхуми' in the prepositional, towns listed, a chairman in
the genitive then surname, the real minister after a portfolio title, "Телиани Вели" and "Тбилвино" in quotes, села
Напареули, a farmer, a French oenologist ('Французский энолог', 'Француз'), Дюссельдорфе, the Georgian National Museum,
the winemakers' association, Гори; countries listed);
1245 ru BelTA 'МИНСК, 7 декабря (БЕЛТА) –' (a new 'Спартак' at the Bolshoi of Belarus: a long cast and creative list,
Хачатуряна (a composer named for his work), the theatre's and the gymnasium-college's genitives, a guest choreographer
in the instrumental and the dative, a conductor in the dative (Плоскине), an Italian lighting designer with the Latin
spelling in parentheses, nationality nouns (итальянец, казашка, армянин), "Астана Опера", the Spendiaryan theatre
named after a person, the general director in the genitive, Григоровича, the real minister, two ambassadors, the
Armenian culture ministry in the genitive, ОАО "Камволь", издательство "Музыка", Москвы, the Presidential Orchestra,
Санкт-Петербурге, Мариинского театра, Астане, Ереване; the ballet's roles none);
1246 ru MONTSAME 'УЛАН-БАТОР, 7 декабря. /МОНЦАМЭ/.' (a snow-leopard census: the Mongolian environment ministry in the
instrumental, mountain ranges in the genitive (Монгольского Алтая, хребта Хан-Хухий, Гобийского Алтая, Хангая), 'в
аймаках Ховд, Баян-Улгий и Гоби-Алтай', national parks in quotes, a Mongolian name with a patronymic genitive, WWF after
its full name, Snow Leopard Trust, the Mongolian State University and the Academy's Institute of Biology, the Altai
reserve and parks in Russia and Kazakhstan, a Russian with patronymic, хребта Сайлюгем, 'Казахстанец', the real
president Ухнаагийн Хурэлсух, Улан-Баторе, Увсском аймаке);
1247 zh People's Daily Online '人民网鄂尔多斯12月7日电（记者 包雅楠）' (a green-hydrogen plant in Uxin banner: 中国石化
after its full name, 内蒙古能源集团有限公司, 隆基氢能科技有限公司, a German firm with its Latin name in parentheses,
库布其沙漠, 毛乌素沙地, a project manager, 图克镇, a herder, the regional energy bureau and its deputy head, cities
listed, 国家能源局, 内蒙古、新疆和吉林, the Dalian institute and '该所', 呼和浩特, 京津冀地区, 北莱茵－威斯特法伦州);
1248 zh China News Service '中新网银川12月7日电（记者 马佳琪）' (the Ningxia wine harvest: the industrial park's
management committee, 贺兰山东麓, districts and a county-level city listed, 闽宁镇, 西鸽酒庄, a winery head, a French
consultant from 波尔多 with the Latin spelling, a Brussels competition and a Düsseldorf fair (events), the Georgian wine
agency, 烟台张裕葡萄酒股份有限公司, 香港 and 新加坡, the regional commerce department, CCPIT, '新疆天山北麓',
'河北怀来');
1249 zh Xinhua '新华社卢萨卡12月6日电（记者 彭立军 陈晓彤）' (a red locust outbreak in Zambia: the agriculture ministry,
西方省 and 南方省, the real minister with the Latin spelling then surname, 卡富埃平原, 芒古, 赞比西河, towns listed,
IRLCO-CSA after its name, '马拉维布兰太尔基地', the FAO with its short form, the Chinese agricultural demonstration
centre, its head, a farmer, 希奇莱马 (surname only), the FAO office in Zambia, 恩多拉, the Chinese embassy).
Every invented minor name and firm was checked with grep against the articles, golds and make-gold scripts of all
earlier sets; replaced after that check: Jacques Pellet (Pellet: holdout20/28), زروقي (holdout29), بنسودة (holdout15),
Lindqvist (holdout24), Моро (holdout66), Жумабаев (holdout6/30), Ткачук (holdout59), Осипов (holdout53/57), Саргсян
(holdout67), 其其格 (holdout46/62). Recurring as allowed: real public figures and bodies (Winston Peters, Andrew Holness,
Denis O'Brien, Ahmed El Bouari, Augustin Antoine, Hun Manet, Phoeurng Sackona, محمد عرقاب, نادية فتاح, Tào Đức Thắng,
Daniel Chapo, Игорь Колб, Ухнаагийн Хурэлсух, 希奇莱马, FAO, WWF, UNICEF, Unesco, EU, 中国石化 …), the agencies,
capitals, regions and cities.

Conventions as holdout68 and, through it, holdout60-67 (titles, ranks and honorifics no part of a name: NEMO director,
Its chief executive, New Zealand's Foreign Minister, FTC executive director, Its director general, Irish businessman,
Blue Mahoe's founder, Prime Minister, Kystverket's head of emergency response, Fisheries Minister, le directeur du
CNLAA, M., l'agriculteur, Le ministre de l'Agriculture, de la Pêche maritime, du Développement rural et des Eaux et
Forêts, le ministre, la directrice du curriculum et de la qualité, Mme, Le linguiste, professeur au …, le directeur
d'école, le Premier ministre Samdech, professeure à …, la danseuse, La ministre de la Culture et des Beaux-Arts,
L'ambassadrice de France, Le compositeur, وزير الدولة، وزير المحروقات والمناجم, مدير المشروع بسوناطراك، المهندس, السفير
الألماني لدى الجزائر, الرئيسة المديرة العامة للشركة, المدير العام لبورصة …, وزيرة الاقتصاد والمالية, المحلل المالي بشركة …,
رئيس اللجنة، المهندس الاستشاري, محافظ الديوانية, شقيق أحد الضحايا, ông, bà, Vụ trưởng Vụ Lâm nghiệp thuộc …, Giám đốc
WWF-Lào, Người sáng lập trung tâm, Tham tán …, Chủ tịch Hội đồng quản trị …, Chủ tịch …, Tổng Giám đốc …, chuyên gia,
Tổng thống, Chủ tịch kiêm Tổng Giám đốc …, Đại sứ Việt Nam tại Mozambique, Giám đốc điều hành Movitel, председателя …,
Министр …, винодел, Французский энолог, хореограф, балетмейстером из Еревана, народный артист Беларуси, художник-
постановщик, художник по костюмам, художник по свету – итальянец, выпускница …, казашка, солистка театра, армянин,
генерального директора театра, министр культуры Беларуси, посол Армении в Беларуси, посол Казахстана, Чрезвычайный и
полномочный посол Армении, руководитель исследовательской группы, Представитель российской стороны, Казахстанец,
научный сотрудник …, Президент Монголии, 记者, 项目经理, 牧民, 副局长, 研究员, 负责人, 酿酒顾问, 副主任, 农业部长, 主任,
农民, 总统); a surname, a Vietnamese given name or a Russian surname in a case an alias; every surface form an alias,
Russian cases and Arabic clitic forms included; countries as ISO codes, never entities (adjectives, nisbas, nationality
nouns and names inside bodies name their country: Tonga / Tonga Power Limited TO, Fiji Meteorological Service FJ,
Irish IE, Jamaican / Development Bank of Jamaica JM, Dutch NL, Ukrainian UA, Filipino PH, Cyprus-registered CY,
Swedish SE, École nationale République du Chili CL, Affaires mondiales Canada CA, créole haïtien HT, Fondation du Japon
JP, khmère / Ballet royal du Cambodge KH, الجزائرية DZ, الألمانية DE, الإيطالية IT, الفرنسية FR, مغاربة MA, العراقية
IQ, التركية TR, Lào in the ministry's name LA, Hoa Kỳ in USAID's name US, Mỹ US, Nam Phi ZA, Việt Nam in bodies' names
VN, Грузии GE, Французский / Француз FR, итальянец IT, казашка KZ, армянин / Армении AM, Монголии MN, американской US,
российской / России RU, Казахстанец KZ, 德国 DE, 我国 / 中国… CN, 格鲁吉亚 GE, 香港 HK (no place, as holdout21), 新加坡
SG (no place), 赞比亚 ZM …); a currency's country none (Norwegian crowns, NZ$ — Norway and New Zealand are written
anyway); a generic word before or after a place an alias (Ha'apai islands, Hustadvika coast, vallée du Drâa,
département de l'Artibonite, lac Tonlé Sap, temple d'Angkor Vat, théâtre Chaktomuk, بولاية وهران, مدينة دورتموند, ومدينة
الداخلة, منطقة سوس ماسة, محافظة الديوانية, ناحية السنية, tỉnh, huyện, sông, thủ đô Maputo, села Напареули, хребта Хан-Хухий,
хребта Сайлюгем, 鄂尔多斯市, 青铜峡市, 京津冀地区); 'the village of Koulo', 'the island of Smøla', 'les régions de Souss-Massa
…' with of/de give none; a place only inside an organization's or an event's name not counted (Năm Căn in the firm's
name but counted from 'huyện Năm Căn', TP Hồ Chí Minh in HOSE's name, Québec and Montréal, Moscou in the Conservatoire,
Oran in its university, 布鲁塞尔 and 杜塞尔多夫 in the competition's and the fair's names, Тбилиси counted from the
dateline); a person only inside a body's name none (Eduardo Mondlane, محمد بوضياف, Спендиарова); a facility named like a
place not otherwise named is that place's alias (Khu công nghiệp Hòa Trung -> Hòa Trung, 布兰太尔基地 -> 布兰太尔), while
one named like a place that is named is a place apart (port de Port-au-Prince beside Port-au-Prince, المنطقة الصناعية
لأرزيو and مصفاة أرزيو beside أرزيو, جسر الحمزة beside الحمزة); a plural noun before a list gives its first item the
noun when juxtaposed ('в аймаках Ховд, Баян-Улгий и Гоби-Алтай' -> 'аймаках Ховд'); national parks and reserves places
(Nặm Pui, Yok Đôn, Алтай Таван Богд, Сайлюгемский, Катон-Карагайский национальный парк, Алтайский заповедник); ships,
aircraft types, brands, ballets and their roles, programmes, indexes, storms, events and fairs none (Nordvik Carrier,
Full City, Marco Polo, P-8A Poseidon, C-130 Hercules, « Tonlé », "Спартак" and Спартака, Фригии, Красса, Эгины,
Куртизанки, مؤشر مازي, كأس العالم 2030, bão Idai, ASC, ртвели-2026, 布鲁塞尔国际葡萄酒大奖赛, 德国杜塞尔多夫国际葡萄酒展);
governments none (the government, правительству, المحافظة); legal forms outside a Latin-script, Arabic or Russian
canonical (Ltd., Ltd, SA, المحدودة, ОАО) but inside a Vietnamese or Chinese one (Công ty cổ phần …, …有限公司,
…股份有限公司). New here:
- a broad ocean region ('the South Pacific') none, as South-East Asia; 'les provinces du Sud', 'le Sud', 'the Caribbean',
  'جنوب أوروبا' none;
- a dateline city that is also its country's name (الجزائر, Algiers) is the city, a place, and DZ; the country's other
  uses (في الجزائر, الجزائر تطمح) add no entity, as 'Djibouti' in holdout68;
- a company listed on a bourse: its ticker (SBN) an alias of the company; a stock index none;
- a school named after a country (École nationale République du Chili) names that country (CL) and no place;
- a volcano (Hunga Tonga-Hunga Ha'apai) a place, though its name holds an island group's;
- a broker's or a bank's subsidiary written with the group's brand (SMIT Salvage beside Boskalis, Vodacom Mozambique
  beside Vodacom, WWF-Lào beside WWF) two organizations, as a WHO country office in holdout67;
- a theatre as a company (the Bolshoi of Belarus, the Mariinsky, "Астана Опера", the Spendiaryan theatre) an
  organization, while a hall used as a venue (théâtre Chaktomuk) a place;
- les Khmers rouges an organization (a movement named as an actor);
- a ministry's department in a title (Vụ Lâm nghiệp) none; a regional assembly named only by its kind (المجلس الشعبي
  الولائي) none; a named parliamentary committee (لجنة الخدمات والإعمار) an organization beside مجلس النواب;
- Chinese regions written after their province ('新疆天山北麓', '河北怀来') two places each (as 江西宜春 in the session-16
  row), while '鄂尔多斯市乌审旗' gives the city and the banner apart.
Countries: AU, FJ, NZ, TO (1232); BB, IE, JM, TT (1233); AG, CY, NL, NO, PH, SE, UA (1234); DZ, LY, MA, ML, MR, NE,
SN, TD, TN (1235: Rome names no Italy); CA, CL, DO, HT (1236: MIT names no US); FR, JP, KH (1237: Bangkok, Hanoï and
Moscou name none); AT, DE, DZ, IT, TN (1238); ES, FR, MA, MR, PT, SN (1239); DE, IQ, TR (1240); KH, LA, MM, TH, US, VN
(1241); AU, JP, KR, US, VN (1242); BI, CM, HT, KH, LA, MM, MZ, PE, TL, TZ, VN, ZA (1243); CN, FR, GE, KZ, PL, RU, UA
(1244: Düsseldorf names no Germany); AM, BY, IT, KZ, UZ (1245: Moscow and St Petersburg name no Russia); CN, KZ, MN,
RU, US (1246); CN, DE (1247); BE, CN, DE, FR, GE, HK, JP, SG (1248); BW, CN, MW, MZ, NA, TZ, ZM, ZW (1249).
Judgement calls: 'Ha'apai' the island group with 'Ha'apai islands' its alias; 'Agence Kampuchéa Presse' is the
dateline's AKP; 'Ballet royal' an alias of the Ballet royal du Cambodge; 'Tonlé Sap' the lake; 'Movitel' the company
with 'Công ty Movitel' an alias (as 'Tập đoàn X' is X); 'Viettel' an alias of its group's full name; 'Sao Biển' and 'Sao
Biển Năm Căn' aliases of the listed company; 'EU' an organization; 'Xaynhabuly' (the province) and 'Sayaboury' (the
district) two places; 'Сайлюгем' (the range) a place apart from the park "Сайлюгемский"; the Georgian National Museum
an organization, as museums; 'Институт биологии Академии наук Монголии' one organization; '管委会' and '示范中心' alone,
'该所' none; '希奇莱马' a person by surname only; Parliament and the Storting organizations."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1232_en.txt": ("en", ["AU", "FJ", "NZ", "TO"], [
  (L, "Nuku'alofa", ["NUKU'ALOFA"]), (O, "AAP", []), (L, "Ha'apai", ["Ha'apai islands"]),
  (O, "National Emergency Management Office", ["NEMO"]), (L, "Lifuka", []), (L, "Pangai", []), (L, "'Eua", []),
  (L, "Koulo", []), (P, "Siosaia Lolohea", ["Lolohea"]), (O, "Tonga Meteorological Service", []),
  (L, "Salote Pilolevu Airport", []), (L, "Vava'u", []), (L, "Tongatapu", []), (O, "Fiji Meteorological Service", []),
  (L, "Nadi", []), (L, "Kermadec Islands", []), (O, "Tonga Power Limited", []), (P, "Luseane Kaufusi-Taumoepeau", []),
  (O, "Royal New Zealand Air Force", []), (P, "Winston Peters", []), (O, "Australian High Commission", []),
  (L, "Brisbane", []), (O, "Royal Australian Air Force", []), (O, "Tonga Red Cross Society", []), (L, "Fua'amotu", []),
  (O, "Free Wesleyan Church", []), (O, "Ministry of Health", []), (O, "Vaiola Hospital", []),
  (L, "Hunga Tonga-Hunga Ha'apai", []), (L, "Mango", []), (L, "Fonoifua", [])]),
 "1233_en.txt": ("en", ["BB", "IE", "JM", "TT"], [
  (L, "Kingston", ["KINGSTON"]), (O, "AP", []), (O, "Digicel", []), (O, "Fair Trading Commission", ["FTC"]),
  (O, "Blue Mahoe Fibre Networks", ["Blue Mahoe Fibre Networks Ltd.", "Blue Mahoe"]), (L, "St. Elizabeth", []),
  (L, "Manchester", []), (L, "Clarendon", []), (P, "Tamara Whyte-Gossell", ["Whyte-Gossell"]),
  (O, "Office of Utilities Regulation", []), (P, "Carlton Mullings-Reid", []), (P, "Denis O'Brien", []),
  (L, "Portland", []), (L, "St. Thomas", []), (P, "Desmond Ricketts-Bailey", []),
  (O, "Jamaica Public Service Company", []), (L, "Mandeville", []), (O, "Development Bank of Jamaica", []),
  (O, "Flow", []), (O, "Liberty Latin America", []), (O, "Consumer Affairs Commission", []), (O, "Parliament", []),
  (P, "Andrew Holness", []), (P, "Winsome Edwards-Clarke", []), (O, "Southfield Farmers' Cooperative", []),
  (L, "Black River", []), (L, "Montego Bay", []), (O, "Hylton Barrett & Partners", [])]),
 "1234_en.txt": ("en", ["AG", "CY", "NL", "NO", "PH", "SE", "UA"], [
  (L, "Oslo", ["OSLO"]), (O, "Reuters", []), (L, "Hustadvika", ["Hustadvika coast"]),
  (O, "Norwegian Coastal Administration", ["Kystverket"]), (L, "Kristiansund", []), (L, "Molde", []),
  (O, "Boskalis", []), (O, "SMIT Salvage", []), (L, "Ørland", []), (L, "Averøy", []),
  (P, "Ingrid Sæther Brekken", []), (L, "Ålesund", []), (L, "Smøla", []), (O, "Mowi", []),
  (O, "Directorate of Fisheries", []), (O, "Kolvik Bulk Shipping", ["Kolvik Bulk Shipping Ltd"]), (O, "Gard", []),
  (O, "Bellona", []), (P, "Marianne Sivertsen Næss", []), (O, "Hustadvika Fiskarlag", []), (O, "Storting", []),
  (L, "Langesund", []), (O, "Swedish Coast Guard", []), (L, "Blekinge", []), (P, "Terje Solsvik", []),
  (P, "Alison Williams", [])]),
 "1235_fr.txt": ("fr", ["DZ", "LY", "MA", "ML", "MR", "NE", "SN", "TD", "TN"], [
  (L, "Rabat", []), (O, "MAP", []), (O, "Centre national de lutte antiacridienne", ["CNLAA"]), (L, "Tata", []),
  (L, "Assa-Zag", []), (L, "Guelmim", []),
  (O, "Office national de sécurité sanitaire des produits alimentaires", ["ONSSA"]), (L, "Akka", []),
  (L, "Tissint", []), (O, "Forces royales air", []), (P, "Abdelhak Bennani-Zerrouk", ["Bennani-Zerrouk"]),
  (L, "Drâa", ["vallée du Drâa"]), (P, "Lahcen Ouhammou", []), (P, "Ahmed El Bouari", []), (L, "Agadir", []),
  (L, "Souss-Massa", []), (L, "Guelmim-Oued Noun", []), (O, "Gendarmerie royale", []), (O, "Protection civile", []),
  (O, "Commission de lutte contre le criquet pèlerin dans la région occidentale", ["CLCPRO"]), (L, "Alger", []),
  (O, "Organisation des Nations unies pour l'alimentation et l'agriculture", ["FAO"]),
  (O, "Service d'information sur le criquet pèlerin", []), (L, "Rome", []), (L, "Ouarzazate", []),
  (L, "Aït Melloul", [])]),
 "1236_fr.txt": ("fr", ["CA", "CL", "DO", "HT"], [
  (L, "Port-au-Prince", []), (O, "AHP", []),
  (O, "ministère de l'Éducation nationale et de la Formation professionnelle", ["MENFP"]),
  (O, "École nationale République du Chili", []), (L, "Bas-Peu-de-Chose", []), (P, "Augustin Antoine", []),
  (O, "Akademi Kreyòl Ayisyen", ["AKA"]), (P, "Marie-Lourdes Pierre-Louis", ["Pierre-Louis"]),
  (O, "Éditions Lakay Grafik", ["Éditions Lakay Grafik SA"]), (O, "Banque mondiale", []),
  (O, "Banque interaméricaine de développement", ["BID"]), (O, "Affaires mondiales Canada", []), (O, "UNICEF", []),
  (L, "port de Port-au-Prince", []), (L, "Jérémie", []), (L, "Les Cayes", []), (L, "route nationale 2", []),
  (L, "Martissant", []), (L, "Artibonite", ["département de l'Artibonite"]), (L, "Cap-Haïtien", []),
  (O, "Direction départementale de l'éducation", []), (L, "Hinche", []), (L, "Ouanaminthe", []), (L, "Jacmel", []),
  (P, "Michel DeGraff", []), (O, "Massachusetts Institute of Technology", ["MIT"]),
  (O, "Confédération nationale des éducateurs d'Haïti", ["CNEH"]), (L, "Gonaïves", []),
  (P, "Wilner Saint-Fleur", []), (O, "Université d'État d'Haïti", ["UEH"]),
  (O, "Université du Québec à Montréal", [])]),
 "1237_fr.txt": ("fr", ["FR", "JP", "KH"], [
  (L, "Phnom Penh", []), (O, "Agence Kampuchéa Presse", ["AKP"]), (O, "Ballet royal du Cambodge", ["Ballet royal"]),
  (L, "Chaktomuk", ["théâtre Chaktomuk"]), (L, "Mékong", []), (L, "Tonlé Sap", ["lac Tonlé Sap"]),
  (P, "Hun Manet", []), (P, "Prum Sokhom Chenda", []), (O, "Université royale des beaux-arts", ["URBA"]),
  (L, "Takéo", []), (L, "Kampong Chhnang", []), (P, "Keo Sreyneang", []), (P, "Phoeurng Sackona", []),
  (O, "Unesco", []), (O, "Khmers rouges", []), (O, "Institut français du Cambodge", []),
  (O, "Fondation du Japon", []), (O, "Cambrew", ["Cambrew Ltd"]), (P, "Hélène Marcoux-Tessier", []),
  (O, "musée national des Arts asiatiques-Guimet", []), (L, "Paris", []), (L, "Lyon", []), (L, "Siem Reap", []),
  (L, "Angkor Vat", ["temple d'Angkor Vat"]), (L, "Battambang", []), (L, "Kampot", []), (L, "Bangkok", []),
  (L, "Hanoï", []), (O, "ASEAN", []), (P, "Him Sophy", []), (O, "Conservatoire de Moscou", []),
  (O, "Fleuve et Enfants", []), (L, "Chong Khneas", [])]),
 "1238_ar.txt": ("ar", ["AT", "DE", "DZ", "IT", "TN"], [
  (L, "الجزائر", []), (O, "وكالة الأنباء الجزائرية", ["واج", "لوكالة الأنباء الجزائرية"]),
  (O, "سوناطراك", ["بسوناطراك"]), (O, "الشركة الوطنية للكهرباء والغاز", ["سونلغاز", "وسونلغاز"]),
  (P, "محمد عرقاب", ["عرقاب"]), (L, "أرزيو", ["بأرزيو"]),
  (L, "المنطقة الصناعية لأرزيو", ["بالمنطقة الصناعية لأرزيو"]), (L, "مصفاة أرزيو", []),
  (L, "وهران", ["بولاية وهران"]), (O, "تيسنكروب نوسيرا", []), (O, "الوكالة الألمانية للتعاون الدولي", ["جي آي زد"]),
  (L, "دورتموند", ["مدينة دورتموند"]), (L, "حاسي الرمل", []), (L, "الأغواط", ["بولاية الأغواط"]),
  (L, "الهضاب العليا", []), (P, "ماركوس هيلدبراند", []), (O, "في إن جي", []),
  (O, "جامعة وهران للعلوم والتكنولوجيا محمد بوضياف", []), (O, "مركز تطوير الطاقات المتجددة", []),
  (L, "بوزريعة", ["ببوزريعة"]), (O, "الاتحاد الأوروبي", []), (O, "الوكالة الجزائرية لترقية الاستثمار", []),
  (O, "نفطال", []), (L, "ورقلة", ["بولاية ورقلة"]), (O, "إيني", []), (L, "ميناء جن جن", []),
  (L, "جيجل", ["بولاية جيجل"])]),
 "1239_ar.txt": ("ar", ["ES", "FR", "MA", "MR", "PT", "SN"], [
  (L, "الدار البيضاء", []), (O, "ومع", []), (O, "أطلس فريغو لوجيستيك", ["أطلس فريغو"]),
  (O, "بورصة الدار البيضاء", ["لبورصة الدار البيضاء"]), (O, "كاش بلوس", []),
  (O, "الهيئة المغربية لسوق الرساميل", []), (P, "نادية الرحموني", ["الرحموني"]), (L, "أكادير", []),
  (L, "طنجة المتوسط", ["وطنجة المتوسط"]), (L, "الداخلة", ["ومدينة الداخلة"]), (L, "أيت ملول", ["بأيت ملول"]),
  (O, "التجاري وفا بنك", []), (O, "بنك إفريقيا", []), (O, "أفريكا بارتنرز كابيتال", []), (O, "بروباركو", []),
  (P, "طارق الصنهاجي", []), (P, "نادية فتاح", []), (O, "سي دي جي كابيتال بورصة", []), (P, "يوسف الحمداوي", []),
  (L, "سوس ماسة", ["منطقة سوس ماسة"]), (L, "اللوكوس", ["ومنطقة اللوكوس"])]),
 "1240_ar.txt": ("ar", ["DE", "IQ", "TR"], [
  (L, "بغداد", []), (O, "وكالة الأنباء العراقية", ["واع", "لوكالة الأنباء العراقية"]), (L, "جسر السنية", []),
  (L, "الديوانية", ["محافظة الديوانية"]), (O, "مديرية الطرق والجسور", []),
  (P, "عبد الأمير حسون الخزعلي", ["الخزعلي"]), (O, "المختبر الإنشائي المركزي", []), (O, "جامعة القادسية", []),
  (L, "السنية", ["ناحية السنية"]), (L, "شط الديوانية", []), (O, "الفرات الأوسط للمقاولات العامة", []),
  (O, "يلدز إنشاءات", []), (O, "هيئة النزاهة الاتحادية", []),
  (O, "وزارة الإعمار والإسكان والبلديات والأشغال العامة", []), (P, "عباس جبر العنبكي", ["العنبكي"]),
  (L, "الشامية", []), (L, "الحمزة", ["والحمزة"]), (L, "عفك", ["وعفك"]), (L, "جسر الحمزة", []),
  (O, "مجلس محافظة الديوانية", []), (P, "حيدر كاظم الجبوري", []), (O, "لجنة الخدمات والإعمار", []),
  (O, "مجلس النواب", []), (L, "بابل", []), (L, "المثنى", ["والمثنى"]), (O, "محكمة جنايات الديوانية", [])]),
 "1241_vi.txt": ("vi", ["KH", "LA", "MM", "TH", "US", "VN"], [
  (L, "Viêng Chăn", []), (O, "TTXVN", []), (O, "Bộ Nông Lâm nghiệp Lào", []),
  (O, "Quỹ Quốc tế Bảo vệ Thiên nhiên", ["WWF"]), (L, "Xaynhabuly", ["tỉnh Xaynhabuly"]),
  (L, "Nặm Pui", ["Khu bảo tồn quốc gia Nặm Pui"]), (P, "Phonesavanh Keomany", ["Keomany"]),
  (P, "Anna Sjöberg", ["Sjöberg"]), (O, "WWF-Lào", []), (L, "Mê Kông", ["sông Mê Kông"]),
  (L, "Bolikhamxay", ["tỉnh Bolikhamxay"]), (O, "Trung tâm Bảo tồn Voi", ["ECC"]),
  (L, "Sayaboury", ["huyện Sayaboury"]), (P, "Sébastien Duffillot", []),
  (O, "Cơ quan Phát triển Quốc tế Hoa Kỳ", ["USAID"]), (O, "Liên minh châu Âu", []),
  (O, "Quỹ Môi trường Toàn cầu", ["GEF"]), (O, "Viện Sinh thái và Tài nguyên sinh vật", []),
  (O, "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", []), (P, "Nguyễn Xuân Khôi", []),
  (O, "Đại sứ quán Việt Nam tại Lào", []), (L, "Yok Đôn", ["Vườn quốc gia Yok Đôn"]),
  (L, "Đắk Lắk", ["tỉnh Đắk Lắk"])]),
 "1242_vi.txt": ("vi", ["AU", "JP", "KR", "US", "VN"], [
  (O, "NDO", []), (O, "Công ty cổ phần Thủy sản Sao Biển Năm Căn", ["Sao Biển Năm Căn", "Sao Biển", "SBN"]),
  (O, "Sở Giao dịch Chứng khoán TP Hồ Chí Minh", ["HOSE"]), (P, "Quách Vĩnh Lộc", ["Lộc"]),
  (L, "Năm Căn", ["huyện Năm Căn"]), (L, "Cà Mau", ["tỉnh Cà Mau"]), (L, "Bạc Liêu", ["tỉnh Bạc Liêu"]),
  (O, "EU", []), (O, "Mekong Capital", []), (P, "Vũ Thị Chân Phương", []),
  (O, "Ủy ban Chứng khoán Nhà nước", ["UBCKNN"]), (O, "Sở Giao dịch Chứng khoán Việt Nam", ["VNX"]),
  (P, "Nguyễn Thành Long", []), (O, "Công ty cổ phần Chứng khoán SSI", []),
  (L, "Hòa Trung", ["Khu công nghiệp Hòa Trung"]), (P, "Trần Minh Nhựt", []),
  (O, "Công ty cổ phần Chứng khoán Rồng Việt", ["VDSC"]), (O, "Minh Phú", []), (O, "Vĩnh Hoàn", []),
  (O, "Bộ Thương mại Mỹ", []), (O, "Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam", ["VASEP"])]),
 "1243_vi.txt": ("vi", ["BI", "CM", "HT", "KH", "LA", "MM", "MZ", "PE", "TL", "TZ", "VN", "ZA"], [
  (O, "QĐND", []), (L, "Maputo", ["thủ đô Maputo"]), (O, "Movitel", ["Công ty Movitel"]),
  (O, "Tổng công ty Cổ phần Đầu tư Quốc tế Viettel", ["Viettel Global"]), (L, "Beira", []), (L, "Nampula", []),
  (P, "Daniel Chapo", ["Chapo"]), (O, "Tập đoàn Công nghiệp - Viễn thông Quân đội", ["Viettel"]),
  (P, "Tào Đức Thắng", []), (P, "Lê Hữu Quyết", []), (L, "Cabo Delgado", ["tỉnh Cabo Delgado"]), (L, "Tete", []),
  (L, "Quelimane", []), (L, "Pemba", []), (P, "Phạm Đình Huy", []), (O, "Vodacom Mozambique", []),
  (O, "Vodacom", []), (O, "Tmcel", []), (O, "Cơ quan quản lý viễn thông Mozambique", ["INCM"]),
  (P, "Helena Fernanda Matsinhe", []), (L, "Sofala", ["tỉnh Sofala"]), (O, "Đại học Eduardo Mondlane", []),
  (O, "Metfone", []), (O, "Unitel", []), (O, "Telemor", []), (O, "Natcom", []), (O, "Halotel", []),
  (O, "Lumitel", []), (O, "Nexttel", []), (O, "Bitel", []), (O, "Mytel", [])]),
 "1244_ru.txt": ("ru", ["CN", "FR", "GE", "KZ", "PL", "RU", "UA"], [
  (L, "Тбилиси", ["ТБИЛИСИ"]), (O, "Sputnik", []),
  (O, "Национальное агентство вина", ["Национальном агентстве вина", "Национального агентства вина"]),
  (L, "Кахети", []), (L, "Телави", []), (L, "Кварели", []), (L, "Гурджаани", []), (L, "Сигнахи", []),
  (L, "Имерети", []), (L, "Рача-Лечхуми", ["Раче-Лечхуми"]), (L, "Картли", []),
  (P, "Нодар Гелашвили", ["Нодара Гелашвили", "Гелашвили"]), (P, "Давид Сонгулашвили", []),
  (O, "Телиани Вели", []), (L, "Напареули", ["села Напареули"]), (P, "Гия Бердзенишвили", []),
  (P, "Жан-Люк Дюпре", []), (O, "Тбилвино", []), (L, "Дюссельдорф", ["Дюссельдорфе"]),
  (O, "Грузинский национальный музей", ["Грузинского национального музея"]),
  (O, "Ассоциация виноделов Грузии", []), (L, "Гори", [])]),
 "1245_ru.txt": ("ru", ["AM", "BY", "IT", "KZ", "UZ"], [
  (L, "Минск", ["МИНСК", "Минске"]), (O, "БЕЛТА", []), (P, "Арам Хачатурян", ["Арама Хачатуряна"]),
  (O, "Национальный академический Большой театр оперы и балета Республики Беларусь",
   ["Национального академического Большого театра оперы и балета Республики Беларусь"]),
  (P, "Игорь Колб", []), (L, "Ереван", ["Еревана", "Ереване"]),
  (P, "Ваге Мартиросян", ["Ваге Мартиросяном", "Мартиросяном", "Ваге Мартиросяну"]),
  (P, "Виктор Плоскина", ["Виктору Плоскине"]), (P, "Алена Шимановская", []), (P, "Татьяна Лагуновская", []),
  (P, "Марко Бьянкини", ["Marco Bianchini"]), (P, "Ярослав Бондаренко", []), (P, "Анастасия Курилович", []),
  (P, "Антон Коржевич", []), (P, "Ксения Ломакина-Стрельцова", []), (P, "Дмитрий Сташкевич", []),
  (P, "Илья Рудник", []), (P, "Максим Ширко", []), (P, "Павел Гринкевич", []),
  (O, "Белорусская государственная хореографическая гимназия-колледж",
   ["Белорусской государственной хореографической гимназии-колледжа"]),
  (P, "Полина Евсеенко", []), (P, "Айгерим Бекенова", []), (O, "Астана Опера", []),
  (P, "Давид Акопджанян", []),
  (O, "Национальный академический театр оперы и балета имени Спендиарова",
   ["Национального академического театра оперы и балета имени Спендиарова"]),
  (P, "Никита Жуковский", []), (P, "Людмила Хитрова", []), (P, "Екатерина Дулова", ["Екатерины Дуловой"]),
  (P, "Юрий Григорович", ["Юрия Григоровича"]), (P, "Руслан Чернецкий", []), (P, "Грач Саркисян", []),
  (P, "Ахан Бижанов", []), (O, "Министерство культуры Армении", ["Министерства культуры Армении"]),
  (O, "Камволь", []), (O, "Музыка", []), (L, "Москва", ["Москвы"]),
  (O, "Президентский оркестр Республики Беларусь", ["Президентского оркестра Республики Беларусь"]),
  (L, "Санкт-Петербург", ["Санкт-Петербурге"]), (O, "Мариинский театр", ["Мариинского театра"]),
  (L, "Астана", ["Астане"])]),
 "1246_ru.txt": ("ru", ["CN", "KZ", "MN", "RU", "US"], [
  (L, "Улан-Батор", ["УЛАН-БАТОР", "Улан-Баторе"]), (O, "МОНЦАМЭ", []),
  (O, "Министерство окружающей среды и климатических изменений Монголии",
   ["Министерством окружающей среды и климатических изменений Монголии"]),
  (L, "Монгольский Алтай", ["Монгольского Алтая"]), (L, "Хан-Хухий", ["хребта Хан-Хухий"]),
  (L, "Гобийский Алтай", ["Гобийского Алтая"]), (L, "Хангай", ["Хангая"]), (L, "Ховд", ["аймаках Ховд"]),
  (L, "Баян-Улгий", []), (L, "Гоби-Алтай", []),
  (L, "Алтай Таван Богд", ["национальном парке \"Алтай Таван Богд\""]), (P, "Бямбасурэнгийн Мунхцог", []),
  (O, "Всемирный фонд дикой природы", ["Всемирным фондом дикой природы", "WWF"]), (O, "Snow Leopard Trust", []),
  (O, "Монгольский государственный университет", ["Монгольским государственным университетом"]),
  (O, "Институт биологии Академии наук Монголии", ["Института биологии Академии наук Монголии"]),
  (L, "Алтайский заповедник", ["Алтайского заповедника"]),
  (L, "Сайлюгемский", ["национального парка \"Сайлюгемский\""]),
  (L, "Катон-Карагайский национальный парк", ["Катон-Карагайского национального парка", "Катон-Карагайского парка"]),
  (P, "Сергей Валентинович Истомов", []), (L, "Сайлюгем", ["хребта Сайлюгем"]), (P, "Ерлан Токтаров", []),
  (P, "Ухнаагийн Хурэлсух", []), (L, "Увсский аймак", ["Увсском аймаке"])]),
 "1247_zh.txt": ("zh", ["CN", "DE"], [
  (O, "人民网", []), (L, "鄂尔多斯", ["鄂尔多斯市"]), (P, "包雅楠", []), (L, "乌审旗", []),
  (O, "中国石油化工集团有限公司", ["中国石化"]), (O, "内蒙古能源集团有限公司", []), (O, "隆基氢能科技有限公司", []),
  (O, "蒂森克虏伯纽赛拉公司", ["thyssenkrupp nucera"]), (L, "库布其沙漠", []), (L, "毛乌素沙地", []),
  (P, "乔永刚", []), (L, "图克镇", []), (P, "乌仁图雅", []), (O, "内蒙古自治区能源局", []), (P, "韩晓东", []),
  (L, "内蒙古", []), (L, "包头", []), (L, "乌兰察布", []), (L, "巴彦淖尔", []), (O, "国家能源局", []),
  (L, "新疆", []), (L, "吉林", []), (O, "中国科学院大连化学物理研究所", []), (P, "邵志刚", []),
  (L, "呼和浩特", []), (L, "京津冀", ["京津冀地区"]), (L, "北莱茵－威斯特法伦州", [])]),
 "1248_zh.txt": ("zh", ["BE", "CN", "DE", "FR", "GE", "HK", "JP", "SG"], [
  (O, "中新网", []), (L, "银川", []), (P, "马佳琪", []), (O, "宁夏贺兰山东麓葡萄酒产业园区管委会", []),
  (L, "宁夏", []), (L, "贺兰山东麓", []), (L, "西夏区", []), (L, "永宁县", []), (L, "青铜峡", ["青铜峡市"]),
  (L, "红寺堡区", []), (L, "闽宁镇", []), (O, "西鸽酒庄", []), (P, "张立军", []), (L, "波尔多", []),
  (P, "让－吕克·贝尔纳", ["Jean-Luc Bernard"]), (P, "杨海燕", []), (O, "格鲁吉亚国家葡萄酒局", []),
  (O, "烟台张裕葡萄酒股份有限公司", []), (O, "宁夏回族自治区商务厅", []), (O, "中国国际贸易促进委员会", []),
  (L, "新疆", []), (L, "天山北麓", []), (L, "河北", []), (L, "怀来", [])]),
 "1249_zh.txt": ("zh", ["BW", "CN", "MW", "MZ", "NA", "TZ", "ZM", "ZW"], [
  (O, "新华社", []), (L, "卢萨卡", []), (P, "彭立军", []), (P, "陈晓彤", []), (O, "赞比亚农业部", []),
  (L, "西方省", []), (L, "南方省", []), (P, "姆托洛·菲里", ["Mtolo Phiri", "菲里"]), (L, "卡富埃平原", []),
  (L, "芒古", []), (L, "赞比西河", []), (L, "卡拉博", []), (L, "塞南加", []), (L, "马扎布卡", []),
  (O, "中南部非洲国际红蝗防治组织", ["IRLCO-CSA"]), (L, "布兰太尔", ["布兰太尔基地"]),
  (O, "联合国粮食及农业组织", ["粮农组织"]), (O, "中国援赞比亚农业技术示范中心", []), (P, "刘文斌", []),
  (P, "恩孔德·穆韦姆巴", []), (P, "希奇莱马", []), (O, "粮农组织驻赞比亚代表处", []), (L, "恩多拉", []),
  (O, "中国驻赞比亚大使馆", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout69", G)
write_gold(here, "holdout69", "holdout69-gold.json", G)
