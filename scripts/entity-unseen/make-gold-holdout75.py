#!/usr/bin/env python3
"""Writes holdout75-gold.json for the articles in holdout75/ (same format and conventions as make-gold-holdout74.py and,
through it, holdout60-73). A SENTINEL set (never fitted), written blind in session 51 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first (see git log), then this gold): wire
news on topics the earlier sets had little of (oil shale units closing on the Russian border, new geoglyphs beside the
Nazca Lines, rails laid on a standard gauge line to the Kenyan border, an octopus season against fishmeal plants, a
football squad list, a new airport's environmental assessment, a port's second phase and a railway to Turkey, floods in
the eastern emirates, an excavated pearl-trade market, rice imports resumed, land cleared for a cross-border railway, a
railway tunnel through the Kyrgyz mountains, a comet found by a university observatory, a bridge opened over a river, a
reservoir's winter releases, the ski season's opening, a canal's locks finished, an airport terminal topped out), set
mostly in countries the earlier sets rarely used (Estonia with Finland, Latvia and Lithuania, Peru, Uganda with Kenya,
Mauritania, Morocco with Senegal and Portugal, Portugal with Spain, Iraq with Kuwait and Iran, the UAE's Fujairah and Ras
Al Khaimah, Qatar, the Philippines, Kyrgyzstan with Uzbekistan, the Urals, Xinjiang's Altay, Guangxi, Nicaragua) and in
the corpus's own (Vietnam's Lào Cai, Belarus's Gomel region, Kazakhstan); REAL public figures and bodies mixed with
invented minor people, firms and villages; 3 en, 3 fr, 3 ar, 3 vi (1350 entirely in NFD), 3 ru, 3 zh (1344 fr with a
list of 26 players):
1340 en Reuters 'TALLINN, Dec 7 (Reuters) -' (Eesti Energia in the headline after 'Estonia's', Narva (its 'Narva power
plants' the town's alias), 'Ida-Viru county', the real CEO after 'Chief executive' then surname, the EU written out and
as 'EU's', 'The group's Auvere plant' and 'the Balti plant' (plants named after places not otherwise named: the place, the
plant its alias), Elering after 'the grid operator', Kiisa, Kristen Michal after 'Prime Minister', the Just Transition
Fund (a funding programme, none), Kohtla-Järve and Sillamäe, Neo Performance Materials after 'Canada's', a crane
operator full then surname, an invented deputy mayor after 'Narva deputy mayor' then surname, 'the Tallinn-Narva
railway' (a line named by its ends, a place), Jõhvi and Toila, an analyst 'of LHV Pank', 'the Estlink cables' (a link,
a place as the pipelines of holdout74 were), 'the Gulf of Riga' (Riga only inside it), a reporting/editing line; Estonia
EE, Russian RU, Canada CA, Finland FI, Latvia LV, Lithuania LT; 'Estonian' the language, EE anyway);
1341 en AP 'LIMA, Peru (AP) —' (the Nazca Lines apart from the town of Nazca, the Culture Ministry after 'Peru's' and
'Deputy Culture Minister' (a title, no second body), Masato Sakai then surname, Yamagata University, Palpa, 'the Ica
region' and Ica, IBM Research, 'the Ingenio valley', 'the Pan-American Highway', an archaeologist after his occupation
then surname, 'the town of Vista Alegre', the National University of San Luis Gonzaga (the saint inside none), UNESCO,
'Maria Reiche airport' (a place; the person inside none), Cusco and Arequipa with no cue, a hotel owner and her hotel
'the Pampa Viva hotel' (a business, an organization), an AP writer; Peru/Peruvian PE, Japanese JP);
1342 en AFP 'KAMPALA, Dec 7 (AFP) -' ('Malaba-Kampala railway' (a line named by its ends) with each end, Yoweri
Museveni after 'President' then surname, Tororo, 'the Indian Ocean', Yapi Merkezi after 'Turkey's', Standard
Chartered, EKN after 'the Swedish export credit agency', 'Busia, Jinja and Mukono', Namanve, the Uganda Railways
Corporation and its managing director (invented) with no comma, Iganga, the Uganda Human Rights Commission, a farmer
full then surname, 'the village of Nabuyoga', Naivasha, 'the port of Mombasa' (Mombasa's alias), Nakuru and Eldoret,
Fred Muhumuza after 'Economist', Makerere University, 'the Nile'; Uganda UG, Kenya/Kenyan KE, Chinese CN, Turkey TR,
Swedish SE, Rwanda RW, South Sudan SS);
1343 fr AFP 'Nouadhibou, 7 décembre 2026 (AFP) -' (a fisherman full name with 'Ould', 'la baie du Lévrier', 'la
Garde-côtes mauritanienne' (one body), SMCP after its full name, its invented director after 'M.', 'le port de Tanit'
(the place not otherwise named: the port its alias), a spokeswoman after 'Mme' with 'Mint', FNP after its name, the
fisheries ministry as written, IMROP after its name, Greenpeace Afrique, 'le parc national du Banc d'Arguin', Unesco,
the Imraguen (a people, none), 'les villages de Iwik et de R'Gueiba', Mohamed Ould Cheikh El Ghazouani after 'le
président', SNIM with no name spelled out; Mauritanie MR, Japon JP, Espagne ES, chinois CN, turcs TR, Sénégal SN,
Gambie GM);
1344 fr MAP 'Salé, 07 déc. 2026 (MAP) -' (a squad list: Walid Regragui after 'Le sélectionneur national' then 'M.
Regragui', 'au Complexe Mohammed VI de football à Maâmora' (a place; the king inside none), Tanger, Lisbonne, 26 players
in four lists after 'Gardiens :', 'Défenseurs :', 'Milieux :', 'Attaquants :', Hakim Ziyech, 'le retour de Harit' (the
listed Amine Harit), 'Wydad de Casablanca' (a club; Casablanca only inside it), an invented young striker, FRMF after
its name, Fouad Lekjaa, 'le stade Ibn Batouta de Tanger' (a stadium: a place; the traveller inside none), 'la
Fédération' (the FRMF's alias); the World Cup and the Cup of Nations none; Sénégal SN, Portugal PT, Espagne ES,
marocaine MA ('le Royaume' none));
1345 fr AFP 'Lisbonne, 7 décembre 2026 (AFP) -' (Alcochete and 'Campo de Tiro d'Alcochete' (a military site named
like a named town: a place apart), APA after its name, 'aéroport Luís de Camões' and 'l'aéroport Humberto Delgado' (places;
the people inside none), ANA Aeroportos de Portugal, Vinci after 'groupe français', Luís Montenegro after 'le Premier
ministre', Setúbal, 'du Tage' and 'l'estuaire du Tage', 'entre Chelas et Barreiro', 'Benavente et de Samora Correia',
the association Zero (a common word as a name), its vice-president after 'Mme', an invented mayor after 'le maire',
Porto Alto, 'La ligne à grande vitesse Lisbonne-Madrid' (a line named by its ends) with Madrid, Évora and Elvas, Badajoz
and Plasencia, 'en Estrémadure', 'Le pont Vasco da Gama' (a place; the navigator inside none); Portugal PT, français
FR, Espagne ES);
1346 ar KUNA 'بغداد - 7 - 12 (كونا) --' (Mohammed Shia al-Sudani after the prime minister's title then surname, 'ميناء
الفاو الكبير' (a port, a place apart) and 'شبه جزيرة الفاو' / 'الفاو', 'محافظة البصرة' and 'جامعة البصرة', the
Development Road (a project, none), Daewoo in parentheses, 'بمدينة أم قصر', 'خور الزبير', the Iraqi ports company,
the transport minister after his portfolio title (no body) then surname, 'بمحافظات البصرة والديوانية وبغداد وصلاح الدين
ونينوى' (a plural noun and clitic forms), 'منفذ فيشخابور', 'طريق بغداد - البصرة' (a road named by its ends), ADB, an
invented fisherman full then surname, 'لشط العرب', 'خور عبدالله', 'ميناء مبارك الكبير' (a port; the person inside none),
'جزيرة بوبيان', a real economist after 'الخبير الاقتصادي ... الدكتور', 'الموصل وزاخو', 'بندر عباس وتشابهار'; العراقي IQ,
الكورية الجنوبية KR, التركية/تركيا TR, قطر QA, الإمارات AE, الكويت KW, الإيرانية IR);
1347 ar WAM 'الفجيرة في 7 ديسمبر / وام /' (the agency by 'وام' and its full name with 'ل', 'إمارتا الفجيرة ورأس الخيمة',
'منطقة مسافي', 'دبا الفجيرة' with the headline's 'ودبا' (one town), the meteorology centre and its real forecaster
after 'الدكتور', 'بحر العرب', 'دبي والشارقة وأبوظبي' (no cue), NCEMA, 'وادي الحلو ووادي الوريعة', 'شرطة الفجيرة' (a
body named after a city), 'طريق الفجيرة - مسافي' (a road named by its ends), 'شارع الشيخ خليفة بن زايد' (a road; the
person inside none), the ruler of Fujairah after 'صاحب السمو الشيخ' (his 'عضو المجلس الأعلى حاكم الفجيرة' a title, no
body), 'قرى الطويين والبثنة' and 'منطقة الطويين', a resident full name, the RAK public services department, 'منطقة
شعم والرمس', Dubai's RTA ('في دبي' a locator), 'سد وادي البيح' (the wadi not otherwise named: the dam its alias) and
'سد الطويين' (a dam named like a named village: a place apart), 'محافظة مسندم'; الإمارات AE, سلطنة عمان OM);
1348 ar QNA 'الدوحة في 07 ديسمبر /قنا/' (Qatar Museums, 'مدينة الزبارة' and 'موقع الزبارة', 'قلعة الزبارة' (a fort, a
place apart), the University of Copenhagen ('الدنماركية'), Sheikha Al Mayassa after 'سعادة الشيخة' with her office in
apposition (the board none), 'الخليج' and 'منطقة الخليج' (the Gulf, a place), an invented Danish archaeologist
transliterated, then surname, QNA after its name, 'البصرة ومسقط' (mint towns; no country), a researcher full name,
'إدارة الآثار في متاحف قطر' (the department a body), Qatar University, the National Museum of Qatar (a body, as
holdout74's museum), UNESCO written out with 'منظمة' and in parentheses, 'بلدية الشمال' (the municipality a place) and
'طريق الشمال السريع' (a road, a place apart), 'فريحة والرويس وعين محمد' (the last a place; no person), a sheikh
after 'الشيخ' with his office after, 'جزيرة حالول', 'جامعة ويلز البريطانية'; قطر QA, الدنماركية DK, الصين CN, الهند IN,
البريطانية GB);
1349 vi TTXVN 'Manila, 7/12 (TTXVN) -' (the Philippine agriculture department with its country, the real secretary
'Francisco Tiu Laurel Jr.' then 'Ông Laurel', Ferdinand Marcos Jr. after 'Tổng thống', 'các tỉnh Nueva Ecija, Isabela và
Pangasinan', NFA after its Vietnamese name, Cabanatuan and Iloilo, FFF after its name and its real leader after 'ông',
VFA's real vice-chairman, 'Cần Thơ, An Giang và Đồng Tháp', the rice varieties ST25 and 'Đài Thơm 8' (none), an
invented director full then 'bà Hằng', her firm with its legal form, 'thành phố Cebu', 'cảng Cái Mép', 'cảng Manila'
(a port named like a named city: a place apart, as holdout74's cảng Kampot), the trade office ('tại Philippines' inside
it), BPI after its Vietnamese name; Philippines PH, Việt Nam VN, Thái Lan TH, Pakistan PK, Myanmar MM, Ấn Độ IN);
1350 vi TTXVN 'Lào Cai, 7/12 (TTXVN) -', entirely in NFD ('đường sắt Lào Cai - Hà Nội - Hải Phòng' (a line named by its
three ends) with each, the provincial people's committee, its vice-chairman after his title, 'sông Hồng', 'xã Bảo Hà',
'khu tái định cư Cam Đường' and 'phường Cam Đường' (one place), the railway project board and the construction ministry
('thuộc' between two bodies), 'ga Lào Cai mới' (a station named like a named province: a place apart), 'Phú Thọ, Hà Nội,
Bắc Ninh', 'ga Lạch Huyện ở Hải Phòng' (Lạch Huyện not otherwise named: the station its alias), 'đường sắt Côn Minh - Hà
Khẩu' with each end, 'sông Nậm Thi', a deputy director full then 'ông Thịnh', Cienco 1 in parentheses, 'xã Gia Phú', a
resident after 'bà' then 'bà Mai' (the Giáy people none), VNR written out, 'Vân Nam', 'cảng biển Hải Phòng' (the
seaport apart, as the Kampot rule has it); Trung Quốc CN, Việt Nam VN (in VNR's name), 'thời Pháp' FR);
1351 vi TTXVN 'Bishkek, 7/12 (TTXVN) -' (Sadyr Japarov after 'Tổng thống Kyrgyzstan' then 'ông Japarov', 'đèo Kaldama',
'tỉnh Jalal-Abad', 'tuyến đường sắt Trung Quốc - Kyrgyzstan - Uzbekistan' (a line named by three countries), 'thành phố
Kashgar', 'Khu tự trị Duy Ngô Nhĩ Tân Cương' (Tân Cương the place, the full form its alias), 'cửa khẩu Torugart', 'các
thị trấn Makmal và Arpa', 'thành phố Andijan', Trung Á / châu Âu / Trung Đông (regions, none), the joint venture with an
English name, CRCC and CREC after their Vietnamese names (one inside the other's words but for 'Xây dựng'), an invented
CEO, 'làng Kazarman', a roadside cook, 'Tuyến đường ô tô Bishkek - Osh' (a road named by its ends) and Osh, ADB and AIIB
after their names, 'thung lũng Fergana'; Kyrgyzstan KG, Trung Quốc CN, Uzbekistan UZ, Kazakhstan KZ, Việt Nam VN);
1352 ru TASS 'ЕКАТЕРИНБУРГ, 7 декабря. /ТАСС/.' (UrFU's full name in the genitive with the president inside it (none)
and 'УрФУ', the Kourovka observatory in the instrumental (and the headline's short genitive) with its real head then surname, the Minor Planet Center and the
IAU in the genitive, 'в Кембридже (штат Массачусетс)' (a state: a place; no country), an invented graduate student with
his patronymic then 'Лыкову' (dative), his institute 'физико-технологический институт УрФУ' (lowercase, a body), his
supervisor with her patronymic, 'у деревни Коуровка' with 'Коуровки' and 'в Коуровке' (the village apart from the
observatory), 'реки Чусовой', 'на Урале' (a region, a place as holdout74's Sahel), the Приоритет-2030 programme (none),
'Минобрнауки России', 'Институт астрономии РАН в Москве', Денис Паслер after 'Губернатор Свердловской области', cities in
the genitive after 'в честь' and 'имена' (Нижнего Тагила, Екатеринбурга, Первоуральска, Каменска-Уральского), two
observatories in the genitive, 'Карачаево-Черкесии', 'обсерватории Ондржейов в Чехии'; России RU, Казахстана KZ,
Узбекистана UZ, Чехии CZ);
1353 ru BelTA 'ГОМЕЛЬ, 7 декабря (БЕЛТА) –' (Мозырь in four cases, 'через Припять' and 'Припяти', the oblast executive
committee in the prepositional and genitive, 'автодороги Мозырь - Туров' (a road named by its ends) with 'Турова', the
real chairman in the genitive after 'председателя облисполкома', 'ОАО "Мозырский НПЗ"', 'ОАО "Гомельоблдорстрой"', the
Borisov bridge plant in the prepositional (Борисов inside none), an invented department head after a long title, BNTU in
the genitive, 'в Калинковичах и Петрикове', 'деревни Бобры', a resident full then surname, the district executive
committee's chairman (invented) then 'Лазовского' (accusative), the transport ministry in the genitive, 'на улице
Пролетарской' (a street, a place), 'национального парка "Припятский"', 'до Пинска'; Белорусского BY, России RU,
Украины UA);
1354 ru Kazinform 'ШЫМКЕНТ. КАЗИНФОРМ –' (the Shardara reservoir, 'в Туркестанской и Кызылординской областях'
(coordinated adjectives over one plural noun) and 'по Туркестанской области', Kazakhstan's water ministry in the
prepositional, Uzbekistan's in the genitive, BVO "Сырдарья" (the river inside a body's name, and the river apart as
'Сырдарьи'), an invented vice-minister after his title then 'Жумабаева', 'Токтогульской ГЭС', 'Арнасайскую систему
озер', 'Малый Арал' and 'Малого Аральского моря' (one sea), RGP "Казводхоз", its regional director, 'Шардаринской ГЭС',
'в Жетысайском и Шардаринском районах' and 'аким Шардаринского района' (a district before a title: a place), 'поселка
Коксарай', 'села Узын-Ата', the emergencies ministry in the genitive, 'В Кызылорде', an ecologist of the Korkyt Ata
university (the person inside none), 'Кокаральской плотине', 'у Аральска', 'в Ташкенте', Tokayev and Mirziyoyev listed
after 'президенты'; Казахстан KZ, Узбекистан UZ, Кыргызстан KG, Таджикистан TJ);
1355 zh Xinhua '新华社乌鲁木齐12月7日电（记者 阿依努尔·买买提 周昊）' (a reporter with a middle dot, 阿勒泰地区 and the
headline's 阿勒泰 against 阿勒泰市 (the city, a place apart), 将军山国际滑雪度假区 with the headline's 将军山滑雪场, the
prefecture's culture bureau and its deputy head with a middle dot, 可可托海 and 禾木 resorts (the towns only inside them
but 禾木村), 广东深圳 and 深圳, a tourist, 阿勒泰雪都机场, the regional culture department (新疆维吾尔自治区 inside it),
China Southern's Xinjiang branch, 富蕴县, a Kazakh herder with a middle dot (哈萨克族 none), 喀纳斯景区管委会 (the
scenic area only inside it), 喀纳斯湖 and 月亮湾, 阿尔泰山, 汗德尕特乡墩德布拉克遗址 (a township and a site), the Xinjiang
University tourism school and its dean with a middle dot; 中国 CN, 哈萨克斯坦 KZ, 俄罗斯 RU, 蒙古国 MN, 乌兹别克斯坦 UZ;
中亚 none);
1356 zh Xinhua '新华社南宁12月7日电（记者 黄耀漫 覃星星）' (the Pinglu canal (a place) and its builder, the locks 马道、企石、
青年 (青年 a common word; 青年枢纽 / 青年枢纽船闸 later), 南宁市横州市西津库区平塘江口 (four places run together), 钦州市
灵山县陆屋镇, 钦江, 北部湾 and 北部湾港集团, 西江, 钦州港 (a port apart from 钦州市), 广州, the chief engineer, 钦州市钦南区,
CCCC and PowerChina, a villager, Guangxi's transport department, the New Western Land-Sea Corridor (none), '贵州、云南、
重庆', 防城港, 东盟 (ASEAN), '越南海防港、泰国林查班港' (ports; the countries before them), the Guangxi University school and
a professor named like a late vice-premier (an invented person), 茅尾海; 中国 CN (in the builders' names and 新中国),
越南 VN, 泰国 TH);
1357 zh Xinhua '新华社马那瓜12月6日电（记者 孙一宁 吴昊）' (蓬塔韦特国际机场, the co-presidents Ortega and Murillo with middle
dots after '共同总统' and 'Ortega' alone, the real Chinese ambassador after '中国驻尼加拉瓜大使' (a title, no embassy),
马那瓜湖, CCCC's listed company and CHEC with 中国港湾 as its short form, 太平洋 and 加勒比海, the transport ministry inside
its minister's title (a body) and the real minister with a middle dot, '马那瓜、格拉纳达和马萨亚', '莱昂和奇南德加',
'奥古斯托·塞萨尔·桑迪诺国际机场' (a place; the person inside none), a project manager, 蒂皮塔帕市, a worker with two
middle dots, an economist of 马那瓜大学; 中美洲 and 亚洲 none; 中国/中尼/对华 CN, 尼加拉瓜 NI)."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1340_en.txt": ("en", ["CA", "EE", "FI", "LT", "LV", "RU"], [
  (L, "Tallinn", ["TALLINN"]), (O, "Reuters", []), (O, "Eesti Energia", []), (L, "Narva", []),
  (L, "Ida-Viru", ["Ida-Viru county"]), (P, "Andrus Durejko", ["Durejko"]), (O, "European Union", ["EU"]),
  (L, "Auvere", ["Auvere plant"]), (O, "Elering", []), (L, "Kiisa", []), (P, "Kristen Michal", []),
  (L, "Kohtla-Järve", []), (L, "Sillamäe", []), (O, "Neo Performance Materials", []),
  (P, "Tatjana Orlova", ["Orlova"]), (L, "Balti", ["Balti plant"]), (P, "Aleksandr Pajusalu", ["Pajusalu"]),
  (L, "Tallinn-Narva", ["Tallinn-Narva railway"]), (L, "Jõhvi", []), (L, "Toila", []), (P, "Mart Ilves", []),
  (O, "LHV Pank", []), (L, "Estlink", ["Estlink cables"]), (L, "Gulf of Riga", []), (P, "Andrius Sytas", []),
  (P, "Mark Potter", [])]),
 "1341_en.txt": ("en", ["JP", "PE"], [
  (L, "Lima", ["LIMA"]), (O, "Associated Press", ["AP"]), (L, "Nazca Lines", []), (O, "Culture Ministry", []),
  (P, "Masato Sakai", ["Sakai"]), (O, "Yamagata University", []), (L, "Nazca", []), (L, "Palpa", []),
  (L, "Ica", ["Ica region"]), (O, "IBM Research", []), (P, "Rosa María Quispe", []),
  (L, "Ingenio", ["Ingenio valley"]), (L, "Pan-American Highway", []), (P, "Jorge Olano", ["Olano"]),
  (L, "Vista Alegre", []), (O, "National University of San Luis Gonzaga", []), (O, "UNESCO", []),
  (L, "Maria Reiche airport", []), (L, "Cusco", []), (L, "Arequipa", []), (P, "Lucía Benavides", []),
  (O, "Pampa Viva", ["Pampa Viva hotel"]), (P, "Franklin Briceño", [])]),
 "1342_en.txt": ("en", ["CN", "KE", "RW", "SE", "SS", "TR", "UG"], [
  (L, "Kampala", ["KAMPALA"]), (O, "AFP", []), (L, "Malaba-Kampala", ["Malaba-Kampala railway"]), (L, "Malaba", []),
  (P, "Yoweri Museveni", ["Museveni"]), (L, "Tororo", []), (L, "Indian Ocean", []), (O, "Yapi Merkezi", []),
  (O, "Standard Chartered", []), (O, "EKN", []), (L, "Busia", []), (L, "Jinja", []), (L, "Mukono", []),
  (L, "Namanve", []), (O, "Uganda Railways Corporation", []), (P, "Denis Ssempala", []), (L, "Iganga", []),
  (O, "Uganda Human Rights Commission", []), (P, "Margaret Akello", ["Akello"]), (L, "Nabuyoga", []),
  (L, "Naivasha", []), (L, "Mombasa", ["port of Mombasa"]), (L, "Nakuru", []), (L, "Eldoret", []),
  (P, "Fred Muhumuza", []), (O, "Makerere University", []), (L, "Nile", [])]),
 "1343_fr.txt": ("fr", ["CN", "ES", "GM", "JP", "MR", "SN", "TR"], [
  (L, "Nouadhibou", []), (O, "AFP", []), (L, "Lévrier", ["baie du Lévrier"]),
  (O, "Garde-côtes mauritanienne", []), (P, "Sidi Mohamed Ould Brahim", []),
  (O, "Société mauritanienne de commercialisation de poissons", ["SMCP"]), (P, "Ahmed Salem Ould Bah", []),
  (L, "Tanit", ["port de Tanit"]), (P, "Aïchetou Mint Cheikh", []), (O, "Fédération nationale des pêches", ["FNP"]),
  (O, "ministère des Pêches et de l'Économie maritime", []),
  (O, "Institut mauritanien de recherches océanographiques et des pêches", ["IMROP"]), (O, "Greenpeace Afrique", []),
  (L, "Banc d'Arguin", ["parc national du Banc d'Arguin"]), (O, "Unesco", []), (L, "Iwik", []), (L, "R'Gueiba", []),
  (L, "Nouakchott", []), (P, "Mohamed Ould Cheikh El Ghazouani", []), (O, "SNIM", [])]),
 "1344_fr.txt": ("fr", ["ES", "MA", "PT", "SN"], [
  (L, "Salé", []), (O, "MAP", []), (P, "Walid Regragui", ["Regragui"]), (L, "Complexe Mohammed VI de football", []),
  (L, "Maâmora", []), (L, "Tanger", []), (L, "Lisbonne", []),
  (P, "Yassine Bounou", []), (P, "Munir Mohamedi", []), (P, "Mehdi Benabid", []), (P, "Achraf Hakimi", []),
  (P, "Noussair Mazraoui", []), (P, "Nayef Aguerd", []), (P, "Romain Saïss", []), (P, "Jawad El Yamiq", []),
  (P, "Yahia Attiyat Allah", []), (P, "Adam Masina", []), (P, "Chadi Riad", []), (P, "Sofyan Amrabat", []),
  (P, "Azzedine Ounahi", []), (P, "Bilal El Khannouss", []), (P, "Ismael Saibari", []),
  (P, "Oussama El Azzouzi", []), (P, "Neil El Aynaoui", []), (P, "Brahim Díaz", []), (P, "Youssef En-Nesyri", []),
  (P, "Ayoub El Kaabi", []), (P, "Abde Ezzalzouli", []), (P, "Eliesse Ben Seghir", []), (P, "Amine Adli", []),
  (P, "Soufiane Rahimi", []), (P, "Ilias Akhomach", []), (P, "Amine Harit", ["Harit"]), (P, "Hakim Ziyech", []),
  (O, "Wydad de Casablanca", []), (P, "Anas Bouzidi", []),
  (O, "Fédération royale marocaine de football", ["FRMF", "Fédération"]), (P, "Fouad Lekjaa", []),
  (L, "stade Ibn Batouta", ["Ibn Batouta"])]),
 "1345_fr.txt": ("fr", ["ES", "FR", "PT"], [
  (L, "Lisbonne", []), (O, "AFP", []), (L, "Alcochete", []), (L, "Campo de Tiro d'Alcochete", []),
  (O, "Agence portugaise de l'environnement", ["APA"]), (L, "aéroport Luís de Camões", []),
  (L, "aéroport Humberto Delgado", []), (O, "ANA Aeroportos de Portugal", []), (O, "Vinci", []),
  (P, "Luís Montenegro", []), (L, "Setúbal", []), (L, "Tage", ["estuaire du Tage"]), (L, "Chelas", []),
  (L, "Barreiro", []), (L, "Benavente", []), (L, "Samora Correia", []), (O, "Zero", []), (P, "Inês Carvalhal", []),
  (P, "Fernando Pinheiro", []), (L, "Porto Alto", []),
  (L, "Lisbonne-Madrid", ["ligne à grande vitesse Lisbonne-Madrid"]), (L, "Madrid", []), (L, "Évora", []),
  (L, "Elvas", []), (L, "Badajoz", []), (L, "Plasencia", []), (L, "Estrémadure", []),
  (L, "pont Vasco da Gama", [])]),
 "1346_ar.txt": ("ar", ["AE", "IQ", "IR", "KR", "KW", "QA", "TR"], [
  (L, "بغداد", ["وبغداد"]), (O, "وكالة الأنباء الكويتية", ["كونا", "لوكالة الأنباء الكويتية"]),
  (P, "محمد شياع السوداني", ["السوداني"]), (L, "ميناء الفاو الكبير", []), (L, "الفاو", ["شبه جزيرة الفاو"]),
  (L, "البصرة", ["محافظة البصرة"]), (O, "دايو", []), (L, "أم قصر", ["بمدينة أم قصر"]), (L, "خور الزبير", []),
  (O, "الشركة العامة لموانئ العراق", []), (P, "رزاق محيبس السعداوي", ["السعداوي"]),
  (L, "الديوانية", ["والديوانية"]), (L, "صلاح الدين", ["وصلاح الدين"]), (L, "نينوى", ["ونينوى"]),
  (L, "فيشخابور", ["منفذ فيشخابور"]), (L, "طريق بغداد - البصرة", []), (O, "بنك التنمية الآسيوي", []),
  (P, "كاظم جبار العيداني", ["العيداني"]), (L, "شط العرب", ["لشط العرب"]), (L, "خور عبدالله", []),
  (L, "ميناء مبارك الكبير", []), (L, "بوبيان", ["جزيرة بوبيان"]), (O, "جامعة البصرة", []),
  (P, "نبيل علي المرسومي", []), (L, "الموصل", []), (L, "زاخو", ["وزاخو"]), (L, "بندر عباس", []),
  (L, "تشابهار", ["وتشابهار"])]),
 "1347_ar.txt": ("ar", ["AE", "OM"], [
  (L, "الفجيرة", ["والفجيرة"]), (O, "وكالة أنباء الإمارات", ["وام", "لوكالة أنباء الإمارات"]),
  (L, "رأس الخيمة", ["ورأس الخيمة"]), (L, "مسافي", ["منطقة مسافي"]), (L, "دبا الفجيرة", ["ودبا"]),
  (O, "المركز الوطني للأرصاد", []), (P, "أحمد حبيب", []), (L, "بحر العرب", []), (L, "دبي", []),
  (L, "الشارقة", ["والشارقة"]), (L, "أبوظبي", ["وأبوظبي"]),
  (O, "الهيئة الوطنية لإدارة الطوارئ والأزمات والكوارث", []), (L, "وادي الحلو", []),
  (L, "وادي الوريعة", ["ووادي الوريعة"]), (O, "شرطة الفجيرة", []), (L, "طريق الفجيرة - مسافي", []),
  (L, "شارع الشيخ خليفة بن زايد", []), (P, "حمد بن محمد الشرقي", []),
  (L, "الطويين", ["قرى الطويين", "منطقة الطويين"]), (L, "البثنة", ["والبثنة"]), (P, "سعيد راشد اليماحي", []),
  (O, "دائرة الخدمات العامة", []), (L, "شعم", ["منطقة شعم"]), (L, "الرمس", ["والرمس"]),
  (O, "هيئة الطرق والمواصلات", []), (L, "وادي البيح", ["سد وادي البيح"]), (L, "سد الطويين", []),
  (L, "مسندم", ["محافظة مسندم"])]),
 "1348_ar.txt": ("ar", ["CN", "DK", "GB", "IN", "QA"], [
  (L, "الدوحة", []), (O, "وكالة الأنباء القطرية", ["قنا"]), (O, "متاحف قطر", []),
  (L, "الزبارة", ["مدينة الزبارة", "موقع الزبارة"]), (O, "جامعة كوبنهاغن", []),
  (P, "المياسة بنت حمد بن خليفة آل ثاني", []), (L, "الخليج", ["منطقة الخليج"]), (P, "ميكل ينسن", ["ينسن"]),
  (L, "البصرة", []), (L, "مسقط", ["ومسقط"]), (L, "قلعة الزبارة", []), (P, "فاطمة سلطان الكواري", []),
  (O, "إدارة الآثار", []), (O, "جامعة قطر", []), (O, "متحف قطر الوطني", []),
  (O, "منظمة الأمم المتحدة للتربية والعلم والثقافة", ["اليونسكو"]), (L, "الشمال", ["بلدية الشمال"]),
  (L, "طريق الشمال السريع", []), (L, "فريحة", []), (L, "الرويس", ["والرويس"]), (L, "عين محمد", ["وعين محمد"]),
  (P, "عبدالعزيز بن ناصر آل ثاني", []), (L, "حالول", ["جزيرة حالول"]), (O, "جامعة ويلز", [])]),
 "1349_vi.txt": ("vi", ["IN", "MM", "PH", "PK", "TH", "VN"], [
  (L, "Manila", []), (O, "TTXVN", []), (O, "Bộ Nông nghiệp Philippines", []),
  (P, "Francisco Tiu Laurel Jr.", ["Francisco Tiu Laurel", "Laurel"]),
  (P, "Ferdinand Marcos Jr.", ["Ferdinand Marcos"]), (L, "Nueva Ecija", ["các tỉnh Nueva Ecija"]),
  (L, "Isabela", []), (L, "Pangasinan", []), (O, "Cơ quan Lương thực Quốc gia Philippines", ["NFA"]),
  (L, "Cabanatuan", []), (L, "Iloilo", []), (O, "Liên đoàn Nông dân Tự do", ["FFF"]), (P, "Raul Montemayor", []),
  (P, "Đỗ Hà Nam", []), (O, "Hiệp hội Lương thực Việt Nam", ["VFA"]), (L, "Cần Thơ", []), (L, "An Giang", []),
  (L, "Đồng Tháp", []), (P, "Trần Thị Thu Hằng", ["Hằng"]),
  (O, "Công ty TNHH Lương thực Phước Long Hưng", []), (L, "Cebu", ["thành phố Cebu"]),
  (L, "Cái Mép", ["cảng Cái Mép"]), (L, "cảng Manila", []), (O, "Thương vụ Việt Nam tại Philippines", []),
  (O, "Cục Công nghiệp Thực vật", ["BPI"])]),
 "1350_vi.txt": ("vi", ["CN", "FR", "VN"], [
  (L, "Lào Cai", ["tỉnh Lào Cai"]), (O, "TTXVN", []), (O, "Ủy ban nhân dân tỉnh Lào Cai", []),
  (L, "Lào Cai - Hà Nội - Hải Phòng", ["đường sắt Lào Cai - Hà Nội - Hải Phòng"]), (L, "Hà Nội", []),
  (L, "Hải Phòng", []), (P, "Hoàng Quốc Khánh", []), (L, "Hồng", ["sông Hồng"]), (L, "Bảo Hà", ["xã Bảo Hà"]),
  (L, "Cam Đường", ["phường Cam Đường", "khu tái định cư Cam Đường"]),
  (O, "Ban Quản lý dự án đường sắt", []), (O, "Bộ Xây dựng", []), (L, "ga Lào Cai", []), (L, "Phú Thọ", []),
  (L, "Bắc Ninh", []), (L, "Lạch Huyện", ["ga Lạch Huyện"]),
  (L, "Côn Minh - Hà Khẩu", ["đường sắt Côn Minh - Hà Khẩu"]), (L, "Côn Minh", []), (L, "Hà Khẩu", []),
  (L, "Nậm Thi", ["sông Nậm Thi"]), (P, "Vũ Đức Thịnh", ["Thịnh"]),
  (O, "Tổng công ty Xây dựng Công trình giao thông 1", ["Cienco 1"]), (L, "Gia Phú", ["xã Gia Phú"]),
  (P, "Lý Thị Mai", ["Mai"]), (O, "Tổng công ty Đường sắt Việt Nam", []), (L, "Vân Nam", []),
  (L, "cảng biển Hải Phòng", [])]),
 "1351_vi.txt": ("vi", ["CN", "KG", "KZ", "UZ", "VN"], [
  (L, "Bishkek", []), (O, "TTXVN", []), (P, "Sadyr Japarov", ["Japarov"]), (L, "Kaldama", ["đèo Kaldama"]),
  (L, "Jalal-Abad", ["tỉnh Jalal-Abad"]),
  (L, "Trung Quốc - Kyrgyzstan - Uzbekistan", ["tuyến đường sắt Trung Quốc - Kyrgyzstan - Uzbekistan"]),
  (L, "Kashgar", ["thành phố Kashgar"]), (L, "Tân Cương", ["Khu tự trị Duy Ngô Nhĩ Tân Cương"]),
  (L, "Torugart", ["cửa khẩu Torugart"]), (L, "Makmal", []), (L, "Arpa", []),
  (L, "Andijan", ["thành phố Andijan"]), (O, "China-Kyrgyzstan-Uzbekistan Railway", []),
  (O, "Tập đoàn Xây dựng Đường sắt Trung Quốc", ["CRCC"]), (O, "Tập đoàn Đường sắt Trung Quốc", ["CREC"]),
  (P, "Talant Bekmuratov", []), (L, "Kazarman", ["làng Kazarman"]), (P, "Nurbek Asanov", []),
  (L, "Bishkek - Osh", ["Tuyến đường ô tô Bishkek - Osh"]), (L, "Osh", []),
  (O, "Ngân hàng Phát triển châu Á", ["ADB"]), (O, "Ngân hàng Đầu tư Cơ sở hạ tầng châu Á", ["AIIB"]),
  (L, "Fergana", ["thung lũng Fergana"])]),
 "1352_ru.txt": ("ru", ["CZ", "KZ", "RU", "UZ"], [
  (L, "Екатеринбург", ["ЕКАТЕРИНБУРГ", "Екатеринбурга"]), (O, "ТАСС", []),
  (O, "Уральский федеральный университет имени первого Президента России Б. Н. Ельцина",
   ["Уральского федерального университета имени первого Президента России Б. Н. Ельцина", "УрФУ"]),
  (O, "Коуровская астрономическая обсерватория", ["Коуровской астрономической обсерваторией",
   "Коуровской обсерватории"]),
  (P, "Вадим Крушинский", ["Крушинский"]), (L, "Коуровка", ["Коуровки", "Коуровке"]),
  (O, "Центр малых планет", []), (O, "Международный астрономический союз", ["Международного астрономического союза"]),
  (L, "Кембридж", ["Кембридже"]), (L, "Массачусетс", ["штат Массачусетс"]),
  (P, "Артем Сергеевич Лыков", ["Лыкову"]), (O, "физико-технологический институт УрФУ", []),
  (P, "Ольга Вадимовна Зоркальцева", []), (L, "Чусовая", ["реки Чусовой"]), (L, "Урал", ["Урале"]),
  (O, "Минобрнауки", ["Минобрнауки России"]), (O, "Институт астрономии РАН", []), (L, "Москва", ["Москве"]),
  (P, "Денис Паслер", []), (L, "Свердловская область", ["Свердловской области"]),
  (L, "Нижний Тагил", ["Нижнего Тагила"]), (L, "Первоуральск", ["Первоуральска"]),
  (L, "Каменск-Уральский", ["Каменска-Уральского"]),
  (O, "Крымская астрофизическая обсерватория", ["Крымской астрофизической обсерватории"]),
  (O, "Специальная астрофизическая обсерватория", ["Специальной астрофизической обсерватории"]),
  (L, "Карачаево-Черкесия", ["Карачаево-Черкесии"]), (O, "обсерватория Ондржейов", ["обсерватории Ондржейов"])]),
 "1353_ru.txt": ("ru", ["BY", "RU", "UA"], [
  (L, "Гомель", ["ГОМЕЛЬ"]), (O, "БЕЛТА", []), (L, "Мозырь", ["Мозыре", "Мозыря"]), (L, "Припять", ["Припяти"]),
  (O, "Гомельский облисполком", ["Гомельском облисполкоме", "Гомельского облисполкома"]),
  (L, "Мозырь - Туров", ["автодороги Мозырь - Туров"]), (L, "Туров", ["Турова"]),
  (P, "Иван Крупко", ["Ивана Крупко"]), (O, "Мозырский НПЗ", ["ОАО \"Мозырский НПЗ\""]),
  (O, "Гомельоблдорстрой", ["ОАО \"Гомельоблдорстрой\""]),
  (O, "Борисовский завод мостовых конструкций", ["Борисовском заводе мостовых конструкций"]),
  (P, "Андрей Ковалевич", []),
  (O, "Белорусский национальный технический университет", ["Белорусского национального технического университета"]),
  (L, "Калинковичи", ["Калинковичах"]), (L, "Петриков", ["Петрикове"]), (L, "Бобры", ["деревни Бобры"]),
  (P, "Валентина Сидорович", ["Сидорович"]), (O, "Мозырский райисполком", ["Мозырского райисполкома"]),
  (P, "Александр Лазовский", ["Лазовского"]),
  (O, "Министерство транспорта и коммуникаций", ["Министерства транспорта и коммуникаций"]),
  (L, "улица Пролетарская", ["улице Пролетарской"]), (L, "Припятский", ["национального парка \"Припятский\""]),
  (L, "Пинск", ["Пинска"])]),
 "1354_ru.txt": ("ru", ["KG", "KZ", "TJ", "UZ"], [
  (L, "Шымкент", ["ШЫМКЕНТ", "Шымкенте"]), (O, "Казинформ", ["КАЗИНФОРМ", "Казинформа"]),
  (L, "Шардаринское водохранилище", ["Шардаринского водохранилища"]),
  (L, "Туркестанская область", ["Туркестанской области", "Туркестанской"]),
  (L, "Кызылординская область", ["Кызылординской областях"]),
  (O, "Министерство водных ресурсов и ирригации Республики Казахстан",
   ["Министерстве водных ресурсов и ирригации Республики Казахстан"]),
  (O, "Министерство водного хозяйства Узбекистана", ["Министерства водного хозяйства Узбекистана"]),
  (O, "Бассейновая водохозяйственная организация \"Сырдарья\"",
   ["Бассейновой водохозяйственной организации \"Сырдарья\""]),
  (P, "Ерлан Жумабаев", ["Жумабаева"]), (L, "Токтогульская ГЭС", ["Токтогульской ГЭС"]),
  (L, "Арнасайская система озер", ["Арнасайскую систему озер"]), (L, "Сырдарья", ["Сырдарьи"]),
  (L, "Малый Арал", ["Малого Аральского моря"]), (O, "Казводхоз", ["РГП \"Казводхоз\""]),
  (P, "Бахытжан Сейткулов", []), (L, "Шардаринская ГЭС", ["Шардаринской ГЭС"]),
  (L, "Жетысайский район", ["Жетысайском"]), (L, "Шардаринский район", ["Шардаринском районах", "Шардаринского района"]),
  (L, "Коксарай", ["поселка Коксарай"]), (P, "Нурлан Абдиев", []), (L, "Узын-Ата", ["села Узын-Ата"]),
  (O, "Министерство по чрезвычайным ситуациям", ["Министерства по чрезвычайным ситуациям"]),
  (L, "Кызылорда", ["Кызылорде"]), (P, "Айгуль Тлеубаева", []),
  (O, "Кызылординский университет имени Коркыт Ата", ["Кызылординского университета имени Коркыт Ата"]),
  (L, "Кокаральская плотина", ["Кокаральской плотине"]), (L, "Аральск", ["Аральска"]), (L, "Ташкент", ["Ташкенте"]),
  (P, "Касым-Жомарт Токаев", []), (P, "Шавкат Мирзиёев", [])]),
 "1355_zh.txt": ("zh", ["CN", "KZ", "MN", "RU", "UZ"], [
  (O, "新华社", []), (L, "乌鲁木齐", []), (P, "阿依努尔·买买提", []), (P, "周昊", []), (L, "新疆", []),
  (L, "阿勒泰地区", ["阿勒泰"]), (L, "将军山国际滑雪度假区", ["将军山滑雪场"]), (L, "阿勒泰市", []),
  (O, "阿勒泰地区文化体育广播电视和旅游局", []), (P, "叶尔兰·努尔兰", []), (L, "可可托海国际滑雪度假区", []),
  (L, "禾木吉克普林国际滑雪度假区", []), (L, "广东", []), (L, "深圳", []), (P, "刘晓薇", []),
  (L, "阿勒泰雪都机场", []), (O, "新疆维吾尔自治区文化和旅游厅", []), (O, "中国南方航空新疆分公司", []),
  (L, "富蕴县", []), (L, "禾木村", []), (P, "巴合提别克·托列根", []), (O, "喀纳斯景区管委会", []),
  (L, "喀纳斯湖", []), (L, "月亮湾", []), (L, "阿尔泰山", []), (L, "汗德尕特乡", []), (L, "墩德布拉克遗址", []),
  (O, "新疆大学旅游学院", []), (P, "买合木提·吾守尔", [])]),
 "1356_zh.txt": ("zh", ["CN", "TH", "VN"], [
  (O, "新华社", []), (L, "南宁", ["南宁市"]), (P, "黄耀漫", []), (P, "覃星星", []),
  (O, "广西平陆运河建设有限公司", []), (L, "平陆运河", []), (L, "马道", []), (L, "企石", []),
  (L, "青年枢纽", ["青年枢纽船闸", "青年"]), (L, "横州市", []), (L, "西津库区", []), (L, "平塘江口", []),
  (L, "钦州市", []), (L, "灵山县", []), (L, "陆屋镇", []), (L, "钦江", []), (L, "北部湾", []), (L, "西江", []),
  (L, "钦州港", []), (L, "广州", []), (P, "陈小峰", []), (L, "钦南区", []), (O, "中国交通建设集团有限公司", []),
  (O, "中国电建集团", []), (P, "黄月娥", []), (O, "广西壮族自治区交通运输厅", []), (L, "贵州", []), (L, "云南", []),
  (L, "重庆", []), (L, "防城港", []), (O, "东盟", []), (O, "北部湾港集团", []), (L, "海防港", []),
  (L, "林查班港", []), (O, "广西大学海洋学院", []), (P, "李富春", []), (L, "茅尾海", [])]),
 "1357_zh.txt": ("zh", ["CN", "NI"], [
  (O, "新华社", []), (L, "马那瓜", []), (P, "孙一宁", []), (P, "吴昊", []), (L, "蓬塔韦特国际机场", []),
  (P, "丹尼尔·奥尔特加", ["奥尔特加"]), (P, "罗萨里奥·穆里略", []), (P, "陈曦", []), (L, "马那瓜湖", []),
  (O, "中国交通建设股份有限公司", []), (O, "中国港湾工程有限责任公司", ["中国港湾"]), (L, "太平洋", []),
  (L, "加勒比海", []), (O, "交通和基础设施部", ["尼加拉瓜交通和基础设施部"]), (P, "奥斯卡·莫希卡", []),
  (L, "格拉纳达", []), (L, "马萨亚", []), (L, "莱昂", []), (L, "奇南德加", []),
  (L, "奥古斯托·塞萨尔·桑迪诺国际机场", []), (P, "王德明", []), (L, "蒂皮塔帕市", []),
  (P, "玛丽亚·何塞·洛佩斯", []), (O, "马那瓜大学", []), (P, "卡洛斯·阿吉雷", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout75", G)
write_gold(here, "holdout75", "holdout75-gold.json", G)
