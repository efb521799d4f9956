#!/usr/bin/env python3
"""Writes holdout56-gold.json for the articles in holdout56/ (same format and conventions as make-gold-holdout54.py,
make-gold-holdout52.py, make-gold-holdout50.py and make-gold-holdout45.py, and for Belarusian and Kazakh as
make-gold-holdout39.py, for suffixed names as make-gold-holdout37.py). LANGUAGES THE PROJECT HAS BARELY BEEN TESTED ON,
near the bundled corpus's subject (Belarus, Kazakhstan, Uzbekistan, Azerbaijan, China, Vietnam): half diplomacy, trade
and regional officials, half ordinary domestic news (a hockey match, a hospital wing, a snowstorm, an Independence Day
ice festival, a subsidy-fraud trial, a football match, a maize harvest, a volcanic eruption, floods), with REAL public
figures, companies, bodies and places mixed with invented minor people, firms and villages: 4 be (Cyrillic, ў and і),
4 kk (Cyrillic, ә ғ қ ң ө ұ ү һ і, suffixes glued to names), 2 uz (Latin, o‘ g‘ with U+2018 and the ’ tutuq belgisi,
suffixes glued to names), 2 az (Latin, ə ı ğ ş ç ö ü, suffixes glued to names and after a closing quote), 3 id, 3 ms:
984 be BELTA 'ЦЗІНАНЬ, 16 снежня. /БЕЛТА/. –' (Vitebsk oblast and Shandong sign a road map; Віцебскага аблвыканкама,
'намеснік губернатара правінцыі Шаньдун Лю Цзяньвэй', ААТ "Аршанскі льнокамбінат", "Вэйфан Хуасін Тэкстыль", ААТ
"Віцебскія дываны", станцыю Орша-Цэнтральная / Оршы, "Шаньдун Улянь Аграмаш", Шаньдунскі ўніверсітэт, ВДУ імя
П. М. Машэрава, Цэнтр кітайскай мовы і культуры, Пасольстве Беларусі ў Кітаі); 985 be Zviazda-style, no dateline
(hockey: "Нёман" 4:2 "Юнацтва"; clubs in quotes and cases ("Нёмана", "Шахцёра", "Металургу"), a club named "Гомель"
with no city Gomel in the text, "Дынама" beside "Дынама-Маладзечна", "Чыжоўка-Арэне", players in the genitive and
accusative (Арсенія Цішкевіча, Кірыла Ламаку), расіянін / Канадскі, Федэрацыі хакея Рэспублікі Беларусь, city adjectives
гродзенскі / мінскае / салігорскі, 'у Салігорску', 'з Жлобіна', Кантынентальнай хакейнай лізе); 986 be no dateline (a
new surgical wing at the Grodno regional children's hospital; Гродзенскага аблвыканкама, Юрый Караеў, Аляксандр
Хаджаеў, вуліцы Ажэшка / Горкага, ААТ "Гроднапрамбуд", нямецкай Drägerwerk, кітайскай United Imaging, 'ад Ліды і Ашмян
да Ваўкавыска і Слоніма', 2-й гарадской дзіцячай клінічнай бальніцай, Смаргоні, вёскі Падлабна Гродзенскага раёна);
987 be BELTA 'МІНСК, 16 снежня. /БЕЛТА/. –' (Lukashenko receives Azerbaijan's deputy PM; Шахінам Мустафаевым,
Ільхамам Аліевым (instrumental only), Палацы Незалежнасці, Гянджынскім аўтамабільным заводзе / Гянджы, тракторы
"Беларус" (a product), Мінскага трактарнага завода, МАЗ, ААТ "БЕЛАЗ", Бакінскім міжнародным марскім гандлёвым портам у
Алаце, Нацыянальнага статыстычнага камітэта); 988 kk Kazinform 'АСТАНА. KAZINFORM –' (Tokayev receives Ding Xuexiang;
Дин Сюэсянды, Ақордада / Ақорданың, Си Цзиньпинмен / Си Цзиньпинге, 'Достық – Мойынты теміржолының', 'Бақты – Аягөз
желісінің', Пекин for China's government, 'Қорғас – Шығыс қақпасы арнайы экономикалық аймағы', «Самұрық-Энерго» АҚ,
«Пауэр Чайна» корпорациясы, Олжас Бектеновпен, ҚР Сауда және интеграция министрлігінің); 989 kk Kazinform 'ТҮРКІСТАН.
KAZINFORM –' (the Turkistan and Tashkent regions' border-trade road map; Сарыағаш ауданында / Сарыағаштағы, хокимінің,
«Жібек жолы» / «Қазығұрт» өткізу пункті, «Орталық Азия» халықаралық өнеркәсіптік кооперация орталығының, ЖШС, 'Келес,
Бекабад және Чирчик қалаларының', Бекабад металлургия комбинатына, Жетісай аудандық ауруханасы, Ташкент педиатрия
медициналық институты, «Асыл Бұлақ» шипажайында, Ангрен қаласында); 990 kk Kazinform 'АСТАНА. KAZINFORM –' (a
snowstorm closes highways; 'Ақмола және Қарағанды облыстарында', 'Астана – Қарағанды тас жолының', 'Астана – Петропавл
бағытындағы', 'Қарағанды – Балқаш жолында', «Қазгидромет» РМК, 'Осакаров және Ерейментау аудандарында', Ерейментау the
town, Төтенше жағдайлар министрлігінің Ақмола облысы бойынша департаменті, «Qarmet» АҚ (Latin in Cyrillic text),
Air Astana, FlyArystan, Көкшетауға / Көкшетауда, Қостанайға, «Қазақстан темір жолы» ҰК АҚ); 991 kk Kazinform 'ОРАЛ.
KAZINFORM –' (an Independence Day ice festival; Оралда / Орал қаласында, Жайық өзенінің / Жайықтың, «Жайық аязы»
фестивалі, 'Батыс Қазақстан, Атырау және Ақтөбе облыстарынан', 'Ресейдің Орынбор облысы мен Қытайдың Харбин
қаласынан', Ван Лэйге, 'ағайынды Серік және Нұрлан Қайыпқалиевтерге' (two brothers, one plural surname), universities
and a theatre named after people, «Астана Мюзик» оркестрі, «Ақжайық» футбол клубының, Достық алаңында); 992 uz UzA
'Toshkent, 16-dekabr (UzA).' (the Uzbek and Belarusian foreign ministers; Baxtiyor Saidovning, Maksim Rijenkov,
Aleksandr Lukashenkoning, Minskda, Namangan viloyatidagi, "Uz-Belagromash", Minsk traktor zavodi, Samarqanddagi /
Samarqandga, "Amkodor" xoldingi, Angren erkin iqtisodiy zonasida, Mirzo Ulug‘bek nomidagi O‘zbekiston Milliy
universiteti, Oliy Majlis Qonunchilik palatasi, Nuriddin Ismoilov); 993 uz Kun.uz style, no dateline (a cotton cluster
director jailed for subsidy fraud; Qashqadaryoda, Qarshi tumanlararo jinoyat ishlari bo‘yicha sudi, "Nasaf Paxta
Tekstil" MChJ / "Nasaf Paxta Tekstil"ning, Jasur To‘xtamurodovni / To‘xtamurodovdan, 'Kasbi va Nishon tumanlarida',
the fund under the ministry, 'Iqtisodiy jinoyatlarga qarshi kurashish departamentining Qashqadaryo viloyati
boshqarmasi', "Oqtepa" fermer xo‘jaligi, Kun.uz, Muborakdagi, Agrobank); 994 az AZƏRTAC 'Bakı, 16 dekabr, AZƏRTAC'
(Aliyev receives Kazakhstan's PM; Olcas Bektenovu, Kasım-Jomart Tokayevin / Tokayevə, İlham Əliyevə, Bakıda, 'Transxəzər
Beynəlxalq Nəqliyyat Marşrutunun, yəni Orta Dəhlizin', Ələt qəsəbəsində, 'Aktau və Kurık limanları', Tengiz yatağından,
Bakı-Tbilisi-Ceyhan boru kəməri, "Azərbaycan Dəmir Yolları" QSC, "Qazaxıstan Temir Jolı" milli şirkəti, Əli Əsədovla,
Asiya İnkişaf Bankının, Sumqayıt Kimya Sənaye Parkında, SOCAR-ın, Heydər Əliyev adına Bakı Neft Emalı Zavodu);
995 az APA 'Bakı. 14 dekabr. APA.' (football: "Qarabağ" 3:1 "Neftçi"; '"Neftçi"ni', '"Qarabağ"ın', '"Neftçi"nin',
'"Zirə"ni', '"Kəpəz"i', APA-nın, Misli Premyer Liqasının, Tofiq Bəhramov adına Respublika Stadionunda, 'Ağdam klubu',
braziliyalı, Türkiyədə / Antalyada, Rəşad Hüseynzadənin, AFFA, Masazırda, "Turan Tovuz", "Araz-Naxçıvan", a club
"Sumqayıt" with no city Sumqayıt in the text, PFL, Lənkəranda); 996 id Antara 'Jakarta (ANTARA) -' (Indonesia and
Vietnam set a trade target; Budi Santoso, Nguyen Hong Dien without diacritics, ASEAN, BPS, Perum Bulog, Vinafood 2,
Kota Ho Chi Minh, PT Pertamina (Persero), Petrovietnam, PT Wijaya Samudra Logistik, Gemadept, 'Pelabuhan Tanjung Perak
- Pelabuhan Tien Sa di Da Nang', Kemendag, GAPKI, Eddy Martono, 'dolar AS'); 997 id Antara 'Dompu (ANTARA) -' (the
maize harvest; Kabupaten Dompu, NTB, Desa Soriutu, Kecamatan Manggelewa, Lalu Muhamad Iqbal / Iqbal, 'Manggelewa,
Kempo, Pekat, dan Kilo', Perum Bulog Kantor Wilayah NTB / Bulog NTB / Bulog, Pelabuhan Badas di Sumbawa, PT Charoen
Pokphand Indonesia, PT Japfa Comfeed Indonesia Tbk, Koperasi Tani Nggahi Rawi, 'BMKG Stasiun Klimatologi NTB');
998 id Kompas.com 'LUMAJANG, KOMPAS.com -' with the contributor and editor lines (Semeru erupts; Gunung Semeru,
Kabupaten Lumajang / Malang, Pos Pengamatan Gunung Api Semeru di Gunung Sawur, Besuk Kobokan, PVMBG Badan Geologi,
'Badan Penanggulangan Bencana Daerah (BPBD) Lumajang', Kecamatan Pronojiwo / Candipuro, Desa Oro-Oro Ombo, SD Negeri
Supiturang 2, Dinas Sosial, Palang Merah Indonesia, Indah Amperawati, Dusun Curah Kobokan, Jembatan Gladak Perak,
Satuan Lalu Lintas Polres Lumajang, BNPB, Abdul Muhari); 999 ms Bernama 'PUTRAJAYA, 16 Dis (Bernama) --' ending
'-- BERNAMA' (the foreign minister receives China's ambassador; Datuk Seri Mohamad Hasan / Mohamad, Ouyang Yujing /
Ouyang, Laluan Rel Pantai Timur (ECRL), Kota Bharu, Pelabuhan Klang (the town), Pantai Timur, Malaysia Rail Link Sdn Bhd
(MRL), CCCC, MCKIP, Taman Perindustrian China-Malaysia Qinzhou, wilayah Guangxi, Alliance Steel (M) Sdn Bhd, Wang Yi,
Laut China Selatan, Anwar Ibrahim); 1000 ms Berita Harian 'KUALA LUMPUR:' with 'Oleh' byline and e-mail line (wheat from
Kazakhstan; Mohamad Sabu / Mohamad, Yerlan Temirkhanov / Temirkhanov, 'wilayah Kostanay dan Akmola', Pelabuhan Qinzhou,
Pelabuhan Kuantan, Laut Hitam, QazAstyq Export, Persatuan Pengilang Tepung Malaysia, FFM Berhad, Malayan Flour Mills
Berhad, MAQIS, Taman Halal Pulau Indah); 1001 ms Berita Harian 'KOTA BHARU:' (floods in Kelantan; 'Pasir Mas dan
Tumpat', InfoBencana (a portal), JKM, PPS, jajahan lists, Sekolah Kebangsaan Kok Keli, Kampung Jal Besar, JPS, Sungai
Golok / Sungai Kelantan beside the state Kelantan, Jambatan Guillemard, MetMalaysia, 'daerah Besut dan Setiu di
Terengganu', Mohd Nassuruddin Daud, Angkatan Pertahanan Awam Malaysia (APM) Kelantan, PDRM, Kampung Lubok Setol, KTMB,
Ekspres Rakyat Timuran (a train service), Gua Musang).
Every invented name was checked with grep against the earlier sets' articles; replaced after that check: Baimukhanov
(holdout38, holdout40), Cai Mep (holdout18), Pasir Gudang (holdout53), Laut Natuna Utara (holdout38), a VinFast Subang
plant (holdout48), a Johor-Singapore SEZ story (holdout53), the BNTU (holdout39); replaced before the check as real
people's names: Qarabağ's and Neftçi's real players and coach, a Semeru observer, a Kompas editor, a GrSMU rector, 'Sri
Mulyani' as a Bulog official's given names. Recurring as allowed: big cities and regions (Мінск, Гродна, Астана, Алматы,
Ташкент, Шымкент, Шаньдун, Kostanay, Akmola, Namangan, Kota Bharu, Jakarta, Hanoi), famous leaders and bodies
(Лукашэнка, Тоқаев, Си Цзиньпин, Дин Сюэсян, Бектенов, Rijenkov (Ryzhenkov in holdout47), Mirziyoyev, İlham Əliyev,
Anwar Ibrahim, Wang Yi, МАЗ, Air Astana, Қазақстан темір жолы, Petrovietnam, ASEAN, BMKG, Bulog). Written blind in
session 30: no Swift source read, no extractor run; the gold was fixed and committed before any extractor ran on the
set.

Conventions as holdout54 and holdout52 (titles no part of a name: Прэзідэнт, старшыня, намеснік губернатара, Мемлекет
басшысы, әкімі, хокимінің орынбасары, tashqi ishlar vaziri, Spikeri, advokati, Baş nazir, baş məşqçisi, hakim,
Menteri, Bupati, Gubernur, Kepala, Datuk Seri, Menteri Besar, Pengerusi; every surface form an alias; a generic word
before a place an alias: правінцыя, вёскі, станцыю, вуліцы, ауданы, облысы, қаласы, ауылы, кенті, өзені, viloyati,
tumani, shahri, qəsəbəsi, Kabupaten, Kecamatan, Desa, Dusun, Kota, Pulau, Gunung, Pelabuhan, Kampung, wilayah, daerah;
countries as ISO codes, never entities; governments and cabinets (Мемлекеттік кеңес, hökumət, Kerajaan, pemerintah
kabupaten) and unnamed local bodies (аблвыканкама alone, облыс әкімдігі, Қала әкімдігі, облыстық филармония, Viloyat
hokimligi, pejabat tanah dan jajahan) no entities; meetings, forums, commissions' sessions (Sidang Komisi Bersama,
өңіраралық ынтымақтастық форумы, міжурадавай камісіі), competitions (Avropa Liqası), programmes and products
(трактароў "Беларус", InfoBencana, Ekspres Rakyat Timuran, «Сырым батыр», «Ұлы дала елі») none; leagues, clubs,
festivals, hospitals, universities, courts, prosecutors, schools, cooperatives, sanatoria and companies organizations;
ports, stations, checkpoints, zones and industrial parks, stadiums and arenas, squares, streets, bridges, roads,
railway lines, pipelines and transport corridors places; a name built from a person's makes no person (ВДУ імя
П. М. Машэрава, вуліца Горкага, Махамбет Өтемісұлы атындағы университеті, Хадиша Бөкеева атындағы театры, Mirzo Ulug‘bek
nomidagi universiteti, Tofiq Bəhramov adına Respublika Stadionu, Heydər Əliyev adına Zavodu, Jambatan Guillemard)).
Suffixes and cases, as holdout37/39/52: the bare (nominative) name is canonical and every suffixed or inflected form the
text writes is an alias: Kazakh (Тоқаев / Дин Сюэсянды, Ақордада, Астанада, Си Цзиньпинмен, Олжас Бектеновпен,
Шымкенттің, Көкшетауға, Ван Лэйге), Uzbek (Toshkentga, Toshkentda, Baxtiyor Saidovning, Aleksandr Lukashenkoning,
Samarqanddagi, To‘xtamurodovni, Muborakdagi), Azerbaijani (Olcas Bektenovu, Tokayevin, İlham Əliyevə, Bakıda,
Əli Əsədovla, SOCAR-ın, APA-nın, Antalyada), Belarusian cases (Віцебскай вобласці, Цзінані, Шахінам Мустафаевым); a
suffix after a closing quote keeps the quotes in the alias ('"Neftçi"ni', '"Qarabağ"ın'); a Kazakh or Uzbek region,
district or town written with its noun and a suffix ('Қостанай облысындағы' in holdout39) has the noun-and-name
nominative as canonical ('Сарыағаш ауданы', 'Ташкент облысы', 'Namangan viloyati') and where the bare town is a place
of its own (Сарыағаш, Ерейментау, Ташкент) it is listed apart; coordinated names over one plural noun are several
places, the last alias carrying the noun as written ('Ақмола' / 'Қарағанды облыстарында', 'Келес', 'Бекабад', 'Чирчик
қалаларының', 'Kasbi' / 'Nishon tumanlarida', 'Aktau' / 'Kurık limanları', 'Осакаров' / 'Ерейментау аудандарында').
New here:
- a Kazakh person named by given name only in a pair of brothers ('ағайынды Серік және Нұрлан Қайыпқалиевтерге') is two
  people: 'Серік' the first's alias, the plural dative surname form the second's alias, each canonical 'Given Surname';
- the Akorda (Ақорда) is a place (the presidential palace), also in 'Ақорданың баспасөз қызметі'; the Palace of
  Independence (Палац Незалежнасці) likewise; a Belarusian 'Пасольства Беларусі ў Кітаі' is an organization naming BY
  and CN;
- a transport corridor named two ways ('Transxəzər Beynəlxalq Nəqliyyat Marşrutu, yəni Orta Dəhliz') is one place; a
  railway or road named by two ends with a road noun (теміржолы, желісі, тас жолы, жолы, boru kəməri) is a place and so
  is each end; 'Астана – Петропавл бағытындағы' (a direction, no road noun) and 'jalur Lumajang-Malang', 'rute Pelabuhan
  Tanjung Perak - Pelabuhan Tien Sa' (routes) are no entities, their ends are places;
- an industrial cooperation centre and special economic zones are places (the «Орталық Азия» ICIC, Қорғас – Шығыс
  қақпасы САЭ, Angren erkin iqtisodiy zonasi, MCKIP, Taman Perindustrian China-Malaysia Qinzhou, Sumqayıt Kimya Sənaye
  Parkı, Taman Halal Pulau Indah), a place inside their names (Қорғас, Angren, Kuantan, Qinzhou, Sumqayıt, Pulau Indah)
  not counted unless written alone elsewhere; the ICIC's quoted name «Орталық Азия» is its alias, not the broad region;
- a regional office written with its parent is one organization (Төтенше жағдайлар министрлігінің Ақмола облысы бойынша
  департаменті, the Uzbek department's Qashqadaryo boshqarmasi, Perum Bulog Kantor Wilayah NTB, BMKG Stasiun Klimatologi
  NTB, Angkatan Pertahanan Awam Malaysia (APM) Kelantan), the parent's name as written its alias; but a national centre
  with its agency (PVMBG and Badan Geologi; BNPB and its Pusat Data, Informasi, dan Komunikasi Kebencanaan) two, and a
  fund under a ministry ('Qishloq xo‘jaligi vazirligi huzuridagi ... jamg‘armasi') two; a police unit written with its
  force the force's alias (Satuan Lalu Lintas Polres Lumajang -> Polres Lumajang);
- a body named by its portfolio with no place ('Облыстық кәсіпкерлік және өнеркәсіп басқармасы', 'облыстық мәдениет
  басқармасы', 'Dinas Sosial') is an organization as Sở Y tế in holdout50; a police department named with its region
  ('Қарағанды облысының полиция департаменті') one organization, the region also a place where named alone;
- a club named like a place where that place is not otherwise named is the club only ('"Гомель"', '"Sumqayıt"',
  '"Qarabağ"'), as holdout54; 'Ağdam klubu' (the club of Ağdam) names the place Ağdam, as 'Konya
  temsilcisi'; a club's city adjective (гродзенскі, мінскае, салігорскі, харбиндік, Ақтөбелік) names no place; the
  lowercase 'экстраліга' (the top division) is no entity;
- a river named with 'Sungai' where a state of the same name is in the article keeps 'Sungai' in its canonical name
  ('Sungai Kelantan' beside the state 'Kelantan'; 'Sungai Golok' likewise), so that no surface form holds two entities;
  seas keep 'Laut' / 'теңізі' / 'dənizi' (Laut Hitam, Laut China Selatan, Xəzər dənizi) as Laut Banda did; 'Kota Ho Chi
  Minh' keeps 'Kota' (the bare form is the person's name);
- a port named as its town's port where the town is named nowhere else is the town's alias (Pelabuhan Qinzhou,
  Pelabuhan Kuantan, 'Kurık limanları'); Pelabuhan Klang is the town's own name; a port with its own name is a place
  apart (Bakı Beynəlxalq Dəniz Ticarət Limanı, Tanjung Perak, Tien Sa, Badas);
- a planned centre with a capitalized name (Цэнтр кітайскай мовы і культуры) is an organization.
Countries: from names, adjectives and demonyms (кітайская, Беларуская, беларускі, расіянін, Канадскі, нямецкай,
азербайджанскаму, ҚХР, Қытайдың, Ресейдің, қазақстандық, Өзбекстанның, O‘zbekiston, Belarus, Qazaxıstanın, braziliyalı,
Türkiyədə, Vietnam, Indonesia, China, Australia, Ukraine), also inside a body's name (Федэрацыя хакея Рэспублікі
Беларусь, Қазақстан темір жолы, Azərbaycan Futbol Federasiyaları Assosiasiyası, PT Charoen Pokphand Indonesia, Palang
Merah Indonesia, Jabatan Meteorologi Malaysia, Batys Qazaqstan's university); a currency (рублёў, тенге, so‘m, rupiah,
RM, 'dolar AS') names none. Judgement calls: 986 names no Belarus (only its cities and bodies); 991 gets KZ from
'Батыс Қазақстан' (the region and the university named after it), not from Тәуелсіздік; 997 and 998 name only ID (through
bodies' names), 1001 only MY; 'Пекин' (988, for China's side) is the city; 'Шаньдун' inside 'Шаньдун Улянь Аграмаш' and
'Шаньдунскі ўніверсітэт' is the company's and university's, the province named alone too; 'Мақтаарал' inside the ЖШС's
name and 'Мақтаарал ауданы' the district; 'Жетісай аудандық ауруханасы' is an organization and Жетісай a place; the
«Жайық аязы» festival is an organization (it has an organizing committee) and Жайық the river; 'Astana' in '«Астана
Мюзик» оркестрі' is the orchestra's, the city named alone too; 'Tofiq Bəhramov adına Respublika Stadionu' is in Baku
(no extra place); 'Oro-Oro Ombo' (from 'Balai Desa Oro-Oro Ombo') is the village; the Sekolah Kebangsaan and SD Negeri
schools are organizations; 'Pantai Timur' (the east coast) is a place, and also inside 'Laluan Rel Pantai Timur'."""
import os
from goldlib import P, O, L, check_gold, write_gold

BELTA = (O, "БЕЛТА", [])
KAZ = (O, "KAZINFORM", [])
ANTARA = (O, "ANTARA", [])
G = {
 "984_be.txt": ("be", ["BY", "CN"], [
  (L, "Віцебская вобласць", ["Віцебскай вобласці"]), (L, "Шаньдун", ["правінцыя Шаньдун", "правінцыі Шаньдун"]),
  (L, "Цзінань", ["ЦЗІНАНЬ", "Цзінані"]), BELTA, (O, "Віцебскі аблвыканкам", ["Віцебскага аблвыканкама"]),
  (P, "Віктар Лабановіч", ["Віктара Лабановіча", "Лабановіч"]), (P, "Лю Цзяньвэй", []),
  (O, "ААТ \"Аршанскі льнокамбінат\"", ["Аршанскі льнокамбінат"]), (O, "Вэйфан Хуасін Тэкстыль", []),
  (L, "Ціндао", []), (O, "ААТ \"Віцебскія дываны\"", ["Віцебскія дываны"]), (P, "Ірына Шаблоўская", []),
  (L, "Орша-Цэнтральная", ["станцыю Орша-Цэнтральная"]), (L, "Орша", ["Оршы"]),
  (O, "Шаньдун Улянь Аграмаш", []), (O, "Шаньдунскі ўніверсітэт", []),
  (O, "Віцебскі дзяржаўны ўніверсітэт імя П. М. Машэрава", []), (L, "Віцебск", ["Віцебску"]),
  (O, "Цэнтр кітайскай мовы і культуры", []),
  (O, "Пасольства Беларусі ў Кітаі", ["Пасольстве Беларусі ў Кітаі"])]),
 "985_be.txt": ("be", ["BY", "CA", "RU"], [
  (O, "Нёман", ["\"Нёман\"", "Нёмана"]), (L, "Мінск", ["Мінску"]), (O, "Юнацтва", ["\"Юнацтва\""]),
  (L, "Чыжоўка-Арэна", ["Чыжоўка-Арэне"]), (P, "Дзяніс Рабцэвіч", []),
  (P, "Арсеній Цішкевіч", ["Арсенія Цішкевіча", "Цішкевіч"]), (P, "Кірыл Ламака", ["Кірыла Ламаку", "Ламака"]),
  (P, "Уладзіслаў Гаўрыленка", []), (P, "Рыгор Сапожнікаў", ["Сапожнікаў"]), (P, "Мікіта Саўчык", []),
  (P, "Аляксей Шыбекаў", []), (P, "Павел Дарашкевіч", []),
  (O, "Федэрацыя хакея Рэспублікі Беларусь", ["Федэрацыі хакея Рэспублікі Беларусь"]),
  (O, "Шахцёр", ["\"Шахцёр\"", "Шахцёра"]), (L, "Салігорск", ["Салігорску"]), (O, "Металург", ["Металургу"]),
  (L, "Жлобін", ["Жлобіна"]), (O, "Гомель", ["\"Гомель\""]), (P, "Джэйкаб Мэрфі", []),
  (L, "Санкт-Пецярбург", ["Санкт-Пецярбургу"]), (O, "Дынама", ["\"Дынама\""]),
  (O, "Кантынентальная хакейная ліга", ["Кантынентальнай хакейнай лізе"]), (L, "Гродна", ["Гродне"]),
  (O, "Дынама-Маладзечна", [])]),
 "986_be.txt": ("be", ["CN", "DE", "IQ", "TM"], [
  (L, "Гродна", ["Гродне"]),
  (O, "Гродзенская абласная дзіцячая клінічная бальніца", ["Гродзенскай абласной дзіцячай клінічнай бальніцы"]),
  (O, "Гродзенскі аблвыканкам", ["Гродзенскага аблвыканкама"]), (P, "Юрый Караеў", []),
  (P, "Аляксандр Хаджаеў", []), (L, "вуліца Ажэшка", ["вуліцы Ажэшка"]),
  (O, "ААТ \"Гроднапрамбуд\"", ["Гроднапрамбуд"]), (O, "Гроднаграмадзянпраект", []), (O, "Drägerwerk", []),
  (O, "United Imaging", []), (L, "Мінск", ["Мінску"]), (P, "Наталля Стральчонак", []), (L, "Ліда", ["Ліды"]),
  (L, "Ашмяны", ["Ашмян"]), (L, "Ваўкавыск", ["Ваўкавыска"]), (L, "Слонім", ["Слоніма"]),
  (O, "Рэспубліканскі навукова-практычны цэнтр дзіцячай хірургіі",
   ["Рэспубліканскім навукова-практычным цэнтры дзіцячай хірургіі"]),
  (O, "2-я гарадская дзіцячая клінічная бальніца", ["2-й гарадской дзіцячай клінічнай бальніцай"]),
  (O, "Гродзенскі дзяржаўны медыцынскі ўніверсітэт", ["Гродзенскага дзяржаўнага медыцынскага ўніверсітэта"]),
  (P, "Ігар Суднік", []), (L, "Смаргонь", ["Смаргоні"]), (L, "Падлабна", ["вёскі Падлабна"]),
  (L, "Гродзенскі раён", ["Гродзенскага раёна"]), (L, "вуліца Горкага", ["вуліцы Горкага"])]),
 "987_be.txt": ("be", ["AZ", "BY", "IR"], [
  (P, "Аляксандр Лукашэнка", ["Лукашэнка"]), (L, "Мінск", ["МІНСК"]), BELTA,
  (P, "Шахін Мустафаеў", ["Шахінам Мустафаевым"]), (L, "Палац Незалежнасці", ["Палацы Незалежнасці"]),
  (P, "Ільхам Аліеў", ["Ільхамам Аліевым"]), (P, "Аляксандр Ефімаў", ["Ефімаў"]),
  (O, "Гянджынскі аўтамабільны завод", ["Гянджынскім аўтамабільным заводзе"]),
  (O, "Мінскі трактарны завод", ["Мінскага трактарнага завода"]), (O, "МАЗ", []), (L, "Гянджа", ["Гянджы"]),
  (O, "ААТ \"БЕЛАЗ\"", ["БЕЛАЗ"]), (L, "Баку", []),
  (L, "Бакінскі міжнародны марскі гандлёвы порт", ["Бакінскім міжнародным марскім гандлёвым портам"]),
  (L, "Алат", ["Алаце"]), (O, "Беларускі дзяржаўны тэхналагічны ўніверсітэт", []),
  (O, "Азербайджанскі тэхнічны ўніверсітэт", []),
  (O, "Нацыянальны статыстычны камітэт", ["Нацыянальнага статыстычнага камітэта"])]),
 "988_kk.txt": ("kk", ["CN", "KZ"], [
  (P, "Қасым-Жомарт Тоқаев", ["Тоқаев"]), (P, "Дин Сюэсян", ["Дин Сюэсянды"]),
  (L, "Астана", ["АСТАНА", "Астанада"]), KAZ, (L, "Ақорда", ["Ақордада", "Ақорданың"]),
  (P, "Си Цзиньпин", ["Си Цзиньпинмен", "Си Цзиньпинге"]),
  (L, "Достық – Мойынты теміржолы", ["Достық – Мойынты теміржолының", "Достық – Мойынты"]), (L, "Достық", []),
  (L, "Мойынты", []), (L, "Бақты – Аягөз желісі", ["Бақты – Аягөз желісінің", "Бақты – Аягөз"]), (L, "Бақты", []),
  (L, "Аягөз", []), (L, "Пекин", []),
  (L, "Қорғас – Шығыс қақпасы арнайы экономикалық аймағы", ["Қорғас – Шығыс қақпасы"]),
  (O, "«Самұрық-Энерго» АҚ", ["Самұрық-Энерго", "«Самұрық-Энерго»"]),
  (O, "Пауэр Чайна", ["«Пауэр Чайна» корпорациясы", "«Пауэр Чайна»"]),
  (L, "Алматы облысы", ["Алматы облысында"]), (L, "Жамбыл облысы", ["Жамбыл облысындағы"]),
  (L, "Сарысу ауданы", ["Сарысу ауданында"]), (P, "Олжас Бектенов", ["Олжас Бектеновпен"]),
  (P, "Ермек Көшербаев", []),
  (O, "Қазақстан-Қытай ынтымақтастық комитеті", ["Қазақстан-Қытай ынтымақтастық комитетінің"]),
  (L, "Алматы", ["Алматыға"]), (O, "«Қазақстан-Қытай» іскерлік кеңесі", ["«Қазақстан-Қытай» іскерлік кеңесінің"]),
  (O, "ҚР Сауда және интеграция министрлігі",
   ["ҚР Сауда және интеграция министрлігінің", "Сауда және интеграция министрлігі"])]),
 "989_kk.txt": ("kk", ["KZ", "UZ"], [
  (L, "Түркістан облысы", []), (L, "Ташкент облысы", ["Ташкент облысындағы", "Ташкент облысының"]),
  (L, "Түркістан", ["ТҮРКІСТАН"]), KAZ, (L, "Сарыағаш ауданы", ["Сарыағаш ауданында"]),
  (P, "Ержан Тұрлыбеков", []), (P, "Бахтиёр Норқобилов", []),
  (O, "Облыстық кәсіпкерлік және өнеркәсіп басқармасы", ["Облыстық кәсіпкерлік және өнеркәсіп басқармасының"]),
  (L, "Жібек жолы", ["«Жібек жолы» өткізу пункті"]), (L, "Қазығұрт", ["«Қазығұрт» өткізу пунктін"]),
  (L, "«Орталық Азия» халықаралық өнеркәсіптік кооперация орталығы",
   ["«Орталық Азия» халықаралық өнеркәсіптік кооперация орталығының", "«Орталық Азия»"]),
  (O, "«Мақтаарал Текстиль Групп» ЖШС", ["Мақтаарал Текстиль Групп", "«Мақтаарал Текстиль Групп»"]),
  (L, "Шымкент", ["Шымкенттің"]), (O, "Оңтүстік Жылу Құрылыс", ["«Оңтүстік Жылу Құрылыс» компаниясы"]),
  (L, "Келес", []), (L, "Бекабад", []), (L, "Чирчик", ["Чирчик қалаларының"]),
  (O, "Бекабад металлургия комбинаты", ["Бекабад металлургия комбинатына"]),
  (L, "Қарағанды облысы", ["Қарағанды облысынан"]), (L, "Жетісай", ["Жетісай қаласы"]),
  (L, "Ташкент", ["Ташкенттегі"]), (L, "Мақтаарал ауданы", []), (P, "Жандос Әбдіқадыров", []),
  (O, "Жетісай аудандық ауруханасы", []), (O, "Ташкент педиатрия медициналық институты", []),
  (L, "Сарыағаш", ["Сарыағаштағы"]), (O, "Асыл Бұлақ", ["«Асыл Бұлақ» шипажайында"]),
  (L, "Ангрен", ["Ангрен қаласында"])]),
 "990_kk.txt": ("kk", ["KZ"], [
  (L, "Ақмола облысы", ["Ақмола"]), (L, "Қарағанды облысы", ["Қарағанды облыстарында", "Қарағанды облысында"]),
  (L, "Астана", ["АСТАНА"]), KAZ, (O, "ҚазАвтоЖол", ["«ҚазАвтоЖол» ұлттық компаниясы"]),
  (L, "Астана – Қарағанды тас жолы", ["Астана – Қарағанды тас жолының", "Астана – Қарағанды"]),
  (L, "Қарағанды", []), (L, "Петропавл", []), (L, "Шортанды ауданы", []),
  (L, "Қарағанды – Балқаш жолы", ["Қарағанды – Балқаш жолында", "Қарағанды – Балқаш"]), (L, "Балқаш", []),
  (O, "«Қазгидромет» РМК", ["Қазгидромет", "«Қазгидромет»"]),
  (P, "Гүлнар Сәрсенбаева", ["Гүлнар Сәрсенбаеваның"]), (L, "Осакаров ауданы", ["Осакаров"]),
  (L, "Ерейментау ауданы", ["Ерейментау аудандарында"]),
  (O, "Төтенше жағдайлар министрлігінің Ақмола облысы бойынша департаменті", ["Төтенше жағдайлар министрлігінің"]),
  (L, "Ерейментау", ["Ерейментау қаласындағы"]), (L, "Бестоғай", ["Бестоғай ауылындағы"]),
  (P, "Асхат Нұрмағамбетов", []), (L, "Теміртау", []), (L, "Осакаровка", ["Осакаровка кентінің"]),
  (O, "«Qarmet» АҚ", ["Qarmet", "«Qarmet»"]), (O, "Қарағанды облысының полиция департаменті", []),
  (L, "Астана халықаралық әуежайы", ["Астана халықаралық әуежайында"]), (O, "Air Astana", []),
  (O, "FlyArystan", []), (L, "Көкшетау", ["Көкшетауға", "Көкшетауда"]), (L, "Қостанай", ["Қостанайға"]),
  (O, "«Қазақстан темір жолы» ҰК АҚ", ["Қазақстан темір жолы", "«Қазақстан темір жолы»"]),
  (O, "Ақмола облысы әкімдігі", [])]),
 "991_kk.txt": ("kk", ["CN", "KZ", "RU"], [
  (L, "Орал", ["ОРАЛ", "Оралда", "Орал қаласында"]), KAZ, (L, "Жайық", ["Жайық өзенінің", "Жайықтың"]),
  (O, "Жайық аязы", ["«Жайық аязы» мұз мүсіндері фестивалі"]), (P, "Нариман Төреғалиев", []),
  (L, "Батыс Қазақстан облысы", ["Батыс Қазақстан", "Батыс Қазақстан облысының"]),
  (L, "Атырау облысы", ["Атырау"]), (L, "Ақтөбе облысы", ["Ақтөбе облыстарынан"]), (L, "Орынбор облысы", []),
  (L, "Харбин", ["Харбин қаласынан"]), (L, "Шаған", ["Шаған өзенінен"]), (P, "Бекзат Жұмағалиев", []),
  (P, "Ван Лэй", ["Ван Лэйге"]), (L, "Бөрлі ауданы", ["Бөрлі ауданынан"]), (P, "Серік Қайыпқалиев", ["Серік"]),
  (P, "Нұрлан Қайыпқалиев", ["Нұрлан Қайыпқалиевтерге"]), (L, "Ақсай", ["Ақсай қаласында"]),
  (O, "Махамбет Өтемісұлы атындағы Батыс Қазақстан университеті",
   ["Махамбет Өтемісұлы атындағы Батыс Қазақстан университетінің"]),
  (O, "Хадиша Бөкеева атындағы облыстық қазақ драма театры",
   ["Хадиша Бөкеева атындағы облыстық қазақ драма театрында"]),
  (L, "Астана", ["Астанадан"]), (O, "Астана Мюзик", ["«Астана Мюзик» оркестрі"]),
  (O, "Ақжайық", ["«Ақжайық» футбол клубының"]), (P, "Айгүл Мұхамбетжанова", []),
  (O, "облыстық мәдениет басқармасы", ["облыстық мәдениет басқармасының"]),
  (O, "Батыс Қазақстан облысының полиция департаменті", []), (L, "Достық алаңы", ["Достық алаңында"])]),
 "992_uz.txt": ("uz", ["BY", "UZ"], [
  (L, "Toshkent", ["Toshkentga", "Toshkentda"]), (O, "UzA", []), (P, "Baxtiyor Saidov", ["Baxtiyor Saidovning"]),
  (P, "Maksim Rijenkov", []), (O, "Tashqi ishlar vazirligi", []), (P, "Shavkat Mirziyoyev", []),
  (P, "Aleksandr Lukashenko", ["Aleksandr Lukashenkoning"]), (L, "Minsk", ["Minskda"]),
  (L, "Namangan viloyati", ["Namangan viloyatidagi"]),
  (O, "Uz-Belagromash", ["\"Uz-Belagromash\" qo‘shma korxonasida"]), (O, "Minsk traktor zavodi", []),
  (L, "Samarqand", ["Samarqanddagi", "Samarqandga"]), (O, "Amkodor", ["\"Amkodor\" xoldingi"]),
  (P, "Sherzod Qambarov", []), (L, "Toshkent viloyati", ["Toshkent viloyatidagi"]),
  (L, "Angren erkin iqtisodiy zonasi", ["Angren erkin iqtisodiy zonasida"]),
  (O, "Belarus davlat universiteti", []), (O, "Mirzo Ulug‘bek nomidagi O‘zbekiston Milliy universiteti", []),
  (O, "Savdo-sanoat palatasi", ["Savdo-sanoat palatasida"]), (O, "Oliy Majlis Qonunchilik palatasi", []),
  (P, "Nuriddin Ismoilov", [])]),
 "993_uz.txt": ("uz", ["UZ"], [
  (L, "Qashqadaryo viloyati", ["Qashqadaryoda", "Qashqadaryo viloyatida"]),
  (O, "Qarshi tumanlararo jinoyat ishlari bo‘yicha sudi", []),
  (O, "\"Nasaf Paxta Tekstil\" MChJ", ["Nasaf Paxta Tekstil", "\"Nasaf Paxta Tekstil\"ning"]),
  (P, "Jasur To‘xtamurodov", ["Jasur To‘xtamurodovni", "To‘xtamurodov", "To‘xtamurodovdan"]),
  (O, "Qashqadaryo viloyat prokuraturasi", []), (L, "Kasbi tumani", ["Kasbi"]),
  (L, "Nishon tumani", ["Nishon tumanlarida", "Nishon tumanidagi"]), (O, "Qishloq xo‘jaligi vazirligi", []),
  (O, "Qishloq xo‘jaligini davlat tomonidan qo‘llab-quvvatlash jamg‘armasi",
   ["Qishloq xo‘jaligini davlat tomonidan qo‘llab-quvvatlash jamg‘armasidan"]),
  (L, "Qarshi", ["Qarshi shahridagi"]), (O, "Sardoba Invest Qurilish", ["\"Sardoba Invest Qurilish\" firmasi"]),
  (P, "Dilmurod Eshonqulov", ["Eshonqulov"]), (O, "Bosh prokuratura", []),
  (O, "Iqtisodiy jinoyatlarga qarshi kurashish departamentining Qashqadaryo viloyati boshqarmasi",
   ["Iqtisodiy jinoyatlarga qarshi kurashish departamenti"]),
  (O, "Oqtepa", ["\"Oqtepa\" fermer xo‘jaligi"]), (P, "Ulug‘bek Normatov", []), (O, "Kun.uz", []),
  (P, "Zarina Ergasheva", []), (O, "Qashqadaryo viloyat sudi", ["Qashqadaryo viloyat sudiga"]),
  (L, "Muborak", ["Muborakdagi"]), (O, "Agrobank", [])]),
 "994_az.txt": ("az", ["AZ", "KZ"], [
  (P, "İlham Əliyev", ["İlham Əliyevə"]), (P, "Olcas Bektenov", ["Olcas Bektenovu"]), (L, "Bakı", ["Bakıda"]),
  (O, "AZƏRTAC", []), (P, "Kasım-Jomart Tokayev", ["Kasım-Jomart Tokayevin", "Kasım-Jomart Tokayevə"]),
  (L, "Transxəzər Beynəlxalq Nəqliyyat Marşrutu", ["Transxəzər Beynəlxalq Nəqliyyat Marşrutunun", "Orta Dəhlizin"]),
  (L, "Ələt", ["Ələt qəsəbəsində"]), (L, "Bakı Beynəlxalq Dəniz Ticarət Limanı", []),
  (L, "Aktau", ["Aktauda"]), (L, "Kurık", ["Kurık limanları"]), (L, "Xəzər dənizi", ["Xəzər dənizinin"]),
  (L, "Tengiz", ["Tengiz yatağından"]), (L, "Bakı-Tbilisi-Ceyhan boru kəməri", ["Bakı-Tbilisi-Ceyhan"]),
  (L, "Tbilisi", []), (L, "Ceyhan", []),
  (O, "\"Azərbaycan Dəmir Yolları\" QSC", ["Azərbaycan Dəmir Yolları"]),
  (O, "Qazaxıstan Temir Jolı", ["\"Qazaxıstan Temir Jolı\" milli şirkəti"]), (P, "Əli Əsədov", ["Əli Əsədovla"]),
  (O, "Asiya İnkişaf Bankı", ["Asiya İnkişaf Bankının"]),
  (L, "Sumqayıt Kimya Sənaye Parkı", ["Sumqayıt Kimya Sənaye Parkında"]), (O, "SOCAR", ["SOCAR-ın"]),
  (O, "Heydər Əliyev adına Bakı Neft Emalı Zavodu", [])]),
 "995_az.txt": ("az", ["AZ", "BR", "TR"], [
  (O, "Qarabağ", ["\"Qarabağ\"", "\"Qarabağ\"ın"]), (O, "Neftçi", ["\"Neftçi\"", "\"Neftçi\"ni", "\"Neftçi\"nin"]),
  (L, "Bakı", []), (O, "APA", ["APA-nın"]), (O, "Misli Premyer Liqası", ["Misli Premyer Liqasının"]),
  (L, "Tofiq Bəhramov adına Respublika Stadionu", ["Tofiq Bəhramov adına Respublika Stadionunda"]),
  (P, "Elvin Cəfərquliyev", []), (L, "Ağdam", []), (P, "Felipe Kardozo", []), (P, "Rüfət Qasımlı", []),
  (P, "Fəxri Mirzəbəyli", []), (P, "Kənan Səfərli", []), (P, "Qurban Qurbanov", []),
  (L, "Antalya", ["Antalyada"]), (P, "Elşən Ağakişiyev", []), (P, "Rəşad Hüseynzadə", ["Rəşad Hüseynzadənin"]),
  (O, "Azərbaycan Futbol Federasiyaları Assosiasiyası", ["AFFA"]), (O, "Sabah", ["\"Sabah\""]),
  (L, "Masazır", ["Masazırda"]), (O, "Zirə", ["\"Zirə\"ni"]), (O, "Turan Tovuz", []), (O, "Araz-Naxçıvan", []),
  (O, "Sumqayıt", []), (O, "Kəpəz", ["\"Kəpəz\"i"]), (O, "Peşəkar Futbol Liqası", ["Peşəkar Futbol Liqasının", "PFL"]),
  (L, "Lənkəran", ["Lənkəranda"])]),
 "996_id.txt": ("id", ["ID", "VN"], [
  (L, "Jakarta", []), ANTARA, (P, "Budi Santoso", []), (P, "Nguyen Hong Dien", []), (O, "ASEAN", []),
  (O, "Badan Pusat Statistik", ["BPS"]), (O, "Perum Bulog", []), (O, "Vinafood 2", []), (L, "Kota Ho Chi Minh", []),
  (O, "PT Pertamina (Persero)", ["PT Pertamina"]), (O, "Petrovietnam", []),
  (L, "Kepulauan Riau", ["wilayah Kepulauan Riau"]), (O, "PT Wijaya Samudra Logistik", []), (L, "Surabaya", []),
  (O, "Gemadept", []), (L, "Tanjung Perak", ["Pelabuhan Tanjung Perak"]), (L, "Tien Sa", ["Pelabuhan Tien Sa"]),
  (L, "Da Nang", []), (P, "Ratna Kusumaningsih", []), (O, "Kementerian Perdagangan", ["Kemendag"]),
  (L, "Sumatera Utara", []), (L, "Jawa Timur", []),
  (O, "Gabungan Pengusaha Kelapa Sawit Indonesia", ["GAPKI"]), (P, "Eddy Martono", []), (L, "Hanoi", []),
  (L, "Hai Phong", [])]),
 "997_id.txt": ("id", ["ID"], [
  (L, "Dompu", ["Kabupaten Dompu"]), ANTARA, (L, "Nusa Tenggara Barat", ["NTB"]),
  (L, "Soriutu", ["Desa Soriutu"]), (L, "Manggelewa", ["Kecamatan Manggelewa"]),
  (P, "Lalu Muhamad Iqbal", ["Iqbal"]), (O, "Dinas Tanaman Pangan dan Hortikultura Kabupaten Dompu", []),
  (P, "Syarifuddin Hamzah", []), (L, "Kempo", ["Kecamatan Kempo"]), (L, "Pekat", []), (L, "Kilo", []),
  (O, "Perum Bulog Kantor Wilayah NTB", ["Perum Bulog", "Bulog NTB", "Bulog"]), (P, "Nurhayati Harahap", []),
  (L, "Bima", ["Kabupaten Bima"]), (L, "Jawa Timur", []), (L, "Badas", ["Pelabuhan Badas"]),
  (L, "Sumbawa", ["Pulau Sumbawa"]), (O, "PT Charoen Pokphand Indonesia", []),
  (O, "PT Japfa Comfeed Indonesia Tbk", ["PT Japfa Comfeed Indonesia"]), (O, "Koperasi Tani Nggahi Rawi", []),
  (P, "Abdul Haris", []), (O, "Kementerian Pertanian", []),
  (O, "Direktorat Jenderal Prasarana dan Sarana Pertanian", []),
  (O, "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Stasiun Klimatologi NTB",
   ["Badan Meteorologi, Klimatologi, dan Geofisika", "BMKG", "Stasiun Klimatologi NTB"])]),
 "998_id.txt": ("id", ["ID"], [
  (L, "Semeru", ["Gunung Semeru"]), (L, "Lumajang", ["LUMAJANG", "Kabupaten Lumajang"]), (O, "KOMPAS.com", []),
  (L, "Malang", ["Kabupaten Malang"]), (L, "Jawa Timur", []), (O, "Pos Pengamatan Gunung Api Semeru", []),
  (L, "Gunung Sawur", []), (P, "Bagus Prasetyo Aji", ["Bagus"]), (L, "Besuk Kobokan", []),
  (O, "Pusat Vulkanologi dan Mitigasi Bencana Geologi", ["PVMBG"]), (O, "Badan Geologi", []),
  (O, "Badan Penanggulangan Bencana Daerah Lumajang", ["Badan Penanggulangan Bencana Daerah (BPBD) Lumajang"]),
  (P, "Isnugroho Wicaksono", ["Isnugroho"]), (L, "Pronojiwo", ["Kecamatan Pronojiwo"]),
  (L, "Candipuro", ["Kecamatan Candipuro"]), (L, "Oro-Oro Ombo", ["Desa Oro-Oro Ombo"]),
  (O, "SD Negeri Supiturang 2", []), (O, "Dinas Sosial", []), (O, "Palang Merah Indonesia", []),
  (P, "Indah Amperawati", []), (L, "Curah Kobokan", ["Dusun Curah Kobokan"]),
  (L, "Jembatan Gladak Perak", ["Gladak Perak"]), (O, "Polres Lumajang", ["Satuan Lalu Lintas Polres Lumajang"]),
  (L, "Probolinggo", []), (O, "Badan Nasional Penanggulangan Bencana", ["BNPB"]),
  (O, "Pusat Data, Informasi, dan Komunikasi Kebencanaan", []), (P, "Abdul Muhari", []),
  (L, "Supiturang", ["Desa Supiturang"]), (P, "Ahmad Fauzan Rizky", []), (P, "Wisnu Adhi Pratama", [])]),
 "999_ms.txt": ("ms", ["CN", "MY"], [
  (L, "Putrajaya", ["PUTRAJAYA"]), (O, "Bernama", ["BERNAMA"]), (L, "Laluan Rel Pantai Timur", ["ECRL"]),
  (P, "Mohamad Hasan", ["Mohamad"]), (P, "Ouyang Yujing", ["Ouyang"]), (O, "Kementerian Luar Negeri", []),
  (L, "Kota Bharu", []), (L, "Pelabuhan Klang", []), (L, "Pantai Timur", []),
  (O, "Malaysia Rail Link Sdn Bhd", ["MRL"]), (O, "China Communications Construction Company", ["CCCC"]),
  (L, "Taman Perindustrian Malaysia-China Kuantan", ["MCKIP"]), (L, "Pahang", []),
  (L, "Taman Perindustrian China-Malaysia Qinzhou", []), (L, "Guangxi", ["wilayah Guangxi"]),
  (O, "Alliance Steel (M) Sdn Bhd", []), (P, "Wang Yi", []), (L, "Beijing", []), (O, "ASEAN", []),
  (L, "Nanning", []), (L, "Laut China Selatan", []), (P, "Anwar Ibrahim", [])]),
 "1000_ms.txt": ("ms", ["AU", "CN", "KZ", "MY", "UA"], [
  (P, "Nur Aqilah Zulkarnain", []), (L, "Kuala Lumpur", ["KUALA LUMPUR"]), (P, "Mohamad Sabu", ["Mohamad"]),
  (P, "Yerlan Temirkhanov", ["Temirkhanov"]), (L, "Putrajaya", []), (L, "Kostanay", ["wilayah Kostanay"]),
  (L, "Akmola", []), (L, "Qinzhou", ["Pelabuhan Qinzhou"]), (L, "Pelabuhan Klang", []),
  (L, "Kuantan", ["Pelabuhan Kuantan"]), (L, "Laut Hitam", []), (O, "QazAstyq Export", []), (L, "Johor", []),
  (O, "Persatuan Pengilang Tepung Malaysia", []), (P, "Lim Chee Keong", []), (O, "FFM Berhad", []),
  (O, "Malayan Flour Mills Berhad", []),
  (O, "Jabatan Perkhidmatan Kuarantin dan Pemeriksaan Malaysia", ["MAQIS"]), (L, "Astana", []),
  (L, "Taman Halal Pulau Indah", []), (L, "Selangor", [])]),
 "1001_ms.txt": ("ms", ["MY"], [
  (L, "Kelantan", []), (L, "Kota Bharu", ["KOTA BHARU"]), (L, "Pasir Mas", []), (L, "Tumpat", []),
  (O, "Jabatan Kebajikan Masyarakat", ["JKM"]), (L, "Tanah Merah", []), (L, "Kuala Krai", []), (L, "Machang", []),
  (O, "Sekolah Kebangsaan Kok Keli", []), (L, "Jal Besar", ["Kampung Jal Besar"]),
  (O, "Jabatan Pengairan dan Saliran", ["JPS"]), (L, "Sungai Golok", []), (L, "Rantau Panjang", []),
  (L, "Sungai Kelantan", []), (L, "Jambatan Guillemard", []),
  (O, "Jabatan Meteorologi Malaysia", ["MetMalaysia"]), (L, "Besut", []), (L, "Setiu", []), (L, "Terengganu", []),
  (P, "Mohd Nassuruddin Daud", []), (O, "Sekolah Menengah Kebangsaan Kubang Sepat", []),
  (O, "Angkatan Pertahanan Awam Malaysia (APM) Kelantan", ["Angkatan Pertahanan Awam Malaysia", "APM"]),
  (O, "Polis Diraja Malaysia", ["PDRM"]), (L, "Lubok Setol", ["Kampung Lubok Setol"]),
  (P, "Che Rosnah Che Mat", []), (O, "Keretapi Tanah Melayu Berhad", ["KTMB"]), (L, "Gua Musang", [])]),
}
here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout56", G)
write_gold(here, "holdout56", "holdout56-gold.json", G)
