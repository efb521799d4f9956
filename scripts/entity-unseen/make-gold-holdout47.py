#!/usr/bin/env python3
"""Writes holdout47-gold.json for the articles in holdout47/ (same format and conventions as make-gold-holdout45.py,
and through it holdout41-44). Foreign affairs, trade and economy
around BELARUS, VIETNAM, CHINA and KAZAKHSTAN and their neighbours, as the agencies write it (state visits,
intergovernmental commissions, industrial cooperation, potash, grain, oil and gas, railways, border crossings, dry
ports, regional delegations, universities), 3 vi, 3 ru, 3 zh, 3 ar, 2 en, 2 fr, 1 es, 1 de, with REAL public figures
(presidents, prime ministers, ministers, ambassadors, akims and governors, CEOs of state companies; not the few the
earlier sets use most) spelled as each language's press spells them, mixed with invented minor officials, reporters
and analysts, and real companies, ministries, regions, cities, crossings, ports, fields and pipelines:
822 vi TTXVN 'Minsk, 4/12 (TTXVN) -' (Lê Hoài Trung and Maxim Ryzhenkov; the Vietnam-Belarus intergovernmental
committee with its long name, EAEU, Công ty cổ phần Belaruskali/MAZ, Vinachem, Học viện Ngoại giao, tỉnh Grodno beside
Minsk, Thành phố Hồ Chí Minh); 823 vi TTXVN 'Hải Phòng, 4/12 (TTXVN) -' (a Kostanay delegation led by akim Kumar
Aksakalov, 'Thống đốc'; Lạch Huyện, Food Contract Corporation, ga Yên Viên, Almaty); 824 vi TTXVN **all in NFD**
'Phnôm Pênh' (Sun Chanthol receives Tây Ninh; CDC, cửa khẩu Xa Mát - Trapeang Phlong, Khu kinh tế cửa khẩu, cao tốc Gò
Dầu - Xa Mát, quốc lộ 7, CRBC, huyện Memot, Tỉnh trưởng Cheam Chansophoan); 825 ru BelTA 'МИНСК, 4 декабря (БЕЛТА) –'
(Turchin and Bektenov; names in the instrumental and genitive, ОАО "Амкодор"/"БЕЛАЗ", АО "НК "Казахстан темир жолы",
ministries 'Республики Беларусь/Казахстан' in the instrumental, Витебским облисполкомом, акиматом Туркестанской области,
the BMZ's nested quotes); 826 ru RIA Novosti 'БИШКЕК, 4 дек - РИА Новости.' (Overchuk and Kasymaliev; Росатом, "Газпром
Кыргызстан", Чуйской и Ошской областей, Российско-Кыргызский фонд развития, Садыром Жапаровым, Чолпон-Ату, a university
'имени Касыма Тыныстанова'); 827 ru Kazinform 'УСТЬ-КАМЕНОГОРСК. КАЗИНФОРМ –' (the Bakhty-Chuguchak rail crossing;
Абайской области, Уранхаев, Туркестано-Сибирскую магистраль, ТОО "Бахты Railways", China Railway 20th Bureau Group);
828 zh Xinhua '新华社北京…电（记者 …）' (丁薛祥 and 图尔钦 chair the China-Belarus intergovernmental committee; 中共中央政治局,
人民大会堂, 白俄罗斯吉利汽车有限公司, 白俄罗斯钾肥公司, 明斯克州执行委员会, 斯卢茨克, 先科); 829 zh China News Service
'中新社河内…电（记者 …）' (the Lào Cai-Hanoi-Haiphong standard-gauge railway starts; 陈红河, 陈红明, 何炜, station and
province lists with 、, 老街省人民委员会); 830 zh Xinhua '新华社阿斯塔纳…电（记者 … …·…）' (CNPC-Aktobemunaigas and
KazMunayGas sign in Aktobe; 韩春霖, 阿肯热诺夫, 阿克托别/阿克托别州, 让纳若尔油气田, 中哈原油管道, 中国—中亚天然气管道);
831 ar WAM 'أبوظبي في 4 ديسمبر / وام /' (Al Zeyoudi and Shakkaliyev; the joint economic committee with ل, موانئ دبي
العالمية / "دي بي ورلد", ميناء أكتاو, "كي تي زد إكسبرس", للسكك الحديدية الكازاخستانية, "أتاميكن"); 832 ar SPA 'طشقند …
واس' (Abdulaziz bin Salman and Mirzamahmudov; أكوا باور with ل, ولايتي خوارزم وسرخان دريا, ووزارة المالية الأوزبكية,
نوكوس, جامعة الملك فهد للبترول والمعادن); 833 ar QNA 'الدوحة في 04 ديسمبر /قنا/' (Al-Muraikhi and Kulubaev; نهر نارين,
بحيرة إيسيك كول, وبيشكك, مطار ماناس الدولي, رابطة رجال الأعمال القطريين, جهاز قطر للاستثمار); 834 en Reuters
'MOSCOW/BEIJING, Dec 4 (Reuters) -' with byline and reporting line (Belarus potash to China by rail; Belaruskali,
Golovaty, BPC, Zabaikalsk, Ust-Luga, Klaipeda, RZD, Osinovka, Sinofert, Nutrien, Uralkali); 835 en AP 'WARSAW, Poland
(AP) —', byline in capitals (Poland reopens two Belarus crossings; Kierwiński, Tusk, crossings named by two towns,
Polish Border Guard, Vilnius Airport, Ruginienė, Varankov, the contributor line); 836 fr AFP 'Astana (AFP) -' (Orano and
Kazatomprom extend KATCO; Maes, Youssoupov, Bektenov, Mouyounkoum, Tortkoudouk, la Somaïr, Aktaou, Kouryk, Kachagan);
837 fr Xinhua 'OULAN-BATOR, 4 décembre (Xinhua) --' (the Gashuunsukhait-Ganqimaodu railway opens; Zandanshatar, Shen
Minjuan and 'Mme Shen', Erdenes Tavan Tolgoi JSC, China Energy, Omnogovi, Hebei); 838 es EFE 'Hanói, 4 dic (EFE).-'
(Vietnam's north-south high-speed rail tender; Trần Hồng Minh and 'Minh', Vingroup, Phạm Nhật Vượng, VinSpeed, Ineco,
CAF, ICEX); 839 de dpa 'Schwedt/Astana (dpa) -' (more Kazakh oil for Schwedt; PCK, KMG, «Druschba», Transneft,
Rostocker Hafen, Danzig, Woidke (SPD), Brandenburgs, Berlins, Moskaus, DIW in the dative, Akkenschenow).
Every person, minor place and company was checked with grep against the earlier sets' articles (several first choices
were replaced: Vân Đồn, Bavet, Cái Mép, Cát Lái, Pavlodar/Ekibastuz, Аягоз, Достык/Алтынколь, Жлобин, "Великий камень",
Гомсельмаш, Kambarata, 中白工业园, 水口/驮隆, 金城, 霍尔果斯, 阿拉山口, 中国石油大学, مصدر, الخليفي, غرفة قطر, قدراتوف,
موانئ أبوظبي, كوريك, Małaszewicze, DERA and a Kazakh rare-earths story (holdout10), some invented surnames). Famous
figures, capitals, big cities and regions recur as allowed (Лукашенко, Жапаров, Tusk, Minsk, Grodno, Brest, Almaty,
Aktau, Nghệ An, Huế, Đà Nẵng, Klaipeda, Mongolie intérieure). Written blind in session 26: its gold was fixed and
committed before any extractor ran on it (no Swift source was read, no extractor run).

Conventions as holdout41-45 (see make-gold-holdout44.py and make-gold-holdout45.py): titles (Bộ trưởng, Thống đốc,
Tỉnh trưởng, аким, Вице-премьер, 副总理, 大使, معالي, سعادة, صاحب السمو الملكي الأمير, M., Mme, Maj.) are no part of a
name; a portfolio in a title is no entity (Bộ trưởng Ngoại giao Belarus, вице-премьер РФ, وزير الطاقة, ministre), but a
ministry written as such inside a title is an organization (Bộ trưởng Bộ Ngoại giao, 商务部副部长, 越南建设部部长, 哈萨克斯坦
能源部部长, Belarusian Foreign Ministry spokesman); governments and cabinets (Совет Министров, Chính phủ, 国务院, Gobierno de
Vietnam, Bundesregierung), press offices, treaties and agreements, programmes (一带一路), train services (中欧班列, AVE),
military exercises ("Zapad"), broad regions (Đông Nam Á, Центральная Азия, Закавказье, آسيا الوسطى, the Far East, Asie
centrale, Nordostdeutschland) and currencies are no entities; a generic word before a place is an alias (thủ đô, tỉnh,
thành phố, huyện, ga, cảng, cửa khẩu quốc tế, порт, станция, города, région du, province de, gisement de, Hafen, Feld,
ميناء, منطقة, مدينة, نهر, بحيرة, ولايتي, port of, border station of); a place named only inside an organization's name
is not counted (Туркестанская область in its akimat, Витебская область in its облисполком, 明斯克州 in its executive
committee, 西安 in 西安石油大学, Синьцзян-Уйгурский автономный район in its government, Dubai in موانئ دبي العالمية and غرفة تجارة وصناعة دبي); joint
intergovernmental committees are organizations, as in holdout44 (Ủy ban liên Chính phủ Việt Nam - Belarus …,
中白政府间合作委员会, اللجنة الاقتصادية المشتركة …); a legal form before a quoted name belongs to the canonical name and the
quoted name is an alias (ОАО "Амкодор", ТОО "Бахты Railways", Công ty cổ phần Belaruskali); named pipelines, railways,
roads and crossings are places, and the towns their names list are places of their own (holdout44).
New here:
- a border crossing named by its two towns (Бахты – Чугучак, Kuźnica-Bruzgi, Terespol-Brest, Kukuryki-Kozlovichi,
  Shiveekhuren-Ceke, Khangi-Mandal) is a place, and each town is a place of its own even when named only there (as the
  towns of a line's name); a pair of gates written 'cửa khẩu quốc tế Xa Mát - Trapeang Phlong' is two gates (two places);
- a station and its town both named are two places (станция Бахты / Бахты, per holdout44); a station named by a town
  otherwise unnamed is one place (border station of Osinovka);
- a monument (Đài tưởng niệm Chiến thắng) and a state building (人民大会堂) are places, as palaces were;
- a port named by a city's adjective (Rostocker Hafen) is the city (Rostock), as a port named by its city was;
- a refinery company named also as its plant (PCK, PCK-Raffinerie) is one organization; a gas field (让纳若尔油气田,
  Kachagan, Karatschaganak) and a uranium or coal deposit (Mouyounkoum, Tortkoudouk, Sud-Tortkoudouk, Tavan Tolgoi) are
  places; a mining company named after its mine (Erdenes Tavan Tolgoi JSC) is an organization apart from the deposit;
- a named high-speed line with a lowercase head (tren de alta velocidad Norte-Sur) is a place, as đường sắt … was;
- a city used for its government (Minsk, Niamey, Vilnius, Moskaus) is still the place (as 'Bruxelles' in holdout44).
Countries: every country named or described by an adjective or demonym, also inside a body's name (Tổng công ty Đường
sắt Việt Nam, Газпром Кыргызстан, Российско-Кыргызский фонд, Polish Border Guard, 白俄罗斯国立大学) and the Chinese
one-character forms (中白, 白方, 中哈, 哈方, 哈籍, 中越, 越方); 'U.S. sanctions' is US, 'Canada's Nutrien' CA; never a city's
country (Medina and La Meca name no SA; 'المملكة' is SA only because السعودية is written too); Nordostdeutschlands
names DE.
Judgement calls: 'Thống đốc tỉnh' is the Vietnamese press's word for an akim; 'Ủy ban nhân dân tỉnh Tây Ninh' is written
whole so that the body has its province; the BMZ's long name with its holding in nested quotes is one organization
(the holding is no entity of its own); 'Олжас Бектенов' and his case forms are aliases of one person; 'Чуйской' and
'Ошской областей' are two regions; 老街 (the railway's end, 'Lào Cai will
become a hub') is an alias of 老街省; 海防港 is an alias of 海防; 'Mme Shen' makes 'Shen' an alias of Shen Minjuan and
'M. Maes' 'Maes' of Nicolas Maes; X (where Tusk posts) is an organization, as in holdout43; 'Far East' is
none; السكك الحديدية الكازاخستانية (with ل) is an organization (KTZ) named by its demonym; 'محطة أكوا باور في خوارزم'
names the company, no plant."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
XINHUA = (O, "新华社", [])
KTZ = (O, "АО \"НК \"Казахстан темир жолы\"", ["Казахстан темир жолы"])
G = {
 "822_vi.txt": ("vi", ["BY", "VN"], [
  (P, "Lê Hoài Trung", []), (P, "Maxim Ryzhenkov", ["Ryzhenkov"]), (O, "Bộ Ngoại giao", []),
  (L, "Minsk", ["thủ đô Minsk"]), TTXVN, (L, "Hà Nội", []),
  (O, "Ủy ban liên Chính phủ Việt Nam - Belarus về hợp tác kinh tế - thương mại và khoa học - kỹ thuật",
   ["Ủy ban liên Chính phủ Việt Nam - Belarus"]),
  (O, "Liên minh Kinh tế Á - Âu", ["EAEU"]), (O, "Công ty cổ phần Belaruskali", ["Belaruskali"]),
  (O, "Tập đoàn Hóa chất Việt Nam", ["Vinachem"]), (O, "Công ty cổ phần MAZ", ["MAZ"]),
  (O, "Học viện Ngoại giao", []), (O, "Đại học Quốc gia Belarus", []), (L, "Đài tưởng niệm Chiến thắng", []),
  (P, "Đặng Minh Khôi", []), (L, "Gomel", ["thành phố Gomel"]), (L, "Thanh Hóa", ["tỉnh Thanh Hóa"]),
  (L, "Grodno", ["tỉnh Grodno"]), (L, "Thành phố Hồ Chí Minh", [])]),
 "823_vi.txt": ("vi", ["CN", "KZ", "VN"], [
  (L, "Kostanay", ["tỉnh Kostanay"]), (L, "Hải Phòng", ["thành phố Hải Phòng"]), TTXVN,
  (P, "Trịnh Quang Vinh", []), (O, "Ủy ban nhân dân thành phố Hải Phòng", []),
  (P, "Kumar Aksakalov", ["Aksakalov"]), (L, "Lạch Huyện", ["cảng cửa ngõ quốc tế Lạch Huyện"]),
  (O, "Công ty cổ phần Lương thực Đông Bắc", []),
  (O, "Food Contract Corporation", ["Tập đoàn Food Contract Corporation"]),
  (O, "Tổng công ty Đường sắt Việt Nam", []), (O, "Công ty cổ phần Cảng Hải Phòng", []),
  (L, "Yên Viên", ["ga Yên Viên"]), (L, "Almaty", []), (P, "Saule Zhanabayeva", []),
  (O, "Sở Công Thương thành phố Hải Phòng", [])]),
 "824_vi.txt": ("vi", ["CN", "KH", "VN"], [
  (P, "Sun Chanthol", []), (L, "Tây Ninh", ["tỉnh Tây Ninh"]), (L, "Phnôm Pênh", []), TTXVN,
  (O, "Hội đồng Phát triển Campuchia", ["CDC"]), (O, "Ủy ban nhân dân tỉnh Tây Ninh", []),
  (P, "Nguyễn Văn Phước", []), (L, "Tbong Khmum", ["tỉnh Tbong Khmum"]),
  (L, "Xa Mát", ["cửa khẩu quốc tế Xa Mát"]), (L, "Trapeang Phlong", []),
  (L, "Khu kinh tế cửa khẩu Xa Mát", []), (L, "cao tốc Gò Dầu - Xa Mát", ["Gò Dầu - Xa Mát"]),
  (L, "Gò Dầu", []), (L, "quốc lộ 7", []), (O, "Tập đoàn Cầu đường Trung Quốc", ["CRBC"]),
  (L, "Hiệp Phước", ["cảng Hiệp Phước"]), (P, "Lê Văn Chánh", []), (O, "Công ty cổ phần Cao su Tây Ninh", []),
  (L, "Memot", ["huyện Memot"]), (P, "Nguyễn Minh Vũ", []), (P, "Cheam Chansophoan", []),
  (L, "Suong", ["thành phố Suong"])]),
 "825_ru.txt": ("ru", ["BY", "IR", "KZ"], [
  (P, "Александр Турчин", ["Турчин"]), (P, "Олжас Бектенов", ["Бектенов", "Олжасом Бектеновым", "Олжаса Бектенова"]),
  (L, "Минск", ["МИНСК", "Минске"]), (O, "БЕЛТА", []), (O, "ОАО \"Амкодор\"", ["\"Амкодор\""]),
  (O, "ОАО \"БЕЛАЗ\"", ["\"БЕЛАЗ\""]), (L, "Караганда", ["Караганде"]),
  (O, "Европейский союз", ["Европейского союза"]), KTZ,
  (O, "Белорусская железная дорога", ["Белорусской железной дороги"]), (L, "Актау", ["порта Актау"]),
  (O, "Министерство промышленности Республики Беларусь", ["Министерством промышленности Республики Беларусь"]),
  (O, "Министерство промышленности и строительства Республики Казахстан",
   ["Министерством промышленности и строительства Республики Казахстан"]),
  (O, "Витебский облисполком", ["Витебским облисполкомом"]),
  (O, "акимат Туркестанской области", ["акиматом Туркестанской области"]),
  (O, "ОАО \"Белорусский металлургический завод – управляющая компания холдинга \"Белорусская металлургическая компания\"",
   ["Белорусский металлургический завод"]),
  (P, "Виталий Прохоренков", []), (P, "Александр Лукашенко", []),
  (O, "ОАО \"Минский автомобильный завод\"", ["\"Минский автомобильный завод\""]),
  (O, "Белорусская государственная академия авиации", ["Белорусскую государственную академию авиации"])]),
 "826_ru.txt": ("ru", ["KG", "KZ", "RU", "UZ"], [
  (P, "Алексей Оверчук", ["Оверчук"]), (P, "Адылбек Касымалиев", ["Касымалиев"]), (L, "Бишкек", ["БИШКЕК", "Бишкеке"]),
  (O, "РИА Новости", []), (O, "Росатом", []), (L, "Иссык-Кульская область", ["Иссык-Кульской области"]),
  (O, "Газпром Кыргызстан", ["\"Газпром Кыргызстан\""]), (L, "Чуйская область", ["Чуйской"]),
  (L, "Ошская область", ["Ошской областей"]),
  (O, "Российско-Кыргызский фонд развития", ["Российско-Кыргызского фонда развития"]),
  (P, "Эрмек Абдыкеримов", []), (P, "Садыр Жапаров", ["Садыром Жапаровым"]),
  (O, "Евразийский межправительственный совет", ["Евразийского межправительственного совета"]),
  (L, "Санкт-Петербург", ["Санкт-Петербурге"]), (L, "Чолпон-Ата", ["Чолпон-Ату"]),
  (O, "Иссык-Кульский государственный университет имени Касыма Тыныстанова",
   ["Иссык-Кульском государственном университете имени Касыма Тыныстанова"])]),
 "827_ru.txt": ("ru", ["CN", "KZ"], [
  (L, "Бахты – Чугучак", []), (L, "Бахты", []), (L, "станция Бахты", ["станцией Бахты"]), (L, "Чугучак", ["города Чугучак"]),
  (L, "Усть-Каменогорск", ["УСТЬ-КАМЕНОГОРСК"]), (O, "Казинформ", ["КАЗИНФОРМ"]),
  (L, "Абайская область", ["Абайской области"]), (P, "Нурлан Уранхаев", []), KTZ, (P, "Ерлан Койшыбаев", []),
  (L, "Туркестано-Сибирская магистраль", ["Туркестано-Сибирскую магистраль"]), (L, "Карамай", ["Карамая"]),
  (L, "Семей", ["Семее"]), (O, "ТОО \"Бахты Railways\"", ["\"Бахты Railways\""]),
  (O, "China Railway 20th Bureau Group", []), (P, "Ли Цзинань", []), (L, "Алматы", []), (L, "Астана", ["Астане"])]),
 "828_zh.txt": ("zh", ["BY", "CN"], [
  (P, "丁薛祥", []), (P, "图尔钦", []), (O, "中白政府间合作委员会", []), XINHUA, (L, "北京", []), (P, "邵一鸣", []),
  (O, "中共中央政治局", []), (L, "人民大会堂", []), (O, "上海合作组织", []), (O, "白俄罗斯吉利汽车有限公司", []),
  (L, "鲍里索夫", []), (O, "白俄罗斯钾肥公司", []), (O, "商务部", []), (P, "凌激", []), (O, "中国海关总署", []),
  (O, "白俄罗斯农业和食品部", ["农业和食品部"]), (O, "中国机械工业集团有限公司", []), (O, "明斯克州执行委员会", []),
  (L, "斯卢茨克", []), (O, "北京理工大学", []), (O, "白俄罗斯国立大学", []), (P, "先科", []), (L, "布列斯特", []),
  (L, "戈梅利", [])]),
 "829_zh.txt": ("zh", ["CN", "VN"], [
  (L, "老街—河内—海防标准轨铁路", []), (L, "老街省", ["老街"]), (L, "河内", []), (L, "海防", ["海防港"]),
  (O, "中新社", []), (P, "梁秋萍", []), (P, "陈红河", []), (L, "富寿", ["富寿省"]), (L, "永福", []), (L, "北宁", []),
  (L, "海阳", []), (L, "南庭武站", []), (O, "越南建设部", ["建设部"]), (P, "陈红明", []), (L, "云南", []),
  (O, "越南铁路总公司", []), (P, "阮玉山", []), (L, "红河", []), (P, "何炜", []), (O, "中国铁路设计集团有限公司", []),
  (O, "北京交通大学", []), (O, "老街省人民委员会", []), (P, "阮青海", [])]),
 "830_zh.txt": ("zh", ["CN", "KZ"], [
  (O, "中国石油阿克纠宾油气股份公司", []), (O, "哈萨克斯坦国家石油天然气公司", []), (L, "阿克托别", []),
  (L, "阿克托别州", []), (L, "让纳若尔油气田", ["让纳若尔"]), XINHUA, (L, "阿斯塔纳", []), (P, "张晓雪", []),
  (P, "努尔兰·萨比托夫", []), (P, "韩春霖", []), (O, "哈萨克斯坦能源部", ["能源部"]), (P, "阿肯热诺夫", []),
  (P, "沙哈罗夫", []), (L, "中哈原油管道", []), (L, "中国—中亚天然气管道", []), (P, "吕建军", []),
  (O, "西安石油大学", []), (L, "肯基亚克", [])]),
 "831_ar.txt": ("ar", ["AE", "KZ"], [
  (L, "أبوظبي", []), (O, "وام", []), (P, "ثاني بن أحمد الزيودي", ["الزيودي"]), (P, "أرمان شاككالييف", ["شاككالييف"]),
  (O, "اللجنة الاقتصادية المشتركة بين دولة الإمارات وكازاخستان",
   ["للجنة الاقتصادية المشتركة بين دولة الإمارات وكازاخستان"]),
  (O, "الاتحاد الاقتصادي الأوراسي", []), (O, "موانئ دبي العالمية", ["دي بي ورلد"]), (L, "أكتاو", ["ميناء أكتاو"]),
  (L, "بحر قزوين", []), (O, "شركة أبوظبي الوطنية للطاقة", []), (L, "جمبيل", ["منطقة جمبيل"]),
  (O, "كي تي زد إكسبرس", []), (O, "السكك الحديدية الكازاخستانية", ["للسكك الحديدية الكازاخستانية"]),
  (L, "ألماتي", ["مدينة ألماتي"]), (O, "غرفة تجارة وصناعة دبي", []),
  (O, "الغرفة الوطنية لرواد الأعمال في كازاخستان", ["أتاميكن"]), (P, "جمعة محمد الكيت", []),
  (O, "وزارة الاقتصاد", []), (P, "مديار مينيلبيكوف", []), (O, "وزارة الخارجية", [])]),
 "832_ar.txt": ("ar", ["SA", "UZ"], [
  (L, "طشقند", []), (O, "واس", []), (P, "عبدالعزيز بن سلمان بن عبدالعزيز", ["عبدالعزيز بن سلمان"]),
  (P, "جورابيك ميرزامحمودوف", ["ميرزامحمودوف"]), (O, "أكوا باور", ["شركة أكوا باور", "لشركة أكوا باور"]),
  (L, "خوارزم", ["ولايتي خوارزم"]), (L, "سرخان دريا", ["وسرخان دريا"]), (O, "الصندوق السعودي للتنمية", []),
  (O, "وزارة المالية الأوزبكية", ["ووزارة المالية الأوزبكية"]), (L, "نوكوس", ["مدينة نوكوس"]),
  (O, "جامعة الملك فهد للبترول والمعادن", []),
  (O, "الجامعة التقنية الحكومية في طشقند", ["والجامعة التقنية الحكومية في طشقند"]),
  (P, "يوسف بن عبدالله الزهراني", []), (P, "ماركو أرتشيلي", [])]),
 "833_ar.txt": ("ar", ["KG", "QA"], [
  (L, "الدوحة", []), (O, "قنا", ["وكالة الأنباء القطرية", "لوكالة الأنباء القطرية"]),
  (P, "سلطان بن سعد المريخي", []), (P, "جينبيك كولوباييف", ["كولوباييف"]), (L, "نارين", ["نهر نارين"]),
  (L, "إيسيك كول", ["بحيرة إيسيك كول"]), (L, "بيشكك", ["وبيشكك"]), (O, "الخطوط الجوية القطرية", []),
  (L, "مطار ماناس الدولي", []), (P, "فيصل بن قاسم آل ثاني", []), (O, "رابطة رجال الأعمال القطريين", []),
  (O, "جهاز قطر للاستثمار", []), (P, "أولان جاكشيليكوف", [])]),
 "834_en.txt": ("en", ["BY", "CA", "CN", "LT", "RU", "US"], [
  (P, "Dmitry Antonov", []), (P, "Lin Haoran", []), (L, "Moscow", ["MOSCOW"]), (L, "Beijing", ["BEIJING"]),
  (O, "Reuters", []), (O, "Belaruskali", []), (L, "Zabaikalsk", []), (L, "Ust-Luga", ["port of Ust-Luga"]),
  (P, "Ivan Golovaty", []), (L, "Minsk", []), (O, "Belarusian Potash Company", ["BPC"]),
  (L, "Klaipeda", ["port of Klaipeda"]), (O, "European Union", []), (O, "Russian Railways", ["RZD"]),
  (L, "Osinovka", ["border station of Osinovka"]), (O, "Ministry of Transport and Communications", []),
  (O, "Sinofert Holdings", []), (O, "China National Agricultural Means of Production Group", []),
  (O, "Nutrien", []), (P, "Oksana Velichko", []), (O, "BCS Global Markets", []), (O, "Uralkali", []),
  (P, "Susan Fenton", [])]),
 "835_en.txt": ("en", ["BY", "CN", "DE", "LT", "NL", "PL", "RU"], [
  (P, "Monika Scislowska", ["MONIKA SCISLOWSKA"]), (L, "Warsaw", ["WARSAW"]), (O, "AP", ["Associated Press"]),
  (P, "Marcin Kierwiński", ["Kierwiński"]), (L, "Kuźnica-Bruzgi", []), (L, "Kuźnica", []), (L, "Bruzgi", []),
  (L, "Grodno", []), (L, "Bobrowniki-Bierestowica", []), (L, "Bobrowniki", []), (L, "Bierestowica", []),
  (L, "Terespol-Brest", []), (L, "Terespol", []), (L, "Brest", []), (O, "European Union", []),
  (L, "Minsk", []), (P, "Donald Tusk", []), (O, "X", []), (O, "Polish Border Guard", ["Border Guard"]),
  (P, "Anna Michalska", []), (L, "Vilnius Airport", []), (L, "Vilnius", []), (P, "Inga Ruginienė", []),
  (O, "Belarusian Foreign Ministry", ["Foreign Ministry"]), (P, "Ruslan Varankov", []),
  (L, "Kukuryki-Kozlovichi", []), (L, "Kukuryki", []), (L, "Kozlovichi", []),
  (O, "Transport and Logistics Poland", []), (P, "Liudas Dapkus", [])]),
 "836_fr.txt": ("fr", ["AZ", "CN", "FR", "GE", "KZ", "NE", "RU"], [
  (O, "Orano", []), (O, "Kazatomprom", []), (L, "Astana", []), (O, "AFP", []), (O, "KATCO", []),
  (P, "Nicolas Maes", ["Maes"]), (P, "Meirjan Youssoupov", []), (P, "Oljas Bektenov", []), (L, "Mouyounkoum", []),
  (L, "Tortkoudouk", []), (L, "Turkestan", ["région du Turkestan"]),
  (L, "Sud-Tortkoudouk", ["gisement de Sud-Tortkoudouk"]), (O, "Somaïr", []), (L, "Niamey", []),
  (L, "mer Caspienne", []), (L, "Aktaou", []), (L, "Kouryk", []), (L, "Bakou", []), (P, "Sylvain Guiaugue", []),
  (O, "TotalEnergies", []), (L, "Kachagan", ["gisement pétrolier de Kachagan"]),
  (O, "ministère de l'Energie du Kazakhstan", ["ministère de l'Energie"])]),
 "837_fr.txt": ("fr", ["CN", "MN"], [
  (L, "Gashuunsukhait", []), (L, "Oulan-Bator", ["OULAN-BATOR"]), (O, "Xinhua", []), (L, "Ganqimaodu", []),
  (L, "Mongolie intérieure", ["région autonome de Mongolie intérieure"]),
  (O, "ministère mongol de la Route et des Transports", []), (P, "Gombojav Zandanshatar", ["Zandanshatar"]),
  (P, "Shen Minjuan", ["Shen"]), (L, "Tavan Tolgoi", ["gisement de charbon de Tavan Tolgoi"]),
  (L, "Omnogovi", ["province de l'Omnogovi"]), (O, "Erdenes Tavan Tolgoi JSC", ["Erdenes Tavan Tolgoi"]),
  (O, "China Energy Investment Corporation", ["China Energy"]), (P, "Otgonbayar Namsrai", []),
  (L, "Hebei", ["province du Hebei"]), (L, "Shiveekhuren-Ceke", []), (L, "Shiveekhuren", []), (L, "Ceke", []),
  (L, "Khangi-Mandal", []), (L, "Khangi", []), (L, "Mandal", []),
  (O, "Autorité des chemins de fer de Mongolie", [])]),
 "838_es.txt": ("es", ["CN", "DE", "ES", "FR", "JP", "KR", "VN"], [
  (L, "tren de alta velocidad Norte-Sur", []), (L, "Hanói", []), (O, "EFE", []), (L, "Ciudad Ho Chi Minh", []),
  (P, "Trần Hồng Minh", ["Minh"]), (L, "Vinh", []), (L, "Nghệ An", ["provincia de Nghệ An"]), (O, "Vingroup", []),
  (P, "Phạm Nhật Vượng", []), (O, "VinSpeed", []), (O, "Asamblea Nacional", []), (O, "Ineco", []), (O, "CAF", []),
  (P, "Cristina Belloch Ortega", []), (L, "Medina", []), (L, "La Meca", []),
  (O, "Instituto Español de Comercio Exterior", ["ICEX"]), (O, "Ministerio de Construcción", []),
  (L, "Huế", []), (L, "Đà Nẵng", []), (L, "Nha Trang", [])]),
 "839_de.txt": ("de", ["BY", "DE", "KZ", "PL", "RU"], [
  (L, "Schwedt", []), (L, "Astana", []), (O, "dpa", []), (O, "PCK", ["PCK-Raffinerie"]),
  (O, "KazMunayGas", ["KMG"]), (O, "Energieministerium", []), (L, "Druschba", ["«Druschba»"]),
  (O, "Transneft", []), (L, "Rostock", ["Rostocker Hafen"]), (L, "Danzig", ["Hafen Danzig"]),
  (L, "Brandenburg", ["Brandenburgs"]), (P, "Dietmar Woidke", []), (O, "SPD", []), (L, "Uckermark", []),
  (L, "Potsdam", []), (L, "Berlin", ["Berlins"]), (O, "Rosneft Deutschland GmbH", []),
  (O, "Bundeswirtschaftsministerium", ["Bundeswirtschaftsministeriums"]), (P, "Jerlan Akkenschenow", []),
  (O, "Kazinform", []), (L, "Karatschaganak", ["Feld Karatschaganak"]), (P, "Jakob Hollerbach-Senn", []),
  (O, "Deutsches Institut für Wirtschaftsforschung", ["Deutschen Institut für Wirtschaftsforschung", "DIW"]),
  (L, "Moskau", ["Moskaus"])]),
}


here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout47", G)
write_gold(here, "holdout47", "holdout47-gold.json", G)
