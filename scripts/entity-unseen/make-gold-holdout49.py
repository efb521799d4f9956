#!/usr/bin/env python3
"""Writes holdout49-gold.json for the articles in holdout49/ (same format and conventions as make-gold-holdout45.py,
and through it holdout41-44). PLACE-HEAVY regional and local news as agencies and regional papers write it (floods,
snow, an earthquake, a wildfire, volcanic mud, landslides; a bridge, a coastal road, a railway, a canal and a ferry
opened; a tourism season; a regional budget), 6-30 places an article in the forms the press uses (administrative words
before and after the name, Russian oblique cases, Arabic clitics, lists of places in one phrase, roads named by the two
towns they join, places sharing their name with a person), with REAL places, rivers, bodies and public figures mixed
with invented minor officials and residents: 3 vi, 3 ru, 3 zh, 3 ar, 2 en, 2 fr, 1 es, 1 pt:
858 vi TTXVN 'Lai Châu, 4/12 (TTXVN) -' (flash floods in Lai Châu; bản/xã/phường/huyện cũ, suối Nậm Mạ, sông Đà, Quốc lộ
4D, 'Quốc lộ 12 đoạn Lai Châu - Điện Biên', thủy điện Bản Chát, Đài Khí tượng thủy văn khu vực Tây Bắc);
859 vi (VnExpress/Tuổi Trẻ style, no dateline) (Khánh Hòa's tourism season after the merger with Ninh Thuận; vịnh Nha
Trang/Vĩnh Hy, Vườn quốc gia Núi Chúa, tháp Po Klong Garai, đảo Bình Ba, Hòn Mun, Sân bay quốc tế Cam Ranh, Korea and
Russia as sources, Seoul/Busan/Novosibirsk/Vladivostok/Đài Bắc); 860 vi TTXVN **all in NFD** 'Quảng Ngãi' (cầu Trà Khúc 3
and the Dung Quất - Sa Huỳnh coastal road open; phường/xã, Khu kinh tế Dung Quất, cửa khẩu quốc tế Bờ Y, đèo Violắc,
cảng Sa Kỳ, đặc khu Lý Sơn, a project board's long name); 861 ru TASS 'КЕМЕРОВО' (snow closes the road to Sheregesh;
Горной Шории, Таштагол - Шерегеш / Новокузнецк - Таштагол roads, реку Кондому, ГУ МЧС России по Кемеровской области -
Кузбассу, Середюк, 'Таштагольского и Междуреченского округов', Усть-Кабырзы, Мундыбаше); 862 ru Interfax-Ural 'ПЕРМЬ'
(Perm Krai's 2027 budget; Заксобрание Прикамья, Северного обхода Перми, трассы Пермь - Березники, Каму, Соликамске,
Чусовом, Кудымкара, Коми-Пермяцком округе, Махонина, КПРФ, "Уралкалий", "Лукойл-Пермь"); 863 ru RIA Novosti 'МАХАЧКАЛА'
(an earthquake near Kizilyurt; Кизилюрта/Кизилюрте, 'Унцукульского и Гумбетовского районов', улице Гагарина, Чиркейскую
ГЭС, реке Сулак, Чиркейского водохранилища, Сулакского каньона, Меликов); 864 zh Xinhua '新华社昆明' (the Baoshan-Ruili
section of the Dali-Ruili railway; 大瑞铁路, 保山站, 德宏傣族景颇族自治州/德宏州, 龙陵隧道, 高黎贡山, 姐告口岸, 瑞丽江,
缅甸, 中缅); 865 zh China News Service '中新社兰州' (Gansu's winter tourism; 敦煌莫高窟, 鸣沙山月牙泉, 张掖七彩丹霞,
嘉峪关关城, 兰州中川/敦煌莫高 airports, 敦煌研究院, 天祝藏族自治县, 乌鞘岭滑雪场, 扎尕那, 迭部县); 866 zh 广西日报
'南宁…讯' (the Pinglu Canal's Qingnian lock; 南宁市横州市西津库区平塘江口, 钦州市灵山县陆屋镇, 钦江, 北部湾港, 西部陆海新
通道, 东盟, 新中国); 867 ar SPA 'أبها' (the Dil' pass road closed in Asir; عقبة ضلع/شعار, محايل عسير, رجال ألمع, وادي
حلي, السودة وتهلل, هيئة الهلال الأحمر السعودي, طريق الملك فهد, جبال السروات); 868 ar ONA 'مسقط' (schools closed in
South Al Sharqiyah; wilayats listed with و, الكامل والوافي (one wilayat), نيابة رأس الحد, قرية الأشخرة, خور البطح,
وادي بني خالد, جبل شمس, مطارات عُمان); 869 ar APS 'الجزائر - … (واج) -' (snow on the Djurdjura cuts RN15; ممر تيرورضا,
ولايتي تيزي وزو وبجاية, تيكجدة, communes إفرحونن وإليلتن وبوزقن, دائرة حيزر, الديوان الوطني للأرصاد الجوية);
870 en Reuters 'LIMA' (landslides cut Peru's Central Highway; Matucana, Huarochiri province, Rimac River, Chosica
district, Provias Nacional, La Oroya, Cerro de Pasco, Ticlio pass, Ferrocarril Central Andino, SENAMHI);
871 en AP 'PADANG, Indonesia (AP) —', byline in capitals (cold lava floods from Mount Marapi; Tanah Datar, Agam, Anai
Valley, Bukik Batabuah, Sungai Pua, Mahyeldi Ansharullah, Lake Maninjau, Harau Valley, BNPB and Basarnas by their
English names); 872 fr MAP 'Marrakech - 04/12/2026 (MAP) -' (snow closes the Tizi n'Tichka; route nationale n°9, Taddert,
Agouim, Tizi n'Test, province d'Azilal, Aït Bouguemez, Zaouiat Ahansal, Oukaïmeden, Toubkal, Imlil); 873 fr AFP 'Praia
(AFP)' (a ferry from Santiago to Fogo and Brava; CV Interilhas, Vale de Cavaleiros, Furna, Correia e Silva, aérodrome de
São Filipe, Pico do Fogo, Chã das Caldeiras, aéroport international Amílcar-Cabral, Santa Maria); 874 es EFE 'Santiago de
Chile' (a wildfire at Quilpué and Villa Alemana; comunas, región de Valparaíso, El Retiro, Peñablanca, ruta 62, Troncal
Sur, Merval, estaciones Sargento Aldea y Limache, Liceo Comercial de Quilpué); 875 pt Agência Brasil (the Transnordestina
from Salgueiro to Pecém; 'Salgueiro (PE)', 'São Gonçalo do Amarante (CE)', Missão Velha, Iguatu, Quixeramobim, Caucaia,
TLSA, CSN, Araripe, Eliseu Martins, Matopiba, TCU, Renan Filho, Elmano de Freitas, BR-232, Porto de Suape/Itaqui).
Every name was checked with grep against the earlier sets' articles and golds; first choices dropped as earlier sets'
names: Mường Tè/Pa Ủ (holdout19), Ô Quy Hồ and Nậm Mu (holdout26), the Quảng Ngãi - Hoài Nhơn expressway (holdout17),
the Chuysky tract and the Altai (holdout36/17), Sverdlovsk's budget, the Iset and the second metro line (holdout28),
Gara Djebilet (holdout44), 木姐 (holdout8), 临夏/刘家峡 (holdout36), Senapred/Conaf (holdout23/25), Gendarmerie royale,
Protection civile and the DGM (holdout27), Oman's ROP and civil defence (holdout16), and some invented names. Capitals,
provinces, big cities and famous rivers recur (Lào Cai, Sa Pa, Kon Tum, Nha Trang, Ninh Thuận, 瑞丽, 钦州, 北部湾, 兰州,
乌鲁木齐, Callao, Каспийск). Written blind in session 27: no Swift source read, no extractor run; its gold was fixed and
committed before any extractor ran on it.

Conventions as holdout41-45 (a generic word before a place is an alias: xã, bản, phường, suối, sông, đảo, cảng, đèo,
cửa khẩu, đặc khu, села, поселке, реку, горы, محافظة, ولاية, نيابة, قرية, منطقة, ممر, province, district, comuna,
región de, port of, Porto de; titles are no part of a name; ports, airports, passes, bridges, tunnels, dams and plants,
reservoirs, stations, zones, parks, resorts, named roads, railways and canals are places; a place named only inside an
organization's name is not counted; a name built from a person's (طريق الملك فهد, улица Гагарина, aéroport international
Amílcar-Cabral, estación Sargento Aldea) makes no person; a city's adjective (пермские) names no place).
New here:
- a road or railway named by the two towns it joins and by no other name is one place ('Таштагол - Шерегеш',
  'Новокузнецк - Таштагол', 'Пермь - Березники', 'Dung Quất - Sa Huỳnh' with its road word), and each town is a place;
  a SECTION of a road or railway that has its own name ('Quốc lộ 12 đoạn Lai Châu - Điện Biên', 大理至瑞丽铁路's
  保山至瑞丽段 and 大理至保山段) is an alias of that road or railway, and each town is a place;
- two districts coordinated over one noun ('Таштагольского и Междуреченского округов', 'Унцукульского и Гумбетовского
  районов') are two places; the one written without the noun has its bare adjective as alias; a municipal district
  and the town that names it are two places (Таштагольский округ, Таштагол);
- a named region inside one country (Tây Bắc, Tây Nguyên, Северо-Кавказский регион, Горная Шория, Nordeste, Matopiba, 滇西, 河西走廊, Araripe) is a place, as Tây Nam Bộ was; ranges and massifs
  (Andes, Atlas, Haut Atlas, Rif, جبال السروات, جرجرة, 高黎贡山) are places;
- a bay named after a city (vịnh Nha Trang) is a place with 'vịnh' in its canonical name and the bare name an alias,
  the city not counted unless named alone;
- a station named by its town (保山站) is a place apart from the town; towns listed as a line's stops
  (保山、龙陵、芒市、瑞丽等车站) are the towns;
- a bridge numbered after its river (cầu Trà Khúc 3, cầu Trà Khúc 1) is a place apart from the river (sông Trà Khúc);
- a wilayat whose name holds 'و' (الكامل والوافي) is one place; its clitic form 'والكامل والوافي' an alias;
- a provincial directorate named with its province (المديرية الولائية للحماية المدنية لتيزي وزو, ГУ МЧС по Дагестану)
  is an organization apart from the national service (الحماية المدنية); a lowercase French 'direction provinciale de
  l'Equipement … d'Al Haouz' is a generic unit, no entity (as holdout27's 'délégation provinciale'), its province a place;
- the APS dateline 'الجزائر' is Algiers, one place with 'الجزائر العاصمة', and names DZ (as KUNA's 'الكويت');
- a Brazilian state's two-letter code after a town ('Salgueiro (PE)') is an alias of the state (as 'B.C.');
- a fire brigade, a school (Liceo Comercial de Quilpué), a regional paper (广西日报) and a weather office (Кемеровский
  ЦГМС) are organizations; an online platform ('数字敦煌') and a tourism campaign ('冰雪丝路') are none.
Countries: every country named or described by an adjective or demonym, also inside a body's name (МЧС России,
Минтрансом России -> RU; هيئة الهلال الأحمر السعودي -> SA; شركة مطارات عُمان, سلطنة عُمان -> OM; Fuerza Aérea de Chile ->
CL; Agência Brasil -> BR; 中国铁路昆明局集团有限公司, 中缅, 新中国 -> CN), never a city's country (Seoul/Busan name KR only
through 'Hàn Quốc'; Đài Bắc names none); 中新社 and 广西日报 name no country.
Judgement calls: 858, 860 and 872 name no country (Vietnam and Morocco are not written; 'Forces armées royales' names
none); 863 names none (РАН is not spelled out); 865 names none; Tây Bắc is a place though 'khu vực Tây Bắc' also closes
the Đài's name; Bản Chát (a hydropower reservoir) is a place; 'Ban quản lý vịnh Nha Trang' is an organization;
'Bộ Chỉ huy Quân sự tỉnh' (no province written) is still an organization; Limache the town and Limache the station are
one place; 'la Delegación Presidencial Regional de Valparaíso' is an organization, its official's title no entity;
INDECI, SENAMHI and Provias Nacional are organizations, 'the Transport Ministry' too; 'the local disaster agency in Agam'
is none; the Tichka pass is one place ('col du Tizi n'Tichka', 'col du Tichka'); the resort 'station d'Oukaïmeden' is
Oukaïmeden; 'port de Praia' is an alias of Praia; 'aérodrome de São Filipe' is a place apart from the town São Filipe;
'Pecém' (the port, 'Porto do Pecém', 'o Pecém') is one place; 'Ferrovia Transnordestina' is the railway (a place),
'Transnordestina Logística S.A.' (TLSA) its operator."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
G = {
 "858_vi.txt": ("vi", [], [
  (L, "Lai Châu", ["tỉnh Lai Châu"]), TTXVN, (O, "Ban Chỉ huy Phòng thủ dân sự tỉnh Lai Châu", []),
  (L, "Nậm Cuổi", ["bản Nậm Cuổi"]), (L, "Sìn Hồ", ["xã Sìn Hồ"]), (L, "Nậm Mạ", ["suối Nậm Mạ"]),
  (L, "Pú Đao", ["xã Pú Đao"]), (L, "Nậm Nhùn", ["huyện Nậm Nhùn"]), (L, "Đà", ["sông Đà"]),
  (L, "Nậm Ngà", ["bản Nậm Ngà"]), (L, "Quốc lộ 4D", []), (L, "Bình Lư", ["xã Bình Lư"]), (L, "Sa Pa", ["phường Sa Pa"]),
  (L, "Lào Cai", ["tỉnh Lào Cai"]), (L, "Quốc lộ 12", ["Lai Châu - Điện Biên"]), (L, "Điện Biên", []),
  (L, "Phong Thổ", ["xã Phong Thổ"]), (O, "Ủy ban nhân dân tỉnh Lai Châu", []), (P, "Lò Văn Thắm", []),
  (O, "Bộ Chỉ huy Quân sự tỉnh", []), (O, "Công an tỉnh Lai Châu", []), (P, "Giàng A Páo", []),
  (L, "Bản Chát", ["thủy điện Bản Chát"]), (O, "Đài Khí tượng thủy văn khu vực Tây Bắc", []),
  (L, "Tây Bắc", ["khu vực Tây Bắc"]), (L, "Sơn La", [])]),
 "859_vi.txt": ("vi", ["KR", "RU"], [
  (L, "Khánh Hòa", []), (L, "vịnh Nha Trang", ["Nha Trang"]), (L, "vịnh Vĩnh Hy", ["Vĩnh Hy"]),
  (O, "Sở Du lịch Khánh Hòa", ["Sở Du lịch"]), (L, "Sân bay quốc tế Cam Ranh", []), (L, "Seoul", []), (L, "Busan", []),
  (L, "Novosibirsk", []), (L, "Vladivostok", []), (L, "Ninh Thuận", []), (L, "Vườn quốc gia Núi Chúa", ["Núi Chúa"]),
  (L, "Po Klong Garai", ["tháp Po Klong Garai"]), (L, "Bàu Trúc", ["làng gốm Bàu Trúc"]),
  (L, "Cam Ranh", ["bán đảo Cam Ranh"]), (P, "Trịnh Ngọc Hân", []), (L, "Bình Ba", ["đảo Bình Ba"]),
  (L, "Hòn Mun", []), (P, "Võ Thanh Luân", []), (O, "Vietjet Air", []), (L, "Đài Bắc", []),
  (O, "Ban quản lý vịnh Nha Trang", []), (L, "Hòn Tằm", ["đảo Hòn Tằm"])]),
 "860_vi.txt": ("vi", [], [
  (L, "Quảng Ngãi", ["tỉnh Quảng Ngãi"]), TTXVN, (O, "Ủy ban nhân dân tỉnh Quảng Ngãi", ["Ủy ban nhân dân tỉnh"]),
  (L, "cầu Trà Khúc 3", ["Trà Khúc 3"]), (L, "Trà Khúc", ["sông Trà Khúc"]), (L, "Cẩm Thành", ["phường Cẩm Thành"]),
  (L, "Tịnh Long", ["xã Tịnh Long"]), (L, "cầu Trà Khúc 1", []), (L, "Quốc lộ 1", []),
  (L, "đường ven biển Dung Quất - Sa Huỳnh", ["Dung Quất - Sa Huỳnh"]), (L, "Dung Quất", ["Khu kinh tế Dung Quất"]),
  (L, "Sa Huỳnh", []), (L, "Bình Hải", ["xã Bình Hải"]), (P, "Đinh Văn Hưởng", []), (L, "Kon Tum", []),
  (L, "Bờ Y", ["cửa khẩu quốc tế Bờ Y"]), (L, "Tây Nguyên", []), (L, "Violắc", ["đèo Violắc"]),
  (P, "Nguyễn Tấn Lực", []),
  (O, "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ngãi", []),
  (L, "Sa Kỳ", ["cảng Sa Kỳ"]), (L, "Lý Sơn", ["đặc khu Lý Sơn"])]),
 "861_ru.txt": ("ru", ["RU"], [
  (L, "Шерегеш", ["поселке Шерегеш"]), (L, "Горная Шория", ["Горной Шории"]),
  (L, "Кемерово", ["КЕМЕРОВО", "Кемерове"]), (O, "ТАСС", []),
  (L, "Таштагол - Шерегеш", ["автодороге Таштагол - Шерегеш"]), (L, "Кузбасс", ["Кузбассе", "Кузбасса"]),
  (L, "Таштагол", ["Таштаголе"]),
  (O, "Главное управление МЧС России по Кемеровской области - Кузбассу",
   ["Главном управлении МЧС России по Кемеровской области - Кузбассу"]),
  (L, "Зеленая", ["горы Зеленой"]), (L, "Новокузнецк - Таштагол", ["трассе Новокузнецк - Таштагол"]),
  (L, "Новокузнецк", ["Новокузнецке"]), (L, "Кондома", ["реку Кондому"]), (L, "Спиченково", ["села Спиченково"]),
  (P, "Илья Середюк", []), (L, "Таштагольский округ", ["Таштагольского округа", "Таштагольского"]),
  (L, "Междуреченский округ", ["Междуреченского"]), (L, "Усть-Кабырза", ["Усть-Кабырзы"]),
  (L, "Усть-Анзас", ["Усть-Анзаса"]), (P, "Виктор Мальцев", ["Виктора Мальцева"]), (L, "Мундыбаш", ["Мундыбаше"]),
  (O, "Кемеровский ЦГМС", ["Кемеровского ЦГМС"]), (L, "Поднебесные Зубья", []),
  (L, "Междуреченск", ["Междуреченска"])]),
 "862_ru.txt": ("ru", ["RU"], [
  (O, "Законодательное собрание Пермского края", ["Заксобрание Прикамья"]), (L, "Пермь", ["ПЕРМЬ", "Перми"]),
  (O, "Интерфакс-Урал", []), (P, "Игорь Лещанский", []),
  (L, "Северный обход Перми", ["Северного обхода Перми"]), (L, "Пермь - Березники", ["трассы Пермь - Березники"]),
  (L, "Березники", []), (L, "Кама", ["Каму"]), (L, "улица Революции", ["улицы Революции"]),
  (L, "Парковый", ["микрорайона Парковый"]), (P, "Дмитрий Махонин", ["Дмитрия Махонина"]),
  (O, "Минтранс России", ["Минтрансом России"]), (L, "Соликамск", ["Соликамске"]),
  (L, "Краснокамск", ["Краснокамске"]), (L, "Чусовой", ["Чусовом"]), (L, "Кудымкар", ["Кудымкара"]),
  (L, "Кунгурский округ", ["Кунгурского округа"]), (L, "Коми-Пермяцкий округ", ["Коми-Пермяцком округе"]),
  (O, "КПРФ", []), (P, "Олег Шахматов", []), (P, "Ирина Кутузова", []), (O, "Уралкалий", ["\"Уралкалий\""]),
  (O, "Лукойл-Пермь", ["\"Лукойл-Пермь\""])]),
 "863_ru.txt": ("ru", [], [
  (L, "Дагестан", ["Дагестане"]), (L, "Кизилюрт", ["Кизилюрте", "Кизилюрта"]),
  (L, "Махачкала", ["МАХАЧКАЛА", "Махачкале"]), (O, "РИА Новости", []),
  (O, "Дагестанский филиал Единой геофизической службы РАН",
   ["Дагестанском филиале Единой геофизической службы РАН"]),
  (L, "Буйнакск", ["Буйнакске"]), (L, "Каспийск", ["Каспийске"]), (L, "Хасавюрт", ["Хасавюрте"]),
  (L, "Унцукульский район", ["Унцукульского"]), (L, "Гумбетовский район", ["Гумбетовского районов"]),
  (L, "улица Гагарина", ["улице Гагарина"]), (L, "Чиркейская ГЭС", ["Чиркейскую ГЭС"]), (L, "Сулак", ["реке Сулак"]),
  (O, "Главное управление МЧС по Дагестану", ["Главном управлении МЧС по Дагестану"]), (P, "Сергей Меликов", []),
  (L, "Чиркей", ["села Чиркей"]), (P, "Патимат Гасанова", []), (P, "Камиль Алибеков", []),
  (L, "Чиркейское водохранилище", ["Чиркейского водохранилища"]),
  (L, "Сулакский каньон", ["Сулакского каньона", "Сулакскому каньону"]),
  (L, "Северо-Кавказский регион", ["Северо-Кавказском регионе"])]),
 "864_zh.txt": ("zh", ["CN", "MM"], [
  (L, "大理至瑞丽铁路", ["大瑞铁路", "保山至瑞丽段", "大理至保山段"]), (L, "云南", []), (O, "新华社", []),
  (L, "昆明", []), (P, "段丽萍", []), (L, "保山", []), (L, "保山站", []), (L, "德宏傣族景颇族自治州", ["德宏州", "德宏"]),
  (L, "瑞丽", ["瑞丽市"]), (L, "龙陵", []), (L, "芒市", []), (L, "怒江", []), (L, "高黎贡山", []), (L, "龙陵隧道", []),
  (O, "中国铁路昆明局集团有限公司", []), (P, "杨启明", []), (L, "勐焕大金塔", []), (L, "姐告口岸", []),
  (P, "岩温香", []), (L, "瑞丽国家重点开发开放试验区", []), (L, "瑞丽江", []), (O, "云南省发展和改革委员会", []),
  (L, "大理", []), (L, "滇西", []), (L, "腾冲", []), (P, "李秀芬", [])]),
 "865_zh.txt": ("zh", [], [
  (L, "甘肃", []), (L, "敦煌莫高窟", ["莫高窟"]), (O, "中新社", []), (L, "兰州", []), (P, "马文轩", []),
  (O, "甘肃省文化和旅游厅", []), (L, "鸣沙山月牙泉", []), (L, "张掖七彩丹霞", []), (L, "嘉峪关关城", []),
  (P, "何雪梅", []), (L, "广东", []), (L, "上海", []), (L, "四川", []), (L, "兰州中川国际机场", []), (L, "深圳", []),
  (L, "厦门", []), (L, "乌鲁木齐", []), (L, "敦煌莫高国际机场", []), (L, "西安", []), (O, "敦煌研究院", []),
  (P, "罗嘉颖", []), (L, "河西走廊", []), (L, "天祝藏族自治县", []), (L, "乌鞘岭滑雪场", []), (L, "武威", []),
  (L, "甘南藏族自治州", []), (L, "扎尕那", []), (L, "迭部县", []), (O, "西北师范大学", []), (P, "丁永康", []),
  (L, "敦煌", []), (L, "张掖", []), (L, "嘉峪关", [])]),
 "866_zh.txt": ("zh", ["CN"], [
  (L, "平陆运河", []), (L, "青年枢纽", []), (L, "广西", []), (L, "南宁", ["南宁市"]), (O, "广西日报", []),
  (P, "韦丽娟", []), (L, "横州市", []), (L, "钦州港", []), (L, "西津库区", []), (L, "平塘江口", []),
  (L, "钦州市", []), (L, "灵山县", []), (L, "陆屋镇", []), (L, "钦江", []), (L, "北部湾", []), (L, "西江", []),
  (L, "北部湾港", []), (L, "广州", []), (O, "广西平陆运河建设有限公司", []), (P, "覃国栋", []), (L, "马道", []),
  (L, "企石", []), (L, "沙坪大桥", []), (L, "旧州大桥", []), (L, "钦南区", []), (O, "广西壮族自治区交通运输厅", []),
  (L, "西部陆海新通道", []), (L, "贵州", []), (L, "云南", []), (O, "东盟", []), (L, "旧州村", []), (P, "黄德海", [])]),
 "867_ar.txt": ("ar", ["SA"], [
  (L, "عقبة ضلع", ["طريق عقبة ضلع"]), (L, "عسير", ["منطقة عسير", "بمنطقة عسير"]), (L, "أبها", []), (O, "واس", []),
  (O, "وزارة النقل والخدمات اللوجستية", []), (L, "الدرب", ["محافظة الدرب"]), (P, "سعيد بن مانع القحطاني", []),
  (L, "عقبة شعار", ["طريق عقبة شعار"]), (L, "محايل عسير", []), (L, "رجال ألمع", ["محافظة رجال ألمع"]),
  (O, "الدفاع المدني", []), (L, "وادي حلي", []), (L, "السودة", []), (L, "تهلل", ["وتهلل"]),
  (O, "هيئة الهلال الأحمر السعودي", []), (L, "خميس مشيط", ["وخميس مشيط"]), (L, "النماص", ["والنماص"]),
  (L, "طريق الملك فهد", []), (L, "مطار أبها الدولي", []), (O, "الهيئة العامة للأرصاد وحماية البيئة", []),
  (L, "جازان", ["وجازان"]), (L, "الباحة", ["والباحة"]), (L, "نجران", ["ونجران"]), (L, "السروات", ["جبال السروات"])]),
 "868_ar.txt": ("ar", ["OM"], [
  (L, "جنوب الشرقية", ["محافظة جنوب الشرقية", "بمحافظة جنوب الشرقية"]), (L, "مسقط", []),
  (O, "العمانية", ["العُمانية"]), (O, "اللجنة الوطنية لإدارة الحالات الطارئة", []),
  (L, "صور", ["ولاية صور", "بولاية صور"]), (L, "جعلان بني بو علي", ["وجعلان بني بو علي", "بولاية جعلان بني بو علي"]),
  (L, "جعلان بني بو حسن", ["وجعلان بني بو حسن"]), (L, "الكامل والوافي", ["والكامل والوافي"]),
  (L, "إبراء", ["ولاية إبراء"]), (L, "وادي الطائيين", ["ووادي الطائيين"]), (L, "وادي بني خالد", []),
  (L, "وادي شاب", []), (O, "المركز الوطني للإنذار المبكر من المخاطر المتعددة", []),
  (L, "رأس الحد", ["نيابة رأس الحد"]), (L, "الأشخرة", ["قرية الأشخرة"]), (P, "هلال بن حمد الحجري", []),
  (L, "خور البطح", []), (L, "الداخلية", ["محافظة الداخلية"]), (O, "وزارة التراث والسياحة", []),
  (L, "الجبل الأخضر", []), (L, "جبل شمس", ["وجبل شمس"]), (O, "مطارات عُمان", ["شركة مطارات عُمان"]),
  (L, "مطار مسقط الدولي", [])]),
 "869_ar.txt": ("ar", ["DZ"], [
  (L, "الطريق الوطني رقم 15", []), (L, "تيزي وزو", ["لتيزي وزو"]), (L, "البويرة", ["والبويرة", "ولاية البويرة", "بولاية البويرة"]),
  (L, "الجزائر", ["الجزائر العاصمة"]), (O, "واج", []), (L, "جرجرة", ["مرتفعات جرجرة"]),
  (L, "تيرورضا", ["ممر تيرورضا"]), (L, "بجاية", ["وبجاية"]), (L, "تيكجدة", ["منطقة تيكجدة", "منتجع تيكجدة"]),
  (O, "الحماية المدنية", []), (O, "المديرية الولائية للحماية المدنية لتيزي وزو", []), (P, "رابح آيت عمارة", []),
  (L, "آيت بوعدو", ["قرية آيت بوعدو"]), (L, "إفرحونن", []), (L, "إليلتن", ["وإليلتن"]), (L, "بوزقن", ["وبوزقن"]),
  (L, "الطريق الوطني رقم 33", []), (L, "الأخضرية", []), (L, "حيزر", ["دائرة حيزر"]),
  (O, "الديوان الوطني للأرصاد الجوية", []), (L, "سطيف", ["وسطيف"]), (L, "باتنة", ["وباتنة"]),
  (P, "كمال أوشيش", []), (L, "البليدة", ["والبليدة"])]),
 "870_en.txt": ("en", ["PE"], [
  (L, "Central Highway", []), (L, "Matucana", []), (L, "Lima", ["LIMA"]), (O, "Reuters", []), (L, "Andes", []),
  (L, "Junin", []), (O, "INDECI", []), (L, "Huarochiri", ["Huarochiri province"]), (L, "Rimac River", []),
  (L, "Chosica", ["Chosica district"]), (O, "Provias Nacional", []), (O, "Transport Ministry", []),
  (L, "La Oroya", []), (L, "Cerro de Pasco", []), (L, "Callao", ["port of Callao"]), (L, "Canta", []),
  (L, "Ticlio", ["Ticlio pass"]), (P, "Wilmer Pari Huaman", []), (L, "San Mateo", []),
  (O, "Ferrocarril Central Andino", []), (O, "SENAMHI", []), (P, "Marco Aquino", []), (P, "Daniel Flynn", [])]),
 "871_en.txt": ("en", ["ID"], [
  (L, "Mount Marapi", ["Marapi"]), (L, "West Sumatra", ["West Sumatra province"]), (P, "Rini Rahmawati", ["RINI RAHMAWATI"]),
  (O, "AP", ["Associated Press"]), (L, "Padang", ["PADANG"]), (L, "Tanah Datar", []), (L, "Agam", []),
  (O, "National Disaster Mitigation Agency", []), (L, "Bukittinggi", []), (L, "Anai Valley", []),
  (O, "National Search and Rescue Agency", []), (L, "Bukik Batabuah", []), (L, "Sungai Pua", []),
  (P, "Yusrizal Datuak Rajo", []), (P, "Mahyeldi Ansharullah", []), (L, "Batusangkar", []), (L, "Padang Panjang", []),
  (L, "Lake Maninjau", []), (L, "Harau Valley", []), (L, "Sumatra", []),
  (O, "Center for Volcanology and Geological Hazard Mitigation", [])]),
 "872_fr.txt": ("fr", [], [
  (L, "Tizi n'Tichka", ["col du Tizi n'Tichka", "col du Tichka"]), (L, "Haut Atlas", []), (L, "Marrakech", []),
  (O, "MAP", []), (L, "route nationale n°9", []), (L, "Ouarzazate", []), (L, "Al Haouz", []), (L, "Taddert", []),
  (L, "Agouim", []), (L, "Zagora", []), (L, "Tizi n'Test", []), (L, "Beni Mellal", []),
  (L, "Azilal", ["province d'Azilal"]), (L, "Aït Bouguemez", []), (L, "Zaouiat Ahansal", []),
  (O, "Forces armées royales", []), (L, "Oukaïmeden", ["station d'Oukaïmeden"]), (P, "Hassan Ouboumlik", []),
  (L, "Toubkal", []), (L, "Imlil", []), (L, "Atlas", []), (L, "Rif", [])]),
 "873_fr.txt": ("fr", ["CV", "ES", "GB"], [
  (L, "Fogo", []), (L, "Brava", ["île de Brava"]), (L, "Praia", ["port de Praia"]), (O, "AFP", []),
  (L, "Santiago", ["île de Santiago"]), (L, "Sal", ["île de Sal"]), (L, "Boa Vista", []), (O, "CV Interilhas", []),
  (L, "Vale de Cavaleiros", []), (L, "Furna", []), (P, "Ulisses Correia e Silva", []),
  (L, "aérodrome de São Filipe", []), (L, "São Filipe", []), (L, "Pico do Fogo", ["volcan Pico do Fogo"]),
  (L, "Chã das Caldeiras", []), (P, "Adelina Lopes Tavares", []), (L, "Portela", []),
  (L, "aéroport international Amílcar-Cabral", []), (L, "Santa Maria", [])]),
 "874_es.txt": ("es", ["CL"], [
  (L, "Quilpué", []), (L, "Villa Alemana", []), (L, "Santiago de Chile", []), (O, "EFE", []),
  (L, "Los Quillayes", ["sector de Los Quillayes"]), (L, "Valparaíso", ["región de Valparaíso"]),
  (O, "Delegación Presidencial Regional de Valparaíso", []), (L, "El Retiro", []), (L, "Peñablanca", []),
  (O, "Cuerpo de Bomberos de Quilpué", []), (O, "Fuerza Aérea de Chile", []), (P, "Germán Ossandón Vera", []),
  (L, "ruta 62", []), (L, "Limache", []), (L, "Troncal Sur", []), (L, "Viña del Mar", []), (O, "Merval", []),
  (L, "Sargento Aldea", []), (L, "Quillota", []), (L, "Olmué", []), (P, "Marisol Tapia Urrutia", []),
  (L, "Los Pinos", ["villa Los Pinos"]), (O, "Liceo Comercial de Quilpué", [])]),
 "875_pt.txt": ("pt", ["BR"], [
  (L, "Transnordestina", ["Ferrovia Transnordestina"]), (L, "Salgueiro", []), (L, "Pecém", ["Porto do Pecém"]),
  (O, "Agência Brasil", []), (L, "Brasília", []), (L, "Pernambuco", ["PE"]), (L, "Ceará", ["CE"]),
  (L, "São Gonçalo do Amarante", ["município de São Gonçalo do Amarante"]), (O, "Ministério dos Transportes", []),
  (L, "Missão Velha", []), (L, "Iguatu", []), (L, "Quixeramobim", []), (L, "Caucaia", []),
  (O, "Transnordestina Logística S.A.", ["TLSA"]), (O, "CSN", []), (L, "Araripe", []), (L, "Eliseu Martins", []),
  (L, "Piauí", []), (L, "Matopiba", []), (O, "Tribunal de Contas da União", ["TCU"]), (P, "Renan Filho", []),
  (P, "Elmano de Freitas", []), (L, "Nordeste", []), (P, "Raimundo Alencar Bezerra", []), (L, "Araripina", []),
  (L, "BR-232", []), (L, "Suape", ["Porto de Suape"]), (L, "Itaqui", ["Porto de Itaqui"]), (L, "Maranhão", [])]),
}


here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout49", G)
write_gold(here, "holdout49", "holdout49-gold.json", G)
