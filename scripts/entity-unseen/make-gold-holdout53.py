#!/usr/bin/env python3
"""Writes holdout53-gold.json for the articles in holdout53/ (same format and conventions as make-gold-holdout50.py,
make-gold-holdout52.py and make-gold-holdout45.py). ORDINARY REGIONAL-DESK NEWS in the core languages, of the kinds
earlier sets had less of (a provincial or city council meeting, a hospital and an epidemic, weather and water, an exam,
police and court cases, company results and a stock debut, a match report, an obituary), with REAL public figures,
companies, bodies and places mixed with invented minor people and small firms; officials named without titles after
their first mention, bodies given by acronym after their full name, places that occur only inside lists, names inside
quotes, Arabic clitics: 3 vi (one all in NFD), 3 ru, 3 zh, 3 ar, 3 en, 3 fr:
930 vi TTXVN 'Ninh Bình, 10/12 (TTXVN) -' (the merged province's People's Council passes its 2027 budget; HĐND/UBND
tỉnh, Vũ Đình Toản / 'ông Toản', 'các xã Thịnh Long, Quất Lâm và Rạng Đông', JICA, cao tốc Cầu Giẽ - Ninh Bình,
Khu công nghiệp Đồng Văn III / 'Đồng Văn III', sông Đáy, Tràng An, chùa Bái Đính, Vườn quốc gia Cúc Phương);
931 vi TTXVN **all in NFD** 'Cao Bằng, 10/12 (TTXVN) -' (floods and landslides; Ban Chỉ huy Phòng thủ dân sự, 'các xã
Ca Thành, Phan Thanh và Tam Kim', 'các xã Bảo Lạc, Cốc Pàng và Quảng Lâm dọc sông Gâm', xóm Khuổi Hoi, phường Thục
Phán (a ward named after a king), Quốc lộ 34, đèo Khau Cốc Chà, cửa khẩu Trà Lĩnh, thác Bản Giốc, Nguyễn Hoàng Hiệp);
932 vi TTXVN 'Cà Mau, 10/12 (TTXVN) -' (a shrimp-feed director on trial for loan fraud; defendants in full, then 'bị
cáo Lợi', 'Duyên', 'Tài', 'Triết'; Công ty TNHH Thức ăn Thủy sản Phước Hưng Long, VietinBank, Agribank, Hưng Long
Land, 'Bạc Liêu cũ', Cơ quan Cảnh sát điều tra Công an tỉnh Cà Mau); 933 ru TASS 'ЧИТА, 10 декабря. /ТАСС/.' (a new
infectious-diseases block amid flu; Осипов, ООО "Даурстройинвест", Лагунова, управление Роспотребнадзора по
Забайкальскому краю, 'в Агинском, Шилкинском и Нерчинском районах', НИИ гриппа имени А. А. Смородинцева Минздрава
России, 'в Краснокаменске, Могоче и Петровске-Забайкальском', ЧГМА); 934 ru TASS 'КРАСНОДАР' (basketball:
"Локомотив-Кубань" beat "Енисей" in the VTB United League; Ласточкин/Ласточкина, Уайтфилда, Ранкович, Гордиенко,
"Баскет-Холле", "Зенит", ЦСКА, УНИКСом, "Парму", city adjectives); 935 ru Interfax 'Москва. 10 декабря. ИНТЕРФАКС -'
(TMK's quarter; ПАО "Трубная металлургическая компания" (ТМК, MOEX: TRMK), Бабинцев/Бабинцева, ПАО "Газпром",
ПАО "НК "Роснефть"", ЧТПЗ, Тагмет, 'ни в Полевском, ни в Волжском, ни в Таганроге', ООО "Ямалтрубмонтаж", кипрской
Norvex Holdings Ltd, ИК "Велес Капитал", ОМК, Мосбиржи, Пумпянский); 936 zh Xinhua '新华社南昌…电（记者…、…）' (the
postgraduate entrance exam in Jiangxi; 江西省教育考试院/省考试院, 熊卫东 without title, 上饶市广丰区, campuses
前湖校区/麦庐园校区, 研招网, 江西省公安厅, 赣北, 萍乡、景德镇和抚州); 937 zh Xinhua '新华社贵阳…电' (freezing rain in
Qiannan; 黔南布依族苗族自治州/黔南州, '都匀市、独山县、三都水族自治县和平塘县', '麻尾镇、基长镇和影山镇', 板告村,
兰海高速, 厦蓉高速, 贵广高铁, 都匀东站, 荔波机场, 南方电网贵州电网公司, 广西柳州, '湖南西部和广西北部');
938 zh 中新网 '中新网徐州…电（记者…）' (the city people's congress standing committee; 韩建中/宋立新 without titles,
骆马湖, 京杭大运河徐州段, '邳州、睢宁和铜山区', 窑湾古镇, 徐工集团, 徐州观音国际机场, 首尔/曼谷/大阪, appointments
'任命陆海鹏为…'); 939 ar Petra 'عمان 10 كانون الأول (بترا) -' (the State Security Court jails three smugglers; 'أمن
الدولة' in the headline, defendants in full then الزبيدي/الخزاعلة/أبو شقرة, بلدة الطرة في لواء الرمثا, مركز حدود
العمري, القوات المسلحة الأردنية - الجيش العربي, ودائرة المخابرات العامة, بمحافظة المفرق, وعمّان, 'محافظات إربد
والمفرق والعقبة'); 940 ar INA 'بغداد - واع -' (water shortage in the south; 'محافظات ذي قار وميسان والبصرة', 'نهري
دجلة والفرات', سد الموصل, وبحيرة الثرثار, وسد حديثة, هور الحمّار, أهوار/قضاء الجبايش, وناحية الفهود, 'قضاءي قلعة
صالح والمجر الكبير', أبي الخصيب, قناة البدعة, فاو); 941 ar TAP 'تونس 10 ديسمبر (وات) -' (obituary of an invented oud
player; بن رمضان, بمدينة القيروان, بالمعهد الرشيدي, للإذاعة التونسية, علية ولطفي بوشناق وصوفية صادق, festivals, دار
الأوبرا المصرية بالقاهرة, معهد العالم العربي بباريس, "النجمة الزهراء" بسيدي بوسعيد, بمقبرة الجلاز, مدينة الثقافة
الشاذلي القليبي); 942 en Bernama 'KUALA LUMPUR, Dec 10 (Bernama) --' (a Johor logistics firm's ACE Market debut;
Tebrau Link Logistics Bhd, Bursa Malaysia Securities Bhd, 'Kulai, Sedenak and Iskandar Puteri', Port of Tanjung
Pelepas (PTP), YTL Power International Bhd, STT GDC, M&A Securities Sdn Bhd, MIDF Amanah Investment Bank Bhd, JS-SEZ,
TNB, Kah Seng Holdings Sdn Bhd beside Lim Kah Seng, SC); 943 en PTI 'Guwahati, Dec 10 (PTI)' (ISL: NorthEast United
3-1 Kerala Blasters; 'Kerala' and 'NorthEast' as the clubs, 'the Highlanders', given names 'Yassine'/'Parthib' in
quotes, stadiums named after Indira Gandhi and Jawaharlal Nehru, FC Goa, AIFF); 944 en PNA 'ILOILO CITY –' (three
rural bank officers convicted; Rural Bank of Leganes Inc. and 'Leganes, Zarraga and Pototan', Espinosa,
Tupas-Delgado, 'Jose Antonio Gamboa Jr.'/Gamboa, RTC, PDIC, BSP, NBI, CIDG, Court of Appeals in Cebu City);
945 fr AFP 'Dijon' (the council's 2027 budget; Koenders, Garnier-Delorme, Vuillemin without titles, LR, RN, 'vers
Chenôve, Quetigny et Talant', Dijon Métropole, Keolis Dijon Mobilités, stade Gaston-Gérard, DFCO, Mayence, SPLAAD);
946 fr AMAP 'Bamako' (Mali's baccalauréat results; CNECE, Dembélé, Savané, académie d'enseignement de Sikasso, 'les
régions de Kayes, Mopti et Tombouctou', 'les cercles de Ménaka et de Bourem', lycée Ba Aminata Diallo, AMCI, USTTB,
ULSHB); 947 fr AFP 'Kinshasa' (obituary of an invented rumba guitarist 'Papy Solo'; Zaïko Langa Langa, Empire Bakuba,
'les communes de Kalamu, Kasa-Vubu et Lingwala', Pépé Kallé, Franco Luambo, TPOK Jazz, l'Olympia, Unesco,
Congo-Brazzaville, Palais du peuple, nécropole Entre Terre et Ciel, Atelier Solo).
Every invented name was checked with grep against the earlier sets' articles; replaced after that check: the coastal
list 'Hải Hậu, Giao Thủy và Nghĩa Hưng' (holdout24), Vũ Đình Khang (Khang in holdout26), Hưng Đạo (holdout41/51),
Решетникова (a genitive of the real minister Решетников in holdout43), Бойко, 赣南师范大学 (holdout30), الطراونة,
الحباشنة, Bennani (holdout27), Tomasz Wieczorek (holdout42), Gallardo, Ocampo, Lacombe, Marchetti, Aïssata, Mwamba
(holdout9/18). Recurring as allowed: big cities, provinces and famous bodies (Chita, Краснодар, Казань, Москва, 南昌,
贵阳, 徐州, عمان, الزرقاء, المفرق, العقبة, الرمثا, الناصرية, القيروان, Kochi, Cebu, Kinshasa, Haut-Katanga, Agribank,
EDF, Les Républicains, Rassemblement national, Tshisekedi). Written blind in session 29: no Swift source read, no
extractor run; the gold was fixed and committed before any extractor ran on the set.

Conventions as holdout45, holdout50 and holdout52 (titles and honorifics no part of a name, ông/bà/Thứ trưởng/القاضي
العسكري العقيد/المحامي/Judge/Mme; a surname or a Vietnamese given name alone an alias; every surface form an alias,
Russian cases and Arabic clitic forms included; countries as ISO codes, never entities; a generic word before a place
an alias: xã, phường, xóm, sông, đèo, cửa khẩu, thác, chùa, Vườn quốc gia, بلدة, لواء, منطقة, محافظة, قضاء,
ناحية, مدينة, أهوار, مقبرة, province du, nécropole; governments and cabinets (市人民政府), portfolios, laws (《徐州市养犬
管理条例》), prizes, albums, vaccines and competitions no entities; a place named only inside an organization's name not
counted (Sikasso in the académie's name, Bourgogne-Franche-Comté in the Chambre's, Côte-d'Or in DFCO's, الموصل in
سد الموصل); a name built from a person's (phường Thục Phán, stade Gaston-Gérard, Indira Gandhi Athletic Stadium,
Jawaharlal Nehru Stadium, lycée Ba Aminata Diallo, Kasa-Vubu, مدينة الثقافة الشاذلي القليبي, НИИ гриппа имени А. А.
Смородинцева) makes no person; city adjectives and demonyms (краснодарский, красноярский, петербургский, казанский,
пермскую, краснодарцы, kinoises) name no place). New here:
- a sports club's home-region or short form used for the club is the club's alias, not a place ('Kerala' in 'Kerala's
  Spanish playmaker' and 'Kerala defender', 'NorthEast'), and so is its nickname ('the Highlanders' -> Highlanders); a
  basketball league named after its sponsor (Единая лига ВТБ) is one organization, the bank in it none;
- a regional name used for the region's administrative unit is its alias (Забайкалье for Забайкальский край);
- an exam district named by its city (南昌考区, 赣州考区) is no entity, the city is; a university campus (南昌大学前湖
  校区, 江西财经大学麦庐园校区) is a place with the bare campus name canonical, the university an organization of its
  own; '赣北' (northern Jiangxi) is a broad region, none; '湖南西部' and '广西北部' name the provinces 湖南 and 广西;
- an airport named after a county not otherwise named is the county's alias (荔波机场 -> 荔波), as Bandar Udara Sentani
  in holdout52; an expressway named by abbreviations of its ends (兰海高速, 厦蓉高速) and a railway (贵广高铁) are places,
  the abbreviations no places; '都匀至独山段' is no entity of its own;
- a provincial and a city people's congress standing committee are organizations, the term-numbered form an alias
  (徐州市第十七届人民代表大会常务委员会); appointments '任命X为…局长' name both the person and the bureau;
- a border crossing written 'مركز حدود X' is a place with X canonical (العمري); a court named in a headline by its short
  form ('أمن الدولة تقضي') keeps that form as an alias; a border-guard force inside the army (قوات حرس الحدود في
  القوات المسلحة الأردنية - الجيش العربي) is two organizations, as Бюро/Агентство in holdout45;
- the Amman dateline 'عمان' is the city (a place), not Oman; 'وعمّان' (with shadda) is its alias;
- a marsh area 'أهوار الجبايش' and the district 'قضاء الجبايش' are the one place الجبايش; هور الحمّار is a place of its
  own; a canal (قناة البدعة), a dam (سد الموصل, سد حديثة) and a lake (بحيرة الثرثار) are places;
- a radio's orchestra ('بالفرقة الموسيقية للإذاعة التونسية') is the radio only (the orchestra has no name of its own);
  a cultural centre given with its palace's name in quotes (مركز الموسيقى العربية والمتوسطية "النجمة الزهراء") is one
  organization, the quoted name an alias; a culture complex named after a person (مدينة الثقافة الشاذلي القليبي) is a
  place, as venues before;
- a stage name given with 'dit' is the person's alias ('Papy Solo'); l'Olympia (a concert hall) is a place, as concert
  halls in holdout50; Europe (a continent in passing) is a broad region, none;
- a company named by its owner's given name and surname (Kah Seng Holdings Sdn Bhd) is an organization apart from that
  person (as Porsche in holdout51); a stock exchange's board (ACE Market) and an index are no entities;
- 'les régions de Kayes, Mopti et Tombouctou' and 'les cercles de Ménaka et de Bourem' are each place; an académie
  d'enseignement is an organization.
Countries: as holdout50/52, from names, adjectives and demonyms (Nhật Bản inside JICA's Vietnamese name, Trung Quốc,
Việt Nam inside the banks' names, американский, сербский, России, кипрской, 中国 inside 中国研究生招生信息网/中国气象局/中国
矿业大学/中国移动, 韩国/泰国/日本/哈萨克斯坦/巴西, الأردنية, السورية, السعودية, العراقية, التركي والإيراني, التونسي,
المصرية, Malaysia inside bodies' names, Singapore-based, Moroccan, Spanish, Polish, Indian Super League, All India
Football Federation, Philippine Deposit Insurance Corporation, allemande, malien, Mali, Maroc, marocaine, Algérie,
congolais, RDC, Congo-Brazzaville); a currency (đồng, рублей, دينار, sen, RM, PHP, euros) names none.
Judgement calls: 930 and 931 name no Vietnam (JP only from JICA's name; CN only from Trung Quốc); 933 names RU only
through 'Минздрава России'; 934 names no Russia; 945 names DE only (Mayence's country); 'Bạc Liêu' (the old province)
is a place though 'cũ' follows; 'Phan Thanh' the commune is a place and the school named after it an organization;
'Ủy ban nhân dân tỉnh' in 931 (no province written after it) is listed as the alias of 'Ủy ban nhân dân tỉnh Cao
Bằng'; 'Волжском' (the town) is an alias of Волжский though it also opens 'Волжском трубном заводе'; Norvex Holdings
Ltd is the Cypriot seller; 'TRMK' (a ticker) is not listed, but 'MOEX' before it is the exchange's alias; 'Iloilo' in the headline is Iloilo City; Western Visayas
is a place ('office in Western Visayas'); the Regional Trial Court is one organization ('Branch 27' not part of its
name); 'ثلاثة متهمين' and the fourth, unnamed defendant are no entities; 'الموارد المائية' (the headline's short form)
is an alias of وزارة الموارد المائية; 'علية' (a singer known by one name) is a person."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
TASS = (O, "ТАСС", [])
XINHUA = (O, "新华社", [])
AFP = (O, "AFP", [])
G = {
 "930_vi.txt": ("vi", ["JP"], [
  (L, "Ninh Bình", ["tỉnh Ninh Bình"]), TTXVN,
  (O, "Hội đồng nhân dân tỉnh Ninh Bình", ["HĐND tỉnh Ninh Bình", "HĐND tỉnh"]),
  (O, "Ủy ban nhân dân tỉnh Ninh Bình", ["UBND tỉnh"]), (P, "Vũ Đình Toản", ["Toản"]), (L, "Hà Nam", []),
  (L, "Nam Định", []), (L, "Thịnh Long", []), (L, "Quất Lâm", []), (L, "Rạng Đông", []),
  (O, "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh Ninh Bình", []),
  (O, "Cơ quan Hợp tác Quốc tế Nhật Bản", ["JICA"]), (P, "Hoàng Thị Lụa", []), (L, "Phủ Lý", ["phường Phủ Lý"]),
  (L, "cao tốc Cầu Giẽ - Ninh Bình", ["Cầu Giẽ - Ninh Bình"]), (L, "Cầu Giẽ", []),
  (L, "Khu công nghiệp Đồng Văn III", ["Đồng Văn III"]), (P, "Phạm Bá Trọng", []), (L, "Kim Sơn", ["xã Kim Sơn"]),
  (L, "Đáy", ["sông Đáy"]), (O, "Sở Nông nghiệp và Môi trường", []), (O, "Sở Tài chính", []),
  (P, "Trần Quang Duẩn", ["Duẩn"]), (L, "Tràng An", []), (L, "Bái Đính", ["chùa Bái Đính"]),
  (L, "Cúc Phương", ["Vườn quốc gia Cúc Phương"]), (P, "Lã Thị Thu Trang", []), (O, "Sở Y tế", []),
  (P, "Đinh Văn Kiên", ["Kiên"])]),
 "931_vi.txt": ("vi", ["CN"], [
  (L, "Cao Bằng", ["tỉnh Cao Bằng"]), TTXVN, (O, "Ban Chỉ huy Phòng thủ dân sự tỉnh Cao Bằng", []),
  (L, "Ca Thành", ["xã Ca Thành"]), (L, "Phan Thanh", []), (L, "Tam Kim", ["xã Tam Kim"]), (L, "Bảo Lạc", []),
  (L, "Cốc Pàng", []), (L, "Quảng Lâm", []), (L, "Gâm", ["sông Gâm"]), (L, "Khuổi Hoi", ["xóm Khuổi Hoi"]),
  (P, "Nông Thị Sen", []), (O, "Trung tâm Dự báo khí tượng thủy văn quốc gia", []),
  (L, "Nguyên Bình", ["khu vực Nguyên Bình"]), (L, "Bằng", ["sông Bằng"]), (L, "Thục Phán", ["phường Thục Phán"]),
  (L, "Quốc lộ 34", []), (L, "Khau Cốc Chà", ["đèo Khau Cốc Chà"]), (L, "Tuyên Quang", []),
  (L, "Trà Lĩnh", ["cửa khẩu Trà Lĩnh"]), (L, "Bản Giốc", ["thác Bản Giốc"]),
  (O, "Ủy ban nhân dân tỉnh Cao Bằng", ["Ủy ban nhân dân tỉnh"]), (P, "Đàm Văn Khoa", ["Khoa"]),
  (O, "Bộ đội Biên phòng tỉnh Cao Bằng", []), (O, "Công ty Điện lực Cao Bằng", []),
  (O, "Trường Phổ thông dân tộc bán trú Tiểu học và THCS Phan Thanh", []), (P, "Hoàng Văn Pỉn", []),
  (L, "Nà Bản", ["xóm Nà Bản"]), (O, "Bộ Nông nghiệp và Môi trường", []), (P, "Nguyễn Hoàng Hiệp", ["Hiệp"]),
  (L, "Bảo Lâm", []), (L, "Lý Bôn", []), (L, "Yên Thổ", [])]),
 "932_vi.txt": ("vi", ["CN", "JP", "VN"], [
  (L, "Cà Mau", []), TTXVN, (O, "Tòa án nhân dân tỉnh Cà Mau", []), (P, "Lâm Quang Lợi", ["Lợi"]),
  (O, "Công ty TNHH Thức ăn Thủy sản Phước Hưng Long", []), (O, "Viện kiểm sát nhân dân tỉnh Cà Mau", []),
  (P, "Tạ Thị Mỹ Duyên", ["Duyên"]), (L, "Phước Long", ["xã Phước Long"]), (L, "Hồng Dân", []), (L, "Ninh Quới", []),
  (L, "Bạc Liêu", []), (O, "Ngân hàng TMCP Công Thương Việt Nam", ["VietinBank"]),
  (O, "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", ["Agribank"]),
  (O, "Công ty cổ phần Đầu tư Địa ốc Hưng Long Land", []), (L, "Giá Rai", ["phường Giá Rai"]),
  (L, "Láng Tròn", ["phường Láng Tròn"]), (O, "Cơ quan Cảnh sát điều tra Công an tỉnh Cà Mau", []),
  (P, "Hứa Văn Tài", ["Tài"]), (P, "Dương Minh Triết", ["Triết"]), (P, "Trương Hữu Nghị", []),
  (P, "Quan Văn Tám", ["Tám"]), (P, "Lư Thị Hồng Vân", [])]),
 "933_ru.txt": ("ru", ["RU"], [
  (L, "Чита", ["ЧИТА", "Чите"]), TASS,
  (O, "Краевая клиническая инфекционная больница", ["Краевой клинической инфекционной больницы"]),
  (L, "Забайкальский край", ["Забайкальского края", "Забайкальскому краю", "Забайкалье"]),
  (P, "Александр Осипов", ["Осипов"]), (O, "Даурстройинвест", ["ООО \"Даурстройинвест\""]),
  (P, "Ольга Витальевна Лагунова", ["Лагунова"]),
  (O, "управление Роспотребнадзора по Забайкальскому краю", ["управления Роспотребнадзора по Забайкальскому краю"]),
  (L, "Краснокаменск", ["Краснокаменске"]), (L, "Борзя", ["Борзе"]), (L, "Агинский район", ["Агинском"]),
  (L, "Шилкинский район", ["Шилкинском"]), (L, "Нерчинский район", ["Нерчинском районах"]),
  (O, "НИИ гриппа имени А. А. Смородинцева", []), (O, "Минздрав России", ["Минздрава России"]),
  (P, "Андрей Гребенщиков", ["Гребенщиков"]), (L, "Могоча", ["Могоче"]),
  (L, "Петровск-Забайкальский", ["Петровске-Забайкальском"]),
  (O, "Читинская государственная медицинская академия", ["Читинской государственной медицинской академии", "ЧГМА"])]),
 "934_ru.txt": ("ru", ["RS", "US"], [
  (O, "Локомотив-Кубань", ["\"Локомотив-Кубань\"", "Локомотива-Кубань", "Локомотива"]),
  (O, "Енисей", ["\"Енисей\"", "Енисея"]), (O, "Единая лига ВТБ", ["Единой лиги ВТБ"]),
  (L, "Краснодар", ["КРАСНОДАР"]), TASS, (L, "Баскет-Холл", ["\"Баскет-Холле\""]),
  (P, "Никита Ласточкин", ["Ласточкин", "Ласточкина"]), (P, "Деррик Уайтфилд", ["Уайтфилда"]),
  (P, "Артем Заславский", []), (P, "Милош Ранкович", ["Ранкович"]), (P, "Вадим Стрельцов", []),
  (P, "Павел Гордиенко", ["Гордиенко"]), (P, "Кирилл Дробыш", []), (O, "Зенит", ["\"Зенит\""]), (O, "ЦСКА", []),
  (O, "УНИКС", ["УНИКСом"]), (L, "Казань", ["Казани"]), (O, "Парма", ["\"Парму\""])]),
 "935_ru.txt": ("ru", ["CY", "RU"], [
  (O, "Трубная металлургическая компания", ["ПАО \"Трубная металлургическая компания\"", "ТМК"]),
  (O, "Интерфакс", ["ИНТЕРФАКС"]), (L, "Москва", []), (O, "Банк России", ["Банка России"]),
  (P, "Евгений Бабинцев", ["Бабинцев", "Бабинцева"]), (O, "Газпром", ["ПАО \"Газпром\""]),
  (O, "Роснефть", ["ПАО \"НК \"Роснефть\"\""]),
  (O, "Челябинский трубопрокатный завод", ["Челябинском трубопрокатном заводе", "ЧТПЗ"]),
  (O, "Северский трубный завод", ["Северском трубном заводе"]),
  (O, "Таганрогский металлургический завод", ["Таганрогском металлургическом заводе", "Тагмет"]),
  (O, "Волжский трубный завод", ["Волжском трубном заводе"]), (L, "Полевской", ["Полевском"]),
  (L, "Волжский", ["Волжском"]), (L, "Таганрог", ["Таганроге"]),
  (O, "Ямалтрубмонтаж", ["ООО \"Ямалтрубмонтаж\""]), (L, "Ямал", ["Ямала"]), (O, "Norvex Holdings Ltd", []),
  (O, "Велес Капитал", ["ИК \"Велес Капитал\""]), (P, "Марина Тоболкина", []),
  (O, "Объединенная металлургическая компания", ["ОМК"]),
  (O, "Московская биржа", ["Московской бирже", "Мосбиржи", "MOEX"]), (P, "Дмитрий Пумпянский", [])]),
 "936_zh.txt": ("zh", ["CN"], [
  (L, "江西省", ["江西"]), XINHUA, (L, "南昌", []), (P, "钟慧敏", []), (P, "邬立航", []),
  (O, "江西省教育考试院", ["省考试院"]), (L, "上饶", ["上饶市"]), (L, "广丰区", []), (O, "南昌大学", []),
  (O, "华东交通大学", []), (P, "熊卫东", []), (L, "赣州", []), (L, "九江", []), (L, "宜春", []),
  (O, "江西师范大学", []), (O, "江西财经大学", []), (L, "前湖校区", ["南昌大学前湖校区"]),
  (L, "麦庐园校区", ["江西财经大学麦庐园校区"]), (O, "赣南医科大学", []), (O, "江西理工大学", []),
  (O, "九江学院", []), (O, "中国研究生招生信息网", ["研招网"]), (O, "江西省公安厅", []),
  (O, "江西省无线电监测站", []), (O, "江西省气象台", []), (L, "萍乡", []), (L, "景德镇", []), (L, "抚州", []),
  (P, "邹建平", []), (P, "戴雨彤", []), (O, "北京师范大学", []), (L, "上海", []), (O, "华东师范大学", []),
  (O, "教育部", [])]),
 "937_zh.txt": ("zh", ["CN"], [
  (L, "贵州省", ["贵州"]), (L, "黔南布依族苗族自治州", ["黔南州", "黔南"]), XINHUA, (L, "贵阳", []),
  (P, "罗婧", []), (P, "杨光耀", []), (L, "都匀市", ["都匀"]), (L, "独山县", ["独山"]),
  (L, "三都水族自治县", ["三都"]), (L, "平塘县", []), (L, "兰海高速", []), (L, "广西", []), (L, "柳州", []),
  (P, "覃明亮", []), (L, "重庆", []), (O, "贵州省气象台", []), (P, "龙启华", []),
  (O, "贵州高速公路集团有限公司", []), (L, "厦蓉高速", []), (L, "广州", []), (L, "贵广高铁", []),
  (L, "都匀东站", []), (L, "荔波", ["荔波机场"]), (O, "南方电网贵州电网公司", []), (O, "都匀供电局", []),
  (L, "麻尾镇", []), (L, "基长镇", []), (L, "影山镇", []), (L, "九阡镇", []), (L, "板告村", []),
  (P, "韦国珍", []), (L, "周覃镇", []), (O, "黔南州应急管理局", []), (L, "墨冲镇", []),
  (O, "中国移动贵州公司", []), (O, "黔南州农业农村局", []), (L, "克度镇", []), (P, "吴秀兰", []),
  (O, "中国气象局国家气候中心", []), (L, "湖南", []), (O, "贵州省应急管理厅", []), (L, "黔东南", []),
  (L, "铜仁", [])]),
 "938_zh.txt": ("zh", ["BR", "CN", "JP", "KR", "KZ", "TH"], [
  (O, "徐州市人大常委会", ["市人大常委会", "徐州市第十七届人民代表大会常务委员会"]), (O, "中新网", []),
  (L, "徐州", ["徐州市"]), (P, "葛晓宁", []), (L, "骆马湖", []), (L, "京杭大运河", ["京杭大运河徐州段"]),
  (P, "韩建中", []), (P, "宋立新", []), (L, "新沂", []), (L, "邳州", []), (L, "宿迁市", []),
  (O, "中国矿业大学", []), (L, "睢宁", []), (L, "铜山区", []), (L, "窑湾古镇", []), (P, "丁卫平", []),
  (P, "许曼", []), (O, "徐州地铁集团有限公司", []), (O, "徐州工程机械集团有限公司", ["徐工集团"]),
  (L, "徐州观音国际机场", []), (L, "首尔", []), (L, "曼谷", []), (L, "大阪", []), (L, "徐州东站", []),
  (O, "徐州市人民检察院", []), (L, "微山湖", []), (O, "江苏省人大常委会", []), (L, "云龙湖", []),
  (L, "彭园", []), (P, "陆海鹏", []), (O, "徐州市交通运输局", []), (P, "孙明远", []),
  (O, "徐州市生态环境局", []), (P, "付晓琳", []), (O, "徐州市中级人民法院", [])]),
 "939_ar.txt": ("ar", ["JO", "SA", "SY"], [
  (O, "محكمة أمن الدولة", ["أمن الدولة"]), (L, "عمان", ["وعمّان"]),
  (O, "بترا", ["وكالة الأنباء الأردنية", "لوكالة الأنباء الأردنية"]),
  (P, "مهند خليل الزبيدي", ["الزبيدي"]), (P, "بلال عوض الخزاعلة", ["الخزاعلة"]),
  (P, "يزن ماجد أبو شقرة", ["أبو شقرة"]), (L, "الطرة", ["بلدة الطرة"]), (L, "الرمثا", ["لواء الرمثا"]),
  (L, "العمري", ["مركز حدود العمري"]), (O, "قوات حرس الحدود", []),
  (O, "القوات المسلحة الأردنية - الجيش العربي", []), (O, "إدارة مكافحة المخدرات", []),
  (O, "دائرة المخابرات العامة", ["ودائرة المخابرات العامة"]), (L, "سما السرحان", ["منطقة سما السرحان"]),
  (L, "المفرق", ["بمحافظة المفرق", "والمفرق"]), (L, "الزرقاء", []), (P, "زياد فلاح العضايلة", []),
  (P, "رامي النسور", []), (O, "محكمة التمييز", []), (O, "مديرية الأمن العام", []), (L, "إربد", []),
  (L, "العقبة", ["والعقبة"])]),
 "940_ar.txt": ("ar", ["IQ", "IR", "TR"], [
  (O, "وزارة الموارد المائية", ["الموارد المائية"]), (L, "ذي قار", []), (L, "ميسان", ["وميسان"]),
  (L, "البصرة", ["والبصرة"]), (L, "بغداد", []), (O, "واع", ["وكالة الأنباء العراقية", "لوكالة الأنباء العراقية"]),
  (P, "حيدر عبد الأمير الساعدي", ["الساعدي"]), (L, "دجلة", ["نهر دجلة"]), (L, "الفرات", ["والفرات"]),
  (L, "سد الموصل", []), (L, "بحيرة الثرثار", ["وبحيرة الثرثار"]), (L, "سد حديثة", ["وسد حديثة"]),
  (P, "عون ذياب عبد الله", []), (P, "عقيل كاظم الركابي", ["الركابي"]), (L, "هور الحمّار", []),
  (L, "الجبايش", ["وأهوار الجبايش", "قضاء الجبايش"]), (L, "الفهود", ["وناحية الفهود"]),
  (L, "الناصرية", ["مدينة الناصرية"]), (P, "حسين جبار السويعدي", []), (L, "قلعة صالح", ["قضاءي قلعة صالح"]),
  (L, "المجر الكبير", ["والمجر الكبير"]), (O, "مديرية ماء البصرة", []), (L, "شط العرب", []),
  (L, "أبو الخصيب", ["أبي الخصيب", "قضاء أبي الخصيب"]), (L, "قناة البدعة", []),
  (O, "منظمة الأغذية والزراعة للأمم المتحدة", ["فاو"]), (O, "وزارة الزراعة", [])]),
 "941_ar.txt": ("ar", ["EG", "TN"], [
  (P, "الهادي بن رمضان", ["بن رمضان"]), (L, "تونس", []), (O, "وات", []),
  (O, "وزارة الشؤون الثقافية", []), (L, "القيروان", ["بمدينة القيروان"]),
  (O, "المعهد الرشيدي للموسيقى التونسية", ["بالمعهد الرشيدي للموسيقى التونسية"]),
  (O, "الإذاعة التونسية", ["للإذاعة التونسية"]), (P, "علية", []), (P, "لطفي بوشناق", ["ولطفي بوشناق"]),
  (P, "صوفية صادق", ["وصوفية صادق"]), (O, "مهرجان قرطاج الدولي", []),
  (O, "مهرجان الحمامات الدولي", ["ومهرجان الحمامات الدولي"]), (O, "دار الأوبرا المصرية", []),
  (L, "القاهرة", ["بالقاهرة"]), (O, "معهد العالم العربي", ["ومعهد العالم العربي"]), (L, "باريس", ["بباريس"]),
  (O, "المعهد العالي للموسيقى بتونس", ["بالمعهد العالي للموسيقى بتونس"]), (P, "أنيس الكافي", []),
  (P, "أمينة الصرارفي", []),
  (O, "مركز الموسيقى العربية والمتوسطية", ["بمركز الموسيقى العربية والمتوسطية", "النجمة الزهراء"]),
  (L, "سيدي بوسعيد", ["بسيدي بوسعيد"]), (L, "مقبرة الجلاز", ["بمقبرة الجلاز"]),
  (L, "مدينة الثقافة الشاذلي القليبي", ["بمدينة الثقافة الشاذلي القليبي"])]),
 "942_en.txt": ("en", ["MY", "SG"], [
  (L, "Johor", []), (O, "Tebrau Link Logistics Bhd", ["Tebrau Link"]), (L, "Kuala Lumpur", ["KUALA LUMPUR"]),
  (O, "Bernama", []), (O, "Bursa Malaysia Securities Bhd", []), (L, "Pasir Gudang", []),
  (P, "Lim Kah Seng", ["Lim"]), (L, "Kulai", []), (L, "Sedenak", []), (L, "Iskandar Puteri", []),
  (L, "Port of Tanjung Pelepas", ["PTP"]), (L, "Johor Bahru", []), (O, "YTL Power International Bhd", []),
  (O, "ST Telemedia Global Data Centres", ["STT GDC"]), (O, "M&A Securities Sdn Bhd", []),
  (O, "MIDF Amanah Investment Bank Bhd", []), (P, "Nur Syazwani Hashim", ["Nur Syazwani"]),
  (L, "Johor-Singapore Special Economic Zone", ["JS-SEZ"]), (O, "Tenaga Nasional Bhd", ["TNB"]),
  (P, "Ahmad Fauzi Rahmat", []), (O, "Kah Seng Holdings Sdn Bhd", []),
  (O, "Securities Commission Malaysia", ["SC"])]),
 "943_en.txt": ("en", ["ES", "IN", "MA", "PL"], [
  (O, "Indian Super League", ["ISL"]), (P, "Yassine Berrada", ["Berrada", "Yassine"]),
  (O, "NorthEast United FC", ["NorthEast United", "NorthEast", "Highlanders"]),
  (O, "Kerala Blasters FC", ["Kerala Blasters", "Kerala"]), (L, "Guwahati", []), (O, "PTI", []),
  (L, "Indira Gandhi Athletic Stadium", []), (P, "Parthib Sonowal", ["Sonowal", "Parthib"]),
  (P, "Sreehari Nambiar", []), (P, "Lalthanmawia Hnamte", []), (P, "Abhijith Menon", []),
  (P, "Iker Gorrotxategi", []), (P, "Arjun Varghese", []), (P, "Dimitris Kalogeropoulos", []),
  (P, "Tomasz Sobieraj", []), (O, "Mohun Bagan Super Giant", []), (O, "FC Goa", []),
  (L, "Jawaharlal Nehru Stadium", []), (L, "Kochi", []), (L, "Kolkata", []), (O, "East Bengal FC", []),
  (O, "All India Football Federation", ["AIFF"])]),
 "944_en.txt": ("en", ["PH"], [
  (L, "Iloilo City", ["ILOILO CITY", "Iloilo"]), (O, "Rural Bank of Leganes", ["Rural Bank of Leganes Inc."]),
  (P, "Evelyn Sumagaysay-Catalan", []), (O, "Regional Trial Court", ["RTC"]),
  (P, "Ramon Villaruz Espinosa", ["Espinosa"]), (P, "Ma. Cristina Tupas-Delgado", ["Tupas-Delgado"]),
  (P, "Jose Antonio Gamboa Jr.", ["Gamboa"]), (O, "Philippine Deposit Insurance Corporation", ["PDIC"]),
  (L, "Leganes", []), (L, "Zarraga", []), (L, "Pototan", []), (L, "Iloilo Terminal Market", []),
  (O, "Bangko Sentral ng Pilipinas", ["BSP"]), (O, "Office of the Provincial Prosecutor", []),
  (O, "National Bureau of Investigation", ["NBI"]), (L, "Western Visayas", []),
  (O, "Criminal Investigation and Detection Group", ["CIDG"]), (L, "Bacolod City", []),
  (P, "Rommel Villanueva", []), (O, "Court of Appeals", []), (L, "Cebu City", []),
  (P, "Liza Marie Dimaculangan", []), (O, "PNA", [])]),
 "945_fr.txt": ("fr", ["DE"], [
  (L, "Dijon", []), AFP, (O, "conseil municipal de Dijon", []), (P, "Nathalie Koenders", ["Koenders"]),
  (O, "EDF", []), (P, "Thibault Garnier-Delorme", ["Garnier-Delorme"]),
  (L, "Grésilles", ["quartier des Grésilles"]), (L, "Fontaine d'Ouche", ["quartier de la Fontaine d'Ouche"]),
  (P, "Claire Vuillemin", ["Vuillemin"]), (O, "Les Républicains", ["LR"]),
  (O, "Chambre régionale des comptes Bourgogne-Franche-Comté", []), (O, "Rassemblement national", ["RN"]),
  (P, "Bruno Chaudron", []), (L, "Chenôve", []), (L, "Quetigny", []), (L, "Talant", []),
  (O, "Dijon Métropole", []), (O, "Keolis Dijon Mobilités", []), (L, "stade Gaston-Gérard", []),
  (O, "Dijon Football Côte-d'Or", ["DFCO"]), (L, "Mayence", []), (P, "Sophie Bernardin-Roux", []),
  (O, "SPLAAD", []), (L, "Mansart", ["quartier Mansart"])]),
 "946_fr.txt": ("fr", ["DZ", "MA", "ML"], [
  (O, "académie d'enseignement de Sikasso", ["académie de Sikasso"]), (L, "Bamako", []), (O, "AMAP", []),
  (O, "Centre national des examens et concours de l'éducation", ["CNECE"]), (P, "Siaka Dembélé", ["Dembélé"]),
  (P, "Amadou Sy Savané", ["Savané"]), (L, "Koulikoro", []), (L, "Dioïla", []), (L, "Kayes", []),
  (L, "Mopti", []), (L, "Tombouctou", []), (L, "Ménaka", []), (L, "Bourem", []), (P, "Kadiatou Coulibaly", []),
  (O, "lycée Ba Aminata Diallo", []), (L, "Koutiala", []),
  (O, "Agence marocaine de coopération internationale", ["AMCI"]),
  (O, "Université des sciences, des techniques et des technologies de Bamako", ["USTTB"]),
  (O, "Université des lettres et des sciences humaines de Bamako", ["ULSHB"]), (O, "Université de Ségou", [])]),
 "947_fr.txt": ("fr", ["CD", "CG"], [
  (P, "Jean-Pierre Tshibangu Ilunga", ["Papy Solo", "Tshibangu"]), (L, "Matonge", []), (L, "Kinshasa", []), AFP,
  (O, "Zaïko Langa Langa", []), (O, "Empire Bakuba", []), (O, "Cliniques universitaires de Kinshasa", []),
  (P, "Didier Kabeya Ntumba", []), (L, "Likasi", []), (L, "Haut-Katanga", ["province du Haut-Katanga"]),
  (L, "Kalamu", []), (L, "Kasa-Vubu", []), (L, "Lingwala", []), (P, "Pépé Kallé", []), (P, "Franco Luambo", []),
  (O, "TPOK Jazz", []), (L, "Olympia", []), (L, "Paris", []), (P, "Fally Ipupa", []),
  (P, "Yolande Elebe Ma Ndembo", []), (O, "Unesco", []), (P, "Félix Tshisekedi", []), (L, "Palais du peuple", []),
  (L, "Entre Terre et Ciel", ["nécropole Entre Terre et Ciel"]), (O, "Atelier Solo", [])]),
}


here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout53", G)
write_gold(here, "holdout53", "holdout53-gold.json", G)
