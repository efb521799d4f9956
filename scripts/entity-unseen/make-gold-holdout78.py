#!/usr/bin/env python3
"""Writes holdout78-gold.json for the articles in holdout78/ (same format and conventions as make-gold-holdout77.py and,
through it, holdout60-76). A SENTINEL set (never fitted), written blind in session 54 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first in 868eb855, then this gold): wire
news on topics the earlier sets had little of (two dairy co-ops opening merger talks, regional ministers sworn in, a
glacial lake drained, an olive glut, villages along a new iron-ore railway, an airport runway lengthened while the
capital's airport stays shut, floods closing wadis, a power station rehabilitated with Gulf money, a Byzantine mosaic
found, self-drive tourists over a border bridge, a timber-smuggling trial, fishermen rescued at sea, a mountain highway
closed by snow, a fibre plant's new line, a speed-skating World Cup stage, a cosmic-ray source found, potatoes
exported, a river tunnel's traffic), set mostly in countries the earlier sets rarely used (Ireland, Ghana, Nepal,
Tunisia, Guinea, Haiti, Oman, Syria's coast, Jordan's north, the Altai Republic, Bangladesh) and in the corpus's own
(Vietnam's Quảng Ninh, Nghệ An and An Giang, Belarus's Mogilev, Kazakhstan's Almaty, Sichuan, Gansu); REAL public
figures and bodies mixed with invented minor people, firms and villages; 3 en, 3 fr, 3 ar, 3 vi (1404 entirely in
NFD), 3 ru, 3 zh (1395 en with a list of nine ministers, each followed by the region he or she takes over).
General calls, as holdout76's and holdout77's: a continent or a supra-national region (Europe, Central Asia, Центральной
Азии, 南亚, 南美洲) no entity, but a mountain range, a steppe, a plateau and a lake are places (the Himalayas, 'Чуйской
степи', 黄土高原, 'بحيرة طبريا', 安第斯山区); events and competitions (Кубок мира, зимние Азиатские игры, Универсиада, 中国·定西
马铃薯大会), programmes ('Simandou 2040'), treaties ('Công ước CITES'), brands (Kerrygold), crop varieties (TBR97, 陇薯),
cyclones ('شاهين'), journals and titles in 《》 (《自然》) and instruments (大型强子对撞机) none; a country inside a body's
name counts ('Kerry Dairy Ireland' IE, 'Tổng cục Kiểm lâm Lào' LA, 中国科学院高能物理研究所 CN, 韩国出口加工区 KR, 日本国际
协力机构 JP) and so does a news agency's ('كونا' KW, as holdout77); a city named as a market, a base or a buyer
('Dublin-based', 'Kilkenny-based', 'Kathmandu-based', 'في القاهرة ودبي والرياض', 'Miami, Fort Lauderdale') names no
country; a government or ministry named only in a title ('le ministre de l'Agriculture, des Ressources hydrauliques et
de la Pêche', 'Le ministre des Mines et de la Géologie', 'وزير السياحة والآثار الأردني', 'وزير الطاقة', 'الحكومة السورية',
'Chính phủ Cuba', 孟加拉国政府) none; a national team named by its country ('Сборная Казахстана') no organization;
observatories and laboratories, like institutes, hospitals and museums, are organizations (拉索, SWGO, 中国锦屏地下实验室);
a descriptive 'port of X' / 'cửa khẩu X' / 'пункт пропуска X' / 'مصب X' is X's alias, a facility with a proper name of
its own or named like a place named otherwise a place apart (the Hugo Chávez and Toussaint-Louverture airports, 'محطة
بانياس الحرارية', 稻城亚丁机场, 定西国际陆港, 吉大港港, the Upper Tamakoshi plant), and one named after a place named nowhere
else that place's alias ('port de Morébaya', 'Rasuwagadhi border post', 'Cảng hàng không quốc tế Vân Đồn', 钦州港,
马塔尔巴里深水港); a line, road, route, corridor or tunnel is a place, and a line or road named by its ends each end too;
a building, a market and a bridge are places (Jubilee House, 'palais de Carthage', Kejetia, 'cầu Bắc Luân II'):
1394 en Reuters 'DUBLIN, Dec 7 (Reuters) -' (Tirlan and Dairygold, 'Kerry Dairy Ireland and Lakeland Dairies', an
invented consultancy after 'Dublin-based consultancy', Kilkenny as a firm's base, Mitchelstown with no cue, the CCPC
after its name, an invented board member, Fermoy, 'the European Union nitrates directive' (the EU a body, the directive
none), the European Commission, Martin Heydon after 'Agriculture Minister', Brussels, 'from Cork and Limerick to
Waterford', 'along the Blackwater' (a river with no cue), an invented analyst and Goodbody, Ornua ('the Kerrygold brand'
none), Bord Bia after 'state food agency', 'Dutch group FrieslandCampina' and "Denmark's Arla Foods", the IFA after its
name, Kerry Group, a reporting/editing line; Ireland/Irish IE, Germany DE, Britain GB, the United States US, China CN,
Dutch NL, Denmark DK; Europe none);
1395 en AP 'ACCRA, Ghana (AP) —' (Mahama after 'Ghanaian President' with his middle name, then 'Mahama'; Jubilee House
(the presidency's seat, a place); nine invented ministers in one list, each 'X for Y' where Y is a region with no cue
word ('for Central', 'for Northern', 'for Volta', 'for Eastern', 'for Oti', 'for Upper West': places, as a reader of
Ghanaian news takes them; 'the Ashanti region' with its noun as alias), two of them later by surname; an invented
former minister after 'the Western regional minister' ('Western' there part of a title: no place); the local government
ministry's long name with commas; Sekondi-Takoradi; the real vice president and chief of staff after their titles;
Kumasi and Tamale; 'along the White Volta' (a river, apart from the Volta region); Bolgatanga; NADMO after its name;
'a former mayor of Obuasi'; "Kejetia market's eastern wing" (the market a place); 'from Damongo to Bole'; the NPP after
its name and its real spokesman; the District Assemblies Common Fund; the IMF; the Ghana Cocoa Board; Ghana/Ghanaian
GH, Togo TG, Burkina Faso BF);
1396 en AFP 'KATHMANDU, Dec 7 (AFP) -' (Tsho Rolpa, the Himalayas ('Himalayan' an adjective, no alias), 'the Rolwaling
valley in Dolakha district', 'the Trakarding glacier', the Department of Hydrology and Meteorology, an invented
hydrologist, Beding, 'the Tamakoshi plant' and 'The 456-megawatt Upper Tamakoshi plant' (a power plant named like the
river: a place apart), the operator 'Upper Tamakoshi Hydropower Ltd', the Green Climate Fund, UNDP after its name,
Lukla, ICIMOD after its name ('Kathmandu-based'), 'the Koshi basin', Tibet (a region: a place, no country), 'the Bhote
Koshi', 'the Rasuwagadhi border post' (its alias), Na (a two-letter village with no cue), a yak herder after his
occupation, 'the Rolwaling Khola' (a river, apart from the valley), 'the Tamakoshi river', Charikot; Nepal NP, China CN,
India IN, Bangladesh BD, Bhutan BT);
1397 fr AFP 'Sfax, 7 décembre 2026 (AFP) -' (Sfax also as 'le port de Sfax' and 'gouvernorats de Sfax', an invented
farmer, 'près d'Agareb', ONH after its name, 'de Sfax, Kairouan et Sidi Bouzid', Kasserine, Kaïs Saïed after 'Le
président', 'le palais de Carthage' (a building, a place), the ministry in a title only (none), UTAP after its name,
'marchés américain et canadien' and 'embouteilleurs italiens et espagnols' (adjectives: countries), a researcher at
'l'Institut de l'olivier', 'vers Jaén ou les Pouilles', l'Union européenne, 'la route Sfax-Gabès' with Gabès, 'les
huileries de Mahrès', 'l'huilerie Zitouna Sud' (invented), its director, the central bank; Tunisie/tunisienne TN,
américain US, canadien CA, italiens IT, espagnols/Espagne ES);
1398 fr AFP 'Conakry, 7 décembre 2026 (AFP) -' (Simandou and 'les monts Simandou' (the range, a place; 'Winning
Consortium Simandou' a body, « Simandou 2040 » a programme: none), 'le chemin de fer Transguinéen' (a railway, a
place) apart from 'la Compagnie du TransGuinéen (CTG)', 'Kankan, Faranah et Mamou', 'au port de Morébaya, dans la
préfecture de Forécariah' (Morébaya named nowhere else: the port its alias), Rio Tinto and WCS, an invented village
chief, Kissidougou, 'village de Banko Wéré' (invented), 'les préfectures de Beyla et de Kérouané', CRCC after its name,
Doumbouya after 'Le président', the mining minister by title only, an invented CTG director with a hyphenated surname,
'L'ONG Les Mêmes Droits pour Tous (MDT)', 'entre Dabola et Dinguiraye', Human Rights Watch after "L'ONG américaine", the
IMF, China Baowu, 'la bauxite de Boké'; Guinée/guinéen GN, Chine CN, américaine US, Japon JP, Corée du Sud KR);
1399 fr AFP 'Port-au-Prince, 7 décembre 2026 (AFP) -' ('l'aéroport international Hugo Chávez du Cap-Haïtien' (an airport
with a person's name: a place apart; the person inside none), Cap-Haïtien also as « Le Cap » in a quote, 'l'aéroport
Toussaint-Louverture' later 'rouvrir Toussaint-Louverture' (one place), AAN after its name, the IDB as 'Banque
interaméricaine de développement (BID)', an invented Dominican builder, an invented AAN director,
Sunrise Airways, 'vers Miami, Fort Lauderdale et Santiago de los Caballeros', the FAA in French with its acronym,
American Airlines and Spirit Airlines, 'la route Port-au-Prince–Cap-Haïtien' (an en dash), 'le Nord' (none, as
holdout77's 'du Nord'), 'à Cabaret et dans l'Arcahaie', a trader 'de Pétion-Ville', Montréal, the FRG after its name, 'le
Conseil de sécurité de l'ONU' (two bodies), 'la mission menée par le Kenya' (KE), 'le quartier de Delmas 33', the PNH,
'boulevard du Cap' (a street, a place) and Labadie, the tourism association, the OFNAC; Haïti/haïtienne HT,
américains US, dominicaine DO, Kenya KE, Canada CA, France FR);
1400 ar KUNA 'مسقط - 7 - 12 (كونا) --' ('سلطنة عمان' (OM; 'شرطة عمان السلطانية' a body), 'شمال الباطنة' with and without
'محافظة', 'صحار وصحم' over 'ولايتي' and 'ولاية صحم', the met directorate inside the civil aviation authority (two bodies),
'وادي الجزي', البريمي with 'و', the civil defence authority, 'الجنسيتين الهندية والبنغلاديشية' (IN, BD), 'طريق صحار -
البريمي' (a road by its ends), 'منطقة الوقبة', an invented brigadier after 'العميد', 'ولايات الخابورة والسويق ولوى' (three
places over one plural noun), 'طريق الباطنة السريع' (a named road, a place; الباطنة inside none), 'بين مسقط وشناص', Asyad,
'ميناء صحار' (Sohar's alias), Sohar Aluminium, Sultan Haitham after 'جلالة السلطان', 'الحالة المدارية (شاهين)' none, a
farmer 'من قرية الحويل', 'دولة الإمارات العربية المتحدة' (AE) with its weather centre, 'الفجيرة وخورفكان'; KUNA's name KW);
1401 ar QNA 'اللاذقية في 07 ديسمبر /قنا/' (the energy ministry ('وزارة الطاقة السورية'), the Qatar Fund for Development with
'و' and 'ل', 'محطة بانياس الحرارية' (a power station named like a named city: a place apart) and 'مدينة بانياس', 'مصب
بانياس النفطي' (a descriptive oil terminal: Baniyas's alias), the real minister after 'وزير الطاقة المهندس', the fund's
real director general after 'السيد', 'محافظتي اللاذقية وطرطوس', 'خط كلس - حلب' (a pipeline by its ends) with each, 'الغاز
الأذربيجاني' (AZ), 'الأراضي التركية' (TR), UCC Holding in Arabic letters, General Electric, Kalyon, an invented engineer
heading the generation establishment, 'دير الزور ومحردة وزيزون', 'وديان الربيع', al-Sharaa after 'الرئيس السوري', the
Emir after 'حضرة صاحب السمو الشيخ' (titles not part of the name), الدوحة, a carpenter known by his kunya, 'حي الصليبة
باللاذقية', 'خط الساحل' (a common noun) none, 'من جبلة إلى طرطوس', the World Bank; سوريا/السورية SY, قطر/القطرية QA, TR, AZ,
الأمريكية US);
1402 ar MENA 'عمان في 7 ديسمبر /أ ش أ/' ('عمان' the capital Amman, written like Oman: a place, no country of its own), the
antiquities department ('الأردنية' after it), 'موقع أم قيس الأثري بمحافظة إربد', the real director general after
'الدكتور', 'المسرح الغربي' (a monument by a common noun: none), an invented Italian professor and the Sapienza university
'في روما', 'أسقف جدارا' (ancient Gadara, a place), 'الديكابوليس' (a historical region, a place, as holdout77's Danxomè),
an invented Jordanian researcher and Yarmouk University, 'بحيرة طبريا', the minister by title only, 'بجرش وبيلا', the
Italian cooperation agency and the German Archaeological Institute, a restaurant owner known by his kunya, 'وادي
اليرموك', the tourism board, 'في القاهرة ودبي والرياض' (markets: places, no country), Egypt's antiquities council;
الأردن/الأردنية/الأردني JO, الإيطالية/الإيطالي IT, الألماني DE, مصريون EG);
1403 vi TTXVN 'Quảng Ninh, 7/12 (TTXVN) -' ('cửa khẩu quốc tế Móng Cái' (Móng Cái's alias; the border post named after
it a body), the provincial people's committee, 'thành phố Đông Hưng (Khu tự trị dân tộc Choang Quảng Tây, Trung Quốc)'
(Chinese places in Vietnamese), 'cầu Bắc Luân II' (a bridge, a place), the tourism department, 'cao tốc Vân Đồn - Móng
Cái' with Vân Đồn (also as 'Cảng hàng không quốc tế Vân Đồn', its alias), Hạ Long, an invented vice chairman after
'ông' then 'ông Diện', 'Cô Tô, Quan Lạn và ... Bình Liêu', a Chinese deputy mayor, 'Nam Ninh, Quảng Châu và Thâm
Quyến', the border post and its parent command, an invented travel firm and its director ('anh Khánh'), 'vịnh Bái Tử
Long', 'Khách Quảng Đông' (visitors from Guangdong: the province), Vietravel Airlines, 'Cục Thống kê (Bộ Tài chính)' (two
bodies), Sun Group, 'đồi Ba Đèo'; Trung Quốc CN, Việt Nam VN, Hàn Quốc KR);
1404 vi TTXVN 'Nghệ An, 7/12 (TTXVN) -', entirely in NFD (the provincial court and procuracy, 'cửa khẩu quốc tế Nậm
Cắn' and the headline's 'cửa khẩu Nậm Cắn' (one place; the joint control station named after it a body), invented
defendants with full names then 'bị cáo Tùng'/'Thảo'/'Sáu', 'xã Mường Xén', 'tỉnh Xiêng Khoảng và tỉnh Hủa Phăn của Lào'
(Lao provinces in Vietnamese), 'Quốc lộ 7', 'Đô Lương và Diễn Châu', Bắc Ninh, an invented timber firm, the smuggling
investigation branch 'thuộc Cục Hải quan' (two bodies), the provincial police, Khe Choang, 'Kiểm lâm Nghệ An', 'Công
ước CITES' none, an invented lawyer and the provincial bar, 'Tổng cục Kiểm lâm Lào'; 'Hội đồng xét xử' none; Lào LA,
Việt Nam VN);
1405 vi TTXVN 'An Giang, 7/12 (TTXVN) -' (the provincial border guard command, 'đảo Thổ Chu', boat numbers 'KG 91234 TS'
and 'KN 493' none, the maritime rescue centre IV, an invented skipper 'trú tại đặc khu Kiên Hải', 'cảng cá Tắc Cậu', the
fisheries patrol unit, an invented colonel after 'Đại tá', the agriculture and environment department, 'Ủy ban châu Âu
(EC)', an invented director then 'ông Phong', 'Rạch Giá, Hà Tiên và Phú Quốc', 'Campuchia và Thái Lan', 'Malaysia và
Indonesia', the southern hydro-meteorological station, 'từ Cà Mau đến Kiên Giang' (the old province's name in a sea
forecast: a place), a rescued fisherman then 'anh Hiền', Hòn Tre; no word names Vietnam: KH, TH, MY, ID);
1406 ru TASS 'ГОРНО-АЛТАЙСК, 7 декабря. /ТАСС/.' ('Чуйский тракт' and 'Р-256' (one road), 'от Семинского перевала' and
'На Семинском и Чике-Таманском перевалах' (two passes over one plural noun), Кош-Агач in the genitive and instrumental,
'ФКУ "Алтайуправтодор"', an engineer with his patronymic, the FSB border department in the genitive ('ФСБ России' RU),
'пункта пропуска Ташанта', 'в селе Ташанта' and 'Через Ташанту' (one place: the checkpoint descriptive), 'с Монголией',
a driver 'из Бийска', Turchak after 'Глава Республики Алтай', the Kosh-Agach district administration (lowercase, a body),
the Gorno-Altaisk hydrometeorological centre in the prepositional, 'в Онгудайском и Улаганском районах', 'в Чуйской
степи', 'в Алтайском крае' and 'Алтайскому краю', 'трассе Барнаул - Бийск' with Барнаул, the Emergencies Ministry's
Altai department, 'российско-монгольской' (RU, MN), 'В Кобдо и Улгий'; Монголия MN, России RU);
1407 ru BelTA 'МОГИЛЕВ, 7 декабря (БЕЛТА) -' (ОАО "Могилевхимволокно", 'из Казахстана и Узбекистана', the director
general with his patronymic, 'Российский рынок' (RU), 'из Могилева', 'в Иванове, Твери и Смоленске', 'в Шымкенте и
Ташкенте', Sinopec Engineering after 'китайской компании', the Development Bank in the instrumental, 'через Брест и
Оршу', the real oblast chairman, the oblast executive committee in the genitive, 'микрорайоне Казимировка',
'концерн "Белнефтехим"', Lukashenko after 'Президент Беларуси', 'Могилевской области' and 'Могилевщины' (the region's
informal name: its alias), Bobruiskshina and Krichevcementnoshifer in quotes, an invented shop head, two colleges in
the genitive, Минск, Belstat's long name in the genitive, 'Армения и Киргизия', 'железной дороге Могилев - Орша -
Смоленск' (a line by three stops), 'ивановских фабрик' (an adjective: none); Беларусь BY, Казахстан KZ, Узбекистан UZ,
китайской CN, Россия RU, Армения AM, Киргизия KG);
1408 ru Kazinform 'АЛМАТЫ. KAZINFORM -' ('каток "Медеу"' (a rink, a place), the ISU in Russian and as 'ISU', the
ministry in the prepositional, an invented federation president with his patronymic, Dosayev after 'Аким Алматы',
'проспекта Достык' (a street, a place), 'до Шымбулака', three foreign skaters transliterated after nationality
nouns, one in the genitive with a particle ('нидерландца Йеннинга де Бо'), 'из Китая и Южной Кореи', 'Сборная
Казахстана' (none, KZ), the coach then 'Волков', four skaters in a list, 'из Усть-Каменогорска', a vice minister, the
Samruk-Kazyna Trust fund in quotes; Казахстан KZ, японку JP, нидерландца NL, американца US, Китая CN, Южной Кореи KR);
1409 zh Xinhua '新华社成都12月7日电（记者 童芳 张海磊）' (the Institute of High Energy Physics (CN), '四川稻城海子山' (three
places run together), the observatory '高海拔宇宙线观测站“拉索”（LHAASO）' and '拉索观测站' (an organization), the real
chief scientist, 天鹅座 none, 欧洲核子研究中心, 大型强子对撞机 none, 甘孜藏族自治州, 稻城亚丁机场 (a place apart), 四川大学
with its 物理学院 (nested) and an invented associate professor, '泰国、俄罗斯和瑞士', Geneva University with its department
and an invented researcher with a middle dot, the provincial science department and an invented deputy head, 锦屏地下实验室
and 中国锦屏地下实验室 (one body), 凉山彝族自治州, a Tibetan engineer, 南美洲 none, 安第斯山区, SWGO after its Chinese name;
中国 CN (in bodies' names), 泰国 TH, 俄罗斯 RU, 瑞士 CH);
1410 zh Xinhua '新华社兰州12月7日电（记者 程楠 周圆圆）' ('甘肃定西', 安定区巉口镇 (two places run together), 定西国际陆港 (an
inland port named like a named city: a place apart), 西部陆海新通道 (a corridor, a place), 广西, 钦州港 (Qinzhou named
nowhere else: its alias), '越南、泰国和印度尼西亚', the city agriculture bureau and an invented head, an invented potato firm
and manager, 中国农业大学 and 甘肃农业大学, the national potato research centre with its Dingxi branch (nested), an invented
researcher, 黄土高原, '内蒙古、宁夏和青海', '渭源县会川镇', a large grower, the provincial agriculture department and an
invented deputy head, '定西、陇南、天水', 中国·定西马铃薯大会 none, FAO after its Chinese name, 国际马铃薯中心; 中国 CN (in a
university's name), 越南 VN, 泰国 TH, 印度尼西亚 ID, 马来西亚 MY);
1411 zh Xinhua '新华社达卡12月6日电（记者 刘春涛 孙楠）' (the Bangladesh Bridge Authority, CCCC written out and its Bangladesh
branch (nested), 卡纳普利河底隧道 (a tunnel, a place) apart from 卡纳普利河, 吉大港 and 吉大港港 (the port: a place apart),
南亚 none, 阿瑙瓦拉 and 阿瑙瓦拉地区, the authority's project director with a middle dot, 科克斯巴扎尔, an invented CCCC
manager, 阿瑙瓦拉经济区 with 韩国出口加工区 and 中国经济工业园 (zones: places; KR and CN in their names), a factory owner
with two middle dots, 姚文 after '中国驻孟加拉国大使', 帕德玛大桥铁路连接线 (a rail link, a place), '一带一路' none, the roads
ministry, '达卡—吉大港高速公路' (a road by its ends, an em dash), 吉大港大学 and an invented professor, 马塔尔巴里深水港
(Matarbari named nowhere else: its alias), JICA after its Chinese name; 孟加拉国/孟方 BD, 中国/中方 CN, 韩国 KR, 日本 JP)."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1394_en.txt": ("en", ["CN", "DE", "DK", "GB", "IE", "NL", "US"], [
  (L, "Dublin", ["DUBLIN"]), (O, "Reuters", []), (O, "Tirlan", []), (O, "Dairygold", []),
  (O, "Kerry Dairy Ireland", []), (O, "Lakeland Dairies", []), (O, "Farrelly Agri Research", []),
  (L, "Kilkenny", []), (L, "Mitchelstown", []), (O, "Competition and Consumer Protection Commission", ["CCPC"]),
  (P, "Niamh Cudden", []), (L, "Fermoy", []), (O, "European Union", []), (O, "European Commission", []),
  (P, "Martin Heydon", []), (L, "Brussels", []), (L, "Cork", []), (L, "Limerick", []), (L, "Waterford", []),
  (L, "Blackwater", []), (P, "Diarmuid Kehoe", []), (O, "Goodbody", []), (O, "Ornua", []), (O, "Bord Bia", []),
  (O, "FrieslandCampina", []), (O, "Arla Foods", []), (O, "Irish Farmers' Association", ["IFA"]),
  (O, "Kerry Group", []), (P, "Padraic Halpin", []), (P, "Jan Harvey", [])]),
 "1395_en.txt": ("en", ["BF", "GH", "TG"], [
  (L, "Accra", ["ACCRA"]), (O, "Associated Press", ["AP"]), (P, "John Dramani Mahama", ["Mahama"]),
  (L, "Jubilee House", []), (P, "Kwabena Agyei-Boateng", ["Agyei-Boateng"]), (L, "Ashanti", ["Ashanti region"]),
  (P, "Efua Mensah-Bonsu", []), (L, "Central", []), (P, "Yakubu Alhassan Dawuni", []), (L, "Northern", []),
  (P, "Selorm Adzraku", []), (L, "Volta", []), (P, "Rashida Ibrahim Tanko", ["Tanko"]), (L, "Savannah", []),
  (P, "Kofi Ntiamoah", []), (L, "Bono East", []), (P, "Abena Oforiwaa Asante", []), (L, "Eastern", []),
  (P, "Joseph Kpeli", []), (L, "Oti", []), (P, "Baba Sumaila", []), (L, "Upper West", []), (P, "Grace Ayensu", []),
  (O, "Ministry of Local Government, Chieftaincy and Religious Affairs", []), (L, "Sekondi-Takoradi", []),
  (P, "Jane Naana Opoku-Agyemang", []), (P, "Julius Debrah", []), (L, "Kumasi", []), (L, "Tamale", []),
  (L, "White Volta", []), (L, "Bolgatanga", []), (O, "National Disaster Management Organization", ["NADMO"]),
  (L, "Obuasi", []), (L, "Kejetia", ["Kejetia market"]), (L, "Damongo", []), (L, "Bole", []),
  (O, "New Patriotic Party", ["NPP"]), (P, "Richard Ahiagbah", []), (O, "District Assemblies Common Fund", []),
  (O, "International Monetary Fund", []), (O, "Ghana Cocoa Board", [])]),
 "1396_en.txt": ("en", ["BD", "BT", "CN", "IN", "NP"], [
  (L, "Kathmandu", ["KATHMANDU"]), (O, "AFP", []), (L, "Tsho Rolpa", []), (L, "Himalayas", []),
  (L, "Rolwaling", ["Rolwaling valley"]), (L, "Dolakha", ["Dolakha district"]), (L, "Trakarding", ["Trakarding glacier"]),
  (O, "Department of Hydrology and Meteorology", []), (P, "Sunita Gurung Thapa", []), (L, "Beding", []),
  (L, "Upper Tamakoshi", ["Upper Tamakoshi plant", "Tamakoshi plant"]), (O, "Upper Tamakoshi Hydropower Ltd", []),
  (O, "Green Climate Fund", []), (O, "United Nations Development Programme", ["UNDP"]), (L, "Lukla", []),
  (O, "International Centre for Integrated Mountain Development", ["ICIMOD"]), (L, "Koshi", ["Koshi basin"]),
  (L, "Tibet", []), (L, "Bhote Koshi", []), (L, "Rasuwagadhi", ["Rasuwagadhi border post"]), (L, "Na", []),
  (P, "Pemba Dorje Sherpa", []), (L, "Rolwaling Khola", []), (L, "Tamakoshi", ["Tamakoshi river"]),
  (L, "Charikot", [])]),
 "1397_fr.txt": ("fr", ["CA", "ES", "IT", "TN", "US"], [
  (L, "Sfax", ["port de Sfax"]), (O, "AFP", []), (P, "Mongi Ben Salah", []), (L, "Agareb", []),
  (O, "Office national de l'huile", ["ONH"]), (L, "Kairouan", []), (L, "Sidi Bouzid", []), (L, "Kasserine", []),
  (P, "Kaïs Saïed", []), (L, "palais de Carthage", []),
  (O, "Union tunisienne de l'agriculture et de la pêche", ["UTAP"]), (P, "Hela Trabelsi", []),
  (O, "Institut de l'olivier", []), (L, "Jaén", []), (L, "Pouilles", []), (O, "Union européenne", []),
  (L, "Sfax-Gabès", ["route Sfax-Gabès"]), (L, "Gabès", []), (L, "Mahrès", []),
  (O, "Zitouna Sud", ["huilerie Zitouna Sud"]), (P, "Anis Kammoun", []), (O, "Banque centrale de Tunisie", [])]),
 "1398_fr.txt": ("fr", ["CN", "GN", "JP", "KR", "US"], [
  (L, "Conakry", []), (O, "AFP", []), (L, "Simandou", ["monts Simandou"]),
  (L, "Transguinéen", ["chemin de fer Transguinéen"]), (L, "Kankan", []), (L, "Faranah", []), (L, "Mamou", []),
  (L, "Morébaya", ["port de Morébaya"]), (L, "Forécariah", ["préfecture de Forécariah"]),
  (O, "Compagnie du TransGuinéen", ["CTG"]), (O, "Rio Tinto", []), (O, "Winning Consortium Simandou", ["WCS"]),
  (P, "Sékou Camara", []), (L, "Kissidougou", []), (L, "Banko Wéré", ["village de Banko Wéré"]),
  (L, "Kérouané", []), (L, "Beyla", []), (O, "China Railway Construction Corporation", ["CRCC"]),
  (P, "Mamadi Doumbouya", []), (P, "Aïssatou Diallo-Sylla", []), (O, "Les Mêmes Droits pour Tous", ["MDT"]),
  (L, "Dabola", []), (L, "Dinguiraye", []), (O, "Human Rights Watch", []), (O, "Fonds monétaire international", []),
  (O, "China Baowu Steel Group", []), (L, "Boké", [])]),
 "1399_fr.txt": ("fr", ["CA", "DO", "FR", "HT", "KE", "US"], [
  (L, "Port-au-Prince", []), (O, "AFP", []), (L, "Cap-Haïtien", ["Le Cap"]),
  (L, "aéroport international Hugo Chávez", []), (L, "aéroport Toussaint-Louverture", ["Toussaint-Louverture"]),
  (O, "Autorité aéroportuaire nationale", ["AAN"]), (O, "Banque interaméricaine de développement", ["BID"]),
  (O, "Constructora Caribe Norte", []), (P, "Pierre-Richard Joseph", []), (O, "Sunrise Airways", []),
  (L, "Miami", []), (L, "Fort Lauderdale", []), (L, "Santiago de los Caballeros", []),
  (O, "Administration fédérale de l'aviation", ["FAA"]), (O, "American Airlines", []), (O, "Spirit Airlines", []),
  (L, "Port-au-Prince–Cap-Haïtien", ["route Port-au-Prince–Cap-Haïtien"]), (L, "Cabaret", []),
  (L, "Arcahaie", []), (P, "Wilna Dorvil", []), (L, "Pétion-Ville", []), (L, "Montréal", []),
  (O, "Force de répression des gangs", ["FRG"]), (O, "Conseil de sécurité", []), (O, "ONU", []),
  (L, "Delmas 33", ["quartier de Delmas 33"]), (O, "Police nationale d'Haïti", ["PNH"]),
  (L, "boulevard du Cap", []), (L, "Labadie", []), (O, "Association touristique d'Haïti", []),
  (O, "Office national de l'aviation civile", ["OFNAC"])]),
 "1400_ar.txt": ("ar", ["AE", "BD", "IN", "KW", "OM"], [
  (L, "مسقط", []), (O, "وكالة الأنباء الكويتية", ["كونا", "لوكالة الأنباء الكويتية"]),
  (L, "شمال الباطنة", ["محافظة شمال الباطنة"]), (L, "صحار", ["ميناء صحار"]), (L, "صحم", ["وصحم", "ولاية صحم"]),
  (O, "المديرية العامة للأرصاد الجوية", []), (O, "هيئة الطيران المدني", ["لهيئة الطيران المدني"]),
  (L, "وادي الجزي", []), (L, "البريمي", ["والبريمي"]), (O, "هيئة الدفاع المدني والإسعاف", []),
  (L, "صحار - البريمي", ["طريق صحار - البريمي"]), (L, "الوقبة", ["منطقة الوقبة"]), (P, "سالم بن راشد الكلباني", []),
  (L, "الخابورة", []), (L, "السويق", ["والسويق"]), (L, "لوى", ["ولوى"]), (O, "شرطة عمان السلطانية", []),
  (L, "طريق الباطنة السريع", []), (L, "شناص", ["وشناص"]), (O, "مجموعة أسياد", []),
  (O, "صحار ألمنيوم", ["شركة صحار ألمنيوم"]), (P, "هيثم بن طارق", []), (P, "حمد بن علي المقبالي", []),
  (L, "الحويل", ["قرية الحويل"]), (O, "المركز الوطني للأرصاد", []), (L, "الفجيرة", []), (L, "خورفكان", ["وخورفكان"])]),
 "1401_ar.txt": ("ar", ["AZ", "QA", "SY", "TR", "US"], [
  (L, "اللاذقية", ["مدينة اللاذقية", "باللاذقية"]), (O, "وكالة الأنباء القطرية", ["قنا", "لوكالة الأنباء القطرية"]),
  (O, "وزارة الطاقة", ["وزارة الطاقة السورية"]),
  (O, "صندوق قطر للتنمية", ["وصندوق قطر للتنمية", "لصندوق قطر للتنمية"]),
  (L, "محطة بانياس الحرارية", ["محطة بانياس"]), (L, "بانياس", ["مدينة بانياس", "مصب بانياس"]),
  (P, "محمد البشير", []), (P, "فهد بن حمد السليطي", []), (L, "طرطوس", ["وطرطوس"]),
  (L, "كلس - حلب", ["خط كلس - حلب"]), (L, "كلس", []), (L, "حلب", []),
  (O, "يو سي سي القابضة", ["شركة يو سي سي القابضة"]), (O, "جنرال إلكتريك", ["شركة جنرال إلكتريك"]),
  (O, "كاليون", ["وشركة كاليون"]), (P, "خالد حداد", []), (O, "المؤسسة العامة لتوليد الكهرباء", []),
  (L, "دير الزور", []), (L, "محردة", ["ومحردة"]), (L, "زيزون", ["وزيزون"]), (L, "وديان الربيع", []),
  (P, "أحمد الشرع", []), (P, "تميم بن حمد آل ثاني", []), (L, "الدوحة", []), (P, "أبو محمود الخطيب", []),
  (L, "الصليبة", ["حي الصليبة"]), (L, "جبلة", []), (O, "البنك الدولي", [])]),
 "1402_ar.txt": ("ar", ["DE", "EG", "IT", "JO"], [
  (L, "عمان", []), (O, "وكالة أنباء الشرق الأوسط", ["أ ش أ"]),
  (O, "دائرة الآثار العامة", ["دائرة الآثار العامة الأردنية"]), (L, "أم قيس", []),
  (L, "إربد", ["محافظة إربد"]), (P, "فادي بلعاوي", []), (P, "لورينتسو دي فيليتشي", []), (O, "جامعة سابينزا", []),
  (L, "روما", []), (L, "جدارا", []), (L, "الديكابوليس", []), (P, "رنا الزعبي", []), (O, "جامعة اليرموك", []),
  (L, "بحيرة طبريا", []), (L, "جرش", ["بجرش"]), (L, "بيلا", ["وبيلا"]),
  (O, "الوكالة الإيطالية للتعاون الإنمائي", []), (O, "المعهد الألماني للآثار", []), (P, "أبو خالد الرشدان", []),
  (L, "وادي اليرموك", []), (O, "هيئة تنشيط السياحة", []), (L, "القاهرة", []), (L, "دبي", ["ودبي"]),
  (L, "الرياض", ["والرياض"]), (O, "المجلس الأعلى للآثار", [])]),
 "1403_vi.txt": ("vi", ["CN", "KR", "VN"], [
  (L, "Quảng Ninh", ["tỉnh Quảng Ninh"]), (O, "TTXVN", []), (L, "Móng Cái", ["cửa khẩu quốc tế Móng Cái"]),
  (O, "Ủy ban nhân dân tỉnh Quảng Ninh", []), (L, "Đông Hưng", ["thành phố Đông Hưng"]),
  (L, "Quảng Tây", ["Khu tự trị dân tộc Choang Quảng Tây"]), (L, "Bắc Luân II", ["cầu Bắc Luân II"]),
  (O, "Sở Du lịch Quảng Ninh", []), (L, "Vân Đồn - Móng Cái", ["cao tốc Vân Đồn - Móng Cái"]),
  (L, "Vân Đồn", ["Cảng hàng không quốc tế Vân Đồn"]), (L, "Hạ Long", []), (P, "Vũ Văn Diện", ["Diện"]),
  (L, "Cô Tô", []), (L, "Quan Lạn", []), (L, "Bình Liêu", []), (P, "Lý Tuệ Hoa", []), (L, "Nam Ninh", []),
  (L, "Quảng Châu", []), (L, "Thâm Quyến", []), (O, "Đồn Biên phòng cửa khẩu quốc tế Móng Cái", []),
  (O, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", []), (P, "Trần Quốc Khánh", ["Khánh"]),
  (O, "Công ty TNHH Lữ hành Hải Hà Xanh", []), (L, "Bái Tử Long", ["vịnh Bái Tử Long"]), (L, "Quảng Đông", []),
  (O, "Vietravel Airlines", []), (O, "Cục Thống kê", []), (O, "Bộ Tài chính", []), (O, "Sun Group", ["Tập đoàn Sun Group"]),
  (L, "Ba Đèo", ["đồi Ba Đèo"])]),
 "1404_vi.txt": ("vi", ["LA", "VN"], [
  (L, "Nghệ An", ["tỉnh Nghệ An"]), (O, "TTXVN", []), (O, "Tòa án nhân dân tỉnh Nghệ An", []),
  (L, "Nậm Cắn", ["cửa khẩu quốc tế Nậm Cắn", "cửa khẩu Nậm Cắn"]), (O, "Viện Kiểm sát nhân dân tỉnh Nghệ An", []),
  (P, "Lương Văn Tùng", ["Tùng"]), (L, "Mường Xén", ["xã Mường Xén"]), (L, "Xiêng Khoảng", ["tỉnh Xiêng Khoảng"]),
  (L, "Hủa Phăn", ["tỉnh Hủa Phăn"]), (L, "Quốc lộ 7", []), (L, "Đô Lương", []), (L, "Diễn Châu", []),
  (L, "Bắc Ninh", []), (P, "Hồ Thị Phương Thảo", ["Thảo"]),
  (O, "Công ty TNHH Thương mại Lâm sản Hoàng Phát Nghệ An", []), (P, "Vi Văn Sáu", ["Sáu"]),
  (O, "Trạm Kiểm soát liên hợp cửa khẩu Nậm Cắn", []), (O, "Chi cục Điều tra chống buôn lậu", []),
  (O, "Cục Hải quan", []), (O, "Công an tỉnh Nghệ An", []), (L, "Khe Choang", []), (O, "Kiểm lâm Nghệ An", []),
  (P, "Phan Đình Hùng", []), (O, "Đoàn Luật sư tỉnh Nghệ An", []), (O, "Tổng cục Kiểm lâm Lào", [])]),
 "1405_vi.txt": ("vi", ["ID", "KH", "MY", "TH"], [
  (L, "An Giang", ["tỉnh An Giang"]), (O, "TTXVN", []), (O, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang", []),
  (L, "Thổ Chu", ["đảo Thổ Chu"]), (O, "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực IV", []),
  (P, "Danh Sóc", []), (L, "Kiên Hải", ["đặc khu Kiên Hải"]), (L, "Tắc Cậu", ["cảng cá Tắc Cậu"]),
  (O, "Chi đội Kiểm ngư số 5", []), (P, "Lâm Văn Đức", []), (O, "Sở Nông nghiệp và Môi trường An Giang", []),
  (O, "Ủy ban châu Âu", ["EC"]), (P, "Nguyễn Thanh Phong", ["Phong"]), (L, "Rạch Giá", []), (L, "Hà Tiên", []),
  (L, "Phú Quốc", []), (O, "Đài Khí tượng Thủy văn khu vực Nam Bộ", []), (L, "Cà Mau", []), (L, "Kiên Giang", []),
  (P, "Thạch Văn Hiền", ["Hiền"]), (L, "Hòn Tre", [])]),
 "1406_ru.txt": ("ru", ["MN", "RU"], [
  (L, "Горно-Алтайск", ["ГОРНО-АЛТАЙСК"]), (O, "ТАСС", []), (L, "Чуйский тракт", ["Р-256"]),
  (L, "Семинский перевал", ["Семинского перевала", "Семинском"]),
  (L, "Чике-Таманский перевал", ["Чике-Таманском перевалах"]), (L, "Кош-Агач", ["Кош-Агача", "Кош-Агачем"]),
  (O, "Алтайуправтодор", ["ФКУ \"Алтайуправтодор\""]), (P, "Алексей Викторович Шадрин", []),
  (O, "Пограничное управление ФСБ России по Республике Алтай и Алтайскому краю",
   ["пограничного управления ФСБ России по Республике Алтай и Алтайскому краю"]),
  (L, "Ташанта", ["пункта пропуска Ташанта", "селе Ташанта", "Ташанту"]), (L, "Бийск", ["Бийска"]),
  (P, "Евгений Кондратьев", []), (L, "Республика Алтай", ["Республики Алтай", "Республике Алтай"]),
  (P, "Андрей Турчак", []), (O, "администрация Кош-Агачского района", ["администрации Кош-Агачского района"]),
  (O, "Горно-Алтайский центр по гидрометеорологии и мониторингу окружающей среды",
   ["Горно-Алтайском центре по гидрометеорологии и мониторингу окружающей среды"]),
  (L, "Онгудайский район", ["Онгудайском"]), (L, "Улаганский район", ["Улаганском районах"]),
  (L, "Чуйская степь", ["Чуйской степи"]), (L, "Алтайский край", ["Алтайском крае", "Алтайскому краю"]),
  (L, "Барнаул - Бийск", ["трассе Барнаул - Бийск"]), (L, "Барнаул", []),
  (O, "ГУ МЧС России по Республике Алтай", []), (L, "Кобдо", []), (L, "Улгий", [])]),
 "1407_ru.txt": ("ru", ["AM", "BY", "CN", "KG", "KZ", "RU", "UZ"], [
  (L, "Могилев", ["МОГИЛЕВ", "Могилева"]), (O, "БЕЛТА", []),
  (O, "Могилевхимволокно", ["ОАО \"Могилевхимволокно\""]), (P, "Виктор Станиславович Жуковский", []),
  (L, "Иваново", ["Иванове"]), (L, "Тверь", ["Твери"]), (L, "Смоленск", ["Смоленске"]),
  (L, "Шымкент", ["Шымкенте"]), (L, "Ташкент", ["Ташкенте"]), (O, "Sinopec Engineering", []),
  (O, "Банк развития Республики Беларусь", ["Банком развития Республики Беларусь"]), (L, "Брест", []),
  (L, "Орша", ["Оршу"]), (P, "Анатолий Исаченко", []), (O, "Могилевский облисполком", ["Могилевского облисполкома"]),
  (L, "Казимировка", ["микрорайоне Казимировка"]), (O, "Белнефтехим", []), (P, "Александр Лукашенко", []),
  (L, "Могилевская область", ["Могилевской области", "Могилевщины"]),
  (O, "Бобруйскшина", ["ОАО \"Бобруйскшина\""]), (O, "Кричевцементношифер", []), (P, "Ольга Мирончик", []),
  (O, "Белорусско-Российский университет", ["Белорусско-Российского университета"]),
  (O, "Могилевский государственный политехнический колледж",
   ["Могилевского государственного политехнического колледжа"]), (L, "Минск", []),
  (O, "Национальный статистический комитет", ["Национального статистического комитета"]),
  (L, "Могилев - Орша - Смоленск", ["железной дороге Могилев - Орша - Смоленск"])]),
 "1408_ru.txt": ("ru", ["CN", "JP", "KR", "KZ", "NL", "US"], [
  (L, "Алматы", ["АЛМАТЫ"]), (O, "Kazinform", ["KAZINFORM"]), (L, "Медеу", []),
  (O, "Международный союз конькобежцев", ["Международного союза конькобежцев", "ISU"]),
  (O, "Министерство туризма и спорта Республики Казахстан",
   ["Министерстве туризма и спорта Республики Казахстан"]), (P, "Талгат Ермекович Жумабеков", []),
  (O, "Казахстанская федерация конькобежного спорта", ["Казахстанской федерации конькобежного спорта"]),
  (P, "Ерболат Досаев", []), (L, "проспект Достык", ["проспекта Достык"]), (L, "Шымбулак", ["Шымбулака"]),
  (P, "Михо Такаги", []), (P, "Йеннинг де Бо", ["Йеннинга де Бо"]), (P, "Джордан Столц", ["Джордана Столца"]),
  (P, "Дмитрий Волков", ["Волков"]), (P, "Надежда Морозова", []), (P, "Арман Сейтказы", []),
  (P, "Екатерина Айдова", []), (L, "Усть-Каменогорск", ["Усть-Каменогорска"]), (P, "Данияр Кусаинов", []),
  (P, "Серик Жарасбаев", []), (O, "Самрук-Казына Траст", [])]),
 "1409_zh.txt": ("zh", ["CH", "CN", "RU", "TH"], [
  (O, "新华社", []), (L, "成都", []), (P, "童芳", []), (P, "张海磊", []), (O, "中国科学院高能物理研究所", []),
  (L, "四川", []), (L, "稻城", ["稻城县"]), (L, "海子山", []),
  (O, "拉索", ["高海拔宇宙线观测站", "LHAASO", "拉索观测站"]), (P, "曹臻", []), (O, "欧洲核子研究中心", []),
  (L, "甘孜藏族自治州", []), (L, "稻城亚丁机场", []), (O, "四川大学", ["四川大学物理学院"]), (P, "罗晓川", []),
  (O, "日内瓦大学", ["日内瓦大学天体物理系"]), (P, "马蒂亚斯·科赫", []), (O, "四川省科学技术厅", []),
  (P, "王建平", []), (O, "中国锦屏地下实验室", ["锦屏地下实验室"]), (L, "凉山彝族自治州", []), (P, "次仁扎西", []),
  (L, "安第斯", ["安第斯山区"]), (O, "南方宽视场伽马射线天文台", ["SWGO"])]),
 "1410_zh.txt": ("zh", ["CN", "ID", "MY", "TH", "VN"], [
  (O, "新华社", []), (L, "兰州", []), (P, "程楠", []), (P, "周圆圆", []), (L, "甘肃", []), (L, "定西", ["定西市"]),
  (L, "安定区", []), (L, "巉口镇", []), (L, "定西国际陆港", []), (L, "西部陆海新通道", []), (L, "广西", []),
  (L, "钦州", ["钦州港"]), (O, "定西市农业农村局", []), (P, "何建军", []), (O, "甘肃蓝天马铃薯产业发展有限公司", []),
  (P, "王晓东", []), (O, "中国农业大学", []), (O, "甘肃农业大学", []),
  (O, "国家马铃薯工程技术研究中心", ["国家马铃薯工程技术研究中心定西分中心"]), (P, "李德明", []), (L, "黄土高原", []),
  (L, "内蒙古", []), (L, "宁夏", []), (L, "青海", []), (L, "渭源县", []), (L, "会川镇", []), (P, "刘满仓", []),
  (O, "甘肃省农业农村厅", []), (P, "张旭东", []), (L, "陇南", []), (L, "天水", []),
  (O, "联合国粮食及农业组织", ["FAO"]), (O, "国际马铃薯中心", [])]),
 "1411_zh.txt": ("zh", ["BD", "CN", "JP", "KR"], [
  (O, "新华社", []), (L, "达卡", []), (P, "刘春涛", []), (P, "孙楠", []), (O, "孟加拉国桥梁局", []),
  (O, "中国交通建设股份有限公司", ["中国交建孟加拉国分公司"]), (L, "卡纳普利河底隧道", []), (L, "卡纳普利河", []),
  (L, "吉大港", []), (L, "阿瑙瓦拉", ["阿瑙瓦拉地区"]), (P, "哈尔菲图拉·卡比尔", []), (L, "科克斯巴扎尔", []),
  (P, "赵俊峰", []), (L, "阿瑙瓦拉经济区", []), (L, "韩国出口加工区", []), (L, "中国经济工业园", []),
  (P, "穆罕默德·拉希德·乔杜里", []), (L, "吉大港港", []), (P, "姚文", []), (L, "帕德玛大桥铁路连接线", []),
  (O, "孟加拉国道路运输和桥梁部", []), (L, "达卡—吉大港高速公路", []), (O, "吉大港大学", []),
  (P, "塔斯利玛·贝古姆", []), (L, "马塔尔巴里", ["马塔尔巴里深水港"]), (O, "日本国际协力机构", ["JICA"])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout78", G)
write_gold(here, "holdout78", "holdout78-gold.json", G)
