#!/usr/bin/env python3
"""Writes holdout63-gold.json for the articles in holdout63/ (same format and conventions as make-gold-holdout62.py,
make-gold-holdout61.py, make-gold-holdout60.py and, through them, holdout45-59). A SENTINEL set (never fitted), written
blind in session 39 (no Swift source read, no extractor run; the gold was fixed and committed before any extractor ran
on it): ordinary domestic news as each country's own media write it (courts, local government, business, disasters,
culture) with two foreign visits, in plain wire format; REAL public figures, bodies and places mixed with invented
minor people and small firms: 3 en, 3 fr, 3 ar, 3 vi, 3 ru, 3 zh:
1120 en AP 'TULSA, Okla. (AP) —' (a credit-union manager convicted of embezzlement; names with middle initials and a
leading initial: Renata K. Wofford, Colin D. Vanterpool, J. Everett Holloman; Cimarron Valley Federal Credit Union, the
U.S. District Court for the Northern District of Oklahoma, 'Pellham & Roark LLP', NCUA, Broken Arrow, Sand Springs,
Sapulpa, Grand Lake, a hyphenated surname with an accent); 1121 en PTI 'KOCHI, Dec 9 (PTI)' (the Kerala High Court
stays evictions along a canal; Indian initials 'Justice P. R. Sreelekha Varma', 'K. Ananthakrishnan Nair', 'Mayor M.
Anilkumar', Kochi Municipal Corporation, GCDA, 'Kochi Metro Rail Ltd (KMRL)', neighbourhoods, CPI(M) and the Congress);
1122 en RNZ 'GISBORNE (RNZ) -' (a slip closes State Highway 35; Māori names and macrons: Tairāwhiti, Ruatōria, Pōtaka,
Mereana Pōhatu, Ngāti Porou, whānau; NZ Transport Agency Waka Kotahi, Tairāwhiti Civil Defence, Gisborne District
Council, Eastland Port, Port of Tauranga, MetService); 1123 fr AFP 'Toulouse (AFP) -' (an aerospace subcontractor in
receivership; tribunal de commerce de Toulouse, 'Me Hélène Castaing-Roux', Fixalp Industries, CGT, zone d'En Jacca,
Région Occitanie, AD'OCC, Midi Capital Partenaires, Airbus, Safran, 'la famille Laffargue'); 1124 fr Belga 'Verviers
(Belga) -' (Pepinster rebuilt after the Vesdre floods; la bourgmestre, SPW, the intercommunale SPI, 'Ourthe-Vesdre-Amblève
Habitat', rue Neuve, 'Le barrage d'Eupen', parquet de Liège, Université de Liège, Région wallonne / Wallonie);
1125 fr APS 'Kaolack, 9 déc (APS) -' (the groundnut season opens; CNIA, SONACOS with 'du Sénégal' inside, 'M. Sarr',
Nioro du Rip, Kaffrine, Médina Sabakh after a lowercase union, 'région de Kaolack', 'port de Kaolack', la Douane, LBA,
AFD, 'frontière gambienne'); 1126 ar Petra 'عمان 9 كانون الأول (بترا) -' (Amman's storm drains; عمان the city (no
Oman), أمانة عمان الكبرى, 'أمين عمان المهندس يوسف عبدالرحيم الشواربة', منطقة طارق, دوار الجمرك, سيل الزرقاء,
'في مادبا والكرك والطفيلة', نفق الصويفية, 'لوكالة الأنباء الأردنية (بترا)', شركة المسار الأردني للمقاولات);
1127 ar TAP 'صفاقس 9 ديسمبر (وات) -' (an olive-oil exporter jailed; 'بالمحكمة الابتدائية بصفاقس', 'القاضي منجي بن
عبدالسلام الحشاني', شركة "زيوت الجريد الممتازة", the brigade 'بالعوينة', منطقة العامرة, 'الأستاذ فوزي بالحاج عمر',
'ولايتي صفاقس وسيدي بوزيد', UTAP, الديوان الوطني للزيت); 1128 ar KUNA 'الكويت - 9 - 12 (كونا) --' (the municipal
council approves a hospital in Jahra; منطقة سعد العبدالله and مدينة صباح الأحمد البحرية (places named after people),
'عبدالله بن حمد المحري', roads طريق السالمي / طريق الجهراء, منطقة القيروان (a Kuwaiti district), بنك الخليج, a delegation
of بلدية إسطنبول الكبرى, 'المهندسة فرح الرومي'); 1129 vi TTXVN 'Cần Thơ, 9/12 (TTXVN) -' (a rice exporter signs with
the Philippines' NFA; 'bà Lưu Thị Ngọc Thắm' then 'bà Thắm', 'các huyện Cờ Đỏ, Vĩnh Thạnh và tỉnh An Giang', khu công
nghiệp Thốt Nốt, VFA, Agribank with its branch, cảng Cái Cui, rice varieties OM 18 / Đài Thơm 8); 1130 vi TTXVN 'Thanh
Hóa, 9/12 (TTXVN) -' (floods on the sông Mã; 'các xã Cẩm Thủy, Vĩnh Lộc và Kim Tân', trạm Bá Thước / Lý Nhân, 'Ông
Giang', 'Bộ Chỉ huy Quân sự tỉnh và Công an tỉnh', thôn Eo Lê, Đảng ủy xã Vĩnh Lộc, Quốc lộ 217, đường Hồ Chí Minh
(a road, no person)); 1131 vi TTXVN 'Huế, 9/12 (TTXVN) -' (Polish and Japanese conservators at the Kiến Trung hall;
JICA, Trường Đại học Kyoto, Học viện Mỹ thuật Kraków, Polish names with diacritics, Kazimierz Kwiatkowski, Hoàng thành
Huế, lăng Dục Đức (a tomb named after an emperor), cung An Định, sông An Cựu, 'Thạc sĩ Tôn Nữ Khánh Vy');
1132 ru TASS 'ЕКАТЕРИНБУРГ, 9 декабря. /ТАСС/.' (a former district head jailed for bribes; oblique cases: 'Бывшему
главе Невьянского округа', 'Аркадия Веснина', 'Геннадия Плотникова', 'Свердловском областном суде', 'управлением ФСБ
по Свердловской области', 'Думы Невьянского городского округа', 'поселке Цементный', 'по улице Ленина', 'на Таватуй');
1133 ru Interfax 'ВОЛОГДА, 9 декабря. /Интерфакс/ -' (a flax mill declared bankrupt; АО "Северный лён" / 'Северного
льна', 'в Вологодском и Грязовецком районах', Россельхозбанком, ФНС, 'холдингу "Агрофирма Кубенское"', Минобороны,
'Череповца', 'системы "СПАРК-Интерфакс"'); 1134 ru PrimaMedia 'ВЛАДИВОСТОК, 9 декабря - PrimaMedia.' (a flood near
Ussuriysk; Приморье / Приморский край, 'в реке Раздольной', 'в селах Кроуновка, Борисовка и Новоникольск', 'главе
Уссурийского округа Евгению Корженеву', 'Ирины Селезнёвой', a patronymic 'Анна Трофимовна Быстрицкая', трасса
"Уссури", ОАО "РЖД"); 1135 zh Xinhua '新华社杭州12月9日电（记者 沈佳怡）' (a developer's chairman jailed; 湖州市中级人民法院,
湖州金盛置业有限公司, 南浔区, a project in quotes with a middle dot, '审判长陆建新', '公诉人、…副主任姚丽华', 浙江省交通投资集团,
'购房者代表孙国强'); 1136 zh China News Service '中新网兰州12月9日电（记者 马静文）' (Dunhuang and the Musée Guimet; 法国吉美国家
亚洲艺术博物馆 / 吉美博物馆, 甘肃省敦煌市莫高窟, 藏经洞, 扬尼克·林茨, the academy's institute, 兰州大学敦煌学研究所, 北京故宫博物院,
法国巴黎); 1137 zh The Paper, byline line '澎湃新闻记者 黄子轩' (a Foshan ceramics maker restructured, a Vietnamese buyer;
广东宏盛陶瓷股份有限公司 / 宏盛陶瓷 / 宏盛, 春光集团, '佛山市南海区西樵镇', '广西藤县和江西高安', a law firm with a city in
parentheses, '越南海阳省', '董事长阮文海').
Every invented minor name and small firm was checked with grep against all earlier sets, the seeds' gold and the
entities resources; replaced after that check: Marchetti (holdout40/53), Oyelaran, Tamsin (holdout32), Pruitt
(holdout27), Halvorsen (holdout42), Dethier (holdout20), Ndiaye Faye (holdout24), الحياري (holdout31), الفقي (holdout36,
53, 58), الساحل الذهبي (holdout26), الدريدي and القلال (holdout46), الشمري (holdout11), Lâm Thị Ngọc Hân (holdout17),
Wróblewska (holdout7), Agnieszka (holdout34), Мальцева (holdout49). Recurring as allowed: real public figures and bodies
(Carole Delga, Yves Coppieters, Chris Bishop, Rehette Stoltz, M. Anilkumar, يوسف الشواربة, عبدالله المحري, Lê Đức Giang,
Hoàng Việt Trung, Phan Thiên Định, Kazimierz Kwiatkowski, Денис Паслер, Олег Кожемяко, 苏伯民, 扬尼克·林茨, Airbus, Safran,
FBI, JICA, Agribank, Сбербанк, РЖД), capitals, provinces and big cities.

Conventions as holdout62 (titles and honorifics no part of a name: Assistant U.S. Attorney, Defense attorney, U.S.
District Judge, Justice, Senior counsel, Mayor, Controller, Me, la bourgmestre, le gouverneur, M., المهندس, المقدم,
النائب, القاضي, الأستاذ, المهندسة, bà, ông, chị, Tiến sĩ, Thạc sĩ, Phó Chủ tịch …, Tổng Giám đốc, адвокат, губернатор,
审判长, 公诉人, 院长, 馆长, 董事长, 秘书长); a surname or a Vietnamese given name alone an alias; every surface form an alias,
Russian cases and Arabic clitic forms included; countries as ISO codes, never entities; a generic word before a place
an alias (canal, district, zone de, vallée de la, rue? no: a street keeps its noun, région de, منطقة, بمحافظة, مدينة,
xã, huyện, tỉnh, thôn, trạm, sông, cảng, điện, cung, khu công nghiệp, поселке, селах, реке); a place only inside an
organization's name not counted (Kerala, Liège, Oklahoma counts through 'Okla.', 浙江省 before its court, 北京 before
故宫博物院); a facility named like a place not otherwise named is that place's alias (barrage d'Eupen -> Eupen, نفق
الصويفية -> الصويفية, trạm Bá Thước -> Bá Thước, khu công nghiệp Thốt Nốt -> Thốt Nốt), while a port or road named
like a place that is named is a place apart (port de Kaolack, Port of Tauranga, طريق الجهراء); a region named like its
capital where both are written is a place of its own (région de Kaolack); a 'Région X' acting as a body is the place X
with the phrase its alias (Région Occitanie, Région wallonne -> Wallonie), as 'région Bretagne' in holdout60; a name
built from a person's makes no person (lăng Dục Đức, đường Hồ Chí Minh, улица Ленина, منطقة سعد العبدالله, مدينة صباح
الأحمد البحرية, башней Демидовых); legal forms outside an English or Russian canonical (LLP, Ltd, АО, ООО, ОАО) but inside
a Vietnamese or Chinese one; programmes, schemes, projects, plans, exhibitions, works and rice varieties none
(Operation Breakthrough, 金盛·湖畔府, 丝路遗珍…展, 《引路菩萨图》, خطة التنمية, OM 18); governments none (gouvernement wallon,
правительство региона, 南海区政府). New here:
- an agency named both by its acronym in the dateline and in full in the text is one organization with both aliases
  (بترا / وكالة الأنباء الأردنية, وات / وكالة تونس إفريقيا للأنباء, كونا / وكالة الأنباء الكويتية);
- a police unit with its seat after ب (… بالعوينة) is the unit and the place, as معهد القلب القومي بإمبابة in holdout62;
- a federal agency's regional directorate written only as 'управлением ФСБ по Свердловской области' is the FSB (one
  organization, the phrase an alias); 'ГУ МЧС России по Приморскому краю' is one organization with 'МЧС России' an alias;
- Vietnamese short forms with 'tỉnh' and no place (Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh) are organizations as written,
  as the Chinese short forms in holdout60; a commune's party committee (Đảng ủy xã Vĩnh Lộc) is an organization;
- a research institute of an academy or a university (敦煌研究院数字化研究所, 兰州大学敦煌学研究所) and its parent are two
  organizations, as colleges; a department named 'Phòng Nghiên cứu khoa học' of the centre is an organization;
- a museum written with its country before it (法国吉美国家亚洲艺术博物馆, 法国吉美博物馆) is the museum, the country counted.
Countries: US (U.S.); NZ (NZ Transport Agency); DE, ES (allemands, espagnols); BE (belge); SN (du Sénégal inside SONACOS),
CN (Chine), GM (gambienne), FR (Agence française); JO (الأردني, الأردنية); TN (تونس inside the agency, التونسي), ES, IT;
KW (الكويت, الكويتية, الكويتي), TR (التركي); PH, ID, MY, TH, VN (1129); JP, PL (Nhật Bản, Ba Lan in 1131); RU, BY, CN
(России, Белоруссии, Китая in 1133); RU (МЧС России in 1134); CN, FR, GB, JP, RU (1136); CN, VN, ID, PH (1137).
Judgement calls: 1121 names no country (India is not written: PTI, Kerala and the Congress only), nor do 1130
(Vietnam not written), 1132 and 1135; 'East Coast' (NZ) and 'bassin arachidier' are broad regions, none; the lowercase
'union des producteurs de Médina Sabakh' is none, so Médina Sabakh is listed; 'СПАРК-Интерфакс' is a product (none);
the 'наклонной башней Демидовых' is a lowercase description (none); 'الكويت' names the country only (no city entity);
'藏经洞' (the Library Cave) is a place; 'Ngāti Porou' (an iwi with a chair) is an organization; 'Eastland Port'
(a port company that takes trucks) is an organization; 'Trung tâm' alone is not listed as the centre's alias."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
G = {
 "1120_en.txt": ("en", ["US"], [
  (L, "Tulsa", ["TULSA"]), (L, "Oklahoma", ["Okla."]), (O, "AP", []),
  (P, "Renata K. Wofford", ["Wofford"]), (L, "Broken Arrow", []),
  (O, "U.S. District Court for the Northern District of Oklahoma", []),
  (O, "Cimarron Valley Federal Credit Union", []), (L, "Grand Lake", []), (L, "Sand Springs", []), (L, "Sapulpa", []),
  (P, "Colin D. Vanterpool", []), (O, "FBI", []), (P, "Ngozi Adeyemi-Clarke", []),
  (P, "J. Everett Holloman", ["Holloman"]), (P, "Harold Blevins", []), (O, "Pellham & Roark", ["Pellham & Roark LLP"]),
  (O, "National Credit Union Administration", []), (P, "Maribel Castañeda-Ruiz", [])]),
 "1121_en.txt": ("en", [], [
  (L, "Kochi", ["KOCHI"]), (O, "PTI", []), (O, "Kerala High Court", ["Kerala HC"]),
  (L, "Chilavannur", ["Chilavannur canal"]), (O, "Kochi Municipal Corporation", []),
  (P, "P. R. Sreelekha Varma", []), (O, "Chilavannur Residents' Welfare Association", []),
  (L, "Ernakulam", ["Ernakulam district"]), (O, "Kerala Irrigation Department", []),
  (P, "K. Ananthakrishnan Nair", []), (P, "M. Anilkumar", []), (L, "Kadavanthra", []), (L, "Panampilly Nagar", []),
  (L, "Vyttila", []), (P, "Deepa Susan Mathew", []), (O, "Greater Cochin Development Authority", ["GCDA"]),
  (L, "Thevara", []), (O, "Kochi Metro Rail", ["Kochi Metro Rail Ltd", "KMRL"]),
  (L, "Perandoor", ["Perandoor canal"]), (O, "CPI(M)", []), (O, "Congress", [])]),
 "1122_en.txt": ("en", ["NZ"], [
  (L, "Tairāwhiti", []), (L, "State Highway 35", []), (L, "Gisborne", ["GISBORNE"]), (O, "RNZ", []),
  (L, "Tokomaru Bay", []), (O, "NZ Transport Agency Waka Kotahi", []), (L, "Mangahauini River", []),
  (P, "Aroha Te Kani", []), (O, "Tairāwhiti Civil Defence", []), (L, "Te Puia Springs", []), (L, "Ruatōria", []),
  (P, "Ben Rangitaawa", []), (O, "Gisborne District Council", []), (P, "Rehette Stoltz", []),
  (P, "Mereana Pōhatu", []), (L, "Tolaga Bay", []), (L, "Port of Tauranga", []), (O, "Eastland Port", []),
  (P, "Chris Bishop", []), (L, "Pōtaka", []), (O, "Ngāti Porou", []), (P, "Tina Ngata-Kauri", []),
  (O, "MetService", [])]),
 "1123_fr.txt": ("fr", ["DE", "ES"], [
  (L, "Colomiers", []), (O, "Aéroméca Occitanie", []), (L, "Toulouse", []), (O, "AFP", []),
  (O, "tribunal de commerce de Toulouse", []), (O, "Airbus", []), (P, "Jean-Baptiste Laffargue", ["Laffargue"]),
  (P, "Hélène Castaing-Roux", []), (O, "Fixalp Industries", []), (O, "CGT", []), (L, "En Jacca", ["zone d'En Jacca"]),
  (P, "Karim Benhaddou", []), (L, "Occitanie", ["Région Occitanie"]), (P, "Carole Delga", []), (O, "AD'OCC", []),
  (P, "Guy Laurent", []), (L, "Blagnac", []), (L, "Cornebarrieu", []), (O, "Midi Capital Partenaires", []),
  (O, "Safran", [])]),
 "1124_fr.txt": ("fr", ["BE"], [
  (L, "Vesdre", ["vallée de la Vesdre"]), (L, "Pepinster", []), (L, "Verviers", []), (O, "Belga", []),
  (O, "école communale Saint-Antoine", []), (L, "Soiron", []), (P, "Françoise Lemaire-Bodson", []),
  (P, "Yves Coppieters", []), (O, "Service public de Wallonie", ["SPW"]), (O, "SPI", []),
  (O, "Ourthe-Vesdre-Amblève Habitat", []), (P, "Luc Hansenne", []), (L, "rue Neuve", []), (L, "Chaudfontaine", []),
  (L, "Trooz", []), (L, "Eupen", ["barrage d'Eupen"]), (O, "parquet de Liège", []), (O, "Université de Liège", []),
  (L, "Wallonie", ["Région wallonne"])]),
 "1125_fr.txt": ("fr", ["CN", "FR", "GM", "SN"], [
  (L, "Kaolack", []), (O, "APS", []), (O, "Comité national interprofessionnel de l'arachide", ["CNIA"]),
  (O, "Société nationale de commercialisation des oléagineux du Sénégal", ["SONACOS"]),
  (P, "Ousmane Diagne Sarr", ["Sarr"]), (L, "Ziguinchor", []), (L, "Nioro du Rip", []), (L, "Kaffrine", []),
  (P, "Mamadou Lamine Cissé", []), (L, "Médina Sabakh", []), (P, "Aïssatou Sow Diallo", []),
  (L, "région de Kaolack", []), (O, "Douane", []), (L, "port de Kaolack", []), (O, "Banque agricole", ["LBA"]),
  (O, "Agence française de développement", ["AFD"])]),
 "1126_ar.txt": ("ar", ["JO"], [
  (O, "أمانة عمان الكبرى", ["أمانة عمان"]), (L, "طبربور", ["منطقة طبربور"]), (L, "عمان", []),
  (O, "بترا", ["وكالة الأنباء الأردنية", "لوكالة الأنباء الأردنية"]),
  (P, "يوسف عبدالرحيم الشواربة", ["الشواربة"]), (L, "دوار الجمرك", []), (L, "سيل الزرقاء", []),
  (L, "طارق", ["منطقة طارق"]), (P, "نضال عبدالكريم الخشمان", []), (O, "دائرة الأرصاد الجوية", []),
  (L, "البلقاء", ["والبلقاء"]), (L, "البحر الميت", ["منطقة البحر الميت"]),
  (O, "المديرية العامة للدفاع المدني", []), (P, "عامر السرطاوي", []), (L, "مادبا", []), (L, "الكرك", ["والكرك"]),
  (L, "الطفيلة", ["والطفيلة"]), (O, "مجلس النواب", []), (L, "الصويفية", ["نفق الصويفية"]),
  (P, "خالد أبو عبيدة", []), (O, "المسار الأردني للمقاولات", ["شركة المسار الأردني للمقاولات"]),
  (O, "بنك الإسكان للتجارة والتمويل", []), (O, "وزارة الأشغال العامة والإسكان", [])]),
 "1127_ar.txt": ("ar", ["ES", "IT", "TN"], [
  (O, "المحكمة الابتدائية بصفاقس", ["بالمحكمة الابتدائية بصفاقس"]), (L, "صفاقس", ["بصفاقس"]),
  (O, "وات", ["وكالة تونس إفريقيا للأنباء", "لوكالة تونس إفريقيا للأنباء"]),
  (P, "منجي بن عبدالسلام الحشاني", ["الحشاني"]), (O, "زيوت الجريد الممتازة", ["\"زيوت الجريد الممتازة\""]),
  (O, "البنك الوطني الفلاحي", []),
  (O, "الفرقة المركزية لمكافحة الإجرام الاقتصادي والمالي", ["الفرقة المركزية لمكافحة الإجرام الاقتصادي والمالي بالعوينة"]),
  (L, "العوينة", ["بالعوينة"]), (L, "العامرة", ["منطقة العامرة"]), (P, "عماد الغربي", []), (P, "سلوى الكشو", []),
  (P, "فوزي بالحاج عمر", []), (O, "محكمة الاستئناف بصفاقس", []), (L, "سيدي بوزيد", []),
  (O, "الاتحاد التونسي للفلاحة والصيد البحري", []), (O, "الديوان الوطني للزيت", [])]),
 "1128_ar.txt": ("ar", ["KW", "TR"], [
  (O, "المجلس البلدي", []), (L, "سعد العبدالله", ["منطقة سعد العبدالله"]),
  (L, "الجهراء", ["محافظة الجهراء", "بمحافظة الجهراء"]), (L, "طريق السالمي", []),
  (O, "كونا", ["وكالة الأنباء الكويتية", "لوكالة الأنباء الكويتية"]), (P, "عبدالله بن حمد المحري", ["المحري"]),
  (O, "وزارة الصحة", []), (O, "الجهاز التنفيذي للبلدية", []), (O, "الصندوق الكويتي للتنمية الاقتصادية العربية", []),
  (P, "فهد عبدالعزيز الظفيري", []), (L, "الصليبية", ["منطقة الصليبية"]),
  (O, "الهيئة العامة للطرق والنقل البري", []), (L, "طريق الجهراء", []), (O, "بنك الخليج", []),
  (L, "صباح الأحمد البحرية", ["مدينة صباح الأحمد البحرية"]), (L, "القيروان", ["منطقة القيروان"]),
  (P, "فهد بورسلي", []), (O, "بلدية إسطنبول الكبرى", []), (P, "محمد جميل أوزدمير", []), (P, "فرح الرومي", [])]),
 "1129_vi.txt": ("vi", ["ID", "MY", "PH", "TH", "VN"], [
  (L, "Cần Thơ", []), TTXVN, (O, "Công ty cổ phần Lương thực Thốt Nốt Tây Đô", []),
  (O, "Cơ quan Lương thực Quốc gia Philippines", ["NFA"]), (P, "Lưu Thị Ngọc Thắm", ["Thắm"]),
  (L, "Cờ Đỏ", ["huyện Cờ Đỏ"]), (L, "Vĩnh Thạnh", []), (L, "An Giang", ["tỉnh An Giang"]),
  (L, "Thốt Nốt", ["khu công nghiệp Thốt Nốt"]), (O, "Sở Công Thương thành phố Cần Thơ", []),
  (P, "Huỳnh Văn Lộc", []), (O, "Hiệp hội Lương thực Việt Nam", ["VFA"]), (P, "Đỗ Hữu Phước", []),
  (L, "Thạnh An", ["xã Thạnh An"]), (O, "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", ["Agribank"]),
  (L, "Cái Cui", ["cảng Cái Cui"])]),
 "1130_vi.txt": ("vi", [], [
  (L, "Thanh Hóa", ["tỉnh Thanh Hóa"]), (L, "Mã", ["sông Mã"]), (L, "Bưởi", ["sông Bưởi"]),
  (L, "Cẩm Thủy", ["xã Cẩm Thủy"]), (L, "Vĩnh Lộc", ["xã Vĩnh Lộc"]), (L, "Kim Tân", []), TTXVN,
  (O, "Đài Khí tượng Thủy văn tỉnh Thanh Hóa", []), (L, "Bá Thước", ["trạm Bá Thước"]),
  (L, "Lý Nhân", ["trạm Lý Nhân"]), (O, "Ủy ban nhân dân tỉnh Thanh Hóa", ["UBND tỉnh Thanh Hóa"]),
  (P, "Lê Đức Giang", ["Giang"]), (O, "Bộ Chỉ huy Quân sự tỉnh", []), (O, "Công an tỉnh", []),
  (L, "Eo Lê", ["thôn Eo Lê"]), (P, "Phạm Thị Thu Trang", []), (O, "Đảng ủy xã Vĩnh Lộc", []),
  (P, "Trịnh Văn Khiêm", []), (L, "Quốc lộ 217", []), (L, "đường Hồ Chí Minh", []),
  (O, "Công ty Điện lực Thanh Hóa", []), (O, "Trung tâm Dự báo khí tượng thủy văn quốc gia", []),
  (L, "Nghệ An", []), (L, "Hà Tĩnh", [])]),
 "1131_vi.txt": ("vi", ["JP", "PL"], [
  (L, "Kiến Trung", ["điện Kiến Trung"]), (L, "Huế", ["thành phố Huế"]), TTXVN,
  (O, "Trung tâm Bảo tồn Di tích Cố đô Huế", []), (O, "Cơ quan Hợp tác Quốc tế Nhật Bản", ["JICA"]),
  (L, "Hoàng thành Huế", []), (P, "Hoàng Việt Trung", ["Trung"]), (O, "Trường Đại học Kyoto", []),
  (O, "Học viện Mỹ thuật Kraków", []), (P, "Dorota Kędzierska", ["Kędzierska"]), (P, "Kazimierz Kwiatkowski", []),
  (L, "Quần thể di tích Cố đô Huế", []), (L, "lăng Dục Đức", []), (L, "An Định", ["cung An Định"]),
  (L, "An Cựu", ["sông An Cựu"]), (O, "Ủy ban nhân dân thành phố Huế", ["UBND thành phố Huế"]),
  (P, "Phan Thiên Định", []), (P, "Tôn Nữ Khánh Vy", []), (O, "Phòng Nghiên cứu khoa học", [])]),
 "1132_ru.txt": ("ru", [], [
  (L, "Невьянский городской округ", ["Невьянского городского округа", "Невьянского округа"]),
  (L, "Екатеринбург", ["ЕКАТЕРИНБУРГ", "Екатеринбурга"]), (O, "ТАСС", []),
  (O, "Невьянский городской суд", []), (L, "Свердловская область", ["Свердловской области"]),
  (P, "Аркадий Веснин", ["Аркадия Веснина", "Веснин", "Веснина"]),
  (O, "Уралдорстрой-Н", ["ООО \"Уралдорстрой-Н\""]), (P, "Геннадий Плотников", ["Геннадия Плотникова", "Плотников"]),
  (L, "Невьянск", ["Невьянске"]), (L, "Цементный", ["поселке Цементный"]), (P, "Ольга Шестакова", []),
  (O, "Свердловский областной суд", ["Свердловском областном суде"]),
  (O, "ФСБ", ["управлением ФСБ по Свердловской области"]), (O, "Следственный комитет", ["Следственным комитетом"]),
  (P, "Денис Паслер", []), (P, "Марина Голубцова", []),
  (O, "Дума Невьянского городского округа", ["Думы Невьянского городского округа"]),
  (P, "Степан Курочкин", ["Курочкин"]), (L, "улица Ленина", ["улице Ленина"]), (L, "Таватуй", [])]),
 "1133_ru.txt": ("ru", ["BY", "CN", "RU"], [
  (O, "Северный лён", ["АО \"Северный лён\"", "Северного льна"]), (L, "Вологда", ["ВОЛОГДА"]),
  (O, "Интерфакс", []), (O, "Арбитражный суд Вологодской области", []),
  (L, "Вологодская область", ["Вологодской области"]), (P, "Екатерина Лобанцева", []), (O, "Сбербанк", []),
  (O, "Россельхозбанк", ["Россельхозбанком"]), (O, "ФНС", []), (L, "Сокольский район", ["Сокольском районе"]),
  (L, "Вологодский район", ["Вологодском"]), (L, "Грязовецкий район", ["Грязовецком районах"]),
  (O, "Агрофирма Кубенское", []), (P, "Виктор Охлобыстин", []), (O, "Минобороны", []),
  (P, "Антон Стрельников", []), (L, "Череповец", ["Череповца"])]),
 "1134_ru.txt": ("ru", ["RU"], [
  (L, "Приморский край", ["Приморье", "Приморскому краю", "Приморского края"]),
  (L, "Уссурийский городской округ", ["Уссурийского округа", "Уссурийского городского округа", "Уссурийском городском округе"]),
  (L, "Владивосток", ["ВЛАДИВОСТОК", "Владивостока"]), (O, "PrimaMedia", []),
  (L, "Раздольная", ["реке Раздольной", "Раздольной"]), (L, "Уссурийск", ["Уссурийска"]),
  (L, "Октябрьский округ", ["Октябрьского округа"]), (O, "ГУ МЧС России по Приморскому краю", ["МЧС России"]),
  (L, "Кроуновка", ["Кроуновки"]), (L, "Борисовка", ["Борисовке"]), (L, "Новоникольск", ["села Новоникольск"]),
  (P, "Олег Кожемяко", ["Кожемяко"]), (P, "Евгений Корженев", ["Евгению Корженеву"]),
  (O, "Приморский центр по гидрометеорологии и мониторингу окружающей среды", ["Приморского центра по гидрометеорологии и мониторингу окружающей среды"]),
  (P, "Ирина Селезнёва", ["Ирины Селезнёвой"]), (L, "Комаровка", ["реке Комаровке"]),
  (P, "Анна Трофимовна Быстрицкая", []), (L, "Уссури", []), (L, "Тимирязевский", ["поселка Тимирязевский"]),
  (O, "РЖД", ["ОАО \"РЖД\""]), (O, "Прокуратура Приморского края", [])]),
 "1135_zh.txt": ("zh", [], [
  (L, "湖州", ["湖州市"]), (O, "新华社", []), (L, "杭州", []), (P, "沈佳怡", []), (O, "湖州市中级人民法院", []),
  (O, "湖州金盛置业有限公司", []), (P, "钱伟明", []), (L, "南浔区", []), (L, "上海", []), (P, "陆建新", []),
  (O, "浙江南浔农村商业银行", []), (P, "姚丽华", []), (O, "湖州市人民检察院", []), (O, "浙江省交通投资集团", []),
  (P, "孙国强", []), (O, "湖州市住房和城乡建设局", []), (P, "许文涛", [])]),
 "1136_zh.txt": ("zh", ["CN", "FR", "GB", "JP", "RU"], [
  (O, "敦煌研究院", []), (O, "吉美国家亚洲艺术博物馆", ["法国吉美国家亚洲艺术博物馆", "吉美博物馆", "法国吉美博物馆"]),
  (O, "中新网", []), (L, "兰州", []), (P, "马静文", []), (L, "甘肃省", []), (L, "敦煌市", ["敦煌"]),
  (L, "莫高窟", []), (L, "藏经洞", []), (P, "苏伯民", []), (P, "扬尼克·林茨", []),
  (O, "敦煌研究院数字化研究所", []), (P, "俞天秀", []), (O, "甘肃省文化和旅游厅", []), (P, "郭春霞", []),
  (O, "兰州大学敦煌学研究所", []), (O, "兰州大学", []), (P, "冯培红", []),
  (O, "故宫博物院", ["北京故宫博物院"]), (L, "巴黎", [])]),
 "1137_zh.txt": ("zh", ["CN", "ID", "PH", "VN"], [
  (L, "佛山", ["佛山市"]), (O, "澎湃新闻", []), (P, "黄子轩", []), (O, "佛山市中级人民法院", []),
  (O, "广东宏盛陶瓷股份有限公司", ["宏盛陶瓷", "宏盛"]), (O, "春光集团", []), (L, "南海区", []), (L, "西樵镇", []),
  (L, "广西", []), (L, "藤县", []), (L, "江西", []), (L, "高安", []),
  (O, "广东顺德农村商业银行股份有限公司", []), (O, "北京市中伦（广州）律师事务所", []), (P, "何晓东", []),
  (P, "阮文海", []), (L, "海阳省", []), (O, "佛山市陶瓷行业协会", []), (P, "尹虹", []),
  (O, "南海区工业和信息化局", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout63", G)
write_gold(here, "holdout63", "holdout63-gold.json", G)
