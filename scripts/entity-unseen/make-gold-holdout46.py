#!/usr/bin/env python3
"""Writes holdout46-gold.json for the articles in holdout46/ (same format and conventions as make-gold-holdout45.py,
and through it holdout41-44). PEOPLE-HEAVY wire news (appointments and resignations, cabinet reshuffles, court
verdicts naming defendants, judges, prosecutors and lawyers, sports results naming players and coaches, awards, an
obituary, business leadership changes), 6-16 people an article in every form the press uses (full name then surname
or given name alone, titles and ranks before names, initials, patronymics, Russian oblique cases, Kyrgyz uulu/kyzy,
Arabic names with ibn/bin/Abu/Al- and the clitics و ب ل, a genitive ذي, Vietnamese three- and four-syllable and
Ê Đê/Jrai names with 'ông/bà + last syllable', Chinese names and dotted transliterations, Malagasy names,
Portuguese/Italian compound surnames with da/dos/de/di/della/La/Lo/Li), as the agencies write them: 3 vi, 3 ru, 3 zh,
3 ar, 2 en, 2 fr, 1 pt, 1 it, with REAL well-known public figures, parties, ministries, agencies, companies and
bodies (spelled as each language's press spells them) mixed with invented minor people (every defendant, judge and
lawyer is invented) and real cities, provinces, districts, palaces, prisons, fields, mines and plants:
804 vi TTXVN 'Gia Lai, 4/12 (TTXVN) -' (Gia Lai appoints a health director and the first Jrai woman to head its
provincial hospital; Phạm Anh Tuấn, 'bà Rơ Châm H'Liên' / 'Bà H'Liên', Sở Y tế / Sở Nội vụ, Tỉnh ủy Gia Lai,
Nguyễn Tri Thức); 805 vi TTXVN **all in NFD** 'Cà Mau, 4/12 (TTXVN) -' (a shrimp-company director gets 18 years for
loan fraud; 'bị cáo Trâm/Sáu', Thẩm phán, Kiểm sát viên, Luật sư, Agribank's long name, Sacombank, phường Bạc Liêu);
806 vi TTXVN 'TP Hồ Chí Minh' (the 2026 Golden Ball awards; Nguyễn Xuân Son / 'Xuân Son', Kim Sang-sik, Phạm Hải Yến,
VFF, Báo Sài Gòn Giải Phóng, Thép Xanh Nam Định); 807 ru TASS 'КЫЗЫЛ' (Putin names Aidys Oorzhak acting head of Tuva
after Khovalyg resigns; Ооржака/Ооржаком/Ооржаку/А. С. Ооржак, Ховалыга/Ховалыгу, Тыва and Тувы, Серышев, Верховный
Хурал, Шойгу, Элегест - Кызыл - Курагино, Овюрский кожуун); 808 ru RIA Novosti 'ПЕНЗА' (an ex-health minister of the
Penza region gets 9 years for a bribe; Игорь Валерьевич Шепелёв with ё, Ивлевой-Стоцкой, a judge, a prosecutor, two
lawyers, ООО "Медтехника-Сура", a hospital 'имени Н. Н. Бурденко', СК, УФСБ, Мельниченко); 809 ru Interfax 'Бишкек.
4 декабря. INTERFAX.RU -' (Japarov replaces Kyrgyzstan's energy and economy ministers; Асанбек уулу, Бекмурат кызы,
Касымалиев, Кулубаев, Амангельдиева, Ырысбековым, Казарманский каскад ГЭС, ОАО "Чакан ГЭС"); 810 zh Xinhua '新华社多哈…
电（记者… …）' (WTT Finals: Wang Chuqin and Sun Yingsha win; 雨果·卡尔德拉诺, 特鲁斯·莫雷加德, 张本智和, 早田希娜, 王皓,
马琳, 王励勤, 卢赛尔体育馆); 811 zh Xinhua '新华社乌兰巴托…电' (Mongolia's parliament approves five ministers; dotted
Mongolian names, 赞丹沙塔尔, 呼日勒苏赫, 蒙古人民党, 民主党, 奥尤陶勒盖铜金矿, 嘎顺苏海图口岸, 中国驻蒙古国大使馆);
812 zh China News Service '中新社西宁…电 (记者 …)' (obituary of an invented academician of high-altitude medicine;
索南扎西, 欧阳靖雯, 罗伯特·艾伦·霍华德, 青藏铁路 and 青藏铁路公司, 甘肃天水, 玉树/果洛/格尔木); 813 ar Petra 'عمان 4
كانون الأول (بترا)-' (new ministers of Jafar Hassan's government sworn in; عبدالله الثاني ابن الحسين, الحسين بن عبدالله
الثاني, أبو رمان/وأبو دلبوح, الصفدي, الفراية, العرموطي, مخيم الزعتري, محافظة الطفيلة); 814 ar ONA 'مسقط في 4 ديسمبر
/العُمانية/' (the Sultan Qaboos Prize for Culture, Arts and Literature; 'ذو يزن بن هيثم' in the headline and 'ذي يزن بن
هيثم آل سعيد' in the body, المنجي بن عمار / ابن عمار, أبو الطيب, بن حمد الحجري, الريامي); 815 ar TAP 'تونس في 4 ديسمبر
/وات/ -' (an ex-director-general of STEG gets 12 years; للشركة التونسية للكهرباء والغاز, الستاغ with clitics, a judge,
two lawyers, القطب القضائي الاقتصادي والمالي, محطة رادس, دائرة المحاسبات); 816 en Reuters 'LUANDA, Dec 4 (Reuters) -'
with byline and reporting line (Sonangol's new CEO; 'Paixao' in the headline and 'Edson dos Reis Paixão', Gaspar
Martins, Lourenço, Azevedo, Azule Energy, BODIVA, Cabinda Gulf Oil Company); 817 en AP 'LUSAKA, Zambia (AP) —' with a
byline in capitals (an invented ex-lands minister jailed; a Principal Resident Magistrate, hyphenated surnames,
Hichilema, Lungu, Patriotic Front (PF), UPND, Anti-Corruption Commission); 818 fr AFP 'Antananarivo (AFP) -'
(Randrianirina reshuffles Madagascar's government; long Malagasy names, CAPSAT, HCC, Jirama, SADC, Gen Z Madagascar,
palais d'Iavoloha, place du 13-Mai); 819 fr AFP 'Östersund (Suède) (AFP) -' (biathlon: Perrot beats Fillon Maillet;
Dale-Skjevdal, Laegreid, Braisaz-Bouchet, Jeanmonnot, Fourcade, Burdet, FFS, IBU, Le Grand-Bornand); 820 pt Lusa
'Maputo, 04 dez 2026 (Lusa) -' (Chapo replaces the finance and health ministers; Carlos Alberto dos Santos Muianga,
Ana Paula da Conceição Sitoe, Maria Benvinda Levi, Nuvunga, Momade, Mondlane, Palácio da Ponta Vermelha, Mocímboa da
Praia); 821 it ANSA '(ANSA) - PALERMO, 4 DIC -' (a mafia extortion verdict; Maria Grazia Della Valle, Lo Cascio,
D'Agostino, Di Giovanni La Mantia, Dall'Acqua, Li Vigni, De Feudis, de Lucia, Lagalla, Dda, Addiopizzo).
Every name was checked with grep against the earlier sets' articles; first choices found there were replaced (Altai
krai and Томенко, Ибраев, ОАО "Электрические станции", 南戈壁省, 奥云额尔登 as a surname, الزعبي, الخصاونة, الطراونة,
Mwale, Mehta, Rakotomalala, Macuácua, De Santis, Huỳnh Tấn Lộc, Bạch Mai). Famous figures and big places recur as
allowed (Путин, Песков, Жапаров, Бишкек, Ош, Джалал-Абад, Нарын, 乌兰巴托, 多哈, 西宁, عمان, مسقط, تونس, صفاقس, قابس,
Luanda, Antananarivo, Maputo, Gia Lai, Cà Mau, Quy Nhơn, the agencies, OPEC, BP, TotalEnergies, Union africaine).
Written blind in session 26: no Swift source was read and no extractor run; its gold was fixed and committed before
any extractor ran on it.

Conventions as holdout41-45 (see make-gold-holdout44.py and make-gold-holdout45.py): titles and ranks (ông, bà, Thẩm
phán, Luật sư, HLV, врио, судья, адвокат, 主教练, 院士, 教授, جلالة الملك, سمو الأمير, صاحب السمو السيد, سعادة, الأستاذ,
القاضي, Principal Resident Magistrate, Governor, le colonel, le général, Mme, M., il pm, l'avvocata, il sindaco) are no
part of a name; portfolios in titles are no entities, but a ministry, department, council or court written as such
inside a title is an organization (Sở Y tế, Sở Nội vụ, Tỉnh ủy Gia Lai, Bộ Y tế, Совет безопасности РФ, 财政部 in
财政部副部长, وزارة الطاقة, Trésor in 'directrice générale du Trésor', ministère de l'Energie); governments and cabinets
(правительство, Кабинет министров, 省政府, الحكومة, le gouvernement), offices and administrations (Văn phòng Ủy ban
nhân dân tỉnh, администрация президента, пресс-служба, аппарат правительства), national teams (đội tuyển Việt Nam,
国乒, les Bleus), chambers of a court (الدائرة الجنائية المختصة …), projects (مشروع الناقل الوطني للمياه, the Afungi gas
project) and broad regions (Tây Nguyên, الصحراء) are no entities; a generic word before
a place is an alias (xã, phường, tỉnh, biển, реке, кожууна, محافظة, مخيم, ولاية, palais d', província de, península de, quartiere, carcere); courts, prosecutors (النيابة العمومية, Dda), investigators
(СК, УФСБ), clubs, federations, parties, movements, agencies, universities, hospitals, libraries and companies are
organizations; palaces, prisons, camps, mines, oil fields, border ports, plants, refineries, arenas and named railways
are places. A place named only inside an organization's name (Nam Định in Thép Xanh Nam Định, Chư Sê, Huế in Trường
Đại học Y Dược Huế, 北京 in 北京协和医学院) is not counted; a name
built from a person's (جائزة السلطان قابوس, مركز السلطان قابوس العالي, مكتبة السيد محمد بن أحمد
البوسعيدي, больница имени Н. Н. Бурденко, Thành phố Hồ Chí Minh) makes no person.
New here:
- a prize or award (Quả bóng vàng Việt Nam, جائزة السلطان قابوس للثقافة والفنون والآداب) is no entity, nor a
  competition or tournament (V.League, SEA Games 33, ASEAN Cup, WTT总决赛 (but WTT, the organizer, is one), 世锦赛,
  Coupe du monde), a judicial operation ("Vento di scirocco"), a book's title ("ملح الجريد") or a standard (青海标准);
- a person's given name used alone for them is an alias (Edson, Eric, Quentin, Lou), as surnames alone are; an
  Ê Đê/Jrai woman's 'H'Liên' after bà is the short form of Rơ Châm H'Liên;
- a theatre or opera house named as the venue of an event is a place (Nhà hát Thành phố Hồ Chí Minh, as holdout33's
  Nhà hát Sông Hương; دار الأوبرا السلطانية مسقط), though holdout24 and holdout34 read Théâtre royal de Namur and
  Malmö Opera as organizations;
- a mine, coal field, oil field or border port is a place and its generic word an alias, also after the name
  (奥尤陶勒盖铜金矿, 塔温陶勒盖煤矿, 嘎顺苏海图口岸, Agogo field); a refinery, power plant or forest reserve named by a
  town that the article names no other way is one place with the town (Cabinda refinery, محطة رادس لإنتاج الكهرباء,
  محطة الصخيرة, Chongwe forest reserve); a hydropower cascade is a place (Казарманский каскад ГЭС), the company
  named after a plant an organization (ОАО "Чакан ГЭС");
- 青藏铁路 is a place (a named railway) and 青藏铁路公司 an organization; 青藏高原 a place; 甘肃天水 two places;
- Тыва and Тува are one place ('Республики Тыва', 'Тувы'); a kozhuun is a place, a federal district too;
- Arabic: ibn and bin forms of one person are aliases (المنجي بن عمار, 'ابن عمار'); the genitive ذي of ذو is an alias of
  the nominative lemma (ذو يزن بن هيثم آل سعيد); a lam-clitic that swallows the article (للشركة) is listed as written;
  the dateline 'عمان' of Petra is Amman (JO), not Oman, while 'عُمان' in 814 is OM;
- 蒙古国国家大呼拉尔 is an organization with its short form 国家大呼拉尔; a university written after its country
  (美国科罗拉多大学) is the university and the country (as holdout45's 加州大学伯克利分校);
- 'следственное управление СК по Пензенской области' is one organization with the alias СК (as holdout42's 738); the
  Direzione distrettuale antimafia and Dda one; the Comune di Palermo an organization apart from Palermo.
Countries: every country named or described by an adjective or demonym, also inside a body's name (Ngân hàng Nông
nghiệp và Phát triển Nông thôn Việt Nam -> VN, Liên đoàn Bóng đá Việt Nam -> VN, Американский университет в
Центральной Азии -> US, 卡塔尔乒乓球协会 -> QA, الجامعة الأردنية -> JO, الشركة التونسية للكهرباء والغاز -> TN,
Gen Z Madagascar -> MG, Banco de Moçambique -> MZ, 'Единая Россия' -> RU) and the Chinese one-character forms (中蒙,
中方, 蒙方); 'A petrolífera francesa TotalEnergies' -> FR (the adjective is written), but a brand alone names none;
'Chinese-owned' -> CN; 'وثائق برتغالية' (Portuguese documents) -> PT; never a city's country (Lisbon in 816).
Judgement calls: 804 counts only KH (Campuchia): Vietnam is not written; 808 and 821 name no country; 'Ооржак' and
'Ховалыг' are used bare, so listed; the line 'Элегест - Кызыл - Курагино' is a place and Элегест and Курагино places
in their own right (holdout44); 'Chola Mwansa-Tembo' is the dictionary form of the capitals byline; 'Le Grand-Bornand'
the dictionary form of 'du Grand-Bornand'; Iavoloha and Ponta Vermelha (palaces) and place du 13-Mai are places;
'Union internationale de biathlon' (IBU) and 'Fédération française de ski' (FFS) are organizations; L'Equipe (the
channel) an organization; 'Savoyard' (a region's demonym) none."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
XINHUA = (O, "新华社", [])
AFP = (O, "AFP", [])
G = {
 "804_vi.txt": ("vi", ["KH"], [
  (L, "Gia Lai", ["tỉnh Gia Lai"]), TTXVN, (L, "Pleiku", ["phường Pleiku"]),
  (O, "Ủy ban nhân dân tỉnh Gia Lai", []), (P, "Phạm Anh Tuấn", ["Tuấn"]), (P, "Trịnh Quang Vĩnh Phúc", ["Phúc"]),
  (O, "Sở Y tế", []), (P, "Nguyễn Thị Hồng Hạnh", []), (P, "Rơ Châm H'Liên", ["H'Liên"]),
  (O, "Bệnh viện Đa khoa tỉnh Gia Lai", []), (L, "Ia Grai", ["xã Ia Grai"]), (O, "Trường Đại học Y Dược Huế", []),
  (O, "Trung tâm Y tế khu vực Chư Sê", []), (P, "Đinh Văn Mạnh Cường", []), (O, "Sở Nội vụ", []),
  (P, "Kpă Thuyên", []), (L, "Quảng Ngãi", ["tỉnh Quảng Ngãi"]), (L, "Quy Nhơn", ["biển Quy Nhơn"]),
  (O, "Bệnh viện Trung ương Huế", []), (O, "Bệnh viện Nhi Trung ương", []), (O, "Bộ Y tế", []),
  (P, "Nguyễn Tri Thức", []), (O, "Tỉnh ủy Gia Lai", []), (P, "Rah Lan Blong", [])]),
 "805_vi.txt": ("vi", ["JP", "KR", "VN"], [
  (L, "Cà Mau", ["tỉnh Cà Mau"]), TTXVN, (O, "Tòa án nhân dân tỉnh Cà Mau", []),
  (P, "Trương Thị Ngọc Trâm", ["Trâm"]), (O, "Công ty cổ phần Thủy sản Hải Đăng Phát", []),
  (P, "Lý Văn Sáu", ["Sáu"]), (P, "Dương Tấn Phước", []),
  (O, "Viện kiểm sát nhân dân tỉnh Cà Mau", ["Viện kiểm sát"]),
  (O, "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", []),
  (O, "Ngân hàng TMCP Sài Gòn Thương Tín", ["Sacombank"]), (L, "Tân Thuận", ["xã Tân Thuận"]),
  (L, "Bạc Liêu", ["phường Bạc Liêu"]), (P, "Huỳnh Kim Phượng", []), (P, "Tạ Minh Luân", []),
  (P, "Võ Thị Bích Ngân", []), (O, "Đoàn Luật sư Thành phố Hồ Chí Minh", []), (P, "Châu Hoàng Thiện Nhân", []),
  (O, "Cơ quan Cảnh sát điều tra Bộ Công an", [])]),
 "806_vi.txt": ("vi", ["TH", "VN"], [
  (P, "Nguyễn Xuân Son", ["Xuân Son"]), (P, "Kim Sang-sik", []),
  (L, "Thành phố Hồ Chí Minh", ["TP Hồ Chí Minh"]), TTXVN, (L, "Nhà hát Thành phố Hồ Chí Minh", []),
  (O, "Báo Sài Gòn Giải Phóng", []), (O, "Liên đoàn Bóng đá Việt Nam", ["VFF"]), (O, "Thép Xanh Nam Định", []),
  (P, "Nguyễn Hoàng Đức", []), (P, "Đỗ Duy Mạnh", []), (P, "Phạm Hải Yến", ["Hải Yến"]),
  (P, "Trần Thị Thùy Trang", []), (P, "Khổng Thị Hằng", []), (P, "Nguyễn Đình Bắc", []), (P, "Hồ Văn Ý", []),
  (P, "Trần Quốc Tuấn", []), (P, "Nguyễn Khắc Văn", []), (O, "Bộ Văn hóa, Thể thao và Du lịch", []),
  (P, "Hoàng Đạo Cương", []), (P, "Lê Huỳnh Đức", [])]),
 "807_ru.txt": ("ru", ["MN", "RU"], [
  (P, "Владимир Путин", ["Путин"]),
  (P, "Айдыс Ооржак", ["Айдыса Ооржака", "Ооржаком", "А. С. Ооржак", "Ооржаку", "Ооржак"]),
  (P, "Владислав Ховалыг", ["Ховалыга", "Владислава Ховалыга", "Ховалыгу", "Ховалыг"]),
  (L, "Республика Тыва", ["Республики Тыва", "Тувы"]), (L, "Кызыл", ["КЫЗЫЛ", "Кызыла"]), (O, "ТАСС", []),
  (P, "Дмитрий Песков", ["Песков"]), (O, "Кремль", ["Кремле"]),
  (L, "Элегест - Кызыл - Курагино", ["железной дороги Элегест - Кызыл - Курагино"]), (L, "Элегест", []),
  (L, "Курагино", []), (O, "Совет Федерации", []), (P, "Анатолий Серышев", ["Серышев"]),
  (L, "Сибирский федеральный округ", ["Сибирском федеральном округе"]),
  (O, "Верховный Хурал", ["Верховного Хурала"]), (P, "Чечек Донгак", []),
  (L, "Красноярский край", ["Красноярском крае"]), (L, "Хакасия", ["Хакасии"]),
  (P, "Сергей Шойгу", []), (O, "Совет безопасности РФ", ["Совета безопасности РФ"]),
  (P, "Евгения Лапшина-Гордеева", []), (L, "Овюрский кожуун", ["Овюрского кожууна"]),
  (O, "Тувинский государственный университет", []), (O, "Единая Россия", ["\"Единая Россия\""])]),
 "808_ru.txt": ("ru", [], [
  (L, "Пензенская область", ["Пензенской области"]), (L, "Пенза", ["ПЕНЗА", "Пензы", "Пензе"]),
  (O, "РИА Новости", []), (O, "Ленинский районный суд Пензы", []),
  (P, "Игорь Шепелёв", ["Игоря Шепелёва", "Игорь Валерьевич Шепелёв", "Шепелёва"]),
  (O, "Медтехника-Сура", ["ООО \"Медтехника-Сура\""]),
  (O, "областная клиническая больница имени Н. Н. Бурденко", ["областной клинической больницы имени Н. Н. Бурденко"]),
  (P, "Маргарита Ивлева-Стоцкая", ["Ивлевой-Стоцкой"]), (P, "Руслан Газизов", ["Газизов"]),
  (P, "Ольга Бартенева", []), (P, "Денис Кочетков", []), (P, "Тимур Абдрахманов", []),
  (O, "Первый кассационный суд", ["Первом кассационном суде"]), (P, "Антонина Сорокоумова", []),
  (O, "следственное управление СК по Пензенской области", ["СК"]), (O, "УФСБ", []),
  (P, "Олег Мельниченко", []), (L, "Кузнецк", ["Кузнецке"])]),
 "809_ru.txt": ("ru", ["KG", "KZ", "US", "UZ"], [
  (L, "Бишкек", []), (O, "Интерфакс", ["INTERFAX.RU", "Интерфаксу"]), (P, "Садыр Жапаров", ["Жапаров"]),
  (P, "Нурлан Асанбек уулу", ["Асанбек уулу"]), (O, "Чакан ГЭС", ["ОАО \"Чакан ГЭС\""]), (P, "Эрлан Мамытов", []),
  (P, "Айгуль Бекмурат кызы", []), (O, "Национальный банк Киргизии", ["Национального банка Киргизии"]),
  (P, "Данияр Амангельдиев", ["Данияра Амангельдиева"]),
  (O, "Евразийская экономическая комиссия", ["Евразийской экономической комиссии"]), (L, "Москва", ["Москве"]),
  (P, "Адылбек Касымалиев", []), (L, "Казарманский каскад ГЭС", ["Казарманского каскада ГЭС"]),
  (L, "Нарын", ["реке Нарын"]), (P, "Жээнбек Кулубаев", []), (P, "Алмаз Бакетаев", []),
  (P, "Кубанычбек Турдалиев", []),
  (O, "Американский университет в Центральной Азии", ["Американского университета в Центральной Азии"]),
  (L, "Ош", ["Оше"]), (L, "Джалал-Абад", ["Джалал-Абаде"]),
  (O, "Национальная энергетическая холдинговая компания", ["Национальной энергетической холдинговой компании"]),
  (P, "Улукбек Ырысбеков", ["Улукбеком Ырысбековым"])]),
 "810_zh.txt": ("zh", ["BR", "CN", "JP", "QA", "SE"], [
  (P, "王楚钦", []), (P, "孙颖莎", []), (O, "世界乒乓球职业大联盟", ["WTT"]), XINHUA, (L, "多哈", []),
  (P, "梁思齐", []), (P, "谭雪菲", []), (L, "卢赛尔体育馆", []), (P, "雨果·卡尔德拉诺", ["卡尔德拉诺"]),
  (P, "王曼昱", []), (P, "特鲁斯·莫雷加德", []), (P, "张本智和", []), (P, "林诗栋", []), (P, "王皓", []),
  (P, "早田希娜", []), (P, "蒯曼", []), (P, "马琳", []), (O, "中国乒乓球协会", []), (P, "王励勤", []),
  (O, "国际乒联", []), (P, "佩特拉·索林", []), (O, "卡塔尔乒乓球协会", []), (P, "哈利勒·穆罕默德·马哈茂德", [])]),
 "811_zh.txt": ("zh", ["CN", "MN"], [
  (O, "蒙古国国家大呼拉尔", ["国家大呼拉尔"]), XINHUA, (L, "乌兰巴托", ["乌兰巴托市"]), (P, "其木格", []),
  (P, "韩立峰", []), (P, "贡布扎布·赞丹沙塔尔", ["赞丹沙塔尔"]), (O, "财政部", []),
  (P, "巴特图拉嘎·敖云其其格", ["敖云其其格"]), (L, "东戈壁省", []), (P, "敖其尔巴特·巴雅尔赛罕", []),
  (P, "策仁道尔吉·额尔登朝鲁", []), (O, "蒙古人民党", []), (P, "达希泽格维·孟赫巴特", []),
  (L, "奥尤陶勒盖", ["奥尤陶勒盖铜金矿"]), (L, "塔温陶勒盖", ["塔温陶勒盖煤矿"]),
  (L, "嘎顺苏海图", ["嘎顺苏海图口岸"]), (O, "民主党", []), (P, "朝克巴特·图门巴雅尔", []),
  (P, "乌赫那·呼日勒苏赫", []), (O, "蒙通社", []), (O, "蒙古银行", []), (P, "额尔德尼·巴雅尔都沁", []),
  (O, "中国驻蒙古国大使馆", [])]),
 "812_zh.txt": ("zh", ["CN", "NP", "US"], [
  (P, "祁承泽", []), (L, "西宁", []), (O, "中新社", []), (P, "马晓岚", []), (O, "青海大学", []),
  (O, "中国工程院", []), (L, "甘肃", []), (L, "天水", []), (O, "四川医学院", []), (L, "青海", []),
  (L, "青藏高原", []), (O, "青海省人民医院", []), (P, "索南扎西", []), (L, "玉树", []), (L, "果洛", []),
  (L, "格尔木", []), (L, "青藏铁路", []), (P, "欧阳靖雯", []), (O, "北京协和医学院", []), (O, "青藏铁路公司", []),
  (P, "黄克俭", []), (O, "科罗拉多大学", []), (P, "罗伯特·艾伦·霍华德", []), (O, "尼泊尔山地医学学会", []),
  (O, "国际高原医学学会", []), (O, "青海省委", []), (O, "中国医学科学院", [])]),
 "813_ar.txt": ("ar", ["JO"], [
  (L, "عمان", []), (O, "بترا", []), (P, "جعفر حسان", ["حسان"]), (P, "عبدالله الثاني ابن الحسين", []),
  (L, "قصر الحسينية", []), (P, "الحسين بن عبدالله الثاني", []), (P, "عمر أبو رمان", ["أبو رمان"]),
  (P, "عزمي محافظة", []), (P, "لينا العبادي", ["العبادي"]), (P, "نضال أبو دلبوح", ["وأبو دلبوح"]),
  (P, "خلدون السرحان", []), (O, "وزارة الصناعة والتجارة والتموين", []), (P, "أيمن الصفدي", []),
  (P, "مازن الفراية", []), (P, "وفاء بني مصطفى", []), (P, "رزان أبو هلالة", []),
  (O, "الجامعة الأردنية", ["بالجامعة الأردنية"]), (O, "برنامج الأغذية العالمي", []),
  (L, "الزعتري", ["مخيم الزعتري"]), (L, "خليج العقبة", []),
  (O, "حزب جبهة العمل الإسلامي", []), (O, "مجلس النواب", []), (P, "صالح العرموطي", []),
  (O, "جامعة اليرموك", []), (P, "إياد الشرفات", []), (L, "الطفيلة", ["محافظة الطفيلة"]),
  (O, "وزارة الطاقة", [])]),
 "814_ar.txt": ("ar", ["EG", "IQ", "LY", "OM", "PT", "TN"], [
  (L, "مسقط", []), (O, "العُمانية", ["وكالة الأنباء العُمانية", "لوكالة الأنباء العُمانية"]),
  (L, "دار الأوبرا السلطانية مسقط", ["بدار الأوبرا السلطانية مسقط"]),
  (P, "ذو يزن بن هيثم آل سعيد", ["ذو يزن بن هيثم", "ذي يزن بن هيثم آل سعيد"]),
  (P, "المنجي بن عمار", ["ابن عمار"]), (P, "حيدر أبو الطيب", ["أبو الطيب"]),
  (P, "سالم بن حمد الحجري", ["الحجري"]), (L, "قلهات", []), (L, "مرباط", ["ومرباط"]),
  (P, "حبيب بن محمد الريامي", []), (O, "مركز السلطان قابوس العالي للثقافة والعلوم", []),
  (P, "مصطفى أبو شادي", []), (O, "معهد الفنون الجميلة", []), (L, "بغداد", []), (O, "الأرشيف الوطني", []),
  (L, "لشبونة", []), (O, "مكتبة السيد محمد بن أحمد البوسعيدي", []), (L, "السيب", ["ولاية السيب"])]),
 "815_ar.txt": ("ar", ["TN"], [
  (L, "تونس", []), (O, "وات", []), (O, "المحكمة الابتدائية بتونس", ["بالمحكمة الابتدائية بتونس"]),
  (O, "الشركة التونسية للكهرباء والغاز", ["للشركة التونسية للكهرباء والغاز", "الستاغ", "للستاغ", "بالستاغ"]),
  (P, "منصف الورتاني", ["الورتاني"]), (P, "ياسين بوعزيز", ["بوعزيز"]), (O, "ميد باور للأشغال", []),
  (P, "سلمى الدريدي", []), (P, "نزار بن حسين", []), (O, "القطب القضائي الاقتصادي والمالي", []),
  (L, "رادس", ["محطة رادس", "محطة رادس لإنتاج الكهرباء"]), (L, "الصخيرة", ["محطة الصخيرة"]),
  (O, "دائرة المحاسبات", []), (P, "رياض العكرمي", []), (O, "النيابة العمومية", []), (P, "كمال بوخريص", []),
  (P, "ريم القلالي", []), (L, "صفاقس", []), (L, "قابس", ["وقابس"])]),
 "816_en.txt": ("en", ["AO"], [
  (O, "Sonangol", []), (P, "Edson dos Reis Paixão", ["Paixao", "Paixão", "Edson"]),
  (P, "Sebastião Gaspar Martins", ["Gaspar Martins"]), (P, "Nelson Kiala", []), (L, "Luanda", ["LUANDA"]),
  (O, "Reuters", []), (P, "João Lourenço", []), (O, "Colorado School of Mines", []), (O, "Chevron", []),
  (O, "Cabinda Gulf Oil Company", []), (O, "BODIVA", []), (P, "Diamantino Azevedo", ["Azevedo"]),
  (O, "OPEC", []), (P, "Olivier Castelnau-Roux", []), (O, "TotalEnergies", []), (O, "Azule Energy", []),
  (O, "BP", []), (O, "Eni", []), (L, "Agogo", ["Agogo field"]), (P, "Joana Tchipilica", []),
  (O, "Kubata Capital", []), (L, "Cabinda", ["Cabinda refinery"]), (P, "Tânia Mbembua", []), (L, "Lisbon", []),
  (P, "Hugh Lawson-Ward", [])]),
 "817_en.txt": ("en", ["CN", "ZM"], [
  (P, "Chola Mwansa-Tembo", ["CHOLA MWANSA-TEMBO"]), (O, "AP", ["Associated Press"]), (L, "Lusaka", ["LUSAKA"]),
  (P, "Bwalya Nkonde Kasonde", ["Kasonde"]), (P, "Gertrude Chawatama-Siame", []),
  (L, "Chongwe", ["Chongwe forest reserve"]), (P, "Edgar Lungu", ["Lungu"]), (P, "Rajesh Kothari-Banda", []),
  (P, "Esther Mumba", []), (O, "Anti-Corruption Commission", []), (P, "Zumbe Hamoonga", []),
  (P, "Sakwiba Mundia", []), (O, "High Court", []), (O, "Ministry of Lands", []),
  (O, "Lusaka Magistrates' Court", []), (O, "Patriotic Front", ["PF"]), (P, "Hakainde Hichilema", ["Hichilema"]),
  (P, "Chileshe Kabwita", []), (O, "United Party for National Development", ["UPND"]),
  (P, "Annie Sichinga-Banda", []), (O, "Citizens for Clean Land", [])]),
 "818_fr.txt": ("fr", ["MG"], [
  (P, "Michael Randrianirina", ["Randrianirina"]), (L, "Antananarivo", []), AFP, (P, "Andry Rajoelina", []),
  (P, "Herintsalama Rajaonarivelo", []), (L, "Iavoloha", ["palais d'Iavoloha"]),
  (P, "Tsiresy Andrianjafy Randriambololona", []), (P, "Nirina Rabemananjara", []),
  (P, "Hanitra Volatiana Razafimahefa", []), (O, "Trésor", []), (O, "ministère de l'Energie", []),
  (P, "Fanomezantsoa Rabenandrasana", []), (O, "Jirama", []), (O, "CAPSAT", []),
  (O, "Haute Cour constitutionnelle", ["HCC"]), (O, "Union africaine", []),
  (O, "Communauté de développement d'Afrique australe", ["SADC"]), (O, "Gen Z Madagascar", []),
  (L, "place du 13-Mai", []), (P, "Fitiavana Rasoamanana", []), (P, "Lalatiana Andriamasinoro", []),
  (O, "université d'Antananarivo", []), (L, "Antsiranana", [])]),
 "819_fr.txt": ("fr", ["DE", "FR", "IT", "NO", "SE"], [
  (P, "Eric Perrot", ["Perrot", "Eric"]), (P, "Quentin Fillon Maillet", ["Fillon Maillet", "Quentin"]),
  (L, "Östersund", []), AFP, (P, "Johannes Dale-Skjevdal", []), (P, "Tommaso Giacomel", []),
  (P, "Sturla Holm Laegreid", []), (O, "L'Equipe", []), (P, "Emilien Jacquelin", []), (P, "Fabien Claude", []),
  (P, "Simon Fourcade", []), (P, "Franziska Preuss", []), (P, "Lou Jeanmonnot", ["Jeanmonnot", "Lou"]),
  (P, "Julia Simon", []), (P, "Justine Braisaz-Bouchet", []), (L, "Hochfilzen", []), (P, "Cyril Burdet", []),
  (O, "Fédération française de ski", ["FFS"]), (O, "Union internationale de biathlon", ["IBU"]),
  (L, "Le Grand-Bornand", ["Grand-Bornand"]), (L, "Haute-Savoie", [])]),
 "820_pt.txt": ("pt", ["FR", "MZ"], [
  (P, "Daniel Chapo", ["Chapo"]), (L, "Maputo", []), (O, "Lusa", []),
  (P, "Carlos Alberto dos Santos Muianga", ["Muianga"]), (P, "Ana Paula da Conceição Sitoe", ["Sitoe"]),
  (O, "Presidência da República", []), (O, "Banco de Moçambique", []), (P, "Fernando Jorge de Sousa Matavele", []),
  (O, "Hospital Central de Maputo", []), (P, "Armindo Tomás dos Reis Nhaca", []),
  (L, "Ponta Vermelha", ["Palácio da Ponta Vermelha"]), (P, "Eusébio Lambo da Silva", []),
  (L, "Cabo Delgado", ["província de Cabo Delgado"]), (L, "Macomia", []), (L, "Mocímboa da Praia", []),
  (P, "Maria Benvinda Levi", []), (O, "Centro para Democracia e Direitos Humanos", ["CDD"]),
  (P, "Adriano Nuvunga", []), (O, "Renamo", []), (P, "Ossufo Momade", []), (P, "Venâncio Mondlane", []),
  (O, "Frelimo", []), (P, "Ludmila Maguni dos Anjos", []), (O, "TotalEnergies", []),
  (L, "Afungi", ["península de Afungi"])]),
 "821_it.txt": ("it", [], [
  (O, "Corte d'Assise di Palermo", []), (L, "Palermo", ["PALERMO"]), (O, "ANSA", []),
  (P, "Maria Grazia Della Valle", []), (L, "Brancaccio", ["quartiere Brancaccio"]), (L, "Bagheria", []),
  (P, "Gaetano Lo Cascio", ["Lo Cascio"]), (O, "Direzione distrettuale antimafia", ["Dda"]),
  (P, "Salvatore D'Agostino", []), (P, "Rosario Di Giovanni La Mantia", []), (L, "Villabate", []),
  (P, "Francesco Paolo Sciortino", []), (P, "Antonella La Rosa", []), (P, "Francesca Dall'Acqua", []),
  (P, "Vincenzo Li Vigni", []), (O, "Addiopizzo", []), (O, "Comune di Palermo", []), (P, "Roberto Lagalla", []),
  (P, "Maurizio de Lucia", []), (O, "Arma dei Carabinieri", []), (P, "Giovanni Battista De Feudis", []),
  (L, "Pagliarelli", ["carcere Pagliarelli"])]),
}


here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout46", G)
write_gold(here, "holdout46", "holdout46-gold.json", G)
