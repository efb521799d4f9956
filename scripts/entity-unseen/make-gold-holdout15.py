#!/usr/bin/env python3
"""Writes holdout15-gold.json for the articles in holdout15/ (same format and conventions as make-gold-holdout14.py).
holdout15 imitates the bundled seeds (BelTA, Kazinform, VNA/TTXVN and Xinhua wire copy, and Arabic wire copy in the
manner of SANA/WAM/KUNA: long official titles, delegations, signing ceremonies, regional authorities, enterprises with
legal forms, universities, ports, quotes, datelines), weighted toward the weakest languages (4 ar, 2 zh, 2 vi, 2 ru,
2 en, 1 fr, 1 de), about Belarus, Vietnam, China and Kazakhstan and partners that appear in no earlier set's gold at
all; every person, place and organization is new to the seeds, the earlier sets, knowledge-base.json and places.json
(the datelines' agencies excepted). It was written and its gold fixed before the extractor ran on it.
Arabic: Belarus and Eritrea (trucks in Massawa; a Russian patronymic, أبو and بن names, a region named by a sea),
Vietnam and Brunei (an oil field off Belait; Vietnamese names in Arabic, a Malay بن حاجي name after honorifics, the
town Seria beside Syria's spelling), China and Seychelles (a fishing port on Mahé; Chinese and French names in Arabic),
Kazakhstan and the Gambia (wheat and a mill in Brikama; أبو بكر as a given name, a river named by its country);
Chinese: China and Samoa (a wharf in Apia; ·-joined Samoan names), China and Iceland (geothermal heating in Akureyri;
a university with a parenthesised campus); Vietnamese: Vietnam and Liberia (rice in Bong County), Vietnam and Bhutan
(tourism; Thai-minority names, Lyonpo honorific); Russian: Belarus and Bosnia and Herzegovina (buses in Banja Luka;
patronymics in the instrumental, genitive names, Republika Srpska), Kazakhstan and Jamaica (bauxite; a Chinese name
and company in Russian, hyphenated names in the genitive); English: Belarus and Lesotho (tractors in Maputsoe; a
middle initial, (Pty) Ltd, an apostrophe-opened Sesotho name, Mohale's Hoek, the town Mir), China and Trinidad and
Tobago (a jetty at Point Lisas; "St. Hill", an acronym); French: Vietnam and Mauritius (textiles; a Vietnamese company
after société par actions, Ltée); German: Kazakhstan and Malta (shipping; Kazakh names in German transliteration,
GmbH, Maltese places with dotted letters).
Entities are (type, canonical, [aliases...]) as in the earlier sets: titles are not part of a name (Lyonpo, Dato,
Haji before the given name are titles); generic words before a place (port of, ميناء, مدينة, جزيرة, منطقة, hạt, huyện,
порт, Hafen, 码头) are aliases; ports, airports, fields, rivers, lakes, valleys, islands, industrial estates are places (so are seas and oceans, as in the earlier sets);
companies, universities, colleges, authorities, chambers, commissions, ministries named as such and institutes are
organizations. A place named only inside an organization's name (Osipovichi, Krichev in the plant's name, Jiangsu,
Zhejiang, Hubei, Wuhan) is not counted unless named on its own. Countries: every
country named or described by an adjective."""
import os
from goldlib import P, O, L, write_gold
G = {
 "156_ar.txt": ("ar", ["BY", "ER"], [
  (L, "مصوع", ["ميناء مصوع", "Massawa"]), (O, "بيلتا", ["BelTA"]),
  (P, "دميتري فاسيليفيتش كوروتكيفيتش", ["كوروتكيفيتش", "دميتري كوروتكيفيتش", "Dmitry Korotkevich"]),
  (O, "شركة أوسيبوفيتشي للآلات الثقيلة المساهمة المفتوحة", ["أوسيبوفيتشي للآلات الثقيلة المساهمة المفتوحة", "أوسيبوفيتشي للآلات الثقيلة",
   "شركة أوسيبوفيتشي للآلات الثقيلة"]),
  (P, "ألكسندر زابولوتسكي", ["زابولوتسكي"]),
  (O, "شركة دهلك للمعدات الهندسية المحدودة", ["دهلك للمعدات الهندسية المحدودة", "دهلك للمعدات الهندسية", "شركة دهلك للمعدات الهندسية"]),
  (P, "صالح إدريس أبو طاهر", ["أبو طاهر"]), (P, "تسفاي قبرهيوت ولدميكائيل", ["ولدميكائيل", "Tesfay Gebrehiwot Woldemichael"]),
  (L, "إقليم شمال البحر الأحمر", ["شمال البحر الأحمر", "Northern Red Sea Region"]),
  (P, "محمد علي بن حامد", ["بن حامد"]), (L, "قندع", ["Ghinda"]), (L, "أفعبت", ["Afabet"]), (L, "نقفة", ["Nakfa"]),
  (O, "جامعة غرودنو الحكومية الزراعية", ["Grodno State Agrarian University"]),
  (O, "كلية حملمالو للزراعة", ["Hamelmalo Agricultural College", "كلية حملمالو"]), (L, "تسني", ["Tesseney"]),
  (O, "اللجنة البيلاروسية الإريترية المشتركة للتعاون التجاري والاقتصادي", ["اللجنة البيلاروسية الإريترية المشتركة"]),
  (L, "نوفوغرودوك", ["Novogrudok"])]),
 "157_ar.txt": ("ar", ["VN", "BN"], [
  (L, "موارا", ["ميناء موارا", "Muara"]), (O, "وكالة الأنباء الفيتنامية", ["VNA"]),
  (P, "دوان مينه كوي", ["Đoàn Minh Quý", "Doan Minh Quy"]),
  (P, "عبد الملك بن حاجي أحمد", ["حاجي عبد الملك بن حاجي أحمد", "Abdul Malik bin Haji Ahmad"]),
  (O, "شركة دونغ هاي للخدمات البحرية المساهمة", ["دونغ هاي للخدمات البحرية المساهمة", "دونغ هاي للخدمات البحرية", "شركة دونغ هاي للخدمات البحرية"]),
  (O, "شركة بوكيت ماس تيناغا المحدودة", ["بوكيت ماس تيناغا المحدودة", "بوكيت ماس تيناغا", "شركة بوكيت ماس تيناغا"]),
  (L, "حقل تشامبيون البحري", ["حقل تشامبيون", "تشامبيون", "Champion field"]),
  (L, "بيلايت", ["منطقة بيلايت", "Belait"]), (L, "سونغ دوك", ["ميناء سونغ دوك", "Sông Đốc"]),
  (O, "مصفاة دونغ كوات", ["Dung Quat refinery"]), (L, "سيريا", ["مدينة سيريا", "Seria"]),
  (P, "فو ثي لان آنه", ["Vũ Thị Lan Anh"]), (O, "جامعة النفط الفيتنامية", ["PetroVietnam University"]),
  (O, "جامعة بروناي للتكنولوجيا", ["Universiti Teknologi Brunei"]), (L, "كوالا بيلايت", ["Kuala Belait"])]),
 "158_ar.txt": ("ar", ["CN", "SC"], [
  (L, "بروفيدنس", ["منطقة بروفيدنس الصناعية", "Providence"]), (O, "شينخوا", ["Xinhua"]),
  (O, "شركة فوجيان هايشيا للهندسة البحرية المحدودة", ["فوجيان هايشيا للهندسة البحرية المحدودة", "فوجيان هايشيا للهندسة البحرية",
   "شركة فوجيان هايشيا للهندسة البحرية", "فوجيان هايشيا"]),
  (P, "جان بول لابورت", ["لابورت", "Jean-Paul Laporte"]), (P, "تشو وين جيه", ["Zhou Wenjie"]),
  (O, "هيئة موانئ سيشل", ["Seychelles Ports Authority"]), (P, "ماري كلير هوارو", ["هوارو", "Marie-Claire Hoareau"]),
  (P, "ليانغ شياو دونغ", ["Liang Xiaodong"]), (L, "براسلين", ["جزيرة براسلين", "Praslin"]), (L, "لا ديغ", ["La Digue"]),
  (O, "جامعة جيمي", ["جامعة جيمي الصينية", "Jimei University"]),
  (O, "جامعة سيشل", ["University of Seychelles"]), (O, "هيئة صيد الأسماك في سيشل", ["Seychelles Fishing Authority"]),
  (L, "أنس بوالو", ["Anse Boileau"])]),
 "159_ar.txt": ("ar", ["KZ", "GM"], [
  (L, "بانجول", ["ميناء بانجول", "Banjul"]), (O, "قازاق إنفورم", ["Kazinform"]),
  (L, "بريكاما", ["مدينة بريكاما", "Brikama"]), (P, "تيمور سماغولوف", ["سماغولوف"]),
  (P, "مودو لامين توراي", ["Modou Lamin Touray"]),
  (O, "الغرفة الغامبية للتجارة والصناعة", ["Gambia Chamber of Commerce and Industry"]), (P, "أبو بكر جالو", ["Abubacarr Jallow"]),
  (O, "شركة أركالك للحبوب المحدودة", ["أركالك للحبوب المحدودة", "أركالك للحبوب", "شركة أركالك للحبوب"]),
  (P, "نورلان بيكبولاتوف", ["بيكبولاتوف"]), (L, "فارافيني", ["Farafenni"]), (L, "كيريوان", ["Kerewan"]), (L, "جانجانبوري", ["Janjanbureh"]),
  (O, "هيئة موانئ غامبيا", ["Gambia Ports Authority"]), (L, "نهر غامبيا", ["Gambia River"]),
  (O, "جامعة غامبيا", ["University of The Gambia"]),
  (O, "الجامعة الكازاخية الزراعية التقنية", ["Kazakh Agrotechnical University"]),
  (P, "فاتو بنسودة-سيساي", ["بنسودة-سيساي"])]),
 "160_zh.txt": ("zh", ["CN", "WS"], [
  (L, "阿皮亚", ["Apia"]), (O, "新华社", ["Xinhua"]), (P, "周立新", []),
  (O, "萨摩亚农业和渔业部", ["农业和渔业部", "Ministry of Agriculture and Fisheries"]),
  (P, "拉奥图·菲阿乌·塔伊西", ["塔伊西"]), (P, "方晓东", []), (O, "萨摩亚港务局", ["Samoa Ports Authority"]),
  (P, "苏阿·马塔伊·埃利西亚", []), (L, "阿皮亚港", []),
  (O, "江苏海通港务工程有限公司", ["海通港务工程有限公司", "江苏海通港务工程", "江苏海通"]), (P, "何建平", []),
  (L, "乌波卢岛", ["乌波卢", "Upolu"]), (L, "萨瓦伊岛", ["萨瓦伊", "Savai'i"]), (L, "萨莱洛洛加", ["萨莱洛洛加码头", "Salelologa"]),
  (L, "法莱奥洛国际机场", ["法莱奥洛", "Faleolo International Airport"]),
  (O, "萨摩亚国立大学", ["National University of Samoa"]), (O, "上海海洋大学", ["Shanghai Ocean University"])]),
 "161_zh.txt": ("zh", ["CN", "IS"], [
  (L, "阿克雷里", ["Akureyri"]), (O, "新华社", ["Xinhua"]), (P, "孙雅楠", []), (L, "咸阳", ["咸阳市", "Xianyang"]),
  (O, "冰岛环境、能源和气候部", ["环境、能源和气候部", "Ministry of the Environment, Energy and Climate"]),
  (P, "古德蒙迪尔·奥拉夫松", ["奥拉夫松", "Guðmundur Ólafsson"]),
  (O, "中国驻冰岛大使馆", ["Chinese Embassy in Iceland"]), (P, "梁文涛", []),
  (O, "陕西秦源地热能源开发有限公司", ["秦源地热能源开发有限公司", "陕西秦源地热能源开发", "陕西秦源"]),
  (O, "冰岛北方地热公司", ["北方地热公司"]), (P, "斯泰因农·赫尔加多蒂尔", ["赫尔加多蒂尔", "Steinunn Helgadóttir"]),
  (L, "胡萨维克", ["Húsavík"]), (L, "达尔维克", ["Dalvík"]), (L, "米瓦坦湖", ["Mývatn"]),
  (O, "冰岛大学", ["University of Iceland"]), (O, "中国石油大学（华东）", ["中国石油大学", "China University of Petroleum"])]),
 "162_vi.txt": ("vi", ["VN", "LR"], [
  (L, "Monrovia", []), (O, "TTXVN", ["VNA"]), (O, "Liên minh Hợp tác xã Việt Nam", ["Vietnam Cooperative Alliance"]),
  (P, "Phùng Thế Vĩnh", ["Phung The Vinh"]), (P, "Emmanuel Kpadeh Sumo", ["Kpadeh Sumo"]),
  (L, "Bong", ["hạt Bong", "Bong County"]), (L, "Gbarnga", []), (L, "Totota", []), (L, "Kakata", []),
  (O, "Công ty Cổ phần Nông sản Tân Hưng Phát", ["Nông sản Tân Hưng Phát", "Tân Hưng Phát", "Công ty Tân Hưng Phát"]),
  (O, "Kpatawee Rice Farms Inc.", ["Kpatawee Rice Farms", "Công ty Kpatawee Rice Farms Inc.", "Kpatawee Rice Farms Inc"]),
  (L, "Buchanan", ["cảng Buchanan"]), (P, "Lạc Minh Hiếu", ["Lac Minh Hieu"]), (L, "Thới Bình", ["huyện Thới Bình", "Thoi Binh"]),
  (O, "Đại học Cuttington", ["Cuttington University"]),
  (O, "Trường Đại học Nông Lâm Bắc Giang", ["Đại học Nông Lâm Bắc Giang", "Bac Giang Agriculture and Forestry University"])]),
 "163_vi.txt": ("vi", ["VN", "BT"], [
  (L, "Thimphu", []), (O, "TTXVN", ["VNA"]),
  (O, "Hội Nông dân Việt Nam", ["Vietnam Farmers' Union"]),
  (P, "Lò Văn Hạnh", ["Lo Van Hanh"]),
  (O, "Bộ Nông nghiệp và Chăn nuôi Bhutan", ["Bộ Nông nghiệp và Chăn nuôi", "Ministry of Agriculture and Livestock"]),
  (P, "Kinley Wangchuk Dorji", ["Lyonpo Kinley Wangchuk Dorji"]),
  (L, "Mường Nhé", ["huyện Mường Nhé", "Muong Nhe"]), (L, "Tủa Chùa", ["Tua Chua"]),
  (L, "Punakha", []), (L, "Bumthang", []),
  (O, "Hội đồng Du lịch Bhutan", ["Tourism Council of Bhutan"]),
  (O, "Công ty TNHH Lữ hành Mây Trắng Tây Bắc", ["Lữ hành Mây Trắng Tây Bắc", "Mây Trắng Tây Bắc"]),
  (L, "Phobjikha", ["thung lũng Phobjikha"]), (L, "Mường Phăng", ["cao nguyên Mường Phăng"]),
  (P, "Quàng Thị Duyên", ["Quang Thi Duyen"]),
  (L, "sân bay quốc tế Long Thành", ["sân bay Long Thành", "Long Thành", "Long Thanh International Airport"]), (L, "sân bay Paro", ["Paro", "Paro airport"]),
  (O, "Đại học Hoàng gia Bhutan", ["Royal University of Bhutan"]),
  (O, "Trường Đại học Nông Lâm Thái Nguyên", ["Đại học Nông Lâm Thái Nguyên", "Thai Nguyen University of Agriculture and Forestry"])]),
 "164_ru.txt": ("ru", ["BY", "BA", "HR"], [
  (L, "Баня-Лука", ["БАНЯ-ЛУКА", "Баня-Луке", "Banja Luka"]), (O, "БЕЛТА", ["БелТА", "BelTA"]),
  (L, "Республика Сербская", ["Республику Сербскую", "Республики Сербской", "Republika Srpska"]),
  (O, "Кричевский райисполком", ["Кричевского райисполкома"]),
  (P, "Виктор Станиславович Лещинский", ["Виктором Станиславовичем Лещинским", "Лещинский"]),
  (O, "Кричевский автобусный завод", ["ОАО «Кричевский автобусный завод»"]), (P, "В.С. Кулешонок", ["В.С.Кулешонок", "Кулешонок"]),
  (O, "Krajina Bus d.o.o.", ["Krajina Bus", "Krajina Bus d.o.o"]), (P, "Драган Тешанович", ["Тешанович"]),
  (P, "Небойша Вукович", ["Небойши Вуковича", "Вукович"]), (L, "Добой", ["Добое", "Doboj"]),
  (L, "Кричев", ["Кричева", "Krichev", "Krychaw"]), (L, "Плоче", ["порт Плоче", "Ploče"]),
  (L, "Приедор", ["Приедоре", "Prijedor"]), (L, "Биелина", ["Биелине", "Bijeljina"]), (L, "Требине", ["Trebinje"]),
  (O, "Белорусский национальный технический университет", ["БНТУ", "Belarusian National Technical University"]),
  (O, "Университет в Баня-Луке", ["University of Banja Luka"]),
  (P, "Радмила Косорич-Станич", ["Радмилы Косорич-Станич", "Косорич-Станич"]), 
  (O, "Межправительственная белорусско-боснийская комиссия по торгово-экономическому сотрудничеству",
   ["Межправительственной белорусско-боснийской комиссии по торгово-экономическому сотрудничеству",
    "Межправительственной белорусско-боснийской комиссии", "Межправительственная белорусско-боснийская комиссия"]),
  (L, "Глубокое", ["Глубоком", "Glubokoye"])]),
 "165_ru.txt": ("ru", ["KZ", "JM", "CN"], [
  (L, "Мандевиль", ["МАНДЕВИЛЬ", "Mandeville"]), (O, "Казинформ", ["Казинформа", "Kazinform"]),
  (P, "Ерболат Маратович Тулегенов", ["Ерболат Тулегенов", "Тулегенов"]),
  (P, "Десмонд Ллевеллин-Хэмилтон", ["Десмонда Ллевеллина-Хэмилтона", "Ллевеллин-Хэмилтон"]),
  (O, "Шаньдун Синьхай Алюминий", ["«Шаньдун Синьхай Алюминий»", "Shandong Xinhai Aluminium"]), (P, "Чжан Вэйдун", ["Zhang Weidong"]),
  (L, "Порт-Эсквивел", ["Порт-Эсквивеле", "Port Esquivel"]), (L, "Сент-Энн", ["Saint Ann"]), (L, "Клэрендон", ["Clarendon"]),
  (L, "Усть-Луга", ["порт Усть-Луга", "Ust-Luga"]), (O, "Ертис Глинозем Логистик", ["ТОО «Ертис Глинозем Логистик»"]),
  (O, "Ямайский институт бокситов", ["Jamaica Bauxite Institute"]), (O, "Торайгыров университет", ["Toraighyrov University"]),
  (O, "Университет Вест-Индии", ["University of the West Indies"]), (L, "Монтего-Бей", ["Монтего-Бее", "Montego Bay"])]),
 "166_en.txt": ("en", ["BY", "LS"], [
  (L, "Maseru", ["MASERU"]), (O, "BelTA", []), (L, "Maputsoe", []),
  (O, "Dyatlovo District Executive Committee", []),
  (P, "Igor Y. Shumilovich", ["Shumilovich", "Igor Shumilovich"]), (P, "Thabang Mokoena-Letsie", ["Mokoena-Letsie"]),
  (L, "Leribe", []), (P, "'Mamohau Ramakoae", ["Mamohau Ramakoae", "Ramakoae"]),
  (O, "Basotho Mechanisation Services (Pty) Ltd", ["Basotho Mechanisation Services", "Basotho Mechanisation Services (Pty)"]),
  (O, "Dyatlovo Agricultural Machinery Plant", ["OJSC Dyatlovo Agricultural Machinery Plant"]), (L, "Dyatlovo", []),
  (L, "Mafeteng", []), (L, "Mohale's Hoek", []), (L, "Teyateyaneng", []),
  (O, "Belarusian State Technological University", []), (O, "National University of Lesotho", []),
  (P, "Palesa Nthako-Mokhethi", ["Nthako-Mokhethi"]), (L, "Ivye", []),
  (O, "Belarus-Lesotho Business Council", []), (L, "Mir", [])]),
 "167_en.txt": ("en", ["TT", "CN"], [
  (L, "Couva", ["COUVA"]), (O, "Xinhua", []), (L, "Point Lisas", ["Point Lisas industrial estate"]), (L, "Trinidad", []),
  (O, "Hubei Jiangcheng Port Engineering Co., Ltd.", ["Hubei Jiangcheng Port Engineering", "Hubei Jiangcheng Port Engineering Co.",
   "Hubei Jiangcheng"]),
  (O, "Point Lisas Industrial Port Development Corporation", ["PLIPDECO"]),
  (P, "Anjali Ramkissoon-Baptiste", ["Ramkissoon-Baptiste"]), (P, "Xu Hongtao", ["Xu"]), (P, "Kerwyn St. Hill", ["St. Hill"]),
  (L, "San Fernando", []), (L, "Chaguaramas", []), (L, "Scarborough", []), (L, "Tobago", ["island of Tobago"]),
  (P, "Tan Yuejin", []), (O, "Wuhan University of Technology", []), (O, "University of Trinidad and Tobago", ["UTT"])]),
 "168_fr.txt": ("fr", ["VN", "MU"], [
  (L, "Port-Louis", ["Port Louis"]), (O, "VNA", ["Vietnam News Agency", "TTXVN"]),
  (P, "Nghiêm Xuân Thành", ["Nghiem Xuan Thanh"]), (P, "Ravindranath Doorgakant-Ramsamy", ["Doorgakant-Ramsamy"]),
  (O, "Comité mixte de coopération économique Vietnam-Maurice", ["Comité mixte de coopération économique"]),
  (O, "Dệt may Phước Long", ["société par actions Dệt may Phước Long", "Det may Phuoc Long", "Phước Long"]),
  (O, "Filature de la Plaine des Papayes Ltée", ["Filature de la Plaine des Papayes", "Filature de la Plaine des Papayes Ltee"]),
  (L, "Curepipe", []), (L, "Quatre-Bornes", ["Quatre Bornes"]),
  (O, "Chambre de commerce et d'industrie de Maurice", ["Mauritius Chamber of Commerce and Industry", "MCCI"]),
  (L, "Biên Hòa", ["Bien Hoa"]), (L, "Thủ Dầu Một", ["Thu Dau Mot"]),
  (O, "Université de Maurice", ["University of Mauritius"]), (O, "Université de Nha Trang", ["Nha Trang University"]),
  (L, "Rodrigues", ["île Rodrigues"]), (L, "océan Indien", ["l'océan Indien", "Indian Ocean"])]),
 "169_de.txt": ("de", ["KZ", "MT", "AZ"], [
  (L, "Marsaxlokk", []), (O, "Kazinform", []),
  (P, "Nurschan Serikbajewitsch Kassymow", ["Kassymow", "Nurzhan Kassymov", "Nurschan Kassymow"]),
  (P, "Maryanne Camilleri-Farrugia", ["Camilleri-Farrugia"]),
  (O, "Kaspi Teniz Logistics GmbH", ["Kaspi Teniz Logistics"]), (L, "Fort-Schewtschenko", ["Hafen Fort-Schewtschenko", "Fort-Shevchenko"]), (O, "Transport Malta", []),
  (L, "Aktobe", ["Aqtöbe"]), (L, "Atyrau", []), (O, "Malta Freeport", ["Containerterminal Malta Freeport"]),
  (L, "Birżebbuġa", ["Birzebbuga"]), (P, "Joseph Vella-Gauci", ["Vella-Gauci"]),
  (O, "Kasachische Akademie für Verkehr und Kommunikation", []), (O, "Universität Malta", ["University of Malta"]),
  (L, "Kalkara", []), (L, "Mittelmeer", ["Mediterranean Sea"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout15", "holdout15-gold.json", G)
