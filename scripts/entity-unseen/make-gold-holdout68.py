#!/usr/bin/env python3
"""Writes holdout68-gold.json for the articles in holdout68/ (same format and conventions as make-gold-holdout67.py and,
through it, holdout60-66). A SENTINEL set (never fitted), written blind in session 44 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first (b168143), then this gold): wire
news on topics the earlier sets had little of (a rail strike, a vaccine campaign twice, a reservoir and the families it
moves, an election recount, a museum theft, a port expansion, an archaeological find, a pension reform twice, a
marathon, a language-teaching programme, a drought and crop insurance, a violin competition, a space launch, a dam, a
wildfire, a trade fair), set mostly in countries the earlier sets rarely used (Sri Lanka, Ghana, Panama, Guinea, Benin,
Djibouti and Ethiopia, Libya, Mauritania, Saudi Arabia, Latvia and the Baltic, Peru) and in the corpus's own (Vietnam,
Belarus, Kazakhstan, China); REAL public figures and bodies mixed with invented minor people, firms and villages;
3 en, 3 fr, 3 ar, 3 vi (1225 entirely in NFD), 3 ru (1227 with a long list of names, several with the Latin spelling in
parentheses), 3 zh:
1214 en Xinhua 'COLOMBO, Dec. 6 (Xinhua) --' (an engine drivers' strike: Sri Lanka Railways (SLR), Colombo Fort
station, Kandy, Badulla, Galle, Matara, Pettah, Maradana, SLTB after its name, a union secretary full then surname only,
Dematagoda running shed, Bimal Rathnayake, the Railway Protection Force, the Kelani Valley line, Jaffna, Kankesanthurai,
Ella, Nanu Oya, Haputale, 'RITES Ltd', Export-Import Bank of India, ADB, Anuradhapura, Sri Lanka Freedom Party,
Samagi Jana Balawegaya / SJB, Harsha de Silva, 'on X' (none), Ratmalana railway workshop);
1215 en GNA 'Tamale, Dec. 6, GNA –' (the R21 malaria vaccine in the Northern Region: GHS, a regional director full then
'Dr Yakubu', Kpalgun-Yapala, Tolon District, University of Oxford, Serum Institute of India, 'Gavi, the Vaccine
Alliance' / Gavi, UNICEF after its full name, five districts' towns, 'the Upper East, Upper West and Bono East regions',
EPI (a programme, none), the Navrongo and Kintampo health research centres, titles Mrs/Mr/Dr/Alhaji, the real health
minister, WHO, GSK, vaccines (none), the agency's full name inside a quote's attribution, a closing 'GNA' line);
1216 en Reuters 'PANAMA CITY, Dec 6 (Reuters) -' (the Rio Indio reservoir: Panama Canal (headline) and Panama Canal
Authority (ACP), hamlets El Jobo and Boca de Uracillo, 'the province of Colón', Nuevo Limón, Ricaurte Vásquez full then
surname, Coclé, Panamá Oeste, 'the Indio River' / 'the Indio', Gatun Lake, Lake Alhajuela, José Raúl Mulino, the
National Assembly, a farmer with two surnames, a farmers' group in Spanish, the IACHR, 'Constructora Istmeña del Norte
S.A.', Van Oord, a Spanish-named foundation, Penonomé, a reporting/editing line);
1217 fr AGP 'Conakry, 6 déc (AGP) -' (a recount ordered by the Cour suprême in Kankan, Kérouané and Mandiana,
Haute-Guinée, DGE, CEDEAO, Union africaine, UFDG / RPG Arc-en-ciel / GMD after their names, titles Mme/M./Me, Mamadi
Doumbouya, Alpha Condé, Cellou Dalein Diallo, hyphenated surnames, sous-préfectures Morodou and Niantanina, a military
camp named after Soundiata Keïta, Dakar, Assemblée nationale, a closing 'AGP' line);
1218 fr AFP 'COTONOU, 6 décembre 2026 (AFP) -' (a theft at the musée historique d'Abomey: ANPC, Interpol, the palais
royaux d'Abomey, Unesco, le Danxomè (none), AFD, Police républicaine, border posts Kétou, Sèmè-Kraké, Hilla-Condji,
Lagos, Bohicon, Zogbodomey, palais de la Marina, Ouidah, two museums named with their towns, OCBC, Paris, musée du quai
Branly-Jacques Chirac, université d'Abomey-Calavi, 'le roi Glèlè', a ministry with three portfolios);
1219 fr ADI 'Djibouti, 6 déc. (ADI) -' (the Tadjourah port extension: Ismaïl Omar Guelleh, APZFD and Aboubaker Omar
Hadi, route Tadjourah-Balho, Doraleh and its ports, China Merchants Port Holdings, 'Société Bourhan Travaux Maritimes
SARL', BAD, Fonds saoudien pour le développement, Ethiopia's real transport minister Alemu Sime, port de Djibouti-ville,
le Somaliland, la région Afar, Galafi, Dikhil, a sultan and a prefect, Obock, DP World, lac Assal, golfe de Tadjourah,
Djibouti the country and the town);
1220 ar LANA 'شحات 6 ديسمبر 2026 (وال) -' (a marble statue at Shahhat/Cyrene: مصلحة الآثار الليبية, قورينا in
parentheses, 'لوكالة الأنباء الليبية', معبد زيوس, جامعة عمر المختار with و/ب, البيضاء, جامعة أوربينو and البعثة الإيطالية,
البحر المتوسط, متحف شحات, UNESCO's full Arabic name with (اليونسكو), storm Daniel (none), درنة والبيضاء وسوسة,
a ministry, بلدية شحات, النيابة العامة, 'لبدة الكبرى وصبراتة وغدامس', الاتحاد الأوروبي, الحكومة الإيطالية (none), الجبل
الأخضر); 1221 ar AMI 'نواكشوط، 6 ديسمبر 2026 (الوكالة الموريتانية للأنباء) -' (a pension reform: مجلس الوزراء (none),
Mohamed Ould Cheikh El Ghazouani, 'للصندوق الوطني للضمان الاجتماعي', 'نواذيبو وكيفة والنعمة وروصو', an employers'
union, a workers' confederation, حزب تواصل, الجمعية الوطنية, SNIM as (اسنيم), 'بازويرات', the World Bank, the IMF with
و, the ILO, السنغال والمغرب ومالي); 1222 ar SPA 'الرياض 26 جمادى الآخرة 1448 هـ الموافق 06 ديسمبر 2026 م واس' (the
Riyadh marathon: Ethiopian and Kenyan runners full then one name, a Moroccan runner, KAFD as 'مركز الملك عبدالله المالي
"كافد"' and 'الكافد', طريق الملك فهد, حي الطريف, الدرعية, the athletics federation and its president, the real sports
minister after 'صاحب السمو الملكي الأمير', the ministry, the Royal Commission for Riyadh City, World Athletics in quotes,
إقليم أوروميا, أديس أبابا, an Ethiopian club, مدينة إلدوريت, 'بمدينة بوسطن الأمريكية', 'جدة والدمام وأبها', الهلال and
الاتحاد clubs, أرامكو السعودية, the Saudi Electricity Company, the Saudi Red Crescent; the marathon and the 2034 Asian
Games none); 1223 vi NLĐO 'NLĐO -' (a measles campaign in Gia Lai after the 2025 merger: Sở Y tế, Viện Vệ sinh dịch tễ
Tây Nguyên, xã Ia Grai, Ia Dom, Chư Pưh, Jrai names (Rơ Chăm Hơ Nhin / Hơ Nhin, Siu H'Yơn, Rơ Lan Bleo), CDC in
parentheses inside its name, Bộ Y tế, a national programme (none), Đắk Lắk, WHO, UNICEF, làng Plei Bông Tơ Ngheo, the
real provincial chairman, Bộ đội Biên phòng tỉnh Gia Lai, the provincial broadcaster and children's hospital, phường
Pleiku, 'tỉnh Bình Định cũ', Trung tâm Y tế Quy Nhơn); 1224 vi TG&VN 'TG&VN -' (Vietnamese taught at the Belarusian
State University: BGU, the embassy, an ambassador full then 'Đại sứ Vịnh', USSH in parentheses after 'Đại học Quốc gia
Hà Nội', the real rector Andrei Korol, Gomel, Grodno, Brest, a student full then surname, a teacher full then given name
'cô giáo Hạnh', Ủy ban Nhà nước về người Việt Nam ở nước ngoài, Hội người Việt Nam tại Belarus, MGU, the Gumilyov
university, MGLU); 1225 vi SGGPO 'SGGPO -', in NFD (crop insurance after a drought in Khánh Hòa: Sở Nông nghiệp và Môi
trường, ABIC, Bảo Việt, 'tỉnh Ninh Thuận cũ', Phan Rang, hồ Sông Sắt, hồ Tân Giang, 'các xã Phước Hậu, Ninh Phước và
Phước Hữu', sông Dinh, thôn Hậu Sanh, 'bà Liên', WB, JICA, Viện Khoa học Thủy lợi Việt Nam, UBND tỉnh Khánh Hòa, Bộ Nông
nghiệp và Môi trường, hồ chứa nước Sông Cái, Đắk Lắk, Lâm Đồng); 1226 ru Kazinform 'АСТАНА. КАЗИНФОРМ –' (a pension
reform: the labour ministry, ЕНПФ after its genitive name, a vice-minister with patronymic then surname, Служба
центральных коммуникаций при Президенте in the prepositional, awards in quotes (none), Приаралья, the Semipalatinsk test
site, АРРФР after its genitive name, Мадина Абылкасымова, Национальный банк Казахстана, Мажилисе, «Ак жол», Азат
Перуашев, из Караганды, Qarmet in Latin script, Шахтинске and Сарани, the al-Farabi university in the genitive, Бюро
национальной статистики, Жогорку Кенеше, Правительство (none)); 1227 ru TASS 'РИГА, 6 декабря. /ТАСС/.' (the Riga violin
competition: a long list of laureates and jurors, several with the Latin spelling in parentheses (Tomas Vaitkus, Elīna
Ozoliņa, Kristjan Mägi, Szymon Kowalczyk, Lea Brandt), nationality nouns (литовец, японке, латвийка, белоруска, эстонец,
поляк, россиянин, немка), names in the dative (Кае Сакамото, Элине Озолине, Дарье Жукович, Вайткусу) and genitive
(Гидона Кремера, Андриса Погы, Петериса Васкса), patronymics, Gidon Kremer, Baiba Skride, Julian Rachlin, Aiman
Mussakhajayeva, Andris Poga and Pēteris Vasks (real), composers named for their works (Сибелиуса, Чайковского), Большой
гильдии, Kremerata Baltica, Рижском Домском соборе, ООО «Baltic Classic Records», the Vītols academy, the culture ministry,
airBaltic, Рижской думы, Латвийского радио, Таллина, Лиепае); 1228 ru RIA Novosti 'БАЙКОНУР, 6 дек – РИА Новости.' (a
Soyuz launch with a Kazakh satellite: rockets, the satellite, the Fregat stage, Soyuz MS-29, the ISS and the Baiterek
complex none, космодрома Байконур, Роскосмос in quotes and the genitive, 'АО "Национальная компания "Казахстан Гарыш
Сапары"' with nested quotes, Airbus Defence and Space, ЦУП в Королеве, Дмитрий Баканов, Жаслан Мадиев, Иртыше and Урале,
Абайской области, Астане, the Satbayev university in the genitive, Egypt, Thailand and Belarus, the Baikonur city
administration and its head, Улытауской области, поселка Жезды); 1229 zh Xinhua '新华社利马12月6日电（记者 卜晓晨）' (a
dam closure at the San Gabriel hydropower station in Junín: 胡宁大区, 中国驻秘鲁大使馆, 安第斯山区, 曼塔罗河,
中国电力建设集团有限公司（中国电建）, 秘鲁安第斯能源公司（Andes Energía S.A.C.）, 中国长江三峡集团, 查格亚水电站, an
invented minister and a regional president named Salvador (萨尔瓦多·阿奎莱斯, no El Salvador) with the Latin spelling,
孔塞普西翁省, 万卡约市, 圣赫罗尼莫德图南村, a farmers' association, 卡亚俄港, 钱凯港); 1230 zh People's Daily Online
'人民网西昌12月6日电（记者 沙马阿呷、罗新宇）' (a forest fire in Muli county: two reporters, the Liangshan fire command, 麦日乡,
东朗村, 唐央乡, 雅砻江, 应急管理部 and its southern air patrol station, three forest fire brigades, 西昌青山机场, a Yi
vice-governor 吉克·伍呷, a Tibetan township secretary, 卡拉村, 中国气象局, 四川西南部, 四川省人民政府 (none), 攀枝花,
甘孜 and 阿坝 prefectures, 凉山州红十字会, the provincial forestry bureau, '木里、盐源、冕宁等重点县'); 1231 zh Economic
Daily '本报乌鲁木齐12月6日讯（记者 耿丽娜）' (a Central Asian farm-produce fair: the fair (none), 新疆国际会展中心, the regional
commerce department, 乌鲁木齐市人民政府 (none), CCPIT's Xinjiang branch, a list of countries, a Kazakh vice-minister
with the Latin spelling, '霍尔果斯和巴克图口岸', 阿拉木图州, a Kazakh firm in quotes with its legal form in Chinese and
'TOO Talgar Bagy' in parentheses, 江苏, 撒马尔罕, 伊塞克湖州, 白俄罗斯驻乌鲁木齐总领事馆 and its consul general, 中欧班列
(none), 阿里巴巴, 京东, 喀什, 伊宁).
Every invented minor name and firm was checked with grep against the articles, golds and make-gold scripts of all
earlier sets; replaced after that check: 基斯佩 (Quispe: holdout10/25), 阿帕萨 (Apaza: holdout67), Valente
(holdout27/54), Dossou-Yovo (holdout7), الحربي (holdout55), القحطاني (holdout49), Minh Khôi (holdout10/39/47/57/64),
Hồng Hạnh (holdout46), Кравец (holdout37), Сейткали (holdout58), Сулейменов (holdout45), 孟庆伟 (holdout62).
Recurring as allowed: real public figures and bodies (Andrei Korol, Bimal Rathnayake, Mamadi Doumbouya, Alpha Condé,
Ismaïl Omar Guelleh, UNICEF, WHO, Unesco/اليونسكو, ЕНПФ, Роскосмос, 中国电建 …), the agencies, capitals, regions and cities.

Conventions as holdout67 (titles, ranks and honorifics no part of a name: Transport Minister, Railway General Manager,
secretary of …, Dr, Mrs, Mr, Alhaji, the Northern Regional Director of Health Service, The Minister for Health, the
Deputy Director of Public Health, The Tolon District Chief Executive, ACP administrator, President, Mme, M., Me, le
président, le porte-parole de la GMD, le directeur général des élections, le directeur du musée, Le commissaire central
de Bohicon, l'historienne, le roi, Le président de la République, le ministre éthiopien des Transports et de la
Logistique, Le sultan de Tadjourah, Le préfet, مراقب آثار شحات, رئيسة البعثة الإيطالية الدكتورة, رئيس مصلحة الآثار
الدكتور, أستاذ التاريخ القديم ب… الدكتور, رئيس الجمهورية, المدير العام ل…, أمينها العام, النائبة عن …, العداء الإثيوبي,
الكينية, المغربية, صاحب السمو الملكي الأمير, وزير الرياضة, رئيس الاتحاد … الدكتور, bác sĩ, Giám đốc …, PGS.TS, Viện
trưởng …, chị, Già làng, Ông, Bà, Chủ tịch UBND …, Đại sứ, Hiệu trưởng BGU, Sinh viên năm hai, Giảng viên, cô giáo, Chủ
tịch Hội, Phó Giám đốc …, Phó Chủ tịch UBND …, вице-министр труда, Председатель …, Депутат от партии …, Депутат,
Профессор …, председатель жюри, латвийская скрипачка, профессор из Таллина, японский педагог, латвийского композитора,
Ректор академии, глава "Роскосмоса", министр цифрового развития …, Председатель правления …, Глава администрации …, 记者,
能源和矿业部长, 胡宁大区主席, 项目经理, 负责人, 副州长, 乡党委书记, 副局长, 副部长, 公司经理, 总领事, 副厅长); a surname, a
Vietnamese or Jrai given name, a Russian surname in a case an alias; every surface form an alias, Russian cases and
Arabic clitic forms included; countries as ISO codes, never entities (adjectives, nisbas, nationality nouns and names
inside bodies name their country: Indian / Export-Import Bank of India IN, Serum Institute of India IN, Dutch NL,
guinéenne / … de Guinée GN, béninois BJ, française FR, éthiopienne ET, djiboutienne DJ, saoudien SA, الليبية LY,
الإيطالية IT, الموريتانية / موريتانيا MR, الإثيوبي ET, الكينية KE, المغربية MA, الأمريكية US, السعودي SA, Nhật Bản in
JICA's name JP, Việt Nam in bodies' names VN, литовец LT, японке JP, латвийка LV, белоруска BY, эстонец EE, поляк PL,
россиянин RU, немка DE, казахстанским KZ, французской FR, 中国… CN, 秘鲁 PE …); a generic word before or after a place an
alias (Colombo Fort station, Dematagoda running shed, Ratmalana railway workshop, Tolon District, province of Colón,
commune urbaine de Kankan, région Afar, lac Assal, مدينة شحات, إقليم أوروميا, حي الطريف, مدينة إلدوريت, xã, thôn, làng,
phường, hồ, sông, khu vực Phan Rang, tỉnh …, поселка Жезды, 万卡约市, 巴克图口岸); a place only inside an organization's or
an event's name not counted (Quy Nhơn in Trung tâm Y tế Quy Nhơn, Lijiang in 丽江支队, Talgar, Riga in the competition's
name, Riyadh in the marathon's name is named anyway); a facility named like a place not otherwise named is that
place's alias (Colombo Fort station, Dematagoda running shed, Ratmalana railway workshop, port polyvalent de Doraleh and
terminal à conteneurs de Doraleh -> Doraleh, 圣加布里埃尔水电站 -> 圣加布里埃尔, 查格亚水电站, 卡亚俄港, 钱凯港), while
one named like a place that is named is a place apart (port de Tadjourah and golfe de Tadjourah beside Tadjourah, port
de Djibouti-ville beside Djibouti, 西昌青山机场 beside 西昌, the palais royaux d'Abomey beside Abomey, Rio Indio reservoir
beside the Indio River); coordinated names over one plural noun: the last carries the noun as written ('the Upper East,
Upper West and Bono East regions', '霍尔果斯和巴克图口岸'), and a plural noun before a list gives its first item the noun
when juxtaposed ('các xã Phước Hậu, Ninh Phước và Phước Hữu'; 'the hamlets of El Jobo …', 'les circonscriptions de
Kankan …' and 'des sous-préfectures de Morodou …' with 'of'/'de' give none); ships, vehicles, rockets, satellites,
spacecraft, brands, products, vaccines, programmes, awards, storms, events and fairs none (R21/Matrix-M, RTS,S, EPI,
"Союз-2.1б", "KazEOSat-3", "Фрегат", "Союз МС-29", "Союз-5", "Байтерек", Международная космическая станция, "Алтын алка",
العاصفة دانيال, ماراثون الرياض الدولي, دورة الألعاب الآسيوية 2034, Chương trình Tiêm chủng mở rộng quốc gia, the Riga
competition, 中国（新疆）—中亚冬季农产品展销会, 中欧班列, 阿波尔特苹果); governments none (the government, le gouvernement,
مجلس الوزراء, الحكومة الإيطالية, Правительство, 四川省人民政府, 乌鲁木齐市人民政府); legal forms outside a Latin-script,
Arabic or Russian canonical (Ltd, S.A., SARL, S.A.C., АО, ООО, TOO) but inside a Vietnamese or Chinese one (Tổng công ty
…, …有限公司). New here:
- a headline's 'Panama Canal' (the canal, standing for its authority) is the canal, a place, apart from the Panama Canal
  Authority (ACP); the planned 'Rio Indio reservoir' a place apart from 'the Indio River' / 'the Indio';
- a railway line with a name of its own (Kelani Valley line) a place, as roads; 'the main line', 'the coastal line' none;
- a social network named as a medium ('said on X') none;
- a historical kingdom (le Danxomè) none, as the Grand Duchy of Lithuania; a historical king named (le roi Glèlè) a
  person; composers named for their works (Сибелиуса, Чайковского) persons; a person only inside a body's name (Язепа
  Витолса, Сатпаева, аль-Фараби, Jacques Chirac in the museum's name) none;
- a military camp named after a person (camp militaire Soundiata Keïta) a place with its noun in the canonical, as the
  streets named after people; a named palace complex (palais royaux d'Abomey, palais de la Marina) a place; a concert
  hall known by its building's name (Большая гильдия) and a cathedral (Рижский Домский собор) places; a venue (新疆国际会展中心)
  a place;
- le Somaliland a place naming no country; 'Djibouti' is both the country (DJ) and the town (the dateline, a place);
- a foreign university's mission (البعثة الإيطالية) an organization beside its university, as holdout67;
- a centre whose acronym stands in parentheses inside its name ('Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Gia Lai') is
  'Trung tâm Kiểm soát bệnh tật' with 'CDC' an alias; faculties and lowercase chambers ('la chambre constitutionnelle et
  administrative de la Cour suprême') none;
- a launch pad (площадки № 31) none; the Semipalatinsk test site and the Aral region (Приаралье) places;
- a Chinese given name that is also a country's name (萨尔瓦多·阿奎莱斯) names no country.
Countries: AU, DE, IN, LK (1214); BF, GH, IN, TG (1215); BR, CN, ES, JP, KR, NL, PA, US (1216); GN, ML (1217: Dakar
names no Senegal); BJ, FR, NG, TG (1218); AE, CN, DJ, ET, FR, SA (1219); IT, LY (1220); MA, ML, MR, SN (1221); ET, KE,
MA, SA, US (1222); KH, VN (1223); BY, KZ, RU, VN (1224); JP, VN (1225); KG, KZ, RU, UZ (1226); BY, DE, EE, JP, KZ, LT,
LV, PL, RU (1227: Tallinn names no Estonia, the nationality noun does); BY, EG, FR, KZ, RU, TH (1228); CN, PE (1229);
CN (1230); BY, CN, KG, KZ, MN, PK, RU, UZ (1231: 中亚五国 names none by itself).
Judgement calls: 'Gavi, the Vaccine Alliance' the full name with 'Gavi' an alias; 'the Ghana News Agency' is the
dateline's GNA; 'Dr Yakubu' gives 'Yakubu'; 'Sri Lanka Freedom Party' an organization naming LK; 'RPG Arc-en-ciel' an
alias of the Rassemblement du peuple de Guinée; 'Djibouti-ville' only inside 'port de Djibouti-ville'; 'قورينا' an alias
of شحات (the same site's ancient name in parentheses); 'كافد' and 'الكافد' aliases of مركز الملك عبدالله المالي (a place,
the district); 'نادي الكهرباء الإثيوبي' with its nisba; 'Đại học Quốc gia Belarus' (the headline) an alias of 'Trường Đại
học Quốc gia Belarus'; 'Đại học Quốc gia Hà Nội' an organization apart from the USSH it is written after; 'Казахстан
Гарыш Сапары' with its legal form and 'Национальная компания' as written an alias; 'Королев' written without ё;
'木里' (in a list of counties) an alias of 木里藏族自治县, '凉山州' of 凉山彝族自治州; '本报' (Economic Daily) names no
organization, as 1213."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1214_en.txt": ("en", ["AU", "DE", "IN", "LK"], [
  (L, "Colombo", ["COLOMBO"]), (O, "Xinhua", []), (O, "Sri Lanka Railways", ["SLR"]),
  (L, "Colombo Fort", ["Colombo Fort station"]), (L, "Kandy", []), (L, "Badulla", []), (L, "Galle", []),
  (L, "Matara", []), (L, "Pettah", []), (L, "Maradana", []), (O, "Sri Lanka Transport Board", ["SLTB"]),
  (P, "Chaminda Weerakkody", ["Weerakkody"]), (O, "Locomotive Operating Engineers' Union", []),
  (L, "Dematagoda", ["Dematagoda running shed"]), (P, "Bimal Rathnayake", []), (P, "Dhammika Pathberiya", []),
  (O, "Railway Protection Force", []), (L, "Kelani Valley line", []), (L, "Jaffna", []), (L, "Kankesanthurai", []),
  (L, "Ella", []), (L, "Nanu Oya", []), (P, "Ruwani Senanayake-Perera", []), (L, "Haputale", []),
  (O, "RITES", ["RITES Ltd"]), (O, "Export-Import Bank of India", []), (O, "Asian Development Bank", []),
  (L, "Anuradhapura", []), (O, "Sri Lanka Freedom Party", []), (O, "Samagi Jana Balawegaya", ["SJB"]),
  (P, "Harsha de Silva", []), (L, "Ratmalana", ["Ratmalana railway workshop"])]),
 "1215_en.txt": ("en", ["BF", "GH", "IN", "TG"], [
  (L, "Tamale", []), (O, "Ghana News Agency", ["GNA"]), (O, "Ghana Health Service", ["GHS"]),
  (L, "Northern Region", []), (P, "Fuseini Alhassan Yakubu", ["Yakubu"]), (L, "Kpalgun-Yapala", []),
  (L, "Tolon", ["Tolon District"]), (O, "University of Oxford", []), (O, "Serum Institute of India", []),
  (L, "Accra", []), (O, "Gavi, the Vaccine Alliance", ["Gavi"]),
  (O, "United Nations Children's Fund", ["UNICEF"]), (L, "Savelugu", []), (L, "Kumbungu", []), (L, "Yendi", []),
  (L, "Gushegu", []), (L, "Upper East", []), (L, "Upper West", []), (L, "Bono East", ["Bono East regions"]),
  (O, "Navrongo Health Research Centre", []), (O, "Kintampo Health Research Centre", []),
  (P, "Mariama Issahaku", []), (P, "Kwabena Mintah Akandoh", []), (P, "Sandra Owusu-Ansah", []),
  (P, "Sumaila Abdul-Rahaman Tahiru", []), (O, "World Health Organization", ["WHO"]), (O, "GSK", [])]),
 "1216_en.txt": ("en", ["BR", "CN", "ES", "JP", "KR", "NL", "PA", "US"], [
  (L, "Panama City", ["PANAMA CITY"]), (O, "Reuters", []), (L, "Panama Canal", []),
  (O, "Panama Canal Authority", ["ACP"]), (L, "Rio Indio reservoir", []), (L, "El Jobo", []),
  (L, "Boca de Uracillo", []), (L, "Colón", ["province of Colón"]), (L, "Nuevo Limón", []),
  (P, "Ricaurte Vásquez", ["Vásquez"]), (L, "Coclé", []), (L, "Panamá Oeste", []),
  (L, "Indio River", ["Indio"]), (L, "Gatun Lake", []), (L, "Lake Alhajuela", []), (P, "José Raúl Mulino", []),
  (O, "National Assembly", []), (P, "Eusebio Rodríguez Castillo", []), (L, "Tres Hermanas", []),
  (O, "Coordinadora Campesina por la Vida", []), (O, "Inter-American Commission on Human Rights", []),
  (O, "Constructora Istmeña del Norte", ["Constructora Istmeña del Norte S.A."]), (O, "Van Oord", []),
  (O, "Fundación para la Conservación de los Recursos Naturales", []), (L, "Penonomé", []),
  (P, "Valeria Sanjur Ortega", []), (P, "Mark Heinrich", [])]),
 "1217_fr.txt": ("fr", ["GN", "ML"], [
  (L, "Conakry", []), (O, "Agence guinéenne de presse", ["AGP"]), (O, "Cour suprême", []),
  (L, "Haute-Guinée", []), (L, "Kankan", ["commune urbaine de Kankan"]), (L, "Kérouané", []), (L, "Mandiana", []),
  (O, "Direction générale des élections", ["DGE"]), (O, "CEDEAO", []), (O, "Union africaine", []),
  (P, "Fatoumata Binta Kourouma", ["Kourouma"]), (O, "Union des forces démocratiques de Guinée", ["UFDG"]),
  (P, "Mory Kaba Sanoh", []), (O, "Génération pour la modernité et le développement", ["GMD"]),
  (P, "Mamadi Doumbouya", []), (P, "Ibrahima Sory Traoré-Kamano", []), (P, "Alpha Oumar Diakhaby", []),
  (P, "Sékouba Condé-Fofana", []), (O, "Rassemblement du peuple de Guinée", ["RPG Arc-en-ciel"]),
  (P, "Alpha Condé", []), (L, "Morodou", []), (L, "Niantanina", []), (P, "Djibril Tounkara", []),
  (L, "camp militaire Soundiata Keïta", []), (P, "Cellou Dalein Diallo", []), (L, "Dakar", []),
  (O, "Assemblée nationale", [])]),
 "1218_fr.txt": ("fr", ["BJ", "FR", "NG", "TG"], [
  (L, "Cotonou", ["COTONOU"]), (O, "AFP", []), (O, "musée historique d'Abomey", []), (L, "Abomey", []),
  (O, "Agence nationale du patrimoine culturel", ["ANPC"]), (O, "Interpol", []),
  (L, "palais royaux d'Abomey", []), (O, "Unesco", []), (P, "Hervé Dossa-Houénou", ["Dossa-Houénou"]),
  (O, "Agence française de développement", ["AFD"]), (O, "Police républicaine", []), (L, "Kétou", []),
  (L, "Sèmè-Kraké", []), (L, "Lagos", []), (L, "Hilla-Condji", []), (L, "Bohicon", []), (P, "Romaric Akplogan", []),
  (L, "Zogbodomey", []), (L, "palais de la Marina", []), (L, "Ouidah", []),
  (O, "musée international de la mémoire et de l'esclavage de Ouidah", []),
  (O, "musée des rois et des Amazones d'Abomey", []),
  (O, "Office central de lutte contre le trafic de biens culturels", ["OCBC"]), (L, "Paris", []),
  (O, "musée du quai Branly-Jacques Chirac", []), (P, "Bernadette Adjaho-Gbénou", []),
  (O, "université d'Abomey-Calavi", []), (P, "Glèlè", []), (O, "ministère du Tourisme, de la Culture et des Arts", [])]),
 "1219_fr.txt": ("fr", ["AE", "CN", "DJ", "ET", "FR", "SA"], [
  (L, "Djibouti", []), (O, "ADI", []), (P, "Ismaïl Omar Guelleh", []), (L, "port de Tadjourah", []),
  (L, "Tadjourah", []), (L, "route Tadjourah-Balho", []), (L, "Balho", []),
  (O, "Autorité des ports et des zones franches de Djibouti", ["APZFD"]), (P, "Aboubaker Omar Hadi", []),
  (L, "Doraleh", ["port polyvalent de Doraleh", "terminal à conteneurs de Doraleh"]),
  (O, "China Merchants Port Holdings", []),
  (O, "Société Bourhan Travaux Maritimes", ["Société Bourhan Travaux Maritimes SARL"]),
  (O, "Banque africaine de développement", ["BAD"]), (O, "Fonds saoudien pour le développement", []),
  (P, "Alemu Sime", []), (L, "port de Djibouti-ville", []), (L, "Somaliland", []),
  (P, "Houssein Daoud Robleh", []), (L, "Afar", ["région Afar"]), (L, "Galafi", []), (L, "Dikhil", []),
  (P, "Abdoulkader Houmed Mohamed", []), (P, "Kadra Ali Moussa", []), (L, "Obock", []),
  (O, "Institut supérieur des études portuaires", []), (O, "DP World", []), (L, "Assal", ["lac Assal"]),
  (L, "golfe de Tadjourah", [])]),
 "1220_ar.txt": ("ar", ["IT", "LY"], [
  (L, "شحات", ["مدينة شحات", "قورينا"]), (O, "وكالة الأنباء الليبية", ["لوكالة الأنباء الليبية", "وال"]),
  (O, "مصلحة الآثار الليبية", ["مصلحة الآثار"]), (P, "أحمد عبد السلام الفرجاني", ["الفرجاني"]),
  (L, "معبد زيوس", []), (O, "جامعة عمر المختار", ["وجامعة عمر المختار", "بجامعة عمر المختار"]),
  (L, "البيضاء", ["والبيضاء"]), (O, "جامعة أوربينو", []), (O, "البعثة الإيطالية", []),
  (P, "كيارا مونتيفيوري", []), (L, "البحر المتوسط", []), (O, "متحف شحات", []), (P, "محمد فرج الفلوس", []),
  (O, "منظمة الأمم المتحدة للتربية والعلم والثقافة", ["اليونسكو"]), (L, "درنة", []), (L, "سوسة", ["وسوسة"]),
  (O, "وزارة السياحة والصناعات التقليدية", []), (O, "بلدية شحات", ["وبلدية شحات"]), (O, "النيابة العامة", []),
  (L, "لبدة الكبرى", []), (L, "صبراتة", ["وصبراتة"]), (L, "غدامس", ["وغدامس"]), (O, "الاتحاد الأوروبي", []),
  (P, "سالم بوخطوة الحاسي", []), (L, "الجبل الأخضر", [])]),
 "1221_ar.txt": ("ar", ["MA", "ML", "MR", "SN"], [
  (L, "نواكشوط", []), (O, "الوكالة الموريتانية للأنباء", []), (P, "محمد ولد الشيخ الغزواني", []),
  (O, "الصندوق الوطني للضمان الاجتماعي", ["للصندوق الوطني للضمان الاجتماعي"]),
  (P, "محمد الأمين ولد أحمد سالم", []), (L, "نواذيبو", []), (L, "كيفة", ["وكيفة"]), (L, "النعمة", ["والنعمة"]),
  (L, "روصو", ["وروصو"]), (O, "الاتحاد الوطني لأرباب العمل الموريتانيين", []),
  (O, "الكونفدرالية العامة لعمال موريتانيا", []), (P, "الشيخ ولد سيدي محمد المختار", []), (O, "حزب تواصل", []),
  (P, "مريم بنت الطالب اعلي", []), (O, "الجمعية الوطنية", []),
  (O, "الشركة الوطنية للصناعة والمناجم", ["اسنيم"]), (L, "ازويرات", ["بازويرات"]), (O, "البنك الدولي", []),
  (O, "صندوق النقد الدولي", ["وصندوق النقد الدولي"]), (O, "مكتب العمل الدولي", [])]),
 "1222_ar.txt": ("ar", ["ET", "KE", "MA", "SA", "US"], [
  (L, "الرياض", []), (O, "واس", []), (P, "تسفاي غيبري ولدميكائيل", ["غيبري"]),
  (P, "فيث جيبكورير شيبكوتش", ["شيبكوتش"]), (P, "هايلي ميكونين أبيرا", []), (P, "دانيال كيبروتيتش لانغات", []),
  (P, "سكينة الوزاني", []), (L, "مركز الملك عبدالله المالي", ["كافد", "الكافد"]), (L, "طريق الملك فهد", []),
  (L, "الطريف", ["حي الطريف"]), (L, "الدرعية", []), (O, "الاتحاد السعودي لألعاب القوى", []),
  (O, "وزارة الرياضة", []), (O, "الهيئة الملكية لمدينة الرياض", []), (P, "عبدالعزيز بن تركي الفيصل", []),
  (P, "خالد بن مساعد الشهراني", ["الشهراني"]), (O, "الاتحاد الدولي لألعاب القوى", ["وورلد أثلتيكس"]),
  (L, "أوروميا", ["إقليم أوروميا"]), (L, "أديس أبابا", []), (O, "نادي الكهرباء الإثيوبي", []),
  (L, "إلدوريت", ["مدينة إلدوريت"]), (L, "بوسطن", ["بمدينة بوسطن"]), (P, "طارق بن سعد البيشي", []),
  (P, "لمى بنت فهد العسيري", []), (L, "جدة", []), (L, "الدمام", ["والدمام"]), (L, "أبها", ["وأبها"]),
  (O, "نادي الهلال", []), (O, "نادي الاتحاد", ["ونادي الاتحاد"]), (O, "أرامكو السعودية", ["شركة أرامكو السعودية"]),
  (O, "الشركة السعودية للكهرباء", ["والشركة السعودية للكهرباء"]), (O, "هيئة الهلال الأحمر السعودي", [])]),
 "1223_vi.txt": ("vi", ["KH", "VN"], [
  (O, "NLĐO", []), (O, "Sở Y tế tỉnh Gia Lai", []), (O, "Viện Vệ sinh dịch tễ Tây Nguyên", []), (L, "Gia Lai", []),
  (L, "Ia Grai", ["xã Ia Grai"]), (P, "Rơ Chăm Hơ Nhin", ["Hơ Nhin"]),
  (O, "Trung tâm Kiểm soát bệnh tật", ["CDC"]), (L, "Ia Dom", ["xã Ia Dom"]), (L, "Chư Pưh", ["xã Chư Pưh"]),
  (O, "Bộ Y tế", []), (P, "Đỗ Thái Hùng Cường", []), (L, "Đắk Lắk", []),
  (O, "Tổ chức Y tế Thế giới", ["WHO"]), (O, "Quỹ Nhi đồng Liên Hợp Quốc", ["UNICEF"]),
  (L, "Plei Bông Tơ Ngheo", ["làng Plei Bông Tơ Ngheo"]), (P, "Siu H'Yơn", []), (P, "Rơ Lan Bleo", []),
  (P, "Phạm Anh Tuấn", []), (O, "UBND tỉnh Gia Lai", []), (O, "Bộ đội Biên phòng tỉnh Gia Lai", []),
  (O, "Đài Phát thanh và Truyền hình Gia Lai", []), (O, "Bệnh viện Nhi Gia Lai", []),
  (L, "Pleiku", ["phường Pleiku"]), (L, "Bình Định", ["tỉnh Bình Định"]), (O, "Trung tâm Y tế Quy Nhơn", [])]),
 "1224_vi.txt": ("vi", ["BY", "KZ", "RU", "VN"], [
  (O, "TG&VN", []), (L, "Minsk", []), (O, "Trường Đại học Quốc gia Belarus", ["Đại học Quốc gia Belarus", "BGU"]),
  (O, "Đại sứ quán Việt Nam tại Belarus", []), (P, "Đặng Quang Vịnh", ["Vịnh"]),
  (O, "Trường Đại học Khoa học Xã hội và Nhân văn", ["USSH"]), (O, "Đại học Quốc gia Hà Nội", []),
  (P, "Andrei Korol", []), (L, "Gomel", []), (L, "Grodno", []), (P, "Anastasia Levchenko", ["Levchenko"]),
  (L, "Đà Nẵng", []), (L, "Hội An", []), (P, "Phan Thị Thu Hạnh", ["Hạnh"]),
  (O, "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", []), (O, "Hội người Việt Nam tại Belarus", []),
  (P, "Hoàng Quốc Nghị", []), (L, "Brest", []), (O, "Đại học Tổng hợp Quốc gia Moskva", ["MGU"]),
  (O, "Đại học Quốc gia Á-Âu mang tên L.N. Gumilyov", []),
  (O, "Trường Đại học Ngôn ngữ Quốc gia Minsk", ["MGLU"])]),
 "1225_vi.txt": ("vi", ["JP", "VN"], [
  (O, "SGGPO", []), (O, "Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa", ["Sở Nông nghiệp và Môi trường"]),
  (L, "Khánh Hòa", []), (O, "Tổng công ty Bảo hiểm Agribank", ["ABIC"]), (O, "Tổng công ty Bảo hiểm Bảo Việt", []),
  (L, "Ninh Thuận", ["tỉnh Ninh Thuận"]), (P, "Lưu Xuân Vĩnh Thịnh", []), (L, "Phan Rang", ["khu vực Phan Rang"]),
  (L, "Sông Sắt", ["hồ Sông Sắt"]), (L, "Tân Giang", ["hồ Tân Giang"]), (L, "Phước Hậu", ["xã Phước Hậu"]),
  (L, "Ninh Phước", []), (L, "Phước Hữu", []), (L, "Dinh", ["sông Dinh"]), (P, "Đàng Thị Mỹ Liên", ["Liên"]),
  (L, "Hậu Sanh", ["thôn Hậu Sanh"]), (P, "Trương Công Bảo Khiêm", []), (O, "Ngân hàng Thế giới", ["WB"]),
  (O, "Cơ quan Hợp tác Quốc tế Nhật Bản", ["JICA"]), (O, "Viện Khoa học Thủy lợi Việt Nam", []),
  (P, "Trần Hòa Nam", []), (O, "UBND tỉnh Khánh Hòa", []), (O, "Bộ Nông nghiệp và Môi trường", []),
  (L, "Sông Cái", ["hồ chứa nước Sông Cái"]), (L, "Đắk Lắk", []), (L, "Lâm Đồng", [])]),
 "1226_ru.txt": ("ru", ["KG", "KZ", "RU", "UZ"], [
  (L, "Астана", ["АСТАНА"]), (O, "Казинформ", ["КАЗИНФОРМ"]),
  (O, "Министерство труда и социальной защиты населения Республики Казахстан", []),
  (O, "Единый накопительный пенсионный фонд", ["Единого накопительного пенсионного фонда", "ЕНПФ"]),
  (P, "Ербол Нурланович Каирбеков", ["Каирбеков"]),
  (O, "Служба центральных коммуникаций при Президенте", ["Службе центральных коммуникаций при Президенте"]),
  (L, "Приаралье", ["Приаралья"]), (L, "Семипалатинский ядерный полигон", ["Семипалатинского ядерного полигона"]),
  (O, "Агентство Республики Казахстан по регулированию и развитию финансового рынка",
   ["Агентства Республики Казахстан по регулированию и развитию финансового рынка", "АРРФР"]),
  (P, "Мадина Абылкасымова", []), (O, "Национальный банк Казахстана", []), (O, "Мажилис", ["Мажилисе"]),
  (O, "Ак жол", []), (P, "Азат Перуашев", []), (P, "Айгуль Серикбаевна Жангазина", []),
  (L, "Караганда", ["Караганды"]), (O, "Qarmet", []), (L, "Шахтинск", ["Шахтинске"]), (L, "Сарань", ["Сарани"]),
  (O, "Казахский национальный университет имени аль-Фараби",
   ["Казахского национального университета имени аль-Фараби"]),
  (P, "Бахыт Тулегенович Оразалин", ["Оразалин"]), (O, "Бюро национальной статистики", []),
  (O, "Жогорку Кенеш", ["Жогорку Кенеше"])]),
 "1227_ru.txt": ("ru", ["BY", "DE", "EE", "JP", "KZ", "LT", "LV", "PL", "RU"], [
  (L, "Рига", ["РИГА", "Риге"]), (O, "ТАСС", []), (P, "Томас Вайткус", ["Tomas Vaitkus", "Вайткус", "Вайткусу"]),
  (O, "Литовская академия музыки и театра", ["Литовской академии музыки и театра"]),
  (P, "Гидон Кремер", ["Гидона Кремера", "Кремер"]), (L, "Большая гильдия", ["Большой гильдии"]),
  (P, "Кая Сакамото", ["Кае Сакамото", "Сакамото"]), (P, "Элина Озолиня", ["Elīna Ozoliņa", "Элине Озолине"]),
  (P, "Дарья Михайловна Жукович", ["Дарье Жукович"]),
  (O, "Белорусская государственная академия музыки", ["Белорусской государственной академии музыки"]),
  (P, "Ахмет Ерланович Бекмаганбетов", []), (P, "Кристьян Мяги", ["Kristjan Mägi"]),
  (P, "Шимон Ковальчик", ["Szymon Kowalczyk"]), (P, "Лев Андреевич Голованов", []), (P, "Лея Брандт", ["Lea Brandt"]),
  (P, "Сибелиус", ["Сибелиуса"]), (P, "Чайковский", ["Чайковского"]),
  (O, "Латвийский национальный симфонический оркестр", ["Латвийским национальным симфоническим оркестром"]),
  (P, "Андрис Пога", ["Андриса Погы"]), (P, "Байба Скриде", []), (P, "Юлиан Рахлин", []),
  (P, "Айман Мусаходжаева", []), (L, "Таллин", ["Таллина"]), (P, "Мари Таммсаар", []), (P, "Хироси Накагава", []),
  (P, "Петерис Васкс", ["Петериса Васкса"]), (O, "Kremerata Baltica", []),
  (L, "Рижский Домский собор", ["Рижском Домском соборе"]), (O, "Baltic Classic Records", ["ООО «Baltic Classic Records»"]),
  (O, "Латвийская музыкальная академия имени Язепа Витолса", []), (O, "Министерство культуры Латвии", []),
  (O, "airBaltic", []), (O, "Рижская дума", ["Рижской думы"]), (P, "Гунтарс Приеде-Калниньш", []),
  (O, "Латвийское радио", ["Латвийского радио"]), (L, "Лиепая", ["Лиепае"])]),
 "1228_ru.txt": ("ru", ["BY", "EG", "FR", "KZ", "RU", "TH"], [
  (L, "Байконур", ["БАЙКОНУР", "Байконура", "космодрома Байконур"]), (O, "РИА Новости", []),
  (O, "Роскосмос", ["Роскосмоса"]),
  (O, "Казахстан Гарыш Сапары", ["АО \"Национальная компания \"Казахстан Гарыш Сапары\""]),
  (O, "Airbus Defence and Space", []), (O, "Центр управления полетами", ["Центра управления полетами"]),
  (L, "Королев", ["Королеве"]), (P, "Дмитрий Баканов", []), (P, "Жаслан Мадиев", ["Мадиев"]),
  (L, "Иртыш", ["Иртыше"]), (L, "Урал", ["Урале"]), (L, "Абайская область", ["Абайской области"]),
  (L, "Астана", ["Астане"]), (P, "Нурлан Бакытжанович Ескендиров", []),
  (O, "Казахский национальный исследовательский технический университет имени Сатпаева",
   ["Казахского национального исследовательского технического университета имени Сатпаева"]),
  (O, "администрация города Байконур", ["администрации города Байконур"]), (P, "Константин Бусыгин", []),
  (L, "Улытауская область", ["Улытауской области"]), (L, "Жезды", ["поселка Жезды"])]),
 "1229_zh.txt": ("zh", ["CN", "PE"], [
  (O, "新华社", []), (L, "利马", []), (P, "卜晓晨", []), (L, "圣加布里埃尔", ["圣加布里埃尔水电站"]),
  (L, "胡宁大区", []), (O, "中国驻秘鲁大使馆", []), (L, "安第斯山区", []), (L, "曼塔罗河", []),
  (O, "中国电力建设集团有限公司", ["中国电建"]), (O, "秘鲁安第斯能源公司", ["Andes Energía S.A.C."]),
  (O, "中国长江三峡集团", []), (L, "查格亚", ["查格亚水电站"]), (P, "豪尔赫·阿雷瓦洛", ["Jorge Arévalo"]),
  (P, "孟宪涛", []), (L, "孔塞普西翁省", []), (L, "万卡约", ["万卡约市"]),
  (P, "萨尔瓦多·阿奎莱斯", ["Salvador Aquiles"]), (L, "圣赫罗尼莫德图南村", []), (O, "曼塔罗河谷农民协会", []),
  (P, "罗莎·马约利·特拉莱斯", []), (L, "卡亚俄", ["卡亚俄港"]), (L, "钱凯", ["钱凯港"])]),
 "1230_zh.txt": ("zh", ["CN"], [
  (O, "人民网", []), (L, "西昌", []), (P, "沙马阿呷", []), (P, "罗新宇", []),
  (O, "凉山彝族自治州森林草原防灭火指挥部", []), (L, "凉山彝族自治州", ["凉山州"]),
  (L, "木里藏族自治县", ["木里县", "木里"]), (L, "麦日乡", []), (L, "东朗村", []), (L, "唐央乡", []), (L, "雅砻江", []),
  (O, "应急管理部", []), (O, "四川省森林消防总队", []), (O, "西昌森林消防支队", []),
  (O, "云南省森林消防总队丽江支队", []), (O, "应急管理部南方航空护林总站", []), (L, "西昌青山机场", []),
  (P, "吉克·伍呷", []), (P, "扎西尼玛", []), (L, "卡拉村", []), (O, "中国气象局", []), (L, "四川", []),
  (L, "攀枝花", []), (L, "甘孜藏族自治州", []), (L, "阿坝藏族羌族自治州", []), (O, "凉山州红十字会", []),
  (O, "四川省林业和草原局", []), (P, "何建川", []), (L, "盐源", []), (L, "冕宁", [])]),
 "1231_zh.txt": ("zh", ["BY", "CN", "KG", "KZ", "MN", "PK", "RU", "UZ"], [
  (L, "乌鲁木齐", []), (P, "耿丽娜", []), (L, "新疆国际会展中心", []), (L, "新疆", []),
  (O, "新疆维吾尔自治区商务厅", []), (O, "中国国际贸易促进委员会新疆分会", []),
  (O, "哈萨克斯坦贸易和一体化部", []), (P, "阿伊达尔·阿布迪卡里莫夫", ["Aidar Abdikarimov"]),
  (L, "霍尔果斯", []), (L, "巴克图", ["巴克图口岸"]), (L, "阿拉木图州", []), (O, "塔尔加尔果园", ["TOO Talgar Bagy"]),
  (P, "古丽娜尔·叶先阿利耶娃", []), (L, "江苏", []), (L, "撒马尔罕", []), (L, "伊塞克湖州", []),
  (O, "白俄罗斯驻乌鲁木齐总领事馆", []), (P, "尤里·谢苗诺维奇", ["Yuri Semenovich"]), (P, "买买提江·吐尔逊", []),
  (O, "阿里巴巴", []), (O, "京东", []), (L, "喀什", []), (L, "伊宁", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout68", G)
write_gold(here, "holdout68", "holdout68-gold.json", G)
