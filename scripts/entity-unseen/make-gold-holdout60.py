#!/usr/bin/env python3
"""Writes holdout60-gold.json for the articles in holdout60/ (same format and conventions as make-gold-holdout58.py,
make-gold-holdout57.py, make-gold-holdout55.py, make-gold-holdout53.py, make-gold-holdout50.py and
make-gold-holdout45.py). NOT DIPLOMACY: the ordinary DOMESTIC AND REGIONAL news a reader's archive from these
countries' own media holds (court cases with judges, lawyers and defendants; match reports with clubs, coaches and
stadiums; a bankruptcy with administrators and banks; research discoveries with named scientists; a road accident, a
landslide, a flood and a house fire with rescue services and villages), REAL public figures, companies, bodies and
places mixed with invented minor people and small firms; many ordinary people named once in full then by surname (or
a Vietnamese given name); small places (villages, hamlets, communes, streets, rivers, a mountain); names holding common
words (The New Saints, Hạnh Phúc, Октябрьская, 渔村, الجيش الملكي); 3 en, 3 fr, 3 ar, 3 vi, 3 ru, 3 zh:
1060 en AP 'BOULDER, Colo. (AP) —' (an arson verdict over a wildfire near Nederland; Dustin Kellerman / Kellerman,
Judge Marisol Quintana, Boulder County District Court, '20th Judicial District Attorney's Office', Xcel Energy, Colorado
Bureau of Investigation, 'Boulder and Gilpin counties' (see below), 'Caribou Ranch subdivision', Nederland Fire
Protection District, U.S. Forest Service, Barker Meadow Reservoir, Sugarloaf Road / Ridge Road, Ward and Lyons (towns
that are common words), the Caribou Ridge Fire and Marshall Fire (events, none)); 1061 en BBC-style match report
'Connah's Quay Nomads 1-2 The New Saints' (Cymru Premier; The New Saints / TNS, Connah's Quay Nomads / 'Connah's Quay' /
'Nomads', Deeside Stadium / 'Deeside', 'the Oval', Park Hall in Oswestry, Jenner Park, Rodney Parade in Newport, seven
clubs named by town (Penybont, Caernarfon Town, Bala Town, Barry Town United, Haverfordwest County, Flint Town United,
Wrexham), BBC Sport Wales, Football Association of Wales, the Welsh Cup (a cup, none), 'credit to Owain'); 1062 en
Reuters 'BRISBANE, Dec 5 (Reuters) -' with the reporting line (a builder's administration; 'Bellbird Constructions Pty
Ltd' / 'Bellbird', KPMG's administrators, 'Westpac Banking Corp', ASIC and QBCC in parentheses, Commonwealth Bank of
Australia, 'his brother Wayne', Toowoomba / Oakey / Dalby / Warwick (a town that is also a surname elsewhere), 'Aura
estate' on the Sunshine Coast, Master Builders Queensland, Stockland, Home Warranty Scheme (a programme, none)); 1063
fr Ouest-France 'Bannalec (Finistère) -' (a school-bus crash; 'route départementale 765' / 'RD 765', 'lieu-dit Kerhuel',
Transports Kerandel, collège Jean-Jaurès (no person), Yannick Le Floc'h of Tourc'h (apostrophes inside Breton names),
CHU de Brest, centre hospitalier de Quimperlé beside Quimperlé, Sdis 29, Smur de Quimper, gendarmerie de Quimperlé,
parquet de Quimper, 'la sous-préfète de Quimper', conseil départemental du Finistère, 'la région Bretagne'); 1064 fr AFP
'Nîmes (AFP) -' (a murder trial at the assizes; cour d'assises du Gard / de l'Hérault, the victim and his daughter
sharing a surname (Bernard / Aurélie Solignac, 'Solignac' the father's alias), 'Me Sonia Benhamou, du barreau de
Montpellier', 'section de recherches de la gendarmerie de Nîmes', 'quartier des Costières', 'canal du Bas-Rhône
Languedoc' beside the company 'Le Bas-Rhône Languedoc (BRL)', 'le Mas des Tamaris', 'syndicat des vignerons de l'AOC
Costières de Nîmes'); 1065 fr RFI 'Antananarivo (RFI) -' (a fossil crocodile in the Boeny; 'région de Boeny' / 'le
Boeny', 'village de Berivotra', 'commune rurale d'Ambalabongo', a species named after a student (Mahajangasuchus ravelo,
none; Hanta Ravelo a person), Journal of Vertebrate Paleontology, Muséum national d'histoire naturelle, CR2P in
parentheses, Agence française de développement, National Geographic Society, musée Akiba de l'université de
Mahajanga, parc national d'Ankarafantsika, Madagascar National Parks); 1066 ar Al Ahram 'المنيا - الأهرام:' (a minibus
crash; قرية دلجا التابعة لمركز ديرمواس, قرية بني حرام, بمنطقة غرب المنيا الجديدة, three hospitals (مستشفى ملوي التخصصي with
و), 'بين ديرمواس وملوي', 'بمدينة أسيوط' beside 'محافظة أسيوط', 'المنيا' (dateline city) beside 'محافظة المنيا', 'مدير أمن
المنيا' / 'محافظ المنيا' (titles), 'عائلة الجارحي' (a family, none), مديرية التضامن الاجتماعي, الهيئة العامة للطرق والكباري,
مجلس النواب); 1067 ar Hespress 'هسبريس - الرياضة:' (Botola: نهضة بركان 1-2 الرجاء; clubs with clitics and nisbas (للرجاء,
فريق الرجاء الرياضي, نادي سيمبا التنزاني, نادي الملعب المالي), الجيش الملكي and المغرب الفاسي (clubs whose names are common
words or hold a country), stadiums with ب (الملعب البلدي ببركان, بالمجمع الرياضي الأمير مولاي عبد الله, بملعب محمد الخامس,
بالملعب الكبير; no people), البطولة الاحترافية "إنوي" (a league; the sponsor's name none), 'النسور الخضر' (a nickname,
none), لجنة البرمجة (لجنة + one definite noun, none), كأس الكونفدرالية الإفريقية (a cup, none), ووجدة); 1068 ar Asharq
Al-Awsat 'جدة - الشرق الأوسط:' (heat-tolerant corals; جامعة الملك عبدالله للعلوم والتقنية "كاوست" (no person), محافظة أملج
beside أرخبيل أملج, جزيرة الحسانية, جزر الوجه, ثول, البحر الأحمر beside the company شركة "البحر الأحمر الدولية" and مركز أبحاث
البحر الأحمر, a journal in quotes, معهد وودز هول لعلوم المحيطات الأمريكي, a research vessel "المجيدي" (none), مبادرة السعودية
الخضراء (a programme, none; it names SA)); 1069 vi TTXVN 'Lào Cai, 5/12 (TTXVN) -' (a landslide; núi Pú Lúng, thôn Làng
Mảng / Háng Đề Dê, xã Phình Hồ, xã Hạnh Phúc (a commune called 'Happiness'), Hmong names Giàng A Chứ / 'ông Chứ', Giàng
Thị Mai / 'cháu Mai', Sùng Thị Dính, Vàng A Sử, Đường tỉnh 174, Ngòi Thia and suối Nậm Kim, trạm Mù Cang Chải, 'huyện
Trạm Tấu, tỉnh Yên Bái cũ' (units abolished in 2025, still places), Ủy ban nhân dân xã / tỉnh, Bộ Chỉ huy Quân sự tỉnh Lào
Cai, 'Ban Chỉ huy Phòng thủ dân sự tỉnh'); 1070 vi TTXVN 'TP.HCM, 5/12 (TTXVN) -' (a real-estate fraud trial; bị cáo
Lương Quốc Thịnh / Thịnh, Công ty TNHH Địa ốc Phú Gia Khang, 'dự án khu dân cư "Phú Gia Riverside"' (a project, none),
'xã Tân Quý Tây, huyện Bình Chánh (cũ)', 'ấp 3' (a numbered hamlet, none), phường Bình Trị Đông, Bến Tre, five bodies
ending in 'TP Hồ Chí Minh' with no city written apart but the dateline 'TP.HCM', 'Ngân hàng TMCP Sài Gòn Thương Tín
(Sacombank)', thẩm phán Vũ Thị Thu Hằng, kênh Xáng, Tỉnh lộ 10, 'Hội đồng xét xử' (a panel, none)); 1071 vi TTXVN 'Nghệ
An, 5/12 (TTXVN) -' (V.League: Sông Lam Nghệ An 2-1 Hồng Lĩnh Hà Tĩnh; clubs holding a river, a province, a city or a
police force (Sông Lam Nghệ An, Hải Phòng, Công an Hà Nội, Thể Công - Viettel, Đông Á Thanh Hóa, Becamex TP Hồ Chí Minh),
a referee whose given name is a river (Hoàng Ngọc Hà), stadiums 'sân vận động Vinh', 'sân Lạch Tray', 'sân Hàng Đẫy',
'sân Thanh Hóa', cầu Bến Thủy, đại lộ Lê Nin (no person), VPF and its Ban Kỷ luật, 'người Brazil', 'xứ Nghệ' (a broad
traditional region, none)); 1072 ru TASS 'КУРГАН, 5 декабря. /ТАСС/.' (a road-repair embezzlement verdict; ООО
"Тоболдорстрой" / "Тоболдорстроя", Вадима Геннадьевича Пестерева then Пестерева / Пестерев, 'автодороги / трассы Курган -
Шадринск', ГКУ "Курганавтодор", села Введенское, реку Тобол, ООО "Уралснабресурс" в Екатеринбурге, two women and a man with
patronymics, судья Гурьянова, Уральского государственного университета путей сообщения, Курганском областном суде,
управлением ФСБ России по Курганской области, 'УЭБиПК УМВД по региону', поселке Лесники (a common word), 'регионального
Минтранса'); 1073 ru Interfax 'НОВОСИБИРСК, 5 декабря - Интерфакс.' (a feed maker's bankruptcy; АО "Сибирская нива" /
"Сибирской нивы", Арбитражный суд Новосибирской области, a receiver with patronymic, Россельхозбанка, Сбербанк, банк
"Левобережный", Черепанове, селе Кочки, "СПАРК-Интерфакс" beside Интерфакс / "Интерфаксу", птицефабрики "Октябрьская",
Банка России, 'кипрская Fieldstar Holdings Ltd', Законодательного собрания Новосибирской области, 'Главное следственное
управление СК РФ по Новосибирской области', АО "Кудряшовское", 'Новосибирской и Кемеровской областей'); 1074 ru
regional paper 'БАРНАУЛ, 5 декабря. /"Свободный курс"/.' (a house fire; селе Тальменка Тальменского района, улице Кирова /
улице Партизанской (streets, no person), Главном управлении МЧС России по Алтайскому краю, пожарно-спасательной части №28,
поселка Озерки, Валентина Степановна Кулешова and 'ее сын Николай', 'к Кулешовым' / 'квартире Кулешовых', Тальменскую
центральную районную больницу, 'СУ СК России по Алтайскому краю' and its district отдел, ФПС "Испытательная пожарная
лаборатория", храм Покрова Пресвятой Богородицы, ООО "Чумыш-Сервис" (a river inside a firm's name, no place)); 1075 zh
The Paper '澎湃新闻记者 陈思远' (a wage-arrears conviction; 浙江省瑞安市人民法院, the chain 瑞安市马屿镇篁社村 and 东莞市长安镇,
瑞明光学眼镜有限公司, 瑞安市公安局马屿派出所, 瑞安市人民检察院 and its 第三检察部, 浙江瓯越律师事务所, 温州民商银行, workers from
贵州省毕节市 and 四川省广安市, '贵州、四川、江西', 马屿镇人民政府 (a government, none), 村委会 / 劳动保障所 / 法律援助中心 (generic,
none)); 1076 zh Xinhua '新华社昆明12月5日电（记者 李思齐）' (a Silurian fish; 中国科学院古脊椎动物与古人类研究所 / 古脊椎所,
云南省曲靖市麒麟区潇湘街道, 西屯村, a species named after them '潇湘西屯鱼' (none), 《自然·通讯》, 云南大学古生物研究院, 上海光源
(a facility, an organization), 瑞典乌普萨拉大学, 英国自然历史博物馆, '云南、贵州、重庆', 重庆秀山, 贵州石阡, 贵州六盘水, 中国古动物馆,
the exhibition hall “远古曲靖” (none)); 1077 zh regional paper '本报桂林12月5日电（记者 黄晓敏）' (a winter flood; 广西壮族
自治区桂林市, 漓江 and its 支流遇龙河, 阳朔县白沙镇 / 高田镇 / 葡萄镇 / 兴坪镇, 遇龙村 beside 遇龙河, 旧县村 (a village called 'old
county'), 朗梓村, 兴坪镇渔村 (a village called 'fishing village'), G65包茂高速, 恭城瑶族自治县 / 恭城县, 莲花镇, 滨江路, 西街,
'自治区应急管理厅' and '县自然资源局' (short forms only), 中国移动广西公司桂林分公司, 国网桂林供电公司, 桂林医学院附属医院,
白沙镇中心小学, 阳朔县人民政府 (a government, none)).
Every invented name and every minor real one was checked with grep against the earlier sets' articles; replaced after
that check: Trujillo (holdout40), Stapleton (holdout27), Whitcombe (holdout20), Osei (holdout41), Le Goff (holdout28),
Le Bihan (holdout27, 32), Lacombe (holdout31), Fauré (holdout42), Marchetti (holdout32), Toliara (holdout13), Кочетков
(holdout46), Увал (holdout21), Искитим (holdout24), Лопатин (holdout39), "Алтайская правда" (holdout36), Tân Nhựt
(holdout33), Tavares and Bezerra (holdout28-49), sân Thiên Trường (holdout16, 24), 塘下镇 (holdout26), 梁振华 (holdout55),
الزهراني, العنزي, الشهري, القحطاني, الدوسري, الحربي, العتيبي, الشمراني. Recurring as allowed: famous clubs and bodies (Sông Lam
Nghệ An, Công an Hà Nội, Sacombank, Сбербанк, Reuters, AFP, KPMG), big cities and regions (Mahajanga, Boeny, Hải
Phòng, Новосибирск, 昆明), and a real deputy governor (Евгений Лещенко, not holdout6's Юрий Лещенко). Written blind in
session 34: no Swift source read, no extractor run; the gold was fixed and committed before any extractor ran on the set.

Conventions as holdout58, holdout57, holdout55, holdout53 and holdout45 (titles no part of a name: Judge, Deputy
District Attorney, Defense attorney, Mayor, head coach, boss, Managing director, Housing Minister, chief executive,
l'avocat général, Me, le maire, la paléontologue, Mme, اللواء, مدير أمن المنيا, محافظ المنيا, النائب, المدرب, الحكم,
الدكتورة, المهندس, bị cáo, Luật sư, thẩm phán, Phó Chủ tịch Ủy ban nhân dân tỉnh Lào Cai, huấn luyện viên, trọng tài,
tiền đạo, ông, bà, anh, chị, cháu, судья, адвокат, Губернатор, Генеральный директор, Глава Тальменского района, 被告人,
律师, 检察官, 法官, 研究员, 副教授, 馆长, 副局长, 党委书记, 县长, 组长, 村委会主任); a surname or a Vietnamese given name alone an
alias; every surface form an alias, Russian cases and Arabic clitics included; countries as ISO codes, never entities
(Madagascar and Wales are no entities); a generic word before or after a place an alias (lieu-dit, village de, région
de, commune rurale de, quartier des, قرية, مركز, مدينة, منطقة, جزيرة, جزر, محافظة, xã, thôn, núi, suối, trạm, huyện,
tỉnh, phường, kênh, cầu, đại lộ, sân, sân vận động, села, селе, поселке, поселка, реку); a place only inside an
organization's name not counted (Brest, Montpellier, Gard, Hérault, Trạm Tấu's health centre but Trạm Tấu named apart,
Алтайский край, 浙江省, 温州市, 上海, 桂林医学院); a name built from a person's makes no person (collège Jean-Jaurès,
جامعة الملك عبدالله, المجمع الرياضي الأمير مولاي عبد الله, ملعب محمد الخامس, đại lộ Lê Nin, улица Кирова); a region named like
its capital where both are written is a place of its own with its noun (محافظة المنيا, محافظة أسيوط, أرخبيل أملج), as
holdout58's 'Tashkent region'; courts, prosecutors, police and gendarmerie units, hospitals, universities, museums,
newspapers and journals, leagues, clubs and banks are organizations; events (the Caribou Ridge Fire, the Marshall Fire),
cups, programmes, projects, species and exhibition halls none; governments (阳朔县人民政府, правительства региона,
Администрация района) none, while a Vietnamese Ủy ban nhân dân is an organization as in holdout50-57; legal forms stay
outside an English, Russian or Latin-script canonical (Pty Ltd, Corp, Ltd, ООО, АО, ГКУ) but inside a Vietnamese or
Chinese one (Công ty TNHH …, …有限公司), as before. New here:
- a FOOTBALL CLUB named by its town ('Connah's Quay' for Connah's Quay Nomads, Hải Phòng, Wrexham, Penybont) is the
  club, and the town is not also listed where every bare use is the club's (the headline's 'win at Connah's Quay'
  shares the string); 'cổ động viên Hà Tĩnh' (fans of Hà Tĩnh) is read as the province;
- a STADIUM named by a town not otherwise written ('sân vận động Vinh', 'sân Thanh Hóa', 'sân Lạch Tray') has the bare
  name as canonical and the stadium phrase as its alias, as holdout58's 'Moatize coal mine'; a stadium with its own
  name (Deeside Stadium, Park Hall, Jenner Park, Rodney Parade, the Oval, الملعب البلدي, الملعب الكبير) is a place;
- a LEAGUE (Cymru Premier, البطولة الاحترافية, LPBank V.League 1 with its sponsor) is an organization, as the KHL in
  holdout57; a sponsor's name in quotes after it ("إنوي") is none;
- COUNTIES COORDINATED over one plural noun ('Boulder and Gilpin counties'), as holdout58's districts: the last one
  carries the noun as written ('Gilpin counties', canonical 'Gilpin County'); the first's bare word is the city
  Boulder's alias already (the city of the dateline), and Boulder County is listed by its own written name;
- a person named only by a GIVEN NAME in a kinship phrase ('his brother Wayne', 'ее сын Николай') is a person with that
  name as canonical; a surname in the plural for a family ('к Кулешовым', 'квартире Кулешовых') is the alias of the
  family member named in full; 'عائلة الجارحي' (a family only) is none;
- a SPECIES named after a person or a place (Mahajangasuchus ravelo, 潇湘西屯鱼) is none, and the person and the places
  are listed where written on their own (Hanta Ravelo, 潇湘街道, 西屯村);
- a company and a canal or a sea sharing a name (Bas-Rhône Languedoc / canal du Bas-Rhône Languedoc, شركة "البحر الأحمر
  الدولية" / البحر الأحمر) are two entities; a court-case victim and his daughter sharing a surname: the bare surname
  is the victim's alias;
- Vietnamese units abolished in 2025 ('huyện Trạm Tấu, tỉnh Yên Bái cũ', 'huyện Bình Chánh (cũ)') are places;
- Chinese short forms with no place ('自治区应急管理厅', '县自然资源局') are organizations as written; a Chinese village's
  committee (村委会), a town's 劳动保障所 and a 法律援助中心 with no name are none.
Countries: US from 'U.S. Forest Service' (Colorado names none on its own); GB from Wales (BBC Sport Wales, Football
Association of Wales; a constituent country, the code GB); AU from Australia's / Commonwealth Bank of Australia; the
three French domestic stories name no country but 1065 (malgaches, français, Agence française); 1066 names no Egypt
(no country word is written); 1067 MA (المغربية), PT (البرتغالي), TZ (التنزاني), ML (المالي in the club's name); 1068 SA
(السعودية inside the initiative's name), US (الأمريكي), IT (الإيطالية); 1069 and 1070 name no country; 1071 BR (người
Brazil) and VN (the VPF's name); 1072-1074 RU through РФ / России inside bodies' names, 1073 CY (кипрская); 1075 IT and
TR (意大利, 土耳其) but no CN (人民币, 全国 name none); 1076 CN, SE, GB; 1077 CN (中国移动). Judgement calls: 上海光源 is an
organization (a research facility), 'Mas des Tamaris' a place (an estate), 'région Bretagne' a place with the noun its
alias though it acts as a body, 'musée Akiba' an organization as the earlier sets' museums."""
import os, unicodedata
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
G = {
 "1060_en.txt": ("en", ["US"], [
  (L, "Boulder", ["BOULDER"]), (L, "Colorado", ["Colo."]), (O, "AP", []), (L, "Boulder County", []),
  (L, "Nederland", []), (P, "Dustin Kellerman", ["Kellerman"]), (L, "Ward", []),
  (O, "Boulder County District Court", []), (P, "Marisol Quintana", []),
  (O, "20th Judicial District Attorney's Office", []), (L, "Sugarloaf Road", []), (P, "Anthony Reyes", []),
  (P, "Leah Goldfarb", ["Goldfarb"]), (O, "Xcel Energy", []), (O, "Colorado Bureau of Investigation", []),
  (L, "Gilpin County", ["Gilpin counties"]), (L, "Caribou Ranch", ["Caribou Ranch subdivision"]),
  (O, "Nederland Fire Protection District", []), (O, "U.S. Forest Service", []),
  (O, "Boulder County Sheriff's Office", []), (L, "Barker Meadow Reservoir", []),
  (P, "Ruth Engstrom", ["Engstrom"]), (L, "Ridge Road", []), (P, "Kristopher Larsen", []), (L, "Lyons", []),
  (O, "Mountain Recovery Fund", [])]),
 "1061_en.txt": ("en", ["GB"], [
  (O, "The New Saints", ["TNS"]), (O, "Connah's Quay Nomads", ["Connah's Quay", "Nomads"]),
  (O, "Cymru Premier", []), (P, "Owain Pritchard", ["Pritchard", "Owain"]), (L, "Deeside Stadium", ["Deeside"]),
  (P, "Callum Hesketh", []), (P, "Ioan Mathias", []), (P, "Rhys Abernethy", ["Abernethy"]),
  (P, "Jordan Marriott", ["Marriott"]), (P, "Liam Tranter", []), (P, "Gareth Llewellyn", []),
  (O, "BBC Sport Wales", []), (P, "Neil Brereton", ["Brereton"]), (O, "Penybont", []),
  (O, "Caernarfon Town", []), (L, "Oval", []), (O, "Bala Town", []), (O, "Barry Town United", []),
  (L, "Jenner Park", []), (L, "Park Hall", []), (L, "Oswestry", []), (O, "Haverfordwest County", []),
  (O, "Flint Town United", []), (O, "Football Association of Wales", []), (L, "Rodney Parade", []),
  (L, "Newport", []), (P, "Dean Whitworth", []), (O, "Wrexham", [])]),
 "1062_en.txt": ("en", ["AU"], [
  (O, "Bellbird Constructions", ["Bellbird Constructions Pty Ltd", "Bellbird"]), (L, "Queensland", []),
  (L, "Brisbane", ["BRISBANE"]), (O, "Reuters", []), (L, "Toowoomba", []),
  (P, "Sarah Penhallow", ["Penhallow"]), (P, "Daniel Mensforth", []), (O, "KPMG", []),
  (O, "Westpac Banking", ["Westpac Banking Corp"]),
  (O, "Australian Securities and Investments Commission", ["ASIC"]),
  (O, "Commonwealth Bank of Australia", []), (L, "Oakey", []), (P, "Grant Hollister", ["Hollister"]),
  (P, "Wayne", []), (O, "Queensland Building and Construction Commission", ["QBCC"]),
  (P, "Sam O'Connor", []), (L, "Dalby", []), (L, "Warwick", []), (O, "Master Builders Queensland", []),
  (P, "Paul Bidwell", []), (O, "Stockland", []), (L, "Aura", ["Aura estate"]), (L, "Sunshine Coast", []),
  (L, "Sydney", []), (P, "Lewis Jackson", []), (P, "Jamie Freed", [])]),
 "1063_fr.txt": ("fr", [], [
  (L, "Finistère", []), (L, "Bannalec", []), (L, "route départementale 765", ["RD 765"]), (L, "Scaër", []),
  (L, "Kerhuel", ["lieu-dit Kerhuel"]), (L, "Quimperlé", []), (O, "Transports Kerandel", []),
  (O, "collège Jean-Jaurès", []), (P, "Yannick Le Floc'h", []), (L, "Tourc'h", []), (O, "CHU de Brest", []),
  (O, "centre hospitalier de Quimperlé", []), (O, "Sdis 29", []), (L, "Rosporden", []),
  (O, "Smur de Quimper", []), (P, "Nolwenn Caradec", []), (O, "gendarmerie de Quimperlé", []),
  (O, "parquet de Quimper", []), (P, "Christian Derrien", []), (L, "Quimper", []), (O, "Ouest-France", []),
  (O, "conseil départemental du Finistère", []), (L, "Bretagne", ["région Bretagne"])]),
 "1064_fr.txt": ("fr", [], [
  (L, "Nîmes", []), (O, "AFP", []), (O, "cour d'assises du Gard", []), (P, "Kévin Maurel", ["Maurel"]),
  (P, "Bernard Solignac", ["Solignac"]), (L, "Vauvert", []), (P, "Frédéric Verdier", []),
  (P, "Isabelle Carrère", []),
  (O, "gendarmerie de Nîmes", ["section de recherches de la gendarmerie de Nîmes"]),
  (L, "Costières", ["quartier des Costières"]), (L, "canal du Bas-Rhône Languedoc", []),
  (P, "Aurélie Solignac", []), (L, "Mas des Tamaris", []), (P, "Sonia Benhamou", ["Benhamou"]),
  (O, "barreau de Montpellier", []), (O, "cour d'assises de l'Hérault", []), (P, "Olivier Roustan", []),
  (O, "syndicat des vignerons de l'AOC Costières de Nîmes", []),
  (O, "Bas-Rhône Languedoc", ["BRL"])]),
 "1065_fr.txt": ("fr", ["FR", "MG"], [
  (L, "Boeny", ["région de Boeny"]), (L, "Antananarivo", []), (O, "RFI", []),
  (O, "Journal of Vertebrate Paleontology", []), (L, "Berivotra", ["village de Berivotra"]),
  (L, "Mahajanga", []), (P, "Hanta Ravelo", []), (P, "Voahangy Rakotondrazafy", ["Rakotondrazafy"]),
  (O, "université d'Antananarivo", []), (O, "Muséum national d'histoire naturelle", []), (L, "Paris", []),
  (P, "Thomas Delcourt", []), (O, "Centre de recherche en paléontologie de Paris", ["CR2P"]),
  (O, "Agence française de développement", []), (O, "National Geographic Society", []),
  (O, "ministère de l'Enseignement supérieur et de la Recherche scientifique", []),
  (O, "musée Akiba", []), (O, "université de Mahajanga", []), (L, "parc national d'Ankarafantsika", []),
  (P, "Jean-Claude Andriamasy", []), (L, "Ambalabongo", ["commune rurale d'Ambalabongo"]),
  (O, "Madagascar National Parks", [])]),
 "1066_ar.txt": ("ar", [], [
  (L, "المنيا", ["بالمنيا"]), (L, "محافظة المنيا", []), (O, "الأهرام", []),
  (L, "الطريق الصحراوي الغربي", ["الطريق الصحراوي"]), (L, "دلجا", ["قرية دلجا"]),
  (L, "ديرمواس", ["مركز ديرمواس", "لمركز ديرمواس"]), (P, "أسامة الشريدي", []),
  (L, "بني حرام", ["قرية بني حرام"]), (L, "غرب المنيا الجديدة", ["بمنطقة غرب المنيا الجديدة"]),
  (P, "محمود عبدالرحيم", []), (O, "مستشفى ديرمواس المركزي", []), (O, "مستشفى المنيا الجامعي", []),
  (O, "مستشفى ملوي التخصصي", ["ومستشفى ملوي التخصصي"]), (L, "ملوي", ["وملوي"]),
  (P, "صابر فتحي قناوي", []), (P, "عماد كدواني", []), (O, "مديرية التضامن الاجتماعي", []),
  (O, "مديرية الصحة", []), (P, "رمضان عويس", []), (L, "أسيوط", ["بمدينة أسيوط"]), (L, "محافظة أسيوط", []),
  (O, "النيابة العامة", []), (O, "الهيئة العامة للطرق والكباري", []), (O, "مجلس النواب", []),
  (P, "عادل الخولي", [])]),
 "1067_ar.txt": ("ar", ["MA", "ML", "PT", "TZ"], [
  (O, "الرجاء الرياضي", ["فريق الرجاء الرياضي", "الرجاء", "للرجاء"]), (L, "بركان", ["مدينة بركان", "ببركان"]),
  (O, "نهضة بركان", []), (O, "هسبريس", []), (L, "الملعب البلدي", []), (O, "البطولة الاحترافية", []),
  (P, "أيوب الزرهوني", []), (P, "أنس بلمختار", []), (P, "سفيان الودغيري", []), (P, "ياسين القندوسي", []),
  (P, "حمزة العلوي", []), (P, "روي ألميدا", []), (P, "عبد الرحيم طاليب", []), (O, "الجيش الملكي", []),
  (O, "المغرب الفاسي", []),
  (L, "المجمع الرياضي الأمير مولاي عبد الله", ["بالمجمع الرياضي الأمير مولاي عبد الله"]),
  (L, "الرباط", ["بالرباط"]), (O, "الوداد الرياضي", []), (O, "اتحاد تواركة", []),
  (L, "ملعب محمد الخامس", ["بملعب محمد الخامس"]), (L, "الدار البيضاء", ["بالدار البيضاء"]),
  (P, "رضوان جيد", []), (L, "وجدة", ["ووجدة"]), (O, "الجامعة الملكية المغربية لكرة القدم", []),
  (O, "حسنية أكادير", []), (O, "سيمبا", ["نادي سيمبا"]), (L, "دار السلام", ["بدار السلام"]),
  (O, "الملعب المالي", ["نادي الملعب المالي"]), (L, "الملعب الكبير", ["بالملعب الكبير"])]),
 "1068_ar.txt": ("ar", ["IT", "SA", "US"], [
  (O, "جامعة الملك عبدالله للعلوم والتقنية", ["كاوست"]), (L, "أملج", ["محافظة أملج"]), (L, "جدة", []),
  (O, "الشرق الأوسط", []), (L, "البحر الأحمر", []), (P, "ريم الغامدي", ["الغامدي"]),
  (L, "الحسانية", ["جزيرة الحسانية"]), (L, "أرخبيل أملج", []), (O, "نيتشر كلايمت تشينج", []),
  (O, "جامعة الملك عبدالعزيز", []), (O, "معهد وودز هول لعلوم المحيطات", []),
  (P, "فهد الرويلي", ["الرويلي"]), (P, "كيارا بونفانتي", []), (O, "جامعة بادوفا", []),
  (O, "المركز الوطني لتنمية الحياة الفطرية", []), (O, "البحر الأحمر الدولية", []),
  (L, "الوجه", ["جزر الوجه"]), (L, "ثول", []), (O, "مركز أبحاث البحر الأحمر", []),
  (O, "المركز الوطني للأرصاد", []), (L, "تبوك", []), (P, "ماجد البلوي", [])]),
 "1069_vi.txt": ("vi", [], [
  (L, "Lào Cai", ["tỉnh Lào Cai"]), TTXVN, (L, "Phình Hồ", ["xã Phình Hồ"]), (L, "Pú Lúng", ["núi Pú Lúng"]),
  (L, "Làng Mảng", ["thôn Làng Mảng"]), (O, "Ủy ban nhân dân xã Phình Hồ", []),
  (P, "Giàng A Chứ", ["Chứ"]), (P, "Giàng Thị Mai", ["Mai"]), (P, "Sùng Thị Dính", []),
  (O, "Trung tâm Y tế khu vực Trạm Tấu", []), (O, "Bệnh viện Đa khoa tỉnh Lào Cai", []),
  (P, "Vàng A Sử", []), (L, "Háng Đề Dê", ["thôn Háng Đề Dê"]),
  (O, "Bộ Chỉ huy Quân sự tỉnh Lào Cai", []), (L, "Đường tỉnh 174", []),
  (L, "Hạnh Phúc", ["xã Hạnh Phúc"]), (O, "Ủy ban nhân dân tỉnh Lào Cai", []),
  (P, "Nguyễn Thành Sinh", ["Sinh"]), (O, "Ban Chỉ huy Phòng thủ dân sự tỉnh", []),
  (O, "Trung tâm Dự báo khí tượng thủy văn quốc gia", []), (L, "Ngòi Thia", []),
  (L, "Nậm Kim", ["suối Nậm Kim"]), (O, "Đài Khí tượng Thủy văn tỉnh Lào Cai", []),
  (L, "Mù Cang Chải", ["trạm Mù Cang Chải"]), (L, "Trạm Tấu", ["huyện Trạm Tấu"]),
  (L, "Yên Bái", ["tỉnh Yên Bái"])]),
 "1070_vi.txt": ("vi", [], [
  (L, "TP.HCM", []), TTXVN, (O, "Tòa án nhân dân TP Hồ Chí Minh", []),
  (P, "Lương Quốc Thịnh", ["Thịnh"]), (O, "Công ty TNHH Địa ốc Phú Gia Khang", []),
  (O, "Viện kiểm sát nhân dân TP Hồ Chí Minh", []), (L, "Tân Quý Tây", ["xã Tân Quý Tây"]),
  (L, "Bình Chánh", ["huyện Bình Chánh"]), (P, "Hồ Thị Ngọc Diệp", []), (P, "Đinh Công Hậu", []),
  (P, "Trương Minh Nhật", []), (O, "Đoàn Luật sư TP Hồ Chí Minh", []), (P, "Phan Thị Kim Huê", ["Huê"]),
  (L, "Bình Trị Đông", ["phường Bình Trị Đông"]), (L, "Bến Tre", []),
  (O, "Cơ quan Cảnh sát điều tra Công an TP Hồ Chí Minh", []),
  (O, "Ngân hàng TMCP Sài Gòn Thương Tín", ["Sacombank"]), (P, "Vũ Thị Thu Hằng", []),
  (O, "Sở Xây dựng TP Hồ Chí Minh", []), (L, "Xáng", ["kênh Xáng"]), (L, "Tỉnh lộ 10", [])]),
 "1071_vi.txt": ("vi", ["BR", "VN"], [
  (O, "Sông Lam Nghệ An", []), (O, "Hồng Lĩnh Hà Tĩnh", []), (L, "Nghệ An", []), TTXVN,
  (L, "Vinh", ["sân vận động Vinh"]), (O, "LPBank V.League 1", []), (P, "Trần Đình Khoa", []),
  (P, "Lê Văn Quyết", ["Quyết"]), (P, "Hoàng Ngọc Hà", []), (P, "Phan Bá Tùng", ["Tùng"]),
  (P, "Rafael Nogueira Lima", []), (P, "Thái Hữu Lộc", ["Lộc"]), (P, "Đậu Xuân Bách", []),
  (P, "Võ Đình Khang", []), (P, "Nguyễn Hữu Trí", []), (L, "Hà Tĩnh", []),
  (L, "Bến Thủy", ["cầu Bến Thủy"]), (O, "Công an tỉnh Nghệ An", []), (L, "Lê Nin", ["đại lộ Lê Nin"]),
  (O, "Hải Phòng", []), (O, "Becamex TP Hồ Chí Minh", []), (L, "Lạch Tray", ["sân Lạch Tray"]),
  (O, "Công an Hà Nội", []), (O, "Thể Công - Viettel", []), (L, "Hàng Đẫy", ["sân Hàng Đẫy"]),
  (O, "Công ty cổ phần Bóng đá chuyên nghiệp Việt Nam", ["VPF"]), (O, "Ban Kỷ luật", []),
  (O, "Đông Á Thanh Hóa", []), (L, "Thanh Hóa", ["sân Thanh Hóa"])]),
 "1072_ru.txt": ("ru", ["RU"], [
  (L, "Курган", ["КУРГАН", "Кургане"]), (O, "ТАСС", []), (O, "Курганский городской суд", []),
  (O, "Тоболдорстрой", ["ООО \"Тоболдорстрой\"", "Тоболдорстроя"]),
  (P, "Вадим Геннадьевич Пестерев", ["Вадима Геннадьевича Пестерева", "Пестерева", "Пестерев"]),
  (L, "Курган - Шадринск", ["автодороги Курган - Шадринск", "трассы Курган - Шадринск"]),
  (L, "Шадринск", []), (O, "прокуратура Курганской области", ["прокуратуры Курганской области"]),
  (O, "Курганавтодор", ["ГКУ \"Курганавтодор\""]), (L, "Введенское", ["села Введенское"]),
  (L, "Тобол", ["реку Тобол"]), (O, "Уралснабресурс", ["ООО \"Уралснабресурс\""]),
  (L, "Екатеринбург", ["Екатеринбурге"]), (P, "Оксана Петровна Шульгина", []),
  (P, "Артем Ильич Баженов", []), (P, "Елена Викторовна Гурьянова", []),
  (O, "Уральский государственный университет путей сообщения",
   ["Уральского государственного университета путей сообщения"]),
  (P, "Игорь Любавин", []), (O, "Курганский областной суд", ["Курганском областном суде"]),
  (O, "управление ФСБ России по Курганской области", ["управлением ФСБ России по Курганской области"]),
  (O, "УЭБиПК", []), (O, "УМВД", []), (L, "Лесники", ["поселке Лесники"]),
  (L, "Курганская область", ["Курганской области"]), (P, "Вадим Шумков", []),
  (O, "Минтранс", ["Минтранса"])]),
 "1073_ru.txt": ("ru", ["CY", "RU"], [
  (O, "Арбитражный суд Новосибирской области", []), (L, "Новосибирск", ["НОВОСИБИРСК"]),
  (O, "Интерфакс", ["Интерфаксу"]), (O, "Сибирская нива", ["АО \"Сибирская нива\"", "Сибирской нивы"]),
  (P, "Денис Олегович Марьясов", []),
  (O, "Сибирская гильдия антикризисных управляющих",
   ["ассоциации \"Сибирская гильдия антикризисных управляющих\""]),
  (O, "Россельхозбанк", ["Россельхозбанка"]), (O, "Сбербанк", []), (O, "Левобережный", ["банк \"Левобережный\""]),
  (L, "Черепаново", ["Черепанове"]), (L, "Кочки", ["селе Кочки"]), (O, "СПАРК-Интерфакс", []),
  (P, "Алексей Викторович Дробышев", ["Дробышев"]), (O, "Октябрьская", ["птицефабрики \"Октябрьская\""]),
  (L, "Кемеровская область", ["Кемеровской области", "Кемеровской областей"]),
  (L, "Новосибирская область", ["Новосибирской"]), (O, "Банк России", ["Банка России"]),
  (O, "Fieldstar Holdings", ["Fieldstar Holdings Ltd"]),
  (O, "Законодательное собрание Новосибирской области", ["Законодательного собрания Новосибирской области"]),
  (P, "Геннадий Сазыкин", ["Геннадия Сазыкина"]),
  (O, "Главное следственное управление СК РФ по Новосибирской области", []),
  (O, "министерство сельского хозяйства Новосибирской области",
   ["министерстве сельского хозяйства Новосибирской области"]),
  (O, "Кудряшовское", ["АО \"Кудряшовское\""]), (P, "Евгений Лещенко", [])]),
 "1074_ru.txt": ("ru", ["RU"], [
  (L, "Тальменка", ["селе Тальменка"]), (L, "Барнаул", ["БАРНАУЛ"]),
  (O, "Свободный курс", ["Свободного курса"]), (L, "улица Кирова", ["улице Кирова"]),
  (L, "Тальменский район", ["Тальменского района"]),
  (O, "Главное управление МЧС России по Алтайскому краю", ["Главном управлении МЧС России по Алтайскому краю"]),
  (O, "пожарно-спасательная часть №28", ["пожарно-спасательной части №28"]),
  (L, "Озерки", ["поселка Озерки"]),
  (P, "Валентина Степановна Кулешова", ["Кулешовым", "Кулешовых"]), (P, "Николай", []),
  (P, "Максим Горбунов", []),
  (O, "Тальменская центральная районная больница", ["Тальменскую центральную районную больницу"]),
  (P, "Людмила Зарецкая", []), (O, "Следственный отдел по Тальменскому району", []),
  (O, "СУ СК России по Алтайскому краю", []),
  (O, "Испытательная пожарная лаборатория",
   ["судебно-экспертного учреждения ФПС \"Испытательная пожарная лаборатория\" по Алтайскому краю"]),
  (O, "ФПС", []), (P, "Сергей Самсоненко", []), (L, "улица Партизанская", ["улице Партизанской"]),
  (O, "Министерство социальной защиты Алтайского края", ["Министерством социальной защиты Алтайского края"]),
  (L, "храм Покрова Пресвятой Богородицы", []),
  (O, "Государственная жилищная инспекция Алтайского края", ["Государственную жилищную инспекцию Алтайского края"]),
  (O, "Прокуратура Тальменского района", []), (O, "Чумыш-Сервис", ["ООО \"Чумыш-Сервис\""])]),
 "1075_zh.txt": ("zh", ["IT", "TR"], [
  (L, "温州", []), (O, "澎湃新闻", []), (P, "陈思远", []), (O, "浙江省瑞安市人民法院", []),
  (P, "潘建业", []), (L, "瑞安市", []), (L, "马屿镇", ["马屿"]), (L, "篁社村", []),
  (O, "瑞明光学眼镜有限公司", []), (L, "广东省", []), (L, "东莞市", ["东莞"]),
  (O, "瑞安市人力资源和社会保障局", []), (O, "瑞安市公安局马屿派出所", []), (L, "长安镇", []),
  (O, "瑞安市人民检察院", []), (O, "瑞安市人民检察院第三检察部", []), (O, "浙江瓯越律师事务所", []),
  (P, "林晓蕾", []), (L, "贵州省", ["贵州"]), (L, "毕节市", []), (P, "杨正芬", []), (O, "瑞安市总工会", []),
  (P, "金秀琴", []), (P, "吴晨阳", []), (O, "温州民商银行", []), (L, "四川省", ["四川"]), (L, "江西", []),
  (L, "广安市", []), (P, "邓志刚", []), (P, "郑海燕", []), (O, "温州市中级人民法院", []),
  (O, "浙江省人力资源和社会保障厅", [])]),
 "1076_zh.txt": ("zh", ["CN", "GB", "SE"], [
  (L, "曲靖", ["曲靖市"]), (L, "云南", ["云南省"]), (O, "新华社", []), (L, "昆明", []), (P, "李思齐", []),
  (O, "中国科学院古脊椎动物与古人类研究所", ["古脊椎所"]), (L, "麒麟区", []), (L, "潇湘街道", []),
  (O, "自然·通讯", ["《自然·通讯》"]), (P, "朱敏", []), (L, "西屯村", []), (P, "罗浩然", []),
  (P, "赵国良", []), (O, "麒麟区文化和旅游局", []), (O, "曲靖市博物馆", []), (O, "云南大学古生物研究院", []),
  (P, "苏婷", []), (O, "上海光源", []), (L, "北京", []), (P, "高建平", []), (L, "贵州", []), (L, "重庆", []),
  (P, "何丽萍", []), (O, "麒麟区教育体育局", []), (O, "乌普萨拉大学", []), (O, "自然历史博物馆", []),
  (P, "佩尔·阿尔贝里", []), (O, "曲靖市自然资源和规划局", []), (O, "中国地质调查局", []), (L, "六盘水", []),
  (O, "国家自然科学基金委员会", []), (O, "中国科学院", []), (L, "玉溪", []), (L, "秀山", []), (L, "石阡", []),
  (P, "张文兵", []), (O, "中国古动物馆", [])]),
 "1077_zh.txt": ("zh", ["CN"], [
  (L, "广西", ["广西壮族自治区"]), (L, "桂林", ["桂林市"]), (L, "漓江", []), (L, "阳朔县", ["阳朔"]),
  (L, "遇龙河", []), (L, "白沙镇", []), (L, "高田镇", []), (P, "黄晓敏", []), (O, "桂林市水文中心", []),
  (L, "旧县村", []), (L, "遇龙村", []), (O, "阳朔县消防救援大队", []), (P, "莫桂兰", []),
  (O, "桂林市应急管理局", []), (P, "覃文杰", []), (L, "G65包茂高速", []), (O, "自治区应急管理厅", []),
  (L, "恭城瑶族自治县", ["恭城县"]), (L, "莲花镇", []), (O, "恭城县公安局交警大队", []), (L, "朗梓村", []),
  (P, "梁振邦", []), (L, "滨江路", []), (L, "西街", []), (P, "廖小燕", []), (P, "蒋毅", []),
  (O, "县自然资源局", []), (L, "葡萄镇", []), (L, "兴坪镇", []), (O, "中国移动广西公司桂林分公司", []),
  (O, "国网桂林供电公司", []), (O, "桂林漓江风景名胜区管理委员会", []), (O, "桂林旅游股份有限公司", []),
  (O, "广西壮族自治区气象台", []), (O, "桂林医学院附属医院", []), (O, "白沙镇中心小学", []),
  (O, "桂林市教育局", []), (O, "桂林市民政局", []), (O, "广西壮族自治区水利厅", []), (P, "韦明德", []),
  (L, "渔村", []), (P, "莫华强", []), (O, "桂林市气象局", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout60", G)
write_gold(here, "holdout60", "holdout60-gold.json", G)
