#!/usr/bin/env python3
"""Writes holdout45-gold.json for the articles in holdout45/ (same format and conventions as make-gold-holdout44.py,
and through it holdout41/42/43). Mostly DOMESTIC and REGIONAL news of each language's own press (provincial
agriculture, a provincial court, a regional bridge, a hockey match, a central bank, an ice festival, a university lab,
rains and school closures, a new hospital wing, dam levels, a city's water cuts, a metro's trial runs, a railway's first
year), plus a few foreign-affairs items, as the agencies write them: 3 vi, 3 ru, 3 zh, 3 ar, 2 en, 2 fr, 1 es, 1 de,
with REAL well-known public figures, parties, ministries, agencies, companies and international bodies (spelled as each
language's press spells them) mixed with invented minor people (officials, players, analysts, residents, reporters)
and real cities, provinces, communes, rivers, ports, airports, border gates, stations, tunnels and zones:
786 vi TTXVN 'Cần Thơ, 4/12 (TTXVN) -' (the autumn-winter rice harvest; Sở/Ủy ban nhân dân thành phố Cần Thơ, xã and
ấp names, Tập đoàn Lộc Trời, Viện Lúa Đồng bằng sông Cửu Long, Philippines and Indonesia as buyers); 787 vi TTXVN
**all in NFD** (a timber company director on trial for fraud in Nghệ An; Tòa án / Viện kiểm sát nhân dân tỉnh Nghệ An,
Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An, Công ty TNHH / cổ phần names, phường/xã/cảng, 'bị cáo Tuấn');
788 vi TTXVN 'Viêng Chăn, 4/12 (TTXVN) -' (Sonexay Siphandone receives Nguyễn Hồng Diên; EVN, EDL, the Monsoon - Thạnh Mỹ
500 kV line, the Viêng Chăn - Vũng Áng and Lào - Trung Quốc railways, cửa khẩu Lao Bảo/Cha Lo, Trường Hải);
789 ru TASS 'ЯКУТСК, 4 декабря. /ТАСС/.' (Nikolaev on the Lena bridge; Ленского моста, Лену, Якутии/Якутска/Якутске,
highways "Колыма" and "Вилюй", Нижний Бестях/Нижнего Бестяха, Автодор, ВЭБ.РФ, Хуснуллин, СВФУ's long name in the
genitive); 790 ru RIA Novosti 'ОМСК, 4 дек - РИА Новости.' (KHL: Avangard beat Metallurg in overtime; club names in
quotes and cases, "Металлургом", "Сибирью", G-Drive Арене, КХЛ, city adjectives омский/магнитогорский); 791 ru Kazinform
'АСТАНА. КАЗИНФОРМ –' (the National Bank of Kazakhstan holds its rate; Нацбанк, Сулейменов, Бюро национальной статистики
Агентства по стратегическому планированию и реформам, Касым-Жомарта Токаева, KASE, Национального фонда, Halyk Finance);
792 zh Xinhua '新华社哈尔滨…电（记者…）' (the 28th Harbin Ice and Snow World opens; 松花江, 太阳岛风景区, 黑龙江省文化和
旅游厅, 中国铁路哈尔滨局集团有限公司, 哈尔滨太平国际机场, 亚布力, 雪乡, 漠河北极村, 广东佛山); 793 zh China News Service
'中新社合肥…电 (记者 …)' (a USTC quantum error-correction result; 中国科大, 潘建伟, 朱晓波, 合肥高新区, 中国科学院上海微系统与
信息技术研究所, 本源量子, 国盾量子, 加州大学伯克利分校, 谷歌公司); 794 zh Xinhua '新华社塔什干…电（记者 … …）' (BYD's
100,000th car in Jizzakh; 米尔济约耶夫, 乌兹汽车工业集团, 余骏, 吉扎克州/工业特区/技术学院, 中乌, 乌方);
795 ar SPA 'جدة 24 جمادى الآخرة 1448 هـ الموافق 04 ديسمبر 2026 م واس' (rain closes schools in Jeddah and Rabigh;
المركز الوطني للأرصاد, منطقة مكة المكرمة, governorates with و, wadis, جامعة/مطار الملك عبدالعزيز, المديرية العامة للدفاع
المدني); 796 ar KUNA 'الكويت - 4 - 12 (كونا) --' (a heart surgery centre at the new Jahra hospital; العوضي, hospitals,
منطقة الجهراء الصحية, ضاحية سعد العبدالله, مدينة صباح الأحمد); 797 ar MAP 'الرباط - 04-12-2026 (ومع) -' (Morocco's dams
at 41%; نزار بركة, البواري, basins حوض سبو/اللوكوس/أم الربيع, وأبي رقراق, regions فاس-مكناس and بني ملال-خنيفرة,
جامعة ابن طفيل بالقنيطرة); 798 en Reuters 'ABUJA, Dec 4 (Reuters) -' with byline and the reporting line (the CBN cuts
its rate; Cardoso, MPC, NBS, Niger State beside Nigeria, Niger Delta, NGX, Zenith Bank, Access Holdings, Cordros);
799 en AP 'MONTERREY, Mexico (AP) —', byline in capitals (Monterrey rations water; Servicios de Agua y Drenaje de
Monterrey, El Cuchillo dam, Cerro Prieto reservoir, El Cuchillo II aqueduct, Samuel García, Conagua, Sheinbaum,
Fomerrey 45); 800 fr AFP 'Dakar (AFP) -' (Sonko wants to renegotiate mining contracts; FMI, Sabodala, Kédougou,
Cheikh Diba, Diomaye Faye, AIBD, AFD, SETER, SNCF, Grand Tortue Ahmeyim (GTA), BP, Pastef); 801 fr AFP 'Libreville
(AFP) -' (the Transgabonais reopens after a derailment; Setrag, Comilog with its long name, Eramet, Ogooué, Moanda,
Owendo, Oligui Nguema, BDEAC); 802 es EFE 'Bogotá, 4 dic (EFE).-' (the Bogotá metro's first dynamic tests; Empresa
Metro de Bogotá, Galán, Portal de las Américas, avenida Primero de Mayo, Metro Línea 1, China Harbour, Xi'an Metro,
CRRC Changchun, localidad de Kennedy, BID, BEI); 803 de APA/dpa 'Klagenfurt (APA/dpa) -' (a year of the Koralmbahn;
ÖBB in the dative, Koralmtunnel, Koralpe, Kärntens, Hanke (SPÖ), Kunasek (FPÖ), Bahnhof Weststeiermark/Lavanttal,
Flughafen Klagenfurt, Austrian Airlines, Semmering-Basistunnel).
Every name was checked with grep against the earlier sets' articles. Real famous figures and bodies recur only as
allowed (Токаев, Samuel García, Cardoso, Diomaye, the agencies, Banque mondiale, BID, AFD, BDEAC, Banque islamique de
développement, BP, CRRC, 比亚迪, 中国科学技术大学, which holdout17 named once in passing); capitals,
provinces and big cities recur (Cần Thơ, Hậu Giang, Sóc Trăng, الجهراء, سبو, الدار البيضاء, Monterrey, Klagenfurt,
Libreville). Several first choices were dropped as earlier sets' names: a China–Kyrgyzstan–Uzbekistan railway story
(holdout11), a cocoa story (holdout2: CCC, Soubré, Nawa), a Dangote refinery story (holdout3), Sangomar/Woodside/
Petrosen and Ndayane (holdout, holdout10), Thới Lai, Cửa Lò, Quỳnh Lưu, Apodaca, جامعة الكويت, and some invented
surnames. Written blind in session 25: its gold was fixed and committed before any extractor ran on it (no Swift
source was read, no extractor run).

Conventions as holdout41-44 (see make-gold-holdout44.py): titles are no part of a name; portfolios are no entities
but a ministry written as such is an organization; governments, cabinets (مجلس الوزراء, правительство, 'la Alcaldía',
'la Nación y el Distrito'), programmes, products and broad regions (中亚, Asia, Africa, 'Восток') are no entities; a
generic word before a place is an alias (xã, ấp, phường, cảng, cửa khẩu, tỉnh, села, région de, localidad de, port d',
puerto de, محافظة, ضاحية, مدينة, حوض, منطقة); courts, prosecutors, police agencies, universities, institutes, hospitals,
outlets, clubs, parties and companies are organizations; ports, airports, border gates, stations, tunnels, dams,
reservoirs, aqueducts, wadis, gas fields, parks, zones, named roads and avenues and named railway/power lines are places;
a place named only inside an organization's name (Saint-Louis in université Gaston-Berger de Saint-Louis, 吉扎克 in
吉扎克技术学院 besides 吉扎克州, Đồng bằng sông Cửu Long in the Viện Lúa's name) is not counted; a name built from a
person's (aéroport Blaise-Diagne, جامعة/مطار الملك عبدالعزيز, طريق الملك عبدالله, ضاحية سعد العبدالله, مدينة/مركز صباح
الأحمد, université Gaston-Berger, СВФУ имени М. К. Аммосова) makes no person.
New here:
- crop seasons (vụ Thu Đông, Đông Xuân) are no entities; neither are conferences or meetings as events (Hội nghị hợp tác
  năng lượng Việt Nam - Lào), crimes named in quotes ("Lừa đảo chiếm đoạt tài sản"), league stages (Восточной
  конференции, регулярного чемпионата) nor a train service (Train express régional (TER), as Al Boraq and TGV);
- a hockey league (Континентальная хоккейная лига, КХЛ) is an organization, and so is each club named by its name in
  quotes ("Авангард", "Металлург", "Сибирь", "Салават Юлаев"); a club's city adjective (омский, магнитогорский,
  екатеринбургский, новосибирской) and a demonym (омичей, Магнитогорцы) name no place;
- a named power line is a place as pipelines are (đường dây 500 kV Monsoon - Thạnh Mỹ), and the plant and the
  substation town its name lists are places in their own right (Monsoon, the wind farm in Sê Kông; Thạnh Mỹ); a railway
  named by two countries (đường sắt Lào - Trung Quốc) is a place and names both countries;
- a federal highway named in quotes ("Колыма", "Вилюй") is a place, as Quốc lộ 1 was;
- a bridge is a place (Ленский мост, named in the genitive only); the river under it is another (Лена, in 'через Лену');
- a police investigation agency of a provincial police (Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An) is one
  organization, not two;
- a health region with a director (منطقة الجهراء الصحية) is an organization; its governorate (محافظة الجهراء) a place;
- a gas project named as a field (Grand Tortue Ahmeyim (GTA)) is a place, its operator an organization;
- Niger the Nigerian state (798) is a place and no country; the Niger Delta is another place;
- Arabic: the dateline 'الكويت' of KUNA is a place (as in holdout36) and KW; a wadi's name with وادي is the place's whole
  name (وادي فاطمة), 'حوض' before a river is an alias of the river (حوض سبو, حوضي سبو); an Arabic genitive form is an
  alias of its nominative lemma (أبو رقراق: 'وأبي رقراق');
- Chinese: a subsidiary named by its parent and a country (比亚迪乌兹别克斯坦公司) is an organization apart from its
  parent (比亚迪); a university in a foreign country written after the country (美国加州大学伯克利分校) is the university
  and the country, the country no part of its name; 中国科大 is an alias of 中国科学技术大学; a province and a city
  written together (广东佛山) are two places.
Countries: every country named or described by an adjective or demonym, also inside a body's name (Tập đoàn Điện lực
Việt Nam -> VN, Agence française de développement -> FR, Heineken Mexico -> MX, 中国铁路哈尔滨局集团有限公司 -> CN,
الخطوط الجوية السعودية -> SA, جمعية القلب الكويتية -> KW) and Chinese one-character forms (中方, 中乌, 乌方, 在乌); never a
city's country (首尔, 曼谷, 海参崴, Prag name no country); a currency (naira, tenge, тенге, francs CFA, pesos) names none.
Judgement calls: 786 and 787 name no country of their own (Vietnam is not written); 790 names no country at all;
'Monsoon' is the wind farm (a plant, a place), not the line; 'Ленский мост' is the canonical dictionary form of
'Ленского моста'; 'Нацбанк' and 'Нацбанка' are the National Bank; 'Национальный фонд' is an organization (a fund);
Бюро национальной статистики and the Агентство по стратегическому планированию и реформам it belongs to are two
organizations; 量子信息未来产业园 and 合肥高新区 are two places (a park inside a zone); 哈尔滨冰雪大世界 is a place (a park),
'冰雪大世界' its alias; 'El Cuchillo' (the dam) and 'El Cuchillo II aqueduct' are two places; 'the Fomerrey 45
neighborhood' is a place; the Empresa Metro de Bogotá and its concessionaire Metro Línea 1 are two organizations;
'línea 1 del metro de Bogotá' (lowercase, described) is none; Bahnhof Weststeiermark and Bahnhof Lavanttal are places
apart from the towns beside them (Groß Sankt Florian, St. Paul); Flughafen Klagenfurt is a place apart from Klagenfurt
(the city is named too); 'Ostsee' and 'Adria' are places (seas); 'AP' and 'Associated Press' are one organization."""
import os
from goldlib import P, O, L, check_gold, write_gold

REUTERS = (O, "Reuters", [])
TTXVN = (O, "TTXVN", [])
XINHUA = (O, "新华社", [])
AFP = (O, "AFP", [])
G = {
 "786_vi.txt": ("vi", ["ID", "PH"], [
  (L, "Cần Thơ", ["thành phố Cần Thơ"]), TTXVN, (O, "Sở Nông nghiệp và Môi trường thành phố Cần Thơ", []),
  (P, "Huỳnh Thanh Điền", []), (L, "Trường Xuân", ["xã Trường Xuân"]), (L, "Cờ Đỏ", []), (L, "Vĩnh Thạnh", []),
  (L, "Hậu Giang", []), (L, "Sóc Trăng", []), (O, "Lộc Trời", ["Tập đoàn Lộc Trời"]),
  (P, "Lâm Quốc Khải", ["Khải"]), (L, "Trường Thọ", ["ấp Trường Thọ"]), (P, "Đoàn Minh Quý", []),
  (O, "Viện Lúa Đồng bằng sông Cửu Long", []), (O, "Ủy ban nhân dân thành phố Cần Thơ", [])]),
 "787_vi.txt": ("vi", ["KR"], [
  (L, "Nghệ An", ["tỉnh Nghệ An"]), TTXVN, (O, "Tòa án nhân dân tỉnh Nghệ An", []),
  (P, "Hồ Sỹ Tuấn", ["Tuấn"]), (L, "Vinh Phú", ["phường Vinh Phú"]), (O, "Công ty TNHH Lâm sản Thanh Trúc", []),
  (O, "Viện kiểm sát nhân dân tỉnh Nghệ An", []), (L, "Đồng Nai", []), (L, "Hải Phòng", []), (L, "Bình Dương", []),
  (L, "Đông Hồi", ["cảng Đông Hồi"]), (L, "Yên Thành", ["xã Yên Thành"]), (L, "Diễn Châu", ["xã Diễn Châu"]),
  (P, "Phan Thị Hằng Nga", []), (O, "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An", []),
  (O, "Công ty cổ phần Gỗ Minh Phát Đông Nam", []), (P, "Đặng Thị Thu Hiền", [])]),
 "788_vi.txt": ("vi", ["CN", "LA", "VN"], [
  (P, "Sonexay Siphandone", []), (P, "Nguyễn Hồng Diên", []), (O, "Bộ Công Thương", []),
  (L, "Viêng Chăn", ["thủ đô Viêng Chăn"]), TTXVN, (O, "Tập đoàn Điện lực Việt Nam", ["EVN"]),
  (L, "đường dây 500 kV Monsoon - Thạnh Mỹ", ["Monsoon - Thạnh Mỹ"]), (L, "Monsoon", ["dự án điện gió Monsoon"]),
  (L, "Thạnh Mỹ", []), (L, "Sê Kông", ["tỉnh Sê Kông"]),
  (L, "đường sắt Viêng Chăn - Vũng Áng", ["Viêng Chăn - Vũng Áng"]), (L, "đường sắt Lào - Trung Quốc", []),
  (P, "Phosay Sayasone", []), (L, "Khăm Muộn", ["tỉnh Khăm Muộn"]), (L, "Savannakhet", []),
  (P, "Hà Đức Vinh", []), (L, "Lao Bảo", ["cửa khẩu Lao Bảo"]), (L, "Cha Lo", ["cửa khẩu Cha Lo"]),
  (L, "Vũng Áng", ["cảng Vũng Áng"]), (L, "Hà Tĩnh", []), (O, "Tập đoàn Điện lực Lào", ["EDL"]),
  (O, "Trường Hải", ["Công ty Trường Hải"])]),
 "789_ru.txt": ("ru", ["RU"], [
  (L, "Ленский мост", ["Ленского моста"]), (L, "Якутск", ["ЯКУТСК", "Якутска", "Якутске"]), (O, "ТАСС", []),
  (L, "Лена", ["Лену"]), (L, "Якутия", ["Якутии"]), (P, "Айсен Николаев", ["Николаев"]),
  (L, "Колыма", ["\"Колыма\""]), (L, "Вилюй", ["\"Вилюй\""]),
  (L, "Нижний Бестях", ["села Нижний Бестях", "Нижнего Бестяха"]), (O, "Автодор", ["\"Автодор\""]),
  (O, "ВЭБ.РФ", []), (P, "Марат Хуснуллин", []), (P, "Прокопий Саввинов", []), (L, "Томмот", ["Томмота"]),
  (O, "Северо-Восточный федеральный университет имени М. К. Аммосова",
   ["Северо-Восточного федерального университета имени М. К. Аммосова"]), (P, "Гаврил Слепцов", [])]),
 "790_ru.txt": ("ru", [], [
  (O, "Авангард", ["\"Авангард\"", "Авангарда"]), (O, "Металлург", ["\"Металлург\"", "Металлургом"]),
  (L, "Омск", ["ОМСК", "Омске"]), (O, "РИА Новости", []),
  (O, "Континентальная хоккейная лига", ["Континентальной хоккейной лиги", "КХЛ"]),
  (L, "G-Drive Арена", ["G-Drive Арене"]), (P, "Кирилл Перфильев", []), (P, "Семен Кудымов", []),
  (P, "Тимур Галяутдинов", ["Галяутдинов"]), (P, "Данила Зорин", []), (P, "Илья Кормушкин", []),
  (P, "Виталий Соломенцев", []), (O, "Трактор", ["\"Трактор\""]), (O, "Автомобилист", ["\"Автомобилист\""]),
  (O, "Сибирь", ["Сибирью"]), (O, "Салават Юлаев", ["\"Салават Юлаев\""]), (L, "Уфа", ["Уфы"])]),
 "791_ru.txt": ("ru", ["CN", "KZ", "RU"], [
  (O, "Национальный банк Казахстана", ["Нацбанк Казахстана", "Нацбанка", "Нацбанк"]),
  (L, "Астана", ["АСТАНА", "Астаны"]), (O, "Казинформ", ["КАЗИНФОРМ"]), (P, "Тимур Сулейменов", ["Сулейменов"]),
  (O, "Бюро национальной статистики", []),
  (O, "Агентство по стратегическому планированию и реформам", ["Агентства по стратегическому планированию и реформам"]),
  (P, "Касым-Жомарт Токаев", ["Касым-Жомарта Токаева"]),
  (O, "Казахстанская фондовая биржа", ["Казахстанской фондовой бирже", "KASE"]),
  (O, "Национальный фонд", ["Национального фонда"]), (O, "Halyk Finance", []), (P, "Айгерим Жаксыбекова", [])]),
 "792_zh.txt": ("zh", ["CN", "KR", "RU"], [
  (L, "哈尔滨冰雪大世界", ["冰雪大世界"]), (L, "哈尔滨", []), XINHUA, (P, "郝思远", []), (L, "松花江", []),
  (L, "太阳岛风景区", []), (O, "黑龙江省文化和旅游厅", []), (P, "常立新", []), (L, "黑龙江", []),
  (O, "中国铁路哈尔滨局集团有限公司", []), (L, "北京", []), (L, "上海", []), (L, "广州", []),
  (L, "哈尔滨太平国际机场", []), (L, "首尔", []), (L, "海参崴", []), (L, "曼谷", []),
  (L, "亚布力滑雪旅游度假区", []), (L, "雪乡", []), (L, "漠河北极村", []), (L, "广东", []), (L, "佛山", []),
  (P, "林晓岚", []), (O, "哈尔滨工业大学", []), (P, "邵宇峰", [])]),
 "793_zh.txt": ("zh", ["CN", "US"], [
  (O, "中新社", []), (L, "合肥", []), (P, "程雨桐", []), (O, "中国科学技术大学", ["中国科大"]),
  (P, "潘建伟", []), (P, "朱晓波", []), (P, "魏晨阳", []), (O, "科技部", []), (L, "安徽省", []), (L, "上海市", []),
  (L, "合肥高新区", []), (L, "量子信息未来产业园", []), (O, "中国科学院上海微系统与信息技术研究所", []),
  (O, "济南量子技术研究院", []), (O, "安徽省科学技术厅", []), (P, "董慧敏", []), (O, "本源量子", []),
  (O, "国盾量子", []), (O, "加州大学伯克利分校", []), (P, "安德鲁·柯林斯", []), (O, "谷歌公司", [])]),
 "794_zh.txt": ("zh", ["AZ", "CN", "KG", "KZ", "UZ"], [
  (O, "比亚迪", []), XINHUA, (L, "塔什干", []), (P, "孟凡卓", []), (P, "阿依古丽", []), (L, "吉扎克州", []),
  (P, "米尔济约耶夫", []), (O, "乌兹汽车工业集团", []), (O, "比亚迪乌兹别克斯坦公司", []), (P, "闵浩然", []),
  (P, "余骏", []), (O, "乌兹别克斯坦投资、工业和贸易部", []), (P, "舍尔佐德·努里季诺夫", []),
  (L, "吉扎克工业特区", []), (L, "撒马尔罕", []), (P, "拉济兹·乌斯莫诺夫", []), (O, "吉扎克技术学院", [])]),
 "795_ar.txt": ("ar", ["SA"], [
  (L, "جدة", []), (L, "رابغ", ["ورابغ"]), (O, "واس", []),
  (O, "الإدارة العامة للتعليم بمنطقة مكة المكرمة", []), (O, "المركز الوطني للأرصاد", []),
  (L, "مكة المكرمة", ["منطقة مكة المكرمة"]), (L, "الليث", ["والليث"]), (L, "القنفذة", ["والقنفذة"]),
  (L, "الطائف", ["والطائف"]), (L, "وادي فاطمة", []), (L, "وادي نعمان", ["ووادي نعمان"]),
  (O, "جامعة الملك عبدالعزيز", []), (L, "مطار الملك عبدالعزيز الدولي", ["بمطار الملك عبدالعزيز الدولي"]),
  (O, "الخطوط الجوية السعودية", []),
  (O, "المديرية العامة للدفاع المدني", ["للمديرية العامة للدفاع المدني", "الدفاع المدني"]),
  (P, "عبدالرحمن الشمراني", []), (L, "طريق الملك عبدالله", [])]),
 "796_ar.txt": ("ar", ["KW", "US"], [
  (P, "أحمد العوضي", ["العوضي"]), (O, "مستشفى الجهراء الجديد", []), (L, "الكويت", []),
  (O, "كونا", ["وكالة الأنباء الكويتية", "لوكالة الأنباء الكويتية"]), (O, "مركز صباح الأحمد للقلب", []),
  (L, "الجهراء", ["محافظة الجهراء"]), (O, "مستشفى كليفلاند كلينك", []),
  (O, "معهد الكويت للاختصاصات الطبية", []), (O, "منطقة الجهراء الصحية", []), (P, "نورة الفضلي", []),
  (L, "سعد العبدالله", ["ضاحية سعد العبدالله"]), (O, "جمعية القلب الكويتية", []), (O, "وزارة الصحة", []),
  (O, "مستشفى العدان", []), (L, "صباح الأحمد", ["مدينة صباح الأحمد"])]),
 "797_ar.txt": ("ar", ["MA"], [
  (L, "الرباط", []), (O, "ومع", ["وكالة المغرب العربي للأنباء", "لوكالة المغرب العربي للأنباء"]),
  (P, "نزار بركة", ["بركة"]), (O, "مجلس النواب", ["بمجلس النواب"]), (L, "سبو", ["حوض سبو", "حوضي سبو"]),
  (L, "اللوكوس", ["حوض اللوكوس"]), (L, "أم الربيع", ["حوض أم الربيع"]), (L, "سد الوحدة", []),
  (L, "أبو رقراق", ["أبي رقراق", "وأبي رقراق"]), (L, "الدار البيضاء", ["والدار البيضاء"]),
  (P, "أحمد البواري", []), (L, "فاس-مكناس", []), (L, "بني ملال-خنيفرة", ["وبني ملال-خنيفرة"]),
  (O, "جامعة ابن طفيل", ["بجامعة ابن طفيل"]), (L, "القنيطرة", ["بالقنيطرة"]), (P, "يوسف الإدريسي العلمي", []),
  (O, "المديرية العامة للأرصاد الجوية", []), (L, "الأطلس المتوسط", []), (L, "الريف", ["والريف"])]),
 "798_en.txt": ("en", ["NG"], [
  (P, "Femi Adebayo", []), (L, "Abuja", ["ABUJA"]), REUTERS, (O, "Central Bank of Nigeria", ["CBN"]),
  (P, "Olayemi Cardoso", ["Cardoso"]), (O, "Monetary Policy Committee", ["MPC"]),
  (O, "National Bureau of Statistics", ["NBS"]), (L, "Kano", []), (L, "Kaduna", []), (L, "Niger", []),
  (L, "Niger Delta", []), (P, "Bola Tinubu", []), (O, "International Monetary Fund", []),
  (O, "Nigerian Exchange", ["NGX"]), (O, "Zenith Bank", []), (O, "Access Holdings", []),
  (P, "Kemi Adesokan-Bello", []), (L, "Lagos", []), (O, "Cordros Securities", []), (P, "Chijioke Nwosu", []),
  (P, "Alexandra Hudson", [])]),
 "799_en.txt": ("en", ["MX", "US"], [
  (P, "Marisol Arreola", ["MARISOL ARREOLA"]), (O, "AP", ["Associated Press"]), (L, "Monterrey", ["MONTERREY"]),
  (O, "Servicios de Agua y Drenaje de Monterrey", []), (L, "El Cuchillo", ["El Cuchillo dam"]),
  (L, "Cerro Prieto", ["Cerro Prieto reservoir"]), (L, "Escobedo", []), (L, "Guadalupe", []), (L, "Cadereyta", []),
  (L, "Nuevo León", []), (P, "Samuel García", ["García"]), (O, "Conagua", []), (L, "Rio Grande", []),
  (L, "Texas", []), (P, "Claudia Sheinbaum", []), (L, "Mexico City", []),
  (L, "El Cuchillo II aqueduct", ["El Cuchillo II"]), (L, "San Juan River", []), (P, "Efraín Morales", []),
  (L, "Coahuila", []), (O, "Ternium", []), (O, "Heineken Mexico", []), (P, "Rosa Elvia Quintanilla", []),
  (L, "Fomerrey 45", []), (P, "Adrián Leal Barrera", []), (O, "Monterrey Institute of Technology", [])]),
 "800_fr.txt": ("fr", ["FR", "GB", "MR", "SN"], [
  (P, "Ousmane Sonko", ["Sonko"]), (L, "Dakar", []), AFP, (O, "Assemblée nationale", []),
  (O, "Fonds monétaire international", ["FMI"]), (L, "Sabodala", []), (L, "Kédougou", ["région de Kédougou"]),
  (L, "Matam", []), (P, "Cheikh Diba", []), (P, "Macky Sall", []), (P, "Bassirou Diomaye Faye", []),
  (L, "aéroport international Blaise-Diagne", ["AIBD"]), (O, "Banque islamique de développement", []),
  (O, "Agence française de développement", ["AFD"]), (O, "SETER", []), (O, "SNCF", []),
  (L, "Grand Tortue Ahmeyim", ["GTA"]), (O, "BP", []), (O, "ministère de l'Energie, du Pétrole et des Mines", []),
  (P, "Ousseynou Ndiaye Sow", []), (O, "université Gaston-Berger de Saint-Louis", []), (O, "Pastef", [])]),
 "801_fr.txt": ("fr", ["FR", "GA", "ZA"], [
  (L, "Transgabonais", ["chemin de fer Transgabonais"]), (O, "Comilog", ["Compagnie minière de l'Ogooué"]),
  (L, "Libreville", []), AFP, (L, "Ndjolé", []), (O, "Setrag", []), (L, "Ogooué", []), (L, "Moanda", []),
  (L, "Owendo", ["port d'Owendo"]), (O, "Eramet", []), (P, "Fabrice Ndong-Essone", []),
  (P, "Brice Clotaire Oligui Nguema", []), (O, "Banque mondiale", []),
  (O, "Banque de développement des Etats de l'Afrique centrale", ["BDEAC"]), (L, "Lastoursville", []),
  (O, "ministère des Transports", [])]),
 "802_es.txt": ("es", ["CN", "CO"], [
  (L, "Bogotá", []), (O, "EFE", []), (L, "Portal de las Américas", []), (L, "avenida Primero de Mayo", []),
  (O, "Empresa Metro de Bogotá", ["Empresa Metro"]), (P, "Carlos Fernando Galán", ["Galán"]), (L, "Bosa", []),
  (O, "Metro Línea 1", []), (O, "China Harbour Engineering Company", []), (O, "Xi'an Metro", []),
  (O, "CRRC Changchun", []), (L, "Cartagena", ["puerto de Cartagena"]), (P, "Leonor Castaño Ruiz", []),
  (L, "Kennedy", ["localidad de Kennedy"]), (O, "Banco Interamericano de Desarrollo", ["BID"]),
  (O, "Banco Europeo de Inversiones", ["BEI"]), (L, "Engativá", []), (L, "Suba", [])]),
 "803_de.txt": ("de", ["AT"], [
  (L, "Koralmbahn", []), (O, "Österreichische Bundesbahnen", ["Österreichischen Bundesbahnen", "ÖBB"]),
  (L, "Klagenfurt", []), (O, "APA", []), (O, "dpa", []), (L, "Graz", []), (L, "Wien", []), (L, "Koralmtunnel", []),
  (L, "Koralpe", []), (L, "Steiermark", []), (L, "Kärnten", ["Kärntens"]), (P, "Andreas Matthä", []),
  (P, "Peter Hanke", []), (O, "SPÖ", []), (L, "Prag", []), (P, "Mario Kunasek", []), (O, "FPÖ", []),
  (L, "Bahnhof Weststeiermark", []), (L, "Groß Sankt Florian", []), (L, "Bahnhof Lavanttal", []),
  (L, "St. Paul", []), (L, "Flughafen Klagenfurt", []), (O, "Austrian Airlines", []),
  (P, "Martin Pfleger-Eibl", []), (O, "Technische Universität Graz", ["Technischen Universität Graz"]),
  (L, "Semmering-Basistunnel", []), (L, "Ostsee", []), (L, "Adria", [])]),
}


here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout45", G)
write_gold(here, "holdout45", "holdout45-gold.json", G)
