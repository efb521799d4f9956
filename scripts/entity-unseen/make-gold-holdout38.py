#!/usr/bin/env python3
"""Writes holdout38-gold.json for the articles in holdout38/ (same format and conventions as make-gold-holdout18.py).
Like holdout12-15 and holdout18, it imitates the bundled seeds (BelTA, VNA, Xinhua, Kazinform and MFA wire copy, and
Arabic wire copy of WAM, MENA, ONA and Xinhua Arabic: long official titles, delegation lists, signing ceremonies,
regions and districts, enterprises with legal forms, free economic zones, universities, ports, quotes, datelines)
about Belarus, Vietnam, China and Kazakhstan and their partners, in English (6), French (5) and Arabic (5):
650 en BelTA (Mogilev and Andijan: elevators; initials A. Zhuravsky), 651 en VNA (Nghe An and Xiengkhouang: the Nam Can
border gate), 652 en Xinhua (a Guizhou fibreglass plant at Ain Sokhna), 653 en Kazinform (Kazakhstan-Hungary business
council in Budapest), 654 en Kazakh MFA release (political consultations with Oman in Muscat, no dateline), 655 en
BelTA (Grodno region and Vojvodina); 656 fr VNA (rice with Cuba; de la / del / de La particles), 657 fr Xinhua (a
China-Laos fair in Kunming), 658 fr Xinhua (Erenhot and Zamyn-Üüd, Mongolian one-word names), 659 fr VNA (fisheries
with Indonesia), 660 fr Kazinform (grain from Aktaou to Alexandrie); 661 ar WAM (UAE and Kazakhstan, renewables; a
delegation list with و, بالشامسي), 662 ar MENA (Belarusian tractors at Borg El Arab), 663 ar ONA (Oman and Vietnam,
fisheries; Vietnamese names in Arabic), 664 ar Xinhua (the China-Arab States Expo in Yinchuan), 665 ar WAM (a Mogilev
delegation in Dubai).
People and most companies are invented (Babushkina Krynka, Masdar, Samruk, Kazakh Invest, Oman Investment Authority,
universities, ministries and chambers are real); every invented person was checked with grep to be new to the seeds,
the non-sentinel sets and knowledge-base.json/places.json (the sentinels were not opened). Written, and its gold fixed
and committed, before the extractor ran on it.
Conventions as holdout18: titles are not part of a name (Sheikh, M., Mme, سعادة, المهندس, الدكتور); a title's portfolio
("Deputy Minister of Industry", "vice-ministre de l'Agriculture et de l'Environnement", "نائب وزير الطاقة") is no
entity, but a ministry written as such inside a title ("of the Ministry of Foreign Affairs and Trade of Hungary",
"وكيل وزارة الاقتصاد") is an organization; governments, lowercase events and commissions (la foire commerciale
Chine-Laos, the intergovernmental commission), continents and broad regions (Europe, Africa, الدلتا, الخليج) are not
entities; a capitalized fair or council is an organization; generic words before a place (region, district, province
de, port de, مدينة, منطقة, ولاية, ميناء) are aliases, and an industrial zone written with its town (المنطقة الصناعية
ببرج العرب) is the town's alias; free economic zones, special economic zones, development zones, border gates, ports,
roads and exhibition centres are places; committees, companies, plants, universities, institutes, chambers and funds are
organizations. A place named only inside an organization's name (Long An, Saravane, Manado, Khanh Hoa, ظفار) is not
counted. Countries: every country named or described by an adjective or demonym, also inside an organization's name
(Belarusian-Russian University → RU, le consultant français → FR), never a city's country."""
import os
from goldlib import P, O, L, write_gold
BELTA = (O, "BelTA", ["Belarusian Telegraph Agency"])
VNA = (O, "VNA", ["Vietnam News Agency", "TTXVN", "Agence vietnamienne d'information"])
XINHUA = (O, "Xinhua", [])
WAM = (O, "وام", ["WAM", "وكالة أنباء الإمارات"])
G = {
 "650_en.txt": ("en", ["BY", "UZ", "RU"], [
  (L, "Mogilev", ["MOGILEV", "Mahilyow"]), BELTA, (L, "Andijan", ["Andijan region", "Andijon"]),
  (O, "Mogilev Regional Executive Committee", ["Mogilev Oblast Executive Committee"]),
  (P, "Gennady Tsvirko", ["Tsvirko"]), (P, "Dilmurod Khaydarbekov", ["Khaydarbekov"]),
  (P, "Bakhtiyor Normurodov", ["Normurodov"]), (O, "Andijonmash JSC", ["Andijonmash"]),
  (P, "Sherzod Ergashaliyev", ["Ergashaliyev"]), (O, "Andijan Machine-Building Institute", []),
  (P, "Gulnora Yusupaliyeva", ["Yusupaliyeva"]), (P, "A. Zhuravsky", ["Zhuravsky"]),
  (O, "Dneprolift OJSC", ["Dneprolift"]), (P, "Tatiana Khmelevskaya", ["Khmelevskaya"]),
  (O, "Bobruisk Communal Machinery Plant OJSC", ["Bobruisk Communal Machinery Plant"]), (P, "Oleg Radkevich", ["Radkevich"]),
  (L, "Mogilev free economic zone", ["Mogilev FEZ"]), (P, "Sergei Lapitsky", ["Lapitsky"]),
  (L, "Smolensk", []), (L, "Aktobe", []), (L, "Asaka", ["Asaka district"]), (L, "Bobruisk", ["Babruysk"]),
  (O, "Uzavtosanoat JSC", ["Uzavtosanoat"]),
  (O, "Ministry of Construction and Housing and Communal Services of Uzbekistan",
   ["Ministry of Construction and Housing and Communal Services"]),
  (O, "Belarusian-Russian University", []), (L, "Uzexpocentre", []), (L, "Tashkent", [])]),
 "651_en.txt": ("en", ["VN", "LA"], [
  (L, "Vientiane", []), VNA,
  (O, "People's Committee of Nghe An province", ["People's Committee of Nghe An", "Nghe An People's Committee"]),
  (L, "Nghe An", ["Nghe An province", "Nghệ An"]), (P, "Cao Xuan Truong", ["Truong"]),
  (L, "Xiengkhouang", ["Xiengkhouang province", "Xieng Khouang"]), (P, "Khamphoui Sengsouvanh", ["Khamphoui", "Sengsouvanh"]),
  (L, "Phonsavan", []), (L, "Nam Can", ["Nam Can border gate", "Nam Can international border gate"]),
  (L, "Nong Het", ["Nong Het district"]),
  (O, "Nghe An Department of Industry and Trade", []), (P, "Vi Van Quyet", ["Quyet"]),
  (O, "Southeast Economic Zone Management Board", []), (P, "Dinh Thi Ngoc Lan", []),
  (O, "Hoang Mai Logistics JSC", ["Hoang Mai Logistics"]), (P, "Le Danh Phuong", ["Phuong"]),
  (O, "Xiengkhouang Department of Public Works and Transport", []), (P, "Souksavath Phommachanh", ["Phommachanh"]),
  (P, "Bounleuang Vongphachanh", ["Vongphachanh"]),
  (O, "Phoukoud Agricultural Development Co., Ltd", ["Phoukoud Agricultural Development", "Phoukoud"]),
  (P, "Somphet Keomanivong", ["Keomanivong"]), (L, "National Road 7", []), (L, "Vinh", ["Vinh city"]),
  (O, "Xiengkhouang Friendship Hospital", []), (O, "Vinh University", []),
  (L, "Muong Kham", ["Muong Kham district"]), (L, "Luang Prabang", []), (P, "Ha Minh Tuan", [])]),
 "652_en.txt": ("en", ["CN", "EG"], [
  (L, "Ain Sokhna", ["AIN SOKHNA"]), XINHUA,
  (O, "Qianxi Composite Materials Co., Ltd.", ["Qianxi Composite Materials"]),
  (L, "China-Egypt TEDA Suez Economic and Trade Cooperation Zone", ["China-Egypt TEDA Suez Zone", "TEDA Suez Zone"]),
  (P, "Hesham Abdel-Moneim Tawfik", ["Tawfik"]), (P, "Qu Hanwen", ["Qu"]), (L, "Red Sea", []),
  (L, "Adabiya", ["port of Adabiya"]), (P, "Mo Lingyu", []),
  (O, "Department of Commerce of Guizhou Province", ["Guizhou Provincial Department of Commerce"]),
  (L, "Guizhou", ["Guizhou Province"]), (L, "Tongren", []), (P, "Tan Yuefeng", []),
  (O, "Egypt TEDA Investment Company", ["Egypt TEDA"]), (L, "Suez", []),
  (O, "General Authority for the Suez Canal Economic Zone", ["SCZone"]), (O, "Suez University", []),
  (P, "Nourhan El-Beltagy", ["El-Beltagy"]), (L, "Port Said", []), (L, "Tianjin", []), (L, "Guiyang", []),
  (P, "Mahmoud Ashraf Sabry", ["Sabry"]), (O, "Egyptian Federation of Building Materials Producers", [])]),
 "653_en.txt": ("en", ["KZ", "HU"], [
  (L, "Astana", ["ASTANA"]), (O, "Kazinform", ["KAZINFORM"]), (O, "Kazakhstan-Hungary Business Council", []),
  (L, "Budapest", []),
  (O, "Ministry of Trade and Integration of Kazakhstan", ["Ministry of Trade and Integration"]),
  (P, "Daniyar Abilkassymuly", ["Abilkassymuly"]), (L, "Almaty region", ["Almaty Region", "Almaty oblast"]),
  (P, "Zhandos Tleubergenov", ["Tleubergenov"]), (O, "Zhetysu Seed JSC", ["Zhetysu Seed"]),
  (P, "Aigerim Nurpeissova", ["Nurpeissova"]), (O, "Turkistan Agro Cluster LLP", ["Turkistan Agro Cluster"]),
  (P, "Berik Ospanbayev", ["Ospanbayev"]),
  (O, "Ministry of Foreign Affairs and Trade of Hungary", ["Hungarian Ministry of Foreign Affairs and Trade"]),
  (P, "Levente Szabadkai", ["Szabadkai"]), (O, "Kunság Agrotech Kft.", ["Kunság Agrotech", "Kunsag Agrotech"]),
  (P, "Zsófia Kerekes-Bartha", ["Kerekes-Bartha"]), (O, "Pannon Irrigation Zrt.", ["Pannon Irrigation"]),
  (P, "Gergely Vámosi", ["Vámosi"]), (L, "Konaev", ["Konayev", "Qonaev"]),
  (O, "akimat of Almaty region", ["Almaty region akimat"]), (L, "Taldykorgan", []), (L, "Shymkent", []),
  (L, "Khorgos – East Gate special economic zone", ["Khorgos – East Gate", "Khorgos-East Gate special economic zone",
   "Khorgos-East Gate", "Khorgos"]),
  (L, "Szeged", []), (O, "Kazakh National Agrarian Research University", []), (O, "University of Szeged", [])]),
 "654_en.txt": ("en", ["KZ", "OM"], [
  (L, "Muscat", []), (P, "Yerzhan Dossymbekov", ["Y. Dossymbekov", "Dossymbekov"]),
  (O, "Ministry of Foreign Affairs of the Sultanate of Oman", ["Omani Ministry of Foreign Affairs"]),
  (P, "Hilal bin Saif Al Maamari", ["Sheikh Hilal", "Hilal", "Al Maamari"]),
  (O, "UN", ["United Nations"]), (O, "Organisation of Islamic Cooperation", ["OIC", "Organization of Islamic Cooperation"]),
  (L, "Aktau", ["port of Aktau"]), (L, "Trans-Caspian International Transport Route", ["Middle Corridor", "TITR"]),
  (L, "Special Economic Zone at Duqm", ["Duqm", "Duqm Special Economic Zone", "SEZAD"]),
  (O, "Oman Investment Authority", ["OIA"]), (L, "Mangystau", ["Mangystau region"]),
  (L, "Turkistan", ["Turkistan region"]), (P, "Bolat Iztleuov", ["Iztleuov"]),
  (O, "Kazakh Invest National Company JSC", ["Kazakh Invest National Company", "Kazakh Invest"]),
  (P, "Saltanat Zhumagaliyeva", []), (O, "Ministry of Foreign Affairs", ["Ministry of Foreign Affairs of Kazakhstan"]),
  (P, "Madina Rysbekova", []), (O, "Oman Chamber of Commerce and Industry", ["OCCI"]),
  (L, "Al Batinah North Governorate", ["Al Batinah North", "North Al Batinah"]),
  (P, "Saif bin Nasser Al Shukaili", ["Al Shukaili"]), (O, "Sohar Grain Company SAOG", ["Sohar Grain Company", "Sohar Grain"]),
  (P, "Thuraya bint Ahmed Al Rawahia", ["Al Rawahia"]), (P, "Qais bin Khalfan Al Hinai", ["Al Hinai"]),
  (L, "Astana", [])]),
 "655_en.txt": ("en", ["BY", "RS"], [
  (L, "Grodno", ["GRODNO", "Hrodna"]), BELTA, (L, "Grodno region", ["Grodno Region"]),
  (L, "Vojvodina", ["Autonomous Province of Vojvodina", "Serbian Autonomous Province of Vojvodina"]),
  (O, "Grodno Regional Executive Committee", []), (P, "Valery Shchurko", ["V. Shchurko", "Shchurko"]),
  (P, "Nebojša Radivojević", ["Radivojević", "Nebojsa Radivojevic"]), (L, "Novi Sad", []),
  (P, "Irina Zhdanovich", ["Zhdanovich"]), (O, "Berestovitsa Agrokombinat OJSC", ["Berestovitsa Agrokombinat"]),
  (P, "Andrei Sushkevich", ["Sushkevich"]), (O, "Lida Feed Mill OJSC", ["Lida Feed Mill"]),
  (P, "Viktor Ulasevich", ["Ulasevich"]), (O, "Yanka Kupala State University of Grodno", []),
  (P, "Yevgeny Rovbut", ["Rovbut"]), (L, "Ostrovets", ["Ostrovets district"]), (L, "Subotica", []), (L, "Sombor", []),
  (P, "Jelena Stojšić", ["Stojšić", "Jelena Stojsic"]), (O, "Agroživ DOO", ["Agroživ", "Agroziv"]),
  (L, "Bačka Topola", ["Backa Topola"]), (L, "Lida industrial park", []), (L, "Shchuchin", ["Shchuchin district"]),
  (O, "International Agricultural Fair", []), (O, "University of Novi Sad", []),
  (O, "Grodno State Agrarian University", [])]),
 "656_fr.txt": ("fr", ["VN", "CU", "FR"], [
  (L, "Hanoï", ["Hanoi"]), VNA, (P, "Hà Quang Vĩnh", ["Vĩnh"]),
  (P, "Yusniel Ramírez de la Osa", ["Ramírez de la Osa"]),
  (O, "Institut de recherches sur le riz de Cuba", ["Institut de recherches sur le riz"]),
  (P, "Odalys Villavicencio del Toro", ["Villavicencio del Toro"]),
  (O, "Entreprise agro-industrielle de grains Los Palacios", ["Entreprise agro-industrielle de grains"]),
  (P, "Reinier Benítez de Armas", ["Benítez de Armas"]), (L, "Pinar del Río", ["province de Pinar del Río"]),
  (P, "Mayelín Quesada", ["Quesada"]), (O, "Institut des sciences agricoles du Sud du Vietnam", []),
  (P, "Trương Công Định", []),
  (O, "Société par actions des semences de Long An", ["Lasco", "Société par actions des semences de Long An (Lasco)"]),
  (P, "Phạm Thị Mỹ Hạnh", ["Hạnh"]), (L, "Sancti Spíritus", []), (L, "Granma", []), (L, "Los Palacios", []),
  (O, "Université de Cần Thơ", []), (L, "Mariel", []),
  (O, "Association d'amitié Vietnam-Cuba de Hô Chi Minh-Ville", ["Association d'amitié Vietnam-Cuba"]),
  (P, "Huỳnh Văn Lượng", []), (P, "Hervé de La Rochère", ["de La Rochère"])]),
 "657_fr.txt": ("fr", ["CN", "LA"], [
  (L, "Kunming", ["KUNMING"]), XINHUA, (L, "Yunnan", ["province du Yunnan"]),
  (P, "Duan Mingrui", ["Duan"]), (P, "Khamsouk Inthavong", ["Khamsouk", "Inthavong"]),
  (L, "Champassak", ["province de Champassak"]), (L, "Boten", ["poste frontalier de Boten"]),
  (O, "Yunnan Lancang Logistics Co., Ltd.", ["Yunnan Lancang Logistics"]),
  (O, "Compagnie lao des produits agricoles de Saravane", []), (L, "Vientiane", []), (P, "Hu Zhiqiang", []),
  (L, "Mohan", ["port sec de Mohan"]), (L, "Xishuangbanna", ["préfecture autonome dai de Xishuangbanna"]),
  (L, "zone de développement de Saysettha", ["Saysettha"]), (P, "Phonesavanh Chanthavong", []),
  (O, "Université du Yunnan", []), (O, "Université nationale du Laos", []), (P, "Ye Xiaoning", ["Ye"]),
  (O, "département du Commerce de la province du Yunnan", ["département du Commerce"]), (L, "Luang Prabang", [])]),
 "658_fr.txt": ("fr", ["CN", "MN", "RU"], [
  (L, "Hohhot", ["HOHHOT"]), XINHUA, (L, "Erenhot", ["port frontalier d'Erenhot", "Erlian"]),
  (O, "administration des douanes de Hohhot", ["douanes de Hohhot"]),
  (L, "Xilin Gol", ["ligue de Xilin Gol"]),
  (L, "Mongolie intérieure", ["région autonome de Mongolie intérieure", "Mongolie-Intérieure"]),
  (L, "Zamyn-Üüd", ["Zamyn-Uud"]), (L, "Dornogovi", ["province de Dornogovi"]), (P, "Bai Zhenyu", []),
  (L, "zone pilote de développement et d'ouverture d'Erenhot", []),
  (O, "Erlian Jinhai Transports internationaux Co., Ltd.", ["Erlian Jinhai Transports internationaux", "Erlian Jinhai"]),
  (P, "Hasbagen", []), (P, "Tsogtbaatar Bolormaa", ["Tsogtbaatar"]),
  (L, "zone économique libre de Zamyn-Üüd", ["zone économique libre de Zamyn-Uud"]), (L, "Sainshand", []),
  (P, "Ganzorig Enkhjargal", []),
  (O, "ministère mongol des Routes et des Transports", ["ministère des Routes et des Transports"]),
  (L, "Oulan-Bator", ["Ulaanbaatar"]), (O, "Université de Mongolie intérieure", []), (P, "Wuyuntana", [])]),
 "659_fr.txt": ("fr", ["VN", "ID"], [
  (L, "Jakarta", []), VNA, (P, "Trịnh Hữu Khiêm", ["Khiêm"]),
  (O, "ministère indonésien des Affaires maritimes et de la Pêche", ["ministère des Affaires maritimes et de la Pêche"]),
  (P, "Rahmat Hidayatullah Siregar", ["Siregar"]), (L, "Kiên Giang", []), (L, "Cà Mau", ["province de Cà Mau"]),
  (L, "Bình Định", []), (L, "Natuna", ["îles Natuna"]),
  (O, "Institut de recherche sur les produits de la mer de Nha Trang", []), (P, "Lâm Quốc Tuyển", []),
  (O, "Comité populaire de la province de Cà Mau", ["Comité populaire de Cà Mau"]), (P, "Thạch Thị Phương Nga", []),
  (O, "Société par actions Kiên Hùng", ["Kiên Hùng"]), (P, "Đoàn Minh Sưởng", []),
  (O, "Université Sam Ratulangi", ["Université Sam Ratulangi de Manado"]), (P, "Dewi Anggraini Lubis", ["Lubis"]),
  (L, "Bitung", []), (L, "Sulawesi du Nord", ["province de Sulawesi du Nord"]), (L, "Nha Trang", []),
  (P, "Ngô Đức Thắng", [])]),
 "660_fr.txt": ("fr", ["KZ", "EG", "AZ", "GE", "TR"], [
  (L, "Astana", ["ASTANA"]), (O, "Kazinform", []), (L, "Aktaou", ["port d'Aktaou", "Aktau"]),
  (L, "Alexandrie", ["Alexandria"]),
  (O, "ministère de l'Agriculture de la République du Kazakhstan", ["ministère de l'Agriculture"]),
  (L, "Le Caire", ["Caire", "Cairo"]), (P, "Yerkebulan Sadvakassov", ["Sadvakassov"]),
  (O, "Aktau Grain Terminal (TOO)", ["Aktau Grain Terminal"]), (P, "Assel Kurmangaliyeva", ["Kurmangaliyeva"]),
  (O, "Corporation alimentaire nationale (SA)", ["Corporation alimentaire nationale"]), (P, "Nurlan Baimukhanov", []),
  (L, "Manguistaou", ["région de Manguistaou", "Mangystau"]), (P, "Marat Kozhakhmetov", []),
  (P, "Tarek Abou El-Naga", ["Abou El-Naga"]), (O, "Holding égyptienne des silos et du stockage", []),
  (P, "Hossam Eddine El-Sayed Shalaby", ["Shalaby"]), (O, "Université d'Alexandrie", []),
  (P, "Amira Abdel-Rahman Fayed", ["Fayed"]), (L, "Novorossiïsk", ["Novorossiysk"]), (L, "Poti", []),
  (L, "mer Caspienne", ["Caspienne", "Caspian Sea"]), (L, "Kostanaï", ["région de Kostanaï", "Kostanay"]),
  (L, "Damiette", ["Damietta"]), (O, "Université nationale agraire kazakhe", [])]),
 "661_ar.txt": ("ar", ["AE", "KZ"], [
  (L, "أستانا", ["Astana"]), WAM, (P, "مطر حمدان الرميثي", ["الرميثي"]),
  (O, "وزارة الطاقة والبنية التحتية", ["Ministry of Energy and Infrastructure"]),
  (P, "نوربيك ساتيبالدييف", ["ساتيبالدييف"]), (P, "سعيد عبيد الشامسي", ["الشامسي", "بالشامسي"]),
  (O, "شركة الظفرة للطاقة النظيفة", ["الظفرة للطاقة النظيفة"]), (P, "موزة خليفة النعيمي", ["النعيمي"]),
  (O, "صندوق أبوظبي للتنمية", ["Abu Dhabi Fund for Development"]), (P, "راشد سالم بالحمر", ["بالحمر"]),
  (O, "مصدر", ["شركة مصدر", "Masdar"]), (L, "تركستان", ["منطقة تركستان", "Turkistan"]),
  (L, "شيمكنت", ["مدينة شيمكنت", "Shymkent"]), (O, "سامروك للطاقة", ["شركة سامروك للطاقة"]),
  (P, "أيدار نورلانوفيتش قاسيموف", ["قاسيموف"]), (O, "قازاق إنفست", ["شركة قازاق إنفست الوطنية", "Kazakh Invest"]),
  (P, "غولنارا سيريكوفنا تولبايفا", ["تولبايفا"]), (O, "جامعة ساتبايف", ["Satbayev University"]),
  (L, "أكمولا", ["منطقة أكمولا", "Akmola"]), (O, "غرفة التجارة والصناعة في أستانا", ["غرفة التجارة والصناعة"]),
  (L, "أبوظبي", ["Abu Dhabi"])]),
 "662_ar.txt": ("ar", ["EG", "BY"], [
  (L, "القاهرة", ["Cairo"]), (O, "أ ش أ", ["وكالة أنباء الشرق الأوسط", "MENA"]),
  (L, "برج العرب", ["المنطقة الصناعية ببرج العرب", "Borg El Arab"]),
  (P, "شريف عبد الحميد الدمرداش", ["الدمرداش"]), (P, "ألكسندر بارانوفسكي", ["بارانوفسكي"]),
  (P, "فاديم ياروشيفيتش", ["ياروشيفيتش"]), (O, "غوميل أغرو ماش", ["شركة غوميل أغرو ماش", "Gomel Agromash"]),
  (P, "ناتاليا ليسوفسكايا", ["ليسوفسكايا"]), (O, "اللجنة التنفيذية لمقاطعة غوميل", ["Gomel Regional Executive Committee"]),
  (P, "سيرغي ماكاريفيتش", ["ماكاريفيتش"]), (O, "جامعة بيلاروسيا الحكومية للزراعة", []),
  (O, "شركة النصر للميكنة الزراعية", ["النصر للميكنة الزراعية"]), (P, "ياسر فتحي أبو العينين", ["أبو العينين"]),
  (L, "توشكى", ["Toshka"]), (L, "شرق العوينات", ["East Owainat"]), (O, "الهيئة العامة للتنمية الصناعية", []),
  (P, "هالة محمود الشربيني", ["الشربيني"]), (O, "مركز تحديث الصناعة", []), (O, "جامعة الإسكندرية", []),
  (L, "مينسك", ["مدينة مينسك", "بمدينة مينسك", "Minsk"]), (L, "الإسكندرية", ["والإسكندرية", "Alexandria"])]),
 "663_ar.txt": ("ar", ["OM", "VN"], [
  (L, "مسقط", ["بمسقط", "Muscat"]), (O, "العمانية", ["العُمانية", "وكالة الأنباء العمانية", "Oman News Agency"]),
  (O, "اللجنة العُمانية الفيتنامية المشتركة", ["اللجنة العمانية الفيتنامية المشتركة"]),
  (P, "هلال بن سالم الغيلاني", ["الغيلاني"]),
  (O, "وزارة الثروة الزراعية والسمكية وموارد المياه", ["Ministry of Agriculture, Fisheries and Water Resources"]),
  (P, "فو ثي ثانه ماي", []), (P, "دانغ كوك هوي", ["هوي"]), (O, "اللجنة الشعبية لمقاطعة خانه هوا", []),
  (P, "تشو فان لونغ", ["لونغ"]),
  (O, "شركة سايغون للمأكولات البحرية المساهمة", ["سايغون للمأكولات البحرية", "شركة سايغون للمأكولات البحرية"]),
  (P, "لام ثي بيتش ثوي", []), (O, "معهد بحوث الأحياء المائية الثالث", []), (L, "محوت", ["ولاية محوت"]),
  (L, "محافظة الوسطى", ["الوسطى"]), (L, "المنطقة الاقتصادية الخاصة بالدقم", ["الدقم", "Duqm"]),
  (O, "الشركة العُمانية لتنمية الاستزراع السمكي", ["الشركة العمانية لتنمية الاستزراع السمكي"]), (L, "صلالة", ["Salalah"]),
  (O, "غرفة تجارة وصناعة عُمان", ["غرفة تجارة وصناعة عمان"]), (P, "فان مينه تري", [])]),
 "664_ar.txt": ("ar", ["CN", "EG", "OM"], [
  (L, "ينتشوان", ["مدينة ينتشوان", "Yinchuan"]), (O, "شينخوا", ["Xinhua"]),
  (L, "نينغشيا", ["منطقة نينغشيا الذاتية الحكم لقومية هوي", "منطقة نينغشيا", "Ningxia"]),
  (O, "معرض الصين والدول العربية", ["China-Arab States Expo"]), (P, "لو هاي بينغ", []),
  (O, "شركة نينغشيا باوفنغ للطاقة المحدودة", ["نينغشيا باوفنغ للطاقة", "باوفنغ"]),
  (O, "الشركة المصرية القابضة للبتروكيماويات", []), (L, "المنطقة الاقتصادية لقناة السويس", []),
  (O, "مجموعة شينشيا للأغذية الحلال", ["شينشيا للأغذية الحلال"]), (O, "شركة ظفار للألبان", ["ظفار للألبان"]),
  (L, "صلالة", ["Salalah"]), (P, "وليد صبري القاضي", ["القاضي"]), (P, "قاو يوي تشينغ", []), (L, "تيانجين", ["Tianjin"]),
  (L, "ميناء صحار", ["صحار", "Sohar"]), (O, "جامعة نينغشيا", []), (O, "جامعة السلطان قابوس", []),
  (P, "عبدالله بن حمد الحبسي", ["الحبسي"]),
  (O, "غرفة تجارة وصناعة عمان", ["غرفة تجارة وصناعة عمان فرع ظفار"]), (P, "ما شيو لان", [])]),
 "665_ar.txt": ("ar", ["AE", "BY"], [
  (L, "دبي", ["Dubai"]), WAM, (P, "عبدالرحمن يوسف المطوع", ["المطوع"]), (O, "وزارة الاقتصاد", ["Ministry of Economy"]),
  (P, "إيغور ستاروفويتوف", ["ستاروفويتوف"]), (O, "اللجنة التنفيذية لمقاطعة موغيليوف", []),
  (L, "مقاطعة موغيليوف", ["موغيليوف", "Mogilev region"]), (P, "إيلينا زاخاريفيتش", ["زاخاريفيتش"]),
  (O, "بابوشكينا كرينكا", ["شركة بابوشكينا كرينكا", "Babushkina Krynka"]), (P, "ديمتري شيلكوفسكي", ["شيلكوفسكي"]),
  (O, "مصنع بوبرويسك للأدوية", []), (P, "أندريه كوتوفيتش", ["كوتوفيتش"]),
  (L, "المنطقة الاقتصادية الحرة موغيليوف", ["المنطقة الاقتصادية الحرة «موغيليوف»", "Mogilev FEZ"]),
  (L, "ميناء جبل علي", ["جبل علي", "Jebel Ali"]), (L, "بيخوف", ["منطقة بيخوف", "Bykhov"]),
  (O, "مجموعة الخيمة للتجزئة", ["الخيمة للتجزئة"]), (L, "الشارقة", ["Sharjah"]), (L, "رأس الخيمة", ["Ras Al Khaimah"]),
  (P, "حمد سيف بن دلموك الشحي", ["الشحي"]), (O, "غرفة تجارة دبي", ["Dubai Chamber of Commerce"]),
  (O, "مؤسسة دبي لتنمية الصادرات", []), (L, "منطقة دبي الصناعية", ["Dubai Industrial City"]),
  (L, "مدينة دبي للطب الحيوي", []), (O, "بيلأغرو", ["معرض بيلأغرو", "Belagro"]), (L, "مينسك", ["بمينسك", "Minsk"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout38", "holdout38-gold.json", G)
