#!/usr/bin/env python3
"""Writes holdout67-gold.json for the articles in holdout67/ (same format and conventions as make-gold-holdout66.py and,
through it, holdout60-65). A SENTINEL set (never fitted), written blind in session 43 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first (b7f3fa6), then this gold): wire
news on topics the earlier sets had little of (a mining accident, a tuna quota dispute, a cyberattack on a water
utility, a football transfer, a food-safety inspection, flood relief twice, a new airline route, a heritage-site
restoration twice, a corruption verdict twice, a university ranking, a chess tournament, a municipal budget vote, a
hospital opening, a film festival jury), set mostly in countries the earlier sets rarely used (Bolivia, Solomon
Islands and the Pacific, North Macedonia, DR Congo, Cameroon, the Republic of Congo, the UAE and Georgia, Jordan,
Bahrain, Armenia, Vanuatu, Uzbekistan) and in the corpus's own (Vietnam, Kazakhstan, Belarus, China); REAL public
figures and bodies mixed with invented minor people, firms and villages; 3 en, 3 fr, 3 ar, 3 vi (1207 entirely in
NFD), 3 ru, 3 zh (1212 with a long list of names, most with the Latin spelling in parentheses):
1196 en AP 'LA PAZ, Bolivia (AP) —' (flooded workings at Llallagua; the Siglo XX and Huanuni mines, Comibol after
'Corporación Minera de Bolivia, known as', a cooperative in quotes with 'Ltda.', 'the departmental government of
Potosí' (none), Uncía, Ministry of Mining and Metallurgy, Fencomin after 'or', Rodrigo Paz, Cerro Rico, 'the Tipuani
and Mapiri rivers', Universidad Técnica de Oruro, two people sharing a surname, Vinto, Arica, an AP contributor line);
1197 en AAP 'HONIARA, Dec 5 (AAP) -' (WCPFC in parentheses, the Parties to the Nauru Agreement and a list of eight
countries, the PNA Office in Majuro, Yaizu, FFA, Port Moresby, Jeremiah Manele, the Noro cannery and SolTuna, Western
Province, WWF, Pew Charitable Trusts, 'Suva-based', a ship (none), 'Honiara harbour', Rarotonga and the Cook Islands);
1198 en MIA 'Skopje, 5 December 2026 (MIA) -' (Vodovod i Kanalizacija Skopje, 'the City of Skopje', the Rašče spring,
a hacker group in quotes, MKD-CIRT in parentheses, Agency for Electronic Communications, Panče Toškovski, a police
sector, the organised-crime prosecutor's office, Europol, NATO, Hristijan Mickoski, four Skopje municipalities,
'Infosoft Balkan DOOEL Skopje', Analytica, 'Skopje-based', the agency's full name at the end);
1199 fr Xinhua 'KINSHASA, 5 décembre (Xinhua) --' (TP Mazembe / Mazembe, RC Lens / Racing Club de Lens / Lens, a given
name alone in a quote, Kamalondo, Katanga, Moïse Katumbi, Linafoot, CAF, Standard de Liège, Espérance sportive de Tunis,
'le Belge', école de football Don Bosco, les Léopards (a national team, none), Sébastien Desabre, FECOFA, stade TP
Mazembe, FC Saint-Éloi Lupopo, AS V.Club, DCMP); 1200 fr APA 'Douala (Cameroun), 5 décembre 2026 (APA) -' (the
regional delegation of Commerce, Mincommerce, ANOR, Minepia, four markets listed after 'les marchés' (one called
Congo), quartier Akwa, a brand in «» (none), 'Bonabéri Distribution Alimentaire SARL', port autonome de Douala, Centre
Pasteur du Cameroun, Charles Booto à Ngon, LCC, le Wouri, hôpital Laquintinie, Bafoussam, Garoua, marché frontalier de
Kye-Ossi, Guinée équatoriale, Gabon, Nigeria); 1201 fr ACI 'Brazzaville, 5 déc. (ACI) -' (PAM, Impfondo, la Likouala
and the river Likouala-aux-Herbes, l'Oubangui, a long ministry, UNICEF after its French name, Dongou, Épéna, Bétou,
République centrafricaine, HCR, villages Boyélé and Mbanza-Liboko, Croix-Rouge congolaise, fleuve Congo beside 'au
Congo' (the country), Union européenne, UNHAS, province de l'Équateur (no Ecuador), République démocratique du Congo);
1202 ar WAM 'أبوظبي في 5 ديسمبر / وام /' (الاتحاد للطيران and 'لمجموعة الاتحاد للطيران', مطار زايد الدولي, 'وتبليسي
وباتومي', البحر الأسود, Etihad's real chief executive, منطقة القوقاز (none), مجلس التعاون لدول الخليج العربية, aircraft
types (none), a ministry with a nisba, 'لوكالة أنباء الإمارات "وام"', resorts and a region in a list with و, the GCAA's
real director general, "العربية للطيران أبوظبي", كوتايسي, "فلاي دبي", مطار دبي الدولي, يريفان, باكو, a programme and a
strategy in quotes (none), 'دائرة الثقافة والسياحة - أبوظبي'); 1203 ar Petra 'جرش 5 كانون الأول (بترا) -' (the
Artemis temple and Jerash's monuments, دائرة الآثار العامة, 'لوكالة الأنباء الأردنية (بترا)', an Italian mission and
a Bologna professor, جامعة اليرموك, الجامعة الهاشمية, an Arab fund, a ministry, متحف آثار جرش, بلدية جرش الكبرى, هيئة
تنشيط السياحة, a festival (none), 'البتراء ووادي رم والبحر الميت', 'لمنظمة اليونسكو', عمان (Amman), الديكابوليس
(none)); 1204 ar BNA 'المنامة في 5 ديسمبر / بنا /' (a criminal court, هيئة الكهرباء والماء, a prosecution office and
its head, a company in quotes with 'ذ.م.م', two departments of the authority, 'المحرق وسترة ومدينة عيسى والرفاع', a
directorate 'بوزارة الداخلية', ديوان الرقابة المالية والإدارية, an appeal court, مجلس المناقصات والمزايدات, a strategy
(none)); 1205 vi VOV 'VOV.VN -' (Huế after the 2025 reform: Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Huế, Ban Chỉ
huy Phòng thủ dân sự thành phố Huế, Bộ đội Biên phòng thành phố Huế, phá Tam Giang, sông Hương, sông Bồ, hồ Tả Trạch,
xã Quảng Điền, xã Đan Điền, thôn Bác Vọng Tây, Vietcombank in parentheses, Tập đoàn Vingroup, Hội người Việt Nam tại
Nhật Bản, Đại sứ quán Hàn Quốc tại Việt Nam, KOICA, Đoàn Thanh niên phường Thuận An, Trường Tiểu học Quảng Thành, the
national forecast centre, Quảng Trị, Đà Nẵng); 1206 vi Dân trí '(Dân trí) -' (QS / Quacquarelli Symonds, 'Anh', eleven
Vietnamese universities and academies, UEH and NUS in parentheses, Đại học Bắc Kinh, Đại học Hồng Kông, Đại học Malaya,
Ben Sowter, a list of countries, Bộ Giáo dục và Đào tạo); 1207 vi Tiền Phong 'TPO -', in NFD (a chess tournament
named after its sponsor (none), Nhà thi đấu Nguyễn Du, '(TP.HCM)', a Vietnamese given-name alias 'Tuấn Minh', players
after a title and a country ('kỳ thủ Ấn Độ Aravind Srinivasan Iyer'), Liên đoàn Cờ Việt Nam, Sở Văn hóa và Thể thao
TP.HCM, HDBank in parentheses, FIDE, Hy Lạp); 1208 ru Interfax-Kazakhstan 'АЛМАТЫ, 5 декабря. /Интерфакс-Казахстан/ –'
(маслихат Алматы in three cases, an Управление of the city, a metro station named after a person, Калкаман, the
Nauryzbay district, Народная партия Казахстана, a real akim, Шымбулак, урочище Медеу, ГКП "Алматы Су", two rivers,
проспект Рыскулова, улица Бухар жырау, 'в Алатауском и Жетысуском районах', ТОО "Каскелен Жол Курылыс", Азиатский банк
развития, Министерство финансов Республики Казахстан); 1209 ru BelTA 'РУЖАНЫ, 5 декабря (БЕЛТА) –' (the Ruzhany palace
complex (a place) and its museum branch '"Ружанский дворец Сапег"' (an organization) of the Brest regional museum, an
indeclinable feminine surname, two ОАО in quotes, a programme (none), the Grand Duchy of Lithuania (none), Лев Сапега,
Ян Самуэль Беккер, Александр Михаил Сапега in the genitive, Брестский облисполком, Пётр Пархомчик, Мир and Несвиж,
Пружанский райисполком, Беловежская пуща, Коссовский замок, Ивацевичский район, two museums, Руслан Чернецкий); 1210 ru
Armenpress 'ЕРЕВАН, 5 ДЕКАБРЯ, АРМЕНПРЕСС.' (a long list of eleven defendants with patronymics in the nominative,
genitive and dative, Антикоррупционный суд Армении, the Bagratashen customs post, Антикоррупционный комитет Республики
Армения, ООО "Дебед Транс Логистик", Комитет государственных доходов, Тбилиси, an appeal court, Рустам Бадасян,
Тавушская область, Иджеван, Ноемберян, the Meghri checkpoint, 'долларов США' (no US)); 1211 zh Xinhua
'新华社维拉港12月5日电（记者 卢思航）' (瓦努阿图北方省医院, 桑托岛 / 埃斯皮里图桑托岛, 卢甘维尔市, three provinces, names with
the Latin spelling in parentheses, 马勒库拉岛, 中国驻瓦努阿图大使馆, 中国建筑第八工程局有限公司, a Chinese medical team,
湖南省人民医院, 马洛岛, 阿奥雷岛, cyclones (none), the WHO office); 1212 zh China News Service '中新网三亚12月5日电（记者
符晓岚）' (two jury lists: 贾樟柯, 朱丽叶·比诺什（Juliette Binoche）, 是枝裕和, 全度妍, 阿迪尔汗·叶尔然诺夫（Adilkhan
Yerzhanov）, an invented Georgian producer, 中国香港 梁咏琪, 阿斯加·法哈蒂（Asghar Farhadi）, 裴清俊（Bùi Thạc Chuyên）, an
invented Thai actress and Mongolian director; a film title, awards, a market and a film week (none), three organizers
and two governments (none), 海口, 万宁, 陵水黎族自治县, 海棠湾, three film companies, 凤凰岛, 南山文化旅游区, 亚龙湾, a long list
of countries); 1213 zh People's Daily '本报塔什干12月5日电（记者 阎瑾）' (希瓦 / 希瓦古城 / 希瓦市, the inner town
伊钦·卡拉（Itchan Kala） / 希瓦内城, 花拉子模州, 中国文化遗产研究院, 乌兹别克斯坦文化遗产局, monuments named after people,
阿姆河, 丝绸之路 (none), 许言, a real regional governor, 西北大学, 撒马尔罕州, 陕西历史博物馆, 撒马尔罕国立大学, 乌尔根奇国际机场,
布哈拉, 米尔济约耶夫, 比比哈内姆清真寺).
Every invented minor name and firm was checked with grep against the articles, golds and make-gold scripts of all
earlier sets; replaced after that check: Quispe and Condori (holdout10/25/29), 'Nueva Esperanza' (holdout22), Kabeya
and Ntumba (holdout53), Vandenbroucke (holdout27/32), Essomba (holdout5), Sow-Diallo (holdout43), المهيري (holdout12),
الرميثي (holdout38), الخوالدة (holdout20), العتوم (holdout24), الزعبي (holdout24/31), الدوسري (holdout8/60), الكوهجي
(holdout41), Mỹ Hạnh (holdout38), Minh Khuê (holdout12/39), Rakhmatullaev (holdout61), Жумабаев (holdout6/30),
Карапетян (holdout51), 额尔登 (holdout46). Recurring as allowed: real public figures and bodies (Rodrigo Paz, Moïse
Katumbi, Hristijan Mickoski, Jeremiah Manele, Ерболат Досаев, Рустам Бадасян, 贾樟柯, Juliette Binoche, Comibol, CAF,
UNICEF, Vietcombank, HDBank, 中国文化遗产研究院 …), the agencies, capitals, regions and cities, common
Armenian surnames (Саргсян, Оганесян, Погосян) and given names alone (Glody, Азамат, 巴雅尔).

Conventions as holdout66 (titles, ranks and honorifics no part of a name: a spokesman for …, Its president, President,
a mining engineer at …, his uncle, head of the Kiribati delegation, Prime Minister, general manager, Interior Minister,
Security analyst, le président du TP Mazembe, son agent, le Belge, Le sélectionneur, Le vice-président de la Linafoot,
le délégué régional du Commerce, Son gérant, Le directeur général de l'ANOR, Sa présidente pour le Wouri, la
représentante adjointe du PAM au Congo, Le préfet de la Likouala, l'instituteur, الرئيس التنفيذي لمجموعة …, نائبة الوزير,
سعادة, مدير عام …, مدير تطوير الشبكة في …, مدير آثار جرش الدكتور, رئيسة البعثة الإيطالية البروفيسورة, رئيس بلدية … المهندس,
الدليل السياحي, رئيس نيابة … المستشار, المتهم الأول, صاحب الشركة, المحامي, bà, ông, Chủ tịch …, PGS.TS, TS, Trưởng ban
Đào tạo …, Phó Chủ tịch cấp cao của QS, đại kiện tướng, kiện tướng quốc tế, nữ đại kiện tướng, kỳ thủ, Trọng tài chính,
Phó Tổng Giám đốc HDBank, руководитель …, депутат от фракции …, Секретарь маслихата Алматы, Аким Алматы, директор
филиала …, канцлера …, архитектора, председателя …, Министр культуры Беларуси, Бывший начальник поста, Его заместитель,
Инспекторы, таможенного брокера, водителя, инспектор, экспедитор из Тбилиси, Адвокат Мелконяна, Председатель …, 记者,
卫生部长, 临时代办, 项目经理, 队长, 主任医师, 市长, 导演, 演员, 制片人, 编剧, 评委会主席, 秘书长, 副厅长, 部长, 项目负责人, 局长,
州长, 文化参赞, 负责人, 总统); a surname, a Vietnamese given name, a Russian surname in a case or a given name used alone
in a quote ('Glody') an alias; every surface form an alias, Russian cases and Arabic clitic forms included; countries
as ISO codes, never entities (adjectives, nisbas and names inside bodies name their country: Bolivian / Corporación
Minera de Bolivia BO, Chilean CL, Taiwanese TW, 'Parties to the Nauru Agreement' beside Nauru NR, Macedonian / North
Macedonia MK, le Belge / belge BE, française FR, congolais CD or CG as the article's Congo, Centre Pasteur du Cameroun
CM, الجورجية GE, الأردنية JO, الإيطالية IT, Hàn Quốc KR, Anh GB, Đại học Hồng Kông HK, Đại học Quốc gia Singapore SG,
Народной партии Казахстана KZ, литовцев LT, армяно-грузинской AM and GE, 中国香港 HK and CN, 法国 FR …); a currency's
country none ('долларов США', 'francs CFA'); national teams none but name their countries (les Léopards; 'contre le
Burkina Faso' names BF); a generic word before or after a place an alias (Honiara harbour, Rašče spring, quartier
Akwa, département de la Likouala, مدينة كوتايسي, منطقة كاخيتي, sông, hồ, phá, xã, thôn, урочище Медеу, 古城, 市); a place
only inside an organization's name not counted (Bonabéri, Littoral in 'délégation régionale du Commerce pour le
Littoral', Thuận An, Quảng Thành, TP.HCM in 1205/1206, Каскелен, Ланьцут, 北方省, 湖南省, 海南省, 海南岛 in the festival's
names, Bologna, Tunis, Liège, Lens where it is the club); a facility named like a place not otherwise named is that
place's alias (Siglo XX mine, Huanuni mine, Noro cannery, marché frontalier de Kye-Ossi, مطار دبي الدولي -> دبي,
таможенном посту "Баграташен", пунктом пропуска "Мегри", станции метро "Райымбек батыра", 乌尔根奇国际机场 -> 乌尔根奇), while
one named like a place that is named is a place apart (port autonome de Douala beside Douala; stade TP Mazembe is named
after the club); coordinated names over one plural noun: the last carries the noun as written, the first is its bare
word ('the Tipuani and Mapiri rivers', 'в Алатауском и Жетысуском районах'), and a plural noun before a list gives
its first item the noun ('les marchés Mboppi, Sandaga, Congo et New-Bell'); ships, brands, programmes, strategies,
events, festivals, awards, film titles, cups and cyclones none (Hai Feng 88, « Grain d'Or », "ضيف الاتحاد", "أبوظبي
للسياحة 2030", الاستراتيجية الوطنية لمكافحة الفساد, مهرجان جرش للثقافة والفنون, Coupe d'Afrique des nations, Ligue des champions
de la CAF, giải cờ vua quốc tế HDBank, "Культура Беларуси", Азиатские зимние игры, 金椰奖, 《多瑙河上的灯》, 海南岛电影市场,
金砖国家电影周, 一带一路, 飓风“朱迪”和“凯文”, 《世界遗产名录》); governments none (the departmental government of
Potosí, le gouvernement congolais, 海南省人民政府, 三亚市人民政府, 中国政府); legal forms outside a Latin-script, Arabic or
Russian canonical (Ltda., DOOEL Skopje, SARL, ذ.م.م, ОАО, ООО, ТОО, ГКП) but inside a Vietnamese or Chinese one
(Tập đoàn Vingroup, Ngân hàng TMCP …, …有限公司, …有限责任公司). New here:
- a hacker group claiming an attack under a name in quotes ("Grey Heron") is an organization;
- Jerash's monuments with names of their own (معبد أرتميس, البوابة الشمالية, شارع الأعمدة, قوس هادريان, المسرح الجنوبي) are
  places, as holdout66's temple des Pythons; the Decapolis (الديكابوليس), the Silk Road (丝绸之路), the Caucasus (منطقة
  القوقاز), Europe, Asia and South-East Asia none; the Grand Duchy of Lithuania (Великое княжество Литовское) none;
- a museum branch named like its palace ('филиала "Ружанский дворец Сапег"') is an organization, the palace complex
  (Ружанский дворцовый комплекс Сапег, 'Ружанском дворце Сапег' in the headline) a place;
- a Douala market called Congo is a place and names no country; province de l'Équateur names no Ecuador; 'au Congo'
  (the country) is no entity while 'fleuve Congo' is the river with its noun in the canonical;
- aircraft types (إيرباص A321LR, بوينغ 787) name no company;
- the secretariat 'PNA Office' is an alias of the Parties to the Nauru Agreement; 'Solomon Islands police' (lowercase)
  none; 'Japan's fisheries agency' (lowercase) none;
- a named department of a utility (إدارة توزيع المياه, إدارة التدقيق الداخلي) an organization, as Drug Enforcement
  Department in holdout66; 'Quỹ cứu trợ của thành phố' (a city's relief fund, no name) none;
- a festival's organizing committee (海南岛国际电影节组委会) an organization though the festival is none; a Chinese aid
  medical team (中国援瓦努阿图医疗队) an organization, as holdout65's archaeological missions (البعثة الأثرية الإيطالية
  here too); a WHO country office (世界卫生组织驻瓦努阿图办事处) one organization;
- a lowercase Kazakh council with its city (маслихат Алматы) an organization, as the earlier akimats; a metro station
  named after a person a place; streets named after people places (проспект Рыскулова, улица Бухар жырау) with the
  noun in the canonical, as улица Кирова;
- the same island under two names (桑托岛 / 埃斯皮里图桑托岛) one place; a hospital written after its country
  (瓦努阿图北方省医院) canonical without it, as 加拿大温哥华中华会馆 in holdout66; an inner town with its Latin name in
  parentheses and its Chinese gloss (伊钦·卡拉 / Itchan Kala / 希瓦内城) one place, apart from the town (希瓦);
- a dateline agency written in full later is one organization with its acronym (MIA / Macedonian Information Agency;
  وام / وكالة أنباء الإمارات; بترا / وكالة الأنباء الأردنية); VOV.VN and TPO as written.
Countries: BO, CL (1196); CK, CN, FM, JP, KI, KR, MH, NR, PG, PW, SB, TV, TW, US (1197: the EU is an organization);
AL, HR, IR, ME, MK, RO (1198); BE, BF, CD, FR (1199: Tunis and Liège inside clubs' names give none); CM, CN, GA, GQ, NG
(1200); CD, CF, CG (1201); AE, AM, AZ, GE, IN, PK, SA (1202); IT, JO (1203); AE, BH, IN (1204); JP, KR, VN (1205); CN,
FR, GB, HK, ID, IN, JP, KR, MY, PH, SG, TH, VN (1206); CN, GR, IN, KZ, MN, PH, UZ, VN (1207); KZ (1208); BY, LT, PL, RU
(1209); AM, GE, IR, TR (1210); AU, CN, JP, NZ, VU (1211); AR, BR, CL, CN, EG, FR, GE, HK, IN, IR, JP, KR, KZ, MN, RS,
RU, SA, TH, TR, UZ, VN, ZA (1212); CN, UZ (1213).
Judgement calls: 'the Associated Press' gives AP; 'Lens a présenté' is the club; 'Glody' alone an alias of the player;
'Skopje-based' and 'Suva-based' give their towns; 'the region' none; 'the City of Skopje' an alias of
Skopje; 'Ligue 1' an organization (a league); 'école de football Don Bosco' an organization and no person; 'hôpital
Laquintinie' an organization; 'UNHAS' an organization; 'لمجموعة الاتحاد للطيران' an alias of the airline; 'دول الخليج',
'دول الخليج العربي' none; 'Trung Quốc đại lục' names CN; 'Kỳ thủ trẻ … của Hà Nội' is the city; 'Райымбек батыра' keeps
its genitive as written (the station's name); 'Грачья Манукян' a nominative canonical for 'Грачья Манукяна'."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1196_en.txt": ("en", ["BO", "CL"], [
  (L, "La Paz", ["LA PAZ"]), (O, "AP", ["Associated Press"]), (L, "Llallagua", []), (L, "Siglo XX", ["Siglo XX mine"]),
  (P, "Marcelo Apaza Cutipa", ["Apaza"]), (L, "Potosí", []), (O, "Corporación Minera de Bolivia", ["Comibol"]),
  (L, "Huanuni", ["Huanuni mine"]), (O, "Estrella del Norte Siglo XX", ["Estrella del Norte Siglo XX Ltda."]),
  (P, "Wilfredo Mamani Choque", []), (L, "Uncía", []), (O, "Ministry of Mining and Metallurgy", []),
  (O, "National Federation of Mining Cooperatives of Bolivia", ["Fencomin"]), (P, "Rodrigo Paz", []),
  (L, "Cerro Rico", []), (L, "Tipuani", []), (L, "Mapiri", ["Mapiri rivers"]), (P, "Ana Lucía Villarroel", []),
  (O, "Universidad Técnica de Oruro", []), (P, "Edwin Colque", []), (P, "Teodoro Colque", []), (L, "Vinto", []),
  (L, "Oruro", []), (L, "Arica", []), (P, "Daniela Tórrez Aranibar", [])]),
 "1197_en.txt": ("en", ["CK", "CN", "FM", "JP", "KI", "KR", "MH", "NR", "PG", "PW", "SB", "TV", "TW", "US"], [
  (L, "Honiara", ["HONIARA", "Honiara harbour"]), (O, "AAP", []),
  (O, "Western and Central Pacific Fisheries Commission", ["WCPFC"]),
  (O, "Parties to the Nauru Agreement", ["PNA Office"]), (O, "European Union", []), (P, "Teburoro Kaiuea", []),
  (L, "Majuro", []), (L, "Yaizu", []), (O, "Forum Fisheries Agency", ["FFA"]), (L, "Port Moresby", []),
  (P, "Jeremiah Manele", []), (L, "Noro", ["Noro cannery"]), (O, "SolTuna", []), (L, "Western Province", []),
  (O, "WWF", []), (O, "Pew Charitable Trusts", []), (P, "Mereani Vunisea", []), (L, "Suva", []),
  (L, "Rarotonga", [])]),
 "1198_en.txt": ("en", ["AL", "HR", "IR", "ME", "MK", "RO"], [
  (L, "Skopje", ["City of Skopje"]), (O, "Macedonian Information Agency", ["MIA"]),
  (O, "Vodovod i Kanalizacija Skopje", []), (P, "Dragan Stojkoski", ["Stojkoski"]), (L, "Rašče", ["Rašče spring"]),
  (O, "Grey Heron", []), (O, "National Centre for Computer Incident Response", ["MKD-CIRT"]),
  (O, "Agency for Electronic Communications", []), (P, "Panče Toškovski", []),
  (O, "Cybercrime and Digital Forensics Sector", []),
  (O, "Public Prosecutor's Office for Prosecuting Organised Crime and Corruption", []), (O, "Europol", []),
  (O, "NATO", []), (P, "Hristijan Mickoski", []), (L, "Karpoš", []), (L, "Aerodrom", []), (L, "Gazi Baba", []),
  (L, "Centar", []), (O, "Infosoft Balkan", ["Infosoft Balkan DOOEL Skopje"]), (P, "Marija Angelovska-Ristić", []),
  (P, "Goran Pejčinoski", []), (O, "Analytica", [])]),
 "1199_fr.txt": ("fr", ["BE", "BF", "CD", "FR"], [
  (L, "Kinshasa", ["KINSHASA"]), (O, "Xinhua", []), (O, "TP Mazembe", ["Mazembe"]), (L, "Lubumbashi", []),
  (P, "Glody Lukusa Mwepu", ["Glody Lukusa", "Lukusa", "Glody"]),
  (O, "Racing Club de Lens", ["RC Lens", "Lens"]), (O, "Ligue 1", []), (L, "Kamalondo", []), (L, "Katanga", []),
  (P, "Moïse Katumbi", []), (O, "Linafoot", []), (O, "CAF", []), (O, "Standard de Liège", []),
  (O, "Espérance sportive de Tunis", []), (P, "Jérôme Verhaeghen", []), (O, "école de football Don Bosco", []),
  (P, "Sébastien Desabre", []), (O, "Fédération congolaise de football association", ["FECOFA"]),
  (L, "stade TP Mazembe", []), (O, "FC Saint-Éloi Lupopo", []), (P, "Papy Mukendi Ilunga", []),
  (O, "AS V.Club", []), (O, "DCMP", [])]),
 "1200_fr.txt": ("fr", ["CM", "CN", "GA", "GQ", "NG"], [
  (L, "Douala", []), (O, "APA", []), (O, "délégation régionale du Commerce pour le Littoral", []),
  (O, "ministère du Commerce", ["Mincommerce"]), (O, "Agence des normes et de la qualité", ["ANOR"]),
  (O, "ministère de l'Élevage, des Pêches et des Industries animales", ["Minepia"]),
  (L, "Mboppi", ["marchés Mboppi"]), (L, "Sandaga", []), (L, "Congo", []), (L, "New-Bell", []),
  (L, "Akwa", ["quartier Akwa"]), (P, "Jean-Baptiste Abena Mballa", []),
  (O, "Bonabéri Distribution Alimentaire", ["Bonabéri Distribution Alimentaire SARL"]),
  (P, "Emmanuel Tchoupo Fotso", []), (L, "port autonome de Douala", []), (O, "Centre Pasteur du Cameroun", []),
  (L, "Yaoundé", []), (P, "Charles Booto à Ngon", []), (O, "Ligue camerounaise des consommateurs", ["LCC"]),
  (L, "Wouri", []), (P, "Pauline Ngo Mbock", []), (O, "hôpital Laquintinie", []), (L, "Bafoussam", []),
  (L, "Garoua", []), (L, "Kye-Ossi", ["marché frontalier de Kye-Ossi"])]),
 "1201_fr.txt": ("fr", ["CD", "CF", "CG"], [
  (L, "Brazzaville", []), (O, "ACI", []), (O, "Programme alimentaire mondial", ["PAM"]), (L, "Impfondo", []),
  (L, "Likouala", ["département de la Likouala"]), (L, "Oubangui", []), (L, "Likouala-aux-Herbes", []),
  (O, "ministère des Affaires sociales, de la Solidarité et de l'Action humanitaire", []),
  (O, "Fonds des Nations unies pour l'enfance", ["UNICEF"]), (P, "Aïssatou Ndiaye-Fall", []), (L, "Dongou", []),
  (L, "Épéna", []), (L, "Bétou", []),
  (O, "Haut-Commissariat des Nations unies pour les réfugiés", ["HCR"]), (P, "Gaston Ebonga-Mokoko", []),
  (L, "Boyélé", []), (L, "Mbanza-Liboko", []), (O, "Croix-Rouge congolaise", []), (L, "fleuve Congo", []),
  (O, "Union européenne", []), (O, "UNHAS", []), (P, "Rodrigue Malonga", []),
  (L, "Équateur", ["province de l'Équateur"])]),
 "1202_ar.txt": ("ar", ["AE", "AM", "AZ", "GE", "IN", "PK", "SA"], [
  (L, "أبوظبي", []), (O, "وكالة أنباء الإمارات", ["لوكالة أنباء الإمارات", "وام"]),
  (O, "الاتحاد للطيران", ["لمجموعة الاتحاد للطيران"]), (L, "مطار زايد الدولي", []), (L, "تبليسي", ["وتبليسي"]),
  (L, "باتومي", ["وباتومي", "مدينة باتومي"]), (L, "البحر الأسود", []), (P, "أنطونوالدو نيفيس", []),
  (O, "مجلس التعاون لدول الخليج العربية", []), (O, "وزارة الاقتصاد والتنمية المستدامة الجورجية", []),
  (P, "ماريكا تسيريكيدزه", []), (L, "غودوري", []), (L, "بورجومي", ["وبورجومي"]), (L, "كاخيتي", ["منطقة كاخيتي"]),
  (O, "الإدارة الوطنية للسياحة في جورجيا", []), (P, "سيف محمد السويدي", []),
  (O, "الهيئة العامة للطيران المدني", []), (O, "العربية للطيران أبوظبي", []),
  (L, "كوتايسي", ["مدينة كوتايسي"]), (O, "فلاي دبي", []), (L, "دبي", ["مطار دبي الدولي"]),
  (P, "خالد عبيد الخييلي", []), (L, "يريفان", []), (L, "باكو", []),
  (O, "دائرة الثقافة والسياحة - أبوظبي", [])]),
 "1203_ar.txt": ("ar", ["IT", "JO"], [
  (L, "معبد أرتميس", []), (L, "جرش", ["مدينة جرش"]), (O, "وكالة الأنباء الأردنية", ["لوكالة الأنباء الأردنية", "بترا"]),
  (O, "دائرة الآثار العامة", []), (P, "مازن عبد الرحيم الرواشدة", ["الرواشدة"]),
  (O, "البعثة الأثرية الإيطالية", ["البعثة الإيطالية"]), (O, "جامعة اليرموك", []), (O, "الجامعة الهاشمية", []),
  (L, "البوابة الشمالية", []), (L, "شارع الأعمدة", []), (L, "قوس هادريان", []), (L, "المسرح الجنوبي", ["والمسرح الجنوبي"]),
  (O, "الصندوق العربي للإنماء الاقتصادي والاجتماعي", []), (O, "وزارة السياحة والآثار", []),
  (P, "جوليا ماركيزيني", []), (O, "جامعة بولونيا", []), (O, "متحف آثار جرش", []), (O, "بلدية جرش الكبرى", []),
  (P, "أحمد الغرايبة", []), (O, "هيئة تنشيط السياحة", []), (L, "البتراء", []), (L, "وادي رم", ["ووادي رم"]),
  (L, "البحر الميت", ["والبحر الميت"]), (P, "خليل البطاينة", []), (O, "اليونسكو", ["لمنظمة اليونسكو"]),
  (L, "عمان", [])]),
 "1204_ar.txt": ("ar", ["AE", "BH", "IN"], [
  (L, "المنامة", []), (O, "بنا", []), (O, "المحكمة الكبرى الجنائية الرابعة", []), (O, "هيئة الكهرباء والماء", []),
  (O, "نيابة الجرائم المالية وغسل الأموال", []), (P, "نواف حمد بوعلاي", []), (P, "جاسم محمد العرادي", []),
  (O, "إدارة توزيع المياه", ["بإدارة توزيع المياه"]),
  (O, "الواحة الذهبية للمقاولات", ["الواحة الذهبية للمقاولات ذ.م.م"]), (O, "إدارة التدقيق الداخلي", []),
  (L, "المحرق", []), (L, "سترة", ["وسترة"]), (L, "مدينة عيسى", ["ومدينة عيسى"]), (L, "الرفاع", ["والرفاع"]),
  (O, "الإدارة العامة لمكافحة الفساد والأمن الاقتصادي والإلكتروني", []), (O, "وزارة الداخلية", ["بوزارة الداخلية"]),
  (O, "ديوان الرقابة المالية والإدارية", []), (P, "يوسف علي المرباطي", []), (P, "فيصل حسن بوجيري", []),
  (O, "محكمة الاستئناف العليا الجنائية", []), (O, "مجلس المناقصات والمزايدات", [])]),
 "1205_vi.txt": ("vi", ["JP", "KR", "VN"], [
  (L, "Huế", []), (O, "VOV.VN", []), (O, "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Huế", []),
  (O, "Hội Chữ thập đỏ Việt Nam", []), (O, "Quỹ Nhi đồng Liên Hợp Quốc", ["UNICEF"]),
  (L, "Tam Giang", ["phá Tam Giang"]), (O, "Ban Chỉ huy Phòng thủ dân sự thành phố Huế", []),
  (L, "Hương", ["sông Hương"]), (L, "Bồ", ["sông Bồ"]), (L, "Tả Trạch", ["hồ Tả Trạch"]),
  (L, "Quảng Điền", ["xã Quảng Điền"]), (L, "Đan Điền", ["xã Đan Điền"]), (L, "Bác Vọng Tây", ["thôn Bác Vọng Tây"]),
  (P, "Hoàng Thị Bích Loan", ["Loan"]), (O, "Ngân hàng TMCP Ngoại thương Việt Nam", ["Vietcombank"]),
  (O, "Tập đoàn Vingroup", []), (O, "Hội người Việt Nam tại Nhật Bản", []),
  (O, "Đại sứ quán Hàn Quốc tại Việt Nam", []), (O, "Cơ quan Hợp tác Quốc tế Hàn Quốc", ["KOICA"]),
  (P, "Nguyễn Văn Lộc Phước", ["Phước"]), (O, "Bộ đội Biên phòng thành phố Huế", []),
  (O, "Đoàn Thanh niên phường Thuận An", []), (O, "Trường Tiểu học Quảng Thành", []),
  (O, "Trung tâm Dự báo khí tượng thủy văn quốc gia", []), (L, "Quảng Trị", []), (L, "Đà Nẵng", [])]),
 "1206_vi.txt": ("vi", ["CN", "FR", "GB", "HK", "ID", "IN", "JP", "KR", "MY", "PH", "SG", "TH", "VN"], [
  (O, "Dân trí", []), (O, "Quacquarelli Symonds", ["QS"]), (O, "Đại học Quốc gia Hà Nội", []),
  (O, "Đại học Quốc gia TP.HCM", []), (O, "Đại học Bách khoa Hà Nội", []), (O, "Đại học Duy Tân", []),
  (O, "Trường Đại học Tôn Đức Thắng", []), (O, "Đại học Huế", []), (O, "Đại học Kinh tế TP.HCM", ["UEH"]),
  (O, "Trường Đại học Cần Thơ", []), (O, "Trường Đại học Vinh", []), (O, "Học viện Nông nghiệp Việt Nam", []),
  (P, "Trần Vĩnh Khang", ["Khang"]), (O, "Đại học Bắc Kinh", []), (O, "Đại học Hồng Kông", []),
  (O, "Đại học Quốc gia Singapore", ["NUS"]), (O, "Đại học Malaya", []), (P, "Ben Sowter", []),
  (P, "Lê Thị Phương Thảo", ["Thảo"]), (L, "Hà Nội", []), (O, "Bộ Giáo dục và Đào tạo", [])]),
 "1207_vi.txt": ("vi", ["CN", "GR", "IN", "KZ", "MN", "PH", "UZ", "VN"], [
  (O, "TPO", []), (L, "Nhà thi đấu Nguyễn Du", []), (L, "TP.HCM", []), (P, "Sardorbek Ergashboev", ["Ergashboev"]),
  (P, "Lê Tuấn Minh", ["Tuấn Minh"]), (O, "Liên đoàn Cờ Việt Nam", []), (O, "Sở Văn hóa và Thể thao TP.HCM", []),
  (O, "Ngân hàng TMCP Phát triển TP.HCM", ["HDBank"]), (P, "Aravind Srinivasan Iyer", []),
  (P, "Daniyar Serikbayev", ["Serikbayev"]), (P, "Nguyễn Ngọc Trường Sơn", []), (P, "Ramon Dizon Catapang", []),
  (P, "Đinh Nho Kiệt", []), (L, "Hà Nội", []), (P, "Phạm Lê Thảo Nguyên", []), (P, "Tô Tịnh Di", []),
  (P, "Batkhuyag Tsetsegmaa", []), (P, "Trần Quốc Bảo Long", []), (O, "Liên đoàn Cờ vua Thế giới", ["FIDE"]),
  (P, "Nguyễn Thị Phương Thùy", []), (L, "Đà Nẵng", []), (L, "Cần Thơ", []), (P, "Lê Quang Liêm", [])]),
 "1208_ru.txt": ("ru", ["KZ"], [
  (L, "Алматы", ["АЛМАТЫ"]), (O, "Интерфакс-Казахстан", []),
  (O, "маслихат Алматы", ["Маслихат Алматы", "маслихата Алматы"]),
  (O, "Управление экономики и бюджетного планирования города Алматы",
   ["Управления экономики и бюджетного планирования города Алматы"]),
  (P, "Азамат Серикович Турлыбаев", ["Турлыбаев"]), (L, "Райымбек батыра", ["станции метро \"Райымбек батыра\""]),
  (L, "Калкаман", ["Калкамана"]), (L, "Наурызбайский район", ["Наурызбайском районе"]),
  (O, "Народная партия Казахстана", ["Народной партии Казахстана"]), (P, "Руслан Бекболатович Есенгазиев", []),
  (P, "Ерлан Кабдешевич Тлеубердин", []), (P, "Ерболат Досаев", []), (L, "Шымбулак", ["курорте \"Шымбулак\""]),
  (L, "Медеу", ["урочище Медеу"]), (O, "Алматы Су", ["ГКП \"Алматы Су\""]), (L, "Малая Алматинка", []),
  (L, "Большая Алматинка", []), (L, "проспект Рыскулова", ["проспекта Рыскулова"]),
  (L, "улица Бухар жырау", ["улицей Бухар жырау"]), (L, "Алатауский район", ["Алатауском"]),
  (L, "Жетысуский район", ["Жетысуском районах"]),
  (O, "Каскелен Жол Курылыс", ["ТОО \"Каскелен Жол Курылыс\""]),
  (O, "Азиатский банк развития", ["Азиатского банка развития"]),
  (O, "Министерство финансов Республики Казахстан", [])]),
 "1209_ru.txt": ("ru", ["BY", "LT", "PL", "RU"], [
  (L, "Ружаны", ["РУЖАНЫ", "Ружанах"]), (O, "БЕЛТА", []),
  (L, "Ружанский дворцовый комплекс Сапег", ["Ружанском дворцовом комплексе Сапег", "Ружанском дворце Сапег"]),
  (L, "Пружанский район", ["Пружанском районе"]), (O, "Ружанский дворец Сапег", []),
  (O, "Брестский областной краеведческий музей", ["Брестского областного краеведческого музея"]),
  (P, "Наталья Игоревна Климовец", ["Климовец"]),
  (O, "Брестреставрацияпроект", ["ОАО \"Брестреставрацияпроект\""]),
  (O, "Пружанская ПМК-15", ["ОАО \"Пружанская ПМК-15\""]), (P, "Лев Сапега", ["Льва Сапеги"]),
  (P, "Ян Самуэль Беккер", ["Яна Самуэля Беккера"]), (P, "Александр Михаил Сапега", ["Александра Михаила Сапеги"]),
  (O, "Брестский облисполком", ["Брестского облисполкома"]), (P, "Петр Пархомчик", ["Петра Пархомчика"]),
  (L, "Мир", []), (L, "Несвиж", []), (O, "Пружанский райисполком", ["Пружанского райисполкома"]),
  (P, "Виктор Степанович Довнар", []), (L, "Беловежская пуща", ["Беловежской пущи"]),
  (L, "Коссовский замок", ["Коссовского замка"]), (L, "Ивацевичский район", ["Ивацевичском районе"]),
  (O, "Национальный исторический музей Республики Беларусь", []), (O, "Музей-замок в Ланьцуте", []),
  (P, "Руслан Чернецкий", [])]),
 "1210_ru.txt": ("ru", ["AM", "GE", "IR", "TR"], [
  (L, "Ереван", ["ЕРЕВАН", "Ереване"]), (O, "Арменпресс", ["АРМЕНПРЕСС"]),
  (O, "Антикоррупционный суд Армении", ["Антикоррупционный суд"]),
  (L, "Баграташен", ["таможне \"Баграташен\"", "таможенном посту \"Баграташен\""]),
  (O, "Антикоррупционный комитет Республики Армения",
   ["Антикоррупционного комитета Республики Армения", "Антикоррупционный комитет"]),
  (P, "Арман Грачевич Мелконян", ["Мелконяна"]), (P, "Тигран Ашотович Саргсян", []),
  (P, "Гаяне Мнацакановна Оганесян", []), (P, "Артур Самвелович Погосян", []), (P, "Вачаган Гегамович Даниелян", []),
  (O, "Дебед Транс Логистик", ["ООО \"Дебед Транс Логистик\""]),
  (P, "Самвел Рубенович Хачатрян", ["Самвела Рубеновича Хачатряна", "Хачатряну"]), (P, "Лусине Аветисян", []),
  (P, "Грачья Манукян", ["Грачья Манукяна"]),
  (O, "Комитет государственных доходов", ["Комитета государственных доходов"]),
  (P, "Норайр Арамаисович Геворгян", ["Норайра Арамаисовича Геворгяна"]), (P, "Давит Асатрян", []),
  (L, "Тбилиси", []), (P, "Леван Беридзе", []), (P, "Ануш Хачикян", []),
  (O, "Апелляционный уголовный суд", ["Апелляционном уголовном суде"]), (P, "Рустам Бадасян", []),
  (L, "Тавушская область", ["Тавушской области"]), (L, "Иджеван", ["Иджеване"]), (L, "Ноемберян", ["Ноемберяне"]),
  (L, "Мегри", ["пунктом пропуска \"Мегри\""])]),
 "1211_zh.txt": ("zh", ["AU", "CN", "JP", "NZ", "VU"], [
  (O, "新华社", []), (L, "维拉港", []), (P, "卢思航", []), (O, "北方省医院", ["瓦努阿图北方省医院"]),
  (L, "埃斯皮里图桑托岛", ["桑托岛"]), (L, "卢甘维尔", ["卢甘维尔市"]), (L, "桑马省", []), (L, "彭纳马省", []),
  (L, "马朗巴省", []), (P, "约翰·塔里苏", ["John Tarisu"]), (L, "马勒库拉岛", []), (O, "中国驻瓦努阿图大使馆", []),
  (P, "邵文博", []), (O, "中国建筑第八工程局有限公司", []), (P, "葛振东", []), (O, "中国援瓦努阿图医疗队", []),
  (O, "湖南省人民医院", []), (P, "曾楚文", []), (L, "马洛岛", []), (L, "阿奥雷岛", []),
  (P, "莉迪娅·瓦纳", ["Lydia Vanua"]), (O, "世界卫生组织驻瓦努阿图办事处", [])]),
 "1212_zh.txt": ("zh", ["AR", "BR", "CL", "CN", "EG", "FR", "GE", "HK", "IN", "IR", "JP", "KR", "KZ", "MN", "RS",
                        "RU", "SA", "TH", "TR", "UZ", "VN", "ZA"], [
  (O, "中新网", []), (L, "三亚", ["三亚市"]), (P, "符晓岚", []), (O, "海南岛国际电影节组委会", []), (P, "贾樟柯", []),
  (P, "朱丽叶·比诺什", ["Juliette Binoche"]), (P, "是枝裕和", []), (P, "全度妍", []),
  (P, "阿迪尔汗·叶尔然诺夫", ["Adilkhan Yerzhanov"]), (P, "娜娜·古利亚什维利", ["Nana Guliashvili"]),
  (P, "梁咏琪", []), (P, "谢梓涵", []), (P, "阿斯加·法哈蒂", ["Asghar Farhadi"]), (P, "裴清俊", ["Bùi Thạc Chuyên"]),
  (P, "披拉雅·春通", ["Piraya Chunthong"]), (P, "巴雅尔·朝克图", ["Bayar Chogt"]), (P, "许琪瑶", []),
  (O, "海南省旅游和文化广电体育厅", []), (P, "陈锦涛", []), (O, "国家电影局", []), (O, "中央广播电视总台", []),
  (O, "海南国际文化艺术交流中心", []), (L, "海口", []), (L, "万宁", []), (L, "陵水黎族自治县", []),
  (L, "海棠湾", []), (O, "华夏电影发行有限责任公司", []), (O, "中国电影股份有限公司", []),
  (O, "阿里巴巴影业集团", []), (O, "三亚市委宣传部", []), (P, "黄丽娟", []), (L, "凤凰岛", []),
  (L, "南山文化旅游区", []), (L, "亚龙湾", [])]),
 "1213_zh.txt": ("zh", ["CN", "UZ"], [
  (L, "塔什干", []), (P, "阎瑾", []), (L, "花拉子模州", []), (L, "希瓦", ["希瓦古城", "希瓦市"]),
  (L, "伊钦·卡拉", ["Itchan Kala", "希瓦内城"]), (O, "中国文化遗产研究院", []), (O, "乌兹别克斯坦文化遗产局", []),
  (L, "穆罕默德·阿敏汗经学院", []), (L, "卡尔塔·米诺尔宣礼塔", []), (L, "阿姆河", []), (O, "联合国教科文组织", []),
  (P, "许言", []), (P, "奥塔别克·鲁斯塔莫夫", []), (P, "法尔霍德·埃尔曼诺夫", []), (O, "中国驻乌兹别克斯坦大使馆", []),
  (P, "王晓梅", []), (L, "阿米尔·图拉经学院", []), (L, "哈桑·穆拉德库什贝吉清真寺", []), (O, "西北大学", []),
  (L, "撒马尔罕州", []), (O, "陕西历史博物馆", []), (O, "撒马尔罕国立大学", []), (P, "努尔别克·萨比罗夫", []),
  (L, "乌尔根奇", ["乌尔根奇国际机场"]), (L, "布哈拉", []), (P, "米尔济约耶夫", []), (L, "撒马尔罕", []),
  (L, "比比哈内姆清真寺", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout67", G)
write_gold(here, "holdout67", "holdout67-gold.json", G)
