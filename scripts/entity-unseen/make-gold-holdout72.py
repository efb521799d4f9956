#!/usr/bin/env python3
"""Writes holdout72-gold.json for the articles in holdout72/ (same format and conventions as make-gold-holdout71.py and,
through it, holdout60-70). A SENTINEL set (never fitted), written blind in session 48 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first (8f76e3d4), then this gold): wire
news on topics the earlier sets had little of (an offshore wind farm tender, an avalanche on a mountain highway, a
dinosaur skeleton, a dam resettlement dispute, the digitisation of old maps in a national library, a rice seed bank, a
winter bird migration count, a shipyard order, a meteorite find, a wildfire season in a peat forest, a coffee cooperative,
a rail gauge change, a wrestling tournament, a hydropower tariff dispute, a jazz festival, a Silk Road museum, a toll
road's new tariff, a dengue campaign), set mostly in countries the earlier sets rarely used (Lithuania and Latvia in the
Baltic, Kyrgyzstan and Tajikistan, Madagascar, Cameroon and Congo-Brazzaville in Central Africa, Cambodia and Laos,
Kuwait, Oman and Saudi Arabia in the Gulf, Honduras in Central America) and in the corpus's own (Vietnam, Belarus,
Kazakhstan); REAL public figures and bodies mixed with invented minor people, firms and villages; 3 en, 3 fr, 3 ar,
3 vi (1297 entirely in NFD), 3 ru (1298 with a long list of wrestlers, 24 people), 3 zh:
1286 en Reuters 'VILNIUS, Dec 7 (Reuters) -' (an offshore wind tender: the energy ministry, Equinor, 'Vėjūna Statyba
UAB', PensionDanmark, Palanga, a department head full then surname, Darbėnai, Ignitis Group then 'Ignitis', CIP after its
name, Litgrid, Harmony Link (an undersea link, a place), Gitanas Nausėda after 'President', Šventoji, Klaipėda, a
fishermen's chairman and association, SEB, Stockholm, the North Sea, the European Commission and the EU, a
reporting/editing line; Norway's, Danish, Poland, Russian-controlled, Latvia, Estonia);
1287 en AP 'BISHKEK, Kyrgyzstan (AP) —' (an avalanche at the Too-Ashuu pass: the emergencies ministry, 'the Bishkek-Osh
road' (a road named by its ends, a place, with Osh), Kara-Balta, a rescue chief full then surname, 'the Chui region',
the Fergana Valley, Sadyr Japarov, Bakyt Torobaev after 'Deputy Prime Minister', 'the Suusamyr valley', Kyrgyzavtojol,
a shopkeeper, Chychkan, the Hydrometeorological Service with Kyrgyzhydromet, Talas, Naryn, 'The Too-Ashuu tunnel' (a
place apart from the pass), the ADB; Kazakhstan, Uzbekistan, Chinese, Tajikistan);
1288 en AFP 'ANTANANARIVO, Dec 7 (AFP) -' (a titanosaur skeleton: the University of Antananarivo, a village, 'the
Mahajanga basin' and 'Mahajanga port' (two places), a palaeontologist full then surname, Stony Brook University, New
York, the Royal Belgian Institute of Natural Sciences, Brussels, the National Geographic Society, a mayor full then
surname, the Betsiboka, Berivotra, Ankarafantsika National Park, the higher education ministry, 'Ivato airport', the
Journal of Vertebrate Paleontology; China, the United States, Malagasy, Thailand, Belgium, France, South Africa);
1289 fr AFP 'Yaoundé, 7 décembre 2026 (AFP) -' (villagers resettled for the Nachtigal dam: 'barrage hydroélectrique de
Nachtigal' (bare name), the Sanaga, Batchenga, NHPC after its name, EDF ('le français'), SFI after its name, Ntui, a
farmer full then 'Mme Ngono Mbarga', Ndji-Nkolo, Joseph Dion Ngute after 'le Premier ministre', a spokesman, 'la route
Yaoundé-Ntui', an NGO ('l'ONG camerounaise'), la Banque mondiale, 'la région de Centre', Sonatrel; le Tchad);
1290 fr ACI 'Brazzaville, 7 déc. 2026 (ACI) -' (old maps digitised: the Bibliothèque nationale du Congo, BnF after its
name, Pierre Savorgnan de Brazza, 'fleuve Congo', l'Oubangui, le Mayombe, Pointe-Noire, 'Loubomo, l'actuelle Dolisie'
(one town), its director after 'Mme', Gallica (a service, none), AFD and OIF after their names, Paris, 'avenue Foch', a
historian full then 'M. Moukouamou', the Université Marien-Ngouabi, CFCO after its name, Mindouli, Kinkala, 'la région
de la Likouala', the Mémorial Pierre Savorgnan de Brazza (a venue, a place, the person written apart too), the Archives
nationales d'outre-mer, Aix-en-Provence; Gabon, 'la République démocratique du Congo');
1291 fr AKP 'Phnom Penh, 7 décembre 2026 (AKP) -' (a rice seed bank: Prateah Lang, 'la province de Takeo', the
agriculture ministry, CARDI after its name, JICA after its French name, the Crop Trust after its French name, Bonn,
its director 'M. Sok Vannara' then 'M. Sok' (Khmer surname first), Hun Manet after 'le Premier ministre', 'la réserve
mondiale de semences du Svalbard, en Norvège', 'les provinces de Battambang, de Kampong Thom, de Prey Veng et de
Ratanakiri', a farmer after 'Mme', Trapeang Veng, IRRI after its name, Los Baños, 'aux Philippines', l'Union
européenne, CRF after its name; japonaise, vietnamiens, thaïlandais, la Chine);
1292 ar KUNA 'الكويت - 7 - 12 (كونا) --' (the winter waterbird count: the Environment Public Authority, 'محمية الجهراء
الطبيعية', 'وجون الكويت', a department head after 'المهندس' then surname, three volunteer bodies, 'جزيرة بوبيان', 'ساحل
الخيران', a KISR researcher after 'الدكتورة' then surname, 'خور الصبية وشاطئ الدوحة', سيبيريا, 'مدينة صباح الأحمد البحرية',
'ميناء مبارك الكبير', Wetlands International in Latin script in parentheses, an amateur observer, 'منطقة الصبية', 'منطقة
كاظمة والمطلاع', the interior ministry; Russia, Kazakhstan, Iran, the Netherlands; the Ramsar convention none);
1293 ar ONA 'مسقط في 7 ديسمبر /العمانية/' (a shipyard order at Duqm: Oman Drydock Company ('الحوض الجاف بالدقم' in the
headline and the last paragraph an alias), a quoted Norwegian firm after شركة, its chief executive full then surname
each side, the real transport minister after 'معالي المهندس', the special economic zones authority, 'سفير مملكة النرويج',
PDO with شركة, a quoted Korean design firm, بحر العرب, 'والخليج العربي', a training centre head, two colleges, 'ميناء
الدقم', 'مصفاة الدقم' (a refinery, a place), رأس مركز; Singapore, South Korea, India, China, Greece);
1294 ar SPA 'الرياض 7 ديسمبر 2026 (واس) -' (an iron meteorite: the Saudi Geological Survey, 'منطقة الربع الخالي', 'فوهات
وبار' and the legendary 'مدينة وبار' (two places), its real spokesman, the Saudi Space Agency, جدة, a team head after
'الدكتور' then surname, 'المتحف الوطني بالرياض', Harry St John Philby ('المستكشف البريطاني'), the Natural History Museum
in London, King Saud University, the Museums Commission, العلا, an Emirati researcher ('الباحث الإماراتي'), the
Mohammed bin Rashid Space Centre, the border guard, 'منفذ البطحاء'; سلطنة عمان; the Al Murrah tribe none);
1295 vi TTO 'TTO -' (a level-V fire alert in U Minh Thượng: the park's management board and the park, 'tỉnh An Giang', the
director full then 'ông Thắm', 'xã An Minh Bắc', the provincial military command, 'sông Cái Lớn', two more national
parks, 'tỉnh Cà Mau', a deputy head full then 'ông Tài', the forest rangers' sub-department, the department and the
ministry, NASA, a forest keeper full then 'chị Mộng', 'ấp Kênh 9', the forestry science institute, GIZ after its
Vietnamese name ('Đức'); Indonesia, Malaysia);
1296 vi PLO 'PLO -' (a Vietnamese firm and a Lao coffee cooperative: 'Công ty CP Cà phê Tây Nguyên Xanh', the Paksong
cooperative, 'cao nguyên Bolaven', 'tỉnh Champasak', 'huyện Paksong', the embassy, the provincial department, 'các bản
Lak 35, Nong Luang và Houay Kong', the chief executive full then 'bà Nguyên', 'TP Buôn Ma Thuột (tỉnh Đắk Lắk)', the
chairman 'Ông Khamsing Phommachanh' then 'ông Khamsing' (a Lao given name), 'dãy Trường Sơn', 'sông Mê Kông', 'Tập
đoàn Dao-Heuang', the trade promotion agency and its ministry, 'cửa khẩu quốc tế Bờ Y (tỉnh Quảng Ngãi)', Tây Nguyên,
a member farmer; Nhật Bản, Hàn Quốc, Đức, Thái Lan, Trung Quốc);
1297 vi Chinhphu.vn '(Chinhphu.vn) -', in NFD (the Lào Cai - Hà Nội - Hải Phòng line changes to standard gauge: 'ga
Yên Viên', the railway project board, the construction ministry, VNR after its name, the line (a place, with its ends
Lào Cai and Hải Phòng), Trần Hồng Hà after 'Phó Thủ tướng', 'cửa khẩu Hà Khẩu - Lào Cai', Côn Minh (the corridor
none), the board's director full then 'ông Vinh', 'ga Lạc Đạo (tỉnh Hưng Yên)', 'các tỉnh Lào Cai, Phú Thọ, Tuyên
Quang, Bắc Ninh, Hưng Yên và TP Hải Phòng', TRICC and CREC after their names, a deputy director full then 'ông Khoa',
two CP firms, 'xưởng Gia Lâm', 'phường Bồ Đề và xã Cổ Bi', a residents' group head, the transport university; Tây Ban
Nha, Australia);
1298 ru BelTA 'МИНСК, 7 декабря (БЕЛТА) –' (the Alexander Medved freestyle wrestling tournament (the tournament and the
European championship none): '"Минск-Арене"', the Belarusian wrestling federation in the prepositional and genitive, 24
people in the nominative, genitive, dative and accusative (Нурсултана Ержанова, Айдару Сагитову, Шерзоду Рахматуллаеву,
Мохаммада Резу Карими, Максима Чепелевича / Чепелевичу, Игоря Цыбульского, Коротаева, Ара Мкртчяна, Алины Тихомировой /
Тихомировой, Зеньковской, Дарье Шкурко, Дубицкому), nationality nouns (казахстанца, россиянину, узбеку, иранца, грузин,
кыргызстанец, азербайджанец, армянина, серб, россиянки, белоруска, казахстанка), an Iranian's and a Serb's name in
Latin script in parentheses, a list of nine countries in the genitive, Гродно, Бреста, the Russian wrestling
federation and its real president, UWW after its name, the sports ministry, Мингорисполкома, Бухаресте);
1299 ru Khovar 'ДУШАНБЕ, 7 декабря – Ховар.' (a summer power tariff dispute: 'ОАХК "Барки точик"', Uzbekistan's national
grid in the instrumental, the Tajik energy ministry in the prepositional, the Nurek and Rogun plants, a deputy chairman
(a Tajik -zoda surname, not declined), 'по линии Сангтуда – Пули-Хумри' (a power line named by its ends, a place, with
each end), Afghanistan, Kyrgyzstan, a deputy minister full then surname, Ташкент, 'в Навоийской и Бухарской
областях', an economist full then 'Назаровой', the academy's institute (one body), Худжанда, Куляба, Эмомали Рахмон,
the World Bank in the genitive, CASA-1000 (a power line, a place), Pakistan, KEGOC ('казахстанский оператор'), 'реке
Вахш', 'Хатлонской области', Webuild ('итальянская компания'));
1300 ru LETA 'РИГА, 7 декабря – LETA.' (a winter jazz festival in Jūrmala (the festival none): the Dzintari concert hall
in the prepositional, the city council, the European Regional Development Fund, 'ООО "Būvmeistars Kurzeme"' (Latin
script inside a Russian legal form), Akukon ('финская фирма') from Helsinki, the artistic director full then surname in
the nominative and genitive, Юрмале / Юрмалу / Юрмалы, Kadri Voorand ('эстонская певица'), the Riga Big Band, its leader
in the genitive, the council chairman, Raimonds Pauls in the genitive and dative, three cultural bodies, 'улице Йомас',
'в Слоке', a jazz department head full then surname, the Vītols academy (a person inside a body's name, none), the
Tallinn academy, 'Biļešu Paradīze' (a ticket firm); Latvia, Lithuania, Estonia, Poland, Norway, США, Germany, Finland,
россияне);
1301 zh Xinhua '新华社阿拉木图12月6日电（记者 张博宇）' (the Otrar Silk Road museum: 突厥斯坦州, 讹答剌 with 讹答剌古城, the
museum with its headline form, the culture ministry and the regional government, the real minister, 锡尔河, UNESCO (the
World Heritage corridor's name none), the museum director with the Latin spelling then surname, the CASS institute of
archaeology, 西北大学 and its school of cultural heritage (a body of its own), the national museum, the Margulan
institute, 江西景德镇, 浙江龙泉, a professor, 奇姆肯特, 萨乌兰古城, a visitor, the tourism bureau, 突厥斯坦市, 撒马尔罕,
布哈拉, the real Chinese ambassador; 蒙古西征 names no country (historical));
1302 zh People's Daily Online '人民网万象12月6日电（记者 章念生）' (the Vientiane-Vang Vieng expressway's toll: the public works
ministry, the expressway (a place) with '万万高速公路', 万荣 with 万荣县, the Yunnan investor with 有限公司, LCEDC after its
Chinese name, a deputy general manager, 13号公路, the chamber's transport branch (one body) and its chairman with the
Latin spelling, 琅勃拉邦, 磨丁, 中老铁路, 云南省, 磨憨口岸, a hotelier, the statistics bureau, the World Bank; 泰国, 韩国,
中国);
1303 zh Xinhua '新华社特古西加尔巴12月6日电（记者 吴昊）' (a dengue campaign in Honduras: the health ministry and its
epidemiology department, 圣佩德罗苏拉, 乔卢特卡, 拉塞瓦, the department head with the Latin spelling then surname, the
World Mosquito Program ('哥伦比亚的'), 拉斯卡萨斯社区, 科马亚瓜, PAHO's Honduras office (one body), the Cuban medical team
(none) and its head, 莫斯基蒂亚地区, 加勒比海, a resident, the medical school of UNAH (one body), a professor, the IDB,
危地马拉, 萨尔瓦多 and 尼加拉瓜, the SICA health ministers' council, 圣萨尔瓦多).
Every invented minor name and firm was checked with grep against the articles, golds and make-gold scripts of all
earlier sets before the articles were committed; replaced after that check: Ambalabongo (holdout60), Essomba
(holdout5/67), العتيبي (holdout18/60), الرشيدي (holdout48/53), الشمري (holdout11/66), البلوشي (holdout50/64), القحطاني
(holdout49/60/68), المنصوري (holdout61), Лазовский (holdout26), Беридзе (holdout67), Крупеня (holdout19), Шаповалов
(holdout66), Пашкевич (holdout70), Ломакин (holdout52), Сафаров (holdout55), 李晓峰 (holdout28). Real and shared names
were kept (the agencies, capitals, regions, cities, the real figures).

Conventions as holdout71 (titles, ranks and honorifics no part of a name: President, Deputy Prime Minister, chairman,
le Premier ministre, Mme, M., la directrice, المهندس, الدكتور/الدكتورة, معالي, المتحدث الرسمي, ông/Ông, bà, chị,
Phó Thủ tướng, Giám đốc, Tổng giám đốc, Chủ nhiệm, главного тренера, председатель, президент, заместитель министра,
художественный руководитель, 记者, 部长, 馆长, 教授, 副总经理, 主席, 司长, 负责人); a surname (or a Vietnamese or Lao given
name) alone an alias; every surface form an alias, Russian cases and Arabic clitic forms included; countries as ISO
codes, never entities (adjectives, nationality nouns and names inside bodies name their country: Norway's NO, Danish DK,
Russian-controlled RU, Chinese CN, Belgian in the institute's name BE, Malagasy MG, français FR, camerounaise CM,
japonaise JP, vietnamiens VN, thaïlandais TH, الكويتية KW, النرويجية NO, الكورية KR, البريطاني GB, الإماراتي AE, Đức in
GIZ's name DE, Việt Nam in the embassy's name VN, Trung Quốc in CREC's name CN, казахстанца KZ, узбеку UZ, грузин GE,
серб RS, азербайджанец AZ, армянина AM, россиянки RU, белоруска BY, итальянская IT, финская FI, россияне RU, 哥伦比亚的
CO, 古巴 CU …); a city names no country (Stockholm, Bonn, New York, Бухаресте, 圣萨尔瓦多 …); a currency's country none
(francs CFA, ريال عماني, 基普, 美元); a generic word before or after a place an alias (Too-Ashuu pass, Chui region,
Suusamyr valley, Mahajanga port, Ivato airport, route Yaoundé-Ntui, fleuve Congo, جزيرة بوبيان, ساحل الخيران, منطقة
الصبية, منفذ البطحاء, tỉnh An Giang, sông Cái Lớn, ấp Kênh 9, cao nguyên Bolaven, dãy Trường Sơn, cửa khẩu quốc tế Bờ Y,
ga Yên Viên, xưởng Gia Lâm, реке Вахш, улице Йомас, 万荣县, 磨憨口岸, 拉斯卡萨斯社区, 莫斯基蒂亚地区), while 'barrage
hydroélectrique de Nachtigal', 'la région de Centre', 'la province de Takeo' and 'la région de la Likouala' with de give
the bare name only; a plural noun before a list gives its first item the noun ('các bản Lak 35', 'các tỉnh Lào Cai');
coordinated adjectives over one plural noun: the first its bare word, the last with the noun ('в Навоийской и Бухарской
областях'); a name in another script in parentheses an alias (Mohammad Reza Karimi, Nikola Pejović, Wetlands
International, Yerlan Kassymov, Somsack Phasy, María José Valle); a legal form or generic noun before a quoted name an
alias with the quoted name ('ООО "Būvmeistars Kurzeme"', 'ОАХК "Барки точик"', 'شركة "نوردهاف أوفشور"', 'شركة "ديو
للهندسة البحرية"'); legal forms outside a Latin-script canonical ('Vėjūna Statyba' with 'Vėjūna Statyba UAB') but inside a
Vietnamese or Chinese one (Công ty CP …, …有限公司); a group word before a Latin-script firm an alias ('Tập đoàn
Dao-Heuang'); museums, libraries, archives, universities and their faculties organizations (one body with their
university: 西北大学文化遗产学院, 洪都拉斯国立自治大学医学院); venues places (Минск-Арена, the Dzintari concert hall, the
Mémorial Pierre Savorgnan de Brazza); dams, hydropower plants, a refinery, ports, stations, border crossings, national
parks, nature reserves, craters, valleys, passes and a tunnel places; roads, railway lines and power lines places, with
each end named in them a place too (Bishkek-Osh and Osh; Yaoundé-Ntui; Lào Cai - Hà Nội - Hải Phòng; Сангтуда –
Пули-Хумри; Harmony Link and CASA-1000 as lines); a place only inside an organization's name not counted (Paksong in the
cooperative's name is written apart anyway; Duqm in the training centre's; Yunnan in the investor's, written apart as
云南省); festivals, tournaments, championships, exhibitions, programmes, corridors, heritage listings, services and
treaties none ('Юрмальская зима', турнир на призы Александра Медведя, чемпионат Европы, 'كنوز السماء', Gallica, hành
lang kinh tế Côn Minh - Hà Nội - Hải Phòng, 丝绸之路：长安－天山廊道的路网, اتفاقية رامسار, the government commission); tribes
none (آل مرة); multi-country regions none (Europe, Africa, شرق أفريقيا, شبه الجزيرة العربية, الشرق الأوسط, châu Âu, Центральной
Азии, 中亚, 中美洲). New here:
- a territory with an ISO code of its own named only inside a place's name still gives its code: 'la réserve mondiale de
  semences du Svalbard, en Norvège' gives SJ and NO, the seed vault a place and Svalbard no place of its own;
- a river that shares a country's name: 'fleuve Congo' the river (Congo with its generic word), CG from the title and
  'congolais', CD from 'la République démocratique du Congo';
- a dateline city that is also the country (الكويت) a place and the code (KW), as Djibouti in holdout71;
- a town with a former name given beside it ('Loubomo, l'actuelle Dolisie') one place with both names;
- a legendary city ('مدينة وبار') a place apart from the real craters named after it ('فوهات وبار');
- a Tajik -zoda surname left undeclined ('По словам Шарипзода') is the nominative;
- an agency named only by its short dateline form ('العمانية', 'واس', 'AP') the agency, with the full name canonical.
Countries: DK, EE, LT, LV, NO, PL, RU (1286: the EU and the North Sea none; Stockholm names no Sweden); CN, KG, KZ, TJ, UZ
(1287: Soviet none); BE, CN, FR, MG, TH, US, ZA (1288: Europe none); CM, FR, TD (1289); CD, CG, FR, GA (1290: Paris and
Aix-en-Provence no more than France already); CN, JP, KH, NO, PH, SJ, TH, VN (1291: Bonn names no Germany; khmère rouge
KH anyway); IR, KW, KZ, NL, RU (1292: سيبيريا a place, Russia named anyway); CN, GR, IN, KR, NO, OM, SG (1293); AE, GB,
OM, SA (1294: لندن names no UK, البريطاني does); DE, ID, MY, VN (1295: NASA names no country); CN, DE, JP, KR, LA, TH, VN
(1296); AU, CN, ES, VN (1297); AM, AZ, BY, GE, IR, KG, KZ, RS, RU, UZ (1298: Бухаресте names no Romania); AF, IT, KG, KZ,
PK, TJ, UZ (1299); DE, EE, FI, LT, LV, NO, PL, RU, US (1300); CN, KZ, UZ (1301: 蒙古西征 none); CN, KR, LA, TH (1302);
CO, CU, GT, HN, NI, SV (1303).
Judgement calls: 'Associated Press' canonical for the dateline's AP; 'Ignitis' an alias of Ignitis Group; 'Hydrometeorological
Service' with Kyrgyzhydromet; 'Mahajanga basin' and Mahajanga (the port city) two places; the Journal of Vertebrate
Paleontology an organization; 'Centre' the Cameroonian region; 'ministère de l'Agriculture, des Forêts et de la Pêche' as
written; 'Sok' alone for 'M. Sok'; 'محمية الجهراء' with its 'الطبيعية' form; 'جون الكويت' a bay apart from الكويت; 'الحوض الجاف
بالدقم' an alias of Oman Drydock Company while 'حوض الدقم' is the Duqm place; 'المتحف الوطني' and 'متحف التاريخ الطبيعي' as
written; 'الحرس الحدودي' an organization; the U Minh Thượng board an organization apart from the park; 'Mũi Cà Mau' a park
apart from Cà Mau; 'Tây Nguyên' a place (also inside the firm's name); 'БЕЛТА' as written; 'Мингорисполком' an
organization; 'Рижский биг-бэнд' an organization (a band, as troupes); 'Дзинтарский концертный зал' a venue; 讹答剌 with
讹答剌古城 and 萨乌兰古城 as written; 突厥斯坦州政府 an organization (a regional administration, as 阿拉善盟行政公署);
万象至万荣高速公路 with 万万高速公路; 卫生部流行病监测司 as written."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1286_en.txt": ("en", ["DK", "EE", "LT", "LV", "NO", "PL", "RU"], [
  (L, "Vilnius", ["VILNIUS"]), (O, "Reuters", []), (O, "Ministry of Energy", []), (O, "Equinor", []),
  (L, "Baltic Sea", []), (O, "Vėjūna Statyba", ["Vėjūna Statyba UAB"]), (O, "PensionDanmark", []),
  (L, "Palanga", []), (P, "Rasa Kalvaitienė", ["Kalvaitienė"]), (L, "Darbėnai", []),
  (O, "Ignitis Group", ["Ignitis"]), (O, "Copenhagen Infrastructure Partners", ["CIP"]), (O, "Litgrid", []),
  (L, "Harmony Link", []), (P, "Gitanas Nausėda", []), (L, "Šventoji", []), (L, "Klaipėda", []),
  (P, "Jonas Mockus", []), (O, "Baltic Coastal Fishermen's Association", []), (O, "SEB", []),
  (L, "Stockholm", []), (L, "North Sea", []), (O, "European Commission", []), (O, "EU", []),
  (P, "Andrius Sytas", []), (P, "Mark Potter", [])]),
 "1287_en.txt": ("en", ["CN", "KG", "KZ", "TJ", "UZ"], [
  (L, "Bishkek", ["BISHKEK"]), (O, "Associated Press", ["AP"]), (L, "Too-Ashuu", ["Too-Ashuu pass"]),
  (O, "Ministry of Emergency Situations", []), (L, "Bishkek-Osh", ["Bishkek-Osh road"]), (L, "Kara-Balta", []),
  (P, "Bakyt Toktosunov", ["Toktosunov"]), (L, "Chui", ["Chui region"]), (L, "Osh", []),
  (L, "Fergana Valley", []), (P, "Sadyr Japarov", []), (P, "Bakyt Torobaev", []),
  (L, "Suusamyr", ["Suusamyr valley"]), (O, "Kyrgyzavtojol", []), (P, "Aigul Sydykova", []), (L, "Chychkan", []),
  (O, "Hydrometeorological Service", ["Kyrgyzhydromet"]), (L, "Talas", []), (L, "Naryn", []),
  (L, "Too-Ashuu tunnel", []), (O, "Asian Development Bank", [])]),
 "1288_en.txt": ("en", ["BE", "CN", "FR", "MG", "TH", "US", "ZA"], [
  (L, "Antananarivo", ["ANTANANARIVO"]), (O, "AFP", []), (O, "University of Antananarivo", []),
  (L, "Ambatolampikely", []), (L, "Mahajanga basin", []), (P, "Hasina Rakotoarimanana", ["Rakotoarimanana"]),
  (O, "Stony Brook University", []), (L, "New York", []), (O, "Royal Belgian Institute of Natural Sciences", []),
  (L, "Brussels", []), (O, "National Geographic Society", []), (P, "Jean-Claude Randriamahazo", ["Randriamahazo"]),
  (L, "Betsiboka", []), (L, "Berivotra", []), (L, "Ankarafantsika National Park", []),
  (O, "Ministry of Higher Education and Scientific Research", []), (L, "Mahajanga", ["Mahajanga port"]),
  (L, "Ivato", ["Ivato airport"]), (O, "Journal of Vertebrate Paleontology", [])]),
 "1289_fr.txt": ("fr", ["CM", "FR", "TD"], [
  (L, "Yaoundé", []), (O, "AFP", []), (L, "Nachtigal", []), (L, "Sanaga", []), (L, "Batchenga", []),
  (O, "Nachtigal Hydro Power Company", ["NHPC"]), (O, "EDF", []), (O, "Société financière internationale", ["SFI"]),
  (L, "Ntui", []), (P, "Martine Ngono Mbarga", ["Ngono Mbarga"]), (L, "Ndji-Nkolo", []),
  (P, "Joseph Dion Ngute", []), (P, "Théodore Bikoula", []), (L, "Yaoundé-Ntui", ["route Yaoundé-Ntui"]),
  (O, "Sanaga Vivante", []), (O, "Banque mondiale", []), (L, "Centre", []), (O, "Sonatrel", [])]),
 "1290_fr.txt": ("fr", ["CD", "CG", "FR", "GA"], [
  (L, "Brazzaville", []), (O, "ACI", []), (O, "Bibliothèque nationale du Congo", []),
  (O, "Bibliothèque nationale de France", ["BnF"]), (P, "Pierre Savorgnan de Brazza", []),
  (L, "Congo", ["fleuve Congo"]), (L, "Oubangui", []), (L, "Mayombe", []), (L, "Pointe-Noire", []),
  (L, "Dolisie", ["Loubomo"]), (P, "Eugénie Mabiala-Nkounkou", []),
  (O, "Agence française de développement", ["AFD"]), (O, "Organisation internationale de la Francophonie", ["OIF"]),
  (L, "Paris", []), (L, "avenue Foch", []), (P, "Abel Moukouamou", ["Moukouamou"]),
  (O, "Université Marien-Ngouabi", []), (O, "Chemin de fer Congo-Océan", ["CFCO"]), (L, "Mindouli", []),
  (L, "Kinkala", []), (L, "Likouala", []), (L, "Mémorial Pierre Savorgnan de Brazza", []),
  (O, "Archives nationales d'outre-mer", []), (L, "Aix-en-Provence", [])]),
 "1291_fr.txt": ("fr", ["CN", "JP", "KH", "NO", "PH", "SJ", "TH", "VN"], [
  (L, "Phnom Penh", []), (O, "AKP", []), (L, "Prateah Lang", []), (L, "Takeo", []),
  (O, "ministère de l'Agriculture, des Forêts et de la Pêche", []),
  (O, "Institut cambodgien de recherche et de développement agricoles", ["CARDI"]),
  (O, "Agence japonaise de coopération internationale", ["JICA"]),
  (O, "Fonds fiduciaire mondial pour la diversité des cultures", ["Crop Trust"]), (L, "Bonn", []),
  (P, "Sok Vannara", ["Sok"]), (P, "Hun Manet", []), (L, "réserve mondiale de semences du Svalbard", []),
  (L, "Battambang", []), (L, "Kampong Thom", []), (L, "Prey Veng", []), (L, "Ratanakiri", []),
  (P, "Chea Sophal", []), (L, "Trapeang Veng", []),
  (O, "Institut international de recherche sur le riz", ["IRRI"]), (L, "Los Baños", []),
  (O, "Union européenne", []), (O, "Fédération cambodgienne du riz", ["CRF"])]),
 "1292_ar.txt": ("ar", ["IR", "KW", "KZ", "NL", "RU"], [
  (L, "الكويت", []), (O, "وكالة الأنباء الكويتية", ["لوكالة الأنباء الكويتية", "كونا"]),
  (O, "الهيئة العامة للبيئة", []), (L, "محمية الجهراء", ["محمية الجهراء الطبيعية"]),
  (L, "جون الكويت", ["وجون الكويت"]), (P, "فهد سالم الفيلكاوي", ["الفيلكاوي"]),
  (O, "الجمعية الكويتية لحماية البيئة", []), (O, "فريق الغوص الكويتي", []), (O, "جامعة الكويت", []),
  (L, "بوبيان", ["جزيرة بوبيان"]), (L, "الخيران", ["ساحل الخيران"]), (P, "نورة يوسف الدهمشي", ["الدهمشي"]),
  (O, "معهد الكويت للأبحاث العلمية", []), (L, "خور الصبية", []), (L, "شاطئ الدوحة", ["وشاطئ الدوحة"]),
  (L, "سيبيريا", []), (L, "مدينة صباح الأحمد البحرية", []), (L, "ميناء مبارك الكبير", []),
  (O, "المنظمة الدولية للأراضي الرطبة", ["Wetlands International"]), (P, "عبدالعزيز مشاري الخضيري", []),
  (L, "الصبية", ["منطقة الصبية"]), (L, "كاظمة", ["منطقة كاظمة"]), (L, "المطلاع", ["والمطلاع"]),
  (O, "وزارة الداخلية", [])]),
 "1293_ar.txt": ("ar", ["CN", "GR", "IN", "KR", "NO", "OM", "SG"], [
  (L, "مسقط", []), (O, "وكالة الأنباء العمانية", ["العمانية"]),
  (O, "الشركة العمانية للحوض الجاف", ["الحوض الجاف بالدقم"]), (L, "الدقم", ["بالدقم", "حوض الدقم"]),
  (O, "نوردهاف أوفشور", ["شركة \"نوردهاف أوفشور\""]), (P, "سعيد بن حمد الحارثي", ["الحارثي"]),
  (P, "إيفار لوندغرين", ["لوندغرين"]), (P, "سعيد بن حمود المعولي", []),
  (O, "الهيئة العامة للمناطق الاقتصادية الخاصة والمناطق الحرة", []),
  (O, "تنمية نفط عمان", ["شركة تنمية نفط عمان"]),
  (O, "ديو للهندسة البحرية", ["شركة \"ديو للهندسة البحرية\""]), (L, "بحر العرب", []),
  (L, "الخليج العربي", ["والخليج العربي"]), (P, "خالد بن ناصر المحروقي", []),
  (O, "مركز التدريب البحري في الدقم", []), (O, "الكلية العسكرية التقنية", []),
  (O, "جامعة التقنية والعلوم التطبيقية", []), (L, "ميناء الدقم", []), (L, "مصفاة الدقم", []),
  (L, "رأس مركز", [])]),
 "1294_ar.txt": ("ar", ["AE", "GB", "OM", "SA"], [
  (L, "الرياض", ["بالرياض"]), (O, "وكالة الأنباء السعودية", ["واس"]),
  (O, "هيئة المساحة الجيولوجية السعودية", []), (L, "الربع الخالي", ["منطقة الربع الخالي"]),
  (L, "فوهات وبار", []), (P, "طارق أبا الخيل", []), (O, "الهيئة السعودية للفضاء", []), (L, "جدة", []),
  (P, "ماجد عبدالله السبيعي", ["السبيعي"]), (O, "المتحف الوطني", []), (L, "وبار", ["مدينة وبار"]),
  (P, "هاري سانت جون فيلبي", []), (O, "متحف التاريخ الطبيعي", []), (L, "لندن", []),
  (O, "جامعة الملك سعود", []), (O, "هيئة المتاحف", []), (L, "العلا", []), (P, "سالم خليفة الطنيجي", []),
  (O, "مركز محمد بن راشد للفضاء", []), (O, "الحرس الحدودي", []), (L, "البطحاء", ["منفذ البطحاء"])]),
 "1295_vi.txt": ("vi", ["DE", "ID", "MY", "VN"], [
  (O, "TTO", []), (L, "U Minh Thượng", ["Vườn quốc gia U Minh Thượng"]),
  (O, "Ban quản lý Vườn quốc gia U Minh Thượng", []), (L, "An Giang", ["tỉnh An Giang"]),
  (P, "Trần Văn Thắm", ["Thắm"]), (L, "An Minh Bắc", ["xã An Minh Bắc"]),
  (O, "Bộ Chỉ huy quân sự tỉnh An Giang", []), (L, "Cái Lớn", ["sông Cái Lớn"]),
  (L, "U Minh Hạ", ["Vườn quốc gia U Minh Hạ"]), (L, "Mũi Cà Mau", ["Vườn quốc gia Mũi Cà Mau"]),
  (L, "Cà Mau", ["tỉnh Cà Mau"]), (P, "Nguyễn Hữu Tài", ["Tài"]), (O, "Chi cục Kiểm lâm tỉnh An Giang", []),
  (O, "Cục Lâm nghiệp và Kiểm lâm", []), (O, "Bộ Nông nghiệp và Môi trường", []), (O, "NASA", []),
  (P, "Lâm Thị Mộng", ["Mộng"]), (L, "Kênh 9", ["ấp Kênh 9"]), (O, "Viện Khoa học Lâm nghiệp Việt Nam", []),
  (O, "Tổ chức Hợp tác Quốc tế Đức", ["GIZ"])]),
 "1296_vi.txt": ("vi", ["CN", "DE", "JP", "KR", "LA", "TH", "VN"], [
  (O, "PLO", []), (O, "Công ty CP Cà phê Tây Nguyên Xanh", []), (O, "Hợp tác xã Cà phê Paksong", []),
  (L, "Bolaven", ["cao nguyên Bolaven", "Cao nguyên Bolaven"]), (L, "Champasak", ["tỉnh Champasak"]),
  (L, "Paksong", ["huyện Paksong"]), (O, "Đại sứ quán Việt Nam tại Lào", []),
  (O, "Sở Nông nghiệp và Lâm nghiệp tỉnh Champasak", []), (L, "Lak 35", ["các bản Lak 35"]),
  (L, "Nong Luang", ["bản Nong Luang"]), (L, "Houay Kong", []), (P, "Đinh Thị Hạnh Nguyên", ["Nguyên"]),
  (L, "Buôn Ma Thuột", ["TP Buôn Ma Thuột"]), (L, "Đắk Lắk", ["tỉnh Đắk Lắk"]),
  (P, "Khamsing Phommachanh", ["Khamsing"]), (L, "Trường Sơn", ["dãy Trường Sơn"]),
  (L, "Mê Kông", ["sông Mê Kông"]), (O, "Dao-Heuang", ["Tập đoàn Dao-Heuang"]),
  (O, "Cục Xúc tiến thương mại", []), (O, "Bộ Công Thương", []),
  (L, "Bờ Y", ["cửa khẩu quốc tế Bờ Y"]), (L, "Quảng Ngãi", ["tỉnh Quảng Ngãi"]), (L, "Tây Nguyên", []),
  (P, "Vongsa Sisouk", [])]),
 "1297_vi.txt": ("vi", ["AU", "CN", "ES", "VN"], [
  (O, "Chinhphu.vn", []), (L, "Yên Viên", ["ga Yên Viên"]), (L, "Hà Nội", []),
  (O, "Ban Quản lý dự án đường sắt", []), (O, "Bộ Xây dựng", []),
  (O, "Tổng công ty Đường sắt Việt Nam", ["VNR"]), (L, "Lào Cai - Hà Nội - Hải Phòng", []),
  (L, "Lào Cai", ["các tỉnh Lào Cai"]), (L, "Hải Phòng", ["TP Hải Phòng"]), (P, "Trần Hồng Hà", []),
  (L, "Hà Khẩu", ["cửa khẩu Hà Khẩu"]), (L, "Côn Minh", []), (P, "Phạm Quang Vinh", ["Vinh"]),
  (L, "Lạc Đạo", ["ga Lạc Đạo"]), (L, "Hưng Yên", ["tỉnh Hưng Yên"]), (L, "Phú Thọ", []),
  (L, "Tuyên Quang", []), (L, "Bắc Ninh", []),
  (O, "Công ty CP Tư vấn thiết kế đường sắt", ["TRICC"]), (O, "Tập đoàn Đường sắt Trung Quốc", ["CREC"]),
  (P, "Lê Minh Khoa", ["Khoa"]), (O, "Công ty CP Vận tải đường sắt Hà Lạng", []),
  (L, "Gia Lâm", ["xưởng Gia Lâm"]), (O, "Công ty CP Xe lửa Dĩ An", []), (L, "Bồ Đề", ["phường Bồ Đề"]),
  (L, "Cổ Bi", ["xã Cổ Bi"]), (P, "Nguyễn Thị Loan", []), (O, "Đại học Giao thông Vận tải", [])]),
 "1298_ru.txt": ("ru", ["AM", "AZ", "BY", "GE", "IR", "KG", "KZ", "RS", "RU", "UZ"], [
  (L, "Минск", ["МИНСК"]), (O, "БЕЛТА", []), (P, "Александр Медведь", ["Александра Медведя"]),
  (L, "Минск-Арена", ["Минск-Арене"]), (O, "Белорусская федерация борьбы", ["Белорусской федерации борьбы"]),
  (P, "Артем Скурат", []), (P, "Нурсултан Ержанов", ["Нурсултана Ержанова"]),
  (P, "Айдар Сагитов", ["Айдару Сагитову"]), (P, "Шерзод Рахматуллаев", ["Шерзоду Рахматуллаеву"]),
  (P, "Павел Дубицкий", ["Дубицкому"]),
  (P, "Мохаммад Реза Карими", ["Мохаммада Резу Карими", "Mohammad Reza Karimi"]),
  (P, "Леван Гогичайшвили", []), (P, "Максим Чепелевич", ["Максима Чепелевича", "Чепелевичу"]),
  (P, "Игорь Цыбульский", ["Игоря Цыбульского", "Цыбульского"]), (P, "Иван Коротаев", ["Коротаева"]),
  (P, "Эрлан Табылдиев", []), (P, "Виктор Сенчило", []), (L, "Гродно", []),
  (P, "Дмитрий Оксенчук", []), (L, "Брест", ["Бреста"]), (P, "Тофик Гасымлы", []),
  (P, "Ара Мкртчян", ["Ара Мкртчяна"]), (P, "Сергей Бобровник", []),
  (P, "Никола Пейович", ["Nikola Pejović"]), (P, "Алина Тихомирова", ["Алины Тихомировой", "Тихомировой"]),
  (P, "Анастасия Зеньковская", ["Зеньковской"]), (P, "Айжан Бекмуратова", []),
  (P, "Дарья Шкурко", ["Дарье Шкурко"]), (P, "Олег Мартынович", []),
  (O, "Федерация спортивной борьбы России", ["Федерации спортивной борьбы России"]),
  (P, "Михаил Мамиашвили", []), (O, "Объединенный мир борьбы", ["Объединенного мира борьбы", "UWW"]),
  (O, "Министерство спорта и туризма", ["Министерства спорта и туризма"]),
  (O, "Мингорисполком", ["Мингорисполкома"]), (L, "Бухарест", ["Бухаресте"])]),
 "1299_ru.txt": ("ru", ["AF", "IT", "KG", "KZ", "PK", "TJ", "UZ"], [
  (L, "Душанбе", ["ДУШАНБЕ"]), (O, "Ховар", []), (O, "Барки точик", ["ОАХК \"Барки точик\""]),
  (O, "Национальные электрические сети Узбекистана", ["Национальными электрическими сетями Узбекистана"]),
  (O, "Министерство энергетики и водных ресурсов Республики Таджикистан",
   ["Министерстве энергетики и водных ресурсов Республики Таджикистан"]),
  (L, "Нурекская ГЭС", ["Нурекской ГЭС"]), (L, "Рогунская ГЭС", ["Рогунской ГЭС"]),
  (P, "Фаридун Шарипзода", []), (L, "Сангтуда – Пули-Хумри", []), (L, "Сангтуда", []), (L, "Пули-Хумри", []),
  (P, "Шухрат Турсунов", []), (L, "Ташкент", []), (L, "Навоийская область", ["Навоийской"]),
  (L, "Бухарская область", ["Бухарской областях"]), (P, "Мехрубон Назарова", ["Назаровой"]),
  (O, "Институт экономики и демографии Национальной академии наук Таджикистана",
   ["Института экономики и демографии Национальной академии наук Таджикистана"]),
  (L, "Худжанд", ["Худжанда"]), (L, "Куляб", ["Куляба"]), (P, "Эмомали Рахмон", []),
  (O, "Всемирный банк", ["Всемирного банка"]), (L, "CASA-1000", []), (O, "KEGOC", []),
  (L, "Вахш", ["реке Вахш"]), (L, "Хатлонская область", ["Хатлонской области"]), (O, "Webuild", [])]),
 "1300_ru.txt": ("ru", ["DE", "EE", "FI", "LT", "LV", "NO", "PL", "RU", "US"], [
  (L, "Рига", ["РИГА"]), (O, "LETA", []), (L, "Дзинтарский концертный зал", ["Дзинтарском концертном зале"]),
  (O, "Юрмальская городская дума", []), (O, "Европейский фонд регионального развития", []),
  (O, "Būvmeistars Kurzeme", ["ООО \"Būvmeistars Kurzeme\""]), (O, "Akukon", []), (L, "Хельсинки", []),
  (P, "Илзе Гринберга", ["Гринберги"]), (L, "Юрмала", ["Юрмале", "Юрмалу", "Юрмалы"]),
  (P, "Кадри Воорант", []), (O, "Рижский биг-бэнд", []), (P, "Карлис Вантес", ["Карлиса Вантеса"]),
  (P, "Эдгарс Лиепиньш", []), (P, "Раймонд Паулс", ["Раймонда Паулса", "Паулсу"]),
  (O, "Государственный фонд культурного капитала", []), (O, "Латвийская национальная опера", []),
  (O, "Латвийское радио", []), (L, "улица Йомас", ["улице Йомас"]), (L, "Слока", ["Слоке"]),
  (P, "Андрис Кукурс", []),
  (O, "Латвийская музыкальная академия имени Язепа Витола", ["Латвийской музыкальной академии имени Язепа Витола"]),
  (O, "Таллинская академия музыки и театра", ["Таллинской академии музыки и театра"]),
  (O, "Biļešu Paradīze", [])]),
 "1301_zh.txt": ("zh", ["CN", "KZ", "UZ"], [
  (O, "新华社", []), (L, "阿拉木图", []), (P, "张博宇", []), (L, "突厥斯坦州", []),
  (L, "讹答剌", ["讹答剌古城"]), (O, "丝绸之路博物馆", ["讹答剌丝绸之路博物馆"]),
  (O, "哈萨克斯坦文化和信息部", []), (O, "突厥斯坦州政府", []), (P, "阿伊达·巴拉耶娃", []), (L, "锡尔河", []),
  (O, "联合国教科文组织", []), (P, "叶尔兰·卡西莫夫", ["Yerlan Kassymov", "卡西莫夫"]),
  (O, "中国社会科学院考古研究所", []), (O, "西北大学", []), (O, "哈萨克斯坦国家博物馆", []),
  (O, "马尔古兰考古研究所", []), (L, "江西", []), (L, "景德镇", []), (L, "浙江", []), (L, "龙泉", []),
  (O, "西北大学文化遗产学院", []), (P, "王建新", []), (L, "奇姆肯特", []), (L, "萨乌兰古城", []),
  (P, "古丽娜拉·赛特别科娃", []), (O, "突厥斯坦州旅游局", []), (L, "突厥斯坦市", []), (L, "撒马尔罕", []),
  (L, "布哈拉", []), (P, "韩春霖", [])]),
 "1302_zh.txt": ("zh", ["CN", "KR", "LA", "TH"], [
  (O, "人民网", []), (L, "万象", []), (P, "章念生", []), (O, "老挝公共工程与运输部", []),
  (L, "万象至万荣高速公路", ["万万高速公路"]), (L, "万荣", ["万荣县"]),
  (O, "云南建设投资控股集团有限公司", []), (O, "老中高速公路发展有限公司", ["LCEDC"]), (P, "蒋立鹏", []),
  (L, "13号公路", []), (O, "老挝全国工商会运输分会", []), (P, "宋萨·帕西", ["Somsack Phasy"]),
  (L, "琅勃拉邦", []), (L, "磨丁", []), (L, "中老铁路", []), (L, "云南省", []), (L, "磨憨", ["磨憨口岸"]),
  (P, "坎培·西萨瓦", []), (O, "老挝统计局", []), (O, "世界银行", [])]),
 "1303_zh.txt": ("zh", ["CO", "CU", "GT", "HN", "NI", "SV"], [
  (O, "新华社", []), (L, "特古西加尔巴", []), (P, "吴昊", []), (O, "洪都拉斯卫生部", []),
  (L, "圣佩德罗苏拉", []), (L, "乔卢特卡", []), (L, "拉塞瓦", []), (O, "卫生部流行病监测司", []),
  (P, "玛丽亚·何塞·巴列", ["María José Valle", "巴列"]), (O, "世界蚊子项目", []),
  (L, "拉斯卡萨斯", ["拉斯卡萨斯社区"]), (L, "科马亚瓜", []), (O, "泛美卫生组织驻洪都拉斯代表处", []),
  (P, "埃内斯托·拉米雷斯", []), (L, "莫斯基蒂亚", ["莫斯基蒂亚地区"]), (L, "加勒比海", []),
  (P, "卡洛斯·梅希亚", []), (O, "洪都拉斯国立自治大学医学院", []), (P, "罗莎·埃尔南德斯", []),
  (O, "美洲开发银行", []), (O, "中美洲一体化体系卫生部长理事会", []), (L, "圣萨尔瓦多", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout72", G)
write_gold(here, "holdout72", "holdout72-gold.json", G)
