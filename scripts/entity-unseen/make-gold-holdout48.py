#!/usr/bin/env python3
"""Writes holdout48-gold.json for the articles in holdout48/ (same format and conventions as make-gold-holdout45.py,
and through it holdout41-44 and holdout47). ORGANIZATION-HEAVY business, finance, technology and institutional wire
news (a securities regulator's fine and a broker's listing, chip and car plants, a bank licence revoked, an antitrust
fine, an engine contract inside a state corporation, a GPU maker's IPO, a provincial state-asset merger, a Chinese
builder in Egypt, a petrochemical merger, a bank takeover, a state bank's IPO, a fibre deal cleared on appeal, a copper
mine, an airline stake, a mining royalty settlement, a supermarket collusion verdict, a bank stake), 7-16 bodies an
article in every form the press uses (legal names then short names and acronyms, legal forms ПАО/АО/ООО/ТОО/PT/Tbk/
S.p.A./Corp./Ltd./股份有限公司/有限责任公司/Công ty Cổ phần/TNHH/Tổng công ty/Tập đoàn/شركة, quoted names «…», „…“ and "…",
Russian oblique cases, Arabic clitics, subsidiaries named after their parent, bodies named after places, names with
digits and ampersands), the people who lead them and the places they work in: 3 vi, 3 ru, 3 zh, 3 ar, 3 en, 1 fr,
1 es, 1 de, with REAL companies, banks, regulators and public figures mixed with invented minor companies and people:
840 vi TTXVN 'Hà Nội, 4/12 (TTXVN) -' (UBCKNN fines the invented Chứng khoán Hải Thành (HTS) and HOSE lists TCBS, the
subsidiary of Techcombank; MB, Bộ Tài chính, Bộ Công an, Rồng Việt (VDSC), FTSE Russell, phường Cầu Giấy);
841 vi TTXVN **all in NFD** 'Bắc Ninh' (Amkor Technology Việt Nam raises its investment; Ban Quản lý các khu công
nghiệp tỉnh Bắc Ninh, Khu công nghiệp Yên Phong II-C / Vân Trung, Hana Micron Vina and its parent, Viglacera - CTCP,
Đài Loan (Trung Quốc)); 842 vi TTXVN 'Jakarta' (VinFast opens a plant in West Java; PT VinFast Automotive Indonesia,
PT Bank CIMB Niaga Tbk, PT Kreasi Otomotif Nusantara, Indomobil, Agus Gumiwang Kartasasmita, 'Bộ trưởng Agus');
843 ru Interfax 'МОСКВА. 4 декабря. ИНТЕРФАКС -' (the Bank of Russia revokes the invented АО «Азов-Кредит»'s licence; ЦБ,
АСВ in quotes, ВТБ, ООО «Торговый дом „Кубань-Агро“» with nested quotes, НКР, Арбитражный суд Краснодарского края);
844 ru Kazinform 'АСТАНА. КАЗИНФОРМ –' (the competition agency АЗРК fines two invented fuel traders in Shymkent; ТОО
«Оңтүстік Жанармай» in Kazakh letters, ТОО "ПетроКазахстан Ойл Продактс" inside «…», АФМ, a court in the prepositional,
Helios, Sinooil); 845 ru RIA Novosti 'ЯРОСЛАВЛЬ, 4 дек - РИА Новости.' (ПАО «ОДК-Сатурн» and «Аэрофлот»; ОДК,
«Ростех», «ОДК-Пермские моторы», ПАО «Яковлев», Чемезов, Евраев, a university with a person's name, «Цифра брокер»);
846 zh Caixin '财新网讯（记者 …）' (Moore Threads' STAR Market IPO; 摩尔线程智能科技（北京）股份有限公司, 上交所, 中国证监会,
中信证券股份有限公司, 英伟达, 腾讯控股有限公司, 红杉中国, 大基金二期, 沐曦股份, 壁仞科技, 中金公司);
847 zh China News Service '中新社成都…电 (记者 …)' (Sichuan merges two provincial energy groups; 四川省国资委, 四川能投,
四川发展（控股）有限责任公司, 四川水电集团, 蜀道, 雅砻江流域水电开发有限公司, three autonomous prefectures, 香港联合交易所);
848 zh Xinhua '新华社开罗…电（记者 … …）' (China State Construction starts the second phase of the New Capital's CBD;
中国建筑股份有限公司 and 中国建筑埃及分公司, 马德布利, 中国进出口银行, 中国工商银行, 开罗大学, 艾因夏姆斯大学);
849 ar WAM 'أبوظبي في 4 ديسمبر / وام /' (ADNOC and OMV complete Borouge Group International; أدنوك/لأدنوك, "أو إم في",
"نوفا كيميكالز", مبادلة, الجابر, ألفريد ستيرن, الرويس وفيينا وألبرتا, "إكس آر جي"); 850 ar KUNA 'الكويت - 4 - 12 (كونا) --'
(the CMA clears Warba Bank's offer for Gulf Bank; لبنك وربة, لبنك الكويت المركزي, كامكو إنفست, "كيو إن بي كابيتال"
القطرية, والمؤسسة العامة للتأمينات الاجتماعية, "فيتش"); 851 ar MENA 'القاهرة - أ ش أ' (the FRA clears Banque du Caire's
IPO; الرقابة المالية, بنك مصر, صندوق مصر السيادي, هيرميس, سي آي كابيتال, "ذو الفقار وشركاه", والبنك الأوروبي لإعادة
الإعمار والتنمية, محافظات أسيوط وسوهاج والمنيا); 852 en Reuters 'JOHANNESBURG, Dec 4 (Reuters) -' with byline and
the reporting line (Vodacom completes its Maziv deal; ICASA, Vodafone, Vumatel, DFA, CIVH, Remgro, the Competition
Tribunal / Appeal Court / Commission, Telkom, MTN Group, Anchor Capital); 853 en AP 'LIMA, Peru (AP) —', byline in
capitals (Southern Copper starts Tía María; Grupo México, the Tambo Valley and its Users' Board, OEFA, Antamina, Las
Bambas, MMG Ltd., BBVA Research); 854 en Anadolu, byline and date line, 'ISTANBUL' (Turkish Airlines buys into Air
Europa; Türk Hava Yolları (THY), KAP, Globalia, SEPI, Star Alliance, SkyTeam, Borsa Istanbul, Ak Yatırım, Aena);
855 fr AFP 'Kinshasa (AFP) -' (Gécamines and Glencore settle over KCC's royalties; la Générale des carrières et des
mines, CCI, ARECOMS with its long name, Mutanda Mining (Mumi), CMOC, Zijin Mining, Congo Mines Watch);
856 es EFE 'Santiago de Chile, 4 dic (EFE).-' (the TDLC fines three supermarket chains for colluding on chicken prices;
FNE, Cencosud, Walmart Chile / Walmart Inc., SMU, Agrosuper, Ariztía, Don Pollo, CMF, Conadecus, Vigésimo Juzgado Civil
de Santiago, Bolsa de Comercio de Santiago); 857 de dpa 'Frankfurt/Main (dpa) -' (Unicredit raises its Commerzbank
stake to 29.9%; UniCredit S.p.A., Orcel, Orlopp, Bafin, EZB, Finanzagentur, Klingbeil (SPD), Verdi, HypoVereinsbank
(HVB), DZ Bank, Rothschild & Co).
Every minor name was checked with grep against the earlier sets' articles; first choices found there were replaced
(Bank Rakyat Indonesia, Đại học Bách khoa Hà Nội, «Эксперт РА», «Финам», 四川大学, 廖力强, the TEDA Suez zone, المطيري,
الشربيني, Kentau, Mokoena, Huamaní, Matarani, Riquelme). Famous bodies and figures recur as allowed (ВТБ, Vingroup,
HOSE, 中信证券, 上海证券交易所, 马德布利, الجابر, فيتش, Telkom, Commerzbank, DZ Bank, Klingbeil, Verdi, the Bolsa de
Comercio de Santiago), and big cities and provinces (Đà Nẵng, Surabaya, Bandung, Medan, Туркестанская область,
Комсомольск-на-Амуре, Lubumbashi). Written blind in session 27: its gold was fixed and committed before any extractor
ran on it (no Swift source was read, no extractor run).

Conventions as holdout41-45 and 47 (see make-gold-holdout45.py and make-gold-holdout47.py): titles and portfolios are
no part of a name and no entity, but a ministry written as such is an organization; governments ('Chính phủ
Indonesia', 'el Gobierno', 'der Bund'), programmes ('一带一路', '西电东送'), products (ПД-8, SJ-100, 'Boeing 787
aircraft', GPU chips), stock indices ("إيجي إكس 30"), market boards (科创板, as holdout28) and broad regions (Đông Nam
Á, 非洲, Latin America) are no entities; a legal form before a quoted name belongs to the canonical name and the quoted
name (with its quotes, in every case the article uses) is an alias (АО «Азов-Кредит», ТОО «Оңтүстік Жанармай», ПАО
«ОДК-Сатурн»); a generic word before a place is an alias (phường, tỉnh, đường cao tốc, province of, port of, province
du); a place or a parent named only inside an organization's name is not counted (Thành phố Hồ Chí Minh in HOSE's name,
Краснодарский край in the court's, Павлодар in the refinery's, 国家能源集团 in its Dadu subsidiary's); a name built from
a person's (университет имени П. А. Соловьева, "ذو الفقار وشركاه") makes no person; agencies' datelines are places and
the agency an organization; bylines and editors are people.
New here:
- an organization written with a legal form or a generic company word and also without it has the shorter form as an
  alias (Công ty Cổ phần Chứng khoán Hải Thành / 'Chứng khoán Hải Thành' in the headline; شركة كامكو إنفست / كامكو
  إنفست; Southern Copper Corp. / Southern Copper); a group written with 'Tập đoàn' lowercased or capitalised is the group
  (Tập đoàn Vingroup -> Vingroup, as Lộc Trời);
- a subsidiary named after its parent is an organization apart from the parent when both are named (Amkor Technology
  Việt Nam and Amkor Technology, Hana Micron Vina and Hana Micron, PT VinFast Automotive Indonesia and VinFast, 中国建筑
  埃及分公司 and 中国建筑股份有限公司, Walmart Chile and Walmart Inc., HypoVereinsbank and Unicredit, «ОДК-Сатурн» and
  ОДК and «Ростех» are three); a new group and a company of its old name are two (مجموعة بروج الدولية and "بروج");
- a rating agency, an exchange, a deposit insurer, a sovereign fund, a competition tribunal and a trade union
  (Verdi) are organizations; a company's works council (Betriebsrat) is none;
- a faculty written with its university (西南交通大学经济管理学院) is one organization under the whole written name;
- a mine or a mine's valley is a place (Tía María, 'Tía María mine', Antamina, Las Bambas, Tambo Valley); the operating
  company is an organization (Kamoto Copper Company (KCC), Mutanda Mining (Mumi)); a zone's or a city's district named as
  such is a place (中央商务区 of the New Administrative Capital, 新行政首都 itself);
- a dateline 'Frankfurt/Main' is the place Frankfurt with 'Frankfurt/Main' its alias; 'Santiago de Chile' is an alias of
  Santiago (and names CL); Washington used for the US government stays the place and names no country;
- Chinese: an agency's name (中新社, 新华社) names no country (as holdout28's 468); Hong Kong inside a body's name
  (香港联合交易所) is the country code HK and no place; 'Đài Loan (Trung Quốc)' is TW and CN, as holdout43's 767.
Countries: every country named or described by an adjective or demonym, also inside a body's name (Ngân hàng TMCP Kỹ
Thương Việt Nam -> VN, Банк России -> RU, Агентство … Республики Казахстан -> KZ, Independent Communications Authority
of South Africa -> ZA, Congo Mines Watch -> CD, بنك مصر -> EG, هيئة المنافسة الكندية -> CA), never a brand's (Turkish
Airlines is TR only because 'Türkiye' is written too; Air Europa, Deutsche Presse-Agentur name none) and never a city's.
Judgement calls: 'Agus' (the Indonesian minister's first name, as Indonesians are called) is his alias; HTS, MB, TCBS,
VDSC are aliases of the full names beside them; 'ЦБ' is the Bank of Russia; the ASV's 'государственной корпорации' is a
lowercase description, not part of its name; 'Краснодара'/'Краснодаре' are Krasnodar but 'краснодарского' names no
place; 'Оңтүстік Жанармай' keeps its Kazakh letters; 'Азов-Кредит' keeps the quoted form as in holdout47;
'财新' is an alias of the outlet 财新网; 四川 is an alias of 四川省; the rivers 雅砻江 and 大渡河 are places though they
also stand inside company names; 'أسواق المال' in the headline is the CMA; 'وربة' alone is Warba Bank (the و is part of
the name, no clitic); 'Mumi' is Mutanda Mining; 'Bafin' (dpa's spelling) is BaFin's alias; 'the Spanish government'
is no entity."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
XINHUA = (O, "新华社", [])
G = {
 "840_vi.txt": ("vi", ["VN"], [
  (O, "Ủy ban Chứng khoán Nhà nước", ["UBCKNN"]), (L, "Hà Nội", []), TTXVN,
  (O, "Công ty Cổ phần Chứng khoán Hải Thành", ["Chứng khoán Hải Thành", "HTS"]),
  (O, "Ngân hàng TMCP Quân đội", ["MB"]), (L, "Cầu Giấy", ["phường Cầu Giấy"]), (L, "Đà Nẵng", []),
  (O, "Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh", ["HOSE"]),
  (O, "Công ty Cổ phần Chứng khoán Kỹ Thương", ["TCBS"]),
  (O, "Ngân hàng TMCP Kỹ Thương Việt Nam", ["Techcombank"]), (P, "Vũ Thị Chân Phương", []),
  (O, "Bộ Tài chính", []), (O, "Bộ Công an", []), (P, "Đỗ Minh Hoàng", ["Hoàng"]),
  (O, "Công ty Cổ phần Chứng khoán Rồng Việt", ["VDSC"]), (O, "FTSE Russell", [])]),
 "841_vi.txt": ("vi", ["CN", "JP", "KR", "TW", "US", "VN"], [
  (O, "Công ty TNHH Amkor Technology Việt Nam", ["Amkor Technology Việt Nam"]), (L, "Bắc Ninh", ["tỉnh Bắc Ninh"]),
  TTXVN, (O, "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", []),
  (L, "Khu công nghiệp Yên Phong II-C", []), (O, "Amkor Technology", ["Tập đoàn Amkor Technology"]),
  (O, "Trường Đại học Phenikaa", []), (O, "Học viện Công nghệ Bưu chính Viễn thông", []),
  (O, "Ủy ban nhân dân tỉnh Bắc Ninh", []), (P, "Lưu Đình Thực", []), (O, "Công ty TNHH Hana Micron Vina", []),
  (O, "Hana Micron", []), (O, "Tổng công ty Viglacera - CTCP", []), (L, "Khu công nghiệp Vân Trung", []),
  (L, "Nếnh", ["phường Nếnh"]), (P, "Park Jun-seok", []), (O, "Trường Cao đẳng Công nghiệp Bắc Ninh", []),
  (O, "Sở Tài chính tỉnh Bắc Ninh", [])]),
 "842_vi.txt": ("vi", ["ID", "IN", "VN"], [
  (O, "Công ty Cổ phần Sản xuất Kinh doanh VinFast", ["VinFast"]), (L, "Jakarta", []), TTXVN,
  (L, "Khu công nghiệp Subang Smartpolitan", []), (L, "Tây Java", ["tỉnh Tây Java"]),
  (O, "PT VinFast Automotive Indonesia", ["VinFast Indonesia"]),
  (P, "Agus Gumiwang Kartasasmita", ["Agus"]), (P, "Tạ Văn Thông", []), (P, "Trịnh Quốc Bảo", []),
  (O, "PT Bank CIMB Niaga Tbk", ["CIMB Niaga"]), (O, "PT Kreasi Otomotif Nusantara", []),
  (L, "Surabaya", []), (L, "Bandung", []), (L, "Medan", []), (O, "Indomobil", []),
  (L, "Trans-Java", ["đường cao tốc Trans-Java"]), (O, "Vingroup", ["Tập đoàn Vingroup"]),
  (L, "Hải Phòng", []), (L, "Hà Tĩnh", []), (L, "Tamil Nadu", [])]),
 "843_ru.txt": ("ru", ["RU"], [
  (O, "Банк России", ["ЦБ"]), (O, "АО «Азов-Кредит»", ["«Азов-Кредит»", "«Азов-Кредита»"]),
  (L, "Краснодар", ["Краснодара", "Краснодаре"]), (L, "Москва", ["МОСКВА"]),
  (O, "Интерфакс", ["ИНТЕРФАКС", "«Интерфакс»"]),
  (O, "Агентство по страхованию вкладов", ["«Агентство по страхованию вкладов»", "АСВ"]), (O, "ВТБ", []),
  (O, "ООО «Торговый дом „Кубань-Агро“»", ["«Торговый дом „Кубань-Агро“»"]), (P, "Геннадий Ляхов", []),
  (L, "Ростов-на-Дону", ["Ростове-на-Дону"]), (L, "Новороссийск", ["Новороссийске"]),
  (O, "Национальные кредитные рейтинги", ["«Национальные кредитные рейтинги»", "НКР"]),
  (O, "Арбитражный суд Краснодарского края", []),
  (O, "ООО «Прайм Финанс Брокер»", ["«Прайм Финанс Брокер»"])]),
 "844_ru.txt": ("ru", ["KZ"], [
  (O, "Агентство по защите и развитию конкуренции Республики Казахстан", ["АЗРК"]),
  (L, "Шымкент", ["Шымкенте"]), (L, "Астана", ["АСТАНА"]), (O, "Казинформ", ["КАЗИНФОРМ"]),
  (O, "ТОО «Оңтүстік Жанармай»", ["«Оңтүстік Жанармай»"]),
  (O, "ТОО «Шымкент Битум Трейд»", ["«Шымкент Битум Трейд»"]),
  (L, "Туркестанская область", ["Туркестанской области"]), (L, "Ленгер", ["Ленгере"]),
  (O, "Министерство энергетики Республики Казахстан", ["Министерства энергетики Республики Казахстан"]),
  (P, "Марат Омаров", []), (O, "Агентство по финансовому мониторингу", ["АФМ"]),
  (O, "ТОО \"ПетроКазахстан Ойл Продактс\"", ["\"ПетроКазахстан Ойл Продактс\""]),
  (O, "Специализированный межрайонный экономический суд города Шымкента",
   ["Специализированном межрайонном экономическом суде города Шымкента"]),
  (O, "ТОО «Petroleum Consulting Group»", ["«Petroleum Consulting Group»"]), (P, "Асель Бекмуханова", []),
  (O, "Павлодарский нефтехимический завод", ["Павлодарском нефтехимическом заводе"]),
  (O, "Helios", []), (O, "Sinooil", [])]),
 "845_ru.txt": ("ru", ["RU"], [
  (O, "ПАО «ОДК-Сатурн»", ["«ОДК-Сатурн»", "«ОДК-Сатурна»", "«ОДК-Сатурном»"]),
  (O, "ПАО «Аэрофлот»", ["«Аэрофлот»", "«Аэрофлоту»", "«Аэрофлота»"]),
  (L, "Ярославль", ["ЯРОСЛАВЛЬ"]), (O, "РИА Новости", []),
  (O, "Объединенная двигателестроительная корпорация", ["Объединенную двигателестроительную корпорацию", "ОДК"]),
  (O, "Ростех", ["«Ростех»", "«Ростеха»"]), (P, "Виктор Полякин", []), (L, "Рыбинск", ["Рыбинске"]),
  (O, "АО «ОДК-Пермские моторы»", ["«ОДК-Пермские моторы»"]), (L, "Пермь", ["Перми"]),
  (O, "ПАО «Яковлев»", ["«Яковлев»"]), (L, "Комсомольск-на-Амуре", ["Комсомольске-на-Амуре"]),
  (P, "Сергей Чемезов", []), (L, "Ярославская область", ["Ярославской области"]), (P, "Михаил Евраев", []),
  (O, "Рыбинский государственный авиационный технический университет имени П. А. Соловьева",
   ["Рыбинском государственном авиационном техническом университете имени П. А. Соловьева"]),
  (O, "Цифра брокер", ["«Цифра брокер»"]), (P, "Денис Кругликов", ["Дениса Кругликова"]),
  (O, "Airbus", []), (O, "Boeing", [])]),
 "846_zh.txt": ("zh", ["CN", "US"], [
  (O, "摩尔线程智能科技（北京）股份有限公司", ["摩尔线程"]), (O, "财新网", ["财新"]), (P, "孟思琪", []),
  (O, "上海证券交易所", ["上交所"]), (O, "中国证监会", ["证监会"]), (O, "中信证券股份有限公司", []),
  (L, "北京", []), (L, "上海", []), (L, "成都", []), (L, "南京", []), (P, "张建中", []), (O, "英伟达", []),
  (O, "腾讯控股有限公司", []), (O, "红杉中国", []),
  (O, "国家集成电路产业投资基金二期股份有限公司", ["大基金二期"]),
  (O, "沐曦集成电路（上海）股份有限公司", ["沐曦股份"]), (O, "壁仞科技", []), (O, "中金公司", []),
  (P, "沈一帆", [])]),
 "847_zh.txt": ("zh", ["CN", "HK"], [
  (O, "四川省能源投资集团有限责任公司", ["四川能投"]), (O, "四川省水电投资经营集团有限公司", ["四川水电集团"]),
  (L, "成都", []), (O, "中新社", []), (P, "邓若琳", []),
  (O, "四川省政府国有资产监督管理委员会", ["四川省国资委"]), (O, "四川发展（控股）有限责任公司", ["四川发展"]),
  (P, "甘宏伟", []), (L, "雅砻江", []), (L, "大渡河", []), (P, "罗晓川", []), (L, "四川省", ["四川"]),
  (O, "蜀道投资集团有限责任公司", []), (O, "四川省旅游投资集团有限责任公司", []),
  (O, "雅砻江流域水电开发有限公司", []), (O, "国家能源集团大渡河流域水电开发有限公司", []),
  (L, "甘孜藏族自治州", []), (L, "阿坝藏族羌族自治州", []), (L, "凉山彝族自治州", []),
  (O, "四川能投发展股份有限公司", []), (O, "香港联合交易所", []), (O, "西南交通大学经济管理学院", []),
  (P, "冯思远", []), (O, "上海证券交易所", [])]),
 "848_zh.txt": ("zh", ["CN", "EG"], [
  (L, "新行政首都", ["埃及新行政首都"]), (L, "中央商务区", []), XINHUA, (L, "开罗", []), (P, "秦思远", []),
  (P, "艾哈迈德·萨米", []), (O, "中国建筑股份有限公司", []), (P, "马德布利", []),
  (O, "中国驻埃及大使馆", []), (P, "林振宇", []), (O, "埃及住房、公用事业和城市社区部", []),
  (P, "谢里夫·谢尔比尼", []), (O, "中国进出口银行", []), (O, "中国工商银行", []),
  (O, "埃及新行政首都城市开发公司", []), (O, "中国建筑埃及分公司", []), (P, "常海洋", []),
  (O, "开罗大学", []), (O, "艾因夏姆斯大学", []), (O, "埃及内阁新闻中心", [])]),
 "849_ar.txt": ("ar", ["AE", "AT", "CA"], [
  (O, "أدنوك", ["شركة بترول أبوظبي الوطنية", "لأدنوك"]), (O, "أو إم في", []),
  (O, "مجموعة بروج الدولية", ["لمجموعة بروج الدولية"]), (L, "أبوظبي", []), (O, "وام", []), (O, "بروج", []),
  (O, "بوريالس", []), (O, "نوفا كيميكالز", []), (O, "شركة مبادلة للاستثمار", ["مبادلة للاستثمار"]),
  (O, "سوق أبوظبي للأوراق المالية", []), (P, "سلطان بن أحمد الجابر", []), (P, "ألفريد ستيرن", []),
  (L, "الرويس", []), (L, "فيينا", ["وفيينا"]), (L, "ألبرتا", ["وألبرتا"]), (P, "خالد الزعابي", []),
  (O, "المفوضية الأوروبية", []), (O, "هيئة المنافسة الكندية", ["وهيئة المنافسة الكندية"]),
  (O, "إكس آر جي", [])]),
 "850_ar.txt": ("ar", ["KW", "QA"], [
  (O, "هيئة أسواق المال", ["أسواق المال"]), (O, "بنك وربة", ["لبنك وربة", "وربة"]), (O, "بنك الخليج", []),
  (L, "الكويت", []), (O, "كونا", ["وكالة الأنباء الكويتية", "لوكالة الأنباء الكويتية"]),
  (O, "بنك الكويت المركزي", ["لبنك الكويت المركزي"]), (P, "فهد الرشيدي", ["الرشيدي"]),
  (O, "شركة كامكو إنفست", ["كامكو إنفست"]), (O, "كيو إن بي كابيتال", []),
  (O, "الهيئة العامة للاستثمار", []),
  (O, "المؤسسة العامة للتأمينات الاجتماعية", ["والمؤسسة العامة للتأمينات الاجتماعية"]),
  (O, "بورصة الكويت", []), (O, "فيتش", [])]),
 "851_ar.txt": ("ar", ["AE", "EG", "SA"], [
  (O, "الهيئة العامة للرقابة المالية", ["الرقابة المالية"]), (O, "بنك القاهرة", []),
  (O, "البورصة المصرية", ["للبورصة المصرية"]), (L, "القاهرة", []), (O, "أ ش أ", []), (P, "محمد فريد", []),
  (O, "صندوق مصر السيادي", []), (O, "بنك مصر", []), (O, "المجموعة المالية هيرميس", []),
  (O, "شركة سي آي كابيتال", ["سي آي كابيتال"]), (O, "ذو الفقار وشركاه", []), (P, "هشام الحناوي", []),
  (L, "أسيوط", []), (L, "سوهاج", ["وسوهاج"]), (L, "المنيا", ["والمنيا"]), (O, "مؤسسة التمويل الدولية", []),
  (O, "البنك الأوروبي لإعادة الإعمار والتنمية", ["والبنك الأوروبي لإعادة الإعمار والتنمية"]),
  (O, "البنك المركزي المصري", [])]),
 "852_en.txt": ("en", ["GB", "ZA"], [
  (O, "Vodacom Group", ["Vodacom"]), (O, "Maziv", []), (P, "Nqobile Dlamini", []),
  (L, "Johannesburg", ["JOHANNESBURG"]), (O, "Reuters", []),
  (O, "Independent Communications Authority of South Africa", ["ICASA"]), (O, "Vodafone", []),
  (O, "Vumatel", []), (O, "Dark Fibre Africa", ["DFA"]), (O, "Community Investment Ventures Holdings", ["CIVH"]),
  (L, "Stellenbosch", []), (O, "Remgro", []), (O, "Competition Tribunal", []), (O, "Competition Appeal Court", []),
  (L, "Soweto", []), (L, "Khayelitsha", []), (P, "Shameel Joosub", []), (O, "Telkom", []), (O, "MTN Group", []),
  (O, "Competition Commission", []), (O, "Johannesburg Stock Exchange", []), (P, "Thandiwe Ngcobo", []),
  (L, "Cape Town", []), (O, "Anchor Capital", []), (P, "Sandra Maler", [])]),
 "853_en.txt": ("en", ["CD", "CL", "CN", "MX", "PE"], [
  (L, "Tía María", ["Tia Maria", "Tía María mine"]), (P, "Raúl Quispecahuana", ["RAÚL QUISPECAHUANA"]),
  (O, "AP", ["Associated Press"]), (L, "Lima", ["LIMA"]), (O, "Southern Copper Corp.", ["Southern Copper"]),
  (L, "Tambo Valley", []), (O, "Grupo México", []), (O, "Lima Stock Exchange", []), (L, "Arequipa", []),
  (L, "Mollendo", ["port of Mollendo"]), (P, "Oscar González Rocha", []), (L, "Islay", ["province of Islay"]),
  (P, "Jesús Cornejo Vilca", []), (O, "Tambo Valley Users' Board", []), (L, "Cocachacra", []),
  (O, "Ministry of Energy and Mines", []), (O, "Environmental Assessment and Enforcement Agency", ["OEFA"]),
  (L, "Antamina", []), (L, "Las Bambas", []), (O, "MMG Ltd.", []), (O, "BBVA Research", [])]),
 "854_en.txt": ("en", ["ES", "TR"], [
  (O, "Türk Hava Yolları", ["THY", "Turkish Airlines"]), (O, "Air Europa", []), (P, "Elif Karaca", []),
  (L, "Istanbul", ["ISTANBUL"]), (O, "Public Disclosure Platform", ["KAP"]), (O, "Globalia", []),
  (O, "European Commission", []), (P, "Ahmet Bolat", ["Bolat"]), (L, "Madrid-Barajas Airport", []),
  (L, "Madrid", []), (L, "Bogota", []), (L, "Caracas", []), (O, "Star Alliance", []), (O, "SkyTeam", []),
  (P, "Juan José Hidalgo", []), (O, "SEPI", []), (O, "Borsa Istanbul", []), (O, "Ak Yatırım", []),
  (O, "European Union", []), (O, "Aena", []), (L, "Lima", [])]),
 "855_fr.txt": ("fr", ["CD", "CH", "CN"], [
  (O, "Gécamines", ["Générale des carrières et des mines"]), (O, "Glencore", []),
  (O, "Kamoto Copper Company", ["KCC"]), (L, "Kinshasa", []), (O, "AFP", []),
  (O, "Chambre de commerce internationale", ["CCI"]), (L, "Paris", []), (P, "Placide Nkulu Mbayo", []),
  (L, "Lubumbashi", []), (L, "Kolwezi", []), (L, "Lualaba", ["province du Lualaba"]),
  (O, "Mutanda Mining", ["Mumi"]),
  (O, "Autorité de régulation et de contrôle des marchés des substances minérales stratégiques", ["ARECOMS"]),
  (P, "Félix Tshisekedi", []), (L, "Washington", []), (P, "Eddy Kalonji", []), (O, "Congo Mines Watch", []),
  (O, "CMOC", []), (O, "Zijin Mining", [])]),
 "856_es.txt": ("es", ["CL", "US"], [
  (O, "Tribunal de Defensa de la Libre Competencia", ["TDLC"]), (L, "Santiago", ["Santiago de Chile"]),
  (O, "EFE", []), (O, "Cencosud", []), (O, "Walmart Chile", []), (O, "SMU", []),
  (O, "Fiscalía Nacional Económica", ["FNE"]), (P, "Jorge Grunberg", []), (O, "Agrosuper", []),
  (O, "Ariztía", []), (O, "Don Pollo", []), (P, "Horst Paulmann", []),
  (O, "Comisión para el Mercado Financiero", ["CMF"]), (O, "Walmart Inc.", []), (O, "Corte Suprema", []),
  (O, "Corporación Nacional de Consumidores y Usuarios", ["Conadecus"]),
  (O, "Vigésimo Juzgado Civil de Santiago", []), (P, "Valeria Olguín Ossandón", []),
  (O, "Bolsa de Comercio de Santiago", [])]),
 "857_de.txt": ("de", ["DE", "IT"], [
  (O, "UniCredit S.p.A.", ["Unicredit"]), (O, "Commerzbank", []), (L, "Frankfurt", ["Frankfurt/Main"]),
  (O, "dpa", ["Deutschen Presse-Agentur"]), (L, "Mailand", []), (P, "Andrea Orcel", []),
  (O, "Bundesanstalt für Finanzdienstleistungsaufsicht", ["Bafin"]),
  (O, "Europäische Zentralbank", ["EZB"]), (P, "Bettina Orlopp", []), (O, "Finanzagentur", []),
  (P, "Lars Klingbeil", []), (O, "SPD", []), (O, "Verdi", []), (O, "HypoVereinsbank", ["HVB"]),
  (L, "München", []), (P, "Christoph Meister", []), (P, "Jochen Brückmann", []), (O, "DZ Bank", []),
  (O, "Rothschild & Co", [])]),
}


here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout48", G)
write_gold(here, "holdout48", "holdout48-gold.json", G)
