#!/usr/bin/env python3
"""Writes holdout58-gold.json for the articles in holdout58/ (same format and conventions as make-gold-holdout57.py,
make-gold-holdout55.py, make-gold-holdout53.py, make-gold-holdout50.py and make-gold-holdout45.py). WIRE COPY IN THE
BUNDLED CORPUS'S OWN DOMAIN (Belarus, Vietnam, China, Kazakhstan, Russia, Uzbekistan and their partners in Africa, the
Gulf and Asia), half of the most ordinary kinds (a state visit with talks and signed documents, a foreign minister's
phone call, an intergovernmental committee's session, an ambassador received by a regional governor, a business forum,
district elections) and half less usual (a wind-farm project with contractor and lenders, a border customs seizure, a
cathedral's consecration, a diaspora pagoda, a parliamentary delegation at a committee hearing, a CSTO exercise with
named units, two obituaries of diplomats); REAL public figures, companies, bodies and places mixed with invented minor
people and small firms: 3 en, 3 fr, 3 ar (one with full vowel marks on some names), 3 vi, 3 ru, 3 zh (one with Latin
acronyms and digits inside Han text):
1020 en BelTA 'MINSK, 5 December (BelTA) –' (Daniel Chapo's official visit; Lukashenko / Chapo by surname, Palace of
Independence, BelCCI and CTA in parentheses, Eduardo Mondlane University (no person), Belstat, Minsk Tractor Works (MTZ)
and 'Planalto Agro-Mecânica Lda' / 'Planalto', 'the Moatize coal mine in Tete province', 'port of Quelimane', SADC,
Minsk Hero City Obelisk, Grodno Azot beside Grodno Oblast, 'Mozambican', 'southern Africa'); 1021 en Reuters 'TASHKENT,
Dec 5 (Reuters) -' with the reporting line (ACWA Power's Tulpar Wind farm in Karakalpakstan; '(2082.SE)' and
'(002202.SZ)' tickers, PowerChina as contractor, Xinjiang Goldwind Science & Technology (Xinjiang inside a company),
'the Ustyurt plateau', Kungrad, NEGU, 'JSC Uzenergosotish', ADB / IsDB / Export-Import Bank of China, 'the 500 MW Bash
and Dzhankeldy wind farms in the Bukhara region', 'the Tashkent region' beside the dateline city, 'the Samarkand and
Jizzakh regions', Avesta Investment Group); 1022 en Kazinform 'ASTANA, December 5 (Kazinform) –' (the Kazakhstan-Malaysia
Business Forum; Zhumangarin, a ministry inside a title, Kazakh Invest, MIDA / MATRADE / HDC / AIFC in parentheses,
KazMunayGas, Petronas Chemicals Group, '... Sdn Bhd' and '... LLP' firms, 'the Almaty region' beside Almaty, Port Klang,
Kulim Hi-Tech Park, Atameken, Hartalega, Air Astana); 1023 fr APS 'ALGER -' with no agency name (Attaf and his
Vietnamese counterpart by phone; 'M. Le Hoai Trung' without diacritics, Tebboune, Luong Cuong, 'commission mixte
algéro-vietnamienne' (lowercase, none), Sonatrach, PVEP, 'bassin de Berkine', 'la bande de Ghaza', 'Sahara occidental'
and 'sahraoui', Mouvement des non-alignés, ONU, CACI, 'région de Biskra'); 1024 fr AFP 'Bichkek (AFP) -' (38 Chinese
trucks held at Irkechtam after a cigarette seizure; the crossing spelt Irkechtam and Irkeshtam, 'Service des douanes
d'Etat auprès du ministère de l'Economie et du Commerce', Alaï Trans Logistic beside 'la vallée de l'Alaï', GKNB,
Och, Djalal-Abad, Sary-Tach, Kachgar, 'région autonome ouïghoure du Xinjiang', 'ambassade de Chine à Bichkek',
Commission économique eurasiatique, UEEA, Torougart, 'région de Naryn', Japarov, 'kirghiz'/'kirghizes'); 1025 fr AFP
'Minsk (AFP) -' (the metropolitan consecrates a cathedral in Dzerjinsk; clergy by one name with their sees (le
métropolite Veniamin de Minsk et Zaslavl, le patriarche Kirill de Moscou, l'évêque Savvaty de Vereïa, l'évêque de
Molodetchno et Stolbtsy, Pavel), Agrocombinat Dzerjinski beside the town, cathédrale de la Sainte-Ascension, Belarus 1
(a channel whose name holds a digit and the country), patriarcat de Moscou, Eglise orthodoxe biélorusse / 'l'Eglise
orthodoxe', Eglise catholique, 'monastère de la Dormition de Jirovitchi', 'polonaise', 'quartier de Sovietskaïa');
1026 ar QNA 'الدوحة في 05 ديسمبر /قنا/' (the Emir and Mirziyoyev; long honorifics, بالديوان الأميري, ووكالة ... الأوزبكية
with و, قطر للسياحة, companies in quotes after شركة, 'ولاية فرغانة' beside 'فرغانة أغرو كلاستر', قصر البحر, مؤسسة قطر ...
في المدينة التعليمية); 1027 ar SPA 'بريدة 25 جمادى الآخرة 1448 هـ الموافق 05 ديسمبر 2026 م واس' (the Qassim governor
receives Belarus's ambassador; فيصل بن مشعل بن سعود بن عبدالعزيز, كوزلوفيتش, شركة "غوميلماش" / "بيلاروسكالي" /
لشركة "نادك", جامعة غرودنو الزراعية الحكومية (Grodno inside), الغرفة التجارية بالقصيم, مدينة بريدة الصناعية beside مدينة
بريدة, 'محافظتي عنيزة والرس', المنطقة الشرقية, شركة "معادن", اللجنة السعودية البيلاروسية المشتركة); 1028 ar APS 'الجزائر -'
(obituary of an invented mujahid and ambassador, **his name in full vowel marks** مُحَمَّد الصَّادِق بَلْحَاجّ then بَلْحَاجّ,
and a mosque مسجد عَبْد الحَمِيد بْن بَادِيس (no person); career bodies: جيش / جبهة التحرير الوطني, ثانوية الأمير عبد القادر
بالمدية, جامعة موسكو الحكومية, سفارة الجزائر في موسكو, مجلس الأمة, مجموعة الصداقة البرلمانية الجزائرية-الروسية; بمقبرة العالية,
بحي القبة, a memoir title "من بوكحيل إلى هانوي"); 1029 vi TTXVN 'Minsk, 5/12 (TTXVN) -' (the 8th session of the
Vietnam-Belarus intergovernmental committee; Nguyễn Hồng Diên / 'ông Diên', Yury Shuleiko, EAEU, MAZ and 'Công ty TNHH
Liên doanh Ô tô MAZ Châu Á', tập đoàn "Savushkin Product" ở Brest, Cao Minh Quý / 'ông Quý', Đồng Tháp inside a dairy's
name, 'vùng Gomel', two academies of sciences); 1030 vi TTXVN 'Moskva, 5/12 (TTXVN) -' (a Vietnamese pagoda opens in
Moscow; 'quận Novaya Moskva của thủ đô Moskva', monks by dharma name after Hòa thượng / Thượng tọa / Đại đức,
'Hội đồng Trị sự Giáo hội Phật giáo Việt Nam' then 'Hội đồng Trị sự', 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài
thuộc Bộ Ngoại giao', Pandito Khambo Lama Damba Ayusheev, 'trung tâm thương mại Sadovod', Tu viện Ivolginsky, Cộng hòa
Buryatia); 1031 vi TTXVN 'Moskva, 5/12 (TTXVN) -' (the National Assembly's defence, security and foreign affairs
committee at a State Duma hearing; Lê Tấn Tới / 'Ông Tới', Slutsky, 'Ủy ban Đối ngoại Duma Quốc gia Nga', 'Ủy ban Quốc
tế của Hội đồng Liên bang Nga', Rosatom in parentheses after its Vietnamese name, MEPhI, IPPE, 'Đại biểu Quốc hội tỉnh
Khánh Hòa' + name, 'thành phố Obninsk, vùng Kaluga'); 1032 ru BelTA 'БАРАНОВИЧИ, 5 декабря (БЕЛТА) –' (the CSTO rapid
reaction forces' exercise "Взаимодействие-2026" on the "Обуз-Лесновский" range; numbered brigades, a division and an
air base in the genitive, Сил / Силами специальных операций, 'Аэромобильных войск', brigade "Скорпион", 'из Иванова',
'аэродром Барановичи' beside the city, 'реку Щара', the village Столовичи, Хренин with his patronymic, Объединенного
штаба ОДКБ, a drone centre of the Национальной академии наук Беларуси, Брестской пограничной группы Государственного
пограничного комитета, "Матыбулак", станции Барановичи-Полесские); 1033 ru TASS 'ОМСК, 5 декабря. /ТАСС/.' (the Omsk
governor and Uzbekistan's ambassador; Хоценко with patronymic in the genitive, Ботиржоном Асадовым, хокима Андижанской
области in the genitive, 'в Андижане', "Узавтосаноат", Асаке, аэропорта Омск-Центральный, ООО "Иртыш-Агроэкспорт" (a
river inside a firm's name), станции Входная (a common word), университет имени П. А. Столыпина (no person), ПАО "Омский
каучук", "Омский бекон"); 1034 ru Kazinform 'КОКШЕТАУ. KAZINFORM –' (district akim elections in Akmola region; six
districts coordinated over one plural noun, then each again in other cases, candidates with Kazakh patronymics
(Нурлан Кайратович Сейткалиев, then Сейткалиев), parties "AMANAT" / "Ак жол" / "Respublica" / Народной партии
Казахстана / ОСДП, кооператива "Косшы Агро" (a town's name no place here), ЦИК, Абдиров, Токаева, селе Макинка, поселке
Заводской); 1035 zh Xinhua '新华社北京12月5日电（记者刘振宇 孙晓雯）' (Li Qiang and Abdulla Aripov; 中乌, 上海合作组织, ministries of
both sides, '乌兹别克斯坦国家银行（NBU）', 中国人民解放军三军仪仗队, '北京、上海、广州至塔什干和撒马尔罕' beside 撒马尔罕州,
陕西省西安市, 隆基绿能, a forum, '安集延州、锡尔河州和中国新疆、甘肃、山东', 跨里海国际运输走廊, 中国社会科学院's institute,
赛义多夫 by surname only); 1036 zh Xinhua '新华社乌鲁木齐12月5日电（记者艾力·吐尔逊 王婧）' (**Latin acronyms and digits inside Han
text**: H986, AI, GPS, 5G, CITES, WWF, LNG, CT, 'KZ 847 ABE', G3015高速, S229省道, "雪豹-2026"; 乌鲁木齐海关 > 塔城海关 >
吉木乃海关 and 乌鲁木齐海关缉私局, 吉木乃口岸 beside 吉木乃县, 迈哈布奇盖口岸, 巴克图口岸 beside 巴克图海关, 塔城市北疆润通
商贸有限公司, 哈萨克斯坦财政部国家收入委员会, 东哈萨克斯坦州 and its 国家收入局, 斋桑县); 1037 zh Xinhua '新华社北京12月5日电'
(obituary of an invented ambassador to Kazakhstan: the career line's bodies (外交部苏联东欧司, 中国驻苏联大使馆, 中国驻乌兰巴托
大使馆, 外交部欧亚司, 上海合作组织秘书处, 中国国际问题研究院, 外交部外交政策咨询委员会), 八宝山革命公墓, 江苏省徐州市沛县, 湖北
沙洋 '“五七干校”', 哈巴罗夫斯克, 中哈原油管道 / 中哈天然气管道, 《人民日报》《世界知识》, book titles, 阿里—法拉比哈萨克国立大学).
Every invented name and every minor real one was checked with grep against the earlier sets' articles; replaced after
that check: Nacala, Beira and Pemba (holdout9, 10, 34), 'Sharq' (Qanot Sharq, holdout55), Ergashev (holdout56), Ordabasy
and Karatau (holdout14, 6), Turgen (holdout29), Penang and Top Glove (holdout41, 44), Liew Chin Tong (holdout13), OAIC
(holdout29), Jodino / BelAZ's town, Soligorsk, Zhlobin, Smorgon, Volkovysk, Lepel, Glubokoye and Mozyr (holdout10-30),
Smolensk (holdout38), Borisov (holdout57), Мир (holdout15), "Полесье" (holdout14), Бурабай and Есильский (holdout55, 52),
Травников and Новосибирск's bodies (holdout24), الهاجري, قدراتوف, قصر لوسيل, غرفة قطر, Trịnh Quang Vĩnh, Phố Hiến, Lê Thị
Thu Trang, Đặng Minh Khôi, Tomsk, the Kurchatov Institute, 贾姆希德·霍贾耶夫, 霍尔果斯, 阿拉山口, 微山湖, 刘伟. Recurring as
allowed: famous figures and bodies (Lukashenko, Tokayev, Mirziyoyev, Tebboune, Attaf, Nguyễn Hồng Diên, Japarov,
Patriarch Kirill, 王毅, 李强, Petronas, PowerChina, Goldwind, Kazakh Invest, MIDA, Sonatrach, Rosatom, Air Astana,
Uzbekistan Airways, Belaruskali in Arabic, ASEAN, AIFC), big cities and provinces (Minsk, Moscow, Tashkent, Almaty,
Astana, Shymkent, Grodno, Brest, Gomel, Vitebsk, Hưng Yên, Đồng Nai, Khánh Hòa, Biskra, Naryn, Иваново, Омск,
Андижан, Наманган, Фергана, 锡尔河州, بريدة, الرياض). Written blind in session 33: no Swift source read, no extractor run;
the gold was fixed and committed before any extractor ran on the set.

Conventions as holdout57, holdout55, holdout53 and holdout45 (titles and honorifics no part of a name: Belarusian
President, Foreign Minister, Energy Minister, chairman, AIFC Governor, M., le ministre d'Etat, le métropolite,
l'évêque, le patriarche, l'archevêque, le plénipotentiaire, porte-parole, حضرة صاحب السمو الشيخ, فخامة الرئيس, معالي,
سعادة السيد, صاحب السمو الملكي الأمير, الدكتور, المهندس, المجاهد, Bộ trưởng, Phó Thủ tướng, Đại sứ, Hòa thượng, Thượng
tọa, Đại đức, Pandito Khambo Lama, Chủ nhiệm, Đại biểu Quốc hội tỉnh …, генерал-лейтенант, генерал-майор, хокима …,
председатель, 国务院总理, 委员长, 部长, 主任, 副关长, 关长, 同志; a surname (or a Vietnamese given name) alone an alias;
every surface form an alias, Russian cases and Arabic clitics included; countries as ISO codes, never entities; a
generic word before or after a place an alias (province, region, port of, plateau, région de, bassin de, vallée de,
poste frontière de, quartier de, ولاية, مدينة, منطقة, محافظة, محافظتي, جبال, مقبرة, حي, thủ đô, tỉnh, vùng, quận,
thành phố, chùa, Tu viện, Cộng hòa, полигоне, станции, селе, поселке, реку); a place only inside an organization's
name not counted (Grodno in جامعة غرودنو, موسكو in جامعة موسكو الحكومية and سفارة الجزائر في موسكو, المدية in the
lycée's name, Đồng Tháp, Hà Nội in the university's name, 塔城, 乌兰巴托 in the embassy's name, 上海 in 上海合作组织 (named
alone too in 1035), Xinjiang in Goldwind's name (named alone in 1024 only)); a name built from a person's makes no
person (Eduardo Mondlane University, ثانوية الأمير عبد القادر, مسجد عَبْد الحَمِيد بْن بَادِيس, университет имени П. А.
Столыпина, 阿里—法拉比哈萨克国立大学); governments (陕西省政府, правительства области, الحكومة), events and operations
(the exercise "Взаимодействие-2026", "雪豹-2026", 中国（陕西）—乌兹别克斯坦经贸合作对接会, 2008年北京奥运会, a lowercase
'foire internationale', 'межрегиональном форуме'), programmes, products and systems ("Горизонт-М", H986, "鲁班工坊",
中欧班列, LNG, MAZ's trucks as goods), documents and book titles (the investment agreement, CITES, 《丝路使者…》, "من بوكحيل
إلى هانوي", 《中亚国家独立二十年》), lowercase commissions ('commission mixte algéro-vietnamienne') and broad regions
(southern Africa, Central Asia, Moyen-Orient, آسيا وأوروبا الشرقية, Đông Nam Á, Á - Âu, 欧洲) no entities; capitalized
forums (Kazakhstan-Malaysia Business Forum, 乌兹别克斯坦—中国地方合作论坛) and intergovernmental committees organizations;
a company named by a town written in the article (Agrocombinat Dzerjinski, Alaï Trans Logistic beside 'la vallée de
l'Alaï') is an organization apart from the place; the legal form is an alias's, not the canonical's ('Planalto
Agro-Mecânica Lda', 'JSC Uzenergosotish', '... Sdn Bhd', '... LLP', ООО / АО / ПАО); nested bodies as holdout57 (a
sub-body written 'X of/du/thuộc/của Y' or 'X Y' where Y is named as a body in its own right is two organizations:
Service des douanes d'Etat / ministère de l'Economie et du Commerce, Hội đồng Trị sự / Giáo hội Phật giáo Việt Nam, Ủy
ban Nhà nước về người Việt Nam ở nước ngoài / Bộ Ngoại giao, Ủy ban Đối ngoại Duma Quốc gia Nga / Duma Quốc gia Nga, Ủy
ban Quốc tế / Hội đồng Liên bang Nga, Ủy ban Quốc phòng, An ninh và Đối ngoại / Quốc hội Việt Nam, Объединенный штаб ОДКБ
/ ОДКБ, КСОР / ОДКБ, a centre / Национальная академия наук Беларуси, Брестская пограничная группа / Государственный
пограничный комитет, 36-я бригада / Аэромобильные войска, 乌鲁木齐海关缉私局 / 乌鲁木齐海关, 国家林业和草原局's 总站 / 国家
林业和草原局, 苏联东欧司 / 欧亚司 / 外交政策咨询委员会 / 外交部, 上海合作组织秘书处 / 上海合作组织, 兰州大学中亚研究所 / 兰州
大学, 中国社会科学院's institute / 中国社会科学院, 中国人民解放军三军仪仗队 / 中国人民解放军, 哈萨克斯坦财政部国家收入委员会 /
哈萨克斯坦财政部). New here:
- MILITARY UNITS: a numbered brigade, division or air base (38-я отдельная гвардейская десантно-штурмовая бригада, 98-я
  гвардейская воздушно-десантная дивизия, 61-я истребительная авиационная база) is an organization with the nominative
  canonical and the genitive as written its alias; a brigade named in quotes ("Скорпион") is the quoted name, the unit
  noun's phrase an alias; a branch (Силы специальных операций, Аэромобильные войска) and a border group are
  organizations; a training range named in quotes (полигоне "Обуз-Лесновский", "Матыбулак") is a place, as arenas in
  quotes; an airfield named like its city ('аэродром Барановичи', the city also the dateline) is a place apart, as
  holdout57's stations; an exercise's name is none;
- CLERGY: a clergyman named by one monastic name (Veniamin, Kirill, Savvaty, Pavel) is a person; the sees in his title
  name places (Zaslavl, Vereïa, Molodetchno, Stolbtsy, Moguilev; Minsk and Moscou named anyway), as 'Chủ tịch UBND tỉnh X'
  names the province; Buddhist monks by dharma name (Thích Thanh Quyết, Thích Đức Thiện, Thích Minh Hạnh) keep 'Thích';
  churches as bodies (Eglise orthodoxe biélorusse, Eglise catholique, patriarcat de Moscou, Giáo hội Phật giáo Việt Nam,
  Tăng đoàn Phật giáo truyền thống Nga) are organizations; religious buildings (cathédrale de la Sainte-Ascension,
  monastère de la Dormition de Jirovitchi with 'Jirovitchi' its alias (the village is not otherwise named), chùa Trúc Lâm
  Bạch Dương, Tu viện Ivolginsky, مسجد عَبْد الحَمِيد بْن بَادِيس) and cemeteries (مقبرة العالية, 八宝山革命公墓) are places,
  French ones canonical as written (as 'mer d'Aral'), Vietnamese ones without their generic word;
- an ARABIC NAME WITH VOWEL MARKS is canonical as written (with its marks; the scorer folds them away), its bare
  surname with marks the alias ('بَلْحَاجّ');
- a crossing spelt two ways on the two sides of a border (Irkechtam, Irkeshtam) is one place; 迈哈布奇盖口岸 and 巴克图口岸
  (the villages not otherwise named) are the village's aliases, while 吉木乃口岸 is a place apart from 吉木乃县 (both
  written), as holdout55's ports; 巴克图海关 and 吉木乃海关 are organizations; numbered roads (G3015高速, S229省道) are
  places, as quốc lộ 217; a pipeline named by its two countries (中哈原油管道) is a place and names both, as đường sắt
  Lào - Trung Quốc;
- a region named like its capital where both are written ('the Tashkent region' with the dateline TASHKENT, 'the Almaty
  region' with Almaty) is a place of its own with the noun in its canonical; where the city is not written the region
  is the bare name ('Bukhara region', 'Atyrau region', 'Turkistan region', Samarkand and 'Jizzakh regions'); Chinese
  撒马尔罕 and 撒马尔罕州 are two places;
- six districts coordinated over one plural noun ('в Коргалжынском, … и Целиноградском районах') are six places with the
  nominative 'X район' canonical, the bare adjective the alias of each but the last, which carries the noun as written;
- a newspaper or magazine in 《》 (《人民日报》, 《世界知识》) is an organization with and without the marks; a book's or
  report's title is none; a TV channel (Belarus 1) is an organization;
- a Vietnamese deputy named 'Đại biểu Quốc hội tỉnh Khánh Hòa Nguyễn Thị Lệ Quyên' is the person, and the province is a
  place (named in the title);
- the Amiri Diwan ('بالديوان الأميري', where the talks are held) is a place (a palace), as قصر البحر and 人民大会堂;
  '全国人大常委会委员长' is a title (as 全国政协 in holdout57) but '中国全国人大' alone is the organization 全国人大;
- MAZ named as the maker in 'dự án liên doanh lắp ráp xe tải MAZ' is an organization, apart from the joint venture
  'Công ty TNHH Liên doanh Ô tô MAZ Châu Á'.
Countries: as holdout57, from names, adjectives, demonyms, nisbas and one-character forms (Belarusian, Mozambican,
Saudi Arabia's, China, Chinese in 'Export-Import Bank of China', Kazakh, Malaysian, algéro-vietnamienne, palestinien,
sahraoui, kirghiz, chinois, Ouzbékistan, Russie, polonaise, الأوزبكي, قطر, أفغانستان, البيلاروسية, المملكة العربية السعودية,
فيتنام, كازاخستان, روسيا الاتحادية, Liên bang Nga, Việt Nam, Беларуси, России, Кыргызстана, Таджикистана, РФ, через
Казахстан, Народной партии Казахстана, 中乌, 中哈, 中俄, 吉尔吉斯斯坦, 土库曼斯坦, 塔吉克斯坦); a currency (tenge, USD, dollars,
元人民币) names none. Judgement calls: 'Sahara occidental' / 'sahraoui' give EH (a territory with an ISO code), and 'la
bande de Ghaza' / 'palestinien' PS; 'قطاع غزة' gives PS as in holdout50; 1020 names no Russia (Moscow only) and 1037 no
Mongolia (乌兰巴托 only inside an embassy's name) and no Soviet Union code (苏联, 中苏); 1030 and 1031 name RU through
'Nga' and 'Liên bang Nga'; 'Ministry of Energy' (1021) is listed bare (Uzbekistan's possessive stays outside); the
ALGER dateline is listed as Alger (holdout55), the Arabic APS dateline 'الجزائر -' is not (holdout57), and
'الجزائر العاصمة' is; 'Moatize coal mine' is the alias of Moatize (a mine and the town not otherwise named); 'Kosshy
Agro' (кооператива "Косшы Агро") names no place; 'Иртыш' inside the firm's name names no river; 'Tadawul' is an
organization; 'Chủ nhiệm Ủy ban' and 'Trưởng ban Phụ nữ của Hội' are titles, no bodies."""
import os, unicodedata
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
XINHUA = (O, "新华社", [])
AFP = (O, "AFP", [])
G = {
 "1020_en.txt": ("en", ["BY", "MZ"], [
  (L, "Minsk", ["MINSK"]), (O, "BelTA", []), (P, "Aleksandr Lukashenko", ["Lukashenko"]),
  (P, "Daniel Chapo", ["Chapo"]), (L, "Palace of Independence", []), (L, "Manica", []), (L, "Sofala", []),
  (P, "Maxim Ryzhenkov", []), (P, "Maria Manuela Lucas", []),
  (O, "Belarusian Chamber of Commerce and Industry", ["BelCCI"]),
  (O, "Confederation of Economic Associations of Mozambique", ["CTA"]),
  (O, "Belarusian State Agrarian Technical University", []), (O, "Eduardo Mondlane University", []),
  (L, "Maputo", []), (O, "National Statistical Committee of Belarus", ["Belstat"]), (L, "Chimoio", []),
  (O, "Minsk Tractor Works", ["MTZ"]),
  (O, "Planalto Agro-Mecânica", ["Planalto Agro-Mecânica Lda", "Planalto"]), (P, "Celso Mabunda", []),
  (O, "BelAZ", []), (L, "Moatize", ["Moatize coal mine"]), (L, "Tete", ["Tete province"]),
  (P, "Alexander Turchin", []), (L, "Quelimane", ["port of Quelimane"]),
  (O, "Southern African Development Community", ["SADC"]), (L, "Minsk Hero City Obelisk", []),
  (O, "Grodno Azot", []), (L, "Grodno Oblast", []), (L, "Moscow", [])]),
 "1021_en.txt": ("en", ["CN", "SA", "UZ"], [
  (L, "Tashkent", ["TASHKENT"]), (O, "Reuters", []), (O, "ACWA Power", []), (L, "Karakalpakstan", []),
  (O, "Ministry of Energy", []), (L, "Tulpar Wind", ["Tulpar Wind farm"]), (L, "Ustyurt", ["Ustyurt plateau"]),
  (L, "Kungrad", []), (O, "Power Construction Corporation of China", ["PowerChina"]), (O, "Tadawul", []),
  (O, "Xinjiang Goldwind Science & Technology", []), (L, "Nukus", []),
  (O, "National Electric Grid of Uzbekistan", ["NEGU"]), (P, "Jurabek Mirzamakhmudov", []),
  (P, "Mohammad Abunayyan", []), (O, "Asian Development Bank", []), (O, "Islamic Development Bank", []),
  (O, "Export-Import Bank of China", []), (O, "Uzenergosotish", ["JSC Uzenergosotish"]),
  (L, "Bash", []), (L, "Dzhankeldy", ["Dzhankeldy wind farms"]), (L, "Bukhara", ["Bukhara region"]),
  (L, "Tashkent region", []), (P, "Nodira Kamalova", []), (O, "Avesta Investment Group", []),
  (L, "Samarkand", []), (L, "Jizzakh", ["Jizzakh regions"]), (L, "Muynak", []), (P, "Shavkat Nurmatov", []),
  (P, "Yousef Saba", []), (L, "Dubai", []), (P, "Helen Popper", [])]),
 "1022_en.txt": ("en", ["KZ", "MY"], [
  (L, "Astana", ["ASTANA"]), (O, "Kazinform", []), (O, "Kazakhstan-Malaysia Business Forum", []),
  (P, "Serik Zhumangarin", ["Zhumangarin"]), (P, "Nor Azlina Hamdan", []),
  (O, "Ministry of Investment, Trade and Industry", []), (O, "ASEAN", []), (L, "Port Klang", []),
  (L, "Kulim Hi-Tech Park", []), (O, "Kazakh Invest", []),
  (O, "Malaysian Investment Development Authority", ["MIDA"]), (O, "QazTrade", []),
  (O, "Malaysia External Trade Development Corporation", ["MATRADE"]), (O, "KazMunayGas", []),
  (O, "Petronas Chemicals Group", []), (L, "Atyrau", ["Atyrau region"]),
  (O, "Nusantara Halal Ingredients", ["Nusantara Halal Ingredients Sdn Bhd"]),
  (L, "Turkistan", ["Turkistan region"]), (O, "Badam Meat Processing", ["Badam Meat Processing LLP"]),
  (O, "Talgar Dairy", ["Talgar Dairy LLP"]), (L, "Almaty region", []), (L, "Johor", []),
  (P, "Kuanysh Beisenov", []), (L, "Shymkent", []), (O, "Halal Industry Development Corporation", ["HDC"]),
  (O, "Astana International Financial Centre", ["AIFC"]), (O, "Bank Islam Malaysia", []),
  (P, "Renat Bekturov", []), (O, "Atameken National Chamber of Entrepreneurs", []),
  (L, "Aktobe", ["Aktobe region"]), (O, "Hartalega", []), (P, "Arman Zhetpisbayev", []), (O, "Air Astana", []),
  (L, "Almaty", []), (L, "Kuala Lumpur", [])]),
 "1023_fr.txt": ("fr", ["DZ", "EH", "PS", "VN"], [
  (L, "Alger", ["ALGER"]), (P, "Ahmed Attaf", ["Attaf"]), (P, "Le Hoai Trung", []), (L, "Hanoï", []),
  (P, "Abdelmadjid Tebboune", ["Tebboune"]), (P, "Luong Cuong", []), (O, "Sonatrach", []), (O, "PVEP", []),
  (L, "Berkine", ["bassin de Berkine"]), (L, "bande de Ghaza", []), (O, "Mouvement des non-alignés", []),
  (O, "Organisation des Nations unies", ["ONU"]), (O, "Conseil des droits de l'homme", []),
  (P, "Rachid Belkheiri", []), (L, "Hô Chi Minh-Ville", []),
  (O, "Chambre algérienne de commerce et d'industrie", ["CACI"]), (L, "Biskra", ["région de Biskra"])]),
 "1024_fr.txt": ("fr", ["CN", "KG", "KZ", "RU", "UZ"], [
  (L, "Irkechtam", ["poste frontière d'Irkechtam", "Irkeshtam", "poste d'Irkeshtam"]), (L, "Bichkek", []), AFP,
  (O, "Service des douanes d'Etat", []), (O, "ministère de l'Economie et du Commerce", []), (L, "Och", []),
  (O, "Alaï Trans Logistic", []), (L, "Kachgar", []), (P, "Nourlan Satybaldiev", []),
  (O, "Comité d'Etat pour la sécurité nationale", ["GKNB"]), (L, "Djalal-Abad", []), (L, "Sary-Tach", []),
  (L, "Alaï", ["vallée de l'Alaï"]), (L, "Xinjiang", ["région autonome ouïghoure du Xinjiang"]),
  (O, "ambassade de Chine à Bichkek", []), (P, "Sadyr Japarov", []),
  (O, "Commission économique eurasiatique", []), (O, "Union économique eurasiatique", ["UEEA"]),
  (O, "Central Asia Freight Monitor", []), (L, "Torougart", []), (L, "Naryn", ["région de Naryn"]),
  (P, "Ermek Tokotaïev", []), (O, "Association des transporteurs routiers internationaux du Kirghizstan", []),
  (P, "Bakyt Sydykov", [])]),
 "1025_fr.txt": ("fr", ["BY", "CN", "KZ", "PL", "RU"], [
  (P, "Veniamin", []), (L, "Dzerjinsk", []), (L, "Minsk", []), AFP,
  (O, "Eglise orthodoxe biélorusse", ["Eglise orthodoxe"]), (L, "Zaslavl", []),
  (O, "Agrocombinat Dzerjinski", []), (L, "cathédrale de la Sainte-Ascension", []), (O, "Belarus 1", []),
  (P, "Kirill", []), (L, "Moscou", []), (O, "patriarcat de Moscou", []), (P, "Savvaty", []), (L, "Vereïa", []),
  (L, "Molodetchno", []), (L, "Stolbtsy", []), (P, "Pavel", []), (P, "Sergueï Nikiforovitch", []),
  (P, "Alexandre Loukachenko", []), (P, "Alexandre Roumak", []), (O, "Eglise catholique", []),
  (L, "Moguilev", []), (P, "Iossif Staneouski", []), (L, "Briansk", []),
  (L, "monastère de la Dormition de Jirovitchi", ["Jirovitchi"]), (L, "Grodno", ["région de Grodno"]),
  (P, "Galina Trofimtchik", []), (L, "Sovietskaïa", ["quartier de Sovietskaïa"])]),
 "1026_ar.txt": ("ar", ["AF", "PS", "QA", "UZ"], [
  (L, "الدوحة", []), (O, "قنا", []), (P, "تميم بن حمد آل ثاني", []),
  (P, "شوكت ميرضيائيف", ["ميرضيائيف"]), (L, "الديوان الأميري", ["بالديوان الأميري"]), (L, "قطاع غزة", []),
  (O, "جهاز قطر للاستثمار", []),
  (O, "وكالة الاستثمارات والصناعة والتجارة الأوزبكية", ["ووكالة الاستثمارات والصناعة والتجارة الأوزبكية"]),
  (O, "قطر للسياحة", []), (O, "لجنة السياحة في جمهورية أوزبكستان", ["ولجنة السياحة في جمهورية أوزبكستان"]),
  (O, "حصاد الغذائية", ["شركة \"حصاد الغذائية\""]), (O, "فرغانة أغرو كلاستر", ["شركة \"فرغانة أغرو كلاستر\""]),
  (L, "فرغانة", ["ولاية فرغانة"]), (O, "الخطوط الجوية القطرية", []), (L, "سمرقند", []), (L, "طشقند", []),
  (P, "محمد بن عبدالرحمن بن جاسم آل ثاني", []), (P, "خالد بن راشد الخاطر", []), (P, "بختيار سعيدوف", []),
  (L, "قصر البحر", []), (O, "مؤسسة قطر للتربية والعلوم وتنمية المجتمع", []), (L, "المدينة التعليمية", [])]),
 "1027_ar.txt": ("ar", ["BY", "SA"], [
  (L, "القصيم", ["منطقة القصيم", "ومنطقة القصيم"]), (L, "بريدة", ["مدينة بريدة"]), (O, "واس", []),
  (P, "فيصل بن مشعل بن سعود بن عبدالعزيز", []), (P, "أندريه كوزلوفيتش", ["كوزلوفيتش"]),
  (O, "غوميلماش", ["شركة \"غوميلماش\""]), (O, "بيلاروسكالي", ["شركة \"بيلاروسكالي\""]),
  (O, "جامعة غرودنو الزراعية الحكومية", []), (O, "جامعة القصيم", []),
  (O, "وزارة الزراعة والأغذية البيلاروسية", []), (P, "عبدالرحمن بن سليمان الوزان", []),
  (O, "الغرفة التجارية بالقصيم", []), (P, "سلطان بن فهد الرشودي", []),
  (L, "مدينة بريدة الصناعية", []), (L, "عنيزة", ["محافظتي عنيزة"]), (L, "الرس", ["والرس"]),
  (O, "نادك", ["لشركة \"نادك\""]), (L, "البكيرية", ["محافظة البكيرية"]),
  (O, "تمور الوادي الأخضر", ["لشركة \"تمور الوادي الأخضر\""]), (L, "المنطقة الشرقية", []),
  (O, "معادن", ["شركة \"معادن\""]), (O, "اللجنة السعودية البيلاروسية المشتركة", []), (L, "الرياض", [])]),
 "1028_ar.txt": ("ar", ["BY", "DZ", "KZ", "RU", "VN"], [
  (P, "مُحَمَّد الصَّادِق بَلْحَاجّ", ["بَلْحَاجّ"]), (P, "عبد المجيد تبون", []),
  (L, "الجزائر العاصمة", ["بالجزائر العاصمة"]), (O, "جيش التحرير الوطني", []), (L, "عين وسارة", ["مدينة عين وسارة"]),
  (L, "الجلفة", ["ولاية الجلفة", "بولاية الجلفة"]), (O, "جبهة التحرير الوطني", []),
  (O, "ثانوية الأمير عبد القادر بالمدية", ["ثانوية الأمير عبد القادر"]), (L, "بوكحيل", ["جبال بوكحيل", "بجبال بوكحيل"]),
  (O, "جامعة موسكو الحكومية", ["بجامعة موسكو الحكومية"]), (O, "وزارة الشؤون الخارجية", ["بوزارة الشؤون الخارجية"]),
  (O, "سفارة الجزائر في موسكو", ["بسفارة الجزائر في موسكو"]), (L, "هانوي", []), (L, "ألماتي", []),
  (O, "مجلس الأمة", []), (O, "مجموعة الصداقة البرلمانية الجزائرية-الروسية", []),
  (O, "المنظمة الوطنية للمجاهدين", []), (P, "أحمد عطاف", []), (L, "العالية", ["مقبرة العالية", "بمقبرة العالية"]),
  (L, "مسجد عَبْد الحَمِيد بْن بَادِيس", ["بمسجد عَبْد الحَمِيد بْن بَادِيس"]), (L, "القبة", ["حي القبة", "بحي القبة"]),
  (P, "أليكسي سولوماتين", []), (O, "دار القصبة للنشر", [])]),
 "1029_vi.txt": ("vi", ["BY", "VN"], [
  (O, "Ủy ban liên Chính phủ Việt Nam - Belarus về hợp tác kinh tế - thương mại và khoa học - kỹ thuật",
   ["Ủy ban liên Chính phủ Việt Nam - Belarus", "Ủy ban liên Chính phủ"]),
  (L, "Minsk", ["thủ đô Minsk"]), TTXVN, (O, "Bộ Công Thương", ["Bộ Công Thương Việt Nam"]),
  (P, "Nguyễn Hồng Diên", ["Diên"]), (P, "Yury Shuleiko", []), (O, "Liên minh Kinh tế Á - Âu", ["EAEU"]),
  (O, "ASEAN", []), (O, "MAZ", []), (L, "Hưng Yên", ["tỉnh Hưng Yên"]), (O, "Bộ Công nghiệp Belarus", []),
  (O, "Công ty TNHH Liên doanh Ô tô MAZ Châu Á", []), (O, "Công ty cổ phần Cơ khí Kim Động", []),
  (O, "Công ty cổ phần Sữa Đồng Tháp Xanh", []), (O, "Savushkin Product", ["\"Savushkin Product\""]),
  (L, "Brest", []), (P, "Cao Minh Quý", ["Quý"]), (L, "Gomel", ["vùng Gomel"]),
  (O, "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", []), (O, "Viện Hàn lâm Khoa học Quốc gia Belarus", []),
  (L, "Hà Nội", []), (P, "Phạm Quang Hiệu", []), (L, "Vitebsk", [])]),
 "1030_vi.txt": ("vi", ["RU", "VN"], [
  (L, "Trúc Lâm Bạch Dương", ["chùa Trúc Lâm Bạch Dương"]), (L, "Moskva", ["thủ đô Moskva"]), TTXVN,
  (L, "Novaya Moskva", ["quận Novaya Moskva"]), (O, "Hội người Việt Nam tại Liên bang Nga", []),
  (P, "Thích Thanh Quyết", []),
  (O, "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", ["Hội đồng Trị sự"]),
  (O, "Giáo hội Phật giáo Việt Nam", []), (P, "Thích Đức Thiện", []), (P, "Phùng Thế Long", []),
  (O, "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", []), (O, "Bộ Ngoại giao", []),
  (P, "Damba Ayusheev", []), (O, "Tăng đoàn Phật giáo truyền thống Nga", []),
  (O, "Ủy ban về các vấn đề dân tộc của thành phố Moskva", []),
  (O, "Ban Phật giáo quốc tế Trung ương Giáo hội Phật giáo Việt Nam", []), (P, "Thích Minh Hạnh", []),
  (P, "Đỗ Xuân Hoàng", []), (L, "trung tâm thương mại Sadovod", ["Sadovod"]), (L, "Saint Petersburg", []),
  (L, "Kazan", []), (L, "Vladivostok", []), (O, "Đại sứ quán Việt Nam tại Liên bang Nga", []),
  (P, "Lã Thị Bích Hạnh", []), (O, "Trường Đại học Sư phạm Hà Nội", []),
  (L, "Ivolginsky", ["Tu viện Ivolginsky"]), (L, "Buryatia", ["Cộng hòa Buryatia"])]),
 "1031_vi.txt": ("vi", ["RU", "VN"], [
  (O, "Ủy ban Quốc phòng, An ninh và Đối ngoại", []), (O, "Quốc hội Việt Nam", ["Quốc hội"]),
  (O, "Duma Quốc gia Nga", ["Duma Quốc gia"]), (L, "Moskva", []), TTXVN, (P, "Lê Tấn Tới", ["Tới"]),
  (O, "Ủy ban Đối ngoại Duma Quốc gia Nga", ["Ủy ban Đối ngoại Duma Quốc gia"]),
  (P, "Leonid Slutsky", ["Slutsky"]), (O, "Hội đồng Liên bang Nga", ["Hội đồng Liên bang"]),
  (O, "Trung tâm Nghiên cứu khoa học và công nghệ hạt nhân", []), (L, "Đồng Nai", ["tỉnh Đồng Nai"]),
  (O, "Tập đoàn Năng lượng nguyên tử quốc gia Nga", ["Rosatom"]),
  (O, "Đại học Nghiên cứu hạt nhân quốc gia MEPhI", []), (L, "Khánh Hòa", ["tỉnh Khánh Hòa"]),
  (P, "Nguyễn Thị Lệ Quyên", []), (P, "Pavel Derkach", []), (P, "Dmitry Novikov", []),
  (O, "Ủy ban Quốc tế", ["Ủy ban Quốc tế của Hội đồng Liên bang Nga"]), (P, "Grigory Karasin", []),
  (L, "Obninsk", ["thành phố Obninsk"]), (L, "Kaluga", ["vùng Kaluga"]),
  (O, "Viện Vật lý - Năng lượng", ["IPPE"])]),
 "1032_ru.txt": ("ru", ["BY", "KG", "KZ", "RU", "TJ"], [
  (L, "Обуз-Лесновский", ["\"Обуз-Лесновский\"", "полигоне \"Обуз-Лесновский\""]),
  (O, "Коллективные силы оперативного реагирования", ["Коллективными силами оперативного реагирования", "КСОР"]),
  (O, "Организация Договора о коллективной безопасности", ["Организации Договора о коллективной безопасности", "ОДКБ"]),
  (L, "Барановичи", ["БАРАНОВИЧИ"]), (O, "БЕЛТА", []), (L, "Барановичский район", ["Барановичском районе"]),
  (O, "Министерство обороны Беларуси", ["Министерстве обороны Беларуси"]),
  (O, "38-я отдельная гвардейская десантно-штурмовая бригада", ["38-й отдельной гвардейской десантно-штурмовой бригады"]),
  (O, "103-я отдельная гвардейская воздушно-десантная бригада", ["103-й отдельной гвардейской воздушно-десантной бригады"]),
  (O, "Силы специальных операций", ["Сил специальных операций", "Силами специальных операций"]),
  (O, "61-я истребительная авиационная база", ["61-й истребительной авиационной базы"]),
  (O, "98-я гвардейская воздушно-десантная дивизия", ["98-й гвардейской воздушно-десантной дивизии"]),
  (L, "Иваново", ["Иванова"]), (L, "аэродром Барановичи", []),
  (O, "36-я десантно-штурмовая бригада", ["36-й десантно-штурмовой бригады"]),
  (O, "Аэромобильные войска", ["Аэромобильных войск"]),
  (O, "Скорпион", ["\"Скорпион\"", "бригады специального назначения \"Скорпион\""]),
  (O, "7-я десантно-штурмовая бригада", ["7-й десантно-штурмовой бригады"]), (L, "Щара", ["реку Щара"]),
  (L, "Столовичи", []), (P, "Виктор Хренин", ["Виктор Геннадьевич Хренин"]), (P, "Андрей Сердюков", []),
  (O, "Объединенный штаб ОДКБ", ["Объединенного штаба ОДКБ"]), (P, "Таалатбек Масадыков", []),
  (O, "Научно-производственный центр многофункциональных беспилотных комплексов",
   ["Научно-производственным центром многофункциональных беспилотных комплексов"]),
  (O, "Национальная академия наук Беларуси", ["Национальной академии наук Беларуси"]),
  (P, "Вадим Денисенко", ["Вадима Денисенко"]),
  (O, "Брестская пограничная группа", ["Брестской пограничной группы"]),
  (O, "Государственный пограничный комитет", ["Государственного пограничного комитета"]),
  (L, "Матыбулак", ["\"Матыбулак\"", "полигоне \"Матыбулак\""]),
  (L, "Барановичи-Полесские", ["станции Барановичи-Полесские"])]),
 "1033_ru.txt": ("ru", ["KZ", "RU", "UZ"], [
  (L, "Омская область", ["Омской области"]), (L, "Омск", ["ОМСК", "Омске"]), (O, "ТАСС", []),
  (P, "Виталий Хоценко", ["Виталия Павловича Хоценко", "Хоценко"]),
  (P, "Ботиржон Асадов", ["Ботиржоном Асадовым", "Асадов"]), (L, "Ташкент", ["Ташкенте"]),
  (O, "Центр поддержки экспорта Омской области", ["Центра поддержки экспорта Омской области"]),
  (O, "Омский государственный технический университет", ["Омском государственном техническом университете", "ОмГТУ"]),
  (P, "Шухратбек Абдурахмонов", ["Шухратбека Абдурахмонова"]),
  (L, "Андижанская область", ["Андижанской области"]), (L, "Андижан", ["Андижане"]),
  (O, "Узавтосаноат", ["\"Узавтосаноат\""]), (L, "Асака", ["Асаке"]), (O, "Uzbekistan Airways", []),
  (L, "Омск-Центральный", ["аэропорта Омск-Центральный"]), (L, "Наманган", []), (L, "Фергана", ["Фергану"]),
  (O, "Иртыш-Агроэкспорт", ["ООО \"Иртыш-Агроэкспорт\""]), (P, "Денис Кругляков", []),
  (L, "Входная", ["станции Входная"]),
  (O, "Узбекистон темир йуллари", ["АО \"Узбекистон темир йуллари\""]),
  (O, "Омский государственный аграрный университет имени П. А. Столыпина",
   ["Омского государственного аграрного университета имени П. А. Столыпина"]),
  (O, "Андижанский институт сельского хозяйства и агротехнологий",
   ["Андижанским институтом сельского хозяйства и агротехнологий"]),
  (P, "Андрей Гончаров", []), (O, "Омский каучук", ["ПАО \"Омский каучук\""]),
  (O, "Омский бекон", ["\"Омский бекон\""])]),
 "1034_ru.txt": ("ru", ["KZ"], [
  (L, "Акмолинская область", ["Акмолинской области"]), (L, "Кокшетау", ["КОКШЕТАУ"]), (O, "KAZINFORM", []),
  (P, "Серик Ахметов", ["Серик Жумабекович Ахметов"]), (L, "Коргалжынский район", ["Коргалжынском"]),
  (L, "Зерендинский район", ["Зерендинском", "Зерендинском районе"]),
  (L, "Сандыктауский район", ["Сандыктауском", "Сандыктауского района"]),
  (L, "Буландынский район", ["Буландынском", "Буландынского района"]),
  (L, "Аршалынский район", ["Аршалынском", "Аршалынском районе"]),
  (L, "Целиноградский район", ["Целиноградском районах", "Целиноградском районе"]),
  (O, "AMANAT", ["\"AMANAT\""]), (P, "Нурлан Сейткалиев", ["Нурлан Кайратович Сейткалиев", "Сейткалиев"]),
  (O, "Демократическая партия \"Ак жол\"", ["Демократической партии \"Ак жол\"", "\"Ак жол\""]),
  (P, "Асель Жунусова", ["Асель Маратовна Жунусова"]), (L, "Зеренда", ["селе Зеренда"]),
  (P, "Даурен Смагулов", ["Даурен Ермекович Смагулов"]),
  (O, "Косшы Агро", ["\"Косшы Агро\"", "сельскохозяйственного кооператива \"Косшы Агро\""]),
  (O, "Народная партия Казахстана", ["Народной партии Казахстана"]),
  (P, "Виктор Гринько", ["Виктор Павлович Гринько"]),
  (O, "Центральная избирательная комиссия", ["Центральной избирательной комиссии"]),
  (P, "Нурлан Абдиров", ["Абдиров"]), (P, "Касым-Жомарт Токаев", ["Касым-Жомарта Токаева"]),
  (O, "Respublica", ["\"Respublica\""]),
  (O, "Общенациональная социал-демократическая партия", ["Общенациональной социал-демократической партии"]),
  (O, "Гражданский альянс Казахстана", ["Ассоциации \"Гражданский альянс Казахстана\""]),
  (L, "Макинка", ["селе Макинка"]), (L, "Заводской", ["поселке Заводской"]),
  (L, "Астраханский район", ["Астраханском"]), (L, "Егиндыкольский район", ["Егиндыкольском районах"])]),
 "1035_zh.txt": ("zh", ["CN", "UZ"], [
  (P, "李强", []), (P, "阿卜杜拉·阿里波夫", ["阿里波夫"]), XINHUA, (L, "北京", []), (P, "刘振宇", []),
  (P, "孙晓雯", []), (L, "人民大会堂", ["北京人民大会堂"]), (P, "习近平", []), (P, "米尔济约耶夫", []),
  (O, "中乌政府间合作委员会", []), (O, "上海合作组织", []),
  (O, "中国国家发展和改革委员会", ["国家发展改革委"]), (O, "乌兹别克斯坦投资、工业和贸易部", []),
  (O, "海关总署", []), (O, "乌兹别克斯坦海关委员会", []), (O, "中国农业农村部", []),
  (O, "乌兹别克斯坦农业部", []), (O, "中国进出口银行", []), (O, "乌兹别克斯坦国家银行", ["NBU"]),
  (O, "中国人民解放军三军仪仗队", []), (O, "中国人民解放军", []), (L, "上海", []), (L, "广州", []),
  (L, "塔什干", []), (L, "撒马尔罕", []), (L, "陕西省", []), (L, "西安市", ["西安"]),
  (O, "隆基绿能科技股份有限公司", []), (O, "西安交通大学", []), (P, "哈伊鲁洛·博佐罗夫", []),
  (L, "费尔干纳州", []), (L, "纳曼干州", []), (L, "撒马尔罕州", []), (O, "商务部", []), (P, "王文涛", []),
  (P, "郑栅洁", []), (P, "赵乐际", []), (O, "全国人大", ["中国全国人大"]), (O, "乌兹别克斯坦最高会议", []),
  (O, "中国能源建设集团", []), (L, "布哈拉州", []), (O, "中国石油天然气集团有限公司", []),
  (O, "中国路桥工程有限责任公司", []), (L, "塔什干环城公路", []), (P, "法尔霍德·阿尔济耶夫", []),
  (O, "乌兹别克斯坦—中国地方合作论坛", []), (L, "安集延州", []), (L, "锡尔河州", []), (L, "新疆", []),
  (L, "甘肃", []), (L, "山东", []), (L, "跨里海国际运输走廊", []),
  (O, "中国社会科学院俄罗斯东欧中亚研究所", []), (O, "中国社会科学院", []), (P, "张宏莉", []),
  (L, "阿斯塔纳", []), (P, "赛义多夫", [])]),
 "1036_zh.txt": ("zh", ["CN", "KZ"], [
  (O, "吉木乃海关", []), XINHUA, (L, "乌鲁木齐", []), (P, "艾力·吐尔逊", []), (P, "王婧", []),
  (O, "乌鲁木齐海关", []), (O, "塔城海关", []), (L, "吉木乃口岸", []), (L, "新疆", ["新疆维吾尔自治区"]),
  (L, "迈哈布奇盖", ["迈哈布奇盖口岸"]),
  (O, "塔城市北疆润通商贸有限公司", ["北疆润通商贸有限公司"]), (P, "马建新", []),
  (O, "国家林业和草原局", []), (O, "国家林业和草原局森林和草原病虫害防治总站", []),
  (O, "乌鲁木齐海关缉私局", []), (L, "阿勒泰地区", []), (L, "吉木乃县", []),
  (L, "东哈萨克斯坦州", []), (L, "斋桑县", []), (L, "G3015高速", []), (L, "S229省道", []),
  (O, "哈萨克斯坦财政部国家收入委员会", []), (O, "哈萨克斯坦财政部", []),
  (O, "哈萨克斯坦生态和自然资源部", []), (O, "世界自然基金会", ["WWF"]), (P, "古丽巴哈尔·买买提", []),
  (L, "巴克图", ["巴克图口岸"]), (O, "阿勒泰地区林业和草原局", []), (O, "吉木乃县公安局", []),
  (O, "东哈萨克斯坦州国家收入局", []), (O, "巴克图海关", []), (L, "阿拉木图州", []),
  (O, "吉木乃县商务和工业信息化局", [])]),
 "1037_zh.txt": ("zh", ["CN", "KG", "KZ", "RU", "TJ", "TM", "UZ"], [
  (P, "周启明", []), XINHUA, (L, "北京", []), (O, "中国共产党", []), (L, "八宝山革命公墓", ["北京八宝山革命公墓"]),
  (P, "王毅", []), (P, "马朝旭", []), (O, "外交部", []), (O, "中国人民对外友好协会", []), (O, "中俄友好协会", []),
  (L, "江苏省", []), (L, "徐州市", []), (L, "沛县", []), (O, "北京外国语学院", []),
  (O, "苏联东欧司", ["外交部苏联东欧司"]), (O, "中国驻苏联大使馆", []), (L, "湖北", []), (L, "沙洋", []),
  (L, "莫斯科", []), (L, "哈巴罗夫斯克", []), (O, "中国驻乌兰巴托大使馆", []), (L, "阿拉木图", []),
  (O, "中国驻哈萨克斯坦大使馆", []), (O, "哈萨克斯坦外交部", []), (L, "中哈原油管道", []),
  (L, "中哈天然气管道", []), (O, "欧亚司", ["外交部欧亚司"]), (O, "上海合作组织秘书处", []),
  (O, "上海合作组织", []), (O, "中国国际问题研究院", []), (O, "人民日报", ["《人民日报》"]),
  (O, "世界知识", ["《世界知识》"]), (O, "中国—中亚友好协会", []), (O, "中央党校", []), (O, "外交学院", []),
  (O, "外交政策咨询委员会", ["外交部外交政策咨询委员会"]), (O, "北京外国语大学", []),
  (O, "哈萨克斯坦驻华大使馆", []), (P, "穆拉特·阿乌埃佐夫", []), (O, "西北大学", []), (O, "新疆大学", []),
  (O, "兰州大学中亚研究所", []), (O, "兰州大学", []), (O, "阿里—法拉比哈萨克国立大学", []), (P, "林秀芳", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout58", G)
write_gold(here, "holdout58", "holdout58-gold.json", G)
