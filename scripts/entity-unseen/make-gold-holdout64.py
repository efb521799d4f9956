#!/usr/bin/env python3
"""Writes holdout64-gold.json for the articles in holdout64/ (same format and conventions as make-gold-holdout63.py,
make-gold-holdout62.py, make-gold-holdout61.py, make-gold-holdout60.py and, through them, holdout45-59). A SENTINEL set
(never fitted), written blind in session 40 (no Swift source read, no extractor run; the articles and then the gold were
committed before any extractor ran on them): ordinary domestic news as each country's own media write it, on topics
the earlier sets hardly cover (a nurses' strike vote, maize payments, school patronage, avian flu, a ferry out of
service, a dialysis centre, a meteorite, a teachers' strike, a football round, a new gecko species, an airport's first
international flight, a factory stoppage, a mosque opening, a polar blizzard, a bandy match, heating for rural schools,
the winter seed-breeding season, a blizzard at a border city), in plain wire format; REAL public figures, bodies and
places mixed with invented minor people and small firms; a few foreign places and countries in most articles:
3 en, 3 fr, 3 ar, 3 vi, 3 ru, 3 zh:
1140 en The Canadian Press 'WINNIPEG —' (nurses vote to strike; Manitoba Nurses Union, three hospitals (Health
Sciences Centre, St. Boniface Hospital / 'at St. Boniface', Grace Hospital), Shared Health, 'union vice-president Tamara
Hrynchuk', a middle initial 'Colette A. Lavallée', 'Health Minister Uzoma Asagwara', Manila and Cebu, 'Fargo and Grand
Forks, N.D.', Dauphin and Thompson (a town that is a surname), the Progressive Conservatives, the CFNU, the closing
credit line); 1141 en Reuters 'ELDORET, Kenya, Dec 9 (Reuters) -' (maize farmers protest unpaid deliveries; NCPB, Uasin
Gishu county, Kitale, Trans Nzoia, Moi's Bridge (a town named after a person), 'Dr. Faith W. Nyambura', 'Agriculture
Cabinet Secretary Mutahi Kagwe', 'Uasin Gishu Governor Jonathan Bii', National Treasury, Busia and Namanga, the
reporting line with three people); 1142 en Irish paper with a byline (two Catholic schools pass to Educate Together;
Irish names with fadas and Ní/Ó, Diocese of Killaloe and 'the Bishop of Killaloe, Dr Fintan Monahan', Scoil Mhuire,
Corofin National School beside Corofin, Ennis National School (Ennis only inside it), INTO in parentheses, 'Fr Tomás
Quinlivan', Church of Ireland, Northern Ireland and the Netherlands); 1143 fr AFP 'Auch (AFP) -' (avian flu at Samatan;
'Samatan (Gers)', Anses, Ploufragan (Côtes-d'Armor), 'lieu-dit Lasserre', the DDPP in parentheses after a title,
Lombez and Saint-Soulan, Catalogne and Lleida (no Spain written), FDSEA du Gers, Vivadour, Condom (a town that is a
common word), Cifog, 'le Gers et les Landes'); 1144 fr La Presse Canadienne 'MATANE, Qc —' (the Matane ferry out of
service; STQ, a ship's name (none), 'chantier Davie', Lévis, Jadrolinija ('armateur croate'), Transports Canada, route
138, Tadoussac and Baie-Sainte-Catherine, Transport Boréal Nord, Mont-Joli, 'M. Gagnon-Roy', Italie, Finlande);
1145 fr AIP 'Bouaké, 9 déc 2026 (AIP) –' (a dialysis centre at the CHU; Ivorian names written surname first ('Pr Yéo
Tenena Moussa', 'Pr Kassi Ahou Florence', 'Mme Diomandé Mariam'), a minister named after his long portfolio, 'Centre
hospitalier universitaire (CHU) de Bouaké', BADEA and BID and OMS in parentheses, Fresenius ('le groupe allemand'),
'région du Gbêkê', CHU de Treichville / de Yopougon (districts only inside the hospitals' names), quartier Koko);
1146 ar ONA 'مسقط في 9 ديسمبر /العمانية/' (a meteorite in Thumrait; جامعة السلطان قابوس (no person), 'جامعة برن
السويسرية' / 'بجامعة برن' beside 'في برن', 'الدكتور خميس بن سعيد الراشدي', 'بكلية العلوم', 'طريق شصر', a Swiss name in
Arabic, 'المهندسة أمل بنت ناصر المحرزية', 'دائرة صون الطبيعة بالهيئة', 'منفذ المزيونة الحدودي مع اليمن', شركة تنمية
نفط عمان, الربع الخالي, الصحراء الكبرى, 'في ليبيا والجزائر' (الجزائر the country)); 1147 ar NNA 'وطنية -' (a
secondary teachers' strike; the agency as 'وطنية' and 'للوكالة الوطنية للإعلام', 'جوزف أبي خليل' with the particle أبي,
two teachers' leagues, 'في الأونيسكو' (a Beirut district named after UNESCO), 'وزيرة التربية والتعليم العالي ريما كرامي',
'ثانوية حسن كامل الصباح الرسمية' (a school named after a person: no person), 'صيدا وطرابلس وعكار', 'منظمة اليونيسف');
1148 ar INA 'بغداد - واع -' (Iraqi Stars League: نفط البصرة 2-1 الكرخ; clubs named like towns, districts and common
words (نفط البصرة, الكرخ, زاخو, أربيل, النجف, القوة الجوية, الشرطة, الطلبة, الزوراء), ملعب جذع النخلة ('Palm Trunk
Stadium') 'في البصرة', ملعب فرانسو حريري (a stadium named after a person), ملعب الشعب الدولي, nisbas السوري /
البرتغالي / الإماراتي / التركية, 'لنفط البصرة', 'لجنة الحكام' (none)); 1149 vi TTXVN 'Quảng Trị, 9/12 (TTXVN) -' (a
new gecko in Phong Nha - Kẻ Bàng; the species none (named after xã Thượng Trạch), Viện Sinh thái và Tài nguyên sinh vật
and its academy, 'Vườn thú Cologne (Đức)', tạp chí Zootaxa, 'TS. Phạm Thế Cường' / 'ông Cường', a German woman
'Bà Hoffmeister', Hin Nậm Nô, Trung Trường Sơn beside a director named Trường, Ban Quản lý …, Bộ đội Biên phòng tỉnh
Quảng Trị, 'tỉnh Khăm Muồn (Lào)', hang Sơn Đoòng); 1150 vi TTXVN 'Đồng Nai, 9/12 (TTXVN) -' (Long Thành airport's
first international flight; the airport named like its commune, Incheon (Hàn Quốc), ACV in parentheses, 'bà Thúy',
airlines holding countries (Korean Air, Singapore Airlines, Thai Airways), a Korean passenger 'Anh Choi Min-jae',
Cục Hàng không Việt Nam, Quốc lộ 51, Thủ Thiêm, Bộ Xây dựng, Ủy ban nhân dân tỉnh Đồng Nai); 1151 vi TTXVN 'Bắc Ninh,
9/12 (TTXVN) -' (a work stoppage at a Korean-owned plant; 'Công ty TNHH Daesung Precision Vina' and its parent
'Tập đoàn Daesung (Hàn Quốc)', Khu công nghiệp Đình Trám, Samsung Electronics, Liên đoàn Lao động tỉnh Bắc Ninh and its
short form, Sở Nội vụ, 'Công an phường Việt Yên', 'ông Kim Sung-min' / 'ông Kim', Ấn Độ and Indonesia);
1152 ru TASS 'КАЗАНЬ, 9 декабря. /ТАСС/.' (a mosque opens in Buinsk; 'раис республики Рустам Минниханов', 'муфтий
Татарстана', ДУМ РТ in parentheses, фонд "Закят", 'Ильдар Ринатович Гарифуллин' / 'Ильдару Гарифуллину', 'Зариповой',
'Глава Буинского муниципального района', Касимова, Каире, Елабуге, Нурлате, Болгаре, 'Малого минарета'); 1153 ru RIA
'НОРИЛЬСК, 9 декабря - РИА Новости.' (a 'black blizzard'; аэропорт Норильск, 'Автодорога Норильск - Алыкель - Дудинка',
Талнах, Кайеркан, a weather service in the genitive, a patronymic 'Светлана Петровна Чернобров', 'В "Норникеле"', mines
"Таймырский" and "Октябрьский", 'Азамат Исмаилов' / 'По словам Азамата', Киргизии, ГУ МЧС России по Красноярскому краю,
Таймыра); 1154 ru IRK.ru 'ИРКУТСК, 9 декабря. /IRK.ru/.' (bandy: "Байкал-Энергия" 5:3 "СКА-Нефтяник"; Суперлига in
cases, "Арене Байкал" (a lake in an arena's name), a Swede, the Swedish club "Вестероса", patronymics 'Вадим Николаевич
Шарапов' / 'Шарапову', 'Олег Захарович Рябинин', "Динамо" (Москва), "Водник" (Архангельск), "Кузбассом" (a club named like
a region), "Арене Ерофей", "Енисей" (a club named like a river), Федерация хоккея с мячом России); 1155 zh Xinhua
'新华社贵阳12月9日电（记者 王婷）' (rural boarding schools heated; 黔东南苗族侗族自治州雷山县, 雷公山, 雷山县教育局局长潘正武,
中国教育发展基金会, 国网贵州省电力有限公司, 西江镇中心小学 (the town only inside it), 校长龙金花, 丹江镇 / 大塘镇,
副教授吴晓燕, 新加坡南洋理工大学, 毕节 / 六盘水); 1156 zh China News Service '中新网三亚12月9日电（记者 陈雨桐）' (the
Nanfan breeding season; 国家南繁科研育种基地（海南） / 南繁基地, 三亚 / 乐东 / 陵水, 三亚市崖州区, an institute written with
its academy (one organization), 中国农业大学三亚研究院, 崖州湾科技城 beside 崖州湾, 国际水稻研究所（IRRI）, a Filipino
expert with a dotted name, 巴基斯坦、孟加拉国和马达加斯加); 1157 zh regional paper '本报呼伦贝尔12月9日电（记者 宝音
刘志刚）' (a blizzard; 内蒙古自治区呼伦贝尔市, 海拉尔东山国际机场, 满洲里公路口岸 beside 满洲里 and 满洲里海关,
内蒙古自治区气象台, 牙克石、根河、额尔古纳, 西伯利亚, 蒙古国, G10绥满高速 and G332国道, 呼伦贝尔市应急管理局 / 市应急管理局,
陈巴尔虎旗巴彦库仁镇, a Mongolian herder by one name (朝鲁门), 中国铁路哈尔滨局集团有限公司, 滨洲铁路, 海拉尔站, 后贝加尔斯克).
Every invented minor name and small firm was checked with grep against all earlier sets (articles and gold), the
seeds' texts and gold and the entities resources; replaced after that check: Kowalchuk and Delorme (holdout20),
Baptiste (holdout5-63), Kiprotich and Njoroge (holdout51), Hollis (holdout60), Moloney (holdout51), Ashworth
(holdout27), Kouadio (holdout32), Zufferey (holdout27), Praz (holdout34), Hanbit (holdout37), حيدر عبد الأمير and
الساعدي (holdout53), البلوشي (holdout50), الحبسي (holdout38/55), Габдрахманов (holdout33), Мухаметшин (holdout26),
Ковтун (holdout37), 额尔敦 / 苏日娜 (holdout57), 张振宇 (holdout62), 孙立新 (holdout30); and topics the earlier sets
already had were dropped before writing: a Swiss by-election (holdout31, holdout51), snow on the RN15 in Kabylia
(holdout49), a provincial kidney transplant (holdout19), a Yenisei basketball match (holdout53), the Harbin airport
(holdout45). Recurring as allowed: real public figures and bodies (Uzoma Asagwara, Linda Silas, Mutahi Kagwe, Jonathan
Bii, Fintan Monahan, Helen McEntee, Michel Desbiens, Pascal Bérubé, Pierre N'Gou Dimba, Amadou Koné, ريما كرامي, Uông
Việt Dũng, Võ Tấn Đức, Рустам Минниханов, Камиль Самигуллин, Дмитрий Карасев, Reuters, AFP, Vietnam Airlines, Samsung
Electronics, Thai Airways, Татнефть, РИА Новости, 新华社), capitals, provinces and big cities.

Conventions as holdout63 (titles and honorifics no part of a name: union vice-president, chief nursing officer,
Health Minister, Dr., Agriculture Cabinet Secretary, Governor, the Bishop of Killaloe, Dr, Minister for Education, Fr,
parish priest, M., Mme, Pr, le directeur départemental …, la porte-parole, le maire de Baie-Comeau, le député
péquiste, الدكتور, البروفيسور, المهندسة, رئيس الرابطة, وزيرة …, الأستاذ, الناطقة باسم …, مدرب …, البديل, TS., bà,
ông, anh, chị, Phó Tổng Giám đốc …, Cục trưởng …, Chủ tịch …, раис, муфтий, имам-хатыб, архитектор, Глава …, начальник
…, главный тренер, наставник, 局长, 校长, 副教授, 研究员, 院长, 专家, 牧民, 记者); a surname, a Vietnamese given name, a
Korean surname ('ông Kim') or a Russian given name in a case ('Азамата', 'Никиты') alone an alias; every surface form
an alias, Russian cases and Arabic clitic forms included; countries as ISO codes, never entities (Northern Ireland
names GB, as Wales in holdout60); a generic word before a place an alias (Uasin Gishu county, lieu-dit, région du,
quartier, ولاية, محافظة, صحراء, منفذ, طريق, xã, tỉnh, hang, khu công nghiệp, Vườn quốc gia); a place only inside an
organization's name not counted (Ennis, Killaloe, Cologne, Việt Yên, Treichville, Yopougon, Красноярский край,
西江镇, 贵州); a facility named like a place not otherwise named is that place's alias (khu công nghiệp Đình Trám ->
Đình Trám, منفذ المزيونة -> المزيونة, طريق شصر -> شصر, Cảng hàng không quốc tế Long Thành / Sân bay Long Thành ->
Long Thành (the commune is not otherwise named)), while an airport, crossing or station named like a place that is
named is a place apart (аэропорт Норильск, 满洲里公路口岸, 海拉尔站, 海拉尔东山国际机场); a road named by its ends is a
place and so is each end ('Норильск - Алыкель - Дудинка', as 'Курган - Шадринск' in holdout60); a name built from a
person's makes no person (Moi's Bridge, جامعة السلطان قابوس, ثانوية حسن كامل الصباح الرسمية, ملعب فرانسو حريري, Арена
Ерофей); clubs named like towns, districts, regions, rivers or common words are the clubs (organizations), the towns
not otherwise named (as holdout60 and holdout62), a club with its city in parentheses gives the city as a place;
leagues organizations (Iraqi Stars League, Суперлига), competitions none (чемпионат России по хоккею с мячом, чемпионат
мира), 'لجنة + one definite noun' none (لجنة الحكام); a university's college or institute and the university two
organizations (كلية العلوم / جامعة السلطان قابوس, معهد العلوم الجيولوجية / جامعة برن), an institute written with its
academy or university in one name one organization (中国农业科学院作物科学研究所, 中国农业大学三亚研究院); ships, species,
programmes, laws, funds' programmes, flights and events none (F.-A.-Gauthier, Cyrtodactylus thuongtrachensis, 一带一路,
قانون حماية التراث الطبيعي, VN 409); governments and a city's administration none (gouvernement, администрация города,
and the department 'управления общего и дошкольного образования администрации Норильска' read as part of a title);
legal forms outside an English or Russian canonical but inside a Vietnamese or Chinese one. New here:
- a bare portfolio in a title, however long, is none ('ministre de la Santé, de l'Hygiène publique et de la Couverture
  maladie universelle'), as 'ministre des Affaires étrangères' in holdout61;
- Ivorian names written surname first keep the order written (Yéo Tenena Moussa, Diomandé Mariam);
- an agency named only by its nickname in the dateline and in full in the text is one organization (وطنية /
  للوكالة الوطنية للإعلام), as holdout63's بترا; 'الأونيسكو' (a Beirut district) is a place, not UNESCO;
- a company named by a brand (Tập đoàn Daesung) is the brand's name with the phrase an alias, its Vietnamese
  subsidiary (Công ty TNHH Daesung Precision Vina) another organization;
- airlines, agencies and leagues holding a country's name or adjective name that country (Korean Air KR, Singapore
  Airlines SG, Thai Airways TH, The Canadian Press / Transports Canada CA, Church of Ireland IE, دوري نجوم العراق IQ);
- a national park is a place and its management board (Ban Quản lý Vườn quốc gia …) an organization; mines (рудники
  "Таймырский" и "Октябрьский"), a monument (Малый минарет), a range (Trung Trường Sơn), a cave (hang Sơn Đoòng), deserts
  (الربع الخالي, الصحراء الكبرى) and a science city (崖州湾科技城) are places; a journal (Zootaxa) and a fund (фонд
  "Закят") are organizations; the breeding base (国家南繁科研育种基地) is an organization (it informs, as 上海光源 in
  holdout60).
Countries: CA, PH, US (1140); KE, TZ, UG, ZA, ZM (1141, 'shillings' and '$' none); GB (Northern Ireland), IE, NL, SY,
UA (1142); CA, FR, JP, KR (1143: no ES, Catalogne and Lleida only); CA, FI, HR, IT (1144); CI, DE, GH, MA (1145); CH,
DZ, LY, OM, YE (1146); CA, FR, LB (1147); AE, IQ, PT, SY, TR (1148); DE, LA, VN (1149); JP, KR, SG, TH, VN (1150); ID,
IN, KR, VN (1151); TR (1152: Каире names no Egypt); KG, RU (1153); RU, SE (1154); CN, SG (1155: no standalone 中国,
CN from 中国教育发展基金会); BD, CN, MG, PH, PK (1156); CN, MN, RU (1157).
Judgement calls: 'St. Boniface' alone is the hospital; 'the Winnipeg region' is no entity of its own; Kitale is the
town; 'Clare' (north Clare) is the county; 'Corofin' alone is the village, the school's name listed apart; 'the
Diocese of Killaloe' is an organization and Killaloe is not listed; the DDPP is listed by its acronym (the title spells
the body in lowercase); Québec is listed through 'Qc' (the province's name is otherwise only inside the STQ's);
'chantier Davie' is the Davie shipyard (an organization); 'Côte-Nord' is a region (a place); 'CHU de Bouaké' with the
full form in parentheses one organization; 'Sud-Ouest', 'dans le centre et le nord du pays', 'دول الخليج', 'Đông Nam
Á', '东南亚和南亚' and '东北稻区' broad regions, none; 'لجنة الأساتذة المتعاقدين' is an organization (a named committee
with a spokeswoman); 'Hin Nậm Nô' is the Lao protected area (a place); 'Công an phường Việt Yên' is an organization;
'Иркутская "Байкал-Энергия"', 'иркутского хоккея', 'хабаровчан', 'иркутян' give no place; 'Таймыра' is the Taimyr (a
place); 'Вестероса' is the Swedish club; 'Дудинке' and 'Дудинка' one place; 本报 names no organization; 绥满 (the
expressway's two ends abbreviated) and 滨洲 (the railway's) are no places."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
G = {
 "1140_en.txt": ("en", ["CA", "PH", "US"], [
  (L, "Winnipeg", ["WINNIPEG"]), (O, "Manitoba Nurses Union", []), (O, "Health Sciences Centre", []),
  (O, "St. Boniface Hospital", ["St. Boniface"]), (O, "Grace Hospital", []), (O, "Shared Health", []),
  (P, "Tamara Hrynchuk", ["Hrynchuk"]), (P, "Erin Wiebe", ["Wiebe"]), (P, "Colette A. Lavallée", ["Lavallée"]),
  (P, "Uzoma Asagwara", []), (L, "Manitoba Legislative Building", []), (L, "Manitoba", []), (L, "Manila", []),
  (L, "Cebu", []), (L, "Fargo", []), (L, "Grand Forks", []), (L, "North Dakota", ["N.D."]), (L, "Dauphin", []),
  (L, "Thompson", []), (O, "Progressive Conservatives", []), (P, "Linda Silas", []),
  (O, "Canadian Federation of Nurses Unions", []), (L, "Saskatchewan", []), (L, "Nova Scotia", []),
  (O, "The Canadian Press", [])]),
 "1141_en.txt": ("en", ["KE", "TZ", "UG", "ZA", "ZM"], [
  (L, "Eldoret", ["ELDORET"]), (O, "Reuters", []), (O, "National Cereals and Produce Board", ["NCPB"]),
  (L, "Uasin Gishu", ["Uasin Gishu county"]), (L, "Kitale", []), (L, "Trans Nzoia", []),
  (P, "Joseph Kipchumba Rotich", ["Rotich"]), (L, "Moi's Bridge", []), (P, "Faith W. Nyambura", ["Nyambura"]),
  (P, "Mutahi Kagwe", []), (O, "National Treasury", []), (P, "Jonathan Bii", []), (L, "Rift Valley", []),
  (O, "Kenya Meteorological Department", []), (P, "Daniel Kimutai Sang", ["Sang"]),
  (O, "Kenya Farmers Association", []), (L, "Busia", []), (L, "Namanga", []), (P, "Duncan Cheruiyot", []),
  (P, "Wambui Gathoni", []), (L, "Nairobi", []), (P, "Clara Fenwick", [])]),
 "1142_en.txt": ("en", ["GB", "IE", "NL", "SY", "UA"], [
  (P, "Niamh Ó Súilleabháin", []), (L, "Clare", []), (O, "Diocese of Killaloe", []), (O, "Scoil Mhuire", []),
  (L, "Kilfenora", []), (O, "Corofin National School", []), (L, "Corofin", []), (O, "Educate Together", []),
  (O, "Department of Education", []), (P, "Fintan Monahan", []), (L, "Ennistymon", []), (L, "Lisdoonvarna", []),
  (P, "Aoife Ní Chonaill", []), (P, "Caoimhe Breathnach", []), (P, "Helen McEntee", []),
  (O, "Irish National Teachers' Organisation", ["INTO"]), (P, "Gerard Considine", []),
  (P, "Tomás Quinlivan", ["Quinlivan"]), (O, "Ennis National School", []), (O, "Church of Ireland", []),
  (O, "Catholic Schools Partnership", [])]),
 "1143_fr.txt": ("fr", ["CA", "FR", "JP", "KR"], [
  (L, "Samatan", []), (L, "Gers", []), (L, "Auch", []), (O, "AFP", []), (O, "Anses", []), (L, "Ploufragan", []),
  (L, "Côtes-d'Armor", []), (P, "Bernard Dabadie", ["Dabadie"]), (L, "Lasserre", ["lieu-dit Lasserre"]),
  (O, "DDPP", []), (P, "Olivier Lagarrigue", []), (L, "Lombez", []), (L, "Saint-Soulan", []),
  (L, "Catalogne", []), (L, "Lleida", []), (P, "Marie-Pierre Soubiran", []), (O, "FDSEA du Gers", ["FDSEA"]),
  (O, "Vivadour", []), (L, "Condom", []), (L, "Gimont", []),
  (O, "Comité interprofessionnel des palmipèdes à foie gras", ["Cifog"]), (L, "Landes", [])]),
 "1144_fr.txt": ("fr", ["CA", "FI", "HR", "IT"], [
  (L, "Matane", ["MATANE"]), (L, "Québec", ["Qc"]), (L, "Côte-Nord", []),
  (O, "Société des traversiers du Québec", ["STQ"]), (L, "Baie-Comeau", []), (L, "Godbout", []),
  (O, "Davie", ["chantier Davie"]), (L, "Lévis", []), (P, "Geneviève Bouchard-Desrosiers", []),
  (O, "Jadrolinija", []), (O, "Transports Canada", []), (L, "route 138", []), (L, "Tadoussac", []),
  (L, "Baie-Sainte-Catherine", []), (O, "Transport Boréal Nord", []), (P, "Stéphane Gagnon-Roy", ["Gagnon-Roy"]),
  (P, "Michel Desbiens", []), (L, "Mont-Joli", []), (O, "Chambre de commerce régionale de Matane", []),
  (P, "Pascal Bérubé", []), (O, "La Presse Canadienne", [])]),
 "1145_fr.txt": ("fr", ["CI", "DE", "GH", "MA"], [
  (L, "Bouaké", []), (O, "AIP", []), (P, "Pierre N'Gou Dimba", []),
  (O, "CHU de Bouaké", ["Centre hospitalier universitaire (CHU) de Bouaké"]),
  (O, "Banque arabe pour le développement économique en Afrique", ["BADEA"]), (O, "Fresenius", []),
  (L, "Abidjan", []), (L, "Gbêkê", ["région du Gbêkê"]), (O, "CHU de Treichville", []),
  (O, "CHU de Yopougon", []), (P, "Yéo Tenena Moussa", []), (P, "Kassi Ahou Florence", []), (L, "Katiola", []),
  (L, "Béoumi", []), (L, "Sakassou", []), (P, "Diomandé Mariam", []), (L, "Koko", ["quartier Koko"]),
  (L, "Korhogo", []), (O, "Banque islamique de développement", ["BID"]), (P, "Amadou Koné", []),
  (O, "Organisation mondiale de la santé", ["OMS"])]),
 "1146_ar.txt": ("ar", ["CH", "DZ", "LY", "OM", "YE"], [
  (L, "مسقط", ["بمسقط"]), (O, "العمانية", ["لوكالة الأنباء العمانية"]), (O, "جامعة السلطان قابوس", []),
  (O, "جامعة برن", ["جامعة برن السويسرية", "بجامعة برن"]), (L, "ثمريت", ["ولاية ثمريت"]),
  (L, "ظفار", ["بمحافظة ظفار", "صحراء ظفار"]), (P, "خميس بن سعيد الراشدي", ["الراشدي"]),
  (O, "كلية العلوم", ["بكلية العلوم"]), (L, "شصر", ["طريق شصر"]), (L, "صلالة", []),
  (O, "متحف التاريخ الطبيعي", []), (L, "برن", []), (P, "لوكاس برونر", []), (O, "معهد العلوم الجيولوجية", []),
  (L, "الصحراء الكبرى", []), (O, "هيئة البيئة", []), (P, "أمل بنت ناصر المحرزية", []),
  (O, "دائرة صون الطبيعة", []), (L, "المزيونة", ["منفذ المزيونة"]), (O, "المتحف الوطني", []),
  (O, "وزارة التراث والسياحة", []), (O, "تنمية نفط عمان", ["شركة تنمية نفط عمان"]), (L, "الربع الخالي", [])]),
 "1147_ar.txt": ("ar", ["CA", "FR", "LB"], [
  (O, "الوكالة الوطنية للإعلام", ["وطنية", "للوكالة الوطنية للإعلام"]),
  (O, "رابطة أساتذة التعليم الثانوي الرسمي", []), (P, "جوزف أبي خليل", ["أبي خليل"]), (L, "بيروت", []),
  (O, "رابطة معلمي التعليم الأساسي الرسمي", []), (O, "لجنة الأساتذة المتعاقدين", []),
  (O, "وزارة التربية والتعليم العالي", []), (L, "الأونيسكو", []), (P, "ريما كرامي", []),
  (O, "وزارة المالية", []), (O, "البنك الدولي", []), (O, "الوكالة الفرنسية للتنمية", ["والوكالة الفرنسية للتنمية"]),
  (L, "النبطية", []), (O, "ثانوية حسن كامل الصباح الرسمية", []), (P, "وسام عبد الصمد", []), (L, "صيدا", []),
  (L, "طرابلس", ["وطرابلس"]), (L, "عكار", ["وعكار"]), (P, "نسرين شمس الدين", []),
  (O, "اليونيسف", ["منظمة اليونيسف"])]),
 "1148_ar.txt": ("ar", ["AE", "IQ", "PT", "SY", "TR"], [
  (L, "بغداد", []), (O, "واع", []), (O, "نفط البصرة", ["لنفط البصرة"]), (O, "الكرخ", []),
  (L, "ملعب جذع النخلة", []), (L, "البصرة", []), (O, "دوري نجوم العراق", []), (P, "فراس الأحمد", []),
  (P, "حسين عبد الزهرة", []), (P, "مرتضى علي الخفاجي", []), (P, "باولو سيكيرا", ["سيكيرا"]),
  (O, "نادي الوحدة", []), (L, "أنطاليا", []), (P, "حسام عبد الرضا الحسناوي", []),
  (O, "الاتحاد العراقي لكرة القدم", []), (O, "زاخو", []), (O, "القوة الجوية", []), (O, "الشرطة", []),
  (O, "الزوراء", []), (O, "أربيل", []), (O, "النجف", []), (L, "ملعب فرانسو حريري", []), (O, "الطلبة", []),
  (L, "ملعب الشعب الدولي", [])]),
 "1149_vi.txt": ("vi", ["DE", "LA", "VN"], [
  (L, "Phong Nha - Kẻ Bàng", ["Vườn quốc gia Phong Nha - Kẻ Bàng"]), (L, "Quảng Trị", ["tỉnh Quảng Trị"]), TTXVN,
  (O, "Viện Sinh thái và Tài nguyên sinh vật", []), (O, "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", []),
  (O, "Vườn thú Cologne", []), (L, "Thượng Trạch", ["xã Thượng Trạch"]), (O, "Zootaxa", []),
  (P, "Phạm Thế Cường", ["Cường"]), (L, "Hin Nậm Nô", []), (P, "Katrin Hoffmeister", ["Hoffmeister"]),
  (L, "Trung Trường Sơn", []), (O, "Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng", []),
  (P, "Đinh Xuân Trường", []), (O, "Bộ đội Biên phòng tỉnh Quảng Trị", []), (L, "Đồng Hới", []),
  (L, "Khăm Muồn", ["tỉnh Khăm Muồn"]), (L, "Sơn Đoòng", ["hang Sơn Đoòng"])]),
 "1150_vi.txt": ("vi", ["JP", "KR", "SG", "TH", "VN"], [
  (L, "Đồng Nai", ["tỉnh Đồng Nai"]), TTXVN,
  (L, "Long Thành", ["Cảng hàng không quốc tế Long Thành", "Sân bay Long Thành"]), (O, "Vietnam Airlines", []),
  (L, "Incheon", []), (O, "Tổng công ty Cảng hàng không Việt Nam", ["ACV"]), (P, "Lê Thị Diệu Thúy", ["Thúy"]),
  (L, "Tân Sơn Nhất", ["sân bay Tân Sơn Nhất"]), (O, "Korean Air", []), (O, "Singapore Airlines", []),
  (O, "Thai Airways", []), (P, "Choi Min-jae", []), (L, "TP.HCM", []), (O, "Cục Hàng không Việt Nam", []),
  (P, "Uông Việt Dũng", []), (L, "Quốc lộ 51", []), (O, "Bộ Xây dựng", []), (L, "Thủ Thiêm", []),
  (O, "Ủy ban nhân dân tỉnh Đồng Nai", []), (P, "Võ Tấn Đức", [])]),
 "1151_vi.txt": ("vi", ["ID", "IN", "KR", "VN"], [
  (O, "Công ty TNHH Daesung Precision Vina", ["Công ty Daesung Precision Vina", "Daesung Precision Vina"]),
  (L, "Bắc Ninh", ["tỉnh Bắc Ninh"]), TTXVN, (L, "Đình Trám", ["Khu công nghiệp Đình Trám"]),
  (O, "Daesung", ["Tập đoàn Daesung"]), (O, "Samsung Electronics", []), (P, "Hoàng Thị Ngọc Ánh", []),
  (O, "Liên đoàn Lao động tỉnh Bắc Ninh", ["Liên đoàn Lao động tỉnh"]), (O, "Sở Nội vụ", []),
  (O, "Ban Quản lý các khu công nghiệp tỉnh", []), (O, "Công an phường Việt Yên", []),
  (P, "Trịnh Minh Khôi", ["Khôi"]), (P, "Kim Sung-min", ["Kim"]), (O, "Tổng Liên đoàn Lao động Việt Nam", []),
  (L, "Đồng Nai", []), (L, "TP.HCM", [])]),
 "1152_ru.txt": ("ru", ["TR"], [
  (L, "Буинск", ["Буинске"]), (L, "Татарстан", ["Татарстана", "Татарстане"]),
  (P, "Рустам Минниханов", ["Минниханов"]), (P, "Камиль Самигуллин", ["Самигуллин"]), (O, "ТАСС", []),
  (O, "Духовное управление мусульман Республики Татарстан", ["Духовного управления мусульман Республики Татарстан", "ДУМ РТ"]),
  (L, "Казань", ["КАЗАНЬ", "Казани"]), (O, "Татнефть", []), (O, "Закят", ["фонд \"Закят\""]),
  (L, "Стамбул", ["Стамбула"]), (O, "Болгарская исламская академия", ["Болгарской исламской академии"]),
  (P, "Ильдар Ринатович Гарифуллин", ["Ильдару Гарифуллину"]), (L, "Каир", ["Каире"]),
  (P, "Лейсан Зарипова", ["Зариповой"]), (L, "Касимов", ["Касимова"]),
  (L, "Буинский муниципальный район", ["Буинского муниципального района"]), (P, "Рамиль Нургаянов", []),
  (L, "Елабуга", ["Елабуге"]), (L, "Нурлат", ["Нурлате"]), (L, "Болгар", ["Болгаре"]),
  (L, "Малый минарет", ["Малого минарета"])]),
 "1153_ru.txt": ("ru", ["KG", "RU"], [
  (L, "Норильск", ["НОРИЛЬСК", "Норильске", "Норильска"]), (O, "РИА Новости", []),
  (L, "Дудинка", ["Дудинке"]), (L, "аэропорт Норильск", []),
  (O, "Среднесибирское управление по гидрометеорологии и мониторингу окружающей среды", ["Среднесибирского управления по гидрометеорологии и мониторингу окружающей среды"]),
  (L, "Норильск - Алыкель - Дудинка", ["Автодорога Норильск - Алыкель - Дудинка"]), (L, "Алыкель", []),
  (L, "Талнах", []), (L, "Кайеркан", []), (P, "Дмитрий Карасев", []), (P, "Светлана Петровна Чернобров", []),
  (O, "Норникель", ["Норникеле"]), (L, "Таймырский", []), (L, "Октябрьский", []), (L, "Москва", ["Москвы"]),
  (L, "Красноярск", ["Красноярска"]), (L, "Новосибирск", ["Новосибирска"]),
  (P, "Азамат Исмаилов", ["Исмаилов", "Азамата"]),
  (O, "Главное управление МЧС России по Красноярскому краю", ["МЧС России"]), (L, "Таймыр", ["Таймыра"])]),
 "1154_ru.txt": ("ru", ["RU", "SE"], [
  (L, "Иркутск", ["ИРКУТСК"]), (O, "IRK.ru", []), (O, "Байкал-Энергия", ["Байкал-Энергии"]),
  (O, "СКА-Нефтяник", []), (O, "Суперлига", ["Суперлиге", "Суперлиги"]), (L, "Арена Байкал", ["Арене Байкал"]),
  (P, "Денис Хохряков", ["Хохрякова"]), (P, "Эрик Сандберг", []), (L, "Хабаровск", []),
  (O, "Вестерос", ["Вестероса"]), (P, "Никита Зайков", ["Никиты"]),
  (P, "Вадим Николаевич Шарапов", ["Шарапову"]), (P, "Олег Захарович Рябинин", ["Рябинин", "Рябинина"]),
  (O, "Динамо", []), (L, "Москва", []), (O, "Водник", []), (L, "Архангельск", []), (L, "Кемерово", []),
  (O, "Кузбасс", ["Кузбассом"]), (L, "Арена Ерофей", ["Арене Ерофей"]), (O, "Енисей", []),
  (O, "Федерация хоккея с мячом России", [])]),
 "1155_zh.txt": ("zh", ["CN", "SG"], [
  (O, "新华社", []), (L, "贵阳", []), (P, "王婷", []), (O, "贵州省教育厅", []), (L, "黔东南苗族侗族自治州", []),
  (L, "雷山县", []), (L, "雷公山", []), (O, "雷山县教育局", []), (P, "潘正武", []), (O, "中国教育发展基金会", []),
  (O, "国网贵州省电力有限公司", []), (O, "西江镇中心小学", []), (P, "龙金花", []), (O, "贵州师范大学", []),
  (L, "丹江镇", []), (L, "大塘镇", []), (P, "吴晓燕", []), (O, "南洋理工大学", ["新加坡南洋理工大学"]),
  (L, "毕节", []), (L, "六盘水", [])]),
 "1156_zh.txt": ("zh", ["BD", "CN", "MG", "PH", "PK"], [
  (O, "中新网", []), (L, "三亚", ["三亚市"]), (P, "陈雨桐", []), (L, "海南", []),
  (O, "国家南繁科研育种基地", ["南繁基地"]), (L, "乐东", []), (L, "陵水", []), (L, "崖州区", []),
  (O, "中国农业科学院作物科学研究所", []), (P, "钟立平", []), (L, "黑龙江", []), (L, "吉林", []),
  (O, "中国农业大学三亚研究院", []), (P, "黄志坚", []), (L, "崖州湾科技城", []), (L, "崖州湾", []),
  (O, "海南大学", []), (O, "国际水稻研究所", ["IRRI"]), (P, "玛丽亚·桑托斯", []),
  (O, "三亚市南繁科学技术研究院", []), (P, "赵丽娟", [])]),
 "1157_zh.txt": ("zh", ["CN", "MN", "RU"], [
  (L, "呼伦贝尔", ["呼伦贝尔市"]), (P, "宝音", []), (P, "刘志刚", []), (L, "内蒙古自治区", []),
  (L, "海拉尔东山国际机场", ["海拉尔机场"]), (L, "满洲里公路口岸", ["满洲里口岸"]), (L, "满洲里", []), (O, "内蒙古自治区气象台", []),
  (L, "牙克石", []), (L, "根河", []), (L, "额尔古纳", []), (L, "西伯利亚", []),
  (O, "呼伦贝尔市应急管理局", ["市应急管理局"]), (L, "G10绥满高速", []), (L, "海拉尔", []), (L, "G332国道", []),
  (P, "周建华", []), (L, "陈巴尔虎旗", []), (L, "巴彦库仁镇", []), (P, "朝鲁门", []),
  (O, "中国铁路哈尔滨局集团有限公司", []), (L, "滨洲铁路", []), (L, "海拉尔站", []), (O, "满洲里海关", []),
  (L, "后贝加尔斯克", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout64", G)
write_gold(here, "holdout64", "holdout64-gold.json", G)
