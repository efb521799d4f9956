#!/usr/bin/env python3
"""Writes holdout77-gold.json for the articles in holdout77/ (same format and conventions as make-gold-holdout76.py and,
through it, holdout60-75). A SENTINEL set (never fitted), written blind in session 53 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first in 73092229, then this gold): wire
news on topics the earlier sets had little of (an LNG terminal fully booked while a subsea pipeline is repaired, a rugby
squad list, a court halting a gold mine above a city's water, lorries queuing at a port, durum wheat harvested under
pivots in the Sahara, a royal museum opened for restituted treasures, a storm wrecking fishing boats, a medical convoy
against cholera, a rebuilt desert road, soft breakwaters against coastal erosion, a palace hall rebuilt, a winter dzud,
a ferry crossing closed by a cyclone, a visa-free zone extended, a joint container operator on the Middle Corridor,
antelope numbers recovered, battery exports through a port, a railway's freight record), set mostly in countries the
earlier sets rarely used (Lithuania with Latvia, Estonia and Finland, Fiji with Samoa, Colombia, Cameroon with Chad,
Algeria's Timimoun and Adrar, Benin's Abomey, Lebanon's coast, Sudan's Port Sudan, Yemen's Hadramout, Mongolia,
Sakhalin, Azerbaijan with Georgia, Kenya) and in the corpus's own (Vietnam's Cà Mau and Huế, Belarus's Grodno, Qinghai,
Fujian); REAL public figures and bodies mixed with invented minor people, firms and villages; 3 en, 3 fr, 3 ar, 3 vi
(1386 entirely in NFD), 3 ru, 3 zh (1377 en with a list of 25 players).
General calls, as holdout76's: a continent or a supra-national region (the Baltic region, Europe, châu Âu, Европа,
东南亚, 中东, 拉美, miền Tây) no entity, but a sea is a place ('Японского моря', 'Татарском проливе', 'بحر العرب', 'شرق
المتوسط' (the Mediterranean, its eastern part an alias)); competitions and events (the Pacific Nations Cup, Super Rugby
Pacific, the Skipper Cup, the World Cup, Festival Huế 2027) none; a programme (MD-ICRSL), a treaty (Công ước Di sản Thế
giới), a platform (Telegram), a train service ('马达拉卡快车', 中欧班列) and a dynasty (triều Nguyễn) none; a country
inside a body's name counts ('لوكالة الأنباء الكويتية' KW, 中国科学院西北高原生物研究所
CN, 'МЧС России' RU); a city named as a market, a base or an owner ('Riga-based', 'Auckland-based', "Abu Dhabi's
sovereign fund", 'commerçants de Bangui', 'из Сианя и Чунцина') names no country; a government or a ministry named only
in a minister's title ('Le ministre des Transports', 'Le ministre de l'Agriculture, du Développement rural et de la
Pêche', 'the Australian government', 'Chính phủ Mông Cổ', 'الحكومة اليمنية') none, but a named council or ministry inside
a title counts ('رئيس مجلس السيادة الانتقالي', 'رئيس مجلس القيادة الرئاسي', '肯尼亚交通部常务秘书', as holdout76's Chilean
ministry); a descriptive 'port of X' / 'port de X' / 'порт X' / 'مرفأ X' is X's alias (as holdout76's port of Colombo and
holdout72's порт Актау), a port, airport or checkpoint with a proper name of its own named like a place named otherwise
a place apart ('Port autonome de Douala' here the authority, a body; 'Бакинский международный морской торговый порт',
'аэропорт Гродно', 福州港, 蒙巴萨港, 'Fort portugais de Ouidah', 'Apia Park'), and one named after a place named nowhere
else that place's alias ('Nadi International Airport', 'Inkoo terminal', 'port de Djen Djen', 'منفذ أرقين', 'مطار عدن
الدولي', 'Cảng hàng không quốc tế Phú Bài' (Phú Bài only a route's end, as holdout76's Liên Khương), 沃伊站); a line, road,
route or pipeline named by its ends is a place, each end too; hospitals and museums are organizations, as earlier golds;
a national park, a pass, a lock, a canal and a corridor are places:
1376 en Reuters 'VILNIUS, Dec 7 (Reuters) -' ("Lithuania's Klaipeda LNG terminal" and 'the port of Klaipeda' (a
lowercase descriptive terminal and port: the city, the port its alias), Balticconnector (a pipeline, a place) with its
alias, KN Energies after its name then '(KNE)', Latvijas Gaze (no macron) and Eesti Energia after possessives, an
invented commercial director, Equinor after "Norway's", Venture Global after 'U.S. exporter', Amber Grid after 'Grid
operator', 'the Klaipeda-Kursenai pipeline' with Kursenai, 'the GIPL interconnector' (a pipeline, a place), 'the Inkoo
terminal on the Finnish coast', Gasum, Elering, Gitanas Nauseda after 'President' (written without diacritics, as Reuters
does), Gazprom after "Russia's", Riga twice ('Traders in Riga', 'Riga-based'), an invented trader and firm, 'Kaunas and
Siauliai' with no cue, a reporting/editing line; Lithuania/Lithuanian LT, Finland/Finnish FI, Latvian LV,
Estonia/Estonian EE, Norway NO, U.S. US, Nigeria NG, Poland PL, Russia RU);
1377 en AP 'SUVA, Fiji (AP) —' (a squad list of 25 players in four lists (forwards, two uncapped forwards, backs, three
uncapped backs); 'Ratu Jone Kalounisiga' (Ratu a chiefly title: not part of the name) later 'Kalounisiga, 20'; coach
Mick Byrne then surname, 'the Fijian Drua' with 'Drua stars' in the headline, the Fiji Rugby Union, 'Churchill Park in
Lautoka' (a stadium, a place), Apia and 'Apia Park' (a stadium named like the city: a place apart), 'from the Nadroga
team' (a provincial team named after its province: an organization), Sitiveni Rabuka after 'Prime Minister', 'Nadi
International Airport' (Nadi named nowhere else: its alias), Fiji Airways, Faleolo with no cue (an airport's village),
'the Queens Road between Sigatoka and Navua', World Rugby, Ba with no cue (a two-letter town), the Samoa Rugby Union's
chief executive with his matai title written as part of his name (as Samoan usage and wire copy have it), Moana
Pasifika and 'Auckland-based' (no country); Fiji/Fijian FJ, Samoa WS, Tonga TO, Japan JP, Australia/Australian AU);
1378 en AFP 'BOGOTA, Dec 7 (AFP) -' (no accents, as wire copy: the Constitutional Court, 'the Santurban paramo' and
'moorland' (a place; 'Santurban Paramo' inside the committee's name too), ANLA after its name, 'the Soto Norte project'
(a project named after a province named nowhere else: the place, the project its alias), Minesa after its Spanish name,
'Abu Dhabi's sovereign fund Mubadala' (the emirate an owner's seat: a place, no country), the real judge after 'Judge',
'the Surata river basin', 'the Bucaramanga aqueduct' (lowercase: the city), 'Santander department' (Santander also
inside Minesa's name), the committee's long name, 'the towns of California and Vetas' (a Colombian town named
California: a place, no US), a shopkeeper, Gustavo Petro after 'Former president', the Environment Ministry, "Ecuador's
top court" (no name, none), 'the Intag valley', the National Mining Agency, 'Antioquia and Choco'; Colombia/Colombian
CO, Ecuador EC, Peru PE);
1379 fr AFP 'Douala, 7 décembre 2026 (AFP) -' ('le port de Douala' the city's alias, 'Le Port autonome de Douala (PAD)'
the authority issuing a statement (a body), 'la route Douala-Yaoundé' and 'l'autoroute Yaoundé-Douala' (two roads named
by their ends, the old road and the motorway) with Yaoundé, the real director general, Bonabéri, 'la rive droite du
Wouri' (a river with no cue), a Chadian driver full name, N'Djamena, 'au carrefour de Ndokoti' (Ndokoti named nowhere
else: its alias), BGFT after its name, 'le port en eau profonde de Kribi' (its alias), the real transport minister after
his title, 'entre Bibodi et Edéa', China First Highway Engineering after "L'entreprise chinoise", Garoua-Boulaï and its
invented mayor, Bangui (a market, no country), Camrail, MSC after 'groupe italo-suisse' (IT and CH), Bolloré (the group),
'la ligne Douala-Ngaoundéré' with Ngaoundéré, the hauliers' union, Paul Biya after 'Le président', 'La Banque mondiale',
'la frontière de Kousséri'; Cameroun/camerounais CM, Tchad/tchadien TD, Centrafrique/centrafricaine CF, chinoise CN,
italo-suisse IT CH);
1380 fr APS 'Timimoun, 7 déc. 2026 (APS) -' (the agency by 'APS' only ('à l'APS'), the real minister after his portfolio
title (no ministry) then 'M. Oualid', 'BF Algérie' (a joint firm) apart from 'Bonifiche Ferraresi (BF)', 'la commune
d'Aougrout, wilaya de Timimoun', FNI after its name, an invented project director after 'M.', ITGC after its name and
'de Sétif', Abdelmadjid Tebboune after 'le président de la République, M.', OAIC after its name, 'la nappe albienne' (an
aquifer by an adjective: none), 'les silos d'Adrar et d'El Meniaa' and 'la wilaya d'Adrar' (one place), 'la route
nationale 1' (a road, a place), 'du Nord' none, Baladna after 'le groupe qatari', 'au port de Djen Djen' (its alias), a
farmer, 'les oasis du Gourara' (a region, a place), 'les foggaras' none, the director of agricultural services (a title,
no body) invented, ANRH after its name; Algérie/algéro-italienne DZ, italien IT, qatari QA, Allemagne DE, Pays-Bas NL);
1381 fr AFP 'Cotonou, 7 décembre 2026 (AFP) -' (Abomey, 'du royaume du Danxomè' (a historical kingdom: a place, as
holdout76's Oxyrhynchus), the museum's long name with the headline's short 'musée des rois du Danxomè' (a museum: an
organization), l'Unesco, the kings Glèlè, Ghézo and Béhanzin after 'roi'/'rois' (people), Romuald Wadagni after 'le
président' and Patrice Talon after "l'ancien président", 'le palais de la Marina' (a building, a place), 'le Fort
portugais de Ouidah' (a fort named like a named town: a place apart; portugais PT) with Ouidah, 'le musée du quai
Branly-Jacques Chirac' (the person inside none) and Paris, ANPT and AFD after their names, an invented curator after
'Mme', Bohicon, the present king after 'Le roi d'Abomey, Dada' (Dada the royal title: the name 'Kêfa Sagbadjou Glèlè'),
'de Zogbodomey et de Djidja', an artisan, 'le quartier de Hountondji', 'la route Cotonou-Bohicon', l'Union africaine,
'le dieu Gou' (a deity: none), 'musée du Louvre'; francs CFA none; Bénin BJ, France/françaises FR, portugais PT, Nigeria
NG, Togo TG);
1382 ar KUNA 'بيروت - 7 - 12 (كونا) --' ('مرافئ طرابلس وجبيل والبترون' (one head noun over three places, with 'و'),
'منطقة الرملة البيضاء ببيروت', the meteorological service inside the civil aviation directorate (two bodies), 'رأس
الشقعة', the northern fishermen's union (its region inside its name) and its invented head, 'مرفأ الميناء بطرابلس'
(الميناء the town of El Mina beside Tripoli: a place, though 'الميناء الأثري' at Byblos is a common noun), a fisherman,
Nawaf Salam after 'رئيس مجلس الوزراء', the relief commission, the army, 'شاطئ عكار', the marine sciences centre inside
the research council with 'ل' (two bodies), an invented director after 'الدكتور', 'شرق المتوسط', 'مرفأ طرابلس ومرفأ صيدا'
(the cities' aliases), 'بلدية صور' (a body named after a city) and 'حي المرفأ' (a quarter named by a common noun: a
place), the internal security forces, 'طريق صيدا - صور الساحلي' (a road named by its ends), the agriculture ministry, FAO
written out and as 'الفاو', the EU with 'و', 'قبرص وسوريا', 'مرفأي اللاذقية وطرطوس' (a dual head noun); KUNA's name KW,
اللبناني LB, قبرص CY, سوريا SY);
1383 ar MENA 'بورتسودان في 7 ديسمبر /أ ش أ/' (the federal health ministry (السودانية after its name), 'ولايات البحر الأحمر
وكسلا والقضارف' (three states over one plural noun), the Egyptian ambassador after 'السفير المصري لدى السودان', Sisi after
'الرئيس', 'وزارة الصحة والسكان المصرية' and later 'وزارة الصحة المصرية' (one body), 'صندوق تحيا مصر' (مصر inside a body),
'منفذ أرقين البري' (Argeen named nowhere else: its alias), 'وادي حلفا', the real minister after 'الدكتور', WHO, UNICEF
written out and in parentheses, Gavi after its Arabic name in quotes, 'محليات طوكر وسنكات وحلفا الجديدة', 'الخرطوم
والجزيرة' (Gezira state with no cue), the convoy's head after 'الدكتور', two hospitals (organizations; Kassala's named
like the state), 'بمنطقة سواكن', a displaced woman, Burhan after 'رئيس مجلس السيادة الانتقالي الفريق أول' (the council
a body), 'ولاية نهر النيل' (the state's name is 'نهر النيل'), 'مجرى نهر عطبرة' (the river: 'عطبرة', 'نهر' its alias
word); مصرية/مصر EG, السودان/السودانية SD, إثيوبيا ET);
1384 ar SPA 'المكلا 27 جمادى الآخرة 1448 هـ الموافق 07 ديسمبر 2026 م واس' on its own line (the agency only as 'واس',
twice; the programme's name (اليمن inside it), 'طريق العبر - سيئون' with each end, 'محافظة حضرموت' and 'وادي حضرموت' (the
governorate and the valley: two places), 'محافظ حضرموت' (a title: no person), the real ambassador after 'سفير خادم الحرمين
الشريفين لدى اليمن المشرف العام على البرنامج' then 'للسفير آل جابر' (the king's title none), 'منفذ الوديعة الحدودي' and
'إلى الوديعة' (one place), 'مطار عدن الدولي' and 'مطار الغيضة في محافظة المهرة' (airports named after places named
nowhere else: their aliases), Alimi after 'رئيس مجلس القيادة الرئاسي الدكتور', 'الحكومة اليمنية' none, the public works
ministry (its Wadi Hadramout office), an invented engineer, 'مدينة شبام', UNESCO with 'لمنظمة', a driver, 'من تريم',
KSrelief (the king inside none), the Saudi Fund for Development with 'و', an invented contractor named after the
governorate, 'بحر العرب'; 'المملكة' none; اليمن/اليمني/اليمنية YE, السعودي/السعودية SA);
1385 vi TTXVN 'Cà Mau, 7/12 (TTXVN) -' (the provincial people's committee, 'bờ biển Tây' (a descriptive coast: none),
'cửa Khánh Hội' and 'cửa Tiểu Dừa' (estuaries), the World Bank and 'WB', the MD-ICRSL programme none, the real vice
chairman after 'ông' and before his title, an invented department director, Bạc Liêu (merged into Cà Mau), 'các xã
Khánh Bình Tây, Phong Điền và Đất Mũi' (three communes over one plural noun), 'ấp Kênh Năm', a shrimp-rice farmer after
'bà' then 'bà Lệ', the southern water-resources institute, Can Tho University and the real expert after 'PGS.TS', the
Mũi Cà Mau National Park (a place, though it acts with JICA), JICA after its name, Naturland after 'tổ chức', Minh Phú
with its legal form, 'cao tốc Cần Thơ - Cà Mau' with Cần Thơ, 'Thành phố Hồ Chí Minh'; no word names Vietnam: Nhật Bản
JP, Đức DE);
1386 vi TTXVN 'Huế, 7/12 (TTXVN) -', entirely in NFD (the relic conservation centre (Huế inside it), 'điện Cần Chánh' (a
palace hall: a place), 'Hoàng thành Huế' and 'Quần thể di tích Cố đô Huế' (the citadel and the complex: two places), the
real chairman after 'ông' and the city's people's committee, EFEO after its Vietnamese name, the real centre director
after 'Ông' then 'ông Trung', Quảng Nam, 'làng gốm Phước Tích', the real UNESCO representative with the body's long
Vietnamese name and 'UNESCO', the tourism department, Vietjet, 'đường bay thẳng Seoul - Phú Bài' (a route named by its
ends) with Seoul and 'Cảng hàng không quốc tế Phú Bài' (Phú Bài's alias), a homestay owner after 'Anh' then 'anh Nhật'
(Nhật also a country word in other texts: here a given name), 'phường Kim Long', 'sông Hương', 'chùa Thiên Mụ', 'lăng
Minh Mạng' and 'lăng Tự Đức' (tombs: places; the emperors inside none), Đại Nội twice, 'biển Thuận An', KOICA after its
name, 'thành phố Gyeongju' (a donor city: a place), the National Archives Centre IV and Đà Lạt; Việt Nam VN, Hàn Quốc
KR, Pháp FR, Thái Lan TH);
1387 vi TTXVN 'Ulan Bato, 7/12 (TTXVN) -' (Ulaanbaatar in its Vietnamese form, NEMA after its long name, 'các tỉnh Uvs,
Khovd, Zavkhan và Govi-Altai' and 'tỉnh Zavkhan', an invented spokesman, 'huyện Tes và Zuungovi' (two districts over one
noun), Khurelsukh with his patronymic after 'Tổng thống Mông Cổ', the agriculture and light industry ministry, a herder,
FAO after its name, the Mongolian Red Cross, 'cửa khẩu Zamyn-Üüd' (a border town: its alias) with an ü, 'tuyến đường sắt
Ulan Bato - Zamyn-Üüd' (a line named by its ends), 'thị trấn Choir', the Ulaanbaatar Railway company (a body named after
a city); 'Chính phủ Mông Cổ' none; Mông Cổ MN, Nhật Bản JP, Hàn Quốc KR, Trung Quốc CN, Nga RU);
1388 ru TASS 'ЮЖНО-САХАЛИНСК, 7 декабря. /ТАСС/.' ('переправе/переправу Ванино - Холмск' (a crossing named by its
ends) with each, 'в порту Ванино' (Vanino's alias), 'в Холмске', 'на Сахалин(е)', 'Японского моря', the Sakhalin
hydrometeorological department in the prepositional, 'в Холмском и Невельском районах' (two districts over one plural
noun), 'Татарском проливе', an invented forecaster, SakhMP with its legal form and acronym, 'бухте Де-Кастри', the real
governor after 'Губернатор Сахалинской области' then surname, the regional ministry in lowercase (a body, as holdout76's
'Министерству образования края'), the Kurils in the genitive, Iturup and Kunashir in the prepositional and Iturup in
the accusative, 'в Москву, Владивосток и Хабаровск', the airline and the fish plant in quotes after their generic nouns,
a plant director with his patronymic then surname, the Emergencies Ministry's Sakhalin department, 'автодороге
Южно-Сахалинск - Оха' with Оха, 'Поронайска', Гидрометцентр России, 'Охотскому морю', 'префектуре Хоккайдо', 'агентство
Киодо' (Kyodo); России RU, японской JP);
1389 ru BelTA 'ГРОДНО, 7 декабря (БЕЛТА) -' ('Августовского канала' and the park '"Августовский канал"' (a park named
after the canal: one place, as the scorer cannot tell them apart), Lukashenko after 'Президент Беларуси', the Grodno
oblast executive committee in the prepositional, the real chairman, the checkpoints '"Брузги", "Привалка"' (named after
villages named nowhere else: places), 'аэропорт Гродно' (an airport named like a named city: a place apart), '"Лесная -
Речица"' (a canal crossing named by its two ends) with each, the border committee in the genitive, the Grodno medical
university in the prepositional, 'из Евросоюза' (the EU, a body), 'в Белостоке или Вильнюсе', a deputy head doctor with
his patronymic, the farmstead '"Над Нёманом"' (a business: an organization; the river inside none), 'в деревне
Сопоцкин', a farmstead owner, the sport and tourism ministry in the prepositional, 'шлюзы Домбровка и Кужинец' (locks
named after places named nowhere else: places), 'трассы Гродно - Сопоцкин', 'на Брестскую и Гродненскую области' (two
adjectives over one plural noun); Беларусь BY, Польши/поляками PL, Литвы LT, Латвии LV);
1390 ru Interfax 'БАКУ. 7 декабря. ИНТЕРФАКС -' (ADY with its legal form and acronym, 'АО "НК "Казахстан темир жолы"'
(nested quotes) and КТЖ, the Trans-Caspian route in the dative, as 'ТМТМ', as 'Транскаспийский маршрут' and as the
headline's 'Среднему коридору' and 'Средний коридор' (one route, a place), 'Бакинском международном морском торговом
порту в поселке Алят' (the port a place apart from Alat; 'порт Алят' in the headline Alat's alias), the real ADY and KTZ
chairmen, 'в порту Курык на Мангышлаке', Актау, 'от Достыка', Aliyev in the genitive after 'президента Азербайджана',
'железной дороге Баку - Тбилиси - Карс' (a line named by three stops) with each, 'Поти и Батуми', the Georgian economy
minister, 'участка Хашури - Зестафони' with each, 'через Рикотский перевал', the forwarder in quotes and its invented
employee ('бакинской' an adjective: no entity), 'из Сианя и Чунцина' and 'в Стамбул и Констанцу' (markets, no country),
'через Каспий' and 'Каспийское море' (one sea), ADB and EBRD written out with their acronyms, 'участка Баку -
Беюк-Кесик' with Беюк-Кесик; Азербайджан AZ, Казахстан/казахстанская KZ, Китай/китайских CN, Грузия/грузинские GE,
Турцию TR; Европа none);
1391 zh Xinhua '新华社西宁12月7日电（记者 李琳海 张龙）' (青海省林业和草原局 and 青海 (also in 青海湖国家公园, a planned park: a place
apart), 三江源国家公园 and its administration (a body named after a park), an invented section chief, 可可西里, 楚玛尔河,
'索加-曲麻河等片区' (an area named by its two ends) with 曲麻河 and 索加 (索加乡 later: one place), 卓乃湖, the Northwest
Institute of Plateau Biology (中国科学院 only inside it: CN) and its real researcher, 青藏铁路 and 青藏公路 (a railway and a
road: places; 青 and 藏 name no country), 西藏自治区, 羌塘国家级自然保护区, '玉树藏族自治州治多县索加乡' (three places run
together), a ranger, 联合国教科文组织, 《世界遗产名录》 none, an invented bureau head, 北京林业大学 (Beijing inside none), WWF
after its Chinese name, 格尔木市, '索南达杰保护站' (a station: a place; the person inside none), '藏羚羊救护中心' none;
中国 CN only through the institute's name);
1392 zh Xinhua '新华社福州12月7日电（记者 颜之宏 陈旺）' (福州海关 (a body named after a city) with its 统计分析处 (nested, the
parent's alias), 福建 and 福建省, 欧盟, an invented deputy head, CATL written out and as 宁德时代, '在宁德和厦门' and 宁德市,
'匈牙利德布勒森和德国图林根州', 福州港 (a port named like a named city: a place apart) with 江阴港区, '鹿特丹、汉堡和比雷埃夫斯',
the port group and its invented manager, 中远海运集团 (中 an abbreviation: no country), 厦门大学 with its 经济学院 (nested)
and an invented professor, 蕉城区, a factory head, '江西、贵州', the commerce department and an invented deputy head,
'福州、厦门、泉州', 东南亚/中东/拉美 none, 中欧班列 (a train service) none, 布达佩斯, 东盟; 中国 CN, 匈牙利 HU, 德国 DE, 越南 VN,
泰国 TH, 马来西亚 MY);
1393 zh Xinhua '新华社内罗毕12月6日电（记者 王冠森 李亚辉）' (Kenya Railways, 蒙内铁路 and 内马铁路 (railways named by their
ends' abbreviations: places, the ends' single characters no entities), 蒙巴萨 and 蒙巴萨港 (a port with a name of its own:
a place apart), Afristar's Chinese name and an invented manager, 内罗毕内陆集装箱港 (the inland container depot, a place
apart from Nairobi), 奈瓦沙, Ruto by his surname after '肯尼亚总统', China Road and Bridge, 马拉巴, the Kenyan transport
ministry inside its principal secretary's title, the real PS with a middle dot, '蒙巴萨—内罗毕公路' (a road named by its
ends, an em dash), 沃伊站 (Voi named nowhere else: its alias), a train manager, 北京交通大学, '马达拉卡快车' none, 察沃国家公园,
内罗毕大学 and an invented professor, '马仲古、基布维齐', the real ambassador after '中国驻肯尼亚大使' (no embassy); '一带一路'
none; 肯尼亚 KE, 中国/中方 CN, 乌干达 UG, 南苏丹 SS, 刚果（金） CD)."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1376_en.txt": ("en", ["EE", "FI", "LT", "LV", "NG", "NO", "PL", "RU", "US"], [
  (L, "Vilnius", ["VILNIUS"]), (O, "Reuters", []), (L, "Klaipeda", ["port of Klaipeda"]),
  (L, "Balticconnector", ["Balticconnector pipeline"]), (O, "KN Energies", ["KNE"]), (O, "Latvijas Gaze", []),
  (O, "Eesti Energia", []), (P, "Ruta Vaitkeviciene", []), (O, "Equinor", []), (O, "Venture Global", []),
  (O, "Amber Grid", []), (L, "Klaipeda-Kursenai", ["Klaipeda-Kursenai pipeline"]), (L, "Kursenai", []),
  (L, "GIPL", ["GIPL interconnector"]), (L, "Inkoo", ["Inkoo terminal"]), (O, "Gasum", []), (O, "Elering", []),
  (P, "Gitanas Nauseda", []), (O, "Gazprom", []), (L, "Riga", []), (P, "Janis Ozolins", []),
  (O, "Baltic Energy Partners", []), (L, "Kaunas", []), (L, "Siauliai", []), (P, "Andrius Sytas", []),
  (P, "Mark Potter", [])]),
 "1377_en.txt": ("en", ["AU", "FJ", "JP", "TO", "WS"], [
  (L, "Suva", ["SUVA"]), (O, "Associated Press", ["AP"]), (P, "Mick Byrne", ["Byrne"]),
  (O, "Fijian Drua", ["Drua"]), (O, "Fiji Rugby Union", []), (L, "Churchill Park", []), (L, "Lautoka", []),
  (L, "Apia", []), (P, "Josaia Raisuqe", []), (P, "Peni Ravai", []), (P, "Tevita Ikanivere", []),
  (P, "Mesake Doge", []), (P, "Isoa Nasilasila", []), (P, "Leone Rotuisolia", []), (P, "Etonia Waqa", []),
  (P, "Semi Valemei", []), (P, "Viliame Mata", []), (P, "Elia Canakaivata", []),
  (P, "Jone Kalounisiga", ["Kalounisiga"]), (P, "Samisoni Ledua", []), (O, "Nadroga", []),
  (P, "Frank Lomani", []), (P, "Simione Kuruvoli", []), (P, "Caleb Muntz", []), (P, "Isaiah Armstrong-Ravula", []),
  (P, "Iosefo Masi", []), (P, "Kalaveti Ravouvou", []), (P, "Sireli Maqala", []), (P, "Jiuta Wainiqolo", []),
  (P, "Selestino Ravutaumada", []), (P, "Vuate Karawalevu", []), (P, "Maika Tuilevuka", []),
  (P, "Apenisa Cakaubalavu", []), (P, "Joeli Rokobuli", []), (P, "Sitiveni Rabuka", []),
  (L, "Nadi", ["Nadi International Airport"]), (O, "Fiji Airways", []), (L, "Faleolo", []), (L, "Queens Road", []),
  (L, "Sigatoka", []), (L, "Navua", []), (O, "World Rugby", []), (L, "Ba", []), (O, "Samoa Rugby Union", []),
  (P, "Lealaiauloto Aigaga Fepuleai", []), (L, "Apia Park", []), (O, "Moana Pasifika", []), (L, "Auckland", [])]),
 "1378_en.txt": ("en", ["CO", "EC", "PE"], [
  (L, "Bogota", ["BOGOTA"]), (O, "AFP", []), (O, "Constitutional Court", []),
  (L, "Santurban", ["Santurban paramo"]), (L, "Bucaramanga", []),
  (O, "National Environmental Licensing Authority", ["ANLA"]), (L, "Soto Norte", ["Soto Norte project"]),
  (O, "Sociedad Minera de Santander", ["Minesa"]), (L, "Abu Dhabi", []), (O, "Mubadala", []),
  (P, "Natalia Angel Cabo", []), (L, "Surata", ["Surata river"]), (L, "Santander", ["Santander department"]),
  (P, "Mayerly Rojas", []), (O, "Committee for the Defence of Water and the Santurban Paramo", []),
  (L, "California", []), (L, "Vetas", []), (P, "Hernando Pabon", []), (P, "Gustavo Petro", []),
  (O, "Environment Ministry", []), (L, "Intag", ["Intag valley"]), (O, "National Mining Agency", []),
  (L, "Antioquia", []), (L, "Choco", [])]),
 "1379_fr.txt": ("fr", ["CF", "CH", "CM", "CN", "IT", "TD"], [
  (L, "Douala", ["port de Douala"]), (O, "AFP", []), (L, "Douala-Yaoundé", ["route Douala-Yaoundé"]),
  (L, "Yaoundé", []), (O, "Port autonome de Douala", ["PAD"]), (P, "Cyrus Ngo'o", []), (L, "Bonabéri", []),
  (L, "Wouri", []), (P, "Mahamat Abakar", []), (L, "N'Djamena", []), (L, "Ndokoti", ["carrefour de Ndokoti"]),
  (O, "Bureau de gestion du fret terrestre", ["BGFT"]), (L, "Kribi", ["port en eau profonde de Kribi"]),
  (P, "Jean Ernest Massena Ngalle Bibehe", []), (L, "Yaoundé-Douala", ["autoroute Yaoundé-Douala"]),
  (L, "Bibodi", []), (L, "Edéa", []), (O, "China First Highway Engineering", []), (L, "Garoua-Boulaï", []),
  (P, "Jean-Pierre Sodéa", []), (L, "Bangui", []), (O, "Camrail", []), (O, "MSC", []), (O, "Bolloré", []),
  (L, "Douala-Ngaoundéré", ["ligne Douala-Ngaoundéré"]), (L, "Ngaoundéré", []),
  (O, "Syndicat national des transporteurs routiers du Cameroun", []), (P, "Paul Biya", []),
  (O, "Banque mondiale", []), (L, "Kousséri", [])]),
 "1380_fr.txt": ("fr", ["DE", "DZ", "IT", "NL", "QA"], [
  (L, "Timimoun", ["wilaya de Timimoun"]), (O, "Algérie Presse Service", ["APS"]),
  (P, "Yacine El-Mahdi Oualid", ["Oualid"]), (O, "BF Algérie", []), (L, "Aougrout", ["commune d'Aougrout"]),
  (O, "Fonds national d'investissement", ["FNI"]), (O, "Bonifiche Ferraresi", ["BF"]), (P, "Rachid Benkhelifa", []),
  (O, "Institut technique des grandes cultures", ["ITGC"]), (L, "Sétif", []), (P, "Abdelmadjid Tebboune", []),
  (O, "Office algérien interprofessionnel des céréales", ["OAIC"]), (L, "Adrar", ["wilaya d'Adrar"]),
  (L, "El Meniaa", []), (L, "route nationale 1", []), (O, "Baladna", []), (L, "Djen Djen", ["port de Djen Djen"]),
  (P, "Abdelkader Bahmed", []), (L, "Gourara", []), (P, "Lakhdar Ouled Moussa", []),
  (O, "Agence nationale des ressources hydrauliques", ["ANRH"])]),
 "1381_fr.txt": ("fr", ["BJ", "FR", "NG", "PT", "TG"], [
  (L, "Cotonou", []), (O, "AFP", []), (L, "Abomey", []), (L, "Danxomè", ["royaume du Danxomè"]),
  (O, "musée international de la mémoire de l'épopée des amazones et des rois du Danxomè",
   ["musée des rois du Danxomè"]), (O, "Unesco", []), (P, "Glèlè", []), (P, "Ghézo", []), (P, "Béhanzin", []),
  (P, "Romuald Wadagni", []), (P, "Patrice Talon", []), (L, "palais de la Marina", []),
  (L, "Fort portugais de Ouidah", []), (L, "Ouidah", []), (O, "musée du quai Branly-Jacques Chirac", []),
  (L, "Paris", []), (O, "Agence nationale de promotion des patrimoines et de développement du tourisme", ["ANPT"]),
  (O, "Agence française de développement", ["AFD"]), (P, "Clarisse Houéssou", []), (L, "Bohicon", []),
  (P, "Kêfa Sagbadjou Glèlè", []), (L, "Zogbodomey", []), (L, "Djidja", []), (P, "Fiacre Agossa", []),
  (L, "Hountondji", []), (L, "Cotonou-Bohicon", ["route Cotonou-Bohicon"]), (O, "Union africaine", []),
  (O, "Louvre", ["musée du Louvre"])]),
 "1382_ar.txt": ("ar", ["CY", "KW", "LB", "SY"], [
  (L, "بيروت", ["ببيروت"]), (O, "وكالة الأنباء الكويتية", ["كونا", "لوكالة الأنباء الكويتية"]),
  (L, "طرابلس", ["بطرابلس", "مرفأ طرابلس"]), (L, "جبيل", ["وجبيل"]), (L, "البترون", ["والبترون"]),
  (L, "الرملة البيضاء", ["منطقة الرملة البيضاء"]), (O, "مصلحة الأرصاد الجوية", []),
  (O, "المديرية العامة للطيران المدني", []), (L, "رأس الشقعة", []),
  (O, "نقابة صيادي الأسماك في الشمال", []), (P, "سمير الحلاب", []), (L, "الميناء", ["مرفأ الميناء"]),
  (P, "جورج عازار", []), (P, "نواف سلام", []), (O, "الهيئة العليا للإغاثة", []), (O, "الجيش اللبناني", []),
  (L, "عكار", ["شاطئ عكار"]), (O, "المركز الوطني لعلوم البحار", []), (O, "المجلس الوطني للبحوث العلمية", ["للمجلس الوطني للبحوث العلمية"]),
  (P, "ميلاد فخري", []), (L, "المتوسط", ["شرق المتوسط"]), (L, "صيدا", ["مرفأ صيدا"]), (O, "بلدية صور", []),
  (L, "صور", []), (L, "حي المرفأ", []), (O, "قوى الأمن الداخلي", []), (L, "صيدا - صور", ["طريق صيدا - صور"]),
  (O, "وزارة الزراعة", []), (O, "منظمة الأغذية والزراعة للأمم المتحدة", ["الفاو"]),
  (O, "الاتحاد الأوروبي", ["والاتحاد الأوروبي"]), (L, "اللاذقية", []), (L, "طرطوس", ["وطرطوس"])]),
 "1383_ar.txt": ("ar", ["EG", "ET", "SD"], [
  (L, "بورتسودان", ["ببورتسودان", "مدينة بورتسودان"]), (O, "وكالة أنباء الشرق الأوسط", ["أ ش أ"]),
  (O, "وزارة الصحة الاتحادية", []), (L, "البحر الأحمر", ["ولايات البحر الأحمر"]), (L, "كسلا", ["وكسلا"]),
  (L, "القضارف", ["والقضارف", "بمدينة القضارف"]), (P, "هاني صلاح", []), (P, "عبدالفتاح السيسي", []),
  (O, "وزارة الصحة والسكان", ["وزارة الصحة المصرية"]), (O, "صندوق تحيا مصر", []),
  (L, "أرقين", ["منفذ أرقين"]), (L, "وادي حلفا", []), (P, "هيثم محمد إبراهيم", []),
  (O, "منظمة الصحة العالمية", []), (O, "منظمة الأمم المتحدة للطفولة", ["اليونيسف"]),
  (O, "التحالف العالمي للقاحات والتحصين", ["غافي"]), (L, "طوكر", []), (L, "سنكات", ["وسنكات"]),
  (L, "حلفا الجديدة", ["وحلفا الجديدة"]), (L, "الخرطوم", []), (L, "الجزيرة", ["والجزيرة"]),
  (P, "أيمن عبدالمنعم الشريف", []), (O, "مستشفى بورتسودان التعليمي", []), (O, "مستشفى كسلا", ["ومستشفى كسلا"]),
  (L, "سواكن", ["بمنطقة سواكن"]), (P, "فاطمة آدم عيسى", []), (P, "عبدالفتاح البرهان", []),
  (O, "مجلس السيادة الانتقالي", []), (L, "نهر النيل", ["ولاية نهر النيل"]), (L, "عطبرة", ["نهر عطبرة"])]),
 "1384_ar.txt": ("ar", ["SA", "YE"], [
  (L, "المكلا", ["مدينة المكلا"]), (O, "وكالة الأنباء السعودية", ["واس"]),
  (O, "البرنامج السعودي لتنمية وإعمار اليمن", []), (L, "العبر - سيئون", ["طريق العبر - سيئون"]),
  (L, "العبر", []), (L, "سيئون", []), (L, "حضرموت", ["محافظة حضرموت"]), (P, "محمد بن سعيد آل جابر", ["آل جابر"]),
  (L, "الوديعة", ["منفذ الوديعة"]), (L, "وادي حضرموت", ["بوادي حضرموت"]), (L, "عدن", ["مطار عدن الدولي"]),
  (L, "الغيضة", ["مطار الغيضة"]), (L, "المهرة", ["محافظة المهرة"]), (P, "رشاد محمد العليمي", []),
  (O, "مجلس القيادة الرئاسي", []), (O, "وزارة الأشغال العامة والطرق", []), (P, "عوض سالم باعبود", []),
  (L, "شبام", ["مدينة شبام"]), (O, "اليونسكو", ["لمنظمة اليونسكو"]), (P, "صالح عمر بن دغار", []), (L, "تريم", []),
  (O, "مركز الملك سلمان للإغاثة والأعمال الإنسانية", []),
  (O, "الصندوق السعودي للتنمية", ["والصندوق السعودي للتنمية"]), (O, "شركة حضرموت للمقاولات", []),
  (L, "بحر العرب", [])]),
 "1385_vi.txt": ("vi", ["DE", "JP"], [
  (L, "Cà Mau", []), (O, "TTXVN", []), (O, "Ủy ban nhân dân tỉnh Cà Mau", []), (L, "Khánh Hội", ["cửa Khánh Hội"]),
  (L, "Tiểu Dừa", ["cửa Tiểu Dừa"]), (O, "Ngân hàng Thế giới", ["WB"]), (P, "Lê Văn Sử", []),
  (P, "Nguyễn Chí Thiện", []), (O, "Sở Nông nghiệp và Môi trường Cà Mau", []), (L, "Bạc Liêu", []),
  (L, "Khánh Bình Tây", []), (L, "Phong Điền", []), (L, "Đất Mũi", []), (L, "Kênh Năm", ["ấp Kênh Năm"]),
  (P, "Trần Thị Mỹ Lệ", ["Lệ"]), (O, "Viện Khoa học Thủy lợi miền Nam", []), (O, "Đại học Cần Thơ", []),
  (P, "Văn Phạm Đăng Trí", []), (L, "Vườn quốc gia Mũi Cà Mau", []),
  (O, "Tổ chức Hợp tác Quốc tế Nhật Bản", ["JICA"]), (O, "Naturland", []),
  (O, "Công ty cổ phần Thủy sản Minh Phú", []), (L, "Cần Thơ - Cà Mau", ["cao tốc Cần Thơ - Cà Mau"]),
  (L, "Cần Thơ", []), (L, "Thành phố Hồ Chí Minh", [])]),
 "1386_vi.txt": ("vi", ["FR", "KR", "TH", "VN"], [
  (L, "Huế", []), (O, "TTXVN", []), (O, "Trung tâm Bảo tồn Di tích Cố đô Huế", []),
  (L, "Cần Chánh", ["điện Cần Chánh"]), (L, "Hoàng thành Huế", []), (P, "Nguyễn Văn Phương", []),
  (O, "Ủy ban nhân dân thành phố Huế", []), (O, "Viện Viễn Đông Bác cổ Pháp", ["EFEO"]),
  (P, "Hoàng Việt Trung", ["Trung"]), (L, "Quảng Nam", []), (L, "Phước Tích", ["làng gốm Phước Tích"]),
  (P, "Jonathan Baker", []), (O, "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc", ["UNESCO"]),
  (L, "Quần thể di tích Cố đô Huế", []), (O, "Sở Du lịch Huế", []), (O, "Vietjet", []),
  (L, "Seoul - Phú Bài", ["đường bay thẳng Seoul - Phú Bài"]), (L, "Seoul", []),
  (L, "Phú Bài", ["Cảng hàng không quốc tế Phú Bài"]), (P, "Lê Quang Nhật", ["Nhật"]),
  (L, "Kim Long", ["phường Kim Long"]), (L, "Hương", ["sông Hương"]), (L, "Thiên Mụ", ["chùa Thiên Mụ"]),
  (L, "lăng Minh Mạng", []), (L, "Đại Nội", []), (L, "lăng Tự Đức", []), (L, "Thuận An", ["biển Thuận An"]),
  (O, "Cơ quan Hợp tác Quốc tế Hàn Quốc", ["KOICA"]), (L, "Gyeongju", ["thành phố Gyeongju"]),
  (O, "Trung tâm Lưu trữ quốc gia IV", []), (L, "Đà Lạt", [])]),
 "1387_vi.txt": ("vi", ["CN", "JP", "KR", "MN", "RU"], [
  (L, "Ulan Bato", []), (O, "TTXVN", []),
  (O, "Cơ quan Quản lý tình trạng khẩn cấp quốc gia Mông Cổ", ["NEMA"]), (L, "Uvs", []), (L, "Khovd", []),
  (L, "Zavkhan", ["tỉnh Zavkhan"]), (L, "Govi-Altai", []), (P, "Batbayar Enkhbold", []), (L, "Tes", ["huyện Tes"]),
  (L, "Zuungovi", []), (P, "Ukhnaagiin Khurelsukh", []), (O, "Bộ Nông nghiệp và Công nghiệp nhẹ Mông Cổ", []),
  (P, "Dorjsuren Tsogt", []), (O, "Tổ chức Lương thực và Nông nghiệp Liên hợp quốc", ["FAO"]),
  (O, "Hội Chữ thập đỏ Mông Cổ", []), (L, "Zamyn-Üüd", ["cửa khẩu Zamyn-Üüd"]),
  (L, "Ulan Bato - Zamyn-Üüd", ["tuyến đường sắt Ulan Bato - Zamyn-Üüd"]), (L, "Choir", ["thị trấn Choir"]),
  (O, "Công ty Đường sắt Ulan Bato", [])]),
 "1388_ru.txt": ("ru", ["JP", "RU"], [
  (L, "Южно-Сахалинск", ["ЮЖНО-САХАЛИНСК", "Южно-Сахалинска"]), (O, "ТАСС", []),
  (L, "Ванино - Холмск", ["переправе Ванино - Холмск", "переправу Ванино - Холмск"]),
  (L, "Ванино", ["порту Ванино"]), (L, "Холмск", ["Холмске"]), (L, "Сахалин", ["Сахалине"]),
  (L, "Японское море", ["Японского моря"]),
  (O, "Сахалинское управление по гидрометеорологии и мониторингу окружающей среды",
   ["Сахалинском управлении по гидрометеорологии и мониторингу окружающей среды"]),
  (L, "Холмский район", ["Холмском"]), (L, "Невельский район", ["Невельском районах"]),
  (L, "Татарский пролив", ["Татарском проливе"]), (P, "Марина Ковалёва", []),
  (O, "Сахалинское морское пароходство", ["АО \"Сахалинское морское пароходство\"", "СахМП"]),
  (L, "Де-Кастри", ["бухте Де-Кастри"]), (P, "Валерий Лимаренко", ["Лимаренко"]),
  (L, "Сахалинская область", ["Сахалинской области"]),
  (O, "министерство сельского хозяйства и торговли региона", ["министерству сельского хозяйства и торговли региона"]),
  (L, "Курильские острова", ["Курильских островов"]), (L, "Итуруп", ["Итурупе"]), (L, "Кунашир", ["Кунашире"]),
  (L, "Москва", ["Москву"]), (L, "Владивосток", []), (L, "Хабаровск", []), (O, "Аврора", []),
  (O, "Невод", []), (P, "Игорь Сергеевич Ткаченко", ["Ткаченко"]),
  (O, "Главное управление МЧС России по Сахалинской области", ["Главном управлении МЧС России по Сахалинской области"]),
  (L, "Южно-Сахалинск - Оха", ["автодороге Южно-Сахалинск - Оха"]), (L, "Оха", []),
  (L, "Поронайск", ["Поронайска"]), (O, "Гидрометцентр России", ["Гидрометцентра России"]),
  (L, "Охотское море", ["Охотскому морю"]), (L, "Хоккайдо", ["префектуре Хоккайдо"]),
  (O, "Киодо", ["агентство Киодо"])]),
 "1389_ru.txt": ("ru", ["BY", "LT", "LV", "PL"], [
  (L, "Гродно", ["ГРОДНО"]), (O, "БЕЛТА", []),
  (L, "Августовский канал", ["Августовского канала"]), (P, "Александр Лукашенко", []),
  (O, "Гродненский облисполком", ["Гродненском облисполкоме"]), (P, "Юрий Караев", []),
  (L, "Брузги", []), (L, "Привалка", []), (L, "аэропорт Гродно", []), (L, "Лесная - Речица", []),
  (L, "Лесная", []), (L, "Речица", []),
  (O, "Государственный пограничный комитет", ["Государственного пограничного комитета"]),
  (O, "Гродненский государственный медицинский университет", ["Гродненском государственном медицинском университете"]),
  (O, "Евросоюз", ["Евросоюза"]), (L, "Белосток", ["Белостоке"]), (L, "Вильнюс", ["Вильнюсе"]),
  (P, "Андрей Михайлович Кравец", []), (O, "Над Нёманом", []), (L, "Сопоцкин", ["деревне Сопоцкин"]),
  (P, "Ирина Ляшкевич", []),
  (O, "Министерство спорта и туризма Беларуси", ["Министерстве спорта и туризма Беларуси"]),
  (L, "Домбровка", []), (L, "Кужинец", []), (L, "Гродно - Сопоцкин", ["трассы Гродно - Сопоцкин"]),
  (L, "Брестская область", ["Брестскую"]), (L, "Гродненская область", ["Гродненскую области"])]),
 "1390_ru.txt": ("ru", ["AZ", "CN", "GE", "KZ", "TR"], [
  (L, "Баку", ["БАКУ"]), (O, "Интерфакс", ["ИНТЕРФАКС", "Интерфаксу"]),
  (O, "Азербайджанские железные дороги", ["ЗАО \"Азербайджанские железные дороги\"", "АЖД"]),
  (O, "Казахстан темир жолы", ["АО \"НК \"Казахстан темир жолы\"", "КТЖ"]),
  (L, "Транскаспийский международный транспортный маршрут",
   ["Транскаспийскому международному транспортному маршруту", "ТМТМ", "Транскаспийский маршрут",
    "Средний коридор", "Среднему коридору"]),
  (L, "Бакинский международный морской торговый порт", ["Бакинском международном морском торговом порту"]),
  (L, "Алят", ["порт Алят", "поселке Алят", "Алята"]), (P, "Ровшан Рустамов", []),
  (P, "Талгат Алдыбергенов", []), (L, "Курык", ["порту Курык"]), (L, "Мангышлак", ["Мангышлаке"]),
  (L, "Актау", []), (L, "Достык", ["Достыка"]), (P, "Ильхам Алиев", ["Ильхама Алиева"]),
  (L, "Баку - Тбилиси - Карс", ["железной дороге Баку - Тбилиси - Карс"]), (L, "Тбилиси", []), (L, "Карс", []),
  (L, "Поти", []), (L, "Батуми", []), (P, "Мариам Квривишвили", []),
  (L, "Хашури - Зестафони", ["участка Хашури - Зестафони"]), (L, "Хашури", []), (L, "Зестафони", []),
  (L, "Рикотский перевал", []), (O, "Каспиан Лоджистик Груп", []), (P, "Эльчин Гасымов", []),
  (L, "Сиань", ["Сианя"]), (L, "Чунцин", ["Чунцина"]), (L, "Стамбул", []), (L, "Констанца", ["Констанцу"]),
  (L, "Каспийское море", ["Каспий"]), (O, "Азиатский банк развития", ["АБР"]),
  (O, "Европейский банк реконструкции и развития", ["ЕБРР"]),
  (L, "Баку - Беюк-Кесик", ["участка Баку - Беюк-Кесик"]), (L, "Беюк-Кесик", [])]),
 "1391_zh.txt": ("zh", ["CN"], [
  (O, "新华社", []), (L, "西宁", []), (P, "李琳海", []), (P, "张龙", []), (O, "青海省林业和草原局", []),
  (L, "青海", []), (L, "三江源国家公园", []), (O, "三江源国家公园管理局", []), (P, "才让多杰", []),
  (L, "可可西里", []), (L, "楚玛尔河", []), (L, "索加-曲麻河", []), (L, "索加乡", ["索加"]), (L, "曲麻河", []),
  (L, "卓乃湖", []), (O, "中国科学院西北高原生物研究所", []), (P, "连新明", []), (L, "青藏铁路", []),
  (L, "青藏公路", []), (L, "西藏自治区", []), (L, "羌塘国家级自然保护区", []), (L, "玉树藏族自治州", []),
  (L, "治多县", []), (P, "扎西尼玛", []), (O, "联合国教科文组织", []), (P, "李晓南", []),
  (L, "青海湖国家公园", []), (O, "北京林业大学", []), (O, "世界自然基金会", ["WWF"]), (L, "格尔木市", []),
  (L, "索南达杰保护站", [])]),
 "1392_zh.txt": ("zh", ["CN", "DE", "HU", "MY", "TH", "VN"], [
  (O, "新华社", []), (L, "福州", []), (P, "颜之宏", []), (P, "陈旺", []), (O, "福州海关", ["福州海关统计分析处"]),
  (L, "福建", ["福建省"]), (O, "欧盟", []), (P, "林志坚", []), (O, "宁德时代新能源科技股份有限公司", ["宁德时代"]),
  (L, "宁德", ["宁德市"]), (L, "厦门", []), (L, "德布勒森", []), (L, "图林根州", []), (L, "福州港", []),
  (L, "江阴港区", []), (L, "鹿特丹", []), (L, "汉堡", []), (L, "比雷埃夫斯", []), (O, "福州港务集团有限公司", []),
  (P, "郑晓峰", []), (O, "中远海运集团", []), (O, "厦门大学", ["厦门大学经济学院"]), (P, "林晨", []),
  (L, "蕉城区", []), (P, "黄德明", []), (L, "江西", []), (L, "贵州", []), (O, "福建省商务厅", []), (P, "陈萍", []),
  (L, "泉州", []), (L, "布达佩斯", []), (O, "东盟", [])]),
 "1393_zh.txt": ("zh", ["CD", "CN", "KE", "SS", "UG"], [
  (O, "新华社", []), (L, "内罗毕", []), (P, "王冠森", []), (P, "李亚辉", []), (O, "肯尼亚铁路公司", []),
  (L, "蒙内铁路", []), (L, "蒙巴萨", []), (L, "蒙巴萨港", []), (O, "非洲之星铁路运营有限责任公司", []),
  (P, "刘洋", []), (L, "内罗毕内陆集装箱港", []), (L, "奈瓦沙", []), (L, "内马铁路", []), (P, "鲁托", []),
  (O, "中国路桥工程有限责任公司", []), (L, "马拉巴", []), (O, "肯尼亚交通部", []), (P, "穆罕默德·达加尔", []),
  (L, "蒙巴萨—内罗毕公路", []), (L, "沃伊", ["沃伊站"]), (P, "格雷丝·瓦姆布伊", []), (O, "北京交通大学", []),
  (L, "察沃国家公园", []), (O, "内罗毕大学", []), (P, "詹姆斯·奥蒂埃诺", []), (L, "马仲古", []),
  (L, "基布维齐", []), (P, "郭海燕", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout77", G)
write_gold(here, "holdout77", "holdout77-gold.json", G)
