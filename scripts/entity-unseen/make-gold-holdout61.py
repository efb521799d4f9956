"""Writes holdout61-gold.json for the articles in holdout61/ (same format and conventions as make-gold-holdout59.py,
make-gold-holdout58.py, make-gold-holdout57.py, make-gold-holdout55.py, make-gold-holdout53.py and
make-gold-holdout45.py). The corpus's own domain (Belarus, Vietnam, China, Kazakhstan, Russia, Uzbekistan and their
partners: politics, trade, energy, culture, sport) in the MESSY FORMATS real saved articles come in: byline lines ("By
… and …", "Par …", "Автор:", "记者 …", "Bài và ảnh:", "Tác giả:", "أجرى الحوار:"), datelines in capitals, photo
captions with credits ("Photo:", "Ảnh:", "Фото:", "图为…摄", "(صورة: … تصوير: …)"), "Read also:" / "Lire aussi :" /
"Xem thêm:" / "Читайте также:" / "اقرأ أيضا:" / "相关阅读：" lines with another headline, editor's notes ("Editor's
note", "Note de la rédaction", "Ghi chú của Ban biên tập", "Редакционное примечание", "ملاحظة المحرر", "编者按"),
numbered or bulleted lists of delegations, appointments and ambassadors with titles, Q&A interviews with speakers'
names as labels, live blogs with timestamps, sports results tables and standings as lines of text, all-caps
headlines, quotes inside quotes, social-media handles (@…) and hashtags, website names, and correction notices at the
end (Correction / Rectificatif / Đính chính / Исправление / تصحيح / 更正). REAL public figures, companies, bodies and
places mixed with invented minor people and small firms: 3 en, 3 fr, 3 ar, 3 vi, 3 ru, 3 zh:
1080 en Reuters 'ALMATY, Dec 4 (Reuters) -' with a two-name byline, a photo credit 'REUTERS/…', a Read also line, an
X handle and hashtag, an investor website (ir.kaspi.kz), the reporting line and a correction (Kaspi.kz raises its
outlook as Hepsiburada turns a profit; Kaspi.kz / Kaspi, Lomtadze, Samruk-Kazyna, National Bank of Kazakhstan, Halyk
Bank, Home Credit Bank Kazakhstan, Nasdaq in 'Nasdaq-listed', 'Istanbul-based Rapid Kargo', Takiyev, Pelham Ridge
Capital); 1081 en BelTA live blog 'MINSK, 4 December (BelTA) -' with timestamps '10:02 —', an editor's note, a photo
line inside an entry, a Read also inside the last entry, @BelTA_English and a correction (the Belarusian-Chinese
investment forum at Great Stone; China-Belarus Industrial Park Great Stone / Great Stone, Smolevichi, Turchin, Zhang
Wenchuan, China Merchants Group's unnamed Belarusian unit, Vitbersoft, Nanjing Tianheng Robotics and 'the Nanjing
company', BNBC, National Agency of Investment and Privatization, 'Governor of Minsk Oblast Ivan Krupko', Borisov,
Zhodino, SCO); 1082 en UzDaily.uz, all-caps headline 'NASAF CLINCH TITLE AS PAKHTAKOR SLIP IN FERGANA', byline after
the dateline, a results table and standings (Uzbekistan Super League; clubs named like cities: Andijon, Neftchi,
Navbahor, AGMK, Surkhon, Bunyodkor, Sogdiana, Dinamo Samarqand, Qizilqum, Olympic; Markaziy Stadium, Karshi, UFA,
Qashqadaryo in a quote, AFC competitions, Professional Football League of Uzbekistan, @fcnasaf);
1083 fr AFP 'Hanoï (AFP) -' Q&A with 'Q :' and the interviewee's full Vietnamese name as the label, "Propos recueillis
par" and a rectificatif (coffee and the EU deforestation rule; 'Vietnam-UE', Hauts Plateaux du Centre, Institut de
recherche en politiques agricoles, Vicofa, 'province de Đắk Lắk', Buôn Ma Thuột, Vĩnh Hiệp, Intimex, 'port d'Anvers'
and 'celui de Hambourg', Lâm Đồng, Tianjin, EVFTA, Julien Guerrier, Pleiku, 'Photo Nhac Nguyen / AFP');
1084 fr AFP 'PARIS, 4 décembre (AFP) -' with a bulleted delegation list with titles, gov.uz, a Read also headline
ending in a question, a note de la rédaction and a rectificatif (Aripov in Paris; Khodjaev, Umarkhodjaev,
Rakhmatullaev, Saidov, Tojiboev, Ismatullayeva, Uzbekistan Railways (O'zbekiston temir yo'llari), 'Agence de
l'énergie atomique Uzatom', Thales, 'la ligne Tachkent-Termez', EDF, Samarcande, Alstom, Business France, Barrot,
BERD, Rosatom, TotalEnergies); 1085 fr AFP, all-caps headline 'BIÉLORUSSIE : LIBÉRATION SURPRISE D'UN JOURNALISTE DE
GRODNO', 'VILNIUS, 4 décembre (AFP) -' (an invented journalist freed; Lichtarovitch / Likhtarovich and his wife Volha
Lichtarovitch, Viasna, Pahonia, 'poste-frontière de Medininkai', 'le site d'information Zerkalo (zerkalo.io)',
Tikhanovskaïa with '(@Tsihanouskaya)', #FreeBelarus, John Coale, Washington, Belavia, CPJ, RFE/RL, Euroradio,
'ministère lituanien des Affaires étrangères', Kaja Kallas); 1086 ar QNA 'الدوحة في 4 ديسمبر /قنا/' with a numbered
delegation list '1- السيدة …، رئيسة …', a photo line '(صورة: … تصوير: … /قنا/)', an X handle and Arabic hashtag, a
Read also, an editor's note and a correction (the Emir receives Mirziyoyev; الديوان الأميري, سعيدة ميرضيائيفا beside
ميرضيائيف, صندوق أوزبكستان للاستثمار المباشر, جهاز قطر للاستثمار, "أوزبكستان إيرويز", 'الدوحة وطشقند وسمرقند', "نبراس
للطاقة", ولاية قشقاداريا, غرفة قطر, مكتب الاتصال الحكومي); 1087 ar WAM interview 'أبوظبي في 4 ديسمبر / وام /' with
'أجرى الحوار:' and labels 'وام:' / 'دانيار سارسنباييف:' (UAE investment in Kazakhstan; "بايتيريك", مجموعة موانئ
أبوظبي, ميناء أكتاو beside أكتاو, بحر قزوين, "مصدر", منطقة جامبيل, الممر الأوسط, "قازاقستان تيمير جولي", "الظاهرة",
منطقة كوستاناي, baiterek.gov.kz, @Baiterek_KZ); 1088 ar RT Arabic live blog 'قازان - "روسيا اليوم"' with timestamps
'10:05 -', a photo line as an entry, arabic.rt.com (the Russian-Arab economic forum in Kazan; جمهورية تتارستان,
مركز "قازان إكسبو" الدولي للمعارض, مينيخانوف, نوفاك, أبو الغيط, "كاماز", "النيل للشاحنات", مدينة السادات, "رمال الخليج
للتجارة", "VTB", تسيفيليف, 'لـ"آر تي"');
1089 vi TTXVN 'Bắc Kinh, 4/12 (TTXVN) -' with 'Bài và ảnh:', labels 'Phóng viên:' / 'Tạ Quang Vĩnh:', 'Ảnh: Hoài
Thương - TTXVN', Xem thêm, vr.com.vn, a Facebook page, a hashtag and an editor's note (rail freight to Central Asia;
'Tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng', Diễn đàn Hợp tác Logistics Việt Nam - Trung Quốc, Nam Ninh, VNR /
'Đường sắt Việt Nam', ga Sóng Thần, ga Đồng Đăng, Bằng Tường, Tập đoàn Đường sắt Quốc gia Trung Quốc, Phú Khang,
cảng Đình Vũ, Côn Minh, cửa khẩu Lào Cai, Hà Khẩu); 1090 vi TTXVN, all-caps headline, 'Hà Nội, 4/12 (TTXVN) -' with a
numbered list of ambassadors 'Ông/Bà X, Đại sứ tại …' (Lương Cường appoints ambassadors; Phủ Chủ tịch, Bùi Thanh Sơn,
Văn phòng Chủ tịch nước, Ban Đối ngoại Trung ương, 'Liên bang Nga', 'Cộng hòa Kyrgyzstan và Cộng hòa Tajikistan',
Quảng Châu (Trung Quốc), 'Chủ tịch Hồ Chí Minh' in a quote, EAEU, Petrovietnam, Tập đoàn TH, Nhà máy Máy kéo Minsk
(MTZ), Thái Bình, Đại học Quốc gia Belarus, Đại sứ quán Việt Nam tại Kazakhstan, 'Cổng thông tin điện tử Chính phủ
(chinhphu.vn)', @VNGovtPortal, Đính chính); 1091 vi TTXVN 'Nam Định, 4/12 (TTXVN) -' with 'Tác giả:', a results
table and standings in capitals (V.League 1; clubs named by cities and provinces: Thép Xanh Nam Định, Hoàng Anh Gia
Lai, Công an Hà Nội, Hà Nội FC, Thể Công - Viettel, Hải Phòng, Sông Lam Nghệ An, Becamex TP. Hồ Chí Minh, Đông Á Thanh
Hóa, PVF-CAND, SHB Đà Nẵng, Quy Nhơn Bình Định, Hồng Lĩnh Hà Tĩnh; sân Hàng Đẫy, sân Lạch Tray, Xuân Son, VPF, VFF,
Gia Lai, Malaysia as a team);
1092 ru TASS 'АСТАНА, 4 декабря. /ТАСС/.' with 'Автор:' and labels 'ТАСС:' / 'Кайранбеков:' (gas transit to
Uzbekistan; АО "Интергаз Центральная Азия", 'Алибек Серикович' (given name and patronymic), газопровод "Средняя Азия -
Центр", Бейнеу and Компрессорная станция "Бейнеу", "Газпромом", "Узбекнефтегаза", Устюрте, Кашагане, QazaqGaz, КМГ,
qazaqgaz.kz, Miller and Tokayev in a Read also line, Казахстанскому энергетическому форуму, @intergas_ca);
1093 ru TASS 'МИНСК, 4 декабря. /Корр. ТАСС/.' with 'Автор: …, Минск' and a bulleted list 'Имя Фамилия — должностью'
(Lukashenko's appointments; Telegram channel "Пул Первого", Гродненского облисполкома, ОАО "БелАЗ" в Жодино, БГЭУ in
the genitive, БЕЛТА, Дворце Независимости, МАЗ, пункта пропуска "Брузги", government.by, Грызлов, Витебске, ЦСВИ,
Дзермант with '(@dzermant)'); 1094 ru TASS, all-caps headline '"БАРЫС" ОБЫГРАЛ "ДИНАМО" В МИНСКЕ …', results with the
clubs' cities in parentheses and Eastern Conference standings (KHL; "Барыс"/"Барыса", "Динамо", "Минск-Арене",
Жафяров, Михайлис, Шипачёв, "КХЛ ТВ", Куньлунь Ред Стар (Пекин), "Лады", СКА, Sports.kz, @hcbarys);
1095 zh Xinhua '新华社比什凯克12月4日电' with '记者 孟可欣 艾力·肉孜', 编者按, '图为…新华社记者 艾力·肉孜 摄', a 相关阅读 line
in mid-article, 24.kg, @KTJ_official, a hashtag and 更正 (the first tunnel of the China-Kyrgyzstan-Uzbekistan railway;
中吉乌铁路, 费尔干纳山口隧道, 扎帕罗夫, 托鲁加特口岸, 安集延 and 安集延州, 中铁二十局, 纳伦州, two ministries inside titles,
three railway companies, 卡扎尔曼村, 纳伦国立大学, 霍尔果斯口岸, 阿拉山口口岸, 跨里海国际运输走廊, 土库曼巴希港, 乌通社, 阿萨卡市,
喀什综合保税区, 伊尔克什坦, 奥什州, KTRK); 1096 zh China News Service '中新社黑河12月4日电' Q&A with labels '记者：' /
'戴晓茹：', '图为…中新社记者 于景澜 摄', a government website, a WeChat account, a Weibo hashtag, 编者按, 相关阅读 and 更正
(Heihe and Blagoveshchensk; 黑龙江（阿穆尔河）大桥, 黑龙江省黑河市, 阿穆尔州, 黑河公路口岸, 布拉戈维申斯克口岸, 中央大街,
俄罗斯商品城, 瑷珲历史陈列馆, 冰雪大世界, 黑河学院, 阿穆尔国立大学, 大黑河岛国际商贸城, 阿穆尔燃气化工综合体, 黑河海关, the free
trade zone's Heihe area, 奥尔洛夫); 1097 zh Xinhua '新华社北京12月4日电（记者 魏子澄）' with a numbered 任免 list
'一、免去…；任命…为…', short biographies, 图为, www.mfa.gov.cn, a Weibo hashtag, 外交小灵通, 相关阅读 and 更正 (Xi Jinping
appoints ambassadors; 张文川, 骆鸿远, 宁远舟, 叶曼青, 司马正阳, 黎卓凡, MFA departments 欧亚司/边界与海洋事务司/亚洲司, embassies,
独联体, 上海合作组织秘书处, 霍尔果斯国际边境合作中心, 中国—中亚峰会 with its edition, 多斯特克—阿拉山口口岸,
老街—河内—海防标准轨铁路, 明斯克独立宫, 中白工业园"巨石", 乌兹别克斯坦国家通讯社, 王毅, 雷任科夫).
Every invented name and every minor real one was checked with grep against the earlier sets' articles; replaced after
that check: a Kazatomprom story (holdout57: Yussupov, Inkai, Zhanakorgan), Orano/Navoiyuran and Medef (holdout55),
Nurmatov (holdout58), Mirzamakhmudov, Simexco, Whitcombe, Keraudren, Phan Thị Thu Nguyệt, Lưu Thị Hồng Nhung, Nông Thị
Bích Vân, Kazakh Invest / كازاخ إنفست, المهندي, الكتبي, الحمادي, الشهري, المطيري, العاشر من رمضان, Жумагулов, Сейткалиев,
газопровод "Сарыарка", ga Yên Viên and cảng Lạch Huyện (holdout47), sân Thiên Trường, 艾力·吐尔逊, 韩春霖 (holdout47), Belsat
and BAJ (holdout59), MAZ trucks in Hưng Yên (holdout39). Recurring as allowed: famous figures and bodies (Lukashenko,
Tokayev, Mirziyoyev, Xi Jinping, Turchin, Zhang Wenchuan, Akkenzhenov, Halyk Bank, Samruk-Kazyna, Alstom, Uzbekistan
Railways, جهاز قطر للاستثمار, 中吉乌铁路), big cities and regions (Almaty, Astana, Tashkent,
Minsk, Grodno, Kazan, Hanoi, Pleiku, Buôn Ma Thuột, Aktau, Kokshetau, Heihe, Harbin). Written blind in session 34: no
Swift source read, no extractor run; the gold was fixed and committed before any extractor ran on the set.

Conventions as holdout59, holdout58, holdout57, holdout55, holdout53 and holdout45 (titles and honorifics no part of a
name; a surname, a Vietnamese given name or a Russian given name with patronymic ('Алибек Серикович') alone an alias;
every surface form an alias, Russian cases and Arabic clitic forms included; countries as ISO codes, never entities;
a generic word before a place an alias (port d', province de, poste-frontière de, ga, cảng, cửa khẩu, sân, ولاية,
منطقة, مدينة, пункта пропуска); a place only inside an organization's name not counted (Hô Chi Minh in Becamex TP. Hồ
Chí Minh, Hà Nội in Công an Hà Nội and Hà Nội FC, Samarqand in Dinamo Samarqand, أبوظبي in موانئ أبوظبي, 新疆维吾尔自治区 in
its transport department's name); each end of a named railway or line a place (Lào Cai, Hà Nội, Hải Phòng; 老街, 海防;
Tachkent, Termez); ministries written as such organizations, inside a title too (as holdout58's Ministry of
Investment, Trade and Industry: 吉尔吉斯斯坦交通和通信部部长, 乌兹别克斯坦交通部副部长, 'Bộ trưởng Bộ Ngoại giao'), bare
portfolios none ('ministre des Affaires étrangères', 'министром промышленности', 'وزير الخارجية'); leagues and clubs
organizations, a club named like its city the club ('Hải Phòng 2-1 Công an Hà Nội', Andijon, Neftchi); stadiums,
arenas, palaces, exhibition centres, parks, zones, ports, crossings, tunnels, bridges, pipelines and corridors places;
capitalized forums and summits organizations ('المنتدى الاقتصادي الروسي العربي' as holdout55's Arabic business forum,
Diễn đàn Hợp tác Logistics Việt Nam - Trung Quốc, Казахстанский энергетический форум, 中国—中亚峰会), a lowercase forum
('the Belarusian-Chinese investment forum') none; programmes, products, agreements, competitions, train services and
events (Kaspi Pay, EVFTA, Hiệp định thương mại tự do, AFC Champions League, Asian Cup, 一带一路, 中欧班列, 中俄文化大集,
哈尔滨—符拉迪沃斯托克国际列车, Ngày Văn hóa Việt Nam) none. New here, for the messy formats:
- BYLINES, co-bylines, interviewers ('Propos recueillis par', 'أجرى الحوار:'), photographers and photo credits
  ('REUTERS/Daniyar Kemelbekov', 'Photo Nhac Nguyen / AFP', 'Ảnh: Hoài Thương - TTXVN', 'تصوير: …', '新华社记者 … 摄')
  and editors in a reporting line ('Editing by Jan Harvey') are people, as earlier sets annotate reporters; a credit
  line's agency is the agency (REUTERS, AFP, TTXVN, ТАСС, /قنا/); a credit naming only a press service ('пресс-служба
  президента Республики Беларусь', 'пресс-служба ХК "Барыс"') gives no organization of its own beyond the club;
- Q&A LABELS: a speaker's name used as a label is that person's alias (the same string); a label naming the agency
  ('ТАСС:', 'وام:') is the agency; generic labels ('Q :', 'Phóng viên:', '记者：') are none;
- WEBSITES: a news outlet's site name is the outlet (an organization, as holdout36's VTV.vn and holdout56's
  KOMPAS.com): UzDaily.uz / UzDaily, zerkalo.io for Zerkalo, arabic.rt.com for روسيا اليوم, 24.kg, Sports.kz; a
  company's or a government body's web address is no entity and no alias (ir.kaspi.kz, gov.uz, baiterek.gov.kz,
  qazaqgaz.kz, government.by, vr.com.vn, vpf.vn, chinhphu.vn, www.heihe.gov.cn, www.mfa.gov.cn), nor is a portal or an
  account named as a channel (Cổng thông tin điện tử Chính phủ, Telegram channel "Пул Первого", WeChat account
  "黑河发布"/"外交小灵通"), as holdout56's portal InfoBencana; a company whose name is written as a domain (Kaspi.kz) keeps
  it as its canonical name;
- SOCIAL MEDIA: handles (@MinfinKZ, @Tsihanouskaya, @fcnasaf, @dzermant, @KTJ_official …) and hashtags (#FreeBelarus,
  #قطر_أوزبكستان, #中吉乌铁路 …) are no entities and no aliases, even when they spell a name, and name no country; the
  platforms named as the medium of a post (X, إكس, Telegram, Facebook, 微博, 微信) are none;
- READ ALSO lines, editor's notes and correction notices are article text: the names in them are annotated as
  anywhere else (Samruk-Kazyna, Tianjin, SCO, Abu Dhabi, Rosatom, TotalEnergies, Миллер, Токаев, Грызлов, Витебске,
  王毅, 雷任科夫, 'Likhtarovich' as an alias of the journalist); their labels are none;
- LISTS: each person in a delegation, appointment or ambassador list is a person and each body named in a title there
  an organization (Uzbekistan Railways, Uzatom, Гродненский облисполком, БелАЗ, БГЭУ, 外交部欧亚司); a department of a
  ministry written with the ministry (外交部欧亚司, 外交部亚洲司, 外交部边界与海洋事务司) is one organization, the ministry
  another when written alone (外交部); an embassy an organization (as holdout50); the countries of postings name their
  countries ('Đại sứ tại Liên bang Nga', '驻白俄罗斯共和国特命全权大使');
- TABLES and STANDINGS: club names are the clubs (with their quoted and case forms in Russian); a city in parentheses
  after a club ('"Трактор" (Челябинск)') is the city, a place; score lines, round and table headings none;
- LIVE BLOGS: timestamps and 'All times are Minsk time' / 'بتوقيت موسكو' are no entities, but the city in them is the
  city;
- ALL-CAPS headlines and datelines: a name in capitals is an alias (NASAF, PAKHTAKOR, FERGANA, GRODNO, "БАРЫС",
  "ДИНАМО", МИНСКЕ); capitalized words that are not names (RESULTS, STANDINGS, LIVE, KẾT QUẢ, BẢNG XẾP HẠNG, CHỦ TỊCH
  NƯỚC) none.
Judgement calls: 'Nanjing' in 'the Nanjing company' is not listed (a city used as a company's modifier; the city is
otherwise only inside Nanjing Tianheng Robotics); 'Great Stone' is the park (a place), its full name 'China-Belarus
Industrial Park Great Stone' canonical (CN and BY named by it), '中白工业园' with alias '巨石' likewise; 'الديوان الأميري'
is a place (the palace where the Emir receives guests, as قصر لوسيل), not an organization; 'ديوان الرئاسة' in a title
is none; the 'Institut de recherche en politiques agricoles' and Hô Chi Minh-Ville are separate (the city after a
comma); 'UE' (Vietnam-UE, l'UE) is the EU; Vĩnh Hiệp is the coffee exporter; 'Tachkent-Termez' is a line (a place)
apart from its two towns; 'Medininkai' the crossing's town; Washington (standing for the US government) is the city
and gives no US (US from 'américain'); 'Chủ tịch Hồ Chí Minh' is the person (no place); 'Tập đoàn TH' is TH as
'Tập đoàn X' is X in holdout48; 'V.League 1' and 'Uzbekistan Super League' are organizations (leagues, as the KHL);
'Malaysia' (a national team) names MY; 'Gia Lai' (floods) is the province apart from the club Hoàng Anh Gia Lai;
ميناء أكتاو is a place apart from أكتاو (as Cảng Colombo), and Компрессорная станция "Бейнеу" apart from Бейнеу,
黑河公路口岸 and 布拉戈维申斯克口岸 apart from their cities; 'مدينة السادات' is the city's whole name and makes no person;
"Пул Первого" and the press service give no organization; 'Средняя Азия - Центр' is a pipeline (a place) whose ends
are no places (a broad region and 'Центр'); 安集延 (the city, an end of the railway) and 安集延州 (the region) are two
places, 喀什地区 an alias of 喀什; 明斯克独立宫 is 明斯克 and 独立宫; 多斯特克—阿拉山口口岸 is two places (as holdout59's
checkpoint named by its two ends); 俄罗斯商品城 and 大黑河岛国际商贸城 are places (markets), 瑷珲历史陈列馆 an organization
(a museum, as theatres); 土库曼巴希港 is a port (a place) and, as a city's port, names no Turkmenistan; 1082 names UZ
only and 1094 KZ only (Minsk, Beijing and the Russian cities name no country); in 1094 'КХЛ ТВ' is an outlet
(organization), the league another."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
TASS = (O, "ТАСС", [])
XINHUA = (O, "新华社", [])
AFP = (O, "AFP", [])
G = {
 "1080_en.txt": ("en", ["AZ", "KZ", "TR", "UZ"], [
  (O, "Kaspi.kz", ["Kaspi"]), (O, "Hepsiburada", []), (P, "Aigerim Tulegenova", []), (P, "Marcus Lidgate", []),
  (L, "Almaty", ["ALMATY"]), (O, "Reuters", ["REUTERS"]), (P, "Daniyar Kemelbekov", []), (O, "Nasdaq", []),
  (P, "Mikheil Lomtadze", []), (L, "Istanbul", []), (O, "Samruk-Kazyna", []), (O, "National Bank of Kazakhstan", []),
  (O, "Halyk Bank", []), (O, "Home Credit Bank Kazakhstan", []), (L, "New York", []), (P, "Harriet Ondaatje", []),
  (O, "Pelham Ridge Capital", []), (L, "London", []), (P, "Madi Takiyev", []), (O, "Rapid Kargo", []),
  (P, "Jan Harvey", [])]),
 "1081_en.txt": ("en", ["BY", "CN"], [
  (L, "China-Belarus Industrial Park Great Stone", ["Great Stone"]), (L, "Minsk", ["MINSK"]), (O, "BelTA", []),
  (L, "Smolevichi", []), (P, "Alexander Turchin", ["Turchin"]), (P, "Zhang Wenchuan", []), (L, "Jiangsu", []),
  (P, "Cui Hongbin", []), (O, "China Merchants Group", []), (O, "Vitbersoft", []), (O, "Nanjing Tianheng Robotics", []),
  (P, "Yuliya Kasperovich", []), (P, "Anatoly Dzhivulsky", []), (P, "Xi Jinping", []), (P, "Yuri Chebotar", []),
  (O, "Belaruskali", []), (O, "Belarusian National Biotechnology Corporation", ["BNBC"]), (L, "Qingdao", []),
  (O, "National Agency of Investment and Privatization", []), (L, "Minsk Oblast", []), (P, "Ivan Krupko", []),
  (L, "Borisov", []), (L, "Zhodino", []), (P, "Lukashenko", []), (L, "Tianjin", []), (O, "SCO", [])]),
 "1082_en.txt": ("en", ["UZ"], [
  (O, "Nasaf", ["NASAF"]), (O, "Pakhtakor", ["PAKHTAKOR"]), (L, "Fergana", ["FERGANA"]), (L, "Tashkent", ["TASHKENT"]),
  (O, "UzDaily", ["UzDaily.uz"]), (O, "Uzbekistan Super League", []), (O, "Andijon", []), (L, "Karshi", []),
  (O, "Neftchi", []), (P, "Sherzod Mamatkulov", []), (P, "Dilmurod Qurbonov", []), (L, "Markaziy Stadium", []),
  (P, "Ruzikul Berdiev", []), (P, "Kamoliddin Saidov", []), (P, "Otabek Yuldashev", []), (O, "Navbahor", []),
  (O, "AGMK", []), (O, "Surkhon", []), (O, "Bunyodkor", []), (O, "Sogdiana", []), (O, "Dinamo Samarqand", []),
  (O, "Qizilqum", []), (O, "Olympic", []), (O, "Uzbekistan Football Association", ["UFA"]),
  (P, "Umid Akhmadjanov", []), (L, "Qashqadaryo", []), (L, "Abu Dhabi", []),
  (O, "Professional Football League of Uzbekistan", [])]),
 "1083_fr.txt": ("fr", ["BE", "CN", "DE", "RU", "VN"], [
  (O, "UE", []), (P, "Clémence Varennes", []), (L, "Hanoï", []), AFP, (L, "Hauts Plateaux du Centre", []),
  (P, "Phan Thị Thu Diễm", []), (O, "Institut de recherche en politiques agricoles", []), (L, "Hô Chi Minh-Ville", []),
  (O, "Association vietnamienne du café et du cacao", ["Vicofa"]), (L, "Đắk Lắk", ["province de Đắk Lắk"]),
  (L, "Buôn Ma Thuột", []), (O, "Vĩnh Hiệp", []), (O, "Intimex", []),
  (O, "ministère de l'Agriculture et de l'Environnement", []), (O, "Commission européenne", []),
  (L, "Anvers", ["port d'Anvers"]), (L, "Hambourg", []), (L, "Lâm Đồng", []), (L, "Tianjin", []),
  (P, "Julien Guerrier", []), (L, "Pleiku", []), (P, "Nhac Nguyen", [])]),
 "1084_fr.txt": ("fr", ["FR", "KZ", "UZ"], [
  (O, "Thales", []), (O, "EDF", []), (L, "Paris", ["PARIS"]), (P, "Hélène Dubrocq", []), (P, "Karim Bensalah", []), AFP,
  (P, "Abdulla Aripov", ["Aripov"]), (P, "Jamshid Khodjaev", []), (P, "Dilshod Umarkhodjaev", []),
  (P, "Oybek Rakhmatullaev", []), (P, "Bakhtiyor Saidov", []), (P, "Zafar Tojiboev", []),
  (O, "Uzbekistan Railways", ["O'zbekiston temir yo'llari"]), (P, "Nodira Ismatullayeva", []),
  (O, "Uzatom", ["Agence de l'énergie atomique Uzatom"]), (L, "Tachkent-Termez", ["ligne Tachkent-Termez"]),
  (L, "Tachkent", []), (L, "Termez", []), (L, "Samarcande", []), (O, "Alstom", []), (O, "Business France", []),
  (P, "Jean-Noël Barrot", []), (P, "Ludovic Marin", []),
  (O, "Banque européenne pour la reconstruction et le développement", ["BERD"]), (O, "Rosatom", []),
  (O, "TotalEnergies", [])]),
 "1085_fr.txt": ("fr", ["BY", "LT", "US"], [
  (L, "Grodno", ["GRODNO"]), (P, "Mathilde Quéffelec", []), (L, "Vilnius", ["VILNIUS"]), AFP,
  (P, "Andreï Lichtarovitch", ["Lichtarovitch", "Likhtarovich"]), (O, "Viasna", []), (O, "Pahonia", []),
  (L, "Medininkai", ["poste-frontière de Medininkai"]), (O, "Zerkalo", ["zerkalo.io"]), (P, "Volha Lichtarovitch", []),
  (P, "Svetlana Tikhanovskaïa", []), (P, "Petras Malukas", []), (L, "Minsk", []), (P, "John Coale", []),
  (P, "Alexandre Loukachenko", ["Loukachenko"]), (L, "Washington", []), (O, "Belavia", []),
  (O, "Comité pour la protection des journalistes", ["CPJ"]), (L, "New York", []),
  (O, "Radio Free Europe/Radio Liberty", []), (O, "Euroradio", []),
  (O, "ministère lituanien des Affaires étrangères", []), (O, "Union européenne", []), (P, "Kaja Kallas", [])]),
 "1086_ar.txt": ("ar", ["KZ", "QA", "UZ"], [
  (L, "الدوحة", []), (O, "وكالة الأنباء القطرية", ["قنا"]), (P, "تميم بن حمد آل ثاني", []), (L, "الديوان الأميري", []),
  (P, "شوكت ميرضيائيف", ["ميرضيائيف"]), (P, "سعيدة ميرضيائيفا", []), (P, "بختيار سعيدوف", []),
  (P, "جمشيد خوجاييف", []), (P, "عليشير تورسونوف", []), (O, "صندوق أوزبكستان للاستثمار المباشر", []),
  (P, "رستم قوربانوف", []), (O, "جهاز قطر للاستثمار", []), (O, "الخطوط الجوية القطرية", []),
  (O, "أوزبكستان إيرويز", []), (L, "طشقند", ["وطشقند"]), (L, "سمرقند", ["وسمرقند"]), (O, "نبراس للطاقة", []),
  (O, "وزارة الطاقة الأوزبكية", []), (L, "قشقاداريا", ["ولاية قشقاداريا"]), (P, "حمد الغفلي", []),
  (P, "محمد بن عبدالرحمن بن جاسم آل ثاني", []), (O, "غرفة قطر", []), (O, "مكتب الاتصال الحكومي", [])]),
 "1087_ar.txt": ("ar", ["AE", "AZ", "CN", "GE", "KZ", "TR", "UZ"], [
  (O, "بايتيريك", []), (O, "موانئ أبوظبي", ["مجموعة موانئ أبوظبي"]), (L, "أكتاو", []), (L, "ميناء أكتاو", []),
  (P, "سلمى المنصوري", []), (L, "أبوظبي", ["بأبوظبي"]), (O, "وكالة أنباء الإمارات", ["وام"]),
  (P, "دانيار سارسنباييف", []), (L, "بحر قزوين", []), (O, "مصدر", []), (L, "جامبيل", ["منطقة جامبيل"]),
  (L, "الممر الأوسط", []), (O, "قازاقستان تيمير جولي", []), (O, "الظاهرة", []),
  (L, "كوستاناي", ["منطقة كوستاناي"]), (L, "دبي", []), (P, "قاسم جومارت توكاييف", []),
  (P, "محمد بن زايد آل نهيان", []), (L, "أستانا", []), (O, "سامروك-كازينا", []), (P, "مريم الدرمكي", [])]),
 "1088_ar.txt": ("ar", ["AE", "DZ", "EG", "RU", "SA"], [
  (L, "قازان", ["مدينة قازان"]), (O, "روسيا اليوم", ["آر تي عربي", "آر تي", "arabic.rt.com"]),
  (O, "المنتدى الاقتصادي الروسي العربي", []), (L, "تتارستان", ["جمهورية تتارستان"]), (L, "موسكو", []),
  (L, "قازان إكسبو", []), (P, "رستم مينيخانوف", []), (P, "ألكسندر نوفاك", []), (O, "جامعة الدول العربية", []),
  (P, "أحمد أبو الغيط", []), (P, "إيلدار نوريف", []), (O, "كاماز", []), (O, "النيل للشاحنات", []),
  (L, "مدينة السادات", []), (P, "مازن البقمي", []), (O, "رمال الخليج للتجارة", []), (L, "جدة", []), (O, "VTB", []),
  (L, "الرياض", []), (P, "سيرغي تسيفيليف", []), (P, "بوتين", []), (L, "أبوظبي", [])]),
 "1089_vi.txt": ("vi", ["CN", "KZ", "UZ", "VN"], [
  (L, "đường sắt Lào Cai - Hà Nội - Hải Phòng", []), (L, "Lào Cai", ["cửa khẩu Lào Cai"]), (L, "Hà Nội", []),
  (L, "Hải Phòng", []), (P, "Lạc Thị Hoài Thương", ["Hoài Thương"]), (L, "Bắc Kinh", []), TTXVN,
  (O, "Diễn đàn Hợp tác Logistics Việt Nam - Trung Quốc", []), (L, "Nam Ninh", []), (P, "Tạ Quang Vĩnh", []),
  (O, "Tổng công ty Đường sắt Việt Nam", ["VNR", "Đường sắt Việt Nam"]), (L, "Sóng Thần", ["ga Sóng Thần", "Ga Sóng Thần"]),
  (L, "Đồng Đăng", ["ga Đồng Đăng"]), (L, "Bằng Tường", []), (O, "Tập đoàn Đường sắt Quốc gia Trung Quốc", []),
  (L, "Almaty", []), (L, "Nam Định", []), (L, "Tashkent", []),
  (O, "Công ty cổ phần Vận tải Đa phương thức Phú Khang", []), (L, "Đình Vũ", ["cảng Đình Vũ"]), (L, "Côn Minh", []),
  (O, "Bộ Xây dựng", []), (L, "Hà Khẩu", [])]),
 "1090_vi.txt": ("vi", ["BY", "CN", "KG", "KZ", "RU", "TJ", "TM", "UZ", "VN"], [
  (L, "Hà Nội", []), TTXVN, (L, "Phủ Chủ tịch", []), (P, "Lương Cường", []), (O, "Bộ Ngoại giao", []),
  (P, "Bùi Thanh Sơn", []), (O, "Văn phòng Chủ tịch nước", []), (P, "Phạm Thanh Hà", []),
  (O, "Ban Đối ngoại Trung ương", []), (P, "Hoàng Đức Thắng", []), (P, "Đinh Thị Ngọc Lan", []), (P, "Vi Văn Khải", []),
  (P, "Trương Minh Đạt", []), (P, "Nông Thị Mỹ Dung", []), (L, "Quảng Châu", []), (P, "Hồ Chí Minh", []),
  (O, "Liên minh Kinh tế Á - Âu", ["EAEU"]), (O, "Tập đoàn Dầu khí Việt Nam", ["Petrovietnam"]),
  (O, "TH", ["Tập đoàn TH"]), (O, "Nhà máy Máy kéo Minsk", ["MTZ"]), (L, "Thái Bình", []),
  (O, "Đại học Quốc gia Belarus", []), (L, "Minsk", []), (P, "Lâm Khánh", []),
  (O, "Đại sứ quán Việt Nam tại Kazakhstan", []), (L, "Astana", [])]),
 "1091_vi.txt": ("vi", ["CN", "MY", "VN"], [
  (O, "V.League 1", []), (O, "Thép Xanh Nam Định", []), (O, "Hoàng Anh Gia Lai", []), (P, "Quách Gia Bảo", []),
  (L, "Nam Định", []), TTXVN, (O, "Công an Hà Nội", []), (P, "Nguyễn Xuân Son", ["Xuân Son"]),
  (P, "Lục Văn Toàn", []), (P, "Vũ Hồng Việt", []), (L, "Hàng Đẫy", ["sân Hàng Đẫy"]), (O, "Hà Nội FC", []),
  (O, "Thể Công - Viettel", []), (L, "Lạch Tray", ["sân Lạch Tray"]), (P, "Minh Quyết", []), (O, "Hải Phòng", []),
  (O, "Sông Lam Nghệ An", []), (O, "Becamex TP. Hồ Chí Minh", []), (O, "Đông Á Thanh Hóa", []), (O, "PVF-CAND", []),
  (O, "SHB Đà Nẵng", []), (O, "Công ty cổ phần Bóng đá chuyên nghiệp Việt Nam", ["VPF"]),
  (O, "Quy Nhơn Bình Định", []), (O, "Hồng Lĩnh Hà Tĩnh", []), (L, "Gia Lai", []),
  (O, "Liên đoàn Bóng đá Việt Nam", ["VFF"])]),
 "1092_ru.txt": ("ru", ["KZ", "RU", "UZ"], [
  (O, "Интергаз Центральная Азия", ["АО \"Интергаз Центральная Азия\""]), (P, "Дарина Колесникова", []),
  (L, "Астана", ["АСТАНА"]), TASS, (P, "Алибек Кайранбеков", ["Кайранбеков", "Алибек Серикович"]),
  (L, "Средняя Азия - Центр", []), (L, "Бейнеу", []), (L, "Компрессорная станция \"Бейнеу\"", []),
  (L, "Мангистауская область", ["Мангистауской области"]), (O, "Газпром", ["Газпромом"]),
  (O, "Узбекнефтегаз", ["Узбекнефтегаза"]), (L, "Ташкент", ["Ташкенте"]), (L, "Самарканд", ["Самарканде"]),
  (L, "Устюрт", ["Устюрте"]), (L, "Кокшетау", []), (L, "Петропавловск", []), (P, "Ерлан Аккенжёнов", []),
  (P, "Руслан Тельгузиев", []), (O, "QazaqGaz", []), (L, "Кашаган", ["Кашагане"]), (O, "КМГ", []),
  (P, "Миллер", []), (P, "Токаев", []),
  (O, "Казахстанский энергетический форум", ["Казахстанскому энергетическому форуму"])]),
 "1093_ru.txt": ("ru", ["BY", "KZ", "PL", "RU", "UZ"], [
  (P, "Александр Лукашенко", ["Лукашенко"]), (P, "Глеб Ровнягин", []), (L, "Минск", ["МИНСК"]), TASS,
  (P, "Виталий Куприянович", []), (P, "Ольга Дашкевич", ["Ольги Дашкевич"]), (P, "Тимур Сахнович", []),
  (O, "Гродненский облисполком", ["Гродненского облисполкома"]), (P, "Андрей Липницкий", []),
  (O, "БелАЗ", ["ОАО \"БелАЗ\""]), (L, "Жодино", []), (P, "Ирина Шкурдо", []),
  (O, "Белорусский государственный экономический университет", ["Белорусского государственного экономического университета"]),
  (O, "БЕЛТА", []), (L, "Дворец Независимости", ["Дворце Независимости"]),
  (O, "Минский автомобильный завод", ["Минского автомобильного завода", "МАЗ"]), (L, "Гродно", []),
  (L, "Брузги", ["пункта пропуска \"Брузги\""]), (P, "Александр Турчин", []), (P, "Борис Грызлов", []),
  (L, "Витебск", ["Витебске"]),
  (O, "Центр стратегических и внешнеполитических исследований", ["Центра стратегических и внешнеполитических исследований"]),
  (P, "Алексей Дзермант", [])]),
 "1094_ru.txt": ("ru", ["KZ"], [
  (O, "Барыс", ["\"БАРЫС\"", "\"Барыс\"", "\"Барыса\""]), (O, "Динамо", ["\"ДИНАМО\"", "\"Динамо\""]),
  (L, "Минск", ["МИНСКЕ", "МИНСК"]), (P, "Станислав Кузовлев", []), TASS,
  (O, "Континентальная хоккейная лига", ["Континентальной хоккейной лиги", "КХЛ"]),
  (L, "Минск-Арена", ["\"Минск-Арене\""]), (P, "Дамир Жафяров", ["Жафяров"]), (P, "Никита Михайлис", []),
  (P, "Арман Бейсембин", []), (P, "Вадим Шипачёв", []), (P, "Егор Шарангович-младший", []), (O, "КХЛ ТВ", []),
  (P, "Ксения Бударина", []), (L, "Астана", ["Астане"]), (O, "Трактор", ["\"Трактор\""]), (L, "Челябинск", []),
  (O, "Сибирь", ["\"Сибирь\""]), (L, "Новосибирск", []), (O, "Куньлунь Ред Стар", []), (L, "Пекин", []),
  (O, "Амур", ["\"Амур\""]), (L, "Хабаровск", []), (O, "Адмирал", []), (L, "Владивосток", []),
  (O, "Нефтехимик", ["\"Нефтехимик\""]), (L, "Нижнекамск", []), (O, "Ак Барс", []), (O, "Автомобилист", []),
  (O, "Лада", ["\"Лады\""]), (L, "Санкт-Петербург", []), (O, "СКА", []), (O, "Sports.kz", []),
  (O, "Федерация хоккея Казахстана", [])]),
 "1095_zh.txt": ("zh", ["CN", "KG", "KZ", "RU", "UZ"], [
  (L, "中吉乌铁路", ["中国—吉尔吉斯斯坦—乌兹别克斯坦铁路"]), (P, "孟可欣", []), (P, "艾力·肉孜", []), XINHUA,
  (L, "比什凯克", []), (L, "费尔干纳山口隧道", []), (P, "扎帕罗夫", []), (L, "新疆", []), (L, "喀什", ["喀什地区"]),
  (L, "托鲁加特口岸", []), (L, "安集延", []), (L, "安集延州", []), (O, "中铁二十局集团有限公司", ["中铁二十局"]),
  (L, "纳伦州", []), (P, "钱振宇", []), (O, "吉尔吉斯斯坦交通和通信部", []), (P, "托米尔·塔什鲁库洛夫", []),
  (O, "中吉乌铁路项目公司", []), (O, "中国国家铁路集团有限公司", []),
  (O, "吉尔吉斯斯坦国家铁路公司", ["吉国家铁路公司"]), (O, "乌兹别克斯坦铁路公司", []), (L, "卡扎尔曼村", []),
  (P, "阿依古丽·托克托苏诺娃", []), (L, "莫斯科", []), (O, "纳伦国立大学", []), (P, "努尔兰·别克纳扎罗夫", []),
  (L, "霍尔果斯口岸", []), (L, "阿拉山口口岸", []), (L, "跨里海国际运输走廊", []), (P, "刘江平", []),
  (O, "乌兹别克斯坦交通部", []), (P, "沙赫佐德·拉希莫夫", []), (L, "土库曼巴希港", []), (O, "24.kg", []),
  (L, "塔什干", []), (O, "乌通社", []), (L, "阿萨卡市", []), (O, "中国海关总署", []),
  (O, "新疆维吾尔自治区交通运输厅", []), (L, "伊尔克什坦", []), (L, "喀什综合保税区", []),
  (O, "新疆国际陆港集团", []), (P, "蔡文博", []), (L, "奥什州", []),
  (O, "吉尔吉斯斯坦公共广播公司", ["KTRK"])]),
 "1096_zh.txt": ("zh", ["CN", "RU"], [
  (L, "黑河", ["黑河市"]), (L, "黑龙江（阿穆尔河）大桥", []), (O, "中新社", []), (P, "于景澜", []),
  (L, "黑龙江省", []), (L, "阿穆尔州", []), (L, "布拉戈维申斯克", []), (P, "戴晓茹", []), (L, "黑河公路口岸", []),
  (O, "黑河市城市建设投资集团有限公司", []), (O, "阿穆尔索道公司", []), (L, "中央大街", []), (L, "俄罗斯商品城", []),
  (O, "瑷珲历史陈列馆", []), (L, "哈尔滨", []), (L, "冰雪大世界", []), (O, "黑河学院", []), (O, "阿穆尔国立大学", []),
  (L, "大黑河岛国际商贸城", []), (O, "黑河北丰农业科技有限公司", []), (L, "阿穆尔燃气化工综合体", []),
  (O, "中国石油天然气集团有限公司", []), (O, "黑河海关", []), (O, "黑河出入境边防检查站", []),
  (L, "布拉戈维申斯克口岸", []), (L, "哈巴罗夫斯克", []), (L, "伊尔库茨克", []), (L, "大连", []), (L, "青岛", []),
  (L, "上海", []), (L, "中国（黑龙江）自由贸易试验区黑河片区", []), (P, "瓦西里·奥尔洛夫", []),
  (L, "符拉迪沃斯托克", [])]),
 "1097_zh.txt": ("zh", ["BY", "CN", "KG", "KZ", "RU", "UZ", "VN"], [
  (P, "习近平", []), XINHUA, (L, "北京", []), (P, "魏子澄", []), (O, "全国人民代表大会常务委员会", []),
  (O, "外交部", []), (P, "张文川", []), (P, "骆鸿远", []), (P, "宁远舟", []), (P, "叶曼青", []), (P, "司马正阳", []),
  (P, "黎卓凡", []), (O, "外交部欧亚司", []), (O, "中国驻俄罗斯联邦大使馆", []), (L, "莫斯科", []),
  (L, "圣彼得堡", []), (O, "独联体", []), (L, "阿拉木图", []), (O, "外交部边界与海洋事务司", []),
  (L, "霍尔果斯国际边境合作中心", []), (O, "上海合作组织秘书处", []), (O, "中国驻吉尔吉斯斯坦大使馆", []),
  (L, "中吉乌铁路", []), (O, "外交部亚洲司", []), (L, "胡志明市", []), (L, "河内", []), (P, "毛宁", []),
  (P, "邢广利", []), (L, "阿斯塔纳", []), (O, "中国—中亚峰会", ["第三届中国—中亚峰会"]),
  (O, "哈萨克斯坦外交部", []), (P, "艾别克·斯马迪亚罗夫", []), (L, "多斯特克", []), (L, "阿拉山口口岸", []),
  (L, "霍尔果斯口岸", []), (O, "越南驻华大使馆", []), (L, "老街—河内—海防标准轨铁路", []), (L, "老街", []),
  (L, "海防", []), (O, "白俄罗斯通讯社", []), (P, "卢卡申科", []), (L, "明斯克", []), (L, "独立宫", []),
  (O, "白俄罗斯驻华大使馆", []), (L, "中白工业园", ["巨石"]), (P, "谢尔佐德·阿萨多夫", []),
  (P, "米尔济约耶夫", []), (L, "撒马尔罕", []), (L, "布哈拉", []), (O, "乌兹别克斯坦国家通讯社", []),
  (P, "王毅", []), (P, "雷任科夫", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout61", G)
write_gold(here, "holdout61", "holdout61-gold.json", G)
