#!/usr/bin/env python3
"""Writes holdout71-gold.json for the articles in holdout71/ (same format and conventions as make-gold-holdout70.py and,
through it, holdout60-69). A SENTINEL set (never fitted), written blind in session 47 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first (06347eb7), then this gold): wire
news on topics the earlier sets had little of (a school-meals programme, a fisheries quota dispute, a weather radar
network, a textile workers' strike, a salt harvest, a film festival's selection, a camel race, a mobile-money payment
switch, an opera house reopening, a pearl farm, a cable car opening, an earthquake drill, a film festival's winners, a
cement plant, a second cable car, a salt harvest again (Sri Lanka), a lithium plant, a camel festival), set mostly in
countries the earlier sets rarely used (Sierra Leone, Benin and Burkina Faso in West Africa, the Faroe Islands and the
Nordic countries, Samoa in the Pacific, Djibouti and Somalia in the Horn of Africa, Mauritania, Armenia in the Caucasus,
Sri Lanka, Bolivia) and in the corpus's own (Vietnam, Belarus, Kazakhstan, China); REAL public figures and bodies mixed
with invented minor people, firms and villages; 3 en, 3 fr, 3 ar, 3 vi (1279 entirely in NFD), 3 ru (1280 with a long
list of festival winners and jurors, 23 people), 3 zh:
1268 en Reuters 'FREETOWN, Dec 7 (Reuters) -' (free school meals extended: MBSSE after its full name, the World Bank,
WFP after its name, 'Kailahun, Kono, Koinadugu, Pujehun and Bonthe', Conrad Sackey after 'Education Minister' then
surname, Waterloo, Julius Maada Bio, a WFP deputy with a hyphenated surname full then surname, 'Bo and Kenema', 'the
Tonkolili district village of Mabonto', a cooperative head full then surname, the cooperative, Makeni, SLTU after its
name, its secretary general, Liberia, Guinea, Nigeria, a reporting/editing line);
1269 en AP 'TÓRSHAVN, Faroe Islands (AP) —' (the Faroes set their own mackerel quota: the Faroe Islands and Greenland as
countries (FO, GL) and no places, Norway, Iceland, the EU, Britain, Bergen, ICES after its name, Dennis Holm after
'Faroese Fisheries Minister' then surname, the Løgting, 'Oslo and Brussels', Marianne Sivertsen Næss, Klaksvík, an
invented processor and its chief executive, Poland, Latvia, the Scottish Pelagic Fishermen's Association, Peterhead,
Lerwick, Ian Gatt, the Norwegian Fishermen's Association, the MSC after its name, Japan, Nigeria, the Faroese Pelagic
Organisation, an AP contributor line with Copenhagen, Denmark);
1270 en Kyodo 'APIA, Dec. 7 (Kyodo) --' (Samoa's Doppler radar network: Upolu, Savai'i, JICA (full, then acronym), Mount
Vaea, Salelologa, Faleolo International Airport, the Samoa Meteorology Division at Mulinu'u, La'auli Leuatea Schmidt,
Cyclone Evan (none), 'Kurokawa Keisoku Co.', Tokyo, its project manager, the division's officer full then surname, the
Vaisigano River, 'the village of Lepā', Manono, the Fiji Meteorological Service in Nadi, SPREP and WMO after their
names, Tonga, Vanuatu, Tuvalu, China);
1271 fr AFP 'Cotonou, 7 décembre 2026 (AFP) -' (a strike at the Glo-Djigbé textile mills: GDIZ after its full name,
Synatextha and BTC after theirs, Abomey-Calavi, a union leader full then 'M. Dossou-Agbanlin', Arise IIP, Patrice Talon,
Adidjatou Mathys after her title, Porto-Novo, CSTB after its name, 'Parakou, de Djougou et de Bohicon', 'la commune de
Zè', Savalou, a seamstress, an economist of the Université d'Abomey-Calavi, le Togo, Adétikopé, Mali, Bangladesh,
Vietnam, 'acheteurs indiens');
1272 fr ADI 'Djibouti, 7 déc. 2026 (ADI) –' (a record salt harvest at Lake Assal: 'lac Assal' / 'Lac Assal', SSLA after
its name, Tadjourah, 'port de Ghoubet', its director general full then 'M. Waïs', 'Galafi, d'As Eyla et de Dikhil', the
Addis-Abeba–Djibouti railway line (a place, with its end Addis-Abeba), EDR after its name, 'la gare de Nagad', Dire
Dawa, Modjo, APZFD after its name, China Merchants ('le groupe chinois'), Djibouti Nature and its president, 'le lac
Abbé', Ismaïl Omar Guelleh, 'Vision Djibouti 2035' (a programme, none), Kenya, Ouganda, Yémen, Somalie, Abyssinie);
1273 fr AIB 'Ouagadougou, 7 déc. 2026 (AIB) -' (Fespaco 2027's competition: the festival (an event, none), 16 countries
listed, Alex Moussa Sawadogo after his title then 'M. Sawadogo', 'la réalisatrice sénégalaise', Cannes, 'La Malienne',
Ségou, Tombouctou, 'Le Burkinabè', films (none), the real minister after his long title, Ibrahim Traoré after 'le
capitaine', Ciné Burkina and Ciné Neerwaya (venues, places), AES after its name, 'Le Centre national du cinéma et de
l'image animée (CNC) français', Abderrahmane Sissako ('le cinéaste mauritanien'), prizes (none), 'Palais des sports de
Ouaga 2000', Bobo-Dioulasso, Koudougou, Kaya, ISIS-SE after its name);
1274 ar AMI 'نواكشوط 7 ديسمبر 2026 (الوكالة الموريتانية للأنباء) -' (the national camel race at Ouad Naga: 'بلدية وادي
الناقة', 'بنواكشوط', the UAE, Qatar and Saudi Arabia, the president, the federation and its head full then 'ولد سيدي
المختار', 'ولايات الحوض الشرقي والحوض الغربي وآدرار وتكانت', the Dubai Camel Racing Club, a vet, a research centre, the
livestock office, a breeder from 'مدينة أطار', تمبكتو, السنغال, a quoted firm after شركة, FAO with الفاو, 'ولايتي الترارزة
ولبراكنة', روصو, the culture ministry, وادان; the festival مهرجان مدائن التراث none);
1275 ar SONNA 'مقديشو 7 ديسمبر 2026 (صونا) -' (Somalia's instant payment switch: the central bank, its real governor
full then 'عبد الله', Hormuud after شركة, Somtel and Golis in quotes, Salaam Somali Bank, 'بنك "بريمير"', the real finance
minister, the World Bank and the IMF, a department head, 'ولايات بونتلاند وجوبالاند وجنوب غرب الصومال وغلمدغ وهيرشبيلي',
'مدن كيسمايو وبيدوا وغالكعيو وبوصاصو', a trader full then 'نور', 'سوق بكارة', Telesom, هرجيسا, 'أرض الصومال
(صوماليلاند)', M-Pesa (a service, none), 'شركة سفاري كوم الكينية', the Ethiopian and Djiboutian banks (nisbas), the US,
the UK and Sweden);
1276 ar MENA 'الإسكندرية في 7 ديسمبر /أ ش أ/' (the Sayed Darwish Theatre reopens: the real culture minister, 'مسرح سيد
درويش (أوبرا الإسكندرية)', 'طريق الحرية', the Egyptian Opera House and its head full then surname, two Cairo Opera
companies and the Cairo Symphony, Arab Contractors after شركة, an Italian restoration studio in quotes, the Supreme
Council of Antiquities, the EU, the old name 'تياترو محمد علي', the French architect, 'دار الأوبرا في فيينا ومسرح
الأوديون في باريس', سيد درويش the composer, 'حي كوم الدكة', the Italian team head, Romania, UNESCO with اليونسكو, 'لفيردي',
Fatma Said, the Reda troupe, 'محطة الرمل وميدان المنشية', the engineering faculty with its university, a conservatoire
student, 'دار الأوبرا بالقاهرة ومسرح الجمهورية');
1277 vi Dân trí '(Dân trí) -' (a Vân Đồn pearl farm's first export to Japan: a TNHH firm named after the bay, 'đặc khu Vân
Đồn, tỉnh Quảng Ninh', 'vịnh Bái Tử Long', 'đảo Quan Lạn' and 'xã Quan Lạn', 'đảo Ngọc Vừng', its director full then
'ông Thịnh', 'Tập đoàn Tasaki', 'thành phố Kobe', 'tỉnh Mie', the provincial agriculture department, the marine fisheries
institute '(Hải Phòng)', a researcher full then 'bà Hà', Hạ Long, Phú Quốc, 'Polynésie thuộc Pháp', 'xã Minh Châu', a
worker);
1278 vi NLĐO '(NLĐO) -' (the Bản Giốc cable car: 'UBND tỉnh Cao Bằng', 'Tập đoàn Sun Group', 'thác Bản Giốc', 'đỉnh núi
Phja Oắc', 'xã Đàm Thủy', 'sông Quây Sơn', the real deputy prime minister Trần Hồng Hà, the UNESCO geopark, the
operator's head full then 'Ông Trung', the operating company, Doppelmayr 'của Áo', CWA 'ở Thụy Sĩ', 'thành phố Cao
Bằng', 'động Ngườm Ngao', 'chùa Phật tích Trúc Lâm Bản Giốc', 'hồ Thang Hen', a homestay owner full then 'bà Hường',
'làng Khuổi Ky', Hà Nội, 'Fansipan (Lào Cai), Hòn Thơm (Phú Quốc) và Bà Nà (Đà Nẵng)');
1279 vi VOV 'VOV.VN -', in NFD (an earthquake and dam-break drill at Măng Đen: the provincial civil defence command,
'xã Măng Đen, tỉnh Quảng Ngãi', 'Quốc lộ 24', 'Thủy điện Thượng Kon Tum' with its reservoir and plant, the military
command, the Red Cross, 'các làng Kon Chênh, Kon Pring và Vi Kơ Thu', the Institute of Geophysics, a boarding school,
the commune's vice chairman full then 'ông Rướng', the institute's head, VAST, 'hồ Plei Krông', the Vĩnh Sơn - Sông
Hinh hydropower company, 'sông Đăk Snghé', JICA after its Vietnamese name, a Japanese expert);
1280 ru BelTA 'МИНСК, 7 декабря (БЕЛТА) –' (the winners and juries of the Listapad festival (the festival, its prizes,
films and programmes none): 'Большом зале Дворца Республики', 23 people in the nominative, genitive, dative and
instrumental (Айгерим Сейтказиной, Бехрузу Карими-Неджаду, Тимуру Хакимову, Ольги Сенькевич, Андрею Жилинскому-Ровбе,
Зарине Абдуллаевой, Дениса Астапенко, Владимиром Гостюхиным), nationality words (казахстанского, иранцу, россиянка,
серб, монгольский, китайская, иранская), a Serb's name in Latin script in parentheses, a Mongolian name in its own
order (Ганбаатарын Батбаяр), 'Узбекистана', '(Армения)', Полесье, Гродно, Витебска, Могилева, the Beijing Film Academy
in the genitive, 'киностудии "Беларусьфильм"', the real minister, 'кинотеатрах "Москва", "Пионер" и "Центральный"',
Бресте, Гомеле, the film-makers' union in the genitive, 'студии "Казахфильм" имени Шакена Айманова' and 'Национальная
киностудия Казахстана' (one body), the film archive in the dative, Пинске, Лиде, Новополоцке, Москве, Санкт-Петербурге);
1281 ru Kazinform 'ШЫМКЕНТ. KAZINFORM –' (a cement plant in the Turkestan region: 'Ордабасинском районе Туркестанской
области', 'ТОО "Ордабасы Цемент"', 'села Темирлан', Sinoma and CNBM in Latin script, the Development Bank of Kazakhstan,
the director full then surname, 'Бадамском месторождении', 'Ордабасинского и Сайрамского районов', the real akim full
then surname, Туркестана, Кентау, Арыси, a vice minister, 'Мангистауской и Жамбылской областях', KTZ in Kazakh inside
'Национальная компания', 'станции Бадам', 'станцию Сарыагаш', an NGO in quotes and its chairwoman, 'аула Кажымукан', a
German filter maker, the ecology department, the real Chinese ambassador; Uzbekistan, Kyrgyzstan, Tajikistan,
Afghanistan);
1282 ru Armenpress 'ЕРЕВАН, 7 декабря. /АРМЕНПРЕСС/.' (a cable car at Dilijan: 'Тавушской области' and 'Тавуша', 'озеру
Парз' / 'озера Парз', the national park in the genitive, Никол Пашинян full then surname, 'ООО "Тавуш Роупвэй"',
'ливанским', 'итальянская компания Leitner', 'Австрии и Грузии', its director full then surname, the tourism committee
in the genitive and its real chair, 'России, Ирана и Грузии', 'монастырям Агарцин и Гошаванк', the park director, the
environment ministry, 'улице Шарамбеяна', a guesthouse owner, 'села Гош', "Крылья Татева" (a named cable car, a place)
'в Сюникской области', UWC Dilijan, the central bank in the genitive, the ADB in the instrumental, 'Ереван – Севан –
Дилижан');
1283 zh Xinhua '新华社科伦坡12月7日电（记者 唐璐 韩振宇）' (Hambantota's salt harvest: Lanka Salt with 有限公司, its chairwoman
with the Latin spelling, 马哈莱瓦亚盐场 and 科林达盐场, a salt worker full then surname, 普塔勒姆, 贾夫纳半岛, 埃莱芬特帕斯,
the industry ministry, the real president, 议会, the real Chinese ambassador, 汉班托塔港, China Merchants Port with
有限公司, a Ruhuna department with its university, a professor, 本达拉国家公园, India and the Maldives);
1284 zh People's Daily Online '人民网拉巴斯12月6日电（记者 姜波）' (a lithium plant at Uyuni: YLB after its Chinese name,
CBC, '波托西省', 乌尤尼盐湖, the real president full then '帕斯', 奥鲁罗, CATL, Brunp and CMOC (Chinese firm names), a
project head, 科尔恰尼 and 里奥格兰德, YLB's head with the Latin spelling, '俄罗斯铀一集团', 帕斯托斯格兰德斯盐湖, an
Aymara community representative, 智利 and 阿根廷, '拉巴斯圣安德烈斯大学', an economist, 议会, the embassy's commercial
office, 鲁伦纳瓦克水电站);
1285 zh China News Service '中新网阿拉善12月7日电（记者 李爱平）' (the Alxa camel festival (none): '内蒙古自治区阿拉善盟阿
拉善左旗巴彦浩特镇', 蒙古国 and 哈萨克斯坦, 吉兰泰赛驼场, a herder, 腾格里沙漠, '蒙古国南戈壁省', a Mongolian rider, a
Kazakh association and its head with the Latin spelling, the league's administration and a deputy head, a dairy firm
with 有限公司, 北京、上海、广州, the camel institute and its head, 内蒙古农业大学, 额济纳旗, 阿拉善右旗, FAO after its name,
the animal husbandry association, 巴丹吉林沙漠, 月亮湖; 国际骆驼年 none).
Every invented minor name and firm was checked with grep against the articles, golds and make-gold scripts of all
earlier sets before the articles were committed; replaced after that check: Houngbédji (holdout7), Akplogan
(holdout68), Ndiaye-Sarr (holdout12), ولد اعلي (holdout13), Takeda (holdout17), Йованович (holdout8), Сташкевич
(holdout69), Кудрявцев (holdout31), Нурмухамбетов (holdout52), Жолдасбеков (holdout57), 维克拉马辛哈 (holdout41), 巴特尔
(holdout57/62). Real and shared names were kept (Umaru Fofana, Bái Tử Long, the agencies, capitals, regions, cities).

Conventions as holdout70 and, through it, holdout60-69 (titles, ranks and honorifics no part of a name: Education
Minister, deputy country director, secretary general, Faroese Fisheries Minister, chief executive, Prime Minister,
project manager, assistant chief executive, le secrétaire général, M., La ministre, le délégué général, la réalisatrice
sénégalaise, La Malienne, Le Burkinabè, le capitaine, le cinéaste mauritanien, La présidente, السيد, الطبيب البيطري,
المربي, محافظ, وزير, مديرة قسم, التاجر, الدكتور/الدكتورة, المهندس, السوبرانو, الشاب, ông/Ông, bà, Chị, Phó Thủ tướng,
Tổng giám đốc, TS, Phó Chủ tịch, chuyên gia, режиссер, народный артист, кинокритик, продюсер, актриса, Министр,
директор, аким, Вице-министр, Председатель, премьер-министр, 记者, 董事长, 盐工, 总统, 大使, 教授, 负责人, 总经理, 社区代表,
经济学家, 牧民, 骑手, 会长, 副盟长, 院长); a surname or a Vietnamese given name alone an alias; every surface form an alias,
Russian cases and Arabic clitic forms included; countries as ISO codes, never entities (adjectives, nisbas,
nationality nouns and names inside bodies name their country: Sierra Leone SL, Faroese FO, Scottish GB, Fiji in the
Fiji Meteorological Service FJ, Samoan WS, indiens IN, éthiopienne ET, chinois CN, sénégalaise SN, Malienne ML,
Burkinabè BF, mauritanien MR, français FR, الإماراتيون AE, القطريون QA, الكينية KE, الإثيوبية ET, الجيبوتية DJ, الإيطالي IT,
الفرنسي FR, المصرية EG, Việt Nam in VAST VN, Áo AT, Thụy Sĩ CH, Беларуси BY, иранцу IR, россиянка RU, серб RS, монгольский
MN, китайская CN, казахстанского KZ, немецкой DE, ливанским LB, 马尔代夫 MV, 俄罗斯 RU …); a currency's country none
(francs CFA, тенге, أوقية); a generic word before or after a place an alias (Tonkolili district, lac Assal, port de
Ghoubet, بلدية وادي الناقة, مدينة أطار, سوق بكارة is the market's own name, حي كوم الدكة, đặc khu Vân Đồn, tỉnh Quảng Ninh,
đảo Quan Lạn, thác Bản Giốc, sông Quây Sơn, hồ Thang Hen, làng Khuổi Ky, xã Măng Đen, hồ Plei Krông, села Темирлан,
станции Бадам, аула Кажымукан, озера Парз, села Гош, улице Шарамбеяна, 汉班托塔地区, 波托西省, 巴彦浩特镇), while 'the
village of Lepā', 'la commune de Zè' and 'la gare de Nagad' with of/de give the bare name only; a plural noun before a
list gives its first item the noun ('ولايات الحوض الشرقي', 'ولايتي الترارزة', 'ولايات بونتلاند', 'مدن كيسمايو', 'các làng Kon
Chênh', 'монастырям Агарцин', 'кинотеатрах "Москва"'); coordinated adjectives over one plural noun: the first its bare
word, the last with the noun ('Ордабасинского и Сайрамского районов', 'Мангистауской и Жамбылской областях'); a name in
another script in parentheses an alias (Miloš Stevanović, Nirosha Perera, Carlos Mamani Quispe, Yerlan Nurbekov,
صوماليلاند, أوبرا الإسكندرية for the theatre); a legal form or generic noun before a quoted name an alias with the quoted
name ('ТОО "Ордабасы Цемент"', 'ООО "Тавуш Роупвэй"', 'киностудии "Беларусьфильм"', 'بنك "بريمير"', 'شركة "الأمل
للسيارات"', 'استوديو "فيروني للترميم"'); legal forms outside a Latin-script canonical ('Kurokawa Keisoku Co.') but inside
a Vietnamese or Chinese one (Công ty TNHH …, …有限公司); national parks, lakes, deserts, mountains, bays, islands, caves,
waterfalls, salt pans, a geopark, dams and hydropower plants places; venues places (Ciné Burkina, Ciné Neerwaya, Palais
des sports de Ouaga 2000, Дворец Республики, cinemas, مسرح سيد درويش, مسرح الأوديون, مسرح الجمهورية, دار الأوبرا في
فيينا, دار الأوبرا بالقاهرة, 吉兰泰赛驼场) while companies and troupes that perform in them organizations (دار الأوبرا
المصرية, فرقة أوبرا القاهرة); a place only inside an organization's or an event's name not counted (Dubai in نادي دبي, Ouagadougou
in the festival's name (the dateline's anyway), Kafountine in a film title, Припять in a film title, Шакен Айманов in
Kazakhfilm's name, UNESCO in the geopark's, 广东 in 广东邦普, Tavush in 'Тавуш Роупвэй' (Тавуша is named anyway));
festivals, prizes, films, programmes, initiatives, brands, services, storms and treaties none (Fespaco, Лістапад,
مهرجان مدائن التراث, 中国·阿拉善驼文化节, Étalon d'or de Yennenga, César, Золотой Листопад, "Соль степи", "Последний трамвай",
"Молодость на марше", "Лістапад в регионах", Дни белорусского кино, Vision Djibouti 2035, "Пояс и путь", M-Pesa (إم-بيسا),
Cyclone Evan, Книга рекордов Гиннесса, 《拉姆萨尔公约》, 国际骆驼年, "عايدة"); governments none (the government, الحكومة
المصرية, الحكومة الفدرالية, Правительство); multi-country regions none (the South Pacific, Sahel, دول الخليج, 南美洲, 锂三角,
miền núi phía Bắc, the Northeast Atlantic). New here:
- a territory with an ISO code of its own is that country and no place (the Faroe Islands FO, Greenland GL, as La
  Réunion and Mayotte in holdout70; 'Polynésie thuộc Pháp' PF, and FR too, since France is named in it ('thuộc Pháp'));
- a film festival is an event (none), even where its management is named ('La délégation générale du Fespaco', 'дирекции
  фестиваля'), as races and fairs;
- a railway line named by its ends a place with each end a place too where written (Addis-Abeba–Djibouti, Addis-Abeba; Djibouti
  is the dateline city), as the metro lines of holdout70; a named cable car a place ("Крылья Татева"), while a cable car
  named only by the place it serves ('tuyến cáp treo Bản Giốc', 'Fansipan') is that place's mention;
- a province and its capital of one name (Cao Bằng: 'tỉnh Cao Bằng', 'thành phố Cao Bằng'), an island and its commune
  (Quan Lạn), a reservoir and its plant (Thượng Kon Tum) one place each with their generic words as aliases (the golds
  allow an alias only once an article);
- a self-declared state without an ISO code (أرض الصومال / صوماليلاند) a place, naming no country;
- a historical country name (Abyssinie) a place, naming no code beyond the article's own (ET from éthiopienne);
- a composer named by his surname ('لفيردي') a person, and a theatre named after a person gives no person unless the
  person is written apart (سيد درويش is, as 'اسم الموسيقار سيد درويش');
- Kazakhfilm's description 'Национальная киностудия Казахстана' an alias of Kazakhfilm (one body);
- a generic parliament (议会) an organization, as 'Parliament' in holdout70;
- a Mongolian name in its own order (patronymic genitive first, 'Ганбаатарын Батбаяр') one person.
Countries: GN, LR, NG, SL (1268); DK, FO, GB, GL, IS, JP, LV, NG, NO, PL (1269: the EU none; Brussels names no
Belgium); CN, FJ, JP, TO, TV, VU, WS (1270); BD, BJ, IN, ML, TG, VN (1271); CN, DJ, ET, KE, SO, UG, YE (1272: Djibouti the
dateline city and the country, as الجزائر in holdout69); BF, CI, CM, EG, FR, MA, ML, MR, NE, RW, SN, TN (1273: Cannes names
no France, français does); AE, MR, QA, SA, SN (1274: تمبكتو names no Mali); DJ, ET, GB, KE, SE, SO, US (1275); EG, FR, IT,
RO (1276: فيينا names no Austria); AU, CN, FR, JP, PF, VN (1277); AT, CH, CN, FR, KR, VN (1278); JP, VN (1279); AM, BY,
CN, IR, KZ, MN, RS, RU, UZ (1280: Москве names no Russia, россиянка does); AF, CN, DE, KG, KZ, TJ, UZ (1281); AM, AT,
GE, IR, IT, LB, RU (1282); CN, IN, LK, MV (1283); AR, BO, CL, CN, RU (1284); CN, KZ, MN (1285).
Judgement calls: 'Tórshavn' the city with 'TÓRSHAVN' its alias; 'Associated Press' with the dateline's AP; 'Kurokawa
Keisoku' without its 'Co.'; 'Zone industrielle de Glo-Djigbé' (GDIZ) a place and Glo-Djigbé another; 'Assal' and 'Abbé'
the lakes; 'ADI', 'AIB', 'NLĐO', 'Dân trí', 'VOV.VN', 'KAZINFORM' the datelines' agencies as written; 'وكالة الأنباء
الصومالية' and 'وكالة أنباء الشرق الأوسط' with صونا and أ ش أ; 'هرمود للاتصالات' with its شركة an alias; 'بريمير' the bank;
'سوق بكارة' the market as a whole; 'مسرح سيد درويش' with 'أوبرا الإسكندرية' and 'تياترو محمد علي'; 'المنشية' the square with
'ميدان المنشية'; 'كلية الهندسة بجامعة الإسكندرية' one body; 'Tasaki' with 'Tập đoàn Tasaki'; 'Non nước Cao Bằng' the
geopark; 'Phật tích Trúc Lâm Bản Giốc' the temple; 'кинотеатр "Москва"' a venue apart from the city Москва; 'Пионер' and
'Центральный' cinemas; 'Бадамское месторождение' and 'Бадам' (the station) two places; 'Тавуша' the region; 'Крылья
Татева' a place (Татев otherwise unnamed); 马哈莱瓦亚盐场 and 科林达盐场 the salt pans as written; 汉班托塔港 apart from
汉班托塔; 鲁胡纳大学海洋科学系 one body; '铀一集团' with '俄罗斯铀一集团'; 乌尤尼盐湖 and 帕斯托斯格兰德斯盐湖 as written;
'阿拉善盟' with the dateline's '阿拉善'; 巴彦浩特 with 巴彦浩特镇; 吉兰泰赛驼场 a venue."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1268_en.txt": ("en", ["GN", "LR", "NG", "SL"], [
  (L, "Freetown", ["FREETOWN"]), (O, "Reuters", []),
  (O, "Ministry of Basic and Senior Secondary Education", ["MBSSE"]), (O, "World Bank", []),
  (O, "World Food Programme", ["WFP"]), (L, "Kailahun", []), (L, "Kono", []), (L, "Koinadugu", []),
  (L, "Pujehun", []), (L, "Bonthe", []), (P, "Conrad Sackey", ["Sackey"]), (L, "Waterloo", []),
  (P, "Julius Maada Bio", []), (P, "Hanna Eklund-Bah", ["Eklund-Bah"]), (L, "Bo", []), (L, "Kenema", []),
  (L, "Tonkolili", ["Tonkolili district"]), (L, "Mabonto", []), (P, "Fatmata Kamara-Turay", ["Kamara-Turay"]),
  (O, "Mabonto Women Rice Growers' Cooperative", []), (L, "Makeni", []),
  (O, "Sierra Leone Teachers' Union", ["SLTU"]), (P, "Abubakarr Conteh-Sesay", []),
  (P, "Umaru Fofana", []), (P, "Alexandra Hudson", [])]),
 "1269_en.txt": ("en", ["DK", "FO", "GB", "GL", "IS", "JP", "LV", "NG", "NO", "PL"], [
  (L, "Tórshavn", ["TÓRSHAVN"]), (O, "Associated Press", ["AP"]), (O, "European Union", []), (L, "Bergen", []),
  (O, "International Council for the Exploration of the Sea", ["ICES"]), (P, "Dennis Holm", ["Holm"]),
  (O, "Løgting", []), (L, "Oslo", []), (L, "Brussels", []), (P, "Marianne Sivertsen Næss", []),
  (L, "Klaksvík", []), (O, "Norðoyggja Fiskavirki", []), (P, "Jógvan Hansen-Dahl", []),
  (O, "Scottish Pelagic Fishermen's Association", []), (L, "Peterhead", []), (L, "Lerwick", []),
  (P, "Ian Gatt", []), (O, "Norwegian Fishermen's Association", []),
  (O, "Marine Stewardship Council", ["MSC"]), (O, "Faroese Pelagic Organisation", []),
  (P, "Jan M. Olsen", []), (L, "Copenhagen", [])]),
 "1270_en.txt": ("en", ["CN", "FJ", "JP", "TO", "TV", "VU", "WS"], [
  (L, "Apia", ["APIA"]), (O, "Kyodo", []), (L, "Upolu", []), (L, "Savai'i", []),
  (O, "Japan International Cooperation Agency", ["JICA"]), (L, "Mount Vaea", []), (L, "Salelologa", []),
  (L, "Faleolo International Airport", []), (O, "Samoa Meteorology Division", []), (L, "Mulinu'u", []),
  (P, "La'auli Leuatea Schmidt", []), (O, "Kurokawa Keisoku", ["Kurokawa Keisoku Co."]), (L, "Tokyo", []),
  (P, "Takeshi Morinaga", []), (P, "Seiuli Faamanu Lemalu", ["Lemalu"]), (L, "Vaisigano River", []),
  (L, "Lepā", []), (L, "Manono", []), (O, "Fiji Meteorological Service", []), (L, "Nadi", []),
  (O, "Secretariat of the Pacific Regional Environment Programme", ["SPREP"]),
  (O, "World Meteorological Organization", ["WMO"])]),
 "1271_fr.txt": ("fr", ["BD", "BJ", "IN", "ML", "TG", "VN"], [
  (L, "Cotonou", []), (O, "AFP", []), (L, "Glo-Djigbé", []),
  (L, "Zone industrielle de Glo-Djigbé", ["GDIZ"]),
  (O, "Syndicat national des travailleurs du textile et de l'habillement", ["Synatextha"]),
  (O, "Bénin Textile Corporation", ["BTC"]), (L, "Abomey-Calavi", []),
  (P, "Théophile Dossou-Agbanlin", ["Dossou-Agbanlin"]), (O, "Arise IIP", []), (P, "Patrice Talon", []),
  (P, "Adidjatou Mathys", []), (L, "Porto-Novo", []),
  (O, "Confédération syndicale des travailleurs du Bénin", ["CSTB"]), (L, "Parakou", []), (L, "Djougou", []),
  (L, "Bohicon", []), (L, "Zè", []), (L, "Savalou", []), (P, "Rosine Hounsou-Tokpo", []),
  (O, "Université d'Abomey-Calavi", []), (P, "Barnabé Kpadonou", []), (L, "Adétikopé", [])]),
 "1272_fr.txt": ("fr", ["CN", "DJ", "ET", "KE", "SO", "UG", "YE"], [
  (L, "Djibouti", []), (O, "ADI", []), (L, "Assal", ["lac Assal", "Lac Assal"]),
  (O, "Société des salines du lac Assal", ["SSLA"]), (L, "Tadjourah", ["port de Tadjourah"]),
  (L, "Ghoubet", ["port de Ghoubet"]), (P, "Abdourahman Hassan Waïs", ["Waïs"]), (L, "Galafi", []),
  (L, "As Eyla", []), (L, "Dikhil", []), (L, "Addis-Abeba–Djibouti", []), (L, "Addis-Abeba", []),
  (O, "Ethio-Djibouti Railways", ["EDR"]), (L, "Nagad", []), (L, "Dire Dawa", []), (L, "Modjo", []),
  (O, "Autorité des ports et des zones franches de Djibouti", ["APZFD"]), (O, "China Merchants", []),
  (O, "Djibouti Nature", []), (P, "Aïcha Houssein Rayaleh", []), (L, "Abbé", ["lac Abbé"]),
  (P, "Ismaïl Omar Guelleh", []), (L, "Abyssinie", [])]),
 "1273_fr.txt": ("fr", ["BF", "CI", "CM", "EG", "FR", "MA", "ML", "MR", "NE", "RW", "SN", "TN"], [
  (L, "Ouagadougou", []), (O, "AIB", []), (P, "Alex Moussa Sawadogo", ["Sawadogo"]),
  (P, "Awa Faye-Diouf", []), (L, "Cannes", []), (P, "Kadiatou Konaté-Traoré", []), (L, "Ségou", []),
  (L, "Tombouctou", []), (P, "Idrissa Ouédraogo-Kaboré", []), (P, "Pingdwendé Gilbert Ouédraogo", []),
  (P, "Ibrahim Traoré", []), (L, "Ciné Burkina", []), (L, "Ciné Neerwaya", []),
  (O, "Confédération des États du Sahel", ["AES"]),
  (O, "Centre national du cinéma et de l'image animée", ["CNC"]), (P, "Abderrahmane Sissako", []),
  (L, "Palais des sports de Ouaga 2000", []), (L, "Bobo-Dioulasso", []), (L, "Koudougou", []),
  (L, "Kaya", []), (O, "Institut supérieur de l'image et du son", ["ISIS-SE"])]),
 "1274_ar.txt": ("ar", ["AE", "MR", "QA", "SA", "SN"], [
  (L, "نواكشوط", ["بنواكشوط"]), (O, "الوكالة الموريتانية للأنباء", ["للوكالة الموريتانية للأنباء"]),
  (L, "وادي الناقة", ["بلدية وادي الناقة"]), (P, "محمد ولد الشيخ الغزواني", []),
  (O, "الاتحادية الموريتانية لسباقات الهجن", []), (P, "محمد الأمين ولد سيدي المختار", ["ولد سيدي المختار"]),
  (L, "الحوض الشرقي", ["ولايات الحوض الشرقي"]), (L, "الحوض الغربي", ["والحوض الغربي"]),
  (L, "آدرار", ["وآدرار"]), (L, "تكانت", ["وتكانت"]), (O, "نادي دبي لسباقات الهجن", []),
  (P, "سيدي محمد ولد الداه", []), (O, "مركز البحث البيطري", []),
  (O, "المكتب الوطني للبحث والتنمية في مجال الثروة الحيوانية", []), (P, "أحمد سالم ولد بيه", []),
  (L, "أطار", ["مدينة أطار"]), (L, "تمبكتو", []), (O, "الأمل للسيارات", ["شركة \"الأمل للسيارات\""]),
  (O, "منظمة الأغذية والزراعة للأمم المتحدة", ["الفاو"]), (L, "الترارزة", ["ولايتي الترارزة"]),
  (L, "لبراكنة", ["ولبراكنة"]), (L, "روصو", ["مدينة روصو"]), (O, "وزارة الثقافة والفنون", []),
  (L, "وادان", ["مدينة وادان"])]),
 "1275_ar.txt": ("ar", ["DJ", "ET", "GB", "KE", "SE", "SO", "US"], [
  (L, "مقديشو", []), (O, "وكالة الأنباء الصومالية", ["لوكالة الأنباء الصومالية", "صونا"]),
  (O, "البنك المركزي الصومالي", []), (P, "عبد الرحمن محمد عبد الله", ["عبد الله"]),
  (O, "هرمود للاتصالات", ["شركة هرمود للاتصالات"]), (O, "سومتل", []), (O, "غولس تيليكوم", []),
  (O, "بنك سلام الصومالي", []), (O, "بريمير", ["بنك \"بريمير\""]), (P, "بيحي إيمان عغي", []),
  (O, "البنك الدولي", []), (O, "صندوق النقد الدولي", []), (P, "حليمة عثمان ورسمه", []),
  (L, "بونتلاند", ["ولايات بونتلاند"]), (L, "جوبالاند", ["وجوبالاند"]),
  (L, "جنوب غرب الصومال", ["وجنوب غرب الصومال"]), (L, "غلمدغ", ["وغلمدغ"]), (L, "هيرشبيلي", ["وهيرشبيلي"]),
  (L, "كيسمايو", ["مدن كيسمايو"]), (L, "بيدوا", ["وبيدوا"]), (L, "غالكعيو", ["وغالكعيو"]),
  (L, "بوصاصو", ["وبوصاصو"]), (P, "عبد القادر حسن نور", ["نور"]), (L, "سوق بكارة", []),
  (O, "تيليسوم", []), (L, "هرجيسا", []), (L, "أرض الصومال", ["صوماليلاند"]), (O, "سفاري كوم", [])]),
 "1276_ar.txt": ("ar", ["EG", "FR", "IT", "RO"], [
  (L, "الإسكندرية", []), (O, "وكالة أنباء الشرق الأوسط", ["لوكالة أنباء الشرق الأوسط", "أ ش أ"]),
  (P, "أحمد فؤاد هنو", []), (L, "مسرح سيد درويش", ["أوبرا الإسكندرية", "تياترو محمد علي"]),
  (L, "طريق الحرية", []), (O, "دار الأوبرا المصرية", []), (P, "لمياء عبد الحميد زكي", ["زكي"]),
  (O, "فرقة باليه أوبرا القاهرة", []), (O, "أوركسترا القاهرة السيمفوني", []),
  (O, "المقاولون العرب", ["شركة المقاولون العرب"]), (O, "فيروني للترميم", ["استوديو \"فيروني للترميم\""]),
  (O, "المجلس الأعلى للآثار", []), (O, "الاتحاد الأوروبي", []), (P, "جورج باروك", []),
  (L, "دار الأوبرا في فيينا", []), (L, "فيينا", []), (L, "مسرح الأوديون", []), (L, "باريس", []),
  (P, "سيد درويش", []), (L, "كوم الدكة", ["حي كوم الدكة"]), (P, "ماركو فيروني-بالدي", []),
  (O, "منظمة الأمم المتحدة للتربية والعلم والثقافة", ["اليونسكو"]), (P, "فيردي", ["لفيردي"]),
  (O, "فرقة أوبرا القاهرة", []), (P, "فاطمة سعيد", []), (O, "فرقة رضا للفنون الشعبية", []),
  (L, "محطة الرمل", []), (L, "المنشية", ["ميدان المنشية", "وميدان المنشية"]),
  (O, "كلية الهندسة بجامعة الإسكندرية", []), (P, "كريم الشاذلي", []), (O, "كونسرفتوار الإسكندرية", []),
  (L, "دار الأوبرا بالقاهرة", []), (L, "القاهرة", ["بالقاهرة"]), (L, "مسرح الجمهورية", ["ومسرح الجمهورية"])]),
 "1277_vi.txt": ("vi", ["AU", "CN", "FR", "JP", "PF", "VN"], [
  (O, "Dân trí", []), (O, "Công ty TNHH Ngọc trai Bái Tử Long", []),
  (L, "Vân Đồn", ["đặc khu Vân Đồn"]), (L, "Quảng Ninh", ["tỉnh Quảng Ninh"]),
  (L, "Bái Tử Long", ["vịnh Bái Tử Long"]), (L, "Quan Lạn", ["đảo Quan Lạn", "xã Quan Lạn"]),
  (L, "Ngọc Vừng", ["đảo Ngọc Vừng"]), (P, "Lương Đức Thịnh", ["Thịnh"]), (O, "Tasaki", ["Tập đoàn Tasaki"]),
  (L, "Kobe", ["thành phố Kobe"]), (L, "Mie", ["tỉnh Mie"]),
  (O, "Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh", []), (L, "Hạ Long", []),
  (O, "Viện Nghiên cứu Hải sản", []), (L, "Hải Phòng", []), (P, "Trịnh Thu Hà", ["Hà"]),
  (L, "Phú Quốc", []), (L, "Minh Châu", ["xã Minh Châu"]), (P, "Hoàng Thị Nguyệt", [])]),
 "1278_vi.txt": ("vi", ["AT", "CH", "CN", "FR", "KR", "VN"], [
  (O, "NLĐO", []), (O, "UBND tỉnh Cao Bằng", []), (L, "Cao Bằng", ["tỉnh Cao Bằng", "thành phố Cao Bằng"]),
  (O, "Sun Group", ["Tập đoàn Sun Group"]), (L, "Bản Giốc", ["thác Bản Giốc"]),
  (L, "Phja Oắc", ["núi Phja Oắc"]), (L, "Đàm Thủy", ["xã Đàm Thủy"]), (L, "Quây Sơn", ["sông Quây Sơn"]),
  (P, "Trần Hồng Hà", []),
  (L, "Non nước Cao Bằng", ["Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng"]),
  (P, "Đặng Quốc Trung", ["Trung"]), (O, "Công ty Cổ phần Cáp treo Non Nước Bản Giốc", []),
  (O, "Doppelmayr", []), (O, "CWA", []), (L, "Ngườm Ngao", ["động Ngườm Ngao"]),
  (L, "Phật tích Trúc Lâm Bản Giốc", ["chùa Phật tích Trúc Lâm Bản Giốc"]), (L, "Thang Hen", ["hồ Thang Hen"]),
  (P, "Nông Thị Hường", ["Hường"]), (L, "Khuổi Ky", ["làng Khuổi Ky"]), (L, "Hà Nội", []),
  (L, "Fansipan", []), (L, "Lào Cai", []), (L, "Hòn Thơm", []), (L, "Phú Quốc", []), (L, "Bà Nà", []),
  (L, "Đà Nẵng", [])]),
 "1279_vi.txt": ("vi", ["JP", "VN"], [
  (O, "VOV.VN", []), (O, "Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Ngãi", []),
  (L, "Quảng Ngãi", ["tỉnh Quảng Ngãi"]), (L, "Măng Đen", ["xã Măng Đen"]),
  (L, "Quốc lộ 24", ["đường Quốc lộ 24"]),
  (L, "Thượng Kon Tum", ["Thủy điện Thượng Kon Tum", "hồ Thượng Kon Tum", "nhà máy Thượng Kon Tum"]),
  (O, "Bộ Chỉ huy Quân sự tỉnh", []), (O, "Hội Chữ thập đỏ", []), (L, "Kon Chênh", ["làng Kon Chênh"]),
  (L, "Kon Pring", []), (L, "Vi Kơ Thu", []), (O, "Viện Vật lý Địa cầu", []),
  (O, "Trường Phổ thông Dân tộc bán trú Măng Đen", []), (P, "Đinh Văn Rướng", ["Rướng"]),
  (O, "UBND xã Măng Đen", []), (P, "Nguyễn Xuân Anh", []),
  (O, "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", []), (L, "Plei Krông", ["hồ Plei Krông"]),
  (O, "Công ty Cổ phần Thủy điện Vĩnh Sơn - Sông Hinh", []), (L, "Đăk Snghé", ["sông Đăk Snghé"]),
  (O, "Cơ quan Hợp tác Quốc tế Nhật Bản", ["JICA"]), (P, "Hiroshi Kanemoto", [])]),
 "1280_ru.txt": ("ru", ["AM", "BY", "CN", "IR", "KZ", "MN", "RS", "RU", "UZ"], [
  (L, "Минск", ["МИНСК"]), (O, "БЕЛТА", []), (L, "Дворец Республики", ["Дворца Республики"]),
  (P, "Айгерим Сейтказина", ["Айгерим Сейтказиной"]), (P, "Бехруз Карими-Неджад", ["Бехрузу Карими-Неджаду"]),
  (P, "Тимур Хакимов", ["Тимуру Хакимову"]), (P, "Полина Грачёва-Лейн", []),
  (P, "Милош Стеванович", ["Miloš Stevanović"]), (P, "Ольга Сенькевич", ["Ольги Сенькевич"]),
  (L, "Полесье", []), (P, "Армен Саргсян", []), (P, "Ганбаатарын Батбаяр", []),
  (P, "Андрей Жилинский-Ровба", ["Андрею Жилинскому-Ровбе"]), (P, "Зарина Абдуллаева", ["Зарине Абдуллаевой"]),
  (P, "Вероника Лисовская-Бранд", []), (L, "Гродно", []), (P, "Максим Ладутько", []),
  (L, "Витебск", ["Витебска"]), (P, "Чжоу Синьюй", []), (O, "Пекинская киноакадемия", ["Пекинской киноакадемии"]),
  (P, "Денис Астапенко", ["Дениса Астапенко"]), (L, "Могилев", ["Могилева"]),
  (P, "Владимир Гостюхин", ["Владимиром Гостюхиным"]), (P, "Лариса Малюкова-Ренц", []),
  (P, "Ерлан Сагындыков", []), (P, "Негар Джавахерян", []),
  (O, "Беларусьфильм", ["киностудии \"Беларусьфильм\""]), (P, "Юрий Игрушин", []), (P, "Галина Адамович", []),
  (P, "Руслан Чернецкий", []), (L, "кинотеатр \"Москва\"", ["кинотеатрах \"Москва\""]), (L, "Пионер", []),
  (L, "Центральный", []), (L, "Брест", ["Бресте"]), (L, "Гомель", ["Гомеле"]),
  (O, "Союз кинематографистов Беларуси", ["Союза кинематографистов Беларуси"]),
  (P, "Ирина Четверткова-Лис", []),
  (O, "Казахфильм", ["студии \"Казахфильм\"", "Национальная киностудия Казахстана"]),
  (P, "Анжелика Крашевская", []),
  (O, "Белорусский государственный архив кинофотофонодокументов",
   ["Белорусскому государственному архиву кинофотофонодокументов"]),
  (L, "Пинск", ["Пинске"]), (L, "Лида", ["Лиде"]), (L, "Новополоцк", ["Новополоцке"]),
  (L, "Москва", ["Москве"]), (L, "Санкт-Петербург", ["Санкт-Петербурге"])]),
 "1281_ru.txt": ("ru", ["AF", "CN", "DE", "KG", "KZ", "TJ", "UZ"], [
  (L, "Шымкент", ["ШЫМКЕНТ"]), (O, "KAZINFORM", []),
  (L, "Ордабасинский район", ["Ордабасинском районе", "Ордабасинского"]),
  (L, "Туркестанская область", ["Туркестанской области"]),
  (O, "Ордабасы Цемент", ["ТОО \"Ордабасы Цемент\""]), (L, "Темирлан", ["села Темирлан"]),
  (O, "Sinoma International Engineering", []), (O, "China National Building Material", ["CNBM"]),
  (O, "Банк развития Казахстана", []), (P, "Нурлан Абдикаримов", ["Абдикаримов"]),
  (L, "Бадамское месторождение", ["Бадамском месторождении"]), (L, "Сайрамский район", ["Сайрамского районов"]),
  (P, "Нуралхан Кушеров", ["Кушеров"]), (L, "Туркестан", ["Туркестана"]), (L, "Кентау", []),
  (L, "Арысь", ["Арыси"]), (P, "Ерсайын Нагаспаев", []),
  (L, "Мангистауская область", ["Мангистауской"]), (L, "Жамбылская область", ["Жамбылской областях"]),
  (O, "Қазақстан темір жолы", ["Национальная компания \"Қазақстан темір жолы\""]),
  (L, "Бадам", ["станции Бадам"]), (L, "Сарыагаш", ["станцию Сарыагаш"]),
  (O, "Таза Ордабасы", ["общественного объединения \"Таза Ордабасы\""]), (P, "Гульмира Сейдахметова", []),
  (L, "Кажымукан", ["аула Кажымукан"]), (O, "Intensiv-Filter Himenviro", []),
  (O, "Департамент экологии по Туркестанской области", []), (P, "Хань Чуньлинь", [])]),
 "1282_ru.txt": ("ru", ["AM", "AT", "GE", "IR", "IT", "LB", "RU"], [
  (L, "Ереван", ["ЕРЕВАН"]), (O, "Арменпресс", ["АРМЕНПРЕСС"]), (L, "Дилижан", ["Дилижане"]),
  (L, "Тавушская область", ["Тавушской области", "Тавуша"]), (L, "Парз", ["озеру Парз", "озера Парз"]),
  (L, "Дилижанский национальный парк", ["Дилижанского национального парка"]),
  (P, "Никол Пашинян", ["Пашинян"]), (O, "Тавуш Роупвэй", ["ООО \"Тавуш Роупвэй\""]), (O, "Leitner", []),
  (P, "Ваге Тер-Григорян", ["Тер-Григорян"]), (O, "Комитет по туризму Армении", ["Комитета по туризму Армении"]),
  (P, "Сюзанна Сафарян", []), (L, "Агарцин", ["монастырям Агарцин"]), (L, "Гошаванк", []),
  (P, "Арман Мартиросян-Овакимян", []), (O, "Министерство окружающей среды Армении", []),
  (L, "улица Шарамбеяна", ["улице Шарамбеяна"]), (P, "Ануш Варданян", []), (L, "Гош", ["села Гош"]),
  (L, "Крылья Татева", []), (L, "Сюникская область", ["Сюникской области"]), (O, "UWC Dilijan", []),
  (O, "Центральный банк Армении", ["Центрального банка Армении"]),
  (O, "Азиатский банк развития", ["Азиатским банком развития"]), (L, "Севан", [])]),
 "1283_zh.txt": ("zh", ["CN", "IN", "LK", "MV"], [
  (O, "新华社", []), (L, "科伦坡", []), (P, "唐璐", []), (P, "韩振宇", []), (O, "兰卡盐业有限公司", []),
  (L, "汉班托塔", ["汉班托塔地区"]), (P, "尼罗莎·佩雷拉", ["Nirosha Perera"]), (L, "马哈莱瓦亚盐场", []),
  (L, "科林达盐场", []), (P, "苏尼尔·库马拉", ["库马拉"]), (L, "普塔勒姆", []), (L, "贾夫纳半岛", []),
  (L, "埃莱芬特帕斯", []), (O, "斯里兰卡工业部", []), (P, "阿努拉·库马拉·迪萨纳亚克", []), (O, "议会", []),
  (P, "戚振宏", []), (L, "汉班托塔港", []), (O, "招商局港口控股有限公司", []),
  (O, "鲁胡纳大学海洋科学系", []), (P, "钱达娜·贾亚蒂拉卡", []), (L, "本达拉国家公园", [])]),
 "1284_zh.txt": ("zh", ["AR", "BO", "CL", "CN", "RU"], [
  (O, "人民网", []), (L, "拉巴斯", []), (P, "姜波", []), (O, "玻利维亚国家锂矿公司", ["YLB"]), (O, "CBC", []),
  (L, "波托西", ["波托西省"]), (L, "乌尤尼盐湖", []), (P, "罗德里戈·帕斯", ["帕斯"]), (L, "奥鲁罗", []),
  (O, "宁德时代新能源科技股份有限公司", []), (O, "广东邦普循环科技有限公司", []), (O, "洛阳钼业", []),
  (P, "高翔", []), (L, "科尔恰尼", []), (L, "里奥格兰德", []),
  (P, "卡洛斯·马马尼·基斯佩", ["Carlos Mamani Quispe"]), (O, "铀一集团", ["俄罗斯铀一集团"]),
  (L, "帕斯托斯格兰德斯盐湖", []), (P, "胡安娜·乔克·瓦尔加斯", []),
  (O, "圣安德烈斯大学", ["拉巴斯圣安德烈斯大学"]), (P, "玛丽塞拉·罗哈斯", []), (O, "议会", []),
  (O, "中国驻玻利维亚大使馆经商处", []), (L, "鲁伦纳瓦克水电站", [])]),
 "1285_zh.txt": ("zh", ["CN", "KZ", "MN"], [
  (O, "中新网", []), (L, "阿拉善盟", ["阿拉善"]), (P, "李爱平", []), (L, "内蒙古自治区", []),
  (L, "阿拉善左旗", []), (L, "巴彦浩特", ["巴彦浩特镇"]), (L, "吉兰泰赛驼场", []), (P, "乌日根", []),
  (L, "腾格里沙漠", []), (L, "南戈壁省", []), (P, "额尔登巴特·宝音图", []), (O, "哈萨克斯坦骆驼养殖协会", []),
  (P, "叶尔兰·努尔别科夫", ["Yerlan Nurbekov"]), (O, "阿拉善盟行政公署", []), (P, "张丽萍", []),
  (O, "内蒙古阿拉善驼乡乳业有限公司", []), (L, "北京", []), (L, "上海", []), (L, "广州", []),
  (O, "阿拉善双峰驼研究院", []), (P, "吉日木图", []), (O, "内蒙古农业大学", []), (L, "额济纳旗", []),
  (L, "阿拉善右旗", []), (O, "联合国粮食及农业组织", ["FAO"]), (O, "中国畜牧业协会", []),
  (L, "巴丹吉林沙漠", []), (L, "月亮湖", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout71", G)
write_gold(here, "holdout71", "holdout71-gold.json", G)
