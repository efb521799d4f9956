#!/usr/bin/env python3
"""Writes holdout76-gold.json for the articles in holdout76/ (same format and conventions as make-gold-holdout75.py and,
through it, holdout60-74). A SENTINEL set (never fitted), written blind in session 52 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first in 7da454b3, then this gold): wire
news on topics the earlier sets had little of (monsoon rain against tea estates and the Colombo auction, a town rebuilt a
year after a hurricane, an ivory-trafficking verdict with a long list of defendants, a commuter line reaching an airport,
a river in flood, a drought and water rationing, a farmers' market and frost, a tomb found by a joint mission, a date
festival, durian trucked overland, an expressway opened to traffic, a truck-assembly joint venture, a volcano's ash
column, a high-speed train's first run, a record grain harvest, coffee prices, cave temples digitised, an interstellar
object), set mostly in countries the earlier sets rarely used (Sri Lanka, Jamaica, Tanzania, Senegal, Congo-Brazzaville,
Sicily, Kuwait, Egypt's Minya, Saudi Al-Ahsa, Thailand, Kamchatka, Uzbekistan's Khorezm, Chile) and in the corpus's own
(Vietnam's Lâm Đồng, Belarus, Kazakhstan's Kostanay, Yunnan, Gansu); REAL public figures and bodies mixed with invented
minor people, firms and villages; 3 en, 3 fr, 3 ar, 3 vi (1368 entirely in NFD), 3 ru, 3 zh (1360 en with a list of 14
defendants). General calls: a continent or a supra-national region (Middle East, Asia, Eurasia, Đông Nam Á, 中亚, 欧洲)
no entity; a currency's country word (Jamaican dollar, francs CFA) names no country; a country inside a body's name
counts (holdout75's VNR rule: Sri Lanka Tea Board, China Harbour, Cục Đường bộ Việt Nam, 中国科学院); a city named as a
market or a base ('buyers from Dubai and Tehran', 'based in Nairobi', 'flights from Moscow') names no country; a
government without a proper name ('Chính phủ Thái Lan', 'the government') none; a port, station, airport, pass or dam
named like a place the article names otherwise is a place apart, and one named after a place named nowhere else is that
place's alias (holdout74/75's Kampot and Lạch Huyện rules); a line or road named by its ends is a place, each end too;
Hong Kong and Puerto Rico are the codes HK and PR, not places:
1358 en Reuters 'COLOMBO, Dec 7 (Reuters) -' ('the weekly Colombo auction' and 'the port of Colombo' the city (the
latter its alias), the Sri Lanka Tea Board, 'the Uva and Sabaragamuwa provinces' (two places over one plural noun),
Badulla, Ratnapura, Galle and Matara, 'Iraq, Turkey and Russia', an invented superintendent full name, 'the Glenloch
estate near Pussellawa' (a tea estate: a place, invented), Kotmale, the Disaster Management Centre, 'Nuwara Eliya, Kandy
and Kegalle districts', the Department of Meteorology, Anura Kumara Dissanayake after 'President', 'the Colombo-Badulla
railway line' (a line named by its ends), 'between Nanu Oya and Ella', Forbes & Walker (an ampersand firm), 'Dubai and
Tehran' (markets: places, no country), Kenya and India, a broker, Dilmah and its founder with an initial, the Colombo Tea
Traders' Association (a body named after a city), 'Hill Country Tamils' (a people, none), 'southern India', 'British
planters', a reporting/editing line; Sri Lanka LK, Iraq IQ, Turkey TR, Russia RU, Kenya KE, India IN, British GB);
1359 en AP 'BLACK RIVER, Jamaica (AP) —' (the town and the river share one surface form 'Black River' ('the mouth of the
Black River', 'the Black River's wetlands'): one place, as the scorer cannot tell them apart; a fisherman full then
surname, Andrew Holness after 'Prime Minister' then surname, 'St. Elizabeth parish', 'St. Elizabeth, Westmoreland and
Manchester' (parishes, Manchester with no cue), the Inter-American and Caribbean development banks, ODPEM written out, Santa Cruz, the Jamaica Public Service
Company, Lacovia, China Harbour Engineering Company, 'the Mandeville-Savanna-la-Mar route' (a road named by its ends)
with each end, Sandals Resorts, 'Negril and Montego Bay', Sangster International Airport (the person inside none), the
Airports Authority of Jamaica, Treasure Beach, a guesthouse owner full then surname, 'the nearby Pelican Bar' (a
business: an organization, as holdout75's Pampa Viva hotel), Kingston, the met service's head after 'Meteorologist',
'in the Caribbean' (the sea: a place), the AP writer 'in San Juan, Puerto Rico'; Hurricane Melissa (an event) none;
Jamaica/Jamaican JM, China CN, Puerto Rico PR);
1360 en AFP 'DAR ES SALAAM, Dec 7 (AFP) -' (a judge full then surname, 'the High Court's Corruption and Economic Crimes
Division' (two bodies: the court and its division), 'the port of Dar es Salaam' (the city's alias), fourteen defendants
in two lists (three with a middle name; 'the former game officer Lucas Mbwambo' and 'the Chinese nationals Wang Deyong
and Chen Lihua' inside the list; Mkwawa, Ngonyani, Kaduma, Wang, Chen and Mruma later alone), the Nyerere National Park
(the person inside none), 'the Ruvuma region', 'through Songea and Tunduru', Mbagala, the DPP after his title, TAWA after
its name, the Lusaka Agreement Task Force (a city inside a body, no country), 'based in Nairobi' (no country), 'bound
for Haiphong in Vietnam', UNODC after its name, 'Hong Kong customs' (HK, no place), 'Tourism minister Pindi Chana' (a
lowercase portfolio title before a name), 'the Selous-Niassa corridor' (named by its two ends, each a place), a defence
lawyer; Tanzania/Tanzanian TZ, Chinese CN, Vietnam VN, Hong Kong HK, Mozambique MZ);
1361 fr AFP 'Dakar, 7 décembre 2026 (AFP) -' (the Train express régional and 'TER' (a railway: a place, as earlier
golds' lines), 'l'aéroport international Blaise-Diagne (AIBD)' and the headline's 'l'aéroport Blaise-Diagne' (a place;
the person inside none), Ousmane Sonko after 'Le Premier ministre', 'la gare de Dakar' (a station named like a named
city: a place apart) against 'la gare de Bargny' (Bargny named nowhere else: the station its alias), Diamniadio,
'à Sébikotane, Tobène', 'du Plateau' (a district), Senter after its long name, BAD and AFD after their names, the
Islamic Development Bank, 'le groupe turc Yapı Merkezi' (a dotless ı), Eiffage Sénégal, Seter, 'la SNCF française',
Rufisque, a fish seller, the Senter's director after 'M.', 'vers Thiès et Mbour, sur la Petite-Côte', Saly, Bassirou
Diomaye Faye after 'Le président', Abidjan, the Cédéao, Alassane Ouattara after 'Son homologue ivoirien', 'l'ancienne
ligne Dakar-Bamako' (a line named by its ends; Bamako no country); Sénégal/Sénégalais SN, turc TR, français/française FR,
ivoirien CI);
1362 fr ACI 'Brazzaville, 7 décembre (ACI) -' ('le fleuve Congo' (the river's bare name is the country's: the river is
'fleuve Congo', and 'Congo :' in the headline names the country), 'la Likouala' and 'la Cuvette' (departments), the
social affairs ministry's long name, the Direction de la météorologie nationale, 'le port autonome de Brazzaville' (a port
named like a named city: a place apart, not its authority), 'Talangaï, Mfilou et Djiri' and 'les rivières Djiri et
Tsiémé' (the quarter and the river Djiri one place), the real minister after 'Mme' and her title, Impfondo after its
apposition, 'la rivière Oubangui', a farmer after 'Mme' with an invented village, 'entre Dongou et Épéna', Anatole
Collinet Makosso after 'Le Premier ministre', PAM after its name, 'l'Unicef', 'la Croix-Rouge congolaise', 'l'Union
européenne', 'la route Owando-Makoua' (a road named by its ends) with each end, 'la rivière Likouala-Mossaka' (a river
named after the department's name and another), 'le Conseil départemental' (the Cuvette's council, a body), Oyo, a
doctor after 'le docteur', Kinshasa, 'Ngaliema et de Kingabwa', Denis Sassou Nguesso after 'Le chef de l'Etat', the
Cicos after its long name (three rivers inside it); Congo/congolaise CG, République démocratique du Congo CD);
1363 fr AFP 'Palerme, 7 décembre 2026 (AFP) -' ('la ville d'Agrigente' and 'la province d'Agrigente' (one place),
Sicile, the operator Aica, 'la Vallée des Temples', 'la Région sicilienne' (the regional government: a body), Renato
Schifani after his title, Giorgia Meloni after 'gouvernement de', 'Agrigente, Caltanissetta, Enna, Trapani et Syracuse',
Coldiretti, 'la plaine de Catane' (Catane named nowhere else: the plain its alias), 'la vallée du Belice', 'Le barrage de
l'Ancipa' (the dam's alias), the basin authority's long name, Siciliacque, 'à Porto Empedocle et à Licata', a sheep
farmer full name, Raffadali, Matteo Salvini after his title, 'le détroit de Messine' (the city named nowhere else: the
strait its alias), 'Reggio de Calabre', 'la marine italienne' (no body), ISPRA after its name; italienne IT);
1364 ar KUNA 'الكويت - 7 - 12 (كونا) --' (الكويت the city and the state, as holdout36/48 have it, the agriculture and
fisheries authority, 'منطقة الوفرة الزراعية' and 'في الوفرة', 'منطقة العبدلي' with 'سوق العبدلي' and 'في العبدلي' (the
market a locator), an invented deputy director general after 'المهندس' then surname, KUNA written out with 'ل' and in
parentheses, 'مزارع الصليبية والجهراء', KISR, a farmer full name, the meteorology department inside the civil aviation
directorate (two bodies), the farmers' union's head (invented), 'الأردن وإيران وتركيا' with clitics, 'من السعودية عبر منفذ
النويصيب', Kuwait Municipality (a body named after a city), 'الشويخ والفحيحيل وحولي', the Emir after 'حضرة صاحب السمو
أمير البلاد الشيخ'; الكويت/الكويتي KW, الأردن JO, إيران IR, تركيا TR, السعودية SA);
1365 ar MENA 'القاهرة في 7 ديسمبر/أ ش أ/' (the ministry of tourism and antiquities, 'في البهنسا بالمنيا' (a clitic ب
on the governorate), 'منطقة البهنسا بمركز بني مزار في محافظة المنيا', the SCA's real secretary-general after 'الدكتور'
before his title, the University of Barcelona and the Institute of the Ancient Near East, the real minister after his
portfolio title, the Grand Egyptian Museum, 'الأقصر وأسوان', 'محافظات مصر الوسطى' (Middle Egypt: a descriptive
region, none; EG), the Spanish head of mission after 'الدكتورة' then surname, a priest's name in quotes 'با-دي-آمون'
(a person), 'أوكسيرينخوس' (the Greek name of the ancient town: a place apart from البهنسا), MENA written out with 'ل',
Minya's antiquities director (invented), 'بتونا الجبل والأشمونين وبني حسن' (clitics), 'مدينة المنيا' (the governorate's
alias, as البصرة's), 'طريق القاهرة - أسيوط الغربي' (a road named by its ends) with Asyut, the governor after 'اللواء',
AECID's long name; الإغريق (the ancient Greeks) and العصر الصاوي/البطلمي/الرومانية none; مصر EG, الإسبانية/إسبانيا ES,
إيطاليا IT, فرنسا FR);
1366 ar SPA 'الأحساء 27 جمادى الآخرة 1448 هـ الموافق 07 ديسمبر 2026 م واس' on its own line (the agency by 'واس' and its
name with 'ل'; 'واحة الأحساء' the place's alias; 'أمانة الأحساء' (the municipality, a body) and 'مركز الأحساء للمعارض' (a
venue, a place apart); the festival none), the governor after 'صاحب السمو الأمير' (his title after the name), the date
palm centre (with 'ل' later), 'الهفوف والمبرز', the mayor after 'المهندس', 'منظمة اليونسكو', the centre's CEO after
'الدكتور', 'الكويت والبحرين وعمان' and 'إندونيسيا وماليزيا', a farmer full name from 'بلدة الجفر', 'المنطقة الشرقية'
(a region after a title too), 'جسر الملك فهد' (the king inside none), the environment ministry, the agricultural
development fund and King Faisal University with 'و', the Eastern Province's emir after 'صاحب السمو الملكي الأمير',
'ميناء الملك عبدالعزيز بالدمام' and 'مطار الملك فهد الدولي' (places; the kings inside none); المملكة none; السعودية SA
(in the agency's name), الكويت KW, البحرين BH, عمان OM, إندونيسيا ID, ماليزيا MY);
1367 vi TTXVN 'Bangkok, 7/12 (TTXVN) -' ('tuyến đường sắt Viêng Chăn - Côn Minh' (a line named by its ends) with each,
'Cục Nông nghiệp thuộc Bộ Nông nghiệp và Hợp tác xã Thái Lan' (two bodies over 'thuộc'), 'các tỉnh Chumphon, Surat
Thani và Nakhon Si Thammarat', 'hành lang R12' (a road corridor, a place), 'cửa khẩu Nakhon Phanom, tỉnh Khăm Muộn
(Lào)', 'cửa khẩu Cha Lo (Quảng Trị)', 'cửa khẩu Hữu Nghị, tỉnh Lạng Sơn' (border gates named like their towns: one
place each), the real director-general after his title then given name ('Ông Rapibhat', Thai usage), 'chợ đầu mối Giang
Nam ở Quảng Châu' (a market named nowhere else: Giang Nam's alias), the fruit association and its invented chairman after
'ông', GACC after its name, 'cửa khẩu Đông Hưng và Hà Khẩu', a grower after 'Bà' then given name, 'huyện Tha Mai, tỉnh
Chanthaburi', Monthong (a variety) none, an invented exporter with its legal form, Rayong, Đồng Đăng, its director after
'ông', 'cảng Laem Chabang' (Laem Chabang's alias), Nam Sa; 'Chính phủ Thái Lan' none; Thái Lan TH, Lào LA, Việt Nam VN,
Trung Quốc CN, Malaysia MY);
1368 vi TTXVN 'Lâm Đồng, 7/12 (TTXVN) -', entirely in NFD (the provincial people's committee, Đèo Cả group (its pass
name inside none), 'cao tốc Tân Phú - Bảo Lộc' (a road named by its ends) with each, 'tỉnh Đồng Nai', 'nút giao Lộc
An', the real chairman after his title then 'ông Mười', 'đèo Bảo Lộc' (a pass named like a named town: a place apart),
'quốc lộ 20', 'Thành phố Hồ Chí Minh', Đà Lạt, the group's chairman full name (invented), 'cao tốc Dầu Giây - Tân Phú' and
'cao tốc Bảo Lộc - Liên Khương' with their ends, 'sân bay Liên Khương' (Liên Khương named only as a road's end: the
airport its alias), the construction department's director (invented), 'xã Đại Lào', 'hồ Nam Phương', 'thác Đambri', a
Cơ Ho resident after 'Bà' then 'bà Hoa' (the people none), 'xã Lộc Bắc', Biên Hòa, the Lâm Đồng tourism association,
'Đà Lạt, Bảo Lộc và Mũi Né', the roads authority with 'Việt Nam' in its name; PPP and Tết none; Việt Nam VN);
1369 vi TTXVN 'Minsk, 7/12 (TTXVN) -' (MAZ after its Vietnamese name (Minsk inside it, and inside MTZ's), 'tỉnh Hưng
Yên', Belarus's industry ministry, Alexander Turchin after 'Thủ tướng Belarus' then 'ông Turchin', the Vietnamese
ambassador (a title, no embassy, no name), MAZ's real director general, the joint venture 'MAZ Châu Á', Lukashenko after
'Tổng thống', 'Đông Nam Á' none, MTZ after its name, BelAZ, 'thành phố Zhodino', 'Tây Nguyên' (a region of Vietnam: a
place, as holdout75's Урал), a Vietnamese director full then 'ông Tuấn' and his firm with its legal form, 'khu công nghiệp
Phố Nối A' (an industrial park, a place), 'Công ty sữa Savushkin Product' (the firm by its name), 'thành phố Brest',
Orsha, 'tỉnh Vitebsk', a deputy director full name, the veterinary department, 'cảng Hải Phòng' (Hải Phòng named nowhere
else: the port its alias), EAEU after its Vietnamese name; Belarus BY, Việt Nam VN, Nga RU, Kazakhstan KZ, Armenia AM,
Kyrgyzstan KG);
1370 ru TASS 'ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 7 декабря. /ТАСС/.' (the volcano Ключевской in three cases, 'на Камчатке' and
'Камчатки', the Kamchatka branch of the geophysical survey in the prepositional and by its acronym, 'Тихого океана', 'в
поселке Ключи' and 'Ключей', 'в селе Козыревск', KVERT with the group's lowercase genitive name, the real head of KVERT
full name, 'аэропорта Елизово' (Елизово named nowhere else: the airport its alias), 'из Москвы', 'из Хабаровска',
'в Магадан', the airline's name in quotes, 'в Усть-Камчатск и Оссору', Владимир Солодов after 'Губернатор Камчатского
края', 'Министерству образования края' (a body, lowercase 'края'), 'Глава Усть-Камчатского муниципального округа' (a
district before a title: a place) and its head (invented), 'трассу Петропавловск-Камчатский - Усть-Камчатск' (a road
named by its ends), the real deputy director in the genitive and the volcanology institute in the genitive, 'вулкана
Безымянный' and 'вулканы Шивелуч и Безымянный', a resident with his patronymic then surname, the Japan Meteorological
Agency and the Tokyo VAAC (a body named after a city), 'над Беринговым морем'; Евразия, Северная Америка, Азия none;
no word names Russia (РАН, ДВО and Москва do not): Японское JP);
1371 ru Interfax 'ТАШКЕНТ. 7 декабря. ИНТЕРФАКС -' ("Афросиаб" (a train) none, 'испанской компании Talgo', 'на вокзал
Хивы' and Хива in four cases, 'участка Бухара - Мискин - Ургенч - Хива' (a section named by its stops) with each,
'АО "Узбекистон темир йуллари" (УТЙ)', 'через Самарканд и Бухару', 'до Нукуса - столицы Республики Каракалпакстан', the
railway chairman (invented) after 'Председатель правления УТЙ', 'у станции Турткуль', the Chinese contractor's English
name, "Темирйулкурилиш", ADB in the genitive and as 'АБР', the Novocherkassk works (the town inside none) and
'"Трансмашхолдингом"' (instrumental), Мирзиёев after 'Президент Узбекистана', 'хокиму Хорезмской области Фарходу
Эрманову' (a dative name after a dative title), 'с Хорезмом' (the province's alias), 'Ичан-Кала', a guesthouse owner full
name, 'пустыню Кызылкум', 'Амударью', the CERR's name in quotes, its analyst, 'ташкентской' (an adjective of the city,
no entity), Uzbekistan Airways, 'в Москву и Санкт-Петербург', 'с Туркменистаном', 'поезда Хива - Дашогуз' (a route
named by its ends) with Дашогуз; Узбекистан UZ, испанской ES, китайская CN, Туркменистан TM);
1372 ru Kazinform 'КОСТАНАЙ. КАЗИНФОРМ –' ('Аграрии Костанайской области', the regional agriculture department in
lowercase (a body), an invented department head full then surname, 'Карабалыкского, Федоровского и Мендыкаринского
районов' (three adjectives over one plural noun, as holdout75's Шардаринском районах), 'крестьянского хозяйства
"Береке"', 'из села Боровское', an invented farmer with his patronymic then surname, 'в Лисаковске', the real minister
after his title, 'АО "НК "Продкорпорация"' and 'АО "НК "Қазақстан темір жолы"' (nested quotes; a Kazakh name with Қ and
і), 'станцию Тобол', 'Узбекистан, Таджикистан и Афганистан', 'через Сарыагаш', 'через порт Актау', 'через Достык и
Алашанькоу', 'в Италию', 'через Новороссийск' (no country: Russia is not named), the real akim after 'Аким Костанайской
области' then 'в Рудном', 'в Денисовском районе', the agrarian credit corporation, the Grain Union's expert in the
genitive; казахстанского/Казахстан KZ, Узбекистан UZ, Таджикистан TJ, Афганистан AF, Иран IR, Китай CN, Италию IT);
1373 zh Xinhua '新华社昆明12月7日电（记者 岳冉冉 杨静）' (云南 and 云南省 (in the department's name), 云南省农业农村厅, 普洱市
with 普洱 alone (one place), 思茅区南屏镇 (two places run together), a farm manager, '保山市隆阳区潞江坝、德宏傣族景颇族自治州
芒市和临沧市', the coffee association and its real president, 雀巢、星巴克、瑞幸咖啡 (firms listed with 、), 孟连傣族拉祜族佤族
自治县, 云南农业大学 with its college (a nested body, the parent's alias, as holdout66's 艺术系), an invented professor,
澜沧江, 昆明海关 (a body named after a city), 中老铁路 (a railway, a place; 老 names Laos as 中尼 named Nicaragua), 万象, the
'咖啡小镇' nickname none, 上海 and a tourist, the expo (an event) none; 中国 CN, 巴西 BR, 越南 VN, 德国 DE, 比利时 BE,
美国 US, 韩国 KR, 老 LA, 泰国 TH, 埃塞俄比亚 ET, 哥伦比亚 CO);
1374 zh Xinhua '新华社兰州12月7日电（记者 张玉洁 宋常青）' (敦煌研究院 with '研究院文物数字化研究所' (nested, the parent's alias:
only '文物数字化研究所' listed), 莫高窟, '数字敦煌' (a database) and 敦煌学 none, the real president, 梅隆基金会 and 西北大学
after '美国', 甘肃, '榆林窟、西千佛洞、麦积山石窟和炳灵寺石窟' (cave sites, places), the institute's head, 第220窟 and 藏经洞
none, 法国国家图书馆 and 英国图书馆, 莫高窟数字展示中心 (a visitor centre: a place apart from 莫高窟), 敦煌市, 敦煌莫高国际机场
and 柳园站, 酒泉市 and a guide, 兰州大学 with its institute (nested) and its real professor, 新疆, 克孜尔石窟, 嘉峪关长城 (a
site, a place); no word names China: 美国 US, 法国 FR, 英国 GB, 日本 JP, 印度 IN; 中亚 none);
1375 zh Xinhua '新华社圣地亚哥12月6日电（记者 张百慧 王沛）' (帕穹山, 薇拉·鲁宾天文台 with 鲁宾天文台 (an observatory: a body, as
holdout75's Russian observatories; the person inside none), an invented deputy director with a middle dot, 拉塞雷纳, the
NSF and the DOE after 美国, 欧洲南方天文台, 帕拉纳尔山, 甚大望远镜 (an instrument) none, 阿塔卡马沙漠 and 阿塔卡马地区 (two
places), ALMA after its long Chinese name with a slash, 中国科学院 (in '中国科学院院士') apart from its three institutes
(紫金山天文台 the first one's alias), a researcher, 托洛洛山, the Chilean science ministry inside a minister's title (its
portfolios listed with 、: one body), 智利大学 with 天文系 (nested) and the real astronomer with a middle dot, 赵刚, the
Catholic University of the North, 安托法加斯塔大区; 奥陌陌, 鲍里索夫 and 3I/ATLAS (objects) none; 智利 CL, 美国 US, 中国 CN,
阿根廷 AR, 玻利维亚 BO; 欧洲 and 太阳系 none)."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1358_en.txt": ("en", ["GB", "IN", "IQ", "KE", "LK", "RU", "TR"], [
  (L, "Colombo", ["COLOMBO", "port of Colombo"]), (O, "Reuters", []), (O, "Sri Lanka Tea Board", []),
  (L, "Uva", []), (L, "Sabaragamuwa", []), (L, "Badulla", []), (L, "Ratnapura", []), (L, "Galle", []),
  (L, "Matara", []), (P, "Ranjith Wickramasekara", []), (L, "Glenloch", ["Glenloch estate"]), (L, "Pussellawa", []),
  (L, "Kotmale", []), (O, "Disaster Management Centre", []), (L, "Nuwara Eliya", []), (L, "Kandy", []),
  (L, "Kegalle", []), (O, "Department of Meteorology", []), (P, "Anura Kumara Dissanayake", []),
  (L, "Colombo-Badulla", ["Colombo-Badulla railway line"]), (L, "Nanu Oya", []), (L, "Ella", []),
  (O, "Forbes & Walker", []), (L, "Dubai", []), (L, "Tehran", []), (P, "Anil Cooke", []), (O, "Dilmah", []),
  (P, "Merrill J. Fernando", []), (O, "Colombo Tea Traders' Association", []), (P, "Uditha Jayasinghe", []),
  (P, "Jan Harvey", [])]),
 "1359_en.txt": ("en", ["CN", "JM", "PR"], [
  (L, "Black River", ["BLACK RIVER"]), (O, "Associated Press", ["AP"]), (P, "Devon Ricketts", ["Ricketts"]),
  (P, "Andrew Holness", ["Holness"]), (L, "St. Elizabeth", ["St. Elizabeth parish"]), (L, "Westmoreland", []),
  (L, "Manchester", []), (O, "Inter-American Development Bank", []), (O, "Caribbean Development Bank", []),
  (O, "Office of Disaster Preparedness and Emergency Management", []), (L, "Santa Cruz", []),
  (O, "Jamaica Public Service Company", []), (L, "Lacovia", []), (O, "China Harbour Engineering Company", []),
  (L, "Mandeville-Savanna-la-Mar", ["Mandeville-Savanna-la-Mar route"]), (L, "Mandeville", []),
  (L, "Savanna-la-Mar", []), (O, "Sandals Resorts", []), (L, "Negril", []), (L, "Montego Bay", []),
  (L, "Sangster International Airport", []), (O, "Airports Authority of Jamaica", []), (L, "Treasure Beach", []),
  (P, "Marcia Blake", ["Blake"]), (O, "Pelican Bar", []), (L, "Kingston", []), (P, "Evan Thompson", []),
  (O, "Meteorological Service of Jamaica", []), (L, "Caribbean", []), (P, "Dánica Coto", []), (L, "San Juan", [])]),
 "1360_en.txt": ("en", ["CN", "HK", "MZ", "TZ", "VN"], [
  (L, "Dar es Salaam", ["DAR ES SALAAM", "port of Dar es Salaam"]), (O, "AFP", []),
  (P, "Zainabu Mruma", ["Mruma"]), (O, "High Court", []), (O, "Corruption and Economic Crimes Division", []),
  (P, "Hamisi Juma Mkwawa", ["Mkwawa"]), (P, "Saidi Rashidi Ngonyani", ["Ngonyani"]),
  (P, "Joseph Kaduma", ["Kaduma"]), (P, "Grace Mushi", []), (P, "Abdallah Nassoro Chande", []),
  (P, "Emmanuel Lyimo", []), (P, "Peter Massawe", []), (P, "Mwanaidi Salum", []), (P, "Lucas Mbwambo", []),
  (P, "Wang Deyong", ["Wang"]), (P, "Chen Lihua", ["Chen"]), (P, "Ali Hassan Mzee", []), (P, "Fatuma Kombo", []),
  (P, "Baraka Nyirenda", []), (L, "Nyerere National Park", []), (L, "Ruvuma", ["Ruvuma region"]),
  (L, "Songea", []), (L, "Tunduru", []), (L, "Mbagala", []), (P, "Sylvester Mwakitalu", []),
  (O, "Tanzania Wildlife Management Authority", ["TAWA"]), (O, "Lusaka Agreement Task Force", []),
  (L, "Nairobi", []), (L, "Haiphong", []), (O, "United Nations Office on Drugs and Crime", ["UNODC"]),
  (P, "Pindi Chana", []), (L, "Selous-Niassa", ["Selous-Niassa corridor"]), (L, "Selous", []), (L, "Niassa", []),
  (P, "Jebra Kambole", [])]),
 "1361_fr.txt": ("fr", ["CI", "FR", "SN", "TR"], [
  (L, "Dakar", []), (O, "AFP", []), (L, "Train express régional", ["TER"]),
  (L, "aéroport international Blaise-Diagne", ["aéroport Blaise-Diagne", "AIBD"]), (P, "Ousmane Sonko", []),
  (L, "gare de Dakar", []), (L, "Diamniadio", []), (L, "Sébikotane", []), (L, "Tobène", []), (L, "Plateau", []),
  (O, "Société nationale de gestion et d'exploitation du patrimoine du TER", ["Senter"]),
  (O, "Banque africaine de développement", ["BAD"]), (O, "Banque islamique de développement", []),
  (O, "Agence française de développement", ["AFD"]), (O, "Yapı Merkezi", []), (O, "Eiffage Sénégal", []),
  (O, "Seter", []), (O, "SNCF", []), (L, "Rufisque", []), (P, "Aminata Ndoye", []), (L, "Bargny", ["gare de Bargny"]),
  (P, "Abdou Karim Diémé", []), (L, "Thiès", []), (L, "Mbour", []), (L, "Petite-Côte", []), (L, "Saly", []),
  (P, "Bassirou Diomaye Faye", []), (L, "Abidjan", []), (O, "Cédéao", []), (P, "Alassane Ouattara", []),
  (L, "Dakar-Bamako", ["ligne Dakar-Bamako"]), (L, "Bamako", [])]),
 "1362_fr.txt": ("fr", ["CD", "CG"], [
  (L, "Brazzaville", []), (O, "ACI", []), (L, "fleuve Congo", []), (L, "Likouala", []), (L, "Cuvette", []),
  (O, "ministère des Affaires sociales, de la Solidarité et de l'Action humanitaire", []),
  (O, "Direction de la météorologie nationale", []), (L, "port autonome de Brazzaville", []), (L, "Talangaï", []),
  (L, "Mfilou", []), (L, "Djiri", []), (L, "Tsiémé", []), (P, "Marie-Cécile Mboukou-Kimbatsa", []),
  (L, "Impfondo", []), (L, "Oubangui", ["rivière Oubangui"]), (P, "Philomène Ebata", []), (L, "Bétou-Mossaka", []),
  (L, "Dongou", []), (L, "Épéna", []), (P, "Anatole Collinet Makosso", []),
  (O, "Programme alimentaire mondial", ["PAM"]), (O, "Unicef", []), (O, "Croix-Rouge congolaise", []),
  (O, "Union européenne", []), (L, "Owando-Makoua", ["route Owando-Makoua"]), (L, "Owando", []), (L, "Makoua", []),
  (L, "Likouala-Mossaka", ["rivière Likouala-Mossaka"]), (O, "Conseil départemental", []), (L, "Oyo", []),
  (P, "Ghislain Okemba", []), (L, "Kinshasa", []), (L, "Ngaliema", []), (L, "Kingabwa", []),
  (P, "Denis Sassou Nguesso", []), (O, "Commission internationale du bassin Congo-Oubangui-Sangha", ["Cicos"])]),
 "1363_fr.txt": ("fr", ["IT"], [
  (L, "Palerme", []), (O, "AFP", []), (L, "Agrigente", ["province d'Agrigente"]), (L, "Sicile", []),
  (O, "Aica", []), (L, "Vallée des Temples", []), (O, "Région sicilienne", []), (P, "Renato Schifani", []),
  (P, "Giorgia Meloni", []), (L, "Caltanissetta", []), (L, "Enna", []), (L, "Trapani", []), (L, "Syracuse", []),
  (O, "Coldiretti", []), (L, "Catane", ["plaine de Catane"]), (L, "Belice", ["vallée du Belice"]),
  (L, "Ancipa", ["barrage de l'Ancipa"]), (O, "Autorité de bassin du district hydrographique de Sicile", []),
  (O, "Siciliacque", []), (L, "Porto Empedocle", []), (L, "Licata", []), (P, "Calogero Lo Presti", []),
  (L, "Raffadali", []), (P, "Matteo Salvini", []), (L, "Messine", ["détroit de Messine"]),
  (L, "Reggio de Calabre", []),
  (O, "Institut supérieur pour la protection et la recherche environnementale", ["ISPRA"])]),
 "1364_ar.txt": ("ar", ["IR", "JO", "KW", "SA", "TR"], [
  (L, "الكويت", []), (O, "وكالة الأنباء الكويتية", ["كونا", "لوكالة الأنباء الكويتية"]),
  (O, "الهيئة العامة لشؤون الزراعة والثروة السمكية", []), (L, "الوفرة", ["منطقة الوفرة"]),
  (L, "العبدلي", ["منطقة العبدلي"]), (P, "فهد سالم العجمي", ["العجمي"]), (L, "الصليبية", []),
  (L, "الجهراء", ["والجهراء"]), (O, "معهد الكويت للأبحاث العلمية", []), (P, "عبدالله مبارك الهاجري", []),
  (O, "إدارة الأرصاد الجوية", []), (O, "الإدارة العامة للطيران المدني", []),
  (O, "الاتحاد الكويتي للمزارعين", []), (P, "عبدالرحمن بدر العتيقي", []), (L, "النويصيب", ["منفذ النويصيب"]),
  (O, "بلدية الكويت", []), (L, "الشويخ", []), (L, "الفحيحيل", ["والفحيحيل"]), (L, "حولي", ["وحولي"]),
  (P, "مشعل الأحمد الجابر الصباح", [])]),
 "1365_ar.txt": ("ar", ["EG", "ES", "FR", "IT"], [
  (L, "القاهرة", []), (O, "وكالة أنباء الشرق الأوسط", ["أ ش أ", "لوكالة أنباء الشرق الأوسط"]),
  (O, "وزارة السياحة والآثار", []), (L, "البهنسا", ["منطقة البهنسا"]), (L, "بني مزار", ["بمركز بني مزار"]),
  (L, "المنيا", ["بالمنيا", "محافظة المنيا", "مدينة المنيا"]), (P, "محمد إسماعيل خالد", []),
  (O, "المجلس الأعلى للآثار", ["للمجلس الأعلى للآثار"]), (O, "جامعة برشلونة", ["وجامعة برشلونة"]), (O, "معهد الشرق الأدنى القديم", ["ومعهد الشرق الأدنى القديم"]),
  (P, "شريف فتحي", []), (O, "المتحف المصري الكبير", []), (L, "الأقصر", []), (L, "أسوان", ["وأسوان"]),
  (P, "إستير بونس ميلادو", ["بونس"]), (P, "با-دي-آمون", []), (L, "أوكسيرينخوس", []),
  (P, "سيد محمود الشوربجي", []), (L, "تونا الجبل", ["بتونا الجبل"]), (L, "الأشمونين", ["والأشمونين"]),
  (L, "بني حسن", ["وبني حسن"]), (L, "طريق القاهرة - أسيوط الغربي", []), (L, "أسيوط", []),
  (P, "عماد كدواني", []), (O, "الوكالة الإسبانية للتعاون الدولي من أجل التنمية", [])]),
 "1366_ar.txt": ("ar", ["BH", "ID", "KW", "MY", "OM", "SA"], [
  (L, "الأحساء", ["واحة الأحساء"]), (O, "وكالة الأنباء السعودية", ["واس", "لوكالة الأنباء السعودية"]),
  (P, "سعود بن طلال بن بدر", []), (O, "أمانة الأحساء", []),
  (O, "المركز الوطني للنخيل والتمور", ["للمركز الوطني للنخيل والتمور"]), (L, "الهفوف", []),
  (L, "المبرز", ["والمبرز"]), (P, "عصام بن عبداللطيف الملا", []), (L, "مركز الأحساء للمعارض", []),
  (O, "اليونسكو", ["منظمة اليونسكو"]), (P, "محمد بن عبدالعزيز النويران", []), (P, "حسين بن علي البوعلي", []),
  (L, "الجفر", ["بلدة الجفر"]), (L, "المنطقة الشرقية", []), (L, "جسر الملك فهد", []),
  (O, "وزارة البيئة والمياه والزراعة", []), (O, "صندوق التنمية الزراعية", ["وصندوق التنمية الزراعية"]),
  (O, "جامعة الملك فيصل", ["وجامعة الملك فيصل"]), (P, "سعود بن نايف بن عبدالعزيز", []),
  (L, "ميناء الملك عبدالعزيز", []), (L, "الدمام", ["بالدمام"]),
  (L, "مطار الملك فهد الدولي", ["ومطار الملك فهد الدولي"])]),
 "1367_vi.txt": ("vi", ["CN", "LA", "MY", "TH", "VN"], [
  (L, "Bangkok", []), (O, "TTXVN", []),
  (L, "Viêng Chăn - Côn Minh", ["tuyến đường sắt Viêng Chăn - Côn Minh"]), (L, "Viêng Chăn", []),
  (L, "Côn Minh", []), (O, "Cục Nông nghiệp", []), (O, "Bộ Nông nghiệp và Hợp tác xã Thái Lan", []),
  (L, "Chumphon", []), (L, "Surat Thani", []), (L, "Nakhon Si Thammarat", []), (L, "R12", ["hành lang R12"]),
  (L, "Nakhon Phanom", ["cửa khẩu Nakhon Phanom"]), (L, "Khăm Muộn", ["tỉnh Khăm Muộn"]),
  (L, "Cha Lo", ["cửa khẩu Cha Lo"]), (L, "Quảng Trị", []), (L, "Hữu Nghị", ["cửa khẩu Hữu Nghị"]),
  (L, "Lạng Sơn", ["tỉnh Lạng Sơn"]), (P, "Rapibhat Chandrasakha", ["Rapibhat"]),
  (L, "Giang Nam", ["chợ đầu mối Giang Nam"]), (L, "Quảng Châu", []), (O, "Hiệp hội Trái cây Thái Lan", []),
  (P, "Sathit Pholkhet", []), (O, "Tổng cục Hải quan Trung Quốc", ["GACC"]), (L, "Đông Hưng", []),
  (L, "Hà Khẩu", []), (P, "Somjai Kaewmanee", ["Somjai"]), (L, "Tha Mai", ["huyện Tha Mai"]),
  (L, "Chanthaburi", ["tỉnh Chanthaburi"]), (O, "Công ty TNHH Siam Durian Express", []), (L, "Rayong", []),
  (L, "Đồng Đăng", []), (P, "Thanawat Srisuk", []), (L, "Laem Chabang", ["cảng Laem Chabang"]),
  (L, "Nam Sa", [])]),
 "1368_vi.txt": ("vi", ["VN"], [
  (L, "Lâm Đồng", []), (O, "TTXVN", []), (O, "Ủy ban nhân dân tỉnh Lâm Đồng", []), (O, "Tập đoàn Đèo Cả", []),
  (L, "Tân Phú - Bảo Lộc", ["cao tốc Tân Phú - Bảo Lộc"]), (L, "Tân Phú", []), (L, "Bảo Lộc", []),
  (L, "Đồng Nai", ["tỉnh Đồng Nai"]), (L, "Lộc An", ["nút giao Lộc An"]), (P, "Hồ Văn Mười", ["Mười"]),
  (L, "đèo Bảo Lộc", []), (L, "quốc lộ 20", []), (L, "Thành phố Hồ Chí Minh", []), (L, "Đà Lạt", []),
  (P, "Hồ Minh Hoàng", []), (L, "Dầu Giây - Tân Phú", ["cao tốc Dầu Giây - Tân Phú"]), (L, "Dầu Giây", []),
  (L, "Bảo Lộc - Liên Khương", ["cao tốc Bảo Lộc - Liên Khương"]), (L, "Liên Khương", ["sân bay Liên Khương"]),
  (P, "Nguyễn Văn Lộc", []), (O, "Sở Xây dựng Lâm Đồng", []), (L, "Đại Lào", ["xã Đại Lào"]),
  (L, "Nam Phương", ["hồ Nam Phương"]), (L, "Đambri", ["thác Đambri"]), (P, "K'Thị Hoa", ["Hoa"]),
  (L, "Lộc Bắc", ["xã Lộc Bắc"]), (L, "Biên Hòa", []), (O, "Hiệp hội Du lịch Lâm Đồng", []), (L, "Mũi Né", []),
  (O, "Cục Đường bộ Việt Nam", [])]),
 "1369_vi.txt": ("vi", ["AM", "BY", "KG", "KZ", "RU", "VN"], [
  (L, "Minsk", []), (O, "TTXVN", []), (O, "Công ty cổ phần Nhà máy ô tô Minsk", ["MAZ"]),
  (L, "Hưng Yên", ["tỉnh Hưng Yên"]), (O, "Bộ Công nghiệp Belarus", []), (P, "Alexander Turchin", ["Turchin"]),
  (P, "Aleksandr Gorustovich", []), (O, "MAZ Châu Á", []), (P, "Alexander Lukashenko", []),
  (O, "Nhà máy máy kéo Minsk", ["MTZ"]), (O, "BelAZ", []), (L, "Zhodino", ["thành phố Zhodino"]),
  (L, "Tây Nguyên", []), (P, "Phạm Quang Tuấn", ["Tuấn"]), (O, "Công ty cổ phần Ô tô Hưng Phát", []),
  (L, "Phố Nối A", ["khu công nghiệp Phố Nối A"]), (O, "Savushkin Product", []), (L, "Brest", ["thành phố Brest"]),
  (L, "Orsha", []), (L, "Vitebsk", ["tỉnh Vitebsk"]), (P, "Natalia Kovalchuk", []), (O, "Cục Thú y Việt Nam", []),
  (L, "Hải Phòng", ["cảng Hải Phòng"]), (O, "Liên minh Kinh tế Á - Âu", ["EAEU"])]),
 "1370_ru.txt": ("ru", ["JP"], [
  (L, "Петропавловск-Камчатский", ["ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ"]), (O, "ТАСС", []),
  (L, "Ключевской", ["Ключевскому", "Ключевского"]), (L, "Камчатка", ["Камчатке", "Камчатки"]),
  (O, "Камчатский филиал Единой геофизической службы РАН",
   ["Камчатском филиале Единой геофизической службы РАН", "КФ ФИЦ ЕГС РАН"]),
  (L, "Тихий океан", ["Тихого океана"]), (L, "Ключи", ["Ключей"]), (L, "Козыревск", []),
  (O, "KVERT", ["группы мониторинга вулканов Камчатки"]), (P, "Ольга Гирина", []),
  (L, "Елизово", ["аэропорта Елизово"]), (L, "Москва", ["Москвы"]), (L, "Хабаровск", ["Хабаровска"]),
  (L, "Магадан", []), (O, "Камчатское авиационное предприятие", []), (L, "Усть-Камчатск", []),
  (L, "Оссора", ["Оссору"]), (P, "Владимир Солодов", []), (L, "Камчатский край", ["Камчатского края"]),
  (O, "Министерство образования края", ["Министерству образования края"]),
  (L, "Усть-Камчатский муниципальный округ", ["Усть-Камчатского муниципального округа"]),
  (P, "Сергей Горюнов", []),
  (L, "Петропавловск-Камчатский - Усть-Камчатск", ["трассу Петропавловск-Камчатский - Усть-Камчатск"]),
  (P, "Алексей Озеров", ["Алексея Озерова"]),
  (O, "Институт вулканологии и сейсмологии ДВО РАН", ["Института вулканологии и сейсмологии ДВО РАН"]),
  (L, "Безымянный", ["вулкана Безымянный"]), (L, "Шивелуч", []), (P, "Андрей Петрович Слепцов", ["Слепцов"]),
  (O, "Японское метеорологическое агентство", []),
  (O, "Токийский консультативный центр по вулканическому пеплу", []),
  (L, "Берингово море", ["Беринговым морем"])]),
 "1371_ru.txt": ("ru", ["CN", "ES", "TM", "UZ"], [
  (L, "Ташкент", ["ТАШКЕНТ", "Ташкента"]), (O, "Интерфакс", ["ИНТЕРФАКС"]), (O, "Talgo", []),
  (L, "Хива", ["Хиву", "Хивы", "Хиве"]),
  (L, "Бухара - Мискин - Ургенч - Хива", ["участка Бухара - Мискин - Ургенч - Хива"]), (L, "Бухара", ["Бухару"]),
  (L, "Мискин", []), (L, "Ургенч", ["Ургенча"]),
  (O, "Узбекистон темир йуллари", ["АО \"Узбекистон темир йуллари\"", "УТЙ"]), (L, "Самарканд", []),
  (L, "Нукус", ["Нукуса"]), (L, "Республика Каракалпакстан", ["Республики Каракалпакстан"]),
  (P, "Хусниддин Хайдаров", []), (L, "Турткуль", ["станции Турткуль"]),
  (O, "China Railway Electrification Engineering Group", []), (O, "Темирйулкурилиш", []),
  (O, "Азиатский банк развития", ["Азиатского банка развития", "АБР"]),
  (O, "Новочеркасский электровозостроительный завод", []), (O, "Трансмашхолдинг", ["Трансмашхолдингом"]),
  (P, "Шавкат Мирзиёев", []), (L, "Хорезмская область", ["Хорезмской области", "Хорезмом"]),
  (P, "Фарход Эрманов", ["Фарходу Эрманову"]), (L, "Ичан-Кала", []), (P, "Дильноза Рахимова", []),
  (L, "Кызылкум", ["пустыню Кызылкум"]), (L, "Амударья", ["Амударью"]),
  (O, "Центр экономических исследований и реформ", []), (P, "Бобур Турсунов", []),
  (O, "Uzbekistan Airways", []), (L, "Москва", ["Москву"]), (L, "Санкт-Петербург", []),
  (L, "Хива - Дашогуз", []), (L, "Дашогуз", [])]),
 "1372_ru.txt": ("ru", ["AF", "CN", "IR", "IT", "KZ", "TJ", "UZ"], [
  (L, "Костанай", ["КОСТАНАЙ"]), (O, "Казинформ", ["КАЗИНФОРМ"]),
  (L, "Костанайская область", ["Костанайской области"]),
  (O, "управление сельского хозяйства и земельных отношений", ["управления сельского хозяйства и земельных отношений"]),
  (P, "Марат Жаксылыков", ["Жаксылыков"]), (L, "Карабалыкский район", ["Карабалыкского"]),
  (L, "Федоровский район", ["Федоровского"]), (L, "Мендыкаринский район", ["Мендыкаринского районов"]),
  (O, "Береке", ["крестьянского хозяйства \"Береке\""]), (L, "Боровское", ["села Боровское"]),
  (P, "Виктор Иванович Шмидт", ["Шмидт"]), (L, "Лисаковск", ["Лисаковске"]), (P, "Айдарбек Сапаров", []),
  (O, "Продкорпорация", ["АО \"НК \"Продкорпорация\""]),
  (O, "Қазақстан темір жолы", ["АО \"НК \"Қазақстан темір жолы\""]), (L, "Тобол", ["станцию Тобол"]),
  (L, "Сарыагаш", []), (L, "Актау", ["порт Актау"]), (L, "Достык", []), (L, "Алашанькоу", []),
  (L, "Новороссийск", []), (P, "Кумар Аксакалов", []), (L, "Рудный", ["Рудном"]),
  (L, "Денисовский район", ["Денисовском районе"]), (O, "Аграрная кредитная корпорация", []),
  (O, "Зерновой союз Казахстана", ["Зернового союза Казахстана"]), (P, "Евгений Карабанов", [])]),
 "1373_zh.txt": ("zh", ["BE", "BR", "CN", "CO", "DE", "ET", "KR", "LA", "TH", "US", "VN"], [
  (O, "新华社", []), (L, "昆明", []), (P, "岳冉冉", []), (P, "杨静", []), (L, "云南", []),
  (O, "云南省农业农村厅", []), (L, "普洱市", ["普洱"]), (L, "思茅区", []), (L, "南屏镇", []), (P, "李春华", []),
  (L, "保山市", []), (L, "隆阳区", []), (L, "潞江坝", []), (L, "德宏傣族景颇族自治州", []), (L, "芒市", []),
  (L, "临沧市", []), (O, "云南省咖啡行业协会", []), (P, "李功勤", []), (O, "雀巢", []), (O, "星巴克", []),
  (O, "瑞幸咖啡", []), (L, "孟连傣族拉祜族佤族自治县", []), (O, "云南农业大学", ["云南农业大学热带作物学院"]),
  (P, "杨春雷", []), (L, "澜沧江", []), (O, "昆明海关", []), (L, "中老铁路", []), (L, "万象", []),
  (L, "上海", []), (P, "王欣怡", [])]),
 "1374_zh.txt": ("zh", ["FR", "GB", "IN", "JP", "US"], [
  (O, "新华社", []), (L, "兰州", []), (P, "张玉洁", []), (P, "宋常青", []),
  (O, "敦煌研究院", ["文物数字化研究所"]), (L, "莫高窟", []), (P, "苏伯民", []), (O, "梅隆基金会", []),
  (O, "西北大学", []), (L, "甘肃", []), (L, "榆林窟", []), (L, "西千佛洞", []), (L, "麦积山石窟", []),
  (L, "炳灵寺石窟", []), (P, "俞天秀", []), (O, "法国国家图书馆", []), (O, "英国图书馆", []),
  (L, "莫高窟数字展示中心", []), (L, "敦煌市", []), (L, "敦煌莫高国际机场", []), (L, "柳园站", []),
  (L, "酒泉市", []), (P, "马晓燕", []), (O, "兰州大学", ["兰州大学敦煌学研究所"]), (P, "郑炳林", []),
  (L, "新疆", []), (L, "克孜尔石窟", []), (L, "嘉峪关长城", [])]),
 "1375_zh.txt": ("zh", ["AR", "BO", "CL", "CN", "US"], [
  (O, "新华社", []), (L, "圣地亚哥", []), (P, "张百慧", []), (P, "王沛", []), (L, "帕穹山", []),
  (O, "薇拉·鲁宾天文台", ["鲁宾天文台"]), (P, "克拉拉·埃斯皮诺萨", []), (L, "拉塞雷纳", []),
  (O, "美国国家科学基金会", []), (O, "美国能源部", []), (O, "欧洲南方天文台", []), (L, "帕拉纳尔山", []),
  (L, "阿塔卡马沙漠", []), (O, "阿塔卡马大型毫米波/亚毫米波阵列", ["ALMA"]), (L, "阿塔卡马地区", []),
  (O, "中国科学院", []), (O, "中国科学院紫金山天文台", ["紫金山天文台"]), (P, "赵海斌", []), (L, "托洛洛山", []),
  (O, "智利科学、技术、知识和创新部", []), (O, "智利大学", ["智利大学天文系"]), (P, "何塞·马萨", []),
  (O, "中国科学院国家天文台", []), (O, "中国科学院南美天文研究中心", []), (P, "赵刚", []),
  (O, "智利北方天主教大学", []), (L, "安托法加斯塔大区", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout76", G)
write_gold(here, "holdout76", "holdout76-gold.json", G)
