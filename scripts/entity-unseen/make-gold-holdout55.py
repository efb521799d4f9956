#!/usr/bin/env python3
"""Writes holdout55-gold.json for the articles in holdout55/ (same format and conventions as make-gold-holdout53.py,
make-gold-holdout52.py, make-gold-holdout50.py and make-gold-holdout45.py, and for this domain make-gold-holdout47.py).
WIRE COPY IN THE BUNDLED CORPUS'S OWN DOMAIN (official visits, intergovernmental and joint commissions, business
forums, regional delegations, agreements and contracts signed on the sidelines), as BelTA, TASS, Kazinform, TTXVN,
Xinhua, ONA, MENA, SPA, Reuters, Antara, MONTSAME, APS and AFP write it, with countries beyond the usual four
(Uzbekistan, Laos, Egypt, Hungary, Mongolia, Indonesia, Serbia, Oman, Brazil, Algeria), long official titles, ministries,
state companies, joint ventures, free economic zones, provinces and cities, REAL public figures and bodies mixed with
invented minor officials and firms: 4 vi (one all in NFD), 3 ru, 3 zh, 3 ar, 3 en, 2 fr:
966 vi TTXVN 'Tashkent, 12/12 (TTXVN) -' (the Vietnam-Uzbekistan intergovernmental committee; Đỗ Đức Duy, Laziz
Kudratov as 'Bộ trưởng Đầu tư, Công nghiệp và Thương mại Uzbekistan' (a portfolio, no ministry), the committee's long
name and 'Ủy ban liên Chính phủ' alone, Khu kinh tế tự do Navoi (no city Navoi), Vinatex, Hiệp hội Uztekstilprom,
'Giám đốc Phúc Điền Bạch Quang Thịnh' (company short form then person), Công ty TNHH Samarkand Agro Export beside tỉnh
Samarkand, huyện Urgut, biển Aral, 'Kazakhstan và Kyrgyzstan', Trung Á); 967 vi TTXVN **all in NFD, aliases in NFD too**
'Sầm Nưa, 12/12 (TTXVN) -' (Thanh Hóa's delegation in Hủa Phăn; 'cặp cửa khẩu quốc tế Na Mèo - Nậm Xôi', 'Ủy ban nhân
dân tỉnh' with no province, Phó Tỉnh trưởng + Lao name then 'ông Khamphanh', quốc lộ 217, đường 6A, two Sở Công Thương,
two provincial hospitals, Trường Đại học Hồng Đức, huyện Viêng Xay beside Khu di tích lịch sử cách mạng Viêng Xay,
Đại tá + Chỉ huy trưởng Bộ đội Biên phòng); 968 vi TTXVN 'Cairo, 12/12 (TTXVN) -' (the Vietnam-Egypt business forum;
Thương vụ Việt Nam tại Ai Cập, Liên đoàn các Phòng Thương mại Ai Cập, Hassan El-Khatib, Khu kinh tế Kênh đào Suez and
Cơ quan Kinh tế Kênh đào Suez (SCZone), khu công nghiệp Qantara West, cảng Alexandria / cảng Damietta, Phòng Thương mại
Alexandria, Delta Nile Foods of Mansoura, Kheir Zaman, sông Nile, Vinacafe); 969 vi TTXVN 'Budapest, 12/12 (TTXVN) -'
(the Vietnam-Hungary joint economic committee; Hồ Đức Phớc, Péter Szijjártó / 'Bộ trưởng Szijjártó', Eximbank Hungary,
Liên minh châu Âu (EU), Gedeon Richter, Công ty cổ phần Dược phẩm Trà Khúc / 'Trà Khúc' (also a river's name), Khu kinh
tế Dung Quất, Đại học Pécs, universities named by a city, Tòa nhà Quốc hội, Trung tâm thương mại Tứ Hổ (Négy Tigris),
Stipendium Hungaricum); 970 ru BelTA 'ВИТЕБСК, 12 декабря (БЕЛТА) –' (Vitebsk and Navoi regions sign a road map;
'Витебская и Навоийская области' in the headline, Субботин in the instrumental, хоким's deputy in the genitive, СЭЗ
"Навои" and СЭЗ "Витебск" beside the cities Навои and Витебск, ОАО/АО/ООО names, ООО "Кармана Агромаш" beside the town
Кармана, universities 'имени П. М. Машерова' and 'имени Евфросинии Полоцкой', 'Орша – Навои', Учкудуке);
971 ru TASS 'УЛАН-БАТОР, 12 декабря. /ТАСС/.' (the Russian-Mongolian intergovernmental commission; АО "Улан-Баторская
железная дорога" (УБЖД), Козлов, Батмунхийн Батцэцэг, Mongolian patronymic names in the genitive (Жаргалсайханы
Тэмүүлэна), 'на участке Сухэ-Батор – Дархан', станции Наушки, ГОК "Эрдэнэт", Минприроды России, Минэнерго РФ,
Россельхознадзор, аймака Увс / аймака Ховд, Республики Тыва, Приангарья for Иркутская область, 'Иркутск – Кяхта –
Улан-Батор'); 972 ru Kazinform 'АСТАНА. КАЗИНФОРМ –' (the Kazakh-Indonesian intergovernmental commission; Шаккалиев,
Арманата Насир in the instrumental, Perum Bulog, Air Astana, АО "Национальная компания "KazakhExport"", Indonesia
Eximbank, НПП "Атамекен" in the instrumental, KADIN, ТОО "Бурабай Астык Экспорт", PT Sumber Gandum Nusantara, Сурабаи,
Ляньюньган, Танджунг-Перак, MIND ID, 'в Карагандинской и Восточно-Казахстанской областях'); 973 zh Xinhua '新华社万象…电
（记者… …）' (a Chinese potash project in Khammouane; 沙伦赛·贡玛西 / 沙伦赛, 老挝能源与矿产部, 亚钾国际投资（广州）股份有限公司,
中农钾肥有限公司 / 中农钾肥, 农勃县, 他曲, 13号公路, 万象南站, 中老铁路, 河静省永安港, 第三座老泰友谊大桥, 那空帕农府, 老挝国立
大学经济与管理学院, 纳坎村, 甘蒙省红十字会); 974 zh Xinhua '新华社贝尔格莱德…电（记者…）' (the China-Serbia trade forum a
year into the FTA; 第三届/第四届 forum names, 武契奇, 李明, 塞尔维亚内外贸易部国务秘书, 匈塞铁路, 诺维萨德, 苏博蒂察, 浙江宁波,
克拉古耶瓦茨, 玲珑轮胎, 河钢集团斯梅代雷沃钢厂, 敏实集团, 舒马迪亚地区, 贝尔格莱德大学经济学院, 伏伊伏丁那自治省);
975 zh Xinhua '新华社雅加达…电（记者… …）' (the China-Indonesia "Two Countries, Twin Parks" committee; the committee's
name with quotes inside, 印尼投资和下游产业部部长, 罗桑·罗斯兰尼 / 罗桑, 福建省副省长, '中国福建省福州市元洪投资区', three
Indonesian parks, 民丹岛, 东盟, 三林集团, 中爪哇省, 三宝垄港, 巴塘县 beside 巴塘工业园, 福州江阴港, 印尼大学经济研究所);
976 ar ONA 'مسقط في 12 ديسمبر /العُمانية/' (the Omani-Belarusian joint committee; معالي الدكتور + سعيد بن محمد الصقري
then سعيد الصقري, يوري غورلوف, companies in quotes after شركة/لشركة (مصنع مينسك للجرارات, بيلاز, مزارع الباطنة الحديثة,
سافوشكين برودكت), مدينة خزائن الاقتصادية, المنطقة الحرة بالمزيونة بمحافظة ظفار, جامعة السلطان قابوس, الأكاديمية الزراعية
الحكومية البيلاروسية في مدينة غوركي, ولاية بركاء, سعادة السفير, ووزارة with و); 977 ar MENA 'القاهرة في 12 ديسمبر /أ ش أ/'
(the Egyptian-Uzbek business forum; حسن الخطيب, جمشيد خوجاييف, المنطقة الاقتصادية لقناة السويس beside the authority
named after it, "أوزبكستان إيرويز", شرم الشيخ, ووكالة الاستثمارات الأجنبية الأوزبكية, "أنديجان فارم" beside ولاية
أنديجان, منطقة السخنة الصناعية, ميناء شرق بورسعيد, مدبولي, الجهاز المركزي للتعبئة العامة والإحصاء); 978 ar SPA 'الرياض
02 رجب 1448 هـ الموافق 12 ديسمبر 2026 م واس' (the Saudi-Brazilian coordination council; الفالح, ألكمين with his long
title, صندوق الاستثمارات العامة, "إمبراير", شركة تطوير المنتجات الحلال, "بي آر إف", أبيكس-البرازيل, "الوسم للاستثمار
الزراعي", ولاية غوياس, ميناء باراناغوا, ميناء جدة الإسلامي beside مدينة جدة, محمد بن سلمان, قصر اليمامة بالرياض);
979 en Reuters 'BUDAPEST/BELGRADE, Dec 12 (Reuters) -' with byline and reporting line (a Hungary-Serbia oil pipeline;
Szijjarto and Djedovic Handanovic without diacritics, Algyo, Szeged, Novi Sad, Pancevo, NIS, JANAF, the Adriatic and
Druzhba pipelines, Omisalj, Gazprom Neft, Transnafta, Subotica, EIB, Hernadi, Szazhalombatta, Pannonia Energy Advisory,
Horgos, Washington for its government); 980 en Antara 'Jakarta (ANTARA) -' (the Indonesia-Brazil joint commission;
Budi Santoso / Santoso, Marcio Elias Rosa / Rosa, BPS, BPJPH, Goias, Mato Grosso do Sul, ID FOOD, Minerva Foods,
Tanjung Priok, Perum Bulog, Copersucar, GAPKI, ABIOVE, BRICS, the Trade Ministry, Embraer); 981 en MONTSAME 'Ulaanbaatar,
December 12 (MONTSAME).' (the Mongolia-Uzbekistan intergovernmental commission; initial-dot names Ts.Oyunsuren,
A.Urunov, B.Tuvshinjargal, G.Zandanshatar, Erdenet Mining Corporation, Almalyk MMC, MIAT, Qanot Sharq, MNCCI,
Khuvsgul Leather Works LLC, Orkhon province, State Palace, an ambassador 'resident in Beijing'); 982 fr APS 'ALGER -'
with no agency name (the Algerian-Vietnamese joint commission; Arkab, Nguyen Sinh Nhat Tan, Sonatrach, PVEP,
PetroVietnam, gisement de Bir Seba, wilaya de Touggourt, port de Hai Phong / port d'Alger, CACI, AAPI, a department of a
Vietnamese ministry, Sahel Agro Import, Mekong Golden Rice, Can Tho, Biskra, Université Kasdi-Merbah de Ouargla,
Université nationale de Hanoï); 983 fr AFP 'Tachkent (AFP) -' (Medef International's delegation in Uzbekistan;
Chavkat Mirziyoev, palais Kouksaroï, Suez, ministère ouzbek de la Construction et du Logement, région de Ferghana,
Voltalia, Karakalpakstan, mer d'Aral, Soufflet/InVivo, Uzagroholding, Samarcande, BERD, AFD, région de Boukhara,
Djoumanov, Angren, Orano, Navoiyuran, désert du Kyzylkoum).
Every invented name and every minor real one was checked with grep against the earlier sets' articles; replaced or
dropped after that check: a TEDA Suez zone story (holdout3), a China-Laos railway story with 磨憨/万荣/琅勃拉邦
(holdout6), Saysettha/Boten (holdout38), a Kazakhstan-Oman story (holdout6), Sokhna and Port Said (holdout38), Âu Đức,
Phan Thị Thắng, Nguyễn Văn Thắng, Szeged (as the university), Зарафшан, МТЗ, Кошербаев, Сейтказиев, Самрук, Ковалевич,
"Союз Восток" (holdout44), Кокше, 廖内群岛, 丹戎不碌, 阿古斯·哈尔约诺, 维莱, الكندي, السويق, الدسوقي, الشناوي,
كارانكيفيتش, الحبسي, اليوسف, منارة, سالك, Fávaro, Dyah, Vietrade, USTHB. Recurring as allowed: famous figures and
bodies (Szijjártó, Orbán, Vučić, Zandanshatar, Mirziyoev, مدبولي, محمد بن سلمان, MOL, Embraer, Orano, Vietnam
Airlines, Uzbekistan Airways, Air Astana, AFD, BERD, 中国国际贸易促进委员会), capitals, big cities and regions (Tashkent,
Budapest, Cairo, Alexandria, Almaty, Москва, Иркутск, Дархан, 昆明, 上海, 宁波, 浙江, 三宝垄, Quảng Ngãi, Cần Thơ, Novi
Sad, Subotica, ظفار, Papua, Maluku). Written blind in session 30: no Swift source read, no extractor run; the gold was
fixed and committed before any extractor ran on the set.

Conventions as holdout53 and holdout47 (titles and honorifics no part of a name: Bộ trưởng, Phó Thủ tướng, Phó Tỉnh
trưởng, Đại tá, Председатель …облисполкома, первый заместитель хокима, вице-губернатор, 副总理兼外交部长, 副省长, 县长,
国务秘书, معالي الدكتور, سعادة السفير, المهندس, سمو ولي العهد, State Secretary, Deputy Minister, M.; a portfolio in a title
no entity, a ministry written as such an organization (Bộ Công Thương, Минприроды России, 老挝能源与矿产部, 塞尔维亚内外
贸易部, وزارة الاستثمار, the Trade Ministry, Ministry of Economy and Development, ministère ouzbek de la Construction et
du Logement); intergovernmental and joint commissions, councils and committees and capitalized forums organizations;
governments (Chính phủ Việt Nam, 市人民政府), programmes and visions (Stipendium Hungaricum, "Mở cửa hướng Đông", 两国双园,
一带一路, رؤية "عُمان 2040", رؤية المملكة 2030, free nutritious meals programme), events (Дни Витебской области) and broad
regions (Trung Á, Đông Nam Á, Bắc Phi, 中东, الخليج العربية, آسيا الوسطى, Latin America, western Balkans, Asie centrale)
no entities; zones, industrial parks, ports, stations, roads, railways, pipelines, bridges, palaces and memorial sites
places; a generic word before a place an alias; a place only inside an organization's name not counted (Minsk in مصنع
مينسك للجرارات, Ouargla, Hanoï, Thành phố Hồ Chí Minh in the universities' names, Al Batinah, Smederevo in the plant's
name, Hungary in Eximbank Hungary, Khuvsgul). New here:
- a free economic zone named like its city ('свободная экономическая зона "Навои"', 'СЭЗ "Витебск"') is a place apart
  from the city, its quoted name alone never written, so the city keeps the bare name; a company named after a town
  (ООО "Кармана Агромаш", Công ty TNHH Samarkand Agro Export) is an organization apart from the town, which the article
  names too; a zone named only with its type (Khu kinh tế tự do Navoi, Khu kinh tế Dung Quất) is one place with no
  bare alias, while 'منطقة السخنة الصناعية' is the alias of السخنة (as holdout38's المنطقة الصناعية ببرج العرب);
- coordinated Russian regions in a headline ('Витебская и Навоийская области') are two places, the first alias the
  bare adjective, as holdout54's Polish powiaty; 'Приангарья' is the alias of Иркутская область (as Забайкалье);
- Mongolian names with a patronymic genitive (Батмунхийн Батцэцэг, Жаргалсайханы Тэмүүлэн) keep it as the first word;
  MONTSAME's initial-dot names (Ts.Oyunsuren, G.Zandanshatar) are canonical as written, and 'A.Urunov' is an alias of
  Azizbek Urunov;
- a university's college or institute and the university are two organizations (老挝国立大学经济与管理学院 / 老挝国立
  大学, 贝尔格莱德大学经济学院, 印尼大学经济研究所), as holdout54's 경북대학교 의과대학; a named steel plant written
  after its group (河钢集团斯梅代雷沃钢厂) is an organization apart from the group, the long form its alias;
- a forum named with its edition (第三届/第四届中国—塞尔维亚经贸合作论坛) and a committee with an ordinal meeting
  (Kỳ họp lần thứ 4 …) are the one body; a committee's name with inner quotes (中国—印度尼西亚“两国双园”合作联合工作委员会)
  keeps them; 'Ủy ban liên Chính phủ' and '联合工作委员会' alone are aliases; lowercase French commissions and forums
  ('la commission mixte algéro-vietnamienne de coopération …', 'la commission intergouvernementale franco-ouzbèke', 'un
  forum d'affaires franco-ouzbek') are none, as holdout38's 'foire commerciale Chine-Laos', and so are 'межправкомиссии'
  and 'a joint business council';
- a pair of border gates 'cặp cửa khẩu quốc tế Na Mèo - Nậm Xôi' is two places (holdout47), and a memorial site
  named after a district (Khu di tích lịch sử cách mạng Viêng Xay) is a place apart from the district; a parliament
  building (Tòa nhà Quốc hội) and a market centre (Trung tâm thương mại Tứ Hổ, 'Négy Tigris') are places;
- a port written with a city named elsewhere is a place of its own (ميناء جدة الإسلامي, port d'Alger), with a city not
  named elsewhere the city's alias (cảng Alexandria, cảng Damietta, port de Hai Phong, 三宝垄港, порт Танджунг-Перак,
  port of Omisalj); ميناء شرق بورسعيد is the place شرق بورسعيد (East Port Said, not the city);
- a trade office (Thương vụ Việt Nam tại Ai Cập) and an embassy (中国驻老挝大使馆, 中国驻印尼大使馆) are organizations
  and name their countries; a Red Cross branch named by its province (甘蒙省红十字会) is an organization;
- an agency named by the nisba in its dateline ('/العُمانية/') is the agency, its long form an alias (holdout38);
  APS's dateline 'ALGER -' names no agency.
Countries: as holdout53, from names, adjectives, demonyms and one-character forms (Kazakhstan, Kyrgyzstan, Lào, Chính
phủ Việt Nam, Ai Cập, Hungary, Узбекистана, Россию и Казахстан, Китаем, РФ, Индонезии, 中老, 老泰, 越南, 马来西亚, 泰国,
匈塞铁路, 匈牙利, 中塞, 中印尼, 新加坡, 澳大利亚, 日本, العُمانية, البيلاروسية, الأوزبكية, المصري, السعودي, البرازيلية, U.S.,
Croatia's, Russian, algéro-vietnamienne, françaises, Russie, Chine, Kazakhstan); a city standing for its government
(Washington, Belgrade, Tachkent) is only the place; a currency (USD, euro, soum, 基普, $) names none.
Judgement calls: 966 names Kazakhstan and Kyrgyzstan only as markets, still KZ and KG; 969's 'Hà Nội - Budapest' route
names Hà Nội, and Frankfurt and Doha name no country; 970 names no Belarus (BelTA and the Vitebsk region only); 981
names no Russia, Turkey, Kazakhstan or China (Moscow, Istanbul, Almaty, Beijing only); 'Aral' is the canonical of 'biển
Aral' (a generic word before a place), while French 'mer d'Aral' is canonical as written (as 'mer Caspienne' in
holdout47); 'Pancevo' is the town though it stands for the refinery once ('cut throughput at Pancevo'); the
'Adriatic pipeline' is a place (JANAF's line); 'Trà Khúc' in 969 is the company's short form, no river; 'Eximbank
Hungary' names HU only through its name; the Uzbek Institute of irrigation research ('Viện Nghiên cứu Thủy lợi và Cải
tạo đất của Uzbekistan') keeps 'của Uzbekistan' out of its name; BelTA's 'главное управление идеологической работы
облисполкома' and 'отдел внешнеэкономической деятельности' are generic units, none; 'Главное агентство ветеринарии'
is Mongolia's (MN)."""
import os, unicodedata
from goldlib import P, O, L, check_gold, write_gold


def nfd(ents):
    """The NFD article's aliases, written in NFD as the article is (check_gold compares after NFC)."""
    return [(t, unicodedata.normalize("NFD", c), [unicodedata.normalize("NFD", a) for a in al]) for t, c, al in ents]


TTXVN = (O, "TTXVN", [])
XINHUA = (O, "新华社", [])
G = {
 "966_vi.txt": ("vi", ["KG", "KZ", "UZ", "VN"], [
  (L, "Tashkent", ["thủ đô Tashkent"]), TTXVN, (O, "Bộ Nông nghiệp và Môi trường", []), (P, "Đỗ Đức Duy", []),
  (P, "Laziz Kudratov", ["Kudratov"]),
  (O, "Ủy ban liên Chính phủ Việt Nam - Uzbekistan về hợp tác kinh tế, thương mại và khoa học - kỹ thuật",
   ["Ủy ban liên Chính phủ Việt Nam - Uzbekistan", "Ủy ban liên Chính phủ"]),
  (L, "Khu kinh tế tự do Navoi", []), (L, "Fergana", ["tỉnh Fergana"]), (L, "Aral", ["biển Aral"]),
  (O, "Tập đoàn Dệt May Việt Nam", ["Vinatex"]), (O, "Uztekstilprom", ["Hiệp hội Uztekstilprom"]),
  (O, "Công ty cổ phần Nông sản Thực phẩm Phúc Điền", ["Phúc Điền"]),
  (O, "Công ty TNHH Samarkand Agro Export", []), (P, "Bạch Quang Thịnh", []),
  (L, "Thành phố Hồ Chí Minh", []), (O, "Uzbekistan Airways", []), (L, "Hà Nội", []), (O, "Vietjet", []),
  (L, "Samarkand", ["tỉnh Samarkand"]), (L, "Urgut", ["huyện Urgut"]),
  (O, "Viện Nghiên cứu Thủy lợi và Cải tạo đất", []), (P, "Hà Minh Trác", [])]),
 "967_vi.txt": ("vi", ["LA", "VN"], nfd([
  (L, "Thanh Hóa", ["tỉnh Thanh Hóa"]), (L, "Hủa Phăn", ["tỉnh Hủa Phăn"]), (L, "Na Mèo", []),
  (L, "Nậm Xôi", ["cửa khẩu Nậm Xôi"]), (L, "Sầm Nưa", ["thị xã Sầm Nưa"]), TTXVN,
  (O, "Ủy ban nhân dân tỉnh Thanh Hóa", ["Ủy ban nhân dân tỉnh"]), (P, "Mai Xuân Hòe", []),
  (P, "Khamphanh Vilayvong", ["Khamphanh"]), (L, "quốc lộ 217", []), (L, "Quang Chiểu", ["xã Quang Chiểu"]),
  (L, "đường 6A", []), (O, "Sở Công Thương tỉnh Thanh Hóa", []), (O, "Sở Công Thương tỉnh Hủa Phăn", []),
  (O, "Bệnh viện Đa khoa tỉnh Thanh Hóa", []), (O, "Bệnh viện tỉnh Hủa Phăn", []),
  (O, "Trường Đại học Hồng Đức", []), (O, "Công ty TNHH Thương mại Mường Xia Xanh", []),
  (O, "Công ty Phoukhao Agro", []), (L, "Viêng Xay", ["huyện Viêng Xay"]), (P, "Lò Thị Phiên", []),
  (L, "Khu di tích lịch sử cách mạng Viêng Xay", []), (O, "Trường Dân tộc nội trú tỉnh Hủa Phăn", []),
  (P, "Hà Văn Thuấn", []), (O, "Bộ đội Biên phòng tỉnh Thanh Hóa", [])])),
 "968_vi.txt": ("vi", ["EG", "VN"], [
  (L, "Cairo", ["thủ đô Cairo"]), TTXVN, (O, "Thương vụ Việt Nam tại Ai Cập", []),
  (O, "Liên đoàn các Phòng Thương mại Ai Cập", []),
  (O, "Diễn đàn Doanh nghiệp Việt Nam - Ai Cập 2026", ["Diễn đàn Doanh nghiệp Việt Nam - Ai Cập"]),
  (O, "Bộ Công Thương", []), (P, "Nguyễn Hoàng Long", []), (P, "Hassan El-Khatib", []),
  (L, "Khu kinh tế Kênh đào Suez", []), (O, "Cơ quan Kinh tế Kênh đào Suez", ["SCZone"]),
  (L, "Qantara West", ["khu công nghiệp Qantara West"]), (P, "Đinh Hữu Tấn", []),
  (O, "Cơ quan An toàn Thực phẩm Quốc gia Ai Cập", []), (L, "Alexandria", ["cảng Alexandria"]),
  (L, "Damietta", ["cảng Damietta"]), (O, "Tổng công ty Cà phê Việt Nam", ["Vinacafe"]), (O, "Delta Nile Foods", []),
  (L, "Mansoura", ["thành phố Mansoura"]), (P, "Amr Hamdy Radwan", []), (L, "Nile", ["sông Nile"]),
  (O, "Công ty cổ phần Hải sản Bình Minh Long", []), (L, "Cà Mau", []), (O, "Kheir Zaman", []),
  (P, "Trương Mỹ Diệp", []), (O, "Phòng Thương mại Alexandria", [])]),
 "969_vi.txt": ("vi", ["HU", "VN"], [
  (L, "Budapest", ["thủ đô Budapest"]), TTXVN, (P, "Hồ Đức Phớc", []), (P, "Péter Szijjártó", ["Szijjártó"]),
  (O, "Ủy ban hỗn hợp về hợp tác kinh tế Việt Nam - Hungary", []),
  (O, "Ngân hàng Xuất nhập khẩu Hungary", ["Eximbank Hungary"]), (L, "Quảng Ngãi", ["tỉnh Quảng Ngãi"]),
  (L, "Cần Thơ", ["thành phố Cần Thơ"]), (O, "Liên minh châu Âu", ["EU"]),
  (O, "Gedeon Richter", ["Tập đoàn Gedeon Richter"]), (O, "Công ty cổ phần Dược phẩm Trà Khúc", ["Trà Khúc"]),
  (P, "Lưu Bá Nghiêm", []), (L, "Khu kinh tế Dung Quất", []), (O, "Đại học Pécs", []),
  (O, "Đại học Y Dược Thành phố Hồ Chí Minh", []), (O, "Đại học Bách khoa và Kinh tế Budapest", []),
  (O, "Đại học Đà Nẵng", []), (O, "Vietnam Airlines", []), (L, "Hà Nội", []), (L, "Frankfurt", []),
  (L, "Doha", []), (P, "Viktor Orbán", []), (L, "Tòa nhà Quốc hội", []),
  (L, "Trung tâm thương mại Tứ Hổ", ["Négy Tigris"])]),
 "970_ru.txt": ("ru", ["KZ", "RU", "UZ"], [
  (L, "Витебская область", ["Витебская", "Витебской области"]),
  (L, "Навоийская область", ["Навоийская области", "Навоийской области"]),
  (L, "Витебск", ["ВИТЕБСК", "Витебске"]), (O, "БЕЛТА", []),
  (O, "Витебский облисполком", ["Витебского облисполкома"]),
  (P, "Александр Субботин", ["Александром Субботиным"]), (P, "Улугбек Сафаров", ["Улугбека Сафарова"]),
  (L, "свободная экономическая зона \"Навои\"", ["свободной экономической зоны \"Навои\""]),
  (O, "Навоиазот", ["АО \"Навоиазот\""]), (O, "Витязь", ["ОАО \"Витязь\""]), (O, "Нафтан", ["ОАО \"Нафтан\""]),
  (L, "Новополоцк", ["Новополоцке"]),
  (L, "свободная экономическая зона \"Витебск\"", ["свободную экономическую зону \"Витебск\""]),
  (O, "Витебский завод тракторных запчастей", ["ОАО \"Витебский завод тракторных запчастей\""]),
  (O, "Кармана Агромаш", ["ООО \"Кармана Агромаш\""]), (L, "Кармана", ["Кармане"]),
  (O, "Витебский государственный университет имени П. М. Машерова", []),
  (O, "Навоийский государственный горно-технологический университет", []), (L, "Полоцк", ["Полоцке"]),
  (O, "Полоцкий государственный университет имени Евфросинии Полоцкой",
   ["Полоцкого государственного университета имени Евфросинии Полоцкой"]),
  (P, "Инна Лапицкая", []), (L, "Орша", []), (L, "Навои", []), (L, "Учкудук", ["Учкудуке"])]),
 "971_ru.txt": ("ru", ["CN", "MN", "RU"], [
  (O, "Улан-Баторская железная дорога", ["Улан-Баторской железной дороги",
   "АО \"Улан-Баторская железная дорога\"", "УБЖД"]),
  (L, "Улан-Батор", ["УЛАН-БАТОР"]), (O, "ТАСС", []),
  (O, "Межправительственная российско-монгольская комиссия по торгово-экономическому и научно-техническому сотрудничеству",
   ["Межправительственной российско-монгольской комиссии по торгово-экономическому и научно-техническому сотрудничеству"]),
  (P, "Александр Козлов", ["Козлов"]), (L, "Сухэ-Батор", []), (L, "Дархан", []),
  (L, "Наушки", ["станции Наушки"]), (P, "Батмунхийн Батцэцэг", []), (O, "РЖД", ["ОАО \"РЖД\""]),
  (P, "Жаргалсайханы Тэмүүлэн", ["Жаргалсайханы Тэмүүлэна"]), (O, "Эрдэнэт", ["ГОК \"Эрдэнэт\""]),
  (O, "Монголросцветмет", ["АО \"Монголросцветмет\""]), (O, "Минприроды России", []),
  (O, "Минэнерго РФ", []), (P, "Ростислав Бобылев", []), (O, "Россельхознадзор", []),
  (O, "Главное агентство ветеринарии", []), (L, "Увс", ["аймака Увс"]), (L, "Ховд", ["аймака Ховд"]),
  (L, "Республика Тыва", ["Республики Тыва"]), (L, "Бурятия", ["Бурятии"]),
  (L, "Иркутская область", ["Приангарья"]), (L, "Селенгинский аймак", []), (P, "Ольга Шеметова", []),
  (L, "Иркутск", []), (L, "Кяхта", []),
  (O, "Иркутский национальный исследовательский технический университет", []), (L, "Москва", ["Москве"])]),
 "972_ru.txt": ("ru", ["CN", "ID", "KZ"], [
  (L, "Астана", ["АСТАНА", "Астану"]), (O, "Казинформ", ["КАЗИНФОРМ"]),
  (P, "Арман Шаккалиев", ["Шаккалиева"]), (P, "Арманата Насир", ["Арманатой Насиром"]),
  (O, "Казахстанско-индонезийская межправительственная комиссия по торгово-экономическому сотрудничеству",
   ["Казахстанско-индонезийской межправительственной комиссии по торгово-экономическому сотрудничеству"]),
  (O, "Perum Bulog", []), (L, "Алматы", []), (L, "Джакарта", ["Джакартой", "Джакарте"]), (O, "Air Astana", []),
  (L, "Бали", []), (L, "Денпасар", []),
  (O, "KazakhExport", ["АО \"Национальная компания \"KazakhExport\""]), (O, "Indonesia Eximbank", []),
  (O, "Национальная палата предпринимателей Республики Казахстан \"Атамекен\"",
   ["Национальной палатой предпринимателей Республики Казахстан \"Атамекен\"", "\"Атамекен\""]),
  (O, "Торгово-промышленная палата Индонезии", ["Торгово-промышленной палатой Индонезии", "KADIN"]),
  (O, "Бурабай Астык Экспорт", ["ТОО \"Бурабай Астык Экспорт\""]),
  (L, "Акмолинская область", ["Акмолинской области"]), (O, "PT Sumber Gandum Nusantara", []),
  (L, "Сурабая", ["Сурабаи"]), (P, "Ерболат Мырзахметов", []), (L, "Ляньюньган", ["порта Ляньюньган"]),
  (L, "Танджунг-Перак", ["порт Танджунг-Перак"]), (O, "MIND ID", []),
  (L, "Карагандинская область", ["Карагандинской"]),
  (L, "Восточно-Казахстанская область", ["Восточно-Казахстанской областях"])]),
 "973_zh.txt": ("zh", ["CN", "ID", "LA", "MY", "TH", "VN"], [
  (L, "甘蒙省", []), XINHUA, (L, "万象", []), (P, "黄思远", []), (P, "陶嘉宁", []),
  (P, "沙伦赛·贡玛西", ["沙伦赛"]), (O, "老挝能源与矿产部", []), (P, "坎平·西萨瓦", []),
  (O, "中国驻老挝大使馆", []), (O, "亚钾国际投资（广州）股份有限公司", []),
  (O, "中农钾肥有限公司", ["中农钾肥"]), (L, "农勃县", []), (L, "他曲", []), (P, "梁振华", []),
  (L, "13号公路", []), (L, "万象南站", []), (L, "中老铁路", []), (L, "云南", []), (L, "昆明", []),
  (L, "12号公路", []), (L, "河静省", []), (L, "永安港", []), (L, "第三座老泰友谊大桥", []),
  (L, "那空帕农府", []), (P, "本通·占塔冯", []), (O, "老挝国立大学", []),
  (O, "老挝国立大学经济与管理学院", []), (P, "索姆派·坎塔冯", []), (L, "纳坎村", []), (P, "宋蓬·西昆", []),
  (O, "甘蒙省红十字会", [])]),
 "974_zh.txt": ("zh", ["CN", "HU", "RS"], [
  XINHUA, (L, "贝尔格莱德", []), (P, "石嘉禾", []),
  (O, "中国—塞尔维亚经贸合作论坛", ["第三届中国—塞尔维亚经贸合作论坛", "第四届中国—塞尔维亚经贸合作论坛"]),
  (P, "武契奇", []), (P, "李明", []), (O, "塞尔维亚内外贸易部", []), (P, "米莲娜·约万诺维奇", []),
  (L, "匈塞铁路", []), (L, "诺维萨德", []), (L, "苏博蒂察", []), (O, "塞尔维亚商会", []),
  (O, "中国国际贸易促进委员会", []), (L, "浙江", []), (L, "宁波", []), (L, "克拉古耶瓦茨", []),
  (P, "尼古拉·达希奇", []), (L, "兹雷尼亚宁", []), (O, "玲珑轮胎", []), (O, "河钢集团", []),
  (O, "斯梅代雷沃钢厂", ["河钢集团斯梅代雷沃钢厂"]), (L, "洛兹尼察", []), (O, "敏实集团", []), (P, "彭德江", []),
  (L, "舒马迪亚", ["舒马迪亚地区"]), (P, "兹拉坦·马尔科维奇", []), (O, "贝尔格莱德大学", []),
  (O, "贝尔格莱德大学经济学院", []), (P, "德拉甘·彼得罗维奇", []), (L, "上海", []),
  (O, "塞尔维亚国家统计局", []), (O, "塞尔维亚发展署", []), (L, "伏伊伏丁那自治省", [])]),
 "975_zh.txt": ("zh", ["AU", "CN", "ID", "JP", "SG"], [
  (L, "民丹工业园", []), XINHUA, (L, "雅加达", []), (P, "罗晓菁", []), (P, "林卫东", []),
  (O, "中国—印度尼西亚“两国双园”合作联合工作委员会", ["联合工作委员会"]),
  (O, "印尼投资和下游产业部", []), (P, "罗桑·罗斯兰尼", ["罗桑"]), (L, "福建省", ["福建"]), (P, "郑建闽", []),
  (O, "印尼经济统筹部", []), (L, "福州市", ["福州"]), (L, "元洪投资区", []), (L, "阿维尔巴拉帕工业园", []),
  (L, "巴塘工业园", []), (O, "东盟", []), (O, "福建省商务厅", []), (L, "民丹岛", []),
  (O, "福建闽海渔业科技有限公司", ["闽海渔业科技有限公司"]), (O, "福州榕岛食品有限公司", []),
  (P, "陈振勇", []), (O, "三林集团", []), (P, "苏珊蒂·维约诺", []), (L, "中爪哇省", []),
  (L, "三宝垄", ["三宝垄港"]), (L, "巴塘县", []), (P, "维迪亚·普拉塔玛", []), (O, "中国驻印尼大使馆", []),
  (L, "江阴港", []), (O, "印尼大学", []), (O, "印尼大学经济研究所", []), (P, "莉娜·苏哈托诺", [])]),
 "976_ar.txt": ("ar", ["BY", "OM"], [
  (O, "اللجنة العُمانية البيلاروسية المشتركة للتعاون الاقتصادي والتجاري", ["اللجنة العُمانية البيلاروسية المشتركة"]),
  (L, "مسقط", []), (O, "العُمانية", ["وكالة الأنباء العُمانية", "لوكالة الأنباء العُمانية"]),
  (P, "سعيد بن محمد الصقري", ["سعيد الصقري"]), (P, "يوري غورلوف", []),
  (O, "مصنع مينسك للجرارات", ["شركة \"مصنع مينسك للجرارات\""]), (L, "مدينة خزائن الاقتصادية", []),
  (O, "الهيئة العامة للمناطق الاقتصادية الخاصة والمناطق الحرة", []), (O, "بيلاز", ["شركة \"بيلاز\""]),
  (L, "المنطقة الحرة بالمزيونة", []), (L, "ظفار", ["بمحافظة ظفار"]), (O, "جامعة السلطان قابوس", []),
  (O, "الأكاديمية الزراعية الحكومية البيلاروسية", ["والأكاديمية الزراعية الحكومية البيلاروسية"]),
  (L, "غوركي", ["مدينة غوركي"]), (P, "هلال بن سيف الخروصي", []),
  (O, "مزارع الباطنة الحديثة", ["لشركة \"مزارع الباطنة الحديثة\""]),
  (O, "سافوشكين برودكت", ["شركة \"سافوشكين برودكت\""]), (L, "بركاء", ["ولاية بركاء"]),
  (P, "خميس بن سالم الفارسي", []), (O, "غرفة تجارة وصناعة عُمان", []),
  (O, "وزارة الثروة الزراعية والسمكية وموارد المياه", ["ووزارة الثروة الزراعية والسمكية وموارد المياه"]),
  (L, "مينسك", ["مدينة مينسك"])]),
 "977_ar.txt": ("ar", ["EG", "UZ"], [
  (O, "منتدى الأعمال المصري الأوزبكي", []), (L, "القاهرة", []), (O, "أ ش أ", []),
  (P, "حسن الخطيب", ["الخطيب"]), (P, "جمشيد خوجاييف", ["خوجاييف"]),
  (L, "المنطقة الاقتصادية لقناة السويس", []), (O, "أوزبكستان إيرويز", ["شركة \"أوزبكستان إيرويز\""]),
  (L, "طشقند", []), (L, "شرم الشيخ", []), (O, "الهيئة العامة للاستثمار والمناطق الحرة", []),
  (O, "وكالة الاستثمارات الأجنبية الأوزبكية", ["ووكالة الاستثمارات الأجنبية الأوزبكية"]),
  (O, "اتحاد الغرف التجارية المصرية", []),
  (O, "غرفة التجارة والصناعة الأوزبكية", ["وغرفة التجارة والصناعة الأوزبكية"]),
  (O, "النيل الأخضر للصناعات الدوائية", ["شركة \"النيل الأخضر للصناعات الدوائية\""]),
  (O, "أنديجان فارم", ["شركة \"أنديجان فارم\""]), (L, "أنديجان", ["ولاية أنديجان"]),
  (P, "سامح فكري المنشاوي", []), (P, "وليد جمال الدين", []),
  (O, "الهيئة العامة للمنطقة الاقتصادية لقناة السويس", []), (L, "السخنة", ["منطقة السخنة الصناعية"]),
  (L, "شرق بورسعيد", ["ميناء شرق بورسعيد"]), (P, "مصطفى مدبولي", []),
  (O, "اللجنة المصرية الأوزبكية المشتركة", []), (O, "الجهاز المركزي للتعبئة العامة والإحصاء", [])]),
 "978_ar.txt": ("ar", ["BR", "SA"], [
  (L, "الرياض", ["بالرياض"]), (O, "واس", []), (O, "مجلس التنسيق السعودي البرازيلي", []),
  (P, "خالد بن عبدالعزيز الفالح", ["خالد الفالح"]), (P, "جيرالدو ألكمين", ["ألكمين"]),
  (O, "صندوق الاستثمارات العامة", []), (O, "إمبراير", ["شركة \"إمبراير\""]),
  (O, "شركة تطوير المنتجات الحلال", []), (O, "بي آر إف", ["شركة \"بي آر إف\""]), (L, "جدة", ["مدينة جدة"]),
  (O, "وزارة الاستثمار", []),
  (O, "وكالة ترويج الصادرات والاستثمار البرازيلية", ["ووكالة ترويج الصادرات والاستثمار البرازيلية", "أبيكس-البرازيل"]),
  (O, "الوسم للاستثمار الزراعي", ["شركة \"الوسم للاستثمار الزراعي\""]), (L, "غوياس", ["ولاية غوياس"]),
  (L, "باراناغوا", ["ميناء باراناغوا"]), (L, "ميناء جدة الإسلامي", []), (P, "ماجد بن صالح الحربي", []),
  (P, "محمد بن سلمان بن عبدالعزيز آل سعود", []), (L, "قصر اليمامة", [])]),
 "979_en.txt": ("en", ["HR", "HU", "RS", "RU", "US"], [
  (P, "Bence Horvath-Tamas", []), (P, "Jelena Mitrovic", []), (L, "Budapest", ["BUDAPEST"]),
  (L, "Belgrade", ["BELGRADE"]), (O, "Reuters", []), (L, "Algyo", []), (L, "Szeged", []), (L, "Novi Sad", []),
  (L, "Pancevo", []), (O, "Naftna Industrija Srbije", ["NIS"]), (P, "Peter Szijjarto", ["Szijjarto"]),
  (P, "Dubravka Djedovic Handanovic", ["Djedovic Handanovic"]), (L, "Adriatic pipeline", []), (O, "JANAF", []),
  (O, "MOL", []), (L, "Druzhba", ["Druzhba pipeline"]), (L, "Omisalj", ["port of Omisalj"]),
  (O, "Gazprom Neft", []), (L, "Washington", []), (O, "Transnafta", []), (L, "Subotica", []),
  (O, "European Investment Bank", []), (P, "Zsolt Hernadi", []), (L, "Szazhalombatta", []),
  (O, "European Union", []), (P, "Marko Vukasinovic", []), (O, "Pannonia Energy Advisory", []),
  (P, "Viktor Orban", []), (P, "Aleksandar Vucic", []), (L, "Horgos", []), (P, "Daniel Weller", [])]),
 "980_en.txt": ("en", ["BR", "ID"], [
  (L, "Jakarta", []), (O, "ANTARA", []), (P, "Budi Santoso", ["Santoso"]),
  (O, "Indonesia-Brazil Joint Commission on Economic and Trade Cooperation", []),
  (P, "Marcio Elias Rosa", ["Rosa"]), (O, "Central Statistics Agency", ["BPS"]),
  (O, "Halal Product Assurance Organising Agency", ["BPJPH"]), (L, "Goias", []), (L, "Mato Grosso do Sul", []),
  (O, "ID FOOD", []), (O, "Minerva Foods", []), (L, "Tanjung Priok", ["port of Tanjung Priok"]),
  (O, "Perum Bulog", []), (O, "Copersucar", []), (O, "Indonesian Palm Oil Association", ["GAPKI"]),
  (O, "Brazilian Association of Vegetable Oil Industries", ["ABIOVE"]), (P, "Rudianto Simanjorang", []),
  (O, "BRICS", []), (O, "Trade Ministry", []), (P, "Sri Wahyuni Pertiwi", []), (O, "Embraer", []),
  (L, "Papua", []), (L, "Maluku", []), (L, "Brasilia", [])]),
 "981_en.txt": ("en", ["MN", "UZ"], [
  (L, "Ulaanbaatar", []), (O, "MONTSAME", []),
  (O, "Mongolia-Uzbekistan Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation", []),
  (O, "Ministry of Economy and Development", []), (P, "Ts.Oyunsuren", []), (P, "Azizbek Urunov", ["A.Urunov"]),
  (O, "Erdenet Mining Corporation", []), (O, "Almalyk Mining and Metallurgical Complex", []), (L, "Tashkent", []),
  (O, "MIAT Mongolian Airlines", []), (O, "Qanot Sharq", []), (L, "Moscow", []), (L, "Istanbul", []),
  (L, "Almaty", []), (O, "Mongolian National Chamber of Commerce and Industry", ["MNCCI"]),
  (O, "Chamber of Commerce and Industry of Uzbekistan", []), (O, "Khuvsgul Leather Works LLC", []),
  (O, "Silk Road Textile Group", []), (L, "Orkhon", ["Orkhon province"]),
  (O, "Mongolian University of Science and Technology", []), (O, "Tashkent State Technical University", []),
  (P, "B.Tuvshinjargal", []), (P, "G.Zandanshatar", []), (L, "State Palace", []), (P, "Farhod Arziev", []),
  (L, "Beijing", [])]),
 "982_fr.txt": ("fr", ["DZ", "VN"], [
  (L, "Alger", ["ALGER"]), (P, "Mohamed Arkab", ["Arkab"]), (P, "Nguyen Sinh Nhat Tan", []),
  (O, "Sonatrach", []), (O, "PVEP", []), (O, "PetroVietnam", []), (L, "Bir Seba", ["gisement de Bir Seba"]),
  (L, "Touggourt", ["wilaya de Touggourt"]), (L, "Hai Phong", ["port de Hai Phong"]), (L, "port d'Alger", []),
  (O, "Chambre algérienne de commerce et d'industrie", ["CACI"]),
  (O, "Agence algérienne de promotion de l'investissement", ["AAPI"]),
  (O, "Département de la promotion commerciale du ministère vietnamien de l'Industrie et du Commerce", []),
  (O, "Sahel Agro Import", []), (P, "Nabil Bensaci", []), (O, "Mekong Golden Rice", []), (L, "Can Tho", []),
  (L, "Biskra", []), (O, "Université Kasdi-Merbah de Ouargla", []), (O, "Université nationale de Hanoï", []),
  (P, "Tran Quoc Khanh", [])]),
 "983_fr.txt": ("fr", ["CN", "FR", "KZ", "RU", "UZ"], [
  (L, "Tachkent", []), (O, "AFP", []), (O, "Medef International", []), (P, "Chavkat Mirziyoev", []),
  (L, "palais Kouksaroï", []), (O, "Suez", []), (O, "ministère ouzbek de la Construction et du Logement", []),
  (L, "Ferghana", ["région de Ferghana"]), (O, "Voltalia", []), (L, "Karakalpakstan", []), (L, "mer d'Aral", []),
  (O, "Soufflet", []), (O, "InVivo", []), (O, "Uzagroholding", []), (L, "Samarcande", []),
  (P, "Bertrand Coudray-Lefeuvre", []),
  (O, "Banque européenne pour la reconstruction et le développement", ["BERD"]),
  (O, "Agence française de développement", ["AFD"]), (L, "Boukhara", ["région de Boukhara"]),
  (P, "Jakhongir Djoumanov", []), (L, "Angren", []), (O, "Chambre de commerce et d'industrie d'Ouzbékistan", []),
  (O, "Orano", []), (O, "Navoiyuran", []), (L, "Kyzylkoum", ["désert du Kyzylkoum"]), (L, "Paris", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout55", G)
write_gold(here, "holdout55", "holdout55-gold.json", G)
