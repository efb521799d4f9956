#!/usr/bin/env python3
"""Writes holdout65-gold.json for the articles in holdout65/ (same format and conventions as make-gold-holdout64.py and,
through it, holdout60-63). A SENTINEL set (never fitted), written blind in session 41 (no Swift source read, no
extractor run; the articles and then the gold were committed before any extractor ran on them): ordinary domestic news
as each country's own media write it, on topics the earlier sets hardly cover (an abalone poaching fine, a city water
shutdown, a fishing harbour's new berth, a social-housing fraud verdict, a sardinella shortage at a fishing quay, a
museum wing reopened, a fishing port's landings, a housing-fraud verdict, a museum reopened, a bid-rigging trial, a
tourism season, saline water at a water plant, an embezzlement verdict, a fishing port's cod landings, a chess
championship, a museum gallery reopened, a police fraud case at tourist sites, a pollution verdict), in plain wire
format; REAL public figures, bodies and places mixed with invented minor people and small firms; a few foreign places
and countries in most articles: 3 en, 3 fr, 3 ar, 3 vi, 3 ru, 3 zh:
1160 en AAP 'HOBART, Dec 10 AAP -' (Tasmania: 'Bradley J. Tennick' / Tennick, 'Magistrate Rosalind Ferrier' / 'Ms
Ferrier', Hobart Magistrates Court, a law (none), Tasmania Police, a department ending in 'Tasmania', Dennes Point,
'Tasmanian Abalone Council' / 'Abalone Council', 'Southern Reef Traders Pty Ltd', Dover and Southport (towns named like
English ones), Singapore (a country) and Shanghai); 1161 en PTI 'NAGPUR, Dec 10 (PTI)' (NMC in parentheses, 'the Kanhan
river', Nagpur neighbourhoods ending in Nagar, an executive engineer with '(water works)' before her name, Orange City
Water Ltd, BJP spelled out, Maharashtra Jeevan Pradhikaran, 'Pench reservoir', 'the Gorewada plant', Tel Aviv, Israel's
Mekorot); 1162 en byline 'By Kirsty Menmuir' (Fraserburgh Harbour Commissioners, 'Fergus T. Noble' / 'Mr Noble', Marine
Fund Scotland, a trawler's name (none), Peterhead, Lerwick, Shetland, 'the Broch' (Fraserburgh's local name), Scottish
White Fish Producers' Association, the European Union, roads A90/A98, Mintlaw, 'A Dutch dredging firm, Van Oord');
1163 fr Belga 'CHARLEROI (Belga) -' (tribunal correctionnel du Hainaut, 'M. Deltenre', Toit Carolo, Montignies-sur-Sambre,
'au Luxembourg' (the country), Lille, SWL in parentheses, Wallonie, 'Me Olivier Baudouin', cour d'appel de Mons, 'Thomas
Dermine (PS)', Marchienne-au-Pont, Gilly); 1164 fr APS 'Joal-Fadiouth, 10 déc (APS) -' (Joal-Fadiouth / Joal, Petite-Côte,
Senegalese names with two family names ('le capitaine Ousmane Badji Thiaw'), DPM and CLPA in parentheses, a women's
group "Book Jom", Guinée, Mali, Burkina Faso, Mauritanie, îles Canaries, a minister after her portfolio); 1165 fr ATS
'Fribourg (ATS) -' (MAHF, l'Etat de Fribourg (none), Loterie Romande, a late-Gothic sculptor, Givisiez, KIK-IRPA in
parentheses, Université de Berne (Berne only inside it), Musée de Cluny, Bayerisches Nationalmuseum, Gruyères, Morat);
1166 ar MAP 'الحسيمة - ومع' (ميناء الحسيمة beside الحسيمة, 'السيد عبد الحق بن الطيب الورياغلي', كتابة الدولة …,
'طنجة والناظور وفاس', 'محمد أبو زيد التمسماني', الفاو in parentheses, خليج الحسيمة, 'بمنطقة كلايريس', الاتحاد الأوروبي,
للمغرب); 1167 ar APS 'وهران - واج' (محكمة الجنح بالسانية, 'ببلدية مسرغين', a company in quotes, "عدل" the agency's
acronym in quotes, 'المحامي يوسف بن علي قادري', 'ميناء مستغانم', 'عبد الكريم بوعلام حمادوش', بئر الجير, عين الترك, سطيف
وعنابة); 1168 ar SANA 'اللاذقية-سانا' (متحف اللاذقية الوطني, 'الدكتورة رنا عبد الله الخوري' / الخوري, أوغاريت, رأس
شمرا, تل سيانو, جبلة, جامعة تشرين, a Syrian-French mission, المعهد الفرنسي للشرق الأدنى, 'غياث أبو شقرا', المتحف الوطني
بدمشق, 'محافظ اللاذقية عمار بن حسن الشيخ', سفارة إيطاليا, خان الدخان, لبنان والأردن); 1169 vi TTXVN 'Phú Thọ, 10/12
(TTXVN) -' (a bid-rigging trial: Tòa án / Viện kiểm sát nhân dân tỉnh Phú Thọ, a project board named after a district
(Tam Nông only inside it) and its short form, 'bị cáo' before three names, a company and its short form, sông Thao,
thị trấn Hưng Hóa, Thâm Quyến (Trung Quốc), Nhật Bản, xã Hiền Lương, thành phố Việt Trì); 1170 vi TTXVN 'Tuyên Quang,
10/12 (TTXVN) -' (the merged province's Đồng Văn plateau, a road named by its ends, Lũng Cú, Sủng Là, Mèo Vạc, đèo Mã Pì
Lèng, Hmong names ('Thượng tá Vàng Seo Pháng', 'Ông Giàng Mí Chá'), thôn Lô Lô Chải, a small tour firm, 'Anh Thomas
Verhoeven, du khách người Bỉ', Pháp, Israel, Hàn Quốc, Australia); 1171 vi TTXVN 'Vĩnh Long, 10/12 (TTXVN) -' (a water
company named after a river that is named, a plant named after a commune spelled like the Vietnamese for Shandong (Sơn
Đông), phường/xã names, sông Mê Công, Lào and Trung Quốc, cống đập Ba Lai, nhà máy nước Chợ Lách, ADB in parentheses,
'bà Trâm'); 1172 ru TASS 'БРЯНСК, 10 декабря. /ТАСС/.' (a district court named 'Советский', 'Геннадия Аркадьевича
Клыкова' / 'Клыков', "Брянсктеплосервис" and 'в "Брянсктеплосервисе"', ООО "Деснаремстрой", 'Инна Валерьевна Тарасенкова'
/ 'Тарасенковой', Минске, Сочи, СК России, 'адвоката Марка Шевелёва', Калуги, 'в Бежицком районе', Белоруссии, Клинцах);
1173 ru RIA 'МУРМАНСК, 10 декабря - РИА Новости.' (Мурманский морской рыбный порт in the prepositional, a patronymic,
Баренцевом море, "Норебо", Мурманского тралового флота, Росрыболовство, 'российско-норвежская', a trawler's name (none),
'Рустем Ганиевич Мингазов', Шпицбергену, 'Губернатор Мурманской области Андрей Чибис', Кольском заливе, Забайкальск);
1174 ru a regional agency 'ИЖЕВСК, 10 декабря - ИА "Удмуртия".' (a chess club "Белая ладья", 'Тимофей Лекомцев' in four
cases, Чебоксарах, 'гроссмейстера Рамиля Фаритовича Нуриахметова из Уфы', 'международного мастера Дарью Чиркову из
Саратова', a coach with a patronymic, Самаре, УдГУ in parentheses, 'Министр спорта республики', Батуми (Грузия),
Федерации шахмат России); 1175 zh Xinhua '新华社太原12月10日电（记者 郭晓峰）' (山西博物院 and its 院长, an exhibition's title
(none), 曲沃县羊舌墓地, 晋侯墓地, two borrowed-from museums, 太原理工大学 and a 副教授, 日本、韩国和法国, 法国里昂, a French
tourist with a dotted name, 山西省文物局副局长, 平遥古城, 大同云冈石窟, 太原至平遥, 读懂山西); 1176 zh China News
Service '中新网开封12月10日电（记者 李梦瑶）' (开封市公安局 and its 龙亭分局, a squad leader's long title, 北京、湖北、安徽,
清明上河园, 万岁山武侠城, 郑州市金水区, 江苏徐州, 开封市文化广电和旅游局, 马来西亚、泰国和澳大利亚, 河南大学旅游管理学院);
1177 zh Xinhua '新华社长春12月10日电（记者 孙雪梅）' (长春市中级人民法院, 吉林省鑫源化工有限公司 / 鑫源化工, 原总经理韦立国,
伊通河, 农安县, 饮马河, 松花江, 吉林省生态环境厅, 长春市人民检察院, 吉林大学环境与资源学院, 德国, 俄罗斯和韩国, a villager,
长春市生态环境局).
Every invented minor name and small firm was checked with grep against all earlier sets (articles and gold), the
seeds' gold and the entities resources; replaced after that check: Ndiaye Sarr (holdout10), Chappuis (holdout20/31),
شريفي (holdout47/51), Хайруллин and Сабирзянов (holdout36). Recurring as allowed: real public figures and bodies
(Thomas Dermine, Fatou Diouf, Андрей Чибис, Tasmania Police, Bharatiya Janata Party, Mekorot, Van Oord, Норебо,
Росрыболовство, 山西博物院 …), the agencies, capitals, provinces and cities; given names alone (Rosalind, 克莱尔) recur.

Conventions as holdout64 (titles, ranks and honorifics no part of a name: Magistrate, Ms, Prosecutor, Defence lawyer,
chief executive, municipal commissioner, executive engineer (water works), Former corporator, Mr, councillor, M., Me,
Mme, le capitaine, la directrice, la restauratrice, le conseiller d'Etat, le bourgmestre, السيد, المحامي, الدكتورة,
الباحث في الآثار, محافظ اللاذقية, bị cáo, Luật sư, Bà, Ông, Anh, Thượng tá, Trưởng phòng …, Phó Chủ tịch Ủy ban nhân
dân tỉnh, генеральный директор порта, адвокат, Губернатор Мурманской области, гроссмейстер, международный мастер,
Министр спорта республики, 院长, 副教授, 副局长, 大队长, 教授, 原总经理, 村民, 记者); a surname, a Vietnamese given name or a
Russian surname in a case alone an alias; every surface form an alias, Russian cases and Arabic clitic forms included;
countries as ISO codes, never entities (Scotland's bodies name GB, as Wales in holdout60 and Northern Ireland in
holdout64; adjectives and nisbas name their country: Dutch NL, belge BE, người Bỉ BE, السورية SY, الفرنسية / الفرنسي FR,
российско-норвежская RU and NO); a generic word before or after a place an alias (Kanhan river, Pench reservoir, îles
Canaries, بلدية, منطقة, sông, thị trấn, xã, thành phố, cao nguyên đá, đèo, thôn, phường); a place only inside an
organization's name not counted (Maharashtra, Aberdeenshire, Hainaut, Mons, Berne, السانية, Tam Nông, 山西省 in
山西省文物局, 吉林省, 河南); a facility named like a place not otherwise named is that place's alias (the Gorewada plant ->
Gorewada, ميناء مستغانم -> مستغانم, Nhà máy nước Sơn Đông -> Sơn Đông, cống đập Ba Lai -> Ba Lai, nhà máy nước Chợ Lách
-> Chợ Lách), while one named like a place that is named is a place apart (ميناء الحسيمة beside الحسيمة); a road named by
its ends is a place and so is each end (Tuyên Quang - Hà Giang); laws, exhibitions, ships, competitions and governments
none (Living Marine Resources Management Act, Ocean Harvest II, "Кильдин", "晋国霸业", чемпионат России, l'Etat de
Fribourg); a university's college written with its university in one name one organization (河南大学旅游管理学院,
吉林大学环境与资源学院); a police branch named with its parent (龙亭分局 after 该局) an organization of its own; legal
forms outside an English or Russian canonical (Southern Reef Traders, Orange City Water, Деснаремстрой) but inside a
Vietnamese or Chinese one. New here:
- an agency named by its acronym in the dateline and in full in the text is one organization (ومع / وكالة المغرب العربي
  للأنباء), as وطنية in holdout64; MA is counted from 'للمغرب' (the agency's name says the Maghreb, not Morocco);
- an acronym written only in quotes after the body's full name is its alias ("عدل");
- a foreign embassy is an organization and names its country (سفارة إيطاليا, IT); an archaeological mission named by
  two nisbas is an organization and names both countries;
- a region in a governor's title is a place (Мурманская область), as 'Глава Буинского муниципального района' in holdout64;
- ancient sites, cemeteries, caravanserais, a theme park and a plateau are places (أوغاريت, رأس شمرا, تل سيانو, خان الدخان,
  羊舌墓地, 晋侯墓地, 平遥古城, 云冈石窟, 清明上河园, 万岁山武侠城, Đồng Văn); a town and its walled old town two places
  (平遥 / 平遥古城); a historical state in an exhibition's title none (晋国).
Countries: CN, JP, SG (1160: Australia is not written); IL, SG (1161); GB, NL, NO (1162); BE, LU (1163); BF, GN, ML, MR,
SN (1164); CH (1165); ES, MA, PT (1166); UA (1167: Algeria not written); FR, IT, JO, LB, SY (1168); CN, JP (1169); AU,
BE, FR, IL, KR (1170); CN, LA (1171); BY, CN, RU (1172); CN, NO, RU (1173); GE, RU (1174); FR, JP, KR (1175: 山西 and the
rest no CN); AU, MY, TH (1176); DE, KR, RU (1177).
Judgement calls: 'the Broch' is Fraserburgh (its local name, said so in the text); the South Harbour is a place (part of
the port); 'the Abalone Council' is the Tasmanian Abalone Council; 'division Charleroi' is no organization of its own;
'Toit Carolo' and 'Book Jom' are organizations; 'la Petite-Côte' a region (a place); 'Joal' alone is Joal-Fadiouth;
'l'Union locale des mareyeurs de Joal' and 'le Conseil local de pêche artisanale de Joal (CLPA)' organizations (Joal is
named apart); 'Ban Quản lý dự án' alone the project board; 'Hội đồng xét xử', 'Nhà nước', 'Sở' alone, 'châu Á' none;
'lực lượng cảnh sát giao thông' none, 'Công an tỉnh Tuyên Quang' the organization (the rest of the title before it is a
title); 'Бежицкий район' a place (a city district); 'окружной чемпионат' names no place; the competition 'юношеский
чемпионат мира' none; 'ИА "Удмуртия"' is the agency (the republic is never named on its own); 'Мурманского тралового
флота' the company; '龙亭分局' an organization apart from 开封市公安局; 刑侦大队 part of a title."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
G = {
 "1160_en.txt": ("en", ["CN", "JP", "SG"], [
  (L, "Hobart", ["HOBART"]), (O, "AAP", []), (L, "Bruny Island", []), (P, "Bradley J. Tennick", ["Tennick"]),
  (L, "Kettering", []), (O, "Hobart Magistrates Court", []), (P, "Rosalind Ferrier", ["Ferrier"]),
  (O, "Tasmania Police", []), (O, "Department of Natural Resources and Environment Tasmania", []),
  (L, "Dennes Point", []), (O, "Tasmanian Abalone Council", ["Abalone Council"]), (L, "Melbourne", []),
  (L, "Shanghai", []), (P, "Imogen Salt", []), (O, "Southern Reef Traders", ["Southern Reef Traders Pty Ltd"]),
  (P, "Callum Ostrowski", []), (L, "Dover", []), (L, "Southport", []), (P, "Dean Lisle", []), (L, "Tasmania", [])]),
 "1161_en.txt": ("en", ["IL", "SG"], [
  (L, "Nagpur", ["NAGPUR"]), (O, "PTI", []), (O, "Nagpur Municipal Corporation", ["NMC"]),
  (L, "Kanhan", ["Kanhan river"]), (L, "Dharampeth", []), (L, "Laxmi Nagar", []), (L, "Hanuman Nagar", []),
  (P, "Shweta Rangari", []), (O, "Orange City Water", ["Orange City Water Ltd"]), (P, "Vikrant Sonawane", []),
  (L, "Pardi", []), (L, "Wathoda", []), (P, "Sandeep Gawande", []), (O, "Bharatiya Janata Party", []),
  (O, "Maharashtra Jeevan Pradhikaran", []), (L, "Pench", ["Pench reservoir"]), (L, "Gorewada", ["Gorewada plant"]),
  (L, "Tel Aviv", []), (L, "Mahal", []), (O, "Mekorot", [])]),
 "1162_en.txt": ("en", ["GB", "NL", "NO"], [
  (P, "Kirsty Menmuir", []), (L, "Fraserburgh", ["Broch"]), (O, "Fraserburgh Harbour Commissioners", []),
  (L, "South Harbour", []), (P, "Fergus T. Noble", ["Noble"]), (O, "Marine Fund Scotland", []),
  (O, "Scottish National Investment Bank", []), (P, "Ian Buchan", []), (L, "Peterhead", []), (L, "Lerwick", []),
  (L, "Shetland", []), (O, "Scottish White Fish Producers' Association", []), (O, "European Union", []),
  (O, "Aberdeenshire Council", []), (L, "A90", []), (L, "A98", []), (L, "Mintlaw", []), (P, "Doreen Ritchie", []),
  (O, "Van Oord", [])]),
 "1163_fr.txt": ("fr", ["BE", "LU"], [
  (L, "Charleroi", ["CHARLEROI"]), (O, "Belga", []), (O, "tribunal correctionnel du Hainaut", []),
  (P, "Jean-Marc Deltenre", ["Deltenre"]), (O, "Toit Carolo", []), (L, "Montignies-sur-Sambre", []),
  (L, "Fleurus", []), (P, "Patrick Vandenabeele", []), (L, "Lille", []),
  (O, "Société wallonne du logement", ["SWL"]), (L, "Wallonie", []), (P, "Anne-Sophie Lemaître", []),
  (P, "Olivier Baudouin", []), (O, "cour d'appel de Mons", []), (P, "Thomas Dermine", []), (O, "PS", []),
  (L, "Marchienne-au-Pont", []), (L, "Gilly", []), (O, "Droit au logement Charleroi", [])]),
 "1164_fr.txt": ("fr", ["BF", "GN", "ML", "MR", "SN"], [
  (L, "Joal-Fadiouth", ["Joal"]), (O, "APS", []), (L, "Petite-Côte", []), (P, "Mamadou Lamine Sène", []),
  (O, "Union locale des mareyeurs de Joal", []), (L, "Mbour", []), (P, "Ousmane Badji Thiaw", []),
  (O, "Direction des pêches maritimes", ["DPM"]), (O, "Conseil local de pêche artisanale de Joal", ["CLPA"]),
  (P, "Ndèye Fatou Faye", []), (O, "Book Jom", []), (L, "Canaries", ["îles Canaries"]), (P, "Fatou Diouf", [])]),
 "1165_fr.txt": ("fr", ["CH"], [
  (L, "Fribourg", []), (O, "ATS", []), (O, "Musée d'art et d'histoire de Fribourg", ["MAHF"]),
  (O, "Loterie Romande", []), (P, "Hans Geiler", []), (P, "Valérie Bugnon-Rime", []), (L, "Givisiez", []),
  (O, "Institut royal du patrimoine artistique", ["KIK-IRPA"]), (L, "Bruxelles", []),
  (O, "Université de Berne", []), (P, "Lucie Monney", []), (P, "Jean-François Sottas", []),
  (O, "Musée de Cluny", []), (L, "Paris", []), (O, "Bayerisches Nationalmuseum", []), (L, "Munich", []),
  (L, "Gruyères", []), (L, "Morat", [])]),
 "1166_ar.txt": ("ar", ["ES", "MA", "PT"], [
  (L, "الحسيمة", []), (L, "ميناء الحسيمة", ["بميناء الحسيمة"]),
  (O, "وكالة المغرب العربي للأنباء", ["ومع", "لوكالة المغرب العربي للأنباء"]), (O, "المكتب الوطني للصيد", []),
  (P, "عبد الحق بن الطيب الورياغلي", ["الورياغلي"]), (O, "كتابة الدولة المكلفة بالصيد البحري", []),
  (L, "طنجة", []), (L, "الناظور", ["والناظور"]), (L, "فاس", ["وفاس"]),
  (O, "جمعية أرباب مراكب الصيد الساحلي بالحسيمة", []), (P, "محمد أبو زيد التمسماني", []),
  (O, "المعهد الوطني للبحث في الصيد البحري", []), (O, "منظمة الأغذية والزراعة", ["الفاو"]),
  (O, "الوكالة الوطنية لتنمية تربية الأحياء البحرية", []), (L, "خليج الحسيمة", []),
  (L, "كلايريس", ["بمنطقة كلايريس"]), (O, "الاتحاد الأوروبي", [])]),
 "1167_ar.txt": ("ar", ["UA"], [
  (L, "وهران", ["بوهران"]), (O, "واج", []), (O, "محكمة الجنح بالسانية", []), (L, "مسرغين", ["ببلدية مسرغين"]),
  (O, "البناء الحديث للغرب", []), (O, "الوكالة الوطنية لتحسين السكن وتطويره", ["عدل"]),
  (O, "المركز الوطني للمراقبة التقنية للبناء", []), (P, "يوسف بن علي قادري", []),
  (L, "مستغانم", ["ميناء مستغانم"]), (P, "عبد الكريم بوعلام حمادوش", []), (L, "بئر الجير", []),
  (L, "عين الترك", ["وعين الترك"]), (L, "سطيف", []), (L, "عنابة", ["وعنابة"])]),
 "1168_ar.txt": ("ar", ["FR", "IT", "JO", "LB", "SY"], [
  (L, "اللاذقية", []), (O, "سانا", []), (O, "متحف اللاذقية الوطني", []),
  (O, "المديرية العامة للآثار والمتاحف", []), (O, "اليونسكو", ["منظمة اليونسكو"]),
  (P, "رنا عبد الله الخوري", ["الخوري"]), (L, "أوغاريت", []), (L, "رأس شمرا", []), (L, "تل سيانو", []),
  (L, "جبلة", []), (O, "جامعة تشرين", []), (O, "البعثة الأثرية السورية الفرنسية", []),
  (O, "المعهد الفرنسي للشرق الأدنى", ["والمعهد الفرنسي للشرق الأدنى"]), (P, "غياث أبو شقرا", []),
  (O, "المتحف الوطني بدمشق", []), (L, "دمشق", []), (P, "عمار بن حسن الشيخ", []), (O, "سفارة إيطاليا", []),
  (L, "خان الدخان", ["بخان الدخان"])]),
 "1169_vi.txt": ("vi", ["CN", "JP"], [
  (L, "Phú Thọ", []), TTXVN, (O, "Tòa án nhân dân tỉnh Phú Thọ", []),
  (O, "Ban Quản lý dự án đầu tư xây dựng khu vực Tam Nông", ["Ban Quản lý dự án"]),
  (P, "Nguyễn Văn Khuê", ["Khuê"]), (P, "Lò Thị Hằng", ["Hằng"]), (P, "Đàm Quốc Vượng", ["Vượng"]),
  (O, "Công ty cổ phần Xây dựng Thanh Thủy Xanh", ["Công ty Thanh Thủy Xanh"]),
  (O, "Viện kiểm sát nhân dân tỉnh Phú Thọ", []), (L, "Thao", ["sông Thao"]),
  (L, "Hưng Hóa", ["thị trấn Hưng Hóa"]), (L, "Thâm Quyến", []), (P, "Trần Minh Đức", []),
  (O, "Cơ quan Cảnh sát điều tra Công an tỉnh Phú Thọ", []), (L, "Hiền Lương", ["xã Hiền Lương"]),
  (L, "Việt Trì", ["thành phố Việt Trì"])]),
 "1170_vi.txt": ("vi", ["AU", "BE", "FR", "IL", "KR"], [
  (L, "Tuyên Quang", []), TTXVN, (O, "Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang", []),
  (L, "Đồng Văn", ["cao nguyên đá Đồng Văn"]), (P, "Hoàng Thị Mai Phương", []),
  (L, "Tuyên Quang - Hà Giang", ["cao tốc Tuyên Quang - Hà Giang"]), (L, "Hà Giang", []), (L, "Hà Nội", []),
  (L, "Lũng Cú", []), (L, "Sủng Là", []), (L, "Mèo Vạc", []), (L, "Mã Pì Lèng", ["đèo Mã Pì Lèng"]),
  (P, "Vàng Seo Pháng", []), (O, "Công an tỉnh Tuyên Quang", []), (P, "Giàng Mí Chá", []),
  (L, "Lô Lô Chải", ["thôn Lô Lô Chải"]), (O, "Công ty TNHH Du lịch Đá Xanh", []), (P, "Thomas Verhoeven", [])]),
 "1171_vi.txt": ("vi", ["CN", "LA"], [
  (L, "Vĩnh Long", []), TTXVN, (O, "Công ty cổ phần Nước sạch Hàm Luông", []),
  (L, "Sơn Đông", ["Nhà máy nước Sơn Đông"]), (L, "Hàm Luông", ["sông Hàm Luông"]), (L, "An Hội", []),
  (L, "Phú Khương", ["phường Phú Khương"]), (L, "Mỏ Cày", ["xã Mỏ Cày"]), (P, "Lê Hữu Tài", []),
  (O, "Trung tâm Khí tượng thủy văn quốc gia", []), (L, "Mê Công", ["sông Mê Công"]), (P, "Trương Văn Nỡ", []),
  (O, "Sở Nông nghiệp và Môi trường", []), (L, "Ba Lai", ["cống đập Ba Lai"]),
  (L, "Chợ Lách", ["nhà máy nước Chợ Lách"]), (O, "Ngân hàng Phát triển châu Á", ["ADB"]),
  (P, "Nguyễn Thị Bích Trâm", ["Trâm"])]),
 "1172_ru.txt": ("ru", ["BY", "CN", "RU"], [
  (L, "Брянск", ["БРЯНСК", "Брянска"]), (O, "ТАСС", []), (O, "Советский районный суд Брянска", []),
  (O, "Брянсктеплосервис", ["Брянсктеплосервисе"]),
  (P, "Геннадий Аркадьевич Клыков", ["Геннадия Аркадьевича Клыкова", "Клыков", "Клыкова"]),
  (O, "прокуратура Брянской области", ["прокуратуры Брянской области"]), (O, "Деснаремстрой", []),
  (P, "Инна Валерьевна Тарасенкова", ["Тарасенковой"]), (L, "Минск", ["Минске"]), (L, "Сочи", []),
  (O, "Следственное управление СК России по Брянской области", ["Следственном управлении СК России по Брянской области"]),
  (P, "Марк Шевелёв", ["Марка Шевелёва", "Шевелёв"]), (O, "Брянский областной суд", ["Брянском областном суде"]),
  (P, "Сергей Ракитин", []), (L, "Калуга", ["Калуги"]), (L, "Бежицкий район", ["Бежицком районе"]),
  (L, "Клинцы", ["Клинцах"])]),
 "1173_ru.txt": ("ru", ["CN", "NO", "RU"], [
  (L, "Мурманск", ["МУРМАНСК"]), (O, "РИА Новости", []),
  (O, "Мурманский морской рыбный порт", ["Мурманском морском рыбном порту"]),
  (P, "Андрей Викторович Суслопаров", ["Суслопаров"]), (L, "Баренцево море", ["Баренцевом море"]),
  (O, "Норебо", []), (O, "Мурманский траловый флот", ["Мурманского тралового флота"]), (O, "Росрыболовство", []),
  (O, "Смешанная российско-норвежская комиссия по рыболовству", []),
  (P, "Рустем Ганиевич Мингазов", ["Мингазов"]), (L, "Шпицберген", ["Шпицбергену"]),
  (L, "Мурманская область", ["Мурманской области"]), (P, "Андрей Чибис", []),
  (L, "Кольский залив", ["Кольском заливе"]), (L, "Москва", ["Москву"]), (L, "Санкт-Петербург", []),
  (L, "Забайкальск", [])]),
 "1174_ru.txt": ("ru", ["GE", "RU"], [
  (L, "Ижевск", ["ИЖЕВСК"]), (O, "Удмуртия", ["ИА \"Удмуртия\""]), (O, "Белая ладья", []),
  (P, "Тимофей Лекомцев", ["Лекомцев", "Лекомцеву", "Лекомцева"]), (L, "Чебоксары", ["Чебоксарах"]),
  (P, "Рамиль Фаритович Нуриахметов", ["Рамиля Фаритовича Нуриахметова", "Нуриахметова"]), (L, "Уфа", ["Уфы"]),
  (P, "Дарья Чиркова", ["Дарью Чиркову"]), (L, "Саратов", ["Саратова"]),
  (P, "Владислав Ильич Корепанов", []), (L, "Самара", ["Самаре"]),
  (O, "Удмуртский государственный университет", ["Удмуртского государственного университета", "УдГУ"]),
  (P, "Дмитрий Абашев", []), (L, "Батуми", []), (O, "Федерация шахмат России", ["Федерации шахмат России"])]),
 "1175_zh.txt": ("zh", ["FR", "JP", "KR"], [
  (O, "新华社", []), (L, "太原", []), (P, "郭晓峰", []), (O, "山西博物院", []), (L, "曲沃县", []), (L, "羊舌墓地", []),
  (P, "邢卫东", []), (O, "山西省考古研究院", []), (L, "晋侯墓地", []), (O, "陕西历史博物馆", []), (O, "河南博物院", []),
  (O, "太原理工大学", []), (P, "贺晓敏", []), (L, "里昂", []), (P, "克莱尔·杜邦", []), (O, "山西省文物局", []),
  (P, "白雪峰", []), (L, "平遥古城", []), (L, "大同", []), (L, "云冈石窟", []), (L, "平遥", []), (L, "山西", [])]),
 "1176_zh.txt": ("zh", ["AU", "MY", "TH"], [
  (O, "中新网", []), (L, "开封", []), (P, "李梦瑶", []), (O, "开封市公安局", []), (O, "龙亭分局", []), (P, "马振宇", []),
  (L, "北京", []), (L, "湖北", []), (L, "安徽", []), (L, "清明上河园", []), (L, "万岁山武侠城", []),
  (L, "郑州", ["郑州市"]), (L, "金水区", []), (L, "江苏", []), (L, "徐州", []), (O, "开封市文化广电和旅游局", []),
  (O, "河南大学旅游管理学院", []), (P, "苏红霞", [])]),
 "1177_zh.txt": ("zh", ["DE", "KR", "RU"], [
  (O, "新华社", []), (L, "长春", []), (P, "孙雪梅", []), (O, "长春市中级人民法院", []),
  (O, "吉林省鑫源化工有限公司", ["鑫源化工"]), (P, "韦立国", []), (L, "伊通河", []), (L, "农安县", []),
  (L, "饮马河", []), (L, "松花江", []), (O, "吉林省生态环境厅", []), (O, "长春市人民检察院", []),
  (O, "吉林大学环境与资源学院", []), (P, "庞志远", []), (P, "邵秀琴", []), (O, "长春市生态环境局", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout65", G)
write_gold(here, "holdout65", "holdout65-gold.json", G)
