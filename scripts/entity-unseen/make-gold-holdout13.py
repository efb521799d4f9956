#!/usr/bin/env python3
"""Writes holdout13-gold.json for the articles in holdout13/ (same format and conventions as make-gold-holdout12.py).
holdout13 imitates the bundled seeds (BelTA, Kazinform, VNA/TTXVN and Xinhua wire copy: long official titles,
delegations, signing ceremonies, regional authorities, enterprises with legal forms, universities, ports, zones, quotes,
datelines, acronyms) in six languages, about Belarus, Vietnam, China and Kazakhstan and partners no earlier set took as
its subject; every person, place and organization is new to the seeds, the earlier sets, knowledge-base.json and
places.json (the datelines' agencies excepted). It was written and its gold fixed before the extractor ran on it.
English: Belarus and Mongolia (tractors in Darkhan), Kazakhstan and Armenia (a flour mill in Vanadzor), China and
Nicaragua (a wind farm in Rivas); French: Vietnam and Madagascar (rice in Boeny), Kazakhstan and Morocco (fertilizers);
Arabic: Belarus and Jordan (buses in Mafraq), Vietnam and Mauritania (fisheries); Russian: Belarus and Tajikistan
(lifts in Khatlon; initials, instrumental case), Kazakhstan and Thailand (grain via Laem Chabang; Thai names declined);
Chinese: China and Malaysia (a steel park in Kuantan); Vietnamese: Vietnam and Mongolia (Mongolian names with
diacritics), Tuy Hòa and Ghana (cashew).
Entities are (type, canonical, [aliases...]): forms seen in the text and spellings a careful reader would accept;
titles are not part of a name; generic words before a place (région de, district de, ميناء, مدينة, محافظة, провинция,
станция, tỉnh, thị xã, cảng, sân bay quốc tế, khu công nghiệp) are aliases; zones, ports, airports, stations, wind farms,
highways and industrial parks are places; plants, companies, universities, forums, commissions, agencies and ministries
named as such (Vietnamese "Bộ ..." after a title included, as in the earlier sets) are organizations. Continents and broad
regions (Asie centrale, المشرق, الخليج, Юго-Восточная Азия, la Grande Île), the Head of State, governments and titles'
portfolios ("Minister of Agriculture", "министром архитектуры и строительства") are not entities. A place named only
inside an organization's name (Sichuan, Toliara, 广西, Brest) is not counted, except a city after its head noun
(لمدينة فان ثيت). Countries: every country named or described by an adjective."""
import os
from goldlib import P, O, L, write_gold
G = {
 "131_en.txt": ("en", ["BY", "MN"], [
  (L, "Darkhan", ["DARKHAN", "city of Darkhan"]),
  (O, "State Authority for Standardization and Industrial Policy of Belarus", ["State Authority for Standardization and Industrial Policy"]),
  (P, "Anatoly Zheleznyakovich", ["Zheleznyakovich"]), (O, "Slonimavtodetal", ["OJSC Slonimavtodetal"]),
  (P, "Gennady Pristupa", ["Pristupa"]), (O, "Darkhan Tractor Service LLC", ["Darkhan Tractor Service"]),
  (P, "Batbold Ganzorig", ["Ganzorig"]), (L, "Darkhan-Uul Province", ["Darkhan-Uul", "Darkhan-Uul province", "Darkhan-Uul aimag"]),
  (P, "Tsogtbaatar Enkhbayar", ["Enkhbayar"]), (L, "Slonim", []),
  (L, "Zamyn-Uud", ["Zamyn-Uud border crossing", "Zamiin-Uud"]),
  (L, "Altanbulag free trade zone", ["Altanbulag", "Altanbulag FTZ"]), (O, "Darkhan Metallurgical Plant", []),
  (O, "Mongolian University of Life Sciences", []), (O, "Smorgon State Agrarian College", []),
  (P, "Lkhagvasuren Oyunchimeg", ["Oyunchimeg"]), (L, "Smorgon", ["Smarhon"]),
  (L, "Selenge Province", ["Selenge", "Selenge aimag"]), (L, "Bulgan Province", ["Bulgan", "Bulgan aimag"]),
  (O, "Belarusian-Mongolian Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation",
   ["Belarusian-Mongolian Intergovernmental Commission", "Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation"]),
  (L, "Molodechno", ["Maladzyechna"])]),
 "132_en.txt": ("en", ["KZ", "AM", "GE"], [
  (L, "Lori Province", ["Lori", "Lori province"]), (L, "Vanadzor", ["VANADZOR"]), (O, "Kazinform", ["KAZINFORM"]),
  (P, "Aidarbek Saparov", ["Saparov"]), (P, "Gevorg Papoyan", ["Papoyan"]), (L, "Kokshetau", ["Kokchetav"]),
  (O, "Bereke Grain Holding LLP", ["Bereke Grain Holding"]), (O, "Lori Alyur CJSC", ["Lori Alyur"]),
  (L, "Vanadzor free economic zone", ["Vanadzor FEZ"]), (L, "Dzoraget", ["Dzoraget freight station", "Dzoraget station"]),
  (P, "Nazeli Baghdasaryan", ["Baghdasaryan"]), (L, "Vanadzor-Alaverdi highway", ["Vanadzor-Alaverdi"]),
  (O, "Armenian National Agrarian University", []),
  (O, "Kokshetau University named after Shokan Ualikhanov", ["Kokshetau University", "Shokan Ualikhanov Kokshetau University"]),
  (L, "Zvartnots International Airport", ["Zvartnots", "Zvartnots Airport"]),
  (O, "Kazakhstan–Armenia Business Forum", ["Kazakhstan-Armenia Business Forum"]), (L, "Shchuchinsk", []),
  (O, "Astyk Trade JSC", ["Astyk Trade"]), (P, "Yerlan Mukhamedzhanov", ["Mukhamedzhanov"])]),
 "133_en.txt": ("en", ["NI", "CN"], [
  (L, "Rivas", ["RIVAS", "department of Rivas"]), (O, "Xinhua", []), (L, "La Virgen wind farm", ["La Virgen"]),
  (L, "Lake Cocibolca", ["Cocibolca", "Lake Nicaragua"]),
  (O, "Sichuan Jinfeng Power Engineering Co., Ltd.", ["Sichuan Jinfeng Power Engineering", "Sichuan Jinfeng Power Engineering Co.", "Sichuan Jinfeng"]),
  (O, "ENATREL", []), (P, "Salvador Mansell Castrillo", ["Mansell Castrillo", "Salvador Mansell"]), (P, "Chen Xi", []),
  (L, "Corinto", ["port of Corinto"]), (L, "Chinandega", []), (P, "Liu Zhenhai", ["Liu"]),
  (O, "National Engineering University", ["UNI", "Universidad Nacional de Ingeniería"]), (L, "Jinotepe", []),
  (L, "San Juan del Sur", []), (P, "Yelba Suazo Gaitán", ["Suazo Gaitán", "Yelba Suazo Gaitan"]), (L, "Tola", []), (L, "Belén", ["Belen"])]),
 "134_fr.txt": ("fr", ["VN", "MG"], [
  (L, "Marovoay", ["district de Marovoay"]), (L, "Mahajanga", ["port de Mahajanga", "Majunga"]),
  (O, "VNA", ["Vietnam News Agency", "TTXVN", "Agence vietnamienne d'information"]),
  (P, "Phùng Đức Tiến", ["Phung Duc Tien"]), (P, "Harimalala Rasolonjatovo", ["Rasolonjatovo"]),
  (L, "Boeny", ["région de Boeny"]),
  (O, "Institut des sciences agricoles du Vietnam", ["VAAS", "Vietnam Academy of Agricultural Sciences"]),
  (O, "Lúa Gạo Thái Bình", ["société par actions Lúa Gạo Thái Bình", "Lua Gao Thai Binh"]),
  (O, "Tany Maitso SARL", ["Tany Maitso"]), (P, "Lantoniaina Rakotomalala", ["Rakotomalala"]),
  (O, "Office malgache du riz", ["OMR"]), (L, "Ambato-Boeny", []),
  (O, "Université de Toliara", ["University of Toliara"]),
  (O, "Académie d'agriculture du Vietnam", ["Vietnam National University of Agriculture", "Académie nationale d'agriculture du Vietnam"]),
  (L, "Gia Lâm", ["Gia Lam"]),
  (O, "Agribank", ["Banque vietnamienne pour l'agriculture et le développement rural"])]),
 "135_fr.txt": ("fr", ["KZ", "MA"], [
  (L, "El Jadida", ["EL JADIDA", "province d'El Jadida"]),
  (P, "Kanat Bozoumbaïev", ["Bozoumbaïev", "Kanat Bozumbayev", "Bozumbayev"]), (O, "Kazinform", []),
  (O, "Altyn Dala Chimie SA", ["Altyn Dala Chimie", "Altyn Dala"]), (P, "Erjan Tölegenov", ["Tölegenov", "Yerzhan Tulegenov"]),
  (O, "Sud Fertilisants SA", ["Sud Fertilisants", "groupe Sud Fertilisants"]), (P, "Youssef El Ouazzani", ["El Ouazzani"]),
  (P, "Leïla Benkirane", ["Benkirane", "Leila Benkirane"]), (L, "Kok-Jon", ["Kokdzhon", "Koksu-Kokjon"]),
  (L, "zone industrielle de Jamboul", ["Jamboul", "Zhambyl"]), (L, "Janatas", ["Zhanatas", "ville de Janatas"]),
  (O, "Université Mohammed VI Polytechnique", ["UM6P", "Mohammed VI Polytechnic University", "Université Mohammed VI Polytechnique de Benguérir"]),
  (L, "Benguérir", ["Ben Guerir"]), (L, "Jorf Lasfar", ["port de Jorf Lasfar"]),
  (L, "Safi", ["plateforme logistique de Safi"]), (P, "Abdelkrim Lahlimi", ["Lahlimi"]), (L, "Doukkala", ["région de Doukkala"])]),
 "136_ar.txt": ("ar", ["BY", "JO", "IQ", "SA"], [
  (L, "المفرق", ["مدينة المفرق", "Mafraq"]), (P, "فيكتور كارانكيفيتش", ["كارانكيفيتش", "Viktor Karankevich"]),
  (O, "شركة المناطق التنموية الأردنية", ["المناطق التنموية الأردنية", "Jordan Development Zones Company"]),
  (P, "نايف الفايز", ["الفايز"]), (L, "المنطقة التنموية بالمفرق", ["المنطقة التنموية في المفرق", "Mafraq Development Zone"]),
  (O, "شركة نيمان أفتو القابضة", ["نيمان أفتو القابضة", "نيمان أفتو"]),
  (O, "شركة الحويطات للنقل والسياحة", ["الحويطات للنقل والسياحة"]),
  (L, "معان", ["محافظة معان", "Ma'an"]), (L, "الزرقاء", ["مدينة الزرقاء", "Zarqa"]), (P, "عمر الخصاونة", ["الخصاونة"]),
  (O, "جامعة الحسين بن طلال", ["Al-Hussein Bin Talal University"]),
  (O, "جامعة بريست التقنية الحكومية", ["جامعة بريست التقنية", "Brest State Technical University"]),
  (L, "الماضونة", ["ميناء الماضونة البري", "ميناء الماضونة"]), (L, "القطرانة", ["محطة القطرانة للحاويات", "محطة القطرانة"]),
  (O, "اللجنة الأردنية البيلاروسية المشتركة", ["للجنة الأردنية البيلاروسية المشتركة", "اللجنة الأردنية البيلاروسية", "Jordanian-Belarusian Joint Committee"]),
  (L, "سلوتسك", ["مدينة سلوتسك", "Slutsk"])]),
 "137_ar.txt": ("ar", ["VN", "MR"], [
  (L, "انجاغو", ["N'Diago"]), (P, "تران دينه لوان", ["Tran Dinh Luan", "Trần Đình Luân"]),
  (P, "المختار ولد بوسيف", ["ولد بوسيف"]),
  (O, "شركة هاي سان ثانه دات", ["هاي سان ثانه دات"]), (L, "تانيت", ["ميناء تانيت", "Tanit"]),
  (O, "الشركة الموريتانية لتسويق الأسماك", ["SMCP"]),
  (O, "المعهد الموريتاني لبحوث المحيطات والصيد", ["للمعهد الموريتاني لبحوث المحيطات والصيد", "IMROP"]), (P, "سيدي محمد ولد اعلي", ["ولد اعلي"]),
  (O, "جامعة فان ثيت", ["Phan Thiet University"]), (L, "حوض آرغين", ["آرغين", "Banc d'Arguin"]),
  (O, "اللجنة الشعبية لمدينة فان ثيت", ["اللجنة الشعبية", "People's Committee of Phan Thiet"]),
  (L, "فان ثيت", ["مدينة فان ثيت", "Phan Thiet"]), (P, "فام آنه توان", ["Pham Anh Tuan"]),
  (L, "سا هوينه", ["ميناء سا هوينه", "Sa Huynh"])]),
 "138_ru.txt": ("ru", ["BY", "TJ"], [
  (L, "Бохтар", ["БОХТАР", "Бохтаре", "Bokhtar"]), (O, "БЕЛТА", ["БелТА", "BelTA"]),
  (L, "Хатлонская область", ["Хатлонской области", "Хатлон", "Khatlon"]),
  (P, "Руслан Пархамович", ["Русланом Пархамовичем", "Пархамович", "Ruslan Parkhamovich"]),
  (O, "Лифтстроймаш-Сервис", ["ОАО «Лифтстроймаш-Сервис»"]), (P, "Д.В. Корзун", ["Д.В.Корзун", "Корзун"]),
  (O, "Хатлонлифт", ["ООО «Хатлонлифт»"]), (P, "Фаррух Рахимзода", ["Рахимзода"]),
  (P, "Рахматулло Назарзода", ["Рахматулло Джураевич Назарзода", "Рахматулло Джураевича Назарзода", "Назарзода"]),
  (L, "Кулоб", ["Кулобе", "Kulob"]), (L, "Дангара", ["Дангаре", "Dangara"]),
  (L, "свободная экономическая зона «Дангара»", ["свободной экономической зоны «Дангара»", "СЭЗ «Дангара»", "Dangara FEZ"]),
  (L, "Осиповичи", ["Осиповичей", "Osipovichi"]), (L, "Вахш", ["станция Вахш", "станцию Вахш"]),
  (O, "Бохтарский государственный университет имени Носира Хусрава",
   ["Бохтарскому государственному университету имени Носира Хусрава", "Бохтарский государственный университет"]),
  (P, "Шерали Кабирзода", ["Кабирзода"]),
  (O, "Межправительственная комиссия по торгово-экономическому сотрудничеству между Республикой Беларусь и Республикой Таджикистан",
   ["Межправительственной комиссии по торгово-экономическому сотрудничеству между Республикой Беларусь и Республикой Таджикистан",
    "Межправительственная комиссия", "Межправительственной комиссии"]),
  (L, "Лида", ["Лиде", "Lida"])]),
 "139_ru.txt": ("ru", ["KZ", "TH"], [
  (L, "Чонбури", ["ЧОНБУРИ", "провинция Чонбури", "провинции Чонбури", "Chonburi"]),
  (O, "Казинформ", ["КАЗИНФОРМ", "МИА «Казинформ»", "Kazinform"]),
  (P, "Айжан Бижанова", ["Бижанова", "Бижановой"]), (P, "Вуттикрай Лилаватана", ["Вуттикраем Лилаватаной", "Лилаватана"]),
  (O, "министерство коммерции Королевства Таиланд", ["министерства коммерции Королевства Таиланд", "министерство коммерции Таиланда", "Ministry of Commerce of Thailand"]),
  (L, "Лаемчабанг", ["порт Лаемчабанг", "Laem Chabang"]),
  (O, "Продкорпорация Кокше", ["АО «Продкорпорация Кокше»"]),
  (O, "Siam Agri Feed Co., Ltd.", ["Siam Agri Feed", "Siam Agri Feed Co."]),
  (P, "Нуржан Абдыкалыков", ["Нуржан Сейтказиевич Абдыкалыков", "Абдыкалыков"]),
  (P, "Сомчай Вонгсават", ["Вонгсават", "Somchai Wongsawat"]),
  (O, "Университет Касетсарт", ["Kasetsart University", "Касетсарт"]),
  (P, "Чонлатхон Суваннапун", ["Чонлатхоном Суваннапуном", "Суваннапун"]),
  (L, "Амата-Сити", ["промышленная зона Амата-Сити", "промышленную зону Амата-Сити", "Amata City"]),
  (L, "Районг", ["провинция Районг", "провинции Районг", "Rayong"])]),
 "140_zh.txt": ("zh", ["CN", "MY"], [
  (O, "新华社", ["Xinhua"]), (L, "关丹", ["Kuantan"]), (P, "郑浩然", []), (L, "彭亨州", ["彭亨", "Pahang"]),
  (L, "关丹钢铁产业园", ["彭亨州关丹钢铁产业园"]),
  (O, "马来西亚投资贸易及工业部", ["投资贸易及工业部", "MITI"]), (P, "刘镇东", ["Liew Chin Tong"]),
  (P, "旺罗斯迪", ["Wan Rosdy"]), (O, "中国驻马来西亚大使馆", ["Chinese Embassy in Malaysia"]), (P, "蒋成林", []),
  (O, "广西北港新材料有限公司", ["北港新材料", "广西北港新材料"]),
  (O, "马来西亚东海岸发展理事会", ["东海岸发展理事会", "ECERDC"]), (L, "关丹港", ["Kuantan Port"]),
  (L, "东海岸经济走廊", ["East Coast Economic Region"]), (P, "覃志刚", []),
  (O, "马来西亚彭亨大学", ["彭亨大学", "Universiti Malaysia Pahang"]), (L, "北海港", ["Beihai Port"]),
  (L, "北海", ["北海市", "Beihai"]), (P, "黄卫平", [])]),
 "141_vi.txt": ("vi", ["VN", "MN"], [
  (L, "Mörön", ["Moron", "thành phố Mörön"]), (O, "TTXVN", ["VNA", "Vietnam News Agency"]),
  (L, "Khövsgöl", ["tỉnh Khövsgöl", "Khuvsgul"]),
  (O, "Bộ Văn hóa, Thể thao và Du lịch", ["Ministry of Culture, Sports and Tourism"]), (P, "Trương Thanh Hoài", ["Truong Thanh Hoai"]),
  (O, "Bộ Thực phẩm, Nông nghiệp và Công nghiệp nhẹ Mông Cổ", ["Bộ Thực phẩm, Nông nghiệp và Công nghiệp nhẹ"]),
  (P, "Batjargal Khishigsuren", ["Khishigsuren"]), (L, "Nội Bài", ["sân bay quốc tế Nội Bài", "Noi Bai"]),
  (L, "Chinggis Khaan", ["sân bay quốc tế Chinggis Khaan", "Chinggis Khaan International Airport"]),
  (O, "Công ty Cổ phần Xuất nhập khẩu Nông sản Bảo Lộc", ["Xuất nhập khẩu Nông sản Bảo Lộc"]),
  (O, "Tập đoàn Tavan Bogd", ["Tavan Bogd"]), (P, "Tömörbaatar Gankhuyag", ["Gankhuyag"]),
  (L, "Sa Pa", ["thị xã Sa Pa", "Sapa"]), (O, "Đại học Quốc gia Mông Cổ", ["National University of Mongolia"]),
  (L, "Emeelt", ["khu công nghiệp Emeelt"])]),
 "142_vi.txt": ("vi", ["VN", "GH"], [
  (L, "Tuy Hòa", ["thành phố Tuy Hòa", "Tuy Hoa"]), (O, "TTXVN", ["VNA", "Vietnam News Agency"]),
  (O, "Ủy ban nhân dân thành phố Tuy Hòa", ["Ủy ban nhân dân thành phố", "UBND thành phố Tuy Hòa"]),
  (O, "Chính quyền vùng Bono East", ["Bono East Regional Coordinating Council"]), (L, "Bono East", ["vùng Bono East"]),
  (P, "Lâm Hải Giang", ["Lam Hai Giang"]), (P, "Kwasi Ofori-Atta", ["Ofori-Atta"]),
  (O, "Hội đồng Phát triển Điều Ghana", ["CCDG", "Cashew Development Council of Ghana"]),
  (O, "Cơ quan Quản lý Cảng và Bến cảng Ghana", ["GPHA", "Ghana Ports and Harbours Authority"]),
  (O, "Công ty TNHH Chế biến Nông sản Sông Cầu", ["Chế biến Nông sản Sông Cầu"]),
  (L, "Techiman", ["thị trấn Techiman"]), (O, "Trường Cao đẳng Công thương miền Trung", []),
  (O, "Đại học Năng lượng và Tài nguyên thiên nhiên Ghana", ["University of Energy and Natural Resources"]),
  (L, "Sunyani", []), (L, "Tema", ["cảng Tema"]), (L, "Vũng Rô", ["cảng Vũng Rô"]),
  (L, "Hòa Hiệp", ["cụm công nghiệp Hòa Hiệp"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout13", "holdout13-gold.json", G)
