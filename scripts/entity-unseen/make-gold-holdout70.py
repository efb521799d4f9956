#!/usr/bin/env python3
"""Writes holdout70-gold.json for the articles in holdout70/ (same format and conventions as make-gold-holdout69.py and,
through it, holdout60-68). A SENTINEL set (never fitted), written blind in session 46 (no Swift source read, no
extractor built or run, no extractor output seen; the articles were committed first (9a4e077c), then this gold): wire
news on topics the earlier sets had little of (a central bank rate decision, a ferry accident, a glacier study, a sugar
mill closure, a cycling tour, a coral reef survey, a desalination plant, a customs seizure, a border crossing reopening,
a metro line, a vaccine factory, a pilgrimage, a carpet-weaving cooperative, a literary prize, a nuclear regulator, a
tea auction, a copyright lawsuit, a coal-to-solar conversion), set mostly in countries the earlier sets rarely used
(Kenya and Rwanda in East Africa, the Philippines and Indonesia, Tajikistan, Turkmenistan and Uzbekistan in Central Asia,
Madagascar and the Comoros, Oman and Kuwait in the Gulf, Sudan, Serbia in the Balkans) and in the corpus's own (Vietnam,
Belarus, China); REAL public figures and bodies mixed with invented minor people, firms and villages;
3 en, 3 fr, 3 ar, 3 vi (1261 entirely in NFD), 3 ru (1263 with a long list of laureates and jurors), 3 zh:
1250 en Reuters 'NAIROBI, Dec 7 (Reuters) -' (the Central Bank of Kenya cuts its rate: CBK after its full name, the
Monetary Policy Committee, the statistics bureau, Kamau Thugge full then surname, an analyst with a hyphenated surname
full then surname, 'Nairobi brokerage Kilima Securities', John Mbadi after 'Treasury Cabinet Secretary', the National
Treasury, Parliament, KCB Group and Equity Bank, the NSE with its index (none), the IMF, the Bank of Tanzania,
'the Mombasa-based Coast Development Institute', Kericho and Nyeri, a reporting/editing line; Uganda and Britain as
countries);
1251 en PNA 'CALAPAN CITY, Oriental Mindoro, Dec. 7 (PNA) --' (a ro-ro ferry aground in the Verde Island Passage: the
PCG after its name and 'the Coast Guard', its Southern Tagalog district, 'Tablas Straits Shipping Lines Inc.', Batangas
Port beside Batangas, Baco Island, Jay Tarriela after 'Rear Admiral', Puerto Galera, 'the coastal barangay of
Silonay', the provincial hospital, a fisherman full then surname, MARINA after its name, an official after 'Engr.',
PAGASA after 'the state weather bureau,', Marinduque, Vince Dizon, Ferdinand Marcos Jr., the DSWD, the governor, the
Calapan port terminal, Roxas, Pinamalayan and Bongabong listed, the Navy and the Air Force, JICA, Basilan);
1252 en Asia-Plus 'DUSHANBE, December 7 (Asia-Plus) -' (a Fedchenko Glacier study: 'the Fedchenko', 'Pamir glacier'
and 'the Pamirs', the hydromet agency of the environment committee (two bodies), the University of Fribourg, UCA and
SDC after their names, the Panj and the Vakhsh, a Tajik glaciologist full then surname, Khorog, a Swiss colleague with a
hyphenated surname, the Gorno-Badakhshan Autonomous Region, Murghob, 'the Bartang valley', Emomali Rahmon, the UN (the
International Year of Glaciers' Preservation none), the WGMS in Zurich, the Amu Darya, the Aral Sea, Barqi Tojik,
'the Rogun hydropower plant', the Aga Khan Agency for Habitat, 'the Rushan district');
1253 fr ANTA 'Antananarivo, 7 déc. 2026 (ANTA) -' (the Morondava sugar mill closes: 'Menabe :' in the headline and
'la région Menabe', SSM after its name, Analaiva, a director general full then 'M. Rakotondrabe', 'le groupe mauricien
Alteo', Port-Louis, FISEMA after its name, a union official, 'des communes de Bemanonga, Belo-sur-Tsiribihina et
Mahabo', route nationale 35, the ministry, 'le port de Toamasina' (Toamasina named nowhere else), an economist of the
Université d'Antananarivo, Namakia, 'la région Boeny', COMESA after its name, the BAD, the EU, 'la vallée de la
Tsiribihina');
1254 fr AFP 'Kigali, 7 décembre 2026 (AFP) -' (the Tour du Rwanda 2027 route (the race none): 'la forêt de Nyungwe',
'le lac Kivu', the UCI after its name, Huye, Rusizi, a race director, 'le Mur de Kimihurura', Musanze, Rubavu, the
Ferwacy after its name, Team TotalEnergies, 'la formation allemande Bike Aid', 'L'Érythréen Biniam Girmay', the
federation's president, 'le Slovène Tadej Pogačar', David Lappartient, RDB after its name, 'la chaîne française
L'Équipe', Visit Rwanda (a brand, none), a Rwandan rider, the UCI's centre at Aigle, 'en Suisse', Nyanza and Muhanga);
1255 fr Al-Watwan 'Moroni, 7 décembre 2026 (Al-Watwan) –' (a coral survey of the Mohéli park: 'parc national de
Mohéli' and 'parc de Mohéli' in the headline, the Université des Comores, ANPN after its name, Nioumachoua, 'l'îlot de
Mchaco', Itsamia, a biologist full then 'Mme Said Abdallah', Fomboni, AFD, the GEF in French, Dahari, Anjouan, IRD,
'l'université de La Réunion', the ANPN director, Ouallah and Ndrondroni, the minister by title only, Grande Comore,
'la baie de Bouni', Mitsamiouli, the COI after its name, Ebène, 'à Maurice', 'la France pour La Réunion et Mayotte',
'l'océan Indien occidental');
1256 ar ONA 'مسقط في 7 ديسمبر /العُمانية/' (the Sur desalination plant: the regulator with ل, 'محطة صور المستقلة لتحلية
مياه البحر', 'في ولاية صور بمحافظة جنوب الشرقية', 'ولايات صور وجعلان بني بو علي وجعلان بني بو حسن والكامل والوافي', its
CEO full then surname after المهندس, ACWA Power, Mitsui and Acciona in quotes with nisbas (السعودية, اليابانية, الإسبانية),
Nama Water Services, its project manager full then surname, إبراء والمضيبي, محافظة شمال الشرقية, وادي البطحاء, the power
and water procurer, the real transport minister after معالي المهندس, Japan's ambassador unnamed, مجلس الشورى, Sultan Qaboos
University, MEDRC, رأس الحد, رأس الجنز, بركاء, 'ولاية الدقم بمحافظة الوسطى', 'عُمان 2040' (a programme, none), the GCC);
1257 ar KUNA 'الكويت - 7 - 12 (كونا) --' (captagon in marble at Shuwaikh port: the customs directorate with its nisba and
'الجمارك الكويتية', 'ميناء الشويخ', 'ميناء العقبة', a colonel full then surname, a firm in quotes, 'منطقة الري', the
narcotics directorate 'التابعة لوزارة الداخلية', 'منطقة الجهراء', the director general full then surname, 'الجمارك
الأردنية والسعودية', سوريا, الأردن, 'ميناء الشعيبة ومنفذ النويصيب', a British firm in quotes, Sheikh Fahad Yousef Saud
Al-Sabah after a long title, the public prosecution, a Jordanian suspect, 'منفذ العبدلي', العراق, UNODC);
1258 ar SUNA 'بورتسودان 7 ديسمبر 2026 (سونا) -' (the Argeen crossing reopens: 'معبر أرقين', Sudanese customs, its
director full then surname after اللواء جمارك, أسوان, القاهرة والإسكندرية, 'لمنفذ قسطل المصري', the governor of 'الولاية
الشمالية', 'بين وادي حلفا ودنقلا', 'وادي حلفا وعبري', UNHCR, الخرطوم, 'ولاية الجزيرة', the Sudanese Red Crescent, the
road transport chamber and its head, أم درمان, the railways corporation, عطبرة, 'معبر أشكيت', 'لبحيرة النوبة', 'بمدينة أبو
سمبل');
1259 vi TTO 'TTO -' (HCMC metro line 2 breaks ground: 'UBND TP.HCM', the line 'Bến Thành - Tham Lương' and line 1
'Bến Thành - Suối Tiên' (places, and each end), 'ga Tham Lương' and 'depot Tham Lương', the chairman full then 'Ông
Được', 'đường Cách Mạng Tháng Tám và Trường Chinh', MAUR after its name, ADB, KfW and EIB after their Vietnamese names,
its head full then 'ông Bằng', a state builder and a Korean firm with TNHH, Siemens Mobility, 'ga Bà Quẹo', the German
ambassador, the ADB country director, the construction department and its director, Củ Chi, Tây Ninh, Thủ Dầu Một, 'sân
bay Long Thành', 'tỉnh Đồng Nai', HURC1 after its name, JICA after its name);
1260 vi TTXVN 'Jakarta, 6/12 (TTXVN) -' (Bio Farma's Bandung vaccine plant: 'thành phố Bandung, tỉnh Tây Java',
Prabowo Subianto full then 'Ông Prabowo', Bio Farma's head full then 'ông Akasya', IsDB, the Serum Institute of India in
Vietnamese, Budi Gunadi Sadikin full then 'Ông Sadikin', BPOM, WHO, a WHO representative, Gavi, UNICEF, Vabiotech after its
full name, its former chairman, Hà Nội and Surabaya, OIC; the OIC members and the packaging-plant hosts as countries);
1261 vi VTV 'VTV.vn -', in NFD (a Vietnamese Buddhist pilgrimage to India and Nepal: GHPGVN after its name, 'Bồ Đề Đạo
Tràng (Bodh Gaya)', 'bang Bihar', Thích Thiện Nhơn after 'Hòa thượng', 'tháp Đại Giác (Mahabodhi)', 'Linh Thứu
(Rajgir)', 'Đại học Nalanda', 'Vườn Lộc Uyển (Sarnath)', Varanasi, 'Câu Thi Na (Kushinagar)', 'bang Uttar Pradesh',
'cửa khẩu Sunauli', 'vườn Lâm Tỳ Ni (Lumbini)', 'Đức Phật', a monk full then 'Thầy Quảng Tâm', 'làng Sujata', the
Indian tourism ministry, BTMC after its name, the embassy and the real ambassador, Vietjet, Vietnam Airlines, Gaya, New
Delhi, a pilgrim full then 'bà Vân', 'chùa Vĩnh Nghiêm (TP.HCM)', 'Việt Nam Phật Quốc Tự', Thích Huyền Diệu, LDT);
1262 ru TDH 'АШХАБАД, 7 декабря. /ТДН/.' (a carpet weavers' cooperative in Anau: 'Ахала' in the headline and 'Ахалского
велаята', 'поселке Анау', "Гызыл гүл", 'Государственном объединении "Туркменхалы"', its chairwoman full then surname,
'Государственного коммерческого банка Туркменистана "Дайханбанк"', 'Бахарлыйского и Каахкинского этрапов', the national
carpet museum in the prepositional, 'проспекте Махтумкули', the Cabinet in a title (none), the chamber of commerce in the
genitive, the museum director, ЮНЕСКО, Гурбангулы Бердымухамедова after 'Героя-Аркадага', Аваза, 'турецкой строительной
компании "Полимекс"', Стамбуле, Дубае, UNDP in the genitive and as ПРООН, its representative, 'Марыйском и Лебапском
велаятах', Дашогузе, Сердар Бердымухамедов);
1263 ru BelTA 'МИНСК, 7 декабря (БЕЛТА) –' (the National Literary Prize's laureates (the prize none): the musical theatre
and the information ministry in the prepositional, 24 people in the nominative, dative, genitive and accusative
(Наталье Кучмель, Виктору Шнипу, Дмитрия Богославского, Виталия Лопатина, Таисии Трофимовой, Дарью Сосновскую, Артема
Кавальчука), the poet Абая, 'туркмен по происхождению', the Gorky drama theatre, 'Брестской крепости', Гомеле, two
universities in the genitive, one named after a person, the jury with 'журнала "Нёман"' and the national library, the
writers' union in the genitive, 'Издательском доме "Звязда"', 'издательстве "Мастацкая літаратура"', the real minister
and his deputy, 'казахстанский писатель', Пинске, languages listed);
1264 ru UzA 'ТАШКЕНТ, 7 декабря. /УзА/.' (a licence for a small nuclear plant: the regulator with "Узатомназорат" in
parentheses, 'Фаришском районе Джизакской области', "Узатом" and "Узатома", 'российская госкорпорация "Росатом"', 'озера
Айдаркуль', reactor types (none), the inspection head in the genitive then surname, Ростехнадзора, the IAEA in the
genitive and as МАГАТЭ, Азим Ахмедхаджаев, Ташкенте and Самарканде, the MEPhI with its quoted name, Москве, 'Кольской
АЭС', Алексей Лихачев, Рафаэль Гросси, 'Шавкатом Мирзиёевым', "Экомарказ" and its head, 'Айдар-Арнасайских озер',
'Сырдарьей', 'поселка Учкулач', a farmer);
1265 zh Xinhua '新华社内罗毕12月7日电（记者 任燕青 刘思远）' (the Mombasa tea auction: EATTA, its manager with the Latin
spelling, countries listed, '印度阿萨姆邦', KTDA after its name, its chairman, '该局' (none), '凯里乔郡', a farmer full then
surname, the real agriculture minister with the Latin spelling, 尼耶利, the real Chinese ambassador, 上海 (the import
expo none), a Chinese-owned tea trader with 有限公司 and its head, 湖南、福建和广东, the Tea Board);
1266 zh China News Service '中新网杭州12月7日电（记者 汪恩民）' (an AI-image copyright ruling: 杭州互联网法院, the defendant
with 有限公司, the plaintiff, 小红书 (an app, none), the '西湖四季' series (none), the judge, 浙江大学光华法学院 and its
professor, 北京互联网法院, 中国文字著作权协会, 国家版权局, 杭州市中级人民法院, 美国版权局, 欧盟);
1267 zh People's Daily Online '人民网贝尔格莱德12月6日电（记者 张志文）' (HBIS Serbia's solar plant at Smederevo: the
subsidiary with its short form 河钢塞钢, '斯梅戴雷沃（Smederevo）钢厂', 中国电建集团 and its subsidiary with 有限公司,
武契奇 (surname only), 多瑙河, the real energy minister with the Latin spelling, '科卢巴拉矿区', the real Chinese ambassador
李明, the subsidiary's manager, '沙巴茨分厂', '德国西门子能源公司', '拉迪纳茨村', a worker, 欧盟 (its CBAM none), the
Belgrade mechanical-engineering faculty, '西巴尔干地区').
Every invented minor name and firm was checked with grep against the articles, golds and make-gold scripts of all
earlier sets before the articles were committed; replaced after that check: Ratsimbazafy (holdout66), الحجري
(holdout46/65), المطيري (holdout36/61), Hồng Nhung (holdout17/44), Minh Quang (holdout19/39), Хабибуллин
(holdout26/42), 约万诺维奇 (holdout55), Kirsten Donovan (holdout62). Recurring as allowed: real public figures and bodies
(Kamau Thugge, John Mbadi, Jay Tarriela, Vince Dizon, Ferdinand Marcos Jr., Emomali Rahmon, Biniam Girmay, Tadej
Pogačar, David Lappartient, سعيد بن حمود المعولي, فهد يوسف سعود الصباح, Nguyễn Văn Được, Helga Barth, Prabowo Subianto,
Budi Gunadi Sadikin, Thích Thiện Nhơn, Сердар and Гурбангулы Бердымухамедов, Алесь Бадак, Марат Марков, Вадим Гигин,
Алексей Лихачев, Рафаэль Гросси, Шавкат Мирзиёев, 郭海燕, 武契奇, 李明, IMF, UNESCO, WHO, UNICEF, EU, Rosatom …), the
agencies, capitals, regions and cities.

Conventions as holdout69 and, through it, holdout60-68 (titles, ranks and honorifics no part of a name: CBK Governor,
head of research at …, Treasury Cabinet Secretary, PCG spokesperson Rear Admiral, fisherman, MARINA regional director
Engr., Transportation Secretary, President, Oriental Mindoro Governor, a glaciologist at the agency, Her Swiss
colleague, le directeur général de la société, M., Son secrétaire régional pour le Menabe, l'économiste, le directeur de
course, L'Érythréen, Le président de la Ferwacy, le Slovène, Le président de l'UCI, La coureuse rwandaise, la biologiste
marine, Mme, Le directeur de l'ANPN, المهندس, الرئيس التنفيذي لهيئة …, مدير المشروع في …, معالي المهندس … وزير …, العقيد
جمارك, مدير عام …, النائب الأول لرئيس مجلس الوزراء وزير الداخلية الشيخ, اللواء جمارك, والي …, رئيس غرفة …, Chủ tịch UBND
TP.HCM, Ông, ông, Trưởng ban MAUR, Đại sứ Đức tại Việt Nam, bà, Trưởng đại diện ADB tại Việt Nam, Giám đốc Sở …, Tổng
thống Indonesia, Chủ tịch Bio Farma, Bộ trưởng Y tế Indonesia, Đại diện …, nguyên Chủ tịch Vabiotech, Hòa thượng, Chủ
tịch Hội đồng Trị sự GHPGVN, Đại đức, Phó Ban Phật giáo quốc tế Trung ương GHPGVN, Thầy, Đại sứ, Phật tử, председатель
кооператива, Директор музея ковра, Героя-Аркадага, Представитель …, Президент Туркменистана, журналист, переводчик,
литературовед, критик, поэт, главный редактор журнала …, директор …, Председатель жюри, председатель Союза …, министр
информации, Заместитель министра, казахстанский писатель, начальника инспекции, Директор "Узатома", Генеральный директор
…, Президентом Узбекистана, Фермер, 记者, 总经理, 董事长, 茶农, 农业和畜牧业发展部长, 大使, 负责人, 原告, 主审法官, 教授,
总统, 矿业和能源部长, 总经理, 工人); a surname, a Vietnamese given name or a Russian surname in a case an alias; every
surface form an alias, Russian cases and Arabic clitic forms included; countries as ISO codes, never entities
(adjectives, nisbas, nationality nouns and names inside bodies name their country: Kenyans / Central Bank of Kenya KE,
Britain GB, Bank of Tanzania TZ, Philippine PH, Japan International Cooperation Agency JP, Tajik / Tajikistan TJ, Swiss
CH, Afghan AF, malgaches MG, mauricien / Maurice MU, Chine CN, Érythréen / Érythrée ER, Slovène SI, allemande DE,
française FR, Suisse CH, Comores KM, La Réunion RE, Mayotte YT, العُمانية OM, السعودية SA, اليابانية / اليابان JP,
الإسبانية ES, الكويتية KW, الأردنية / الأردن JO, البريطانية GB, السودانية / سوداني SD, المصري / المصرية EG, Đức DE, Hàn
Quốc KR, Nhật Bản in JICA's name JP, Ấn Độ IN, Ai Cập EG, Nepal NP, Туркменистана / туркмен TM, турецкой TR, казахского /
казахстанский KZ, китайский CN, российская / России RU, 肯尼亚 KE, 斯里兰卡 LK, 英国 GB, 中国 / 中资 / 中塞 CN, 美国 US,
塞尔维亚 RS, 德国 DE …); a currency's country none (shilling, лари); a generic word before or after a place an alias
(Bartang valley, Rushan district, Rogun hydropower plant, la région Menabe, la vallée de la Tsiribihina, forêt de
Nyungwe, lac Kivu, baie de Bouni, ولاية صور, بمحافظة جنوب الشرقية, منطقة الري, ولاية الجزيرة, thành phố Bandung, tỉnh Tây
Java, bang Bihar, làng Sujata, поселке Анау, озера Айдаркуль, поселка Учкулач, 凯里乔郡, 科卢巴拉矿区, 拉迪纳茨村);
'the coastal barangay of Silonay', 'l'îlot de Mchaco', 'des communes de Bemanonga …' with of/de give none; a place
only inside an organization's or an event's name not counted (Fribourg in its university, Hangzhou's and Belgrade's
courts and faculty (the cities counted from the datelines), TP.HCM in UBND TP.HCM, MAUR, Sở Xây dựng TP.HCM and HURC1
in 1259, Горького and Янки Купалы, the river in the novel's title 'Поле за Неманом'; Mahabodhi in BTMC counted from the
stupa, Lumbini in LDT counted from the garden, océan Indien in the COI counted from 'l'océan Indien occidental'); a facility named like a place not otherwise named is
that place's alias (port de Toamasina -> Toamasina, ميناء الشويخ -> الشويخ, ميناء العقبة -> العقبة, ميناء الشعيبة, منفذ
النويصيب, منفذ العبدلي, معبر أرقين, لمنفذ قسطل, معبر أشكيت, ga Bà Quẹo -> Bà Quẹo, sân bay Long Thành -> Long Thành, cửa
khẩu Sunauli -> Sunauli, 沙巴茨分厂 -> 沙巴茨), while one named like a place that is named is a place apart (Batangas Port
beside Batangas, the Calapan port terminal beside Calapan, محطة صور المستقلة لتحلية مياه البحر beside صور, ga Tham Lương
and depot Tham Lương beside Tham Lương, 斯梅戴雷沃钢厂 beside 斯梅戴雷沃); power plants places (Rogun, Кольская АЭС, as
Рогунская ГЭС in holdout44); a metro line named by its ends a place and each end a place (Bến Thành - Tham Lương,
Bến Thành - Suối Tiên, as holdout52 and holdout66), its number ('metro số 2', 'metro số 1') an alias; coordinated
adjectives over one plural noun: the last carries the noun as written, the first is its bare word ('Бахарлыйского и
Каахкинского этрапов', 'Марыйском и Лебапском велаятах', as holdout66); a plural noun before a list gives its first item
the noun ('ولايات صور'); a name in another script in parentheses an alias (Bodh Gaya, Mahabodhi, Rajgir, Sarnath,
Kushinagar, Lumbini, George Otieno, Mutahi Kagwe, Smederevo, Dubravka Đedović Handanović); a legal form before a
quoted name ('Государственном объединении "Туркменхалы"', 'Издательском доме "Звязда"') an alias with the quoted name;
national parks, reserves, lakes, seas, oceans, glaciers, valleys, fortresses, temples and stupas places; ships,
reactor types, brands, apps, books, plays, prizes, programmes, races and fairs none (Tour du Rwanda, Tour de France,
Visit Rwanda, РИТМ-200Н, ВВЭР-1000, "Поле за Неманом", "Отец", Национальная литературная премия, День туркменского ковра,
День белорусской письменности, عُمان 2040, 小红书, “西湖四季”, 中国国际进口博览会, 欧盟碳边境调节机制, the NSE 20 index,
the International Year of Glaciers' Preservation); governments none (the government, الحكومة المصرية, حكومة الولاية);
legal forms outside a Latin-script, Arabic or Russian canonical (Inc.) but inside a Vietnamese or Chinese one (Công ty
TNHH …, …有限公司). New here:
- a territory with an ISO code of its own (La Réunion, Mayotte) is that country (RE, YT) and no place, as Hong Kong and
  Macau in holdout21/40; 'l'université de La Réunion' names RE too;
- a named ocean ('l'océan Indien occidental') a place, as the Southern Ocean in holdout66, while a multi-country region
  (Central Asia, Đông Nam Á, دول الخليج, 中东, 西巴尔干地区, les provinces, 'western Kenya', miền Trung) none;
- a national team named only by its country ('l'équipe nationale d'Érythrée') none, as a government;
- a language named by a country's adjective names that country where the adjective is the country's (китайский CN,
  казахский KZ, as créole haïtien HT in holdout69), 'русский' (the language, not российский) none;
- an ancient university visited as ruins ('Đại học Nalanda') a place; the Buddha ('Đức Phật') a person;
- a provincial title naming a place written nowhere else ('والي الولاية الشمالية') still gives the place;
- a magazine ('журнала "Нёман"') an organization, as newspapers;
- a group written alone and in its subsidiary's name (河钢 / 河钢集团塞尔维亚公司) two organizations, as holdout69's
  subsidiaries; a college written with its university one organization (浙江大学光华法学院, 贝尔格莱德大学机械工程学院);
- the PCG's regional district (Coast Guard District Southern Tagalog) an organization apart from the PCG.
Countries: GB, KE, TZ, UG, US (1250); JP, PH (1251); AF, CH, TJ, TM, UZ (1252: Zurich names no Switzerland but Swiss
does); BR, CN, IN, MG, MU, TH (1253); BI, CH, DE, ER, ET, FR, KE, RW, SI, UG (1254); FR, KM, MG, MU, RE, SC, YT (1255);
ES, JP, OM, SA (1256); GB, IQ, JO, KW, SA, SY (1257); EG, SD (1258); DE, JP, KR, VN (1259); BD, EG, ID, IN, KR, MY,
NG, PK, VN (1260); IN, NP, VN (1261); CN, RU, TM, TR (1262: Стамбуле and Дубае name none); BY, CN, KZ, TM (1263);
KZ, RU, UZ (1264: Москве names no Russia, российская does); BI, CN, EG, ET, GB, IN, KE, LK, PK, RW, TZ, UG (1265);
CN, US (1266); CN, DE, RS (1267).
Judgement calls: 'Calapan' the city with 'CALAPAN CITY' its alias; 'Philippine News Agency' the dateline's PNA; 'Coast
Guard' an alias of the PCG; 'Pamirs' the range with the headline's 'Pamir' an alias; 'Fedchenko' an alias of the
glacier; 'Ferwacy' as written (not upper-cased); 'parc national de Mohéli' the park (the island not otherwise named);
'Mur de Kimihurura' a place (a named climb); 'Monetary Policy Committee' an organization; 'Al-Watwan', 'VTV.vn', 'TTO',
'ТДН' and 'УзА' the datelines' agencies; 'Nama Water Services' with its شركة (its official name); 'Vĩnh Nghiêm' the
temple with 'chùa Vĩnh Nghiêm' its alias; 'Lâm Tỳ Ni' the garden with 'vườn Lâm Tỳ Ni' and 'Lumbini' its aliases;
'Абай' a person by his given name; 'Дайханбанк' with the bank's full name its lemma; '该局' none; 武契奇 a person by
surname only."""
import os
from goldlib import P, O, L, check_gold, write_gold

G = {
 "1250_en.txt": ("en", ["GB", "KE", "TZ", "UG", "US"], [
  (L, "Nairobi", ["NAIROBI"]), (O, "Reuters", []), (O, "Central Bank of Kenya", ["CBK"]),
  (O, "Monetary Policy Committee", []), (O, "Kenya National Bureau of Statistics", []), (L, "Rift Valley", []),
  (P, "Kamau Thugge", ["Thugge"]), (P, "Ruth Wanjiku-Mbogo", ["Wanjiku-Mbogo"]), (O, "Kilima Securities", []),
  (P, "John Mbadi", []), (O, "National Treasury", []), (O, "Parliament", []), (O, "KCB Group", []),
  (O, "Equity Bank", []), (O, "Nairobi Securities Exchange", []), (O, "International Monetary Fund", []),
  (O, "Bank of Tanzania", []), (L, "Mombasa", []), (O, "Coast Development Institute", []), (L, "Kericho", []),
  (L, "Nyeri", []), (P, "Duncan Miriri", []), (P, "Peter Graff", [])]),
 "1251_en.txt": ("en", ["JP", "PH"], [
  (L, "Calapan", ["CALAPAN CITY"]), (L, "Oriental Mindoro", []), (O, "Philippine News Agency", ["PNA"]),
  (L, "Mindoro", []), (L, "Verde Island Passage", []), (O, "Philippine Coast Guard", ["PCG", "Coast Guard"]),
  (O, "Tablas Straits Shipping Lines", ["Tablas Straits Shipping Lines Inc."]), (L, "Batangas Port", []),
  (L, "Batangas", []), (L, "Baco Island", []), (P, "Jay Tarriela", []),
  (O, "Coast Guard District Southern Tagalog", []), (L, "Puerto Galera", []), (L, "Silonay", []),
  (O, "Oriental Mindoro Provincial Hospital", []), (P, "Rodel Macaraig", ["Macaraig"]),
  (O, "Maritime Industry Authority", ["MARINA"]), (P, "Liza Bautista-Ocampo", []), (O, "PAGASA", []),
  (L, "Marinduque", []), (P, "Vince Dizon", []), (P, "Ferdinand Marcos Jr.", []),
  (O, "Department of Social Welfare and Development", []), (P, "Humerlito Dolor", []),
  (L, "Calapan port terminal", []), (L, "Roxas", []), (L, "Pinamalayan", []), (L, "Bongabong", []),
  (O, "Philippine Navy", []), (O, "Philippine Air Force", []), (O, "Japan International Cooperation Agency", []),
  (L, "Basilan", [])]),
 "1252_en.txt": ("en", ["AF", "CH", "TJ", "TM", "UZ"], [
  (L, "Dushanbe", ["DUSHANBE"]), (O, "Asia-Plus", []), (L, "Pamirs", ["Pamir"]),
  (L, "Fedchenko Glacier", ["Fedchenko"]), (O, "Agency for Hydrometeorology", []),
  (O, "Committee for Environmental Protection", []), (O, "University of Fribourg", []),
  (O, "University of Central Asia", ["UCA"]), (O, "Swiss Agency for Development and Cooperation", ["SDC"]),
  (L, "Panj", []), (L, "Vakhsh", []), (P, "Dilnoza Rahimzoda", ["Rahimzoda"]), (L, "Khorog", []),
  (P, "Matthias Egli-Brunner", ["Egli-Brunner"]), (L, "Gorno-Badakhshan Autonomous Region", []),
  (L, "Murghob", []), (L, "Bartang", ["Bartang valley"]), (P, "Emomali Rahmon", []), (O, "United Nations", []),
  (O, "World Glacier Monitoring Service", []), (L, "Zurich", []), (L, "Amu Darya", []), (L, "Aral Sea", []),
  (O, "Barqi Tojik", []), (L, "Rogun", ["Rogun hydropower plant"]), (O, "Aga Khan Agency for Habitat", []),
  (L, "Rushan", ["Rushan district"])]),
 "1253_fr.txt": ("fr", ["BR", "CN", "IN", "MG", "MU", "TH"], [
  (L, "Antananarivo", []), (O, "ANTA", []), (L, "Menabe", ["région Menabe"]), (L, "Morondava", []),
  (O, "Société sucrière du Menabe", ["SSM"]), (L, "Analaiva", []),
  (P, "Jean-Aimé Rakotondrabe", ["Rakotondrabe"]), (O, "Alteo", []), (L, "Port-Louis", []),
  (O, "Fédération des syndicats des travailleurs de Madagascar", ["FISEMA"]), (P, "Hery Randriamanantsoa", []),
  (L, "Bemanonga", []), (L, "Belo-sur-Tsiribihina", []), (L, "Mahabo", []), (L, "route nationale 35", []),
  (O, "ministère de l'Industrialisation et du Commerce", []), (L, "Toamasina", ["port de Toamasina"]),
  (P, "Fanja Rasoanaivo", []), (O, "Université d'Antananarivo", []), (L, "Namakia", []),
  (L, "Boeny", ["région Boeny"]), (O, "Marché commun de l'Afrique orientale et australe", ["COMESA"]),
  (O, "Banque africaine de développement", []), (O, "Union européenne", []),
  (L, "Tsiribihina", ["vallée de la Tsiribihina"])]),
 "1254_fr.txt": ("fr", ["BI", "CH", "DE", "ER", "ET", "FR", "KE", "RW", "SI", "UG"], [
  (L, "Kigali", []), (O, "AFP", []), (L, "Nyungwe", ["forêt de Nyungwe"]), (L, "Kivu", ["lac Kivu"]),
  (O, "Union cycliste internationale", ["UCI"]), (L, "Huye", []), (L, "Rusizi", []),
  (P, "Olivier Mugabo-Kayitare", []), (L, "Mur de Kimihurura", []), (L, "Musanze", []), (L, "Rubavu", []),
  (O, "Fédération rwandaise de cyclisme", ["Ferwacy"]), (O, "Team TotalEnergies", []), (O, "Bike Aid", []),
  (P, "Biniam Girmay", []), (P, "Samson Ndayishimiye", []), (P, "Tadej Pogačar", []),
  (P, "David Lappartient", []), (O, "Office rwandais de développement", ["RDB"]), (O, "L'Équipe", []),
  (P, "Diane Ingabire", []), (O, "Centre mondial du cyclisme", []), (L, "Aigle", []), (L, "Nyanza", []),
  (L, "Muhanga", [])]),
 "1255_fr.txt": ("fr", ["FR", "KM", "MG", "MU", "RE", "SC", "YT"], [
  (L, "Moroni", []), (O, "Al-Watwan", []), (L, "parc national de Mohéli", ["parc de Mohéli"]),
  (O, "Université des Comores", []), (O, "Agence nationale des parcs nationaux", ["ANPN"]),
  (L, "Nioumachoua", []), (L, "Mchaco", []), (L, "Itsamia", []),
  (P, "Nadjma Said Abdallah", ["Said Abdallah"]), (L, "Fomboni", []),
  (O, "Agence française de développement", ["AFD"]), (O, "Fonds pour l'environnement mondial", []),
  (O, "Dahari", []), (L, "Anjouan", []), (O, "Institut de recherche pour le développement", ["IRD"]),
  (O, "université de La Réunion", []), (P, "Ibrahim Mohamed Soilihi", []), (L, "Ouallah", []),
  (L, "Ndrondroni", []), (L, "Grande Comore", []), (L, "Bouni", ["baie de Bouni"]), (L, "Mitsamiouli", []),
  (O, "Commission de l'océan Indien", ["COI"]), (L, "Ebène", []), (L, "océan Indien", [])]),
 "1256_ar.txt": ("ar", ["ES", "JP", "OM", "SA"], [
  (L, "مسقط", ["محافظة مسقط"]), (O, "وكالة الأنباء العُمانية", ["العُمانية", "لوكالة الأنباء العُمانية"]),
  (O, "هيئة تنظيم الخدمات العامة", ["لهيئة تنظيم الخدمات العامة"]),
  (L, "محطة صور المستقلة لتحلية مياه البحر", []), (L, "صور", ["ولاية صور", "ولايات صور"]),
  (L, "جنوب الشرقية", ["محافظة جنوب الشرقية", "بمحافظة جنوب الشرقية"]),
  (P, "سالم بن حمد العبري", ["العبري"]), (L, "جعلان بني بو علي", ["وجعلان بني بو علي"]),
  (L, "جعلان بني بو حسن", ["وجعلان بني بو حسن"]), (L, "الكامل", ["والكامل"]), (L, "الوافي", ["والوافي"]),
  (O, "أكوا باور", []), (O, "ميتسوي", []), (O, "أكسيونا", []), (P, "خالد بن سعيد الشكيلي", ["الشكيلي"]),
  (O, "شركة نماء لخدمات المياه", []), (L, "إبراء", []), (L, "المضيبي", ["والمضيبي"]),
  (L, "شمال الشرقية", ["محافظة شمال الشرقية"]), (L, "وادي البطحاء", []),
  (O, "الشركة العُمانية لشراء الطاقة والمياه", []), (P, "سعيد بن حمود المعولي", []), (O, "مجلس الشورى", []),
  (O, "جامعة السلطان قابوس", []), (O, "مركز الشرق الأوسط لأبحاث تحلية المياه", []), (L, "رأس الحد", []),
  (L, "رأس الجنز", []), (L, "بركاء", []), (L, "الدقم", ["ولاية الدقم"]), (L, "الوسطى", ["بمحافظة الوسطى"]),
  (O, "مجلس التعاون لدول الخليج العربية", [])]),
 "1257_ar.txt": ("ar", ["GB", "IQ", "JO", "KW", "SA", "SY"], [
  (L, "الكويت", []), (O, "وكالة الأنباء الكويتية", ["كونا", "لوكالة الأنباء الكويتية"]),
  (O, "الإدارة العامة للجمارك", ["الإدارة العامة للجمارك الكويتية", "الجمارك الكويتية"]),
  (L, "الشويخ", ["ميناء الشويخ"]), (L, "العقبة", ["ميناء العقبة"]), (P, "مشعل فهد العازمي", ["العازمي"]),
  (O, "الصفوة لتجارة مواد البناء", []), (L, "الري", ["منطقة الري"]),
  (O, "الإدارة العامة لمكافحة المخدرات", []), (O, "وزارة الداخلية", ["لوزارة الداخلية"]),
  (L, "الجهراء", ["منطقة الجهراء"]), (P, "سليمان الفهد", ["الفهد"]), (O, "الجمارك الأردنية", []),
  (L, "الشعيبة", ["ميناء الشعيبة"]), (L, "النويصيب", ["منفذ النويصيب"]), (O, "سميث ديتكشن", []),
  (P, "فهد يوسف سعود الصباح", []), (O, "النيابة العامة", []), (L, "العبدلي", ["منفذ العبدلي"]),
  (O, "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", [])]),
 "1258_ar.txt": ("ar", ["EG", "SD"], [
  (L, "بورتسودان", []), (O, "وكالة السودان للأنباء", ["سونا", "لوكالة السودان للأنباء"]),
  (L, "أرقين", ["معبر أرقين"]), (O, "هيئة الجمارك السودانية", []), (P, "عثمان الطيب الأمين", ["الأمين"]),
  (L, "أسوان", []), (L, "القاهرة", []), (L, "الإسكندرية", ["والإسكندرية"]), (L, "قسطل", ["منفذ قسطل"]),
  (L, "الولاية الشمالية", []), (P, "عابدين عوض الله", []), (L, "وادي حلفا", []), (L, "دنقلا", ["ودنقلا"]),
  (L, "عبري", ["وعبري"]), (O, "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", []), (L, "الخرطوم", []),
  (L, "الجزيرة", ["ولاية الجزيرة"]), (O, "جمعية الهلال الأحمر السوداني", []),
  (O, "غرفة النقل البري السودانية", []), (P, "محمد عبد الرحيم الشايقي", []), (L, "أم درمان", []),
  (O, "الهيئة القومية للسكك الحديد", []), (L, "عطبرة", ["وعطبرة"]), (L, "أشكيت", ["معبر أشكيت"]),
  (L, "بحيرة النوبة", ["لبحيرة النوبة"]), (L, "أبو سمبل", ["بمدينة أبو سمبل"])]),
 "1259_vi.txt": ("vi", ["DE", "JP", "KR", "VN"], [
  (O, "TTO", []), (O, "UBND TP.HCM", []), (L, "Bến Thành - Tham Lương", ["metro số 2"]), (L, "Bến Thành", []),
  (L, "Tham Lương", []), (P, "Nguyễn Văn Được", ["Được"]), (L, "ga Tham Lương", []),
  (L, "Cách Mạng Tháng Tám", ["đường Cách Mạng Tháng Tám"]), (L, "Trường Chinh", []),
  (L, "Bến Thành - Suối Tiên", ["metro số 1"]), (L, "Suối Tiên", []),
  (O, "Ban Quản lý đường sắt đô thị TP.HCM", ["MAUR"]), (L, "depot Tham Lương", []),
  (O, "Ngân hàng Phát triển châu Á", ["ADB"]), (O, "Ngân hàng Tái thiết Đức", ["KfW"]),
  (O, "Ngân hàng Đầu tư châu Âu", ["EIB"]), (P, "Phan Công Bằng", ["Bằng"]),
  (O, "Tổng công ty Xây dựng Thăng Long", []), (O, "Công ty TNHH Kỹ thuật Xây dựng Namhae", []),
  (O, "Siemens Mobility", []), (L, "Bà Quẹo", ["ga Bà Quẹo"]), (P, "Helga Barth", []),
  (P, "Shantanu Chakraborty", []), (P, "Trần Quang Lâm", []), (O, "Sở Xây dựng TP.HCM", []), (L, "Củ Chi", []),
  (L, "Tây Ninh", []), (L, "Thủ Dầu Một", []), (L, "Long Thành", ["sân bay Long Thành"]),
  (L, "Đồng Nai", ["tỉnh Đồng Nai"]), (O, "Công ty TNHH MTV Đường sắt đô thị số 1 TP.HCM", ["HURC1"]),
  (O, "Cơ quan Hợp tác Quốc tế Nhật Bản", ["JICA"])]),
 "1260_vi.txt": ("vi", ["BD", "EG", "ID", "IN", "KR", "MY", "NG", "PK", "VN"], [
  (L, "Jakarta", []), (O, "TTXVN", []), (O, "Bio Farma", []), (L, "Bandung", ["thành phố Bandung"]),
  (L, "Tây Java", ["tỉnh Tây Java"]), (P, "Prabowo Subianto", ["Prabowo"]), (P, "Shadiq Akasya", ["Akasya"]),
  (O, "Ngân hàng Phát triển Hồi giáo", ["IsDB"]), (O, "Viện Huyết thanh Ấn Độ", []),
  (P, "Budi Gunadi Sadikin", ["Sadikin"]), (O, "Cơ quan Giám sát Thuốc và Thực phẩm Indonesia", ["BPOM"]),
  (O, "Tổ chức Y tế Thế giới", ["WHO"]), (P, "Maria Ximena Ortega-Lindh", []),
  (O, "Liên minh Vắc-xin toàn cầu", ["Gavi"]), (O, "Quỹ Nhi đồng Liên hợp quốc", ["UNICEF"]),
  (O, "Công ty TNHH MTV Vắc-xin và Sinh phẩm số 1", ["Vabiotech"]), (P, "Đỗ Tuấn Đạt", []), (L, "Hà Nội", []),
  (L, "Surabaya", []), (O, "Tổ chức Hợp tác Hồi giáo", ["OIC"])]),
 "1261_vi.txt": ("vi", ["IN", "NP", "VN"], [
  (O, "VTV.vn", []), (O, "Giáo hội Phật giáo Việt Nam", ["GHPGVN"]), (L, "Bồ Đề Đạo Tràng", ["Bodh Gaya"]),
  (L, "Bihar", ["bang Bihar"]), (P, "Thích Thiện Nhơn", []), (L, "Đại Giác", ["tháp Đại Giác", "Mahabodhi"]),
  (L, "Linh Thứu", ["Rajgir"]), (L, "Đại học Nalanda", []), (L, "Vườn Lộc Uyển", ["Sarnath"]),
  (L, "Varanasi", ["thành phố Varanasi"]), (L, "Câu Thi Na", ["Kushinagar"]),
  (L, "Uttar Pradesh", ["bang Uttar Pradesh"]), (L, "Sunauli", ["cửa khẩu Sunauli"]),
  (L, "Lâm Tỳ Ni", ["vườn Lâm Tỳ Ni", "Lumbini"]), (P, "Đức Phật", []), (P, "Thích Quảng Tâm", ["Quảng Tâm"]),
  (L, "Sujata", ["làng Sujata"]), (O, "Bộ Du lịch Ấn Độ", []), (O, "Ủy ban quản lý đền Mahabodhi", ["BTMC"]),
  (O, "Đại sứ quán Việt Nam tại Ấn Độ", []), (P, "Nguyễn Thanh Hải", []), (O, "Vietjet", []),
  (O, "Vietnam Airlines", []), (L, "Hà Nội", []), (L, "TP.HCM", []), (L, "Gaya", []), (L, "New Delhi", []),
  (P, "Nguyễn Thị Thanh Vân", ["Vân"]), (L, "Vĩnh Nghiêm", ["chùa Vĩnh Nghiêm"]),
  (L, "Việt Nam Phật Quốc Tự", []), (P, "Thích Huyền Diệu", []), (O, "Quỹ Phát triển Lumbini", ["LDT"])]),
 "1262_ru.txt": ("ru", ["CN", "RU", "TM", "TR"], [
  (L, "Ашхабад", ["АШХАБАД", "Ашхабаде"]), (O, "ТДН", []),
  (L, "Ахалский велаят", ["Ахалского велаята", "Ахала"]), (L, "Анау", ["поселке Анау"]), (O, "Гызыл гүл", []),
  (O, "Туркменхалы", ["Государственном объединении \"Туркменхалы\""]),
  (P, "Огулджемал Аннамурадова", ["Аннамурадова"]),
  (O, "Государственный коммерческий банк Туркменистана \"Дайханбанк\"",
   ["Государственного коммерческого банка Туркменистана \"Дайханбанк\"", "Дайханбанк"]),
  (L, "Бахарлыйский этрап", ["Бахарлыйского"]), (L, "Каахкинский этрап", ["Каахкинского этрапов"]),
  (O, "Национальный музей туркменского ковра", ["Национальном музее туркменского ковра"]),
  (L, "проспект Махтумкули", ["проспекте Махтумкули"]),
  (O, "Торгово-промышленная палата", ["Торгово-промышленной палаты"]), (P, "Гульнара Сапармаммедова", []),
  (O, "ЮНЕСКО", []), (P, "Гурбангулы Бердымухамедов", ["Гурбангулы Бердымухамедова"]), (L, "Аваза", []),
  (O, "Полимекс", []), (L, "Стамбул", ["Стамбуле"]), (L, "Дубай", ["Дубае"]),
  (O, "Программа развития ООН", ["Программы развития ООН", "ПРООН"]), (P, "Джейхун Мамедли", []),
  (L, "Марыйский велаят", ["Марыйском"]), (L, "Лебапский велаят", ["Лебапском велаятах"]),
  (L, "Дашогуз", ["Дашогузе"]), (P, "Сердар Бердымухамедов", [])]),
 "1263_ru.txt": ("ru", ["BY", "CN", "KZ", "TM"], [
  (L, "Минск", ["МИНСК", "Минске"]), (O, "БЕЛТА", []),
  (O, "Белорусский государственный академический музыкальный театр",
   ["Белорусском государственном академическом музыкальном театре"]),
  (O, "Министерство информации Беларуси", ["Министерстве информации Беларуси"]), (P, "Алесь Бадак", []),
  (P, "Наталья Кучмель", ["Наталье Кучмель"]), (P, "Виктор Шнип", ["Виктору Шнипу"]),
  (P, "Людмила Воробей", []), (P, "Михаил Поздняков", []), (P, "Юлия Алейченко-Гурская", []),
  (P, "Дмитрий Богославский", ["Дмитрия Богославского"]),
  (O, "Национальный академический драматический театр имени Горького", []),
  (P, "Ирина Марачкова-Скоробогатая", []), (P, "Сергей Мойсейчик", []),
  (L, "Брестская крепость", ["Брестской крепости"]), (P, "Виталий Лопатин", ["Виталия Лопатина"]),
  (P, "Абай", ["Абая"]), (P, "Таисия Трофимова", ["Таисии Трофимовой"]), (P, "Мерген Атаджанов", []),
  (L, "Гомель", ["Гомеле"]),
  (O, "Белорусский государственный университет", ["Белорусского государственного университета"]),
  (P, "Дарья Сосновская", ["Дарью Сосновскую"]),
  (O, "Гродненский государственный университет имени Янки Купалы",
   ["Гродненского государственного университета имени Янки Купалы"]),
  (P, "Артем Кавальчук", ["Артема Кавальчука"]), (P, "Тамара Липская-Ворончук", []),
  (P, "Андрей Гончаревич", []), (P, "Михась Пазняк-Ляхович", []), (O, "Нёман", []), (P, "Зинаида Пашкевич", []),
  (O, "Национальная библиотека Беларуси", ["Национальной библиотеки Беларуси"]), (P, "Вадим Гигин", []),
  (O, "Союз писателей Беларуси", ["Союза писателей Беларуси"]),
  (P, "Александр Карлюкевич", ["Карлюкевич"]),
  (O, "Издательский дом \"Звязда\"", ["Издательском доме \"Звязда\"", "Звязда"]),
  (O, "Мастацкая літаратура", []), (P, "Марат Марков", []), (P, "Игорь Бузовский", []),
  (P, "Ермек Жунусбеков", []), (L, "Пинск", ["Пинске"])]),
 "1264_ru.txt": ("ru", ["KZ", "RU", "UZ"], [
  (L, "Ташкент", ["ТАШКЕНТ", "Ташкенте"]), (O, "УзА", []),
  (O, "Инспекция по ядерной и радиационной безопасности при Кабинете министров Республики Узбекистан",
   ["Узатомназорат"]),
  (L, "Фаришский район", ["Фаришском районе"]), (L, "Джизакская область", ["Джизакской области"]),
  (O, "Агентство по развитию атомной энергетики", ["Узатом", "Узатома"]), (O, "Росатом", ["Росатома"]),
  (L, "Айдаркуль", ["озера Айдаркуль"]), (P, "Фаррух Юсупов", ["Фарруха Юсупова", "Юсупов"]),
  (O, "Ростехнадзор", ["Ростехнадзора"]),
  (O, "Международное агентство по атомной энергии", ["Международного агентства по атомной энергии", "МАГАТЭ"]),
  (P, "Азим Ахмедхаджаев", []), (L, "Самарканд", ["Самарканде"]),
  (O, "Национальный исследовательский ядерный университет \"МИФИ\"",
   ["Национальном исследовательском ядерном университете \"МИФИ\"", "МИФИ"]),
  (L, "Москва", ["Москве"]), (L, "Кольская АЭС", ["Кольской АЭС"]), (P, "Алексей Лихачев", []),
  (P, "Рафаэль Гросси", []), (P, "Шавкат Мирзиёев", ["Шавкатом Мирзиёевым"]), (O, "Экомарказ", []),
  (P, "Дилфуза Нормуродова", []), (L, "Айдар-Арнасайские озера", ["Айдар-Арнасайских озер"]),
  (L, "Сырдарья", ["Сырдарьей"]), (L, "Учкулач", ["поселка Учкулач"]), (P, "Бахтиёр Рахимов", [])]),
 "1265_zh.txt": ("zh", ["BI", "CN", "EG", "ET", "GB", "IN", "KE", "LK", "PK", "RW", "TZ", "UG"], [
  (O, "新华社", []), (L, "内罗毕", []), (P, "任燕青", []), (P, "刘思远", []), (O, "东非茶叶贸易协会", []),
  (L, "蒙巴萨", []), (P, "乔治·奥蒂诺", ["George Otieno"]), (L, "阿萨姆邦", []),
  (O, "肯尼亚茶叶发展局", ["KTDA"]), (P, "切格·基伦迪", []), (L, "凯里乔", ["凯里乔郡"]),
  (P, "克里斯托弗·基普罗诺", ["基普罗诺"]), (P, "穆塔希·卡格韦", ["Mutahi Kagwe"]), (L, "尼耶利", []),
  (P, "郭海燕", []), (L, "上海", []), (O, "东非华茶贸易有限公司", []), (P, "孙立平", []), (L, "湖南", []),
  (L, "福建", []), (L, "广东", []), (O, "肯尼亚茶叶局", [])]),
 "1266_zh.txt": ("zh", ["CN", "US"], [
  (O, "中新网", []), (L, "杭州", []), (P, "汪恩民", []), (O, "杭州互联网法院", []),
  (O, "杭州云栖墨语文化传媒有限公司", []), (P, "陈思源", []), (P, "俞梦婷", []), (O, "浙江大学光华法学院", []),
  (P, "李永明", []), (O, "北京互联网法院", []), (O, "中国文字著作权协会", []), (O, "国家版权局", []),
  (O, "杭州市中级人民法院", []), (O, "美国版权局", []), (O, "欧盟", [])]),
 "1267_zh.txt": ("zh", ["CN", "DE", "RS"], [
  (O, "人民网", []), (L, "贝尔格莱德", []), (P, "张志文", []), (O, "河钢集团塞尔维亚公司", ["河钢塞钢"]),
  (L, "斯梅戴雷沃", ["Smederevo"]), (L, "斯梅戴雷沃钢厂", []), (O, "中国电建集团", []),
  (O, "山东电力建设第三工程有限公司", []), (P, "武契奇", []), (O, "河钢", []), (L, "多瑙河", []),
  (P, "杜布拉夫卡·乔埃多维奇－汉达诺维奇", ["Dubravka Đedović Handanović"]), (L, "科卢巴拉", ["科卢巴拉矿区"]),
  (P, "李明", []), (P, "宋思林", []), (L, "沙巴茨", ["沙巴茨分厂"]), (O, "西门子能源公司", []),
  (L, "拉迪纳茨", ["拉迪纳茨村"]), (P, "米兰·拉多萨夫列维奇", []), (O, "欧盟", []),
  (O, "贝尔格莱德大学机械工程学院", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout70", G)
write_gold(here, "holdout70", "holdout70-gold.json", G)
