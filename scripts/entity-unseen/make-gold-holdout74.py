#!/usr/bin/env python3
"""Writes holdout74-gold.json for the articles in holdout74/ (same format and conventions as make-gold-holdout73.py and,
through it, holdout60-72). A SENTINEL set (never fitted), written blind in session 50 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first (see git log), then this gold): wire
news on topics the earlier sets had little of (a cocoa regulator's financing and border smuggling, the last paved stretch
of a Chaco highway, a glacier surge damming a Pamir valley, a cyclone in the vanilla region, the opening of a groundnut
buying campaign, water birds back on a lake after drought, a desalination carrier's financing, a mountain coffee harvest,
rails laid on a cross-border line, a railway section started in central Laos, a land-fraud trial with 14 defendants, a
canal's progress and its neighbours' worries, a woolly rhino out of the permafrost, an opera premiere with its whole
cast, welding on a gas pipeline, a blizzard closing a border crossing, a free-trade port's first year, a high-speed line's
15 millionth passenger), set mostly in countries the earlier sets rarely used (Ghana and Ivory Coast, Paraguay with its
neighbours, Tajikistan, Madagascar, Senegal, Tunisia, Jordan, Saudi Arabia's Jazan, Oman with the UAE, Laos, Cambodia,
Yakutia, Turkmenistan with Afghanistan, Inner Mongolia, Hainan, Indonesia) and in the corpus's own (Vietnam, Belarus,
China); REAL public figures and bodies mixed with invented minor people, firms and villages; 3 en, 3 fr, 3 ar, 3 vi
(1332 entirely in NFD, with a list of 14 defendants), 3 ru (1335 with a long cast list, 22 people), 3 zh:
1322 en Reuters 'ACCRA, Dec 7 (Reuters) -' (COCOBOD after its full name, Standard Chartered and Absa Bank Ghana, Randy
Abbey after 'Chief executive' then surname, Sefwi Wiawso and Abidjan in a quote with no cue, 'the Western North region',
Asawinso, an invented licensed buyer, Elubo, a farmer full then surname, Bibiani, Abengourou, John Dramani Mahama after
'President', the Ghana Revenue Authority (a body with its country in its name), 'the Ashanti and Eastern regions' (two
places over one plural noun), an economist at the University of Ghana 'in Legon', Tema and Takoradi after 'ports of',
'the Accra-Kumasi highway' (a road named by its ends, a place, with each end), Nkawkaw, London and New York (markets'
cities, places; no country), a reporting/editing line; Ghana GH, Ivory Coast CI; the CFA franc and the cedi none);
1323 en AP 'ASUNCION, Paraguay (AP) —' (Santiago Peña then 'Peña', Pozo Hondo (a military post, a place), Mariscal
Estigarribia, the Bioceanic Route (a corridor, none), Porto Murtinho, Mato Grosso do Sul, the Paraguay River, Carmelo
Peralta, Salta and Jujuy, Antofagasta and Iquique, Claudia Centurión after 'Public Works Minister', 'the whole Carmelo
Peralta-Pozo Hondo road' (a road named by its ends), CAF after 'known as', Loma Plata and Filadelfia, the Chortitzer
cooperative, a rancher, Neuland, Guyra Paraguay and its real director, the Ayoreo people (none), the Médanos del Chaco
National Park, an invented contractor, Campo Grande, an AP writer; Paraguay, Brazil, Chile, Argentina/Argentine);
1324 en AFP 'DUSHANBE, Dec 7 (AFP) -' (the headline's 'Pamirs' with 'Pamir mountains' and 'Pamir plateau', the
Medvezhiy glacier, 'the Abdukagor river', the emergencies committee, a glaciologist full then surname, the University of
Central Asia 'in Khorog', the Swiss WSL with its acronym in parentheses, 'the Vanj district' and Vanj, Gorno-Badakhshan
with its 'autonomous region', Poi Mazor and Rovand (villages with no cue in the first mention), a teacher, Emomali Rahmon
after 'President', 'the Panj river', the Aga Khan Agency for Habitat (the person inside its name none), 'the Pamir
Highway' (a road apart from the range), the UN, the World Bank, 'the Dushanbe-Khorog road', 'The Fedchenko glacier', the
Academy of Sciences of Tajikistan; Tajikistan, Afghanistan, Swiss CH, China, Kyrgyzstan);
1325 fr AFP 'Antananarivo, 7 décembre 2026 (AFP) -' (the cyclones Fitia and Enawo none, 'la Sava' and 'la région Sava',
Sambava, BNGRC after its name, Antalaha, Vohémar, the weather directorate, a doctor after 'Dr', 'centre hospitalier de
district d'Andapa' (a body; Andapa only inside it), 'la rivière Lokoho', 'La route nationale 5a', 'le pont de la Bemarivo'
(the river not otherwise named: the bridge its alias), 'L'aéroport d'Antsiranana, l'ancienne Diego-Suarez' (one place
with its former name), two villages after 'les villages d'Ampanefena et de Marojala', a planter, the firm Sahanala, PAM
after its name, Toamasina, Unicef, the Croix-Rouge malagasy, the trade ministry, Météo-France La Réunion (one body),
'l'océan Indien', 'le massif du Marojejy', 'le canal du Mozambique'; Madagascar, les États-Unis, la France, l'Allemagne,
les Comores, La Réunion (RE, in the body's name), Mozambique (MZ, in the channel's name));
1326 fr APS 'Kaolack, 7 déc (APS) -' (Mabouba Diagne after a long ministerial title (a portfolio, no body) then 'M.
Diagne', 'l'usine de Lyndiane' (a factory named after a place not otherwise named), SONACOS after its full name and 'la
SONACOS', its director general after 'M.', 'les usines de Lyndiane, de Ziguinchor, de Diourbel et de Louga', Nioro du Rip,
Koungheul, 'les régions de Kaffrine, de Fatick et de Diourbel' (bare names), 'le port de Dakar', a farmers' union named
after its village (Keur Madiabel only inside it), CNIA and DAPSA after their names, le Saloum, 'la route nationale 4',
Karang and Farafenni, Touba, 'le marché Ocass', a trader after 'Mme', Ousmane Sonko after 'Le Premier ministre'; Sénégal,
chinois and 'Le Chinois' CN, la Gambie GM; francs CFA none);
1327 fr AFP 'Tunis, 7 décembre 2026 (AFP) -' ('le lac Ichkeul', 'Le parc national de l'Ichkeul' and 'le djebel Ichkeul'
(three places), the forests directorate, Unesco, 'les oueds Joumine, Ghezala et Sejnane' (the plural noun gives the first
its noun), the real AAO ornithologist, 'l'Association "Les Amis des Oiseaux" (AAO)', Bizerte and Mateur, ANPE after its
name, 'le barrage de Sidi El Barrak', a biologist after 'Mme' at INSTM, 'l'oued Tinja' (a river) and Tinja (a town): two
places, 'la lagune de Bizerte' and 'le lac de Bizerte' (one lagoon, apart from the city), Menzel Bourguiba, a fisherman,
the agriculture ministry as written, le Grand Tunis, le Cap Bon, le Sahel, Wetlands International, WWF Afrique du Nord,
the Ramsar convention (a treaty, none), 'la sebkha de Sidi El Hani', Sousse, 'parc national d'El Kala' (the town not
otherwise named: its alias); Tunisie, algériens);
1328 ar KUNA 'عمان - 7 - 12 (كونا) --' (Amman written عمان (no Oman in the text), 'خليج العقبة' (a gulf, a place apart) and
العقبة, the minister of water after his portfolio title (no body) then surname, Meridiam and Suez in parentheses, 'وادي
عربة', 'محافظة معان', 'والقطرانة', 'خزانات أبو علندا' (the reservoirs named after a place not otherwise named), EIB, the
World Bank with 'و', the US DFC, AFD, the Arab Fund with 'و', 'الكويت' (KW), the water authority with 'ل' and its
secretary-general full then surname, 'لوكالة الأنباء الكويتية (كونا)', 'مياه الديسي', 'الطريق الصحراوي' (the Desert
Highway, a named road) and 'طريق العقبة - عمان' (a road named by its ends), 'الراشدية والحسا والقطرانة', ASEZA after
'رئيس', 'قرى قريقرة وفينان', an engineer of an NGO, 'البحر الأحمر بالبحر الميت'; the Red-Dead project none; الأردنية,
الفرنسية, الأمريكية, الكويت, السعودية, السوريين);
1329 ar SPA 'جازان 27 جمادى الآخرة 1448 هـ الموافق 07 ديسمبر 2026 م واس' on its own line (the agency by 'واس' only, the
full name canonical; 'بمنطقة جازان', the environment ministry's branch (the ministry), its director after 'المهندس',
'محافظات الداير والعيدابي والريث وفيفاء وهروب' (a plural noun and four clitic forms), 'قرية العزة بمحافظة الداير', a
farmer full then surname, the Saudi Coffee Company, 'جبال بني مالك', PIF, the coffee research centre ('في جازان' a
locator), a researcher after 'الباحثة الدكتورة' then surname, جامعة جازان, UNESCO, the Ethiopian agricultural research
institute, the real emir of Jazan after 'صاحب السمو الملكي الأمير' (title) with his office in apposition, صبيا, 'ميناء
جازان' (a port named like a named place: a place apart), 'سوق الداير الأسبوعي' (a market, a place apart), 'وعسير
والباحة', a cooperative; the festival and the product 'البن الخولاني' none; اليمنية, الإثيوبية, السعودية, البرازيل,
إثيوبيا, كولومبيا);
1330 ar KUNA 'مسقط - 7 - 12 (كونا) --' (Hafeet Rail with and without 'شركة', 'ميناء صحار' (a place apart) and 'ولاية
صحار', Abu Dhabi in the headline, the real Omani transport minister after 'المهندس' (his portfolio no body), 'خط صحار -
أبوظبي' (a line named by its ends), 'صحار والعين', Oman Rail, Etihad Rail and Mubadala in parentheses, 'جبال الحجر',
البريمي, a project manager full then surname, Orascom and an invented contractor, 'وادي الجزي', محضة, Vale ('البرازيلية'),
'قرية الحيل بولاية شناص', a resident, 'شناص ولوى', Mohamed bin Zayed after 'صاحب السمو الشيخ', the GCC secretariat
(one body), the Gulf railway (a project, none); العماني, الإمارات, المصرية, صينية, البرازيلية, الكويت, السعودية);
1331 vi TTXVN 'Viêng Chăn, 7/12 (TTXVN) -' (the section 'đoạn đường sắt Thà Khẹc - Mụ Giạ' and the line 'tuyến đường sắt
Viêng Chăn - Vũng Áng' (places, with each end; 'cảng Vũng Áng' the port its alias), 'tỉnh Khăm Muộn', the Lao public
works ministry inside a title (a body), an invented Lao vice-minister, VLRC and VNR after their names, a construction
corporation, 'cửa khẩu Cha Lo', 'các tỉnh Quảng Trị và Hà Tĩnh', VLRC's head full then 'ông Khiêm', 'ga Thà Khẹc' and 'chợ
Thà Khẹc' (a station and a market named like a named town: places apart), 'dãy Trường Sơn', 'sông Xê Băng Phai', 'các
huyện Nhommalath, Bualapha và Na Kai', a Lao trader, the embassy (one body with 'tại Lào'), 'cảng Lạch Huyện ở Hải Phòng',
'cảng Đà Nẵng' (the city not otherwise named), 'cảng Laem Chabang', 'tuyến đường sắt Lào - Trung Quốc' (a line named by two
countries), Côn Minh, 'biển Đông', Hoành Sơn; Lào, Việt Nam, Thái Lan, Trung Quốc);
1332 vi TTXVN 'TP Hồ Chí Minh, 7/12 (TTXVN) -', in NFD (a land-fraud trial: the city court, the firm with its legal form
then its bare name (the projects 'Phú Gia Thịnh Riverside' and 'Golden Lake Bàu Bàng' none), Bàu Bàng, Bắc Tân Uyên, the
procuracy, the chairman full then 'bị cáo Vĩnh', 13 co-defendants in one list (one of them surnamed Ông, a word that is
also the title 'ông': 'bị cáo Ông Văn Sáu'), 'xã Lai Uyên', 'Ủy ban nhân dân tỉnh Bình Dương (cũ)' and the headline's 'tại
Bình Dương', 'Bị cáo Dung', the presiding judge after 'Thẩm phán', a lawyer with his bar in parentheses, a victim full then
'chị Ngọc', 'phường Dĩ An', 'Quốc lộ 13', the police investigation agency of the ministry (one body), Thủ Dầu Một, Biên
Hòa and Long Thành, Vũng Tàu, Singapore (a city-state: the place and SG));
1333 vi TTXVN 'Phnôm Pênh, 7/12 (TTXVN) -' (the Funan Techo canal (a place), the Cambodian public works ministry, 'khu
vực Prek Takeo', 'tỉnh Takeo', 'sông Mekong', 'tỉnh Kandal', Kampot and 'cảng Kampot' (a place apart), 'tỉnh Kep', Hun
Manet after 'Thủ tướng Campuchia' then 'Ông Hun Manet', 'huyện Koh Thom', a spokesman full then 'Ông Heng Sokna', CRBC
after its Vietnamese name, 'đoạn Prek Takeo - Takeo', an invented Cambodian builder, 'xã Prek Anhchanh', a farmer, MRC after
its name and alone, the southern water-resources institute, 'sông Hậu' and 'sông Bassac' (one river under its Vietnamese and
Khmer-French names), 'vùng Đồng bằng sông Cửu Long', the real foreign minister after a double title (his ministry inside
it a body), TVK after its name; Campuchia, Trung Quốc (in CRBC's name), Việt Nam, Lào, Thái Lan);
1334 ru TASS 'ЯКУТСК, 7 декабря. /ТАСС/.' (a woolly rhino: 'Верхоянском районе' and its genitive, 'реки Яны' and 'Яны',
NEFU with its initials in its name (the person inside it none) and 'СВФУ', the Mammoth museum 'музея "Мамонт"', its real
head with his patronymic then surname, 'урочище Суордах', 'поселка Батагай' and 'Батагая', the permafrost institute in the
instrumental and the genitive short form, the Yakutian academy in two forms, Hokkaido University in the genitive,
'Батагайского кратера', 'Адычи', a researcher with his patronymic then 'Федосеева', 'в Верхоянском и Абыйском районах'
(coordinated adjectives), Айсен Николаев after 'Глава Якутии' then 'Николаев', the cubs Уяна and Спарта (animals, none), a
resident, the district administration (a body), 'реке Тирехтях', the applied ecology institute, 'трассе "Колыма"',
'Оймяконе'; Японии, Южной Кореи, Китая, Канады);
1335 ru BelTA 'МИНСК, 7 декабря (БЕЛТА) –' (an opera premiere: the Bolshoi Theatre of Belarus with its headline form, the
composer in the genitive, 22 people in the nominative, genitive and accusative (Галины Галковской / Галковская,
Владислава Куприянова, Медета Чотабаева), 'Санкт-Петербурга', the Mariinsky in the genitive, 'театра "Астана Опера"',
the opera 'Князь Игорь' and its roles (Игорь, Ярославна, Кончак, Галицкий) none, 'Гродно, Витебске и Могилеве', 'Москве
и Астане', the music academy in the genitive, 'предприятии "Белэкспомаш"', 'Борисовом', the Christmas opera forum (an
event) and Kvitki.by (a site) none; Беларуси, Казахстана, России, Китая, Италии, Армении);
1336 ru Interfax 'Ашхабад. 7 декабря. ИНТЕРФАКС -' (the TAPI pipeline named by its four countries with 'ТАПИ', the
section 'Серхетабат - Герат' with each end in three cases, TDH, the Halk Maslahaty with its Russian name in parentheses and Gurbanguly Berdimuhamedov after
'председатель', Serdar Berdimuhamedov after 'Президент Туркменистана', Галкыныш, 'Марыйском велаяте', Кандагар,
'пакистанскому Мултану и индийскому Фазилке', TAPI Pipeline Company Limited, 'госконцерну "Туркменгаз"' and
'"Туркменгаз"', its director full then 'Гылыджова', the power line 'Мары - Серхетабат - Герат', the energy ministry in
the prepositional, IsDB, ADB, an expert of 'ашхабадского Института нефти и газа', 'Интерфаксу', 'Каспийское море', the
pipeline 'Центральная Азия - Китай'; Европу none);
1337 zh Xinhua '新华社呼和浩特12月7日电（记者 刘懿德 哈丽娜）' (a blizzard: two reporters, the regional weather bureau and
its observatory, 内蒙古中部, 锡林郭勒盟, 乌兰察布市, a forecaster, 锡林浩特, 阿巴嘎旗, 苏尼特左旗, 二连浩特 and 二连浩特口岸
(a border port named like a named city: a place apart), 二连海关, 扎门乌德口岸 (the town not otherwise named), the Hohhot
railway group, 集二线, 乌兰巴托, 北京, the regional transport department, 'G55二广高速二连浩特至赛汉塔拉段' (the
expressway and its section named by its ends), 'G207国道', 苏尼特右旗赛汉塔拉镇, a herder, the league's emergency bureau
and its head, the Inner Mongolia power group, 正蓝旗, 多伦县, the national observatory, 赤峰, 通辽, 东北地区 (a region,
none), 黑龙江, 吉林, 外贝加尔边疆区; 中蒙, 蒙古国, 俄罗斯);
1338 zh Xinhua '新华社海口12月7日电（记者 陈凯姿 严钰景）' (the Hainan free trade port (a policy zone, none), 海南 written apart, the commerce
department, 洋浦港, Haikou customs and its deputy head, 洋浦, 三亚, the Yangpu zone's committee (the zone only inside it),
洋浦保税港区, an invented importer and its manager, 广东, 广西, 文昌国际航天城, the provincial NDRC and its deputy head, 海口
江东新区, 三亚崖州湾科技城, 博鳌乐城国际医疗旅游先行区, CDFG, 香港 and 澳门 (HK, MO, no places), 海口美兰国际机场, 吉隆坡,
曼谷, 首尔, the economics school of Hainan University (one body), 粤港澳大湾区, 琼州海峡, 海口新海港, the Boao Forum, 琼海博鳌
(two places); 中国 in CDFG's name, 新加坡, 马来西亚, 泰国, 澳大利亚);
1339 zh Xinhua '新华社雅加达12月7日电（记者 黄文诗 徐钦）' (KCIC after its Chinese name, 雅万高铁 with its long name, the
real KCIC head with a middle dot, four stations named after places not otherwise named (哈利姆站 …), the Indonesian railway
company, the real transport minister, 日惹, 梭罗, 泗水, a student, 'China Railway International' and its project head,
the ITB transport research centre (one body), a researcher, 西爪哇省; the Belt and Road none; 印度尼西亚/印尼, 中国).
Every invented minor name and firm was checked with grep against the articles, golds and make-gold scripts of all earlier
sets; the articles' commit was amended (never merged, before the gold's commit) to replace those that collided: Owusu-Ansah
(holdout68), Rasoanaivo (holdout70), Rakotomalala (holdout13/46), Mamadou Lamine Ndiaye (holdout12), البطاينة
(holdout67), المالكي (holdout16/43), الجابري (holdout62), الغيلاني (holdout38), Sok Vanna (holdout72), Аманов (holdout6),
刘振宇 (holdout58), 阿古斯 (holdout8/55), Hanitra (holdout46), Lê Thị Thanh Hương (holdout51) and Mai Xuân Trường
(holdout33/51) (the last three found by a second check while this gold was being written; no extractor output was
seen at any point).

Conventions as holdout73 and the README (titles no part of a name; a surname alone an alias; every surface form an alias;
a body inside a title an organization, a portfolio ('ministre de l'Agriculture, ...', 'وزير المياه والري') none;
countries as ISO codes from names, adjectives and bodies' names, never entities; a city names no country; a facility
named like a place not otherwise named is that place's alias, one named like a place that is named a place apart; roads,
railway lines, pipelines and power lines places with each end; events, programmes, corridors, products, works and
treaties none). Judgement calls made here: 'Pamirs' the range with 'Pamir plateau' an alias; 'Eastern regions' the
last of two coordinated region names carries the noun; the Hậu and the Bassac one river; 'lac de Bizerte' / 'lagune de
Bizerte' a place apart from the city; 'الطريق الصحراوي' a place; 'مركز أبحاث البن' without its locator; 'Мамонт' the
museum; markets named like a named town ('chợ Thà Khẹc', 'سوق الداير') places apart; 粤港澳大湾区 a place (one
country's region); the Hainan free trade port none; opera roles none; the canal du Mozambique gives MZ; a city-state
named where something stands (the Arab Fund's seat 'من الكويت', an apartment 'ở Singapore') a place and its code, named
as a state at the end of a railway ('إلى الكويت والسعودية') its code only."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1322_en.txt": ("en", ["CI", "GH"], [
  (L, "Accra", ["ACCRA"]), (O, "Reuters", []), (O, "Ghana Cocoa Board", ["COCOBOD"]),
  (O, "Standard Chartered", []), (O, "Absa Bank Ghana", []), (P, "Randy Abbey", ["Abbey"]),
  (L, "Sefwi Wiawso", []), (L, "Abidjan", []), (L, "Western North", ["Western North region"]), (L, "Asawinso", []),
  (O, "Akwaaba Cocoa Traders", []), (L, "Elubo", []), (P, "Kwabena Asare-Bediako", ["Asare-Bediako"]),
  (L, "Bibiani", []), (L, "Abengourou", []), (P, "John Dramani Mahama", []), (O, "Ghana Revenue Authority", []),
  (L, "Ashanti", []), (L, "Eastern", ["Eastern regions"]), (P, "Ama Serwaa Boateng", []),
  (O, "University of Ghana", []), (L, "Legon", []), (L, "Tema", []), (L, "Takoradi", []),
  (L, "Accra-Kumasi", ["Accra-Kumasi highway"]), (L, "Kumasi", []), (L, "Nkawkaw", []), (L, "London", []),
  (L, "New York", []), (P, "Christian Akorlie", []), (P, "Aaron Ross", []), (P, "David Goodman", [])]),
 "1323_en.txt": ("en", ["AR", "BR", "CL", "PY"], [
  (L, "Asunción", ["ASUNCION"]), (O, "Associated Press", ["AP"]), (L, "Chaco", ["Chaco region"]),
  (P, "Santiago Peña", ["Peña"]), (L, "Pozo Hondo", []), (L, "Mariscal Estigarribia", []), (L, "Porto Murtinho", []),
  (L, "Mato Grosso do Sul", []), (L, "Paraguay River", []), (L, "Carmelo Peralta", []), (L, "Salta", []),
  (L, "Jujuy", []), (L, "Antofagasta", []), (L, "Iquique", []), (P, "Claudia Centurión", []),
  (L, "Carmelo Peralta-Pozo Hondo", ["Carmelo Peralta-Pozo Hondo road"]),
  (O, "Development Bank of Latin America", ["CAF"]), (L, "Loma Plata", []), (L, "Filadelfia", []),
  (O, "Chortitzer", []), (P, "Heinrich Friesen", []), (L, "Neuland", []), (O, "Guyra Paraguay", []),
  (P, "Alberto Yanosky", []), (L, "Médanos del Chaco National Park", []), (O, "Tecnoedil Constructora", []),
  (L, "Campo Grande", []), (P, "Pedro Servín", [])]),
 "1324_en.txt": ("en", ["AF", "CH", "CN", "KG", "TJ"], [
  (L, "Dushanbe", ["DUSHANBE"]), (O, "AFP", []), (L, "Pamirs", ["Pamir mountains", "Pamir plateau"]),
  (L, "Medvezhiy", ["Medvezhiy glacier"]), (L, "Abdukagor", ["Abdukagor river"]),
  (O, "Committee of Emergency Situations and Civil Defence", []), (P, "Firuza Nazarova", ["Nazarova"]),
  (O, "University of Central Asia", []), (L, "Khorog", []),
  (O, "Swiss Federal Institute for Forest, Snow and Landscape Research", ["WSL"]),
  (L, "Vanj", ["Vanj district"]), (L, "Gorno-Badakhshan", ["Gorno-Badakhshan autonomous region"]),
  (L, "Poi Mazor", []), (L, "Rovand", []), (P, "Davlat Shodmonov", []), (P, "Emomali Rahmon", []),
  (L, "Panj", ["Panj river"]), (O, "Aga Khan Agency for Habitat", []), (L, "Pamir Highway", []), (O, "UN", []),
  (O, "World Bank", []), (L, "Dushanbe-Khorog", ["Dushanbe-Khorog road"]), (L, "Fedchenko", ["Fedchenko glacier"]),
  (O, "Academy of Sciences of Tajikistan", [])]),
 "1325_fr.txt": ("fr", ["DE", "FR", "KM", "MG", "MZ", "RE", "US"], [
  (L, "Antananarivo", []), (O, "AFP", []), (L, "Sava", ["région Sava"]), (L, "Sambava", []),
  (O, "Bureau national de gestion des risques et des catastrophes", ["BNGRC"]), (L, "Antalaha", []),
  (L, "Vohémar", []), (O, "Direction générale de la météorologie", []), (P, "Miora Ravelojaona", []),
  (O, "centre hospitalier de district d'Andapa", []), (L, "Lokoho", ["rivière Lokoho"]),
  (L, "route nationale 5a", []), (L, "Bemarivo", ["pont de la Bemarivo"]),
  (L, "Antsiranana", ["aéroport d'Antsiranana", "Diego-Suarez"]), (L, "Ampanefena", []), (L, "Marojala", []),
  (P, "Jean-Claude Randrianasolo", []), (O, "Sahanala", []), (O, "Programme alimentaire mondial", ["PAM"]),
  (L, "Toamasina", []), (O, "Unicef", []), (O, "Croix-Rouge malagasy", []), (O, "ministère du Commerce", []),
  (O, "Météo-France La Réunion", []), (L, "océan Indien", []), (L, "Marojejy", ["massif du Marojejy"]),
  (L, "canal du Mozambique", [])]),
 "1326_fr.txt": ("fr", ["CN", "GM", "SN"], [
  (L, "Kaolack", []), (O, "APS", []), (P, "Mabouba Diagne", ["Diagne"]),
  (L, "Lyndiane", ["usine de Lyndiane", "usines de Lyndiane"]),
  (O, "Société nationale de commercialisation des oléagineux du Sénégal", ["SONACOS"]),
  (P, "Abdou Karim Fall", []), (L, "Ziguinchor", []), (L, "Diourbel", []), (L, "Louga", []),
  (L, "Nioro du Rip", []), (L, "Koungheul", []), (L, "Kaffrine", []), (L, "Fatick", []),
  (L, "Dakar", ["port de Dakar"]), (P, "Mamadou Lamine Mbengue", []),
  (O, "Union des producteurs de Keur Madiabel", []),
  (O, "Comité national interprofessionnel de l'arachide", ["CNIA"]), (L, "Saloum", []),
  (O, "Direction de l'analyse, de la prévision et des statistiques agricoles", ["DAPSA"]),
  (L, "route nationale 4", []), (L, "Karang", []), (L, "Farafenni", []), (L, "Touba", []),
  (L, "Ocass", ["marché Ocass"]), (P, "Awa Sow", []), (P, "Ousmane Sonko", [])]),
 "1327_fr.txt": ("fr", ["DZ", "TN"], [
  (L, "Tunis", []), (O, "AFP", []), (L, "Ichkeul", ["lac Ichkeul"]), (O, "Direction générale des forêts", []),
  (L, "parc national de l'Ichkeul", []), (O, "Unesco", []), (L, "Joumine", ["oueds Joumine"]), (L, "Ghezala", []),
  (L, "Sejnane", []), (P, "Hichem Azafzaf", []),
  (O, "Les Amis des Oiseaux", ["Association \"Les Amis des Oiseaux\"", "AAO"]), (L, "Bizerte", []),
  (L, "Mateur", []), (O, "Agence nationale de protection de l'environnement", ["ANPE"]),
  (L, "Sidi El Barrak", ["barrage de Sidi El Barrak"]), (P, "Sonia Ben Hamida", []),
  (O, "Institut national des sciences et technologies de la mer", ["INSTM"]), (L, "oued Tinja", []),
  (L, "Tinja", []), (L, "lac de Bizerte", ["lagune de Bizerte"]), (L, "Menzel Bourguiba", []),
  (P, "Mokhtar Jlassi", []), (O, "ministère de l'Agriculture, des Ressources hydrauliques et de la Pêche", []),
  (L, "Grand Tunis", []), (L, "Cap Bon", []), (L, "Sahel", []), (O, "Wetlands International", []),
  (O, "WWF Afrique du Nord", []), (L, "djebel Ichkeul", []), (L, "Sidi El Hani", ["sebkha de Sidi El Hani"]),
  (L, "Sousse", []), (L, "El Kala", ["parc national d'El Kala"])]),
 "1328_ar.txt": ("ar", ["FR", "JO", "KW", "SA", "SY", "US"], [
  (L, "عمان", []), (O, "وكالة الأنباء الكويتية", ["كونا", "لوكالة الأنباء الكويتية"]), (L, "خليج العقبة", []),
  (L, "العقبة", []), (P, "رائد أبو السعود", ["أبو السعود"]), (O, "ميريديام", []), (O, "سويز", []),
  (L, "وادي عربة", []), (L, "معان", ["محافظة معان"]), (L, "القطرانة", ["والقطرانة"]),
  (L, "أبو علندا", ["خزانات أبو علندا"]), (O, "بنك الاستثمار الأوروبي", []), (O, "البنك الدولي", ["والبنك الدولي"]),
  (O, "مؤسسة تمويل التنمية الدولية الأمريكية", []), (O, "الوكالة الفرنسية للتنمية", []),
  (O, "الصندوق العربي للإنماء الاقتصادي والاجتماعي", ["والصندوق العربي للإنماء الاقتصادي والاجتماعي"]),
  (L, "الكويت", []), (O, "سلطة المياه", ["لسلطة المياه"]), (P, "سفيان عبد الكريم العكايلة", ["العكايلة"]),
  (L, "الديسي", []), (L, "الطريق الصحراوي", []), (L, "طريق العقبة - عمان", []), (L, "الراشدية", []),
  (L, "الحسا", ["والحسا"]), (O, "سلطة منطقة العقبة الاقتصادية الخاصة", []), (L, "قريقرة", ["قرى قريقرة"]),
  (L, "فينان", ["وفينان"]), (P, "رنا خليل الحوراني", []), (O, "جمعية إدامة للطاقة والمياه والبيئة", []),
  (L, "البحر الأحمر", []), (L, "البحر الميت", ["بالبحر الميت"])]),
 "1329_ar.txt": ("ar", ["BR", "CO", "ET", "SA", "YE"], [
  (L, "جازان", ["منطقة جازان", "بمنطقة جازان", "بجازان"]), (O, "وكالة الأنباء السعودية", ["واس"]),
  (O, "وزارة البيئة والمياه والزراعة", []), (P, "عبدالله بن حسن الخواجي", []),
  (L, "الداير", ["محافظات الداير", "محافظة الداير", "بمحافظة الداير", "بالداير"]),
  (L, "العيدابي", ["والعيدابي"]), (L, "الريث", ["والريث"]), (L, "فيفاء", ["وفيفاء"]), (L, "هروب", ["وهروب"]),
  (L, "العزة", ["قرية العزة"]), (P, "يحيى بن سلمان الحكمي", ["الحكمي"]), (O, "الشركة السعودية للقهوة", []),
  (L, "بني مالك", ["جبال بني مالك"]), (O, "صندوق الاستثمارات العامة", []), (O, "مركز أبحاث البن", []),
  (P, "نورة عبدالرحمن الفيفي", ["الفيفي"]), (O, "جامعة جازان", []), (O, "اليونسكو", []),
  (O, "معهد البحوث الزراعية الإثيوبي", []), (P, "محمد بن عبدالعزيز بن محمد", []), (L, "صبيا", []),
  (L, "ميناء جازان", []), (L, "سوق الداير", []), (L, "عسير", ["وعسير"]), (L, "الباحة", ["والباحة"]),
  (O, "جمعية البن التعاونية بالداير", [])]),
 "1330_ar.txt": ("ar", ["AE", "BR", "CN", "EG", "KW", "OM", "SA"], [
  (L, "مسقط", []), (O, "وكالة الأنباء الكويتية", ["كونا", "لوكالة الأنباء الكويتية"]),
  (O, "حفيت للقطارات", ["شركة حفيت للقطارات"]), (L, "صحار", ["ولاية صحار"]), (L, "ميناء صحار", []),
  (L, "أبوظبي", []), (P, "سعيد بن حمود المعولي", []), (L, "صحار - أبوظبي", ["خط صحار - أبوظبي"]),
  (L, "العين", ["والعين"]), (O, "قطارات عمان", []), (O, "الاتحاد للقطارات", []), (O, "مبادلة للاستثمار", []),
  (L, "جبال الحجر", []), (L, "البريمي", []), (P, "خالد بن سالم الوهيبي", ["الوهيبي"]),
  (O, "أوراسكوم للإنشاءات", []), (O, "تريانغل للمقاولات", []), (L, "وادي الجزي", []), (L, "محضة", []),
  (O, "فالي", []), (L, "الحيل", ["قرية الحيل"]), (L, "شناص", ["ولاية شناص", "بولاية شناص"]),
  (P, "سالم بن راشد البادي", []), (L, "لوى", ["ولوى"]), (P, "محمد بن زايد آل نهيان", []),
  (O, "الأمانة العامة لمجلس التعاون لدول الخليج العربية", [])]),
 "1331_vi.txt": ("vi", ["CN", "LA", "TH", "VN"], [
  (L, "Viêng Chăn", []), (O, "TTXVN", []), (L, "Thà Khẹc - Mụ Giạ", ["đoạn đường sắt Thà Khẹc - Mụ Giạ"]),
  (L, "Thà Khẹc", []), (L, "Mụ Giạ", []), (L, "Khăm Muộn", ["tỉnh Khăm Muộn"]),
  (L, "Viêng Chăn - Vũng Áng", ["tuyến đường sắt Viêng Chăn - Vũng Áng"]), (L, "Vũng Áng", ["cảng Vũng Áng"]),
  (O, "Bộ Công chính và Vận tải Lào", []), (P, "Xổm Xạ Vẳn Phôm Vi Xay", []),
  (O, "Công ty Cổ phần Đường sắt Việt - Lào", ["VLRC"]), (O, "Tổng công ty Đường sắt Việt Nam", ["VNR"]),
  (O, "Tổng công ty Công trình giao thông 4", []), (L, "Cha Lo", ["cửa khẩu Cha Lo"]),
  (L, "Quảng Trị", ["các tỉnh Quảng Trị"]), (L, "Hà Tĩnh", []), (P, "Nguyễn Trọng Khiêm", ["Khiêm"]),
  (L, "ga Thà Khẹc", []), (L, "Trường Sơn", ["dãy Trường Sơn"]), (L, "Xê Băng Phai", ["sông Xê Băng Phai"]),
  (L, "Nhommalath", ["các huyện Nhommalath"]), (L, "Bualapha", []), (L, "Na Kai", []),
  (P, "Khămphiu Sisoulath", []), (L, "chợ Thà Khẹc", []), (O, "Đại sứ quán Việt Nam tại Lào", []),
  (L, "Lạch Huyện", ["cảng Lạch Huyện"]), (L, "Hải Phòng", []), (L, "Đà Nẵng", ["cảng Đà Nẵng"]),
  (L, "Laem Chabang", ["cảng Laem Chabang"]), (L, "Lào - Trung Quốc", ["tuyến đường sắt Lào - Trung Quốc"]),
  (L, "Côn Minh", []), (L, "biển Đông", []), (O, "Tập đoàn Hoành Sơn", [])]),
 "1332_vi.txt": ("vi", ["SG"], [
  (L, "TP Hồ Chí Minh", []), (O, "TTXVN", []), (O, "Tòa án nhân dân TP Hồ Chí Minh", []),
  (O, "Công ty Cổ phần Địa ốc Phú Gia Thịnh", ["Phú Gia Thịnh"]), (L, "Bàu Bàng", []), (L, "Bắc Tân Uyên", []),
  (O, "Viện Kiểm sát nhân dân TP Hồ Chí Minh", []), (P, "Lương Thế Vĩnh", ["Vĩnh"]),
  (P, "Lương Thị Mỹ Dung", ["Dung"]), (P, "Tạ Quang Huy", []), (P, "Đinh Thị Ngọc Ánh", []),
  (P, "Huỳnh Văn Tài", []), (P, "Phan Bảo Châu", []), (P, "Trương Công Đạt", []), (P, "Lâm Khánh Linh", []),
  (P, "Kiều Minh Nhựt", []), (P, "Nguyễn Hoàng Yến", []), (P, "Vương Đức Tín", []), (P, "Mai Thành Lợi", []),
  (P, "Quách Thị Thu Ba", []), (P, "Ông Văn Sáu", []), (L, "Lai Uyên", ["xã Lai Uyên"]),
  (O, "Ủy ban nhân dân tỉnh Bình Dương", []), (L, "Bình Dương", []), (P, "Võ Thị Ngân Hà", []),
  (P, "Trần Văn Hậu", []), (O, "Đoàn Luật sư TP Hồ Chí Minh", []), (P, "Hà Thị Bích Ngọc", ["Ngọc"]),
  (L, "Dĩ An", ["phường Dĩ An"]), (L, "Quốc lộ 13", []), (O, "Cơ quan Cảnh sát điều tra Bộ Công an", []),
  (L, "Thủ Dầu Một", []), (L, "Biên Hòa", []), (L, "Long Thành", []), (L, "Vũng Tàu", []), (L, "Singapore", [])]),
 "1333_vi.txt": ("vi", ["CN", "KH", "LA", "TH", "VN"], [
  (L, "Phnôm Pênh", []), (O, "TTXVN", []), (O, "Bộ Công chính và Vận tải Campuchia", []),
  (L, "Funan Techo", ["kênh đào Funan Techo"]), (L, "Prek Takeo", ["khu vực Prek Takeo"]),
  (L, "Takeo", ["tỉnh Takeo"]), (L, "Mekong", ["sông Mekong"]), (L, "Kandal", ["tỉnh Kandal"]), (L, "Kampot", []),
  (L, "Kep", ["tỉnh Kep"]), (P, "Hun Manet", []), (L, "Koh Thom", ["huyện Koh Thom"]), (L, "cảng Kampot", []),
  (P, "Heng Sokna", []), (O, "Công ty Cầu đường Trung Quốc", ["CRBC"]),
  (L, "Prek Takeo - Takeo", ["đoạn Prek Takeo - Takeo"]), (O, "Công ty TNHH Xây dựng Sovann Rith", []),
  (L, "Prek Anhchanh", ["xã Prek Anhchanh"]), (P, "Chhim Dara", []),
  (O, "Ủy hội sông Mekong quốc tế", ["MRC"]), (O, "Viện Thủy lợi miền Nam", []),
  (L, "Hậu", ["sông Hậu", "Bassac", "sông Bassac"]), (L, "Đồng bằng sông Cửu Long", []),
  (P, "Sok Chenda Sophea", []), (O, "Bộ Ngoại giao Campuchia", []),
  (O, "Đài Truyền hình Quốc gia Campuchia", ["TVK"])]),
 "1334_ru.txt": ("ru", ["CA", "CN", "JP", "KR"], [
  (L, "Якутск", ["ЯКУТСК", "Якутске"]), (O, "ТАСС", []),
  (O, "Северо-Восточный федеральный университет имени М. К. Аммосова",
   ["Северо-Восточного федерального университета имени М. К. Аммосова", "СВФУ"]),
  (L, "Верхоянский район", ["Верхоянском районе", "Верхоянского района", "Верхоянском"]),
  (L, "Яна", ["реки Яны", "Яны"]), (O, "Мамонт", ["музея \"Мамонт\""]),
  (P, "Максим Юрьевич Чепрасов", ["Чепрасов"]), (L, "Суордах", ["урочище Суордах"]),
  (L, "Батагай", ["поселка Батагай", "Батагая"]),
  (O, "Институт мерзлотоведения имени П. И. Мельникова СО РАН",
   ["Институтом мерзлотоведения имени П. И. Мельникова СО РАН", "Института мерзлотоведения"]),
  (O, "Академия наук Республики Саха (Якутия)", ["Академией наук Республики Саха (Якутия)", "Академии наук РС(Я)"]),
  (O, "Университет Хоккайдо", ["Университета Хоккайдо"]),
  (L, "Батагайский кратер", ["Батагайского кратера"]), (L, "Адыча", ["Адычи"]),
  (P, "Александр Николаевич Федосеев", ["Федосеева"]),
  (L, "Абыйский район", ["Абыйском районах", "Абыйском районе"]), (P, "Айсен Николаев", ["Николаев"]),
  (L, "Якутия", ["Якутии"]), (P, "Сардана Винокурова", ["Винокурова"]),
  (O, "администрация Верхоянского района", ["администрацию Верхоянского района"]),
  (L, "Тирехтях", ["реке Тирехтях"]), (O, "Институт прикладной экологии Севера", ["Институте прикладной экологии Севера"]),
  (L, "Колыма", ["трассе \"Колыма\""]), (L, "Оймякон", ["Оймяконе"])]),
 "1335_ru.txt": ("ru", ["AM", "BY", "CN", "IT", "KZ", "RU"], [
  (L, "Минск", ["МИНСК"]), (O, "БЕЛТА", []),
  (O, "Национальный академический Большой театр оперы и балета Беларуси", ["Большой театр Беларуси"]),
  (P, "Александр Бородин", ["Александра Бородина"]), (P, "Галина Галковская", ["Галины Галковской", "Галковская"]),
  (P, "Виктор Плоскина", []), (P, "Нина Ломанович", []), (L, "Санкт-Петербург", ["Санкт-Петербурга"]),
  (P, "Вячеслав Окунев", []), (P, "Елена Лукашевич", []), (P, "Станислав Трифонов", []),
  (O, "Мариинский театр", ["Мариинского театра"]), (P, "Владислав Куприянов", ["Владислава Куприянова"]),
  (P, "Анастасия Москвина", []), (P, "Оксана Волкова", []), (P, "Андрей Валентий", []),
  (P, "Екатерина Михновец", []), (P, "Дмитрий Капилов", []), (P, "Илья Силивончик", []),
  (P, "Юрий Городецкий", []), (O, "Астана Опера", ["театра \"Астана Опера\""]),
  (P, "Медет Чотабаев", ["Медета Чотабаева"]), (P, "Олег Мельников", []), (P, "Андрей Клок", []),
  (P, "Наталья Акинина", []), (P, "Ирина Кучинская", []), (P, "Юрий Троян", []), (P, "Екатерина Дулова", []),
  (L, "Гродно", []), (L, "Витебск", ["Витебске"]), (L, "Могилев", ["Могилеве"]), (L, "Москва", ["Москве"]),
  (L, "Астана", ["Астане"]),
  (O, "Белорусская государственная академия музыки", ["Белорусской государственной академии музыки"]),
  (O, "Белэкспомаш", ["предприятии \"Белэкспомаш\""]), (L, "Борисов", ["Борисовом"])]),
 "1336_ru.txt": ("ru", ["AF", "AZ", "CN", "IN", "KZ", "PK", "TM", "UZ"], [
  (L, "Ашхабад", []), (O, "Интерфакс", ["ИНТЕРФАКС", "Интерфаксу"]),
  (L, "Туркменистан - Афганистан - Пакистан - Индия", ["ТАПИ"]),
  (L, "Серхетабат - Герат", []), (L, "Серхетабат", ["Серхетабата", "Серхетабате"]), (L, "Герат", ["Герата"]),
  (O, "TDH", []), (O, "Халк Маслахаты", ["Народного совета"]), (P, "Гурбангулы Бердымухамедов", []),
  (P, "Сердар Бердымухамедов", []), (L, "Галкыныш", []), (L, "Марыйский велаят", ["Марыйском велаяте"]),
  (L, "Кандагар", []), (L, "Мултан", ["Мултану"]), (L, "Фазилка", ["Фазилке"]),
  (O, "TAPI Pipeline Company Limited", []), (O, "Туркменгаз", ["госконцерну \"Туркменгаз\""]),
  (P, "Мухамметмурат Гылыджов", ["Гылыджова"]), (L, "Мары - Серхетабат - Герат", []), (L, "Мары", []),
  (O, "министерство энергетики Туркменистана", ["министерстве энергетики Туркменистана"]),
  (O, "Исламский банк развития", []), (O, "Азиатский банк развития", []),
  (O, "Институт нефти и газа", ["Института нефти и газа"]), (P, "Довлетгелди Оразмухаммедов", []),
  (L, "Каспийское море", []), (L, "Центральная Азия - Китай", [])]),
 "1337_zh.txt": ("zh", ["CN", "MN", "RU"], [
  (O, "新华社", []), (L, "呼和浩特", []), (P, "刘懿德", []), (P, "哈丽娜", []), (O, "内蒙古自治区气象局", []),
  (L, "内蒙古", []), (L, "锡林郭勒盟", []), (L, "乌兰察布市", []), (P, "孟根其其格", []),
  (O, "内蒙古自治区气象台", []), (L, "锡林浩特", []), (L, "阿巴嘎旗", []), (L, "苏尼特左旗", []),
  (L, "二连浩特", []), (L, "二连浩特口岸", []), (O, "二连海关", []), (L, "扎门乌德", ["扎门乌德口岸"]),
  (O, "中国铁路呼和浩特局集团有限公司", []), (L, "集二线", []), (L, "乌兰巴托", []), (L, "北京", []),
  (O, "内蒙古交通运输厅", []), (L, "二广高速", ["G55二广高速"]), (L, "二连浩特至赛汉塔拉段", []),
  (L, "赛汉塔拉", ["赛汉塔拉镇"]), (L, "G207国道", []), (L, "苏尼特右旗", []), (P, "额尔敦巴特尔", []),
  (O, "锡林郭勒盟应急管理局", []), (P, "张建军", []), (O, "内蒙古电力（集团）有限责任公司", []),
  (L, "正蓝旗", []), (L, "多伦县", []), (O, "中央气象台", []), (L, "赤峰", []), (L, "通辽", []),
  (L, "黑龙江", []), (L, "吉林", []), (L, "外贝加尔边疆区", [])]),
 "1338_zh.txt": ("zh", ["AU", "CN", "HK", "MO", "MY", "SG", "TH"], [
  (O, "新华社", []), (L, "海口", []), (P, "陈凯姿", []), (P, "严钰景", []), (O, "海南省商务厅", []), (L, "海南", []),
  (L, "洋浦港", []), (O, "海口海关", []), (P, "王晓峰", []), (L, "洋浦", []), (L, "三亚", []),
  (O, "洋浦经济开发区管委会", []), (L, "洋浦保税港区", []), (O, "海南澳亚晟达食品有限公司", []),
  (P, "林志豪", []), (L, "广东", []), (L, "广西", []), (L, "文昌国际航天城", []),
  (O, "海南省发展和改革委员会", []), (P, "符国瑞", []), (L, "海口江东新区", []), (L, "三亚崖州湾科技城", []),
  (L, "博鳌乐城国际医疗旅游先行区", []), (O, "中国旅游集团中免股份有限公司", []), (L, "海口美兰国际机场", []),
  (L, "吉隆坡", []), (L, "曼谷", []), (L, "首尔", []), (O, "海南大学经济学院", []), (P, "周伟", []),
  (L, "粤港澳大湾区", []), (L, "琼州海峡", []), (L, "海口新海港", []), (O, "博鳌亚洲论坛", []),
  (L, "琼海", []), (L, "博鳌", [])]),
 "1339_zh.txt": ("zh", ["CN", "ID"], [
  (O, "新华社", []), (L, "雅加达", []), (P, "黄文诗", []), (P, "徐钦", []),
  (O, "印度尼西亚中国高铁有限公司", ["KCIC"]), (L, "雅万高铁", ["雅加达至万隆高速铁路"]), (L, "万隆", []),
  (P, "德维扬娜·斯拉梅特·里雅迪", []), (L, "哈利姆", ["哈利姆站"]), (L, "卡拉旺", ["卡拉旺站"]),
  (L, "巴达拉朗", ["巴达拉朗站"]), (L, "德卡鲁尔", ["德卡鲁尔站"]), (O, "印尼铁路公司", []),
  (P, "杜迪·普尔瓦甘迪", []), (L, "日惹", []), (L, "梭罗", []), (L, "泗水", []), (P, "丽兹基·阿玛莉亚", []),
  (O, "中国铁路国际有限公司", []), (P, "邓皓然", []), (O, "万隆理工学院交通研究中心", []),
  (P, "班邦·哈迪苏萨诺", []), (L, "西爪哇省", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout74", G)
write_gold(here, "holdout74", "holdout74-gold.json", G)
