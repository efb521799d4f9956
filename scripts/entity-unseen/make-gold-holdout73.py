#!/usr/bin/env python3
"""Writes holdout73-gold.json for the articles in holdout73/ (same format and conventions as make-gold-holdout72.py and,
through it, holdout60-71). A SENTINEL set (never fitted), written blind in session 49 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first (7b20a900), then this gold): wire
news on topics the earlier sets had little of (a copper mine's output and a state share dispute, a clinic rebuilt after a
hurricane, magma pooling under a volcanic peninsula, a nickel plant's restart, the first iron-ore train on a desert
railway, an EU court ruling on a cross-border fine, an Iron Age burial, a court ruling on a Nile island's houses, new
airline routes to the Caucasus, a measles campaign on a border, a shoe factory in an economic zone, a heritage marathon,
a mountain road closed by snow, a national chess championship, dead seals on a sea coast, a bridge railway's freight
opening, a tiger-skin smuggling appeal, a medical team's free clinic), set mostly in countries the earlier sets rarely
used (Mongolia, Grenada in the Caribbean, Iceland, New Caledonia, Algeria's far south-west, Bulgaria and Romania, Sharjah,
Egypt, Qatar with the Caucasus, Bangladesh, Georgia, the Solomon Islands) and in the corpus's own (Vietnam, Belarus,
Kazakhstan, China); REAL public figures and bodies mixed with invented minor people, firms and villages; 3 en, 3 fr, 3 ar,
3 vi (1315 entirely in NFD), 3 ru (1317 with a long list of chess players and officials, 21 people), 3 zh:
1304 en Reuters 'ULAANBAATAR, Dec 7 (Reuters) -' (Oyu Tolgoi's copper output: Rio Tinto then 'Rio's stake', 'the South
Gobi province', Gashuunsukhait, 'China's Inner Mongolia', 'Hugo Lode' (an orebody, a place, in a quote with no cue), an
analyst full then surname, a brokerage, Erdenes Oyu Tolgoi (a body named after the mine), Ukhnaagiin Khurelsukh after
'President' then "Khurelsukh's", Simon Trott after 'chief executive', the State Great Khural in apposition, 'the Tavan
Tolgoi power plant', 'Khanbogd soum', Sainshand, Dalanzadgad, 'the Undai river', a herder, Javkhlant, Turquoise Hill
Resources, EBRD after its name, Export Finance Australia, a reporting/editing line; Mongolia's, China, Australia in a
body's name);
1305 en AP "ST. GEORGE'S, Grenada (AP) —" (a rebuilt clinic on Carriacou: Dickon Mitchell after 'Prime Minister' then
surname, Hillsborough before 'clinic', the Caribbean Development Bank, Philip Telesford after 'Health Minister', the
Princess Royal Hospital in Belair, St. George's University (a body named after the capital), Petite Martinique,
Windward and L'Esterre (villages with no cue), the IOM, a nurse full then surname, Harvey Vale, 'the Lauriston airport
runway', the Carriacou Ferry Company (the boat 'Osprey Express' none), the World Bank, UNDP, OECS after its name,
Castries, an AP writer in San Juan; Barbados, St. Vincent, Venezuela, Cuba, Puerto Rico; Hurricane Beryl none);
1306 en AFP 'REYKJAVIK, Dec 7 (AFP) -' (magma pooling again on the Reykjanes peninsula: the Svartsengi power plant then
'the Svartsengi plant', the Icelandic Meteorological Office, 'the Sundhnúkur crater row', a geophysicist full then
surname, the University of Iceland, the Nordic Volcanological Center, ESA (the Sentinel-1 satellites none), Grindavík,
a mayor after 'mayor', the state property firm Þórkatla, the Blue Lagoon spa (a place), HS Orka, 'the Suðurnes region',
the Civil Protection Department, Halla Tómasdóttir before 'Iceland's president', a geologist, 'the small Keflavík
consultancy Hraunvangur' (Keflavík a place, the firm a body), 'the Reykjanesbraut highway', 'Keflavík airport', the
Icelandic Tourist Board; Norway, Italy, the United States);
1307 fr AFP 'Nouméa, 7 décembre 2026 (AFP) -' (the Koniambo nickel plant restarts: 'L'usine de nickel de Koniambo' (bare
name) and 'le massif du Koniambo' (a second place), Harita Nickel ('le groupe indonésien'), 'la province Nord' (the
provincial body that announces; 'tout le Nord' the region), 'Le site de Vavouto' and 'port de Vavouto', Voh, Glencore,
SMSP after its name, Jakarta, Koné, Paul Néaoutyine after 'le président de la province', a former operator, Louis Le
Franc after a title, Paris standing for the state, AFD after its name, SLN after its name, Eramet, Doniambo, Prony
Resources, Goro, 'le Grand Sud', an economist after 'Mme', the Université de la Nouvelle-Calédonie, Sulawesi, 'la route
territoriale RT1', USTKE, Pouembout; calédonien/Nouvelle-Calédonie NC, la Chine, la Corée du Sud, le Japon);
1308 fr APS 'Alger, 7 déc. 2026 (APS) -' (the first ore train on the Gara Djebilet line: 'la ligne Gara Djebilet-Béchar'
and 'le tronçon Tindouf-Béchar' (lines named by their ends, places, with each end), 'la wilaya de Tindouf' and 'la wilaya
de Jijel' (bare names), the transport ministry, SNTF after its name, Bellara, 'l'usine de Tosyali à Bethioua' (the firm a
body), Oran, Abdelmadjid Tebboune after 'Le président de la République', ANESRIF after its long name, Cosider and
Infrafer in a list, Abadla, Hammaguir, Feraal, its director after 'M.' then 'M. Benyoucef', CRCC, the wali after 'M.',
'la gare d'Oum El Assel' (bare name), 'du quartier Hassi Mounir', a teacher after 'Mme', Nouakchott standing for the
state, 'une route Tindouf-Zouérate', ASAL after its name, 'l'erg Iguidi'; algériens, chinois, mauritanienne);
1309 fr AFP 'Luxembourg, 7 décembre 2026 (AFP) -' (a CJEU ruling: CJUE after its name, Roussé, 'le pont Giurgiu-Roussé'
(a bridge named by its ends, a place, with each end), a Bulgarian firm with its legal form EOOD, ANAF after its name,
'Le tribunal de Bucarest' (a body named after a city; Bucarest no place of its own), le Danube, a lawyer after 'Me' and
'du barreau de Sofia' (a body), the manager after 'M.', Constanța, the Commission, 'Le ministère roumain des Finances',
CNAIR after its name, the real advocate general Tamara Ćapeta, 'l'UBRT' after a lowercase description, Vidin, Silistra,
Oradea; bulgare, Roumanie, hongrois; l'espace Schengen and the corridor Rhin-Danube none);
1310 ar WAM 'الشارقة في 7 ديسمبر / وام /' (an Iron Age burial at Mleiha: the Sharjah Archaeology Authority, 'موقع مليحة
الأثري', 'قلعة مليحة' (a fort, a place apart), its real director-general after 'الدكتور', Tübingen university
('الألمانية'), جبل البحيص, the ruler of Sharjah after his long honorific title, the Supreme Council inside that title,
the Mleiha centre and the Sharjah museum, a researcher after 'الباحثة' then surname, two universities, 'بين مليحة
والمدام' (a clitic), the real Belgian pottery expert ('البلجيكي'), 'مدينة الذيد' and 'والذيد', UNESCO with its acronym,
a listing ('المشهد الثقافي لفاية') none, the culture department, a guide, دبي وعجمان, 'المنطقة الوسطى'; الهند, عُمان);
1311 ar MENA 'القاهرة في 7 ديسمبر (أ ش أ)-' (an administrative court voids demolitions on a Nile island: the court
'بمجلس الدولة', Giza governorate as the body, 'في جزيرة الدهب' and 'بجزيرة الدهب', 'بنهر النيل', 'حي جنوب الجيزة', a
lawyer full then surname, 'لوكالة أنباء الشرق الأوسط', the experts' authority of the justice ministry (one body), the
supreme administrative court, two state bodies, 'جزيرة الوراق', the EIPR, a resident named by her kunya, 'منطقة
المنيب' and 'كوبري المنيب' (a bridge, a place apart), 'وكورنيش المعادي', 'مركز أبو النمرس', the irrigation ministry,
'بين القاهرة وحلوان', the Egyptian survey authority; EG only through bodies' names);
1312 ar QNA 'الدوحة في 07 ديسمبر /قنا/' (Qatar Airways to Baku, Tbilisi and Yerevan: 'وتبليسي ويريفان', مطار حمد الدولي,
القوقاز, the real group chief executive after 'السيد' then surname, AZAL in quotes after its name, 'غبالة' and 'وادي غابالا'
(one place in two spellings), 'وناختشيفان', 'مطار كوتايسي', باتومي, البحر الأسود, a civil aviation official after 'سعادة
السيد', the aviation authority with 'ب', Zvartnots airport, a sales manager, 'شركة "ديسكفر قطر"', 'جبال كازبيجي', 'دير
غيغارد', ألماتي وطشقند; Qatar, India, Bangladesh, Azerbaijan, Georgia, Armenian, Australia, Indonesia; Airbus's A320neo none);
1313 vi TTXVN 'Điện Biên, 7/12 (TTXVN) -' (a measles campaign: the health department, 'bản Nậm Vì, xã Nậm Kè', a doctor
full then 'Bác sĩ Thưởng', CDC in parentheses inside the centre's name, the provincial hospital, 'các xã Mường Nhé, Sín
Thầu, Chung Chải và Nậm Kè', the hygiene institute, UNICEF after its name, 'dãy Pu Đen Đinh', two villages with no cue
word (Tá Ko Khừ, Cây Số 19), Vừ A Bằng after a title, the provincial border guard, 'cửa khẩu A Pa Chải', Phongsaly's
health department (Lào), a mother full then 'chị Dua', the ministry, Lai Châu, Sơn La, WHO, 'huyện cũ Mường Chà',
'thị xã Mường Lay');
1314 vi TTXVN 'Dhaka, 7/12 (TTXVN) -' (a Vietnamese shoe factory in Bangladesh: the firm with its legal form, an economic
zone with its former name (Bangabandhu Sheikh Mujib industrial city, the person inside it none), 'tỉnh Chattogram' and
'cảng Chittagong' (one place in its two spellings), the chief executive, EU, BIDA and its real chairman then 'Ông Harun',
'cảng nước sâu Matarbari', the embassy, DCCI, a worker, 'huyện Sitakunda', Gazipur, a foreman, Bình Dương, Long An,
Lefaso; Mỹ, Đức, Nhật Bản, Campuchia; Nam Á none);
1315 vi TTXVN 'Huế, 7/12 (TTXVN) -', in NFD (the Huế heritage marathon (the race none): Đại Nội, 'cầu Trường Tiền', 'chùa
Thiên Mụ', 'sông Hương', a Kenyan winner, Vietnamese runners with their teams or towns in parentheses ('(Đội tuyển Quân
đội)', '(Hà Nội)', '(Bình Phước)', '(Thanh Hóa)'), a Lao runner, the organisers' head, streets named after people ('đường
Lê Lợi', 'đường Đào Duy Anh': places), 'cửa Thượng Tứ', the city committee, Tiền Phong newspaper, the athletics
federation, the city's culture department, Hue University, the real city chairman, 'Quần thể di tích Cố đô Huế' (a site,
a place) and the conservation centre named after it, a noodle-shop owner, Đà Nẵng, Quảng Trị, 'phá Tam Giang', 'biển
Thuận An'; Kenya, Lào, Thái Lan, Hàn Quốc);
1316 ru TASS 'ТБИЛИСИ, 7 декабря. /ТАСС/.' (the Georgian Military Road closed by snow: the road in the accusative and
prepositional, 'у Верхнего Ларса' and 'пункте пропуска Верхний Ларс', 'на участке Пасанаури – Степанцминда' and 'Квешети –
Коби' (sections named by their ends, places, with each end), the interior ministry in the prepositional, Коби, the patrol
police in the genitive and its head, 'Крестовом перевале', the FSB border directorate for North Ossetia (one body), the
real head of the republic, Чми, Владикавказе, Ираклий Кобахидзе after 'Премьер-министр' then surname, Power China
('китайская компания'), ADB and EIB, a driver 'из Еревана', Гудаури, a driver from Kazakhstan, Дагестан, the roads
department, the environment agency in the genitive, 'Казбегского муниципалитета'; армянские, российской, Азербайджан);
1317 ru BelTA 'ГРОДНО, 7 декабря (БЕЛТА) –' (the national chess championship: 21 people in the nominative, genitive,
accusative and dative (Кирилла Ступака / Ступака / Ступак, Никиту Майорова / Майоров, Ангелине Сыроежко, Ярошевича), a
trainer with his patronymic, 'Витебска', 'Минска', 'Бобруйска', 'во Дворце творчества детей и молодежи' (a venue, a place),
the chess federation in the prepositional, a deputy minister after 'заместитель министра спорта и туризма' (the ministry
inside the title none), the real Grodno governor after 'председатель Гродненского облисполкома' (the executive committee a
body), the chief arbiter, Lichess (a platform, none), 'ОАО "Гродно Азот"', the Yanka Kupala university (the person inside
its name none), 'в Ташкенте', 'в Раубичах', ФИДЕ after its name; России и Сербии; the olympiad none);
1318 ru Kazinform 'АКТАУ. KAZINFORM –' (dead Caspian seals: 'побережье Мангистау' and 'Мангистауской области', 'Каспийского
моря' and 'Каспия', the ecology ministry in the prepositional, 'поселком Баутино', 'мысом Тюб-Караган', 'села
Форт-Шевченко', the hydrobiology institute, KazNU named after al-Farabi in the genitive, a lab head with his patronymic
then surname, 'Дагестана', the regional forestry inspection in the genitive, its head, 'до Курыка', 'месторождении
Кашаган', the real akim, 'Астрахани и Махачкалы', the Caspian fisheries institute (Russian), 'Калмыкии', a quoted NGO
with a Kazakh letter, an ecologist, IUCN with МСОП, the Red List and the Tehran Convention none, Баку; Туркменистан, Иран);
1319 zh Xinhua '新华社达卡12月6日电（记者 刘春涛）' (the Padma bridge rail link's freight opening: 中国中铁股份有限公司 then 中国中铁,
the link, the bridge, sections named by their ends (达卡至邦加段, 邦加至杰索尔段, 杰索尔至蒙格拉港), the railway's director
general then surname, 库尔纳, 蒙格拉港, the project department (one body), its deputy manager, a rail supplier with 有限公司,
the embassy's commercial office (one body), 纳拉扬甘杰, 吉大港, the statistics bureau, 杰索尔火车站, a jute trader, 达卡大学 with
the country before it, a professor, three towns in a list (法里德布尔、戈巴尔甘杰和纳拉尔), ADB, JICA; 印度, 对华/中方);
1320 zh Xinhua '新华社哈尔滨12月6日电（记者 王春雨）' (a tiger-skin smuggling appeal: the provincial high court and its second
criminal division (a body of its own), the anonymised defendant 孙某某 (a person), 俄罗斯滨海边疆区, 绥芬河口岸, 广东, 福建, the
Harbin customs anti-smuggling bureau, the Mudanjiang intermediate court, the presiding judge, the Northeast Tiger and
Leopard National Park bureau (the park inside its name none), its deputy director, 俄罗斯“豹之乡”国家公园, 珲春, 东宁, WWF with
its acronym (its Beijing office not a body apart), an expert, the forestry university and its school, a professor, the
forestry administration's planning institute (one body));
1321 zh Xinhua '新华社霍尼亚拉12月6日电（记者 郭磊）' (a Chinese medical team's free clinic (the team none): 马莱塔省, 奥基, the
Guangdong provincial hospital, the team leader, 奥基地区医院, the health ministry, its permanent secretary, the National
Referral Hospital, the real Malaita premier after '省长', 马卢乌, 朗阿朗阿潟湖, a fisherman, the embassy, the WHO country
office (one body); 澳大利亚, 新西兰; 太平洋岛国 none).
Every invented minor name and firm was checked with grep against the articles, golds and make-gold scripts of all
earlier sets before the articles were committed; replaced after that check: Ganzorig (holdout13/38), Tsetsegmaa
(holdout67), الكعبي (holdout26/33), الطنيجي (holdout72), الشربيني (holdout38/42/44), الهاجري (holdout11/43), Langat
(holdout51), Саркисян (holdout69), Левчук (holdout30), Ковалев (holdout16/55), Сагындыков (holdout71), Оспанова
(holdout66), Гринкевич (holdout69). Real and shared names were kept (the agencies, capitals, regions, cities, the real
figures).

Conventions as holdout72 (titles, ranks and honorifics no part of a name: President, Prime Minister, Health Minister,
chief executive, mayor, le président, M., Mme, Me, le wali, الدكتور, الباحثة, السيد, سعادة السيد, صاحب السمو الشيخ الدكتور,
bác sĩ, Giám đốc, Phó Chủ tịch UBND tỉnh, Tổng giám đốc, Chủ tịch, ông/Ông, bà, chị, anh, Премьер-министр, глава
республики, заместитель министра, председатель, Президент федерации, Аким, 记者, 局长, 副经理, 审判长, 副局长, 教授, 队长,
常务秘书, 省长); a surname (or a Vietnamese given name) alone an alias; every surface form an alias, Russian cases and Arabic
clitic forms included; countries as ISO codes, never entities (adjectives, nationality nouns and names inside bodies name
their country: Mongolia's MN, Export Finance Australia AU, indonésien ID, calédonien NC, algériens DZ, mauritanienne MR,
bulgare BG, hongrois HU, الألمانية DE, البلجيكي BE, المصرية EG, الأذربيجانية AZ, الأرمينية AM, Việt Nam in the bodies'
names VN, Kenya KE, китайская CN, армянские AM, российской/Российские RU, 日本国际协力机构 JP …); a city names no country
(Castries, San Juan, Jakarta, Luxembourg, Sofia, ألماتي, طشقند, Ташкенте, Баку …), a capital standing
for the state a place, its country named anyway (Paris, Nouakchott); a currency's country none; a generic word before or
after a place an alias (South Gobi province, Khanbogd soum, Undai river, Tavan Tolgoi power plant, Lauriston airport,
Keflavík airport, Reykjanes peninsula, Sundhnúkur crater row, Suðurnes region, Reykjanesbraut highway, port de Vavouto,
route territoriale RT1, quartier Hassi Mounir, erg Iguidi, pont Giurgiu-Roussé, route Tindouf-Zouérate, موقع مليحة, جزيرة
الدهب, نهر النيل, حي جنوب الجيزة, منطقة المنيب, مركز أبو النمرس, مطار كوتايسي, جبال كازبيجي, bản Nậm Vì, xã Nậm Kè, dãy Pu
Đen Đinh, cửa khẩu A Pa Chải, thị xã Mường Lay, khu kinh tế Mirsarai, cảng Chittagong, huyện Sitakunda, cầu Trường Tiền,
chùa Thiên Mụ, sông Hương, đường Lê Lợi, phá Tam Giang, поселком Баутино, мысом Тюб-Караган, села Форт-Шевченко,
месторождении Кашаган, 绥芬河口岸, 马莱塔省), while 'usine de nickel de Koniambo', 'la wilaya de Tindouf', 'la wilaya de
Jijel' and 'la gare d'Oum El Assel' with de give the bare name only; a plural noun before a list gives its first item
the noun ('các xã Mường Nhé'); a legal form or generic noun before a quoted name an alias with the quoted name ('ОАО
"Гродно Азот"', 'شركة "ديسكفر قطر"'); legal forms outside a Latin-script canonical ('Dunav Trans Logistik' with 'Dunav
Trans Logistik EOOD') but inside a Vietnamese or Chinese one (Công ty TNHH …, …股份有限公司); universities and their
faculties, hospitals, museums and newspapers organizations (a faculty or a court's division one body of its own:
东北林业大学野生动物与自然保护地学院, 黑龙江省高级人民法院刑二庭; a country office one body: 世界卫生组织驻所罗门群岛代表处); venues
and sites places (the Blue Lagoon, Дворец творчества детей и молодежи, Quần thể di tích Cố đô Huế, دير غيغارد); mines,
orebodies, plants, ports, airports, stations, border crossings, bridges, national parks, forts, craters and capes places;
roads, railway lines and their sections places, with each end named in them a place too (Gara Djebilet-Béchar,
Tindouf-Béchar, Tindouf-Zouérate, Giurgiu-Roussé, Пасанаури – Степанцминда, Квешети – Коби, 达卡至邦加段, 邦加至杰索尔段,
杰索尔至蒙格拉港); a place only inside an organization's name not counted (Bucarest, Sofia, Phông Xa Lỳ, Северной Осетии,
东北虎豹国家公园, 北京, 广东 in the hospital's name); races, championships, olympiads, hurricanes, satellites, boats, aircraft
types, platforms, medical teams, listings, lists and treaties none (Hurricane Beryl, Osprey Express, Sentinel-1, A320neo,
Lichess, the Huế marathon, шахматной олимпиаде, المشهد الثقافي لفاية, Красную книгу, Тегеранской конвенции, 中国援所罗门群岛医疗队);
multi-country regions none (Nam Á, 太平洋岛国), while القوقاز (a named region written as a destination) is a place as earlier
golds keep the Caucasus and the Fergana Valley. New here:
- a place with its old and new names given together one place ('Thành phố công nghiệp Bangabandhu Sheikh Mujib, nay được
  gọi là khu kinh tế Mirsarai'; the person inside the old name none), and a city in its two spellings one place
  ('tỉnh Chattogram' and 'cảng Chittagong'; 'غبالة' and 'وادي غابالا');
- a provincial body named like its territory ('la province Nord' that announces and has a president) an organization, the
  bare region ('tout le Nord') a place;
- an anonymised defendant (孙某某) a person;
- an orebody named with no cue in a quote ('Hugo Lode') a place;
- the title formula 'عضو المجلس الأعلى حاكم الشارقة' gives the Supreme Council as an organization;
- an article that names no country but one foreign one (1320: Chinese provinces and courts only, 俄罗斯 named) gives that
  one code and no CN.
Countries: AU, CN, MN (1304); BB, CU, GD, PR, VC, VE (1305: Castries names no St Lucia, San Juan is with Puerto Rico);
IS, IT, NO, US (1306); CN, FR, ID, JP, KR, NC (1307: Glencore and Harita in no country here but Indonesia by the
adjective); CN, DZ, MR (1308: Tosyali named with no country); BG, HU, RO (1309: Luxembourg the court's seat, a city; the
EU none); AE, BE, DE, IN, OM (1310); EG (1311); AM, AU, AZ, BD, GE, ID, IN, QA (1312: ألماتي and طشقند cities); LA, VN
(1313); BD, DE, JP, KH, US, VN (1314); KE, KR, LA, TH, VN (1315); AM, AZ, CN, GE, KZ, RU (1316); BY, RS, RU (1317:
Ташкенте a city); AZ, IR, KZ, RU, TM (1318); BD, CN, IN, JP (1319); RU (1320); AU, CN, NZ, SB (1321).
Judgement calls: 'Rio' an alias of Rio Tinto; Erdenes Oyu Tolgoi a body apart from the mine; Khan Altai Securities a body
though it follows 'the Ulaanbaatar brokerage'; 'St. George's University' a body apart from the capital; the Princess Royal
Hospital a body, Belair its place; 'Svartsengi plant' with the power plant; Keflavík the town with its airport; Þórkatla
and Hraunvangur bodies; 'massif du Koniambo' a place apart from the Koniambo plant; Tosyali a firm (its plant is only
'l'usine de Tosyali'); 'tribunal de Bucarest' and 'barreau de Sofia' bodies named after cities; 'UBRT' as written;
'ministère roumain des Finances' as written; 'المجلس الأعلى' an organization; 'قلعة مليحة' a place apart from مليحة;
'المنطقة الوسطى' a place; 'مصلحة الخبراء بوزارة العدل' one body; 'كورنيش المعادي' and 'كوبري المنيب' places of their own;
'أم هاشم عبد التواب' a person; 'الخطوط الجوية القطرية' with 'مجموعة الخطوط الجوية القطرية'; 'Trung tâm Kiểm soát bệnh tật'
with CDC (the province after the parenthesis not in the canonical); 'Bộ Đội Biên phòng tỉnh' and 'Bệnh viện Đa khoa tỉnh' as
written; 'Đại sứ quán Việt Nam' as written; 'Đội tuyển Quân đội' an organization (a team); 'пограничное управление ФСБ по
Северной Осетии' one body; 'Гродненский облисполком' an organization; 'Дворец творчества детей и молодежи' a venue;
'Каспий табиғаты' as written; 'Мангистау' an alias of Мангистауская область; 达卡大学 with '孟加拉国达卡大学'; the line's
project department one body; 世界自然基金会 with WWF (the Beijing office after the parenthesis not a body apart); '豹之乡'
with its quoted park form."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1304_en.txt": ("en", ["AU", "CN", "MN"], [
  (L, "Ulaanbaatar", ["ULAANBAATAR"]), (O, "Reuters", []), (L, "Oyu Tolgoi", []), (O, "Rio Tinto", ["Rio"]),
  (L, "South Gobi", ["South Gobi province"]), (L, "Gashuunsukhait", []), (L, "Inner Mongolia", []),
  (L, "Hugo Lode", []), (P, "Batbayar Enkhtuvshin", ["Enkhtuvshin"]), (O, "Khan Altai Securities", []),
  (O, "Erdenes Oyu Tolgoi", []), (P, "Ukhnaagiin Khurelsukh", ["Khurelsukh"]), (P, "Simon Trott", []),
  (O, "State Great Khural", []), (L, "Tavan Tolgoi", ["Tavan Tolgoi power plant"]),
  (L, "Khanbogd", ["Khanbogd soum"]), (L, "Sainshand", []), (L, "Dalanzadgad", []),
  (L, "Undai", ["Undai river"]), (P, "Solongo Baatarsuren", []), (L, "Javkhlant", []),
  (O, "Turquoise Hill Resources", []), (O, "European Bank for Reconstruction and Development", ["EBRD"]),
  (O, "Export Finance Australia", []), (P, "Munkhchimeg Davaasharav", []), (P, "Tom Hogue", [])]),
 "1305_en.txt": ("en", ["BB", "CU", "GD", "PR", "VC", "VE"], [
  (L, "St. George's", ["ST. GEORGE'S"]), (O, "Associated Press", ["AP"]), (L, "Carriacou", []),
  (P, "Dickon Mitchell", ["Mitchell"]), (L, "Hillsborough", []), (O, "Caribbean Development Bank", []),
  (P, "Philip Telesford", []), (O, "Princess Royal Hospital", []), (L, "Belair", []),
  (O, "St. George's University", []), (L, "Petite Martinique", []), (L, "Windward", []), (L, "L'Esterre", []),
  (O, "International Organization for Migration", []), (P, "Glenda Alexis-Frederick", ["Alexis-Frederick"]),
  (L, "Harvey Vale", []), (L, "Lauriston", ["Lauriston airport"]), (O, "Carriacou Ferry Company", []),
  (O, "World Bank", []), (O, "United Nations Development Programme", []),
  (O, "Organisation of Eastern Caribbean States", ["OECS"]), (L, "Castries", []), (P, "Danica Coto", []),
  (L, "San Juan", [])]),
 "1306_en.txt": ("en", ["IS", "IT", "NO", "US"], [
  (L, "Reykjavik", ["REYKJAVIK"]), (O, "AFP", []),
  (L, "Svartsengi", ["Svartsengi power plant", "Svartsengi plant"]), (O, "Icelandic Meteorological Office", []),
  (L, "Reykjanes", ["Reykjanes peninsula"]), (L, "Sundhnúkur", ["Sundhnúkur crater row"]),
  (P, "Benedikt Ófeigsson", ["Ófeigsson"]), (O, "University of Iceland", []),
  (O, "Nordic Volcanological Center", []), (O, "European Space Agency", []), (L, "Grindavík", []),
  (P, "Fannar Jónasson", []), (O, "Þórkatla", []), (L, "Blue Lagoon", []), (O, "HS Orka", []),
  (L, "Suðurnes", ["Suðurnes region"]), (O, "Civil Protection Department", []), (P, "Halla Tómasdóttir", []),
  (P, "Ragnheiður Einarsdóttir", []), (L, "Keflavík", ["Keflavík airport"]), (O, "Hraunvangur", []),
  (L, "Reykjanesbraut", ["Reykjanesbraut highway"]), (O, "Icelandic Tourist Board", [])]),
 "1307_fr.txt": ("fr", ["CN", "FR", "ID", "JP", "KR", "NC"], [
  (L, "Nouméa", []), (O, "AFP", []), (L, "Koniambo", []), (O, "Harita Nickel", []), (O, "province Nord", []),
  (L, "Vavouto", ["port de Vavouto"]), (L, "Voh", []), (O, "Glencore", []),
  (O, "Société minière du Sud Pacifique", ["SMSP"]), (L, "Jakarta", []), (L, "Koné", []), (L, "Nord", []),
  (P, "Paul Néaoutyine", []), (P, "Yannick Wapotro", []), (P, "Louis Le Franc", []), (L, "Paris", []),
  (O, "Agence française de développement", ["AFD"]), (O, "Société Le Nickel", ["SLN"]), (O, "Eramet", []),
  (L, "Doniambo", []), (O, "Prony Resources", []), (L, "Goro", []), (L, "Grand Sud", []),
  (P, "Soraya Hnawia-Tein", []), (O, "Université de la Nouvelle-Calédonie", []), (L, "Sulawesi", []),
  (L, "massif du Koniambo", []), (L, "RT1", ["route territoriale RT1"]), (O, "USTKE", []), (L, "Pouembout", [])]),
 "1308_fr.txt": ("fr", ["CN", "DZ", "MR"], [
  (L, "Alger", []), (O, "APS", []), (L, "Gara Djebilet", []), (L, "Gara Djebilet-Béchar", []), (L, "Béchar", []),
  (L, "Tindouf", []), (O, "ministère des Transports", []),
  (O, "Société nationale des transports ferroviaires", ["SNTF"]), (L, "Bellara", []), (L, "Jijel", []),
  (O, "Tosyali", []), (L, "Bethioua", []), (L, "Oran", []), (P, "Abdelmadjid Tebboune", []),
  (L, "Tindouf-Béchar", []),
  (O, "Agence nationale d'études et de suivi de la réalisation des investissements ferroviaires", ["ANESRIF"]),
  (O, "Cosider", []), (O, "Infrafer", []), (L, "Abadla", []), (L, "Hammaguir", []), (O, "Feraal", []),
  (P, "Lakhdar Benyoucef", ["Benyoucef"]), (O, "CRCC", []), (P, "Mohamed Seddik Aït Hamouda", []),
  (L, "Oum El Assel", []), (L, "Hassi Mounir", ["quartier Hassi Mounir"]), (P, "Fatima Zohra Bouhraoua", []),
  (L, "Nouakchott", []), (L, "Tindouf-Zouérate", ["route Tindouf-Zouérate"]), (L, "Zouérate", []),
  (O, "Agence spatiale algérienne", ["ASAL"]), (L, "Iguidi", ["erg Iguidi"])]),
 "1309_fr.txt": ("fr", ["BG", "HU", "RO"], [
  (L, "Luxembourg", []), (O, "AFP", []), (O, "Cour de justice de l'Union européenne", ["CJUE"]),
  (L, "Roussé", []), (L, "Giurgiu-Roussé", ["pont Giurgiu-Roussé"]), (L, "Giurgiu", []),
  (O, "Dunav Trans Logistik", ["Dunav Trans Logistik EOOD"]),
  (O, "Agence nationale de l'administration fiscale", ["ANAF"]), (O, "tribunal de Bucarest", []),
  (L, "Danube", []), (P, "Kalin Stoyanov", []), (O, "barreau de Sofia", []), (P, "Plamen Dimitrov-Koev", []),
  (L, "Constanța", []), (O, "Commission européenne", []), (O, "ministère roumain des Finances", []),
  (O, "Compagnie nationale d'administration des infrastructures routières", ["CNAIR"]),
  (P, "Tamara Ćapeta", []), (O, "UBRT", []), (L, "Vidin", []), (L, "Silistra", []), (L, "Oradea", [])]),
 "1310_ar.txt": ("ar", ["AE", "BE", "DE", "IN", "OM"], [
  (L, "الشارقة", []), (O, "وام", []), (O, "هيئة الشارقة للآثار", []), (L, "مليحة", ["موقع مليحة"]),
  (P, "صباح عبود جاسم", []), (O, "جامعة توبنغن", []), (L, "قلعة مليحة", []), (L, "جبل البحيص", []),
  (P, "سلطان بن محمد القاسمي", []), (O, "المجلس الأعلى", []), (O, "مركز مليحة للآثار", []),
  (O, "متحف الشارقة للآثار", []), (P, "مريم راشد النقبي", ["النقبي"]), (O, "جامعة الشارقة", []),
  (L, "المدام", ["والمدام"]), (O, "جامعة الإمارات العربية المتحدة", []), (L, "الذيد", ["والذيد"]),
  (P, "برونو أوفرلات", []), (O, "منظمة الأمم المتحدة للتربية والعلم والثقافة", ["اليونسكو"]),
  (O, "دائرة الثقافة بالشارقة", []), (P, "سالم عبيد المزروعي", []), (L, "دبي", []), (L, "عجمان", ["وعجمان"]),
  (L, "المنطقة الوسطى", [])]),
 "1311_ar.txt": ("ar", ["EG"], [
  (L, "القاهرة", []), (O, "وكالة أنباء الشرق الأوسط", ["لوكالة أنباء الشرق الأوسط", "أ ش أ"]),
  (O, "محكمة القضاء الإداري", []), (O, "مجلس الدولة", ["بمجلس الدولة"]), (O, "محافظة الجيزة", []),
  (L, "الدهب", ["جزيرة الدهب", "بجزيرة الدهب"]), (L, "النيل", ["نهر النيل", "بنهر النيل"]),
  (L, "جنوب الجيزة", ["حي جنوب الجيزة"]), (P, "عادل حنفي السنباطي", ["السنباطي"]),
  (O, "مصلحة الخبراء بوزارة العدل", []), (O, "المحكمة الإدارية العليا", []),
  (O, "صندوق التنمية الحضرية", []), (O, "هيئة المجتمعات العمرانية الجديدة", []),
  (L, "الوراق", ["جزيرة الوراق"]), (O, "المبادرة المصرية للحقوق الشخصية", []), (P, "أم هاشم عبد التواب", []),
  (L, "المنيب", ["منطقة المنيب"]), (L, "كورنيش المعادي", ["وكورنيش المعادي"]), (L, "كوبري المنيب", []),
  (L, "أبو النمرس", ["مركز أبو النمرس"]), (O, "وزارة الري", []), (L, "حلوان", ["وحلوان"]),
  (O, "هيئة المساحة المصرية", [])]),
 "1312_ar.txt": ("ar", ["AM", "AU", "AZ", "BD", "GE", "ID", "IN", "QA"], [
  (L, "الدوحة", ["بالدوحة"]), (O, "قنا", []),
  (O, "الخطوط الجوية القطرية", ["مجموعة الخطوط الجوية القطرية"]), (L, "مطار حمد الدولي", []),
  (L, "باكو", []), (L, "تبليسي", ["وتبليسي"]), (L, "يريفان", ["ويريفان"]), (L, "القوقاز", []),
  (P, "بدر محمد المير", ["المير"]), (O, "الخطوط الجوية الأذربيجانية", ["أزال"]),
  (L, "غبالة", ["غابالا", "وادي غابالا"]), (L, "ناختشيفان", ["وناختشيفان"]),
  (L, "كوتايسي", ["مطار كوتايسي"]), (L, "باتومي", []), (L, "البحر الأسود", []),
  (P, "أحمد سالم العذبة", []), (O, "هيئة الطيران المدني القطرية", ["بهيئة الطيران المدني القطرية"]),
  (L, "زفارتنوتس", ["مطار زفارتنوتس الدولي"]), (P, "ليلى فؤاد العمادي", []),
  (O, "ديسكفر قطر", ["شركة \"ديسكفر قطر\""]), (L, "كازبيجي", ["جبال كازبيجي"]), (L, "دير غيغارد", []),
  (L, "ألماتي", []), (L, "طشقند", ["وطشقند"])]),
 "1313_vi.txt": ("vi", ["LA", "VN"], [
  (L, "Điện Biên", ["tỉnh Điện Biên"]), (O, "TTXVN", []), (O, "Sở Y tế tỉnh Điện Biên", []),
  (L, "Nậm Vì", ["bản Nậm Vì"]), (L, "Nậm Kè", ["xã Nậm Kè"]), (P, "Lò Văn Thưởng", ["Thưởng"]),
  (O, "Trung tâm Kiểm soát bệnh tật", ["CDC"]), (O, "Bệnh viện Đa khoa tỉnh", []),
  (L, "Mường Nhé", ["các xã Mường Nhé"]), (L, "Sín Thầu", []), (L, "Chung Chải", []),
  (O, "Viện Vệ sinh dịch tễ Trung ương", []), (O, "Quỹ Nhi đồng Liên hợp quốc", ["UNICEF"]),
  (L, "Pu Đen Đinh", ["dãy Pu Đen Đinh"]), (L, "Tá Ko Khừ", []), (L, "Cây Số 19", []), (P, "Vừ A Bằng", []),
  (O, "UBND tỉnh Điện Biên", []), (O, "Bộ Đội Biên phòng tỉnh", []), (L, "A Pa Chải", ["cửa khẩu A Pa Chải"]),
  (O, "Sở Y tế tỉnh Phông Xa Lỳ", []), (P, "Giàng Thị Dua", ["Dua"]), (O, "Bộ Y tế", []), (L, "Lai Châu", []),
  (L, "Sơn La", []), (O, "Tổ chức Y tế Thế giới", ["WHO"]), (L, "Mường Chà", []),
  (L, "Mường Lay", ["thị xã Mường Lay"])]),
 "1314_vi.txt": ("vi", ["BD", "DE", "JP", "KH", "US", "VN"], [
  (L, "Dhaka", []), (O, "TTXVN", []), (O, "Công ty TNHH Giày da Hưng Phát Đạt", ["Hưng Phát Đạt"]),
  (L, "Mirsarai", ["khu kinh tế Mirsarai", "Thành phố công nghiệp Bangabandhu Sheikh Mujib"]),
  (L, "Chattogram", ["tỉnh Chattogram", "Chittagong", "cảng Chittagong"]), (P, "Trịnh Quốc Hưng", []),
  (O, "Liên minh châu Âu", ["EU"]), (O, "Cơ quan Phát triển Đầu tư Bangladesh", ["BIDA"]),
  (P, "Chowdhury Ashik Mahmud Bin Harun", ["Harun"]), (L, "Matarbari", ["cảng nước sâu Matarbari"]),
  (O, "Đại sứ quán Việt Nam", []), (O, "Phòng Thương mại và Công nghiệp Dhaka", ["DCCI"]),
  (P, "Nasrin Akter", []), (L, "Sitakunda", ["huyện Sitakunda"]), (L, "Gazipur", []),
  (P, "Đoàn Minh Khuê", []), (L, "Bình Dương", []), (L, "Long An", ["tỉnh Long An"]),
  (O, "Hiệp hội Da - Giày - Túi xách Việt Nam", ["Lefaso"])]),
 "1315_vi.txt": ("vi", ["KE", "KR", "LA", "TH", "VN"], [
  (L, "Huế", []), (O, "TTXVN", []), (L, "Đại Nội", []), (L, "Trường Tiền", ["cầu Trường Tiền"]),
  (L, "Thiên Mụ", ["chùa Thiên Mụ"]), (L, "Hương", ["sông Hương"]), (P, "Amos Kiprotich Chepkwony", []),
  (P, "Hoàng Nguyên Thanh", []), (O, "Đội tuyển Quân đội", []), (P, "Đỗ Quốc Luật", []), (L, "Hà Nội", []),
  (P, "Nguyễn Thị Ninh", []), (P, "Lê Thị Tuyết", []), (L, "Bình Phước", []), (P, "Phạm Thị Hồng Lệ", []),
  (L, "Thanh Hóa", []), (P, "Phouthone Sivilay", []), (P, "Trần Hữu Phước", []),
  (L, "Lê Lợi", ["đường Lê Lợi"]), (L, "Thượng Tứ", ["cửa Thượng Tứ"]), (O, "UBND thành phố Huế", []),
  (O, "Báo Tiền Phong", []), (O, "Liên đoàn Điền kinh Việt Nam", []),
  (O, "Sở Văn hóa và Thể thao thành phố Huế", []), (O, "Đại học Huế", []), (P, "Nguyễn Văn Phương", []),
  (L, "Quần thể di tích Cố đô Huế", []), (O, "Trung tâm Bảo tồn Di tích Cố đô Huế", []), (P, "Hồ Thị Lài", []),
  (L, "Đào Duy Anh", ["đường Đào Duy Anh"]), (L, "Đà Nẵng", []), (L, "Quảng Trị", []),
  (L, "Tam Giang", ["phá Tam Giang"]), (L, "Thuận An", ["biển Thuận An"])]),
 "1316_ru.txt": ("ru", ["AM", "AZ", "CN", "GE", "KZ", "RU"], [
  (L, "Тбилиси", ["ТБИЛИСИ"]), (O, "ТАСС", []),
  (L, "Военно-Грузинская дорога", ["Военно-Грузинскую дорогу", "Военно-Грузинской дороге"]),
  (L, "Верхний Ларс", ["Верхнего Ларса"]), (L, "Пасанаури – Степанцминда", []), (L, "Пасанаури", []),
  (L, "Степанцминда", []), (O, "Министерство внутренних дел Грузии", ["Министерстве внутренних дел Грузии"]),
  (L, "Коби", []), (O, "Служба патрульной полиции", ["Службы патрульной полиции"]), (P, "Мамука Чочишвили", []),
  (L, "Крестовый перевал", ["Крестовом перевале"]),
  (O, "пограничное управление ФСБ по Северной Осетии", ["пограничного управления ФСБ по Северной Осетии"]),
  (P, "Сергей Меняйло", []), (L, "Чми", []), (L, "Владикавказ", ["Владикавказе"]),
  (P, "Ираклий Кобахидзе", ["Кобахидзе"]), (L, "Квешети – Коби", []), (L, "Квешети", []),
  (O, "Power China", []), (O, "Азиатский банк развития", []), (O, "Европейский инвестиционный банк", []),
  (P, "Ашот Арутюнян", []), (L, "Ереван", ["Еревана"]), (L, "Гудаури", []), (P, "Ерболат Нургалиев", []),
  (L, "Дагестан", []), (O, "Департамент автомобильных дорог Грузии", []),
  (O, "Национальное агентство окружающей среды", ["Национального агентства окружающей среды"]),
  (L, "Казбегский муниципалитет", ["Казбегского муниципалитета"])]),
 "1317_ru.txt": ("ru", ["BY", "RS", "RU"], [
  (L, "Гродно", ["ГРОДНО"]), (O, "БЕЛТА", []), (P, "Владислав Кузьмицкий", ["Кузьмицкий"]),
  (L, "Дворец творчества детей и молодежи", ["Дворце творчества детей и молодежи"]),
  (O, "Белорусская федерация шахмат", ["Белорусской федерации шахмат"]),
  (P, "Кирилл Ступак", ["Кирилла Ступака", "Ступака", "Ступак"]),
  (P, "Никита Майоров", ["Никиту Майорова", "Майоров"]), (P, "Денис Лазовик", []),
  (P, "Александр Пискунович", []), (L, "Витебск", ["Витебска"]), (P, "Станислав Борщевский", []),
  (P, "Тимофей Ракович", []), (P, "Илья Нерадовский", []), (P, "Павел Талах", []), (P, "Артем Мазуренко", []),
  (P, "Петр Давидович Грибовский", []), (P, "Анастасия Зиновенко", ["Зиновенко"]), (L, "Минск", ["Минска"]),
  (P, "Ольга Бадельская", []), (P, "Кристина Ставрович", []), (L, "Бобруйск", ["Бобруйска"]),
  (P, "Евгения Кушнерова", []), (P, "Вероника Ясюченко", []), (P, "Ангелина Сыроежко", ["Ангелине Сыроежко"]),
  (P, "Андрей Жиряков", []), (O, "Гродненский облисполком", ["Гродненского облисполкома"]),
  (P, "Юрий Караев", []), (P, "Тадеуш Войтехович", []), (O, "Гродно Азот", ["ОАО \"Гродно Азот\""]),
  (O, "Гродненский государственный университет имени Янки Купалы", []),
  (P, "Виктор Ярошевич", ["Ярошевича"]), (L, "Ташкент", ["Ташкенте"]), (L, "Раубичи", ["Раубичах"]),
  (O, "Международная шахматная федерация", ["ФИДЕ"])]),
 "1318_ru.txt": ("ru", ["AZ", "IR", "KZ", "RU", "TM"], [
  (L, "Актау", ["АКТАУ"]), (O, "Kazinform", ["KAZINFORM"]),
  (L, "Мангистауская область", ["Мангистау", "Мангистауской области"]),
  (L, "Каспийское море", ["Каспийского моря", "Каспия"]),
  (O, "Министерство экологии и природных ресурсов Республики Казахстан",
   ["Министерстве экологии и природных ресурсов Республики Казахстан"]),
  (L, "Баутино", ["поселком Баутино"]), (L, "Тюб-Караган", ["мысом Тюб-Караган"]),
  (L, "Форт-Шевченко", ["села Форт-Шевченко"]), (O, "Институт гидробиологии и экологии", []),
  (O, "Казахский национальный университет имени аль-Фараби",
   ["Казахского национального университета имени аль-Фараби"]),
  (P, "Асхат Кенжебулатович Абилкасымов", ["Абилкасымов"]), (L, "Дагестан", ["Дагестана"]),
  (O, "Мангистауская областная территориальная инспекция лесного хозяйства и животного мира",
   ["Мангистауской областной территориальной инспекции лесного хозяйства и животного мира"]),
  (P, "Нурлан Есетов", []), (L, "Курык", ["Курыка"]), (L, "Кашаган", ["месторождении Кашаган"]),
  (P, "Нурдаулет Килыбай", []), (L, "Астрахань", ["Астрахани"]), (L, "Махачкала", ["Махачкалы"]),
  (O, "Каспийский научно-исследовательский институт рыбного хозяйства",
   ["Каспийского научно-исследовательского института рыбного хозяйства"]),
  (L, "Калмыкия", ["Калмыкии"]), (O, "Каспий табиғаты", []),
  (P, "Динара Жумабаевна Жаксылыкова", []),
  (O, "Международный союз охраны природы", ["Международного союза охраны природы", "МСОП"]), (L, "Баку", [])]),
 "1319_zh.txt": ("zh", ["BD", "CN", "IN", "JP"], [
  (O, "新华社", []), (L, "达卡", []), (P, "刘春涛", []), (O, "中国中铁股份有限公司", ["中国中铁"]),
  (L, "帕德玛大桥铁路连接线", []), (L, "杰索尔", []), (L, "帕德玛大桥", []), (L, "达卡至邦加段", []),
  (L, "邦加", []), (L, "邦加至杰索尔段", []), (O, "孟加拉国铁路局", []), (P, "阿夫扎尔·侯赛因", ["侯赛因"]),
  (L, "库尔纳", []), (L, "蒙格拉港", []), (L, "杰索尔至蒙格拉港", []),
  (O, "中国中铁帕德玛大桥铁路连接线项目经理部", []), (P, "王立伟", []), (O, "中铁宝桥集团有限公司", []),
  (O, "中国驻孟加拉国大使馆经济商务处", []), (L, "纳拉扬甘杰", []), (L, "吉大港", []),
  (O, "孟加拉国统计局", []), (L, "杰索尔火车站", []), (P, "穆罕默德·拉希杜尔·伊斯兰", []),
  (O, "达卡大学", ["孟加拉国达卡大学"]), (P, "塞利姆·拉赫曼", []), (L, "法里德布尔", []),
  (L, "戈巴尔甘杰", []), (L, "纳拉尔", []), (O, "亚洲开发银行", []), (O, "日本国际协力机构", [])]),
 "1320_zh.txt": ("zh", ["RU"], [
  (O, "新华社", []), (L, "哈尔滨", []), (P, "王春雨", []), (O, "黑龙江省高级人民法院", []), (P, "孙某某", []),
  (L, "滨海边疆区", []), (L, "绥芬河", ["绥芬河口岸"]), (L, "广东", []), (L, "福建", []),
  (O, "哈尔滨海关缉私局", []), (O, "牡丹江市中级人民法院", []), (O, "黑龙江省高级人民法院刑二庭", []),
  (P, "李淑梅", []), (O, "东北虎豹国家公园管理局", []), (P, "赵立新", []),
  (L, "豹之乡", ["“豹之乡”国家公园"]), (L, "珲春", []), (L, "东宁", []), (O, "世界自然基金会", ["WWF"]),
  (P, "许琳", []), (O, "东北林业大学", []), (O, "东北林业大学野生动物与自然保护地学院", []), (P, "蒋志刚", []),
  (O, "国家林业和草原局森林和草原调查规划院", [])]),
 "1321_zh.txt": ("zh", ["AU", "CN", "NZ", "SB"], [
  (O, "新华社", []), (L, "霍尼亚拉", []), (P, "郭磊", []), (L, "马莱塔", ["马莱塔省"]), (L, "奥基", []),
  (O, "广东省人民医院", []), (P, "陈嘉宁", []), (O, "奥基地区医院", []), (O, "所罗门群岛卫生和医疗服务部", []),
  (P, "彭尼·里昂", []), (O, "国家转诊医院", []), (P, "马丁·福尼", []), (L, "马卢乌", []),
  (L, "朗阿朗阿潟湖", []), (P, "约翰·马埃利亚", []), (O, "中国驻所罗门群岛大使馆", []),
  (O, "世界卫生组织驻所罗门群岛代表处", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout73", G)
write_gold(here, "holdout73", "holdout73-gold.json", G)
