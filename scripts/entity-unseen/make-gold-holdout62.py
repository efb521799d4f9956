#!/usr/bin/env python3
"""Writes holdout62-gold.json for the articles in holdout62/ (same format and conventions as make-gold-holdout61.py,
make-gold-holdout58.py, make-gold-holdout57.py, make-gold-holdout55.py, make-gold-holdout53.py and
make-gold-holdout45.py). A SENTINEL set (never fitted): an ordinary sample of what a user of the reader keeps, half
the corpus's own domain (Belarus, Vietnam, China, Kazakhstan, Russia, Uzbekistan, Kyrgyzstan, Mongolia, Laos and their
partners: education exchanges, trade, energy, transport corridors, health cooperation, parliaments) and half each
country's ordinary domestic news (a provincial budget, hospitals, a court, a match report, weather), in plain wire
format; REAL public figures, companies, bodies and places mixed with invented minor people and small firms:
3 en, 3 fr, 3 ar, 3 vi, 3 ru, 3 zh:
1100 en BelTA 'MINSK, 7 December (BelTA) –' (Belarus doubles scholarships for Lao students; Ivaniets, Phout
Simmalavong, BSU, Vitebsk State Medical University beside 'In Vitebsk', Souphanouvong University in Luang Prabang,
Faculty of International Relations, RIPO, Vientiane Technical College beside Vientiane, 'MTZ tractors and MAZ trucks',
a lowercase intergovernmental commission); 1101 en Reuters 'ULAANBAATAR, Dec 7 (Reuters) -' with byline and reporting
line (copper exports as Oyu Tolgoi's underground mine ramps up; Rio Tinto, Oyu Tolgoi LLC / Erdenes Oyu Tolgoi beside
the mine, South Gobi / Umnugovi province, Khanbogd soum, State Great Khural, Tavantolgoi power plant, Tengeri Capital,
Future Heritage Fund); 1102 en Xinhua 'VIENTIANE, Dec. 7 (Xinhua) --' (a surgical wing in Luang Prabang; Luang Prabang
Provincial Hospital, Yunnan Provincial Health Commission, Mittaphab / Mahosot hospitals, 'First Affiliated Hospital of
Kunming Medical University', Laos-China Railway, 'Luang Prabang railway station', Nam Bak district, 'Li' by surname);
1103 fr AFP 'Bichkek (AFP) -' (Kambarata-1 financing; Japarov, AIIB / BED in parentheses, 'ministère kirghiz de
l'Energie', Toktogoul, AUCA, the company Kambarata HPP-1 beside the plant, Kara-Jygach, Tabiyat Kelechegi, Och,
Toguz-Toro, Karimov, Mirzioïev, Tokaïev); 1104 fr AFP 'Hanoï (AFP) -' (typhoon Kajiki floods central Vietnam; Quy
Nhon, Gia Lai, rivière Con, communes Tay Son / Phu My, aéroport de Phu Cat, Vietnam Railways, EVN, 'Centre national'
after its full name); 1105 fr AFP 'Oulan-Bator (AFP) -' (a dzud threatens livestock; Croix-Rouge mongole, NAMEM, FAO,
NEMA, FICR, provinces Khovd / Ouvs / Zavkhan / Selenge, massif de l'Altaï, col de Khar Nuur, district de
Tsagaankhairkhan); 1106 ar QNA 'الدوحة في 07 ديسمبر /قنا/' (the Shura Council speaker receives the Jogorku Kenesh
speaker; المجلس الأعلى (جوغوركو كينيش), صندوق قطر للتنمية, مدينة أوش, ولاية نارين beside نهر نارين, غرفة قطر, شركة
"آلا-تو للاستثمار", متحف قطر الوطني, سوق واقف); 1107 ar MENA 'أسيوط في 7 ديسمبر /أ ش أ/' (a heart centre at Assiut
University Hospitals; مستشفيات جامعة أسيوط, جامعة أسيوط الأهلية, 'سوهاج وقنا والوادي الجديد', معهد القلب القومي
بإمبابة, طريق أسيوط - الغردقة, بمركز ديروط, بقرية بني عدي, مركز منفلوط, مديرية الصحة بأسيوط); 1108 ar ONA 'مسقط في 7
ديسمبر /العمانية/' (football: Al-Seeb top the Omantel league; clubs named like their towns (السيب, ظفار, الرستاق, صور,
مجيس, بهلا) beside grounds named after them (ملعب نادي مجيس, استاد صور الرياضي, مجمع الرستاق الرياضي), مجمع السلطان
قابوس الرياضي ببوشر, nisbas البرازيلي / التونسي, 'كأس الخليج العربي بالكويت'); 1109 vi TTXVN 'Viêng Chăn, 7/12
(TTXVN) -' (150 Lao students leave for Vietnam; Bộ Giáo dục và Thể thao Lào, 'ông Khamphay', universities with Hà
Nội / Huế / Đà Nẵng / Cần Thơ inside, huyện Xốp Bâu, Tổng Lãnh sự quán Việt Nam tại Pác Xế (Pác Xế inside only),
'các tỉnh Chămpasắc, Salavan và Sê Kông', a school named after Nà Mộ); 1110 vi TTXVN 'Quảng Trị, 7/12 (TTXVN) -' (the
provincial council passes the 2027 budget; 'Hội đồng nhân dân (HĐND) tỉnh Quảng Trị', 'UBND tỉnh', cửa khẩu quốc tế
Lao Bảo, cảng Hòn La, Cảng hàng không Quảng Trị, Khu kinh tế Đông Nam Quảng Trị, Quốc lộ 9, cao tốc Cam Lộ - La Sơn,
'ông Quang', 'Ông Pả', sông Hiếu); 1111 vi TTXVN 'Hải Phòng, 7/12 (TTXVN) -' (a shipping director on trial for loan
fraud; court, procuracy and police of thành phố Hải Phòng, 'BIDV Chi nhánh Lê Chân', MB, 'bị cáo Khải' / 'Loan', cảng
Tân Vũ / Chùa Vẽ, đảo Cát Bà, Philippines); 1112 ru BelTA 'ГРОДНО, 7 декабря (БЕЛТА) –' (Grodno and Samarkand regions
sign a road map; 'Гродненская и Самаркандская области', Карлюкевич, Турдимов, 'в Пайарыкском и Каттакурганском
районах', two medical universities, ОАО / ООО in quotes, Скиделе, Лиде, Новогрудке, 'Гродненским филиалом Белорусской
торгово-промышленной палаты'); 1113 ru Kabar 'БИШКЕК, 7 декабря. /Кабар/.' (an avalanche on Too-Ashuu; road 'Бишкек -
Ош', МЧС, ДЭП-14 / ДЭП-15, перевал Долон, Кыргызгидромет, 'в Чуйской, Таласской и Джалал-Абадской областях',
Суусамырской долины, Азиатского банка развития); 1114 ru TASS 'ТОМСК, 7 декабря. /ТАСС/.' (Tomsk Polytechnic opens a
Samarkand branch; ТПУ, Седнев, Шарипов, СамГУ имени Шарофа Рашидова, МГУ имени М. В. Ломоносова в Ташкенте, РЭУ имени
Г. В. Плеханова, АО "Навоийский горно-металлургический комбинат", Госкорпорация "Росатом", "Томскнефтехим", Бухары);
1115 zh Xinhua '新华社乌兰巴托…电（记者… …）' (Erenhot-Zamyn-Uud crossing passes 20 million tonnes; 二连浩特—扎门乌德口岸
(two places), 扎门乌德站, 二连浩特公路口岸, 中蒙俄经济走廊, the cross-border zone, 扎门乌德自由经济区 and its 管委会,
“戈壁之路”公司, 二连海关, 内蒙古大学蒙古学学院, dotted Mongolian names); 1116 zh Xinhua '新华社昆明…电（记者…）' (a
regional children's medical centre in Dali; 昆明医科大学附属儿童医院滇西分院, 大理白族自治州 / 大理州 / 大理市 / 大理站,
下关片区, 保山市隆阳区, '大理、保山、丽江、怒江、迪庆、德宏', affiliated hospitals of 首都医科大学 / 复旦大学 / 中山大学,
巍山彝族回族自治县, 泰国、缅甸); 1117 zh China News Service '中新网乌鲁木齐…电（记者 …）' (CBA: Xinjiang beat Liaoning in
overtime; teams by sponsor names and short forms (新疆队, 辽宁队, 广东队), dotted Uyghur names with bare given names,
乌鲁木齐红光山体育馆, a person named 韩国栋 (no Korea), 中国篮协).
Every invented minor name and small place was checked with grep against all earlier holdout folders; replaced after
that check: Somphet, Keomanivong, Souksavath (holdout38), Ganzorig, Lkhagvasuren (holdout13), Bolormaa (holdout38), a
Mongolian coal-railway story (Gashuunsukhait, Ganqimaodu, Khangi, Tavan Tolgoi in holdout47), المنشاوي, الدسوقي,
الحجري, البوسعيدي, الكاف, الحوسني, the clubs صحم / السويق (towns in holdout16), Trường Đại học Vinh, Vương Đình Khải,
Lạch Huyện, Đình Vũ, Tân Hưng Phát, Trần Hữu Nghị, a Naushki - Sukhbaatar railway story (holdout41/55) and a Tuva
crossing (holdout46), Сатыбалдиев, Абдыкеримов, 王思远, 其木格, 古丽娜尔, and the railway ends 塔旺陶勒盖 / 嘎顺苏海图.
Recurring as allowed: famous leaders and bodies (Japarov, Tokaïev, Mirzioïev, Zandanshatar, Pham Minh Chinh, الغانم,
السليطي, محمد بن عبدالرحمن, Rio Tinto, EVN, Росатом, МГУ, IMF, ADB), capitals, provinces and big cities. Written blind
in session 34: no Swift source read, no extractor run; the gold was fixed and committed before any extractor ran on it.

Conventions as holdout61 and, through it, holdout45-59 (titles and honorifics no part of a name; a surname, a
Vietnamese given name or a bare given name of a dotted Uyghur name an alias; every surface form an alias, Russian cases
and Arabic clitic forms included; countries as ISO codes, never entities; a generic word before a place an alias; a
place only inside an organization's name not counted; a university's college or affiliated hospital and the university
two organizations (as 内蒙古医科大学附属医院 in holdout57), a hospital's branch a third; governments, programmes,
competitions, storms and lowercase commissions and forums none). New here:
- a TYPHOON's name (Kajiki, Yagi) is no entity, as competitions and events;
- a MINE run by a company of the same name: the mine 'Oyu Tolgoi' is a place, 'Oyu Tolgoi LLC' the operator (legal form
  kept in the canonical because the bare name is the mine's), 'Erdenes Oyu Tolgoi' the state holder; 'South Gobi' is
  the English name of Umnugovi province and its alias; a planned power plant named by its deposit ('Tavantolgoi') is a
  place, as Monsoon in holdout45;
- a hydropower plant (Kambarata-1, 'centrale de Toktogoul') is a place, its joint company (Kambarata HPP-1) an
  organization; a river and a region of the same name (نهر نارين, ولاية نارين) are two places, the river with its noun;
- SPORTS CLUBS NAMED LIKE THEIR TOWNS: each club is an organization under the bare town name ('مجيس', 'صور', 'البشائر',
  'بهلا', 'النهضة'), or with 'نادي' where the text writes it; grounds named after the club or town (ملعب نادي مجيس,
  استاد صور الرياضي, مجمع الرستاق الرياضي) are places; the towns themselves are not otherwise named; a Chinese team's
  sponsor name and its club company (新疆伊力特队 / 新疆广汇篮球俱乐部) are one organization; a league named after its
  sponsor (دوري عمانتل) is an organization;
- a Chinese person whose given name holds a country's name (韩国栋) names no country;
- an airport named like a district not otherwise named is the district's alias (aéroport de Phu Cat -> Phu Cat), while
  an airport named like a province that is named (Cảng hàng không Quảng Trị) is a place apart; a railway station named
  like its city (Luang Prabang railway station, 大理站, 扎门乌德站) is a place apart;
- an economic corridor (中蒙俄经济走廊) is a place and names its three countries; a border crossing written by its two
  ends (二连浩特—扎门乌德口岸) is the two places, while 二连浩特公路口岸 is a place apart from the city; a zone and its
  administration (扎门乌德自由经济区 / 管委会) are a place and an organization;
- a faculty named as 'the university's Faculty of International Relations' is an organization (as colleges);
  'Гродненским филиалом Белорусской торгово-промышленной палаты' is two organizations, the branch's nominative
  'Гродненский филиал' canonical;
- brands of makers before their goods ('MTZ tractors and MAZ trucks') are organizations, as MAZ the maker in holdout58.
Countries: from names, adjectives, demonyms and nisbas (Lao, Belarusian, Chinese, Mongolia's, kirghiz, ouzbeks,
kazakh, Université américaine -> US, Laos, Japon, Corée du Sud, القرغيزي, القطرية, البرازيلي, التونسي, العماني,
بالكويت, Việt Nam, Lào, Philippines, Беларуси, Узбекистана, Кыргызстана, российских, Казахстана, 中蒙俄, 韩国, 泰国,
缅甸, 中国 inside 中国男子篮球职业联赛); a currency (kip, francs suisses, جنيه, đồng, 元人民币) names none.
Judgement calls: 1107 names no country (Egypt is not written) and 1110 none (Vietnam is not written); 1116 names no
China (only Yunnan and its prefectures, plus Thailand and Myanmar); 'الصعيد' (Upper Egypt) and '滇西' are broad regions,
none; 'بكلية الطب' (the faculty without its university's name) is none; 'مركز جراحة القلب والصدر' is an organization
(it has a director); 'معهد القلب القومي بإمبابة' is the institute and Imbaba (the district after ب); the bank branch
'Chi nhánh Lê Chân' is not listed apart from BIDV; '大理' alone is listed with the prefecture (its first use is in the
list of prefectures); 'Centre national' is the alias of the forecasting centre; 'Soviet times' names no country."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
XINHUA = (O, "新华社", [])
G = {
 "1100_en.txt": ("en", ["BY", "LA"], [
  (L, "Minsk", ["MINSK"]), (O, "BelTA", []), (P, "Andrei Ivaniets", ["Ivaniets"]), (P, "Phout Simmalavong", []),
  (O, "Ministry of Education of Belarus", []), (O, "Belarusian State University", ["BSU"]),
  (O, "Belarusian National Technical University", []), (O, "Vitebsk State Medical University", []),
  (L, "Gomel", []), (L, "Grodno", []), (O, "National University of Laos", []), (O, "Souphanouvong University", []),
  (L, "Luang Prabang", []), (O, "Mogilev State University of Food Technologies", []),
  (O, "Belarusian State Agrarian Technical University", []), (P, "Andrei Korol", []),
  (O, "Faculty of International Relations", []), (P, "Vongdeuan Sayavong", []), (P, "Khamla Inthalangsy", []),
  (L, "Savannakhet", ["Savannakhet Province"]), (L, "Vitebsk", []),
  (O, "Republican Institute for Vocational Education", ["RIPO"]), (O, "Vientiane Technical College", []),
  (O, "Asian Development Bank", []), (P, "Khamphet Vilaysack", []), (O, "MTZ", []), (O, "MAZ", []),
  (L, "Vientiane", [])]),
 "1101_en.txt": ("en", ["CN", "MN"], [
  (P, "Khaliun Batbayar", []), (L, "Ulaanbaatar", ["ULAANBAATAR"]), (O, "Reuters", []), (O, "Rio Tinto", []),
  (L, "Oyu Tolgoi", []), (L, "Umnugovi", ["Umnugovi province", "South Gobi"]), (L, "Inner Mongolia", []),
  (O, "National Statistics Office", []), (O, "Oyu Tolgoi LLC", []), (P, "Deen Meyer", []),
  (O, "Erdenes Oyu Tolgoi", []), (P, "Gombojav Zandanshatar", []), (O, "State Great Khural", []),
  (L, "Tavantolgoi", []), (L, "Khanbogd", ["Khanbogd soum"]), (P, "Dashnyam Ochirbat", []),
  (P, "Tsolmon Baasanjav", []), (O, "Tengeri Capital", []), (O, "Bank of Mongolia", []),
  (O, "International Monetary Fund", []), (O, "Future Heritage Fund", []), (L, "London", []),
  (P, "Kirsten Donovan", [])]),
 "1102_en.txt": ("en", ["CN", "LA"], [
  (L, "Vientiane", ["VIENTIANE"]), (O, "Xinhua", []), (L, "Luang Prabang", []),
  (O, "Luang Prabang Provincial Hospital", []), (O, "Yunnan Provincial Health Commission", []),
  (L, "Oudomxay", []), (L, "Xayaboury", []), (P, "Bounfeng Phoummalaysith", []), (O, "UNESCO", []),
  (L, "Laos-China Railway", []), (P, "Vilayphone Chanthalangsy", []), (O, "Mittaphab Hospital", []),
  (O, "Mahosot Hospital", []), (O, "First Affiliated Hospital of Kunming Medical University", []),
  (O, "Kunming Medical University", []), (P, "Li Wenjuan", ["Li"]), (L, "Nam Bak", ["Nam Bak district"]),
  (P, "Khamkhan Chanthavisouk", []), (L, "Luang Prabang railway station", []),
  (O, "China-Laos Friendship Hospital", []), (P, "Phonepaseuth Ounaphom", []),
  (O, "World Health Organization", [])]),
 "1103_fr.txt": ("fr", ["KG", "KZ", "US", "UZ"], [
  (L, "Kambarata-1", []), (L, "Bichkek", []), (O, "AFP", []), (L, "Naryn", ["fleuve Naryn"]),
  (P, "Sadyr Japarov", []), (O, "Banque mondiale", []),
  (O, "Banque asiatique d'investissement dans les infrastructures", ["AIIB"]),
  (O, "Banque eurasiatique de développement", ["BED"]), (O, "ministère kirghiz de l'Energie", []),
  (L, "Toktogoul", ["centrale de Toktogoul"]), (L, "Djalal-Abad", ["région de Djalal-Abad"]),
  (P, "Azamat Tokonbaev", []), (O, "Université américaine d'Asie centrale", ["AUCA"]), (O, "Kambarata HPP-1", []),
  (P, "Bakyt Sulaimanov", []), (L, "Kara-Jygach", ["village de Kara-Jygach"]), (O, "Tabiyat Kelechegi", []),
  (L, "Och", []), (L, "Toguz-Toro", ["district de Toguz-Toro"]), (P, "Islam Karimov", []),
  (P, "Chavkat Mirzioïev", []), (P, "Kassym-Jomart Tokaïev", [])]),
 "1104_fr.txt": ("fr", ["LA", "VN"], [
  (L, "Hanoï", []), (O, "AFP", []), (L, "Quy Nhon", ["ville de Quy Nhon"]), (L, "Gia Lai", ["province de Gia Lai"]),
  (O, "Centre national de prévision hydrométéorologique", ["Centre national"]), (L, "Con", ["rivière Con"]),
  (L, "Tay Son", ["commune de Tay Son"]), (L, "Quang Ngai", []),
  (O, "Agence de gestion des digues et de prévention des catastrophes", []),
  (O, "ministère de l'Agriculture et de l'Environnement", []), (P, "Dinh Thi Hoa", []),
  (L, "Phu My", ["commune de Phu My"]), (O, "Vietnam Railways", []), (L, "Da Nang", []), (L, "Nha Trang", []),
  (L, "Phu Cat", ["aéroport de Phu Cat"]), (O, "Autorité de l'aviation civile du Vietnam", []),
  (P, "Pham Minh Chinh", []), (O, "EVN", []), (L, "Dak Lak", []), (P, "Nguyen Van Huong", [])]),
 "1105_fr.txt": ("fr", ["JP", "KR", "MN"], [
  (L, "Oulan-Bator", []), (O, "AFP", []), (O, "Croix-Rouge mongole", ["Croix-Rouge"]),
  (O, "Agence nationale de météorologie et de surveillance de l'environnement", ["NAMEM"]),
  (L, "Khovd", []), (L, "Ouvs", []), (L, "Zavkhan", []), (L, "Altaï", ["massif de l'Altaï"]),
  (P, "Narangerel Tserendorj", []),
  (O, "Organisation des Nations unies pour l'alimentation et l'agriculture", ["FAO"]),
  (O, "Agence nationale de gestion des urgences", ["NEMA"]), (L, "Selenge", ["province de Selenge"]),
  (L, "Khar Nuur", ["col de Khar Nuur"]), (L, "Tsagaankhairkhan", ["district de Tsagaankhairkhan"]),
  (P, "Ganbold Purevsuren", []),
  (O, "Fédération internationale des sociétés de la Croix-Rouge et du Croissant-Rouge", ["FICR"]),
  (O, "ministère mongol des Affaires étrangères", [])]),
 "1106_ar.txt": ("ar", ["KG", "QA"], [
  (L, "الدوحة", []), (O, "قنا", []), (P, "حسن بن عبدالله الغانم", []), (O, "مجلس الشورى", []),
  (P, "نورلان تورغونبيكوف", ["تورغونبيكوف"]), (O, "المجلس الأعلى", ["جوغوركو كينيش"]),
  (O, "صندوق قطر للتنمية", []), (L, "أوش", ["مدينة أوش"]), (L, "نارين", ["ولاية نارين"]), (L, "نهر نارين", []),
  (P, "حمدة بنت حسن السليطي", []), (P, "أسيلبيك جومابايف", []), (O, "غرفة قطر", []),
  (P, "خليفة بن جاسم بن محمد آل ثاني", []), (L, "بيشكيك", []), (P, "بكتور أوسمونالييف", []),
  (O, "آلا-تو للاستثمار", ["\"آلا-تو للاستثمار\""]), (O, "متحف قطر الوطني", []), (L, "سوق واقف", []),
  (P, "محمد بن عبدالرحمن بن جاسم آل ثاني", []), (O, "الخطوط الجوية القطرية", [])]),
 "1107_ar.txt": ("ar", [], [
  (L, "أسيوط", []), (O, "أ ش أ", []), (P, "أيمن عاشور", []), (P, "هشام أبو النصر", []),
  (O, "مركز جراحة القلب والصدر", []), (O, "مستشفيات جامعة أسيوط", ["بمستشفيات جامعة أسيوط"]),
  (O, "جامعة أسيوط", []), (P, "أحمد المراغي", []), (L, "سوهاج", []), (L, "قنا", ["وقنا"]),
  (L, "الوادي الجديد", ["والوادي الجديد"]), (L, "القاهرة", ["للقاهرة"]), (O, "معهد القلب القومي", []),
  (L, "إمبابة", ["بإمبابة"]), (P, "طارق عبدالحفيظ الحفناوي", []), (O, "هيئة الشراء الموحد", []),
  (L, "أسيوط الجديدة", ["مدينة أسيوط الجديدة", "بمدينة أسيوط الجديدة"]), (L, "طريق أسيوط - الغردقة", []),
  (L, "الغردقة", []), (L, "البحر الأحمر", ["محافظة البحر الأحمر"]), (P, "منى فتحي الشريف", []),
  (O, "جامعة أسيوط الأهلية", []), (L, "ديروط", ["مركز ديروط", "بمركز ديروط"]), (O, "جامعة عين شمس", []),
  (O, "مديرية الصحة بأسيوط", []), (L, "بني عدي", ["قرية بني عدي", "بقرية بني عدي"]),
  (L, "منفلوط", ["مركز منفلوط"]), (O, "مستشفى أسيوط العام", [])]),
 "1108_ar.txt": ("ar", ["BR", "KW", "OM", "TN"], [
  (O, "نادي السيب", ["السيب", "للسيب"]), (O, "دوري عمانتل", []), (O, "نادي ظفار", ["ظفار", "وظفار"]),
  (L, "مسقط", []), (O, "العمانية", []), (L, "مجمع السلطان قابوس الرياضي", []), (L, "بوشر", ["ببوشر"]),
  (P, "سالم الرواحي", []), (P, "دييغو فيرنانديز", []), (P, "يوسف الكلباني", []), (O, "النهضة", []),
  (O, "مجيس", []), (L, "ملعب نادي مجيس", []), (P, "منير الشابي", []),
  (O, "نادي الرستاق", ["الرستاق"]), (O, "صور", []), (L, "استاد صور الرياضي", []), (O, "البشائر", []),
  (O, "بهلا", []), (L, "مجمع الرستاق الرياضي", []), (P, "أحمد الشبلي", []), (P, "أبوبكر العمري", []),
  (P, "راشد الغيثي", []), (O, "الاتحاد العماني لكرة القدم", []), (L, "الكويت", ["بالكويت"]),
  (P, "بشير بن مسلم الجابري", []), (P, "محسن الغساني", []), (P, "حمد المقبالي", [])]),
 "1109_vi.txt": ("vi", ["LA", "VN"], [
  (L, "Viêng Chăn", ["Thủ đô Viêng Chăn"]), TTXVN, (O, "Đại sứ quán Việt Nam tại Lào", []),
  (O, "Bộ Giáo dục và Thể thao Lào", []), (P, "Khamphay Sisavanh", ["Khamphay"]), (P, "Nguyễn Minh Tâm", []),
  (O, "Trường Đại học Sư phạm Hà Nội", []), (O, "Trường Đại học Quy Nhơn", []), (O, "Trường Đại học Y Hà Nội", []),
  (O, "Trường Đại học Y Dược Huế", []), (P, "Phonexay Manivong", []), (L, "Hủa Phăn", ["tỉnh Hủa Phăn"]),
  (L, "Xốp Bâu", ["huyện Xốp Bâu"]), (O, "Tổng Lãnh sự quán Việt Nam tại Pác Xế", []), (L, "Chămpasắc", []),
  (L, "Salavan", []), (L, "Sê Kông", []), (P, "Lê Thị Hồng Nhung", []), (O, "Trường Đại học Đà Nẵng", []),
  (O, "Trường Đại học Cần Thơ", []), (O, "Công ty cổ phần Phát triển Giáo dục Hưng Thịnh Lào", []),
  (P, "Đoàn Văn Kiệt", []), (O, "Bộ Giáo dục và Đào tạo", ["Bộ Giáo dục và Đào tạo Việt Nam"]),
  (O, "Trường Phổ thông dân tộc nội trú Nà Mộ", []), (O, "Trường Hữu nghị Lào - Việt Nam", []),
  (L, "Xiêng Khoảng", [])]),
 "1110_vi.txt": ("vi", [], [
  (L, "Quảng Trị", ["tỉnh Quảng Trị"]), TTXVN,
  (O, "Hội đồng nhân dân tỉnh Quảng Trị", ["HĐND tỉnh Quảng Trị", "HĐND tỉnh"]),
  (O, "Ủy ban nhân dân tỉnh Quảng Trị", ["UBND tỉnh Quảng Trị", "UBND tỉnh"]),
  (L, "Lao Bảo", ["cửa khẩu quốc tế Lao Bảo", "cửa khẩu Lao Bảo"]), (L, "Hòn La", ["cảng Hòn La"]),
  (P, "Hoàng Nam", []), (L, "Cảng hàng không Quảng Trị", []), (L, "Gio Linh", ["huyện Gio Linh"]),
  (L, "Khu kinh tế Đông Nam Quảng Trị", []), (L, "Quốc lộ 9", []),
  (L, "Đông Hà", ["thành phố Đông Hà", "phường Đông Hà"]), (P, "Trương Thị Bích Liên", []),
  (L, "Cồn Tiên", ["xã Cồn Tiên"]), (L, "cao tốc Cam Lộ - La Sơn", ["Cam Lộ - La Sơn"]), (L, "Cam Lộ", []),
  (L, "La Sơn", []), (O, "Sở Nông nghiệp và Môi trường", []), (P, "Lê Văn Thuận", []),
  (P, "Hồ Văn Pả", ["Pả"]), (L, "Hướng Phùng", ["xã Hướng Phùng"]),
  (O, "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Hướng Phùng", []), (P, "Nguyễn Đăng Quang", ["Quang"]),
  (O, "Ngân hàng Phát triển châu Á", ["ADB"]), (O, "Ngân hàng Thế giới", []), (O, "Sở Tài chính", []),
  (L, "Đồng Hới", ["phường Đồng Hới"]), (L, "Hiếu", ["sông Hiếu"])]),
 "1111_vi.txt": ("vi", ["PH", "VN"], [
  (L, "Hải Phòng", []), TTXVN, (O, "Tòa án nhân dân thành phố Hải Phòng", []), (P, "Quách Đình Khải", ["Khải"]),
  (O, "Công ty TNHH Vận tải biển Ánh Dương Hải Phòng", []), (O, "Viện kiểm sát nhân dân thành phố Hải Phòng", []),
  (O, "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", ["BIDV"]), (O, "Ngân hàng TMCP Quân đội", ["MB"]),
  (P, "Nhữ Thị Thanh Loan", ["Loan"]), (L, "Tân Vũ", ["cảng Tân Vũ"]), (L, "Chùa Vẽ", ["cảng Chùa Vẽ"]),
  (L, "Thủy Nguyên", ["huyện Thủy Nguyên"]), (L, "Cát Bà", ["đảo Cát Bà"]),
  (O, "Cơ quan Cảnh sát điều tra Công an thành phố Hải Phòng", []), (L, "Hồng Bàng", ["phường Hồng Bàng"]),
  (O, "Công ty cổ phần Thương mại Tân Phước Lộc", []), (L, "Thành phố Hồ Chí Minh", ["thành phố Hồ Chí Minh"]),
  (P, "Phùng Quang Trường", []), (P, "Trần Hữu Thạc", [])]),
 "1112_ru.txt": ("ru", ["BY", "UZ"], [
  (L, "Гродненская область", ["Гродненская"]), (L, "Самаркандская область", ["Самаркандской области", "Самаркандская"]),
  (L, "Гродно", ["ГРОДНО"]), (O, "БЕЛТА", []), (O, "Гродненский облисполком", ["Гродненского облисполкома"]),
  (P, "Юрий Карлюкевич", []), (P, "Эркинжон Турдимов", []), (L, "Ургутский район", ["Ургутском районе"]),
  (L, "Пайарыкский район", ["Пайарыкском"]), (L, "Каттакурганский район", ["Каттакурганском районах"]),
  (O, "Гродненский государственный медицинский университет", []),
  (O, "Самаркандский государственный медицинский университет", []), (P, "Инна Гаренчик", []),
  (O, "Щучинский маслосырзавод", ["ОАО \"Щучинский маслосырзавод\""]),
  (O, "Неман-Агросервис", ["ООО \"Неман-Агросервис\""]), (L, "Скидель", ["Скиделе"]),
  (P, "Валерий Мостовлянский", []), (L, "Самарканд", []), (L, "Лида", ["Лиде"]), (L, "Новогрудок", ["Новогрудке"]),
  (O, "Гродненский филиал", ["Гродненским филиалом"]),
  (O, "Белорусская торгово-промышленная палата", ["Белорусской торгово-промышленной палаты"])]),
 "1113_ru.txt": ("ru", ["KG"], [
  (L, "Тоо-Ашуу", ["перевале Тоо-Ашуу", "перевала Тоо-Ашуу"]), (L, "Бишкек - Ош", []), (L, "Бишкек", ["БИШКЕК"]),
  (L, "Ош", ["Оша"]), (O, "Кабар", ["Кабару"]),
  (O, "Министерство чрезвычайных ситуаций Кыргызской Республики", ["Министерстве чрезвычайных ситуаций Кыргызской Республики", "МЧС"]),
  (P, "Бакытбек Жумалиев", []), (O, "Министерство транспорта и коммуникаций", ["Министерстве транспорта и коммуникаций"]),
  (O, "ДЭП-14", []), (O, "ДЭП-15", []), (L, "Нарынская область", ["Нарынскую область"]),
  (L, "Долон", ["перевал Долон"]), (O, "Кыргызгидромет", ["Кыргызгидромета"]), (L, "Чуйская область", ["Чуйской"]),
  (L, "Таласская область", ["Таласской"]), (L, "Джалал-Абадская область", ["Джалал-Абадской областях"]),
  (L, "Суусамырская долина", ["Суусамырской долины"]), (P, "Эрмек Токтосунов", []),
  (O, "Азиатский банк развития", ["Азиатского банка развития"]),
  (O, "Дирекция по реабилитации автодорог", ["Дирекции по реабилитации автодорог"]), (P, "Нурбек Сыдыков", [])]),
 "1114_ru.txt": ("ru", ["KZ", "RU", "UZ"], [
  (O, "Национальный исследовательский Томский политехнический университет", ["Томский политехнический университет", "ТПУ"]),
  (L, "Самарканд", ["Самарканде"]), (L, "Томск", ["ТОМСК", "Томска"]), (O, "ТАСС", []),
  (P, "Дмитрий Седнев", ["Седнев"]), (P, "Конгратбай Шарипов", ["Шарипов"]),
  (O, "Самаркандский государственный университет имени Шарофа Рашидова", ["Самаркандского государственного университета имени Шарофа Рашидова"]),
  (L, "Джизакская область", ["Джизакской области"]), (O, "МГУ имени М. В. Ломоносова", []), (L, "Ташкент", ["Ташкенте"]),
  (O, "Российский экономический университет имени Г. В. Плеханова", ["Российского экономического университета имени Г. В. Плеханова"]),
  (O, "Навоийский горно-металлургический комбинат", ["АО \"Навоийский горно-металлургический комбинат\""]),
  (O, "Росатом", ["Госкорпорация \"Росатом\""]), (L, "Томская область", ["Томской области"]),
  (P, "Владимир Мазур", []), (O, "Томскнефтехим", ["\"Томскнефтехим\""]), (L, "Бухара", ["Бухары"]),
  (P, "Мадина Хасанбоева", [])]),
 "1115_zh.txt": ("zh", ["CN", "KR", "MN", "RU"], [
  (L, "二连浩特", ["二连浩特市"]), (L, "扎门乌德", []), XINHUA, (L, "乌兰巴托", []), (P, "王思齐", []),
  (P, "乌云其其格", []), (O, "蒙古国海关总局", []), (L, "东戈壁省", []), (L, "内蒙古自治区", []), (L, "北京", []),
  (L, "中蒙俄经济走廊", []), (P, "巴特苏赫·敖其尔", []), (O, "蒙古国铁路股份公司", ["蒙古国铁路"]),
  (L, "扎门乌德站", []), (O, "中国铁建股份有限公司", []), (O, "二连浩特市口岸管理办公室", []), (P, "张振宇", []),
  (O, "蒙古国道路与交通发展部", []), (L, "扎门乌德—二连浩特跨境经济合作区", []),
  (O, "戈壁之路", ["“戈壁之路”"]), (P, "额尔敦巴雅尔", []), (O, "中国驻蒙古国大使馆经济商务处", []),
  (O, "中国海关总署", []), (L, "乌兰察布", ["乌兰察布市"]), (O, "内蒙古自治区商务厅", []), (O, "蒙古国工商会", []),
  (L, "呼和浩特", []), (L, "锡林郭勒盟", []), (L, "苏赫巴托省", []), (L, "东方省", []),
  (L, "二连浩特公路口岸", []), (O, "二连海关", []), (P, "高丽娟", []), (L, "天津", []), (L, "河北", []),
  (L, "扎门乌德自由经济区", []), (O, "扎门乌德自由经济区管委会", []), (P, "苏布达·甘巴特尔", []),
  (O, "蒙古国国立大学", []), (O, "内蒙古大学", []), (O, "内蒙古大学蒙古学学院", []), (P, "乌日娜", []),
  (P, "达瓦道尔吉", [])]),
 "1116_zh.txt": ("zh", ["MM", "TH"], [
  (L, "云南省", ["云南"]), XINHUA, (L, "昆明", []), (P, "李晓燕", []),
  (O, "昆明医科大学附属儿童医院滇西分院", []), (O, "昆明医科大学附属儿童医院", []), (O, "昆明医科大学", []),
  (L, "大理白族自治州", ["大理州", "大理"]), (L, "大理市", []), (L, "下关", ["下关片区"]),
  (O, "云南省卫生健康委员会", []), (P, "杨正华", []), (L, "保山", ["保山市"]), (L, "丽江", []),
  (L, "怒江", ["怒江州"]), (L, "迪庆", []), (L, "德宏", []), (P, "段红梅", []),
  (O, "首都医科大学附属北京儿童医院", []), (O, "首都医科大学", []), (P, "和丽芬", []), (L, "福贡县", []),
  (L, "隆阳区", []), (P, "赵建华", []), (P, "张金龙", []), (L, "大理站", []), (O, "大理大学医学院", []),
  (O, "大理大学", []), (O, "复旦大学附属华山医院", []), (O, "复旦大学", []), (O, "中山大学附属第一医院", []),
  (O, "中山大学", []), (P, "王海涛", []), (L, "宾川县", []), (L, "弥渡县", []), (L, "巍山彝族回族自治县", []),
  (O, "大理州卫生健康委员会", []), (P, "李建国", []), (L, "洱源县", []), (P, "杨秀英", []), (L, "临沧", []),
  (L, "普洱", [])]),
 "1117_zh.txt": ("zh", ["CN"], [
  (O, "中国男子篮球职业联赛", ["CBA"]), (L, "乌鲁木齐", []), (O, "中新网", []), (P, "孙亭文", []),
  (L, "红光山体育馆", []), (O, "新疆伊力特队", ["新疆队", "新疆广汇篮球俱乐部"]), (O, "辽宁本钢队", ["辽宁队"]),
  (P, "阿不都沙拉木·阿不力孜", ["阿不都沙拉木"]), (P, "杰梅尔·哈里斯", ["哈里斯"]), (P, "齐麟", []), (P, "付豪", []),
  (P, "赵继伟", []), (P, "张镇麟", []), (P, "刘炜", []), (P, "杨鸣", []), (O, "北京首钢队", []), (L, "伊犁", []),
  (L, "喀什", []), (L, "昌吉市", []), (P, "马晓军", []), (O, "广东东阳光队", ["广东队"]), (O, "浙江方兴渡队", []),
  (O, "上海久事队", []), (O, "山东高速队", []), (O, "四川丰谷酒业队", []), (L, "成都", []),
  (O, "青岛国信海天队", []), (O, "深圳马可波罗队", []), (P, "艾力江·阿布都热依木", ["艾力江"]), (L, "阿克苏", []),
  (P, "韩国栋", []), (L, "伊宁", []), (P, "孟庆伟", []), (L, "深圳", []), (L, "广州", []), (L, "北京", []),
  (O, "中国篮球协会", ["中国篮协"]), (L, "青岛", []), (P, "迪丽拜尔", []), (L, "石河子", []), (P, "王子瑞", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout62", G)
write_gold(here, "holdout62", "holdout62-gold.json", G)
