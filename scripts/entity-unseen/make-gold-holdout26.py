#!/usr/bin/env python3
"""Writes holdout26-gold.json for the articles in holdout26/ (same format and conventions as make-gold-holdout21.py).
Ordinary domestic news, no diplomacy, in the four non-Latin-heavy languages users load most beside the seeds:
4 vi (420 Tuổi Trẻ style 'TTO -': a bidding-fraud sentence in Bắc Ninh; 421 TTXVN: a child's liver transplant in
Thanh Hóa; 422 VnExpress style, no dateline, in NFD: a landslide in Bản Hồ, Lào Cai; 423 TTXVN: a salt-tolerant rice
variety from a Huế institute), 4 ru (424 Interfax: a pipe maker's nine-month results; 425 TASS: a First League match in
Cheboksary, initials for the referee; 426 RIA Novosti: a former deputy mayor of Vologda sentenced for a bribe, names in
oblique cases and initials; 427 TASS: an ice-rain emergency in Primorye), 3 zh (428 Xinhua: a battery maker's results
in Changzhou; 429 China News: an environmental public-interest judgment in Wenzhou; 430 Xinhua: a rainstorm in Yulin,
Guangxi) and 3 ar (431 MAP 'ومع': a real-estate fraud judgment in Marrakech; 432 WAM: a nerve-stimulator implant in
Al Ain; 433 QNA: a Qatari manufacturer's nine-month results, honorifics سعادة الشيخ / السيد).
People, companies, clubs, hospitals, institutes, funds and associations are invented (a few public bodies are real:
Đại học Huế, IRRI, РФС, Московская биржа, 浙江大学, دائرة الصحة - أبوظبي, بورصة قطر, هيئة الأشغال العامة); provinces,
towns, rivers, passes, roads and airports are real. Written and its gold fixed before the extractor ran on it.
Conventions as holdout21: titles and honorifics are not part of a name; a generic word before a place (tỉnh, xã, thôn,
sông, phá, đèo, quốc lộ, река, аэропорт, стадион, трасса, 市, 镇, مدينة, منطقة, إمارة) is an alias; stadiums, roads,
airports and industrial cities are places; courts, prosecutors, police and investigation bodies, hospitals, funds,
institutes, universities, exchanges, clubs, agencies and companies are organizations; a body named inside a title
(Sở Y tế Thanh Hóa, UBND xã Bản Hồ, Минспорта Чувашии, 玉林市应急管理局) counts; a nested body (a court's chamber, a
university's school, a grid company's local bureau, an investigation agency inside the police) is an alias of its
parent. A place named only inside an organization's name (Thuận An, Đông Đuống, Миасс, Чувашия, Вологодская область,
江苏, 瑞安 in 瑞安市人民法院 aside, صحار) is not counted. Every inflected form the article uses is an alias (Russian
cases, Arabic clitics بـ/لـ). Countries: every country named or described by an adjective (also inside an
organization's name: СК России, МЧС России, 中国铁路, بورصة قطر, وكالة المغرب العربي للأنباء)."""
import os
from goldlib import P, O, L, write_gold
G = {
 "420_vi.txt": ("vi", ["DE"], [
  (O, "Tuổi Trẻ", ["TTO", "Tuổi Trẻ Online"]), (L, "Bắc Ninh", ["tỉnh Bắc Ninh"]),
  (O, "Tòa án nhân dân tỉnh Bắc Ninh", ["TAND tỉnh Bắc Ninh"]), (P, "Kiều Văn Tĩnh", ["Tĩnh"]),
  (O, "Công ty cổ phần Thiết bị y tế Đông Đuống", ["Thiết bị y tế Đông Đuống", "Công ty Thiết bị y tế Đông Đuống"]),
  (P, "Lã Thị Huyền Trang", ["Trang"]), (O, "Bệnh viện Đa khoa Gia Bình", []), (P, "Âu Đức Mạnh", []),
  (O, "Viện Kiểm sát nhân dân tỉnh Bắc Ninh", ["VKSND tỉnh Bắc Ninh"]),
  (O, "Công ty TNHH Thương mại Hoàng Phát Lục Nam", ["Hoàng Phát Lục Nam"]), (P, "Đàm Quang Vinh", []),
  (P, "Ninh Thị Quế", []), (L, "Gia Bình", []), (L, "Quế Võ", []), (O, "Sở Y tế Bắc Ninh", []),
  (O, "Cơ quan Cảnh sát điều tra Công an tỉnh Bắc Ninh", ["Công an tỉnh Bắc Ninh"]),
  (O, "Sở Tài chính Bắc Ninh", [])]),
 "421_vi.txt": ("vi", ["KR", "JP", "VN"], [
  (L, "Thanh Hóa", ["tỉnh Thanh Hóa", "Thanh Hoá"]), (O, "TTXVN", ["VNA", "Thông tấn xã Việt Nam"]),
  (O, "Bệnh viện Đa khoa Hàm Rồng", []), (L, "Nga Sơn", ["xã Nga Sơn"]), (L, "Hà Nội", ["Hanoi"]),
  (L, "Thành phố Hồ Chí Minh", ["TP Hồ Chí Minh", "TP.HCM", "Ho Chi Minh City"]), (L, "Bắc Trung Bộ", []),
  (P, "Trịnh Xuân Lộc", ["Lộc"]), (P, "Mai Thị Thanh Nhàn", []), (O, "Trung tâm Gan mật Tràng An", []),
  (P, "Lê Minh Khang", []), (O, "Quỹ Vì trẻ em Thanh Hóa", []),
  (O, "Tập đoàn Xi măng Nghi Sơn Xanh", ["Xi măng Nghi Sơn Xanh"]), (O, "Sở Y tế Thanh Hóa", []),
  (P, "Đỗ Quang Hiệp", []), (O, "Hội Gan mật Việt Nam", [])]),
 "422_vi.txt": ("vi", [], [
  (L, "Lào Cai", ["tỉnh Lào Cai"]), (L, "Nậm Tông", ["thôn Nậm Tông"]), (L, "Bản Hồ", ["xã Bản Hồ"]),
  (O, "Bộ Chỉ huy Quân sự tỉnh Lào Cai", []), (O, "Công an tỉnh Lào Cai", []), (O, "Trung tâm Y tế Sa Pa", []),
  (L, "Sa Pa", ["Sapa"]), (P, "Giàng A Súa", []), (P, "Thào Văn Chứ", ["Chứ"]),
  (O, "UBND xã Bản Hồ", ["Ủy ban nhân dân xã Bản Hồ"]), (O, "Trường Phổ thông Dân tộc bán trú Tả Van", []),
  (L, "Quốc lộ 4D", ["quốc lộ 4D"]), (L, "Ô Quy Hồ", ["đèo Ô Quy Hồ"]),
  (O, "Công ty cổ phần Quản lý đường bộ Hoàng Liên Sơn", ["Quản lý đường bộ Hoàng Liên Sơn"]),
  (O, "Đài Khí tượng Thủy văn tỉnh Lào Cai", []), (L, "Nậm Mu", ["sông Nậm Mu"]), (L, "Bát Xát", []),
  (L, "Mường Khương", []), (O, "UBND tỉnh Lào Cai", ["Ủy ban nhân dân tỉnh Lào Cai"]), (P, "Vàng Thị Dung", [])]),
 "423_vi.txt": ("vi", ["PH", "JP"], [
  (L, "Huế", ["thành phố Huế", "Hue"]), (O, "TTXVN", ["VNA", "Thông tấn xã Việt Nam"]),
  (O, "Viện Công nghệ Sinh học Thuận An", []), (O, "Đại học Huế", []), (L, "Tam Giang", ["phá Tam Giang"]),
  (P, "Tôn Nữ Thục Quyên", ["Quyên"]), (L, "Quảng Điền", []),
  (O, "Viện Nghiên cứu Lúa Quốc tế", ["IRRI", "International Rice Research Institute"]), (L, "Điền Hải", []),
  (L, "Quảng Công", []), (L, "Quảng Trị", ["tỉnh Quảng Trị"]), (O, "Bộ Khoa học và Công nghệ", []),
  (O, "Quỹ Phát triển Nông thôn Sông Hương", []),
  (O, "Công ty cổ phần Giống cây trồng Bình Điền Xanh", ["Giống cây trồng Bình Điền Xanh"]),
  (P, "Phan Công Tráng", []), (O, "Sở Nông nghiệp và Môi trường thành phố Huế", []),
  (O, "Đại học Kyushu", ["Kyushu University"])]),
 "424_ru.txt": ("ru", ["KZ", "CY"], [
  (L, "Москва", ["МОСКВА", "Moscow"]), (O, "Интерфакс", ["ИНТЕРФАКС", "Interfax"]),
  (O, "ПАО «Миасский трубный завод»", ["Миасский трубный завод", "«Миасский трубный завод»", "Миасского трубного завода",
                                     "«Миасского трубного завода»", "МТЗ"]),
  (L, "Челябинская область", []), (O, "АО «Северотрубстрой»", ["Северотрубстрой"]),
  (P, "Константин Аркадьевич Шеломенцев", ["Константин Шеломенцев", "Шеломенцев", "Шеломенцева"]),
  (L, "Златоуст", ["Златоусте"]), (O, "ТОО «Актобе ТрубСервис»", ["Актобе ТрубСервис"]),
  (O, "ИК «Уральский фондовый дом»", ["Уральский фондовый дом"]), (P, "Мария Гладких", []),
  (O, "Dorvale Industries Ltd", ["Dorvale Industries"]), (O, "ГК «Ильменьинвест»", ["Ильменьинвест"]),
  (P, "Виталий Кожевников", ["Виталия Кожевникова", "Кожевников"]),
  (O, "Московская биржа", ["Московской бирже", "Мосбиржа"])]),
 "425_ru.txt": ("ru", ["BR"], [
  (L, "Чебоксары", ["ЧЕБОКСАРЫ", "Чебоксарах"]), (O, "ТАСС", ["TASS"]),
  (O, "Сувар", ["«Сувар»", "«Сувара»", "Сувара", "ФК «Сувар»"]),
  (O, "Окский литейщик", ["«Окский литейщик»", "«Окского литейщика»", "Окского литейщика"]),
  (L, "Выкса", ["Выксы"]), (L, "Олимпийский", ["«Олимпийский»", "стадион «Олимпийский»", "стадионе «Олимпийский»"]),
  (P, "Тимур Загидуллин", []), (P, "Данила Еремкин", ["Данила Ерёмкин"]), (P, "Жоао Виктор Пессоа", []),
  (P, "Олег Валентинович Кузьмичев", ["Олег Валентинович Кузьмичёв", "Кузьмичев"]), (P, "Руслан Ахтямов", []),
  (P, "Д. Н. Сыроежкин", ["Д. Н. Сыроежкина", "Д.Н. Сыроежкин", "Д.Н. Сыроежкина", "Сыроежкин", "Сыроежкина"]),
  (O, "РФС", ["Российский футбольный союз", "экспертно-судейская комиссия РФС"]), (P, "Ильдар Мухаметшин", []),
  (O, "Минспорт Чувашии", ["Минспорта Чувашии", "Министерство спорта Чувашии"]),
  (O, "АО «Волгаэлектросеть-Чебоксары»", ["Волгаэлектросеть-Чебоксары"]), (L, "Тольятти", []),
  (O, "Жигулевский берег", ["«Жигулевский берег»", "«Жигулевского берега»", "Жигулевского берега", "Жигулёвский берег"])]),
 "426_ru.txt": ("ru", ["RU"], [
  (L, "Вологда", ["ВОЛОГДА", "Вологды"]), (O, "РИА Новости", ["RIA Novosti"]),
  (O, "Вологодский городской суд", []),
  (P, "Андрей Степанович Лукинский", ["Андрея Степановича Лукинского", "Лукинский", "Лукинскому", "Лукинского"]),
  (O, "ООО «СК Северная Двина»", ["СК Северная Двина", "«СК Северная Двина»"]),
  (P, "Эдуард Ринатович Хабибуллин", ["Эдуарда Ринатовича Хабибуллина", "Хабибуллин", "Хабибуллина"]),
  (L, "Золотуха", ["река Золотуха", "реки Золотухи", "Золотухи"]), (P, "Н.В. Старостина", ["Н. В. Старостина", "Старостина"]),
  (O, "Вологодский областной суд", ["Вологодском областном суде"]), (P, "Ксения Игоревна Патрушева", []),
  (O, "следственное управление СК России по Вологодской области",
   ["Следственное управление СК России по Вологодской области", "следственным управлением СК России по Вологодской области", "СК России"]),
  (O, "УФСБ России по Вологодской области", ["УФСБ"]),
  (L, "Шереметьево", ["аэропорт Шереметьево", "аэропорту Шереметьево"]), (P, "Ольга Вячеславовна Мартюшева", [])]),
 "427_ru.txt": ("ru", ["RU"], [
  (L, "Владивосток", ["ВЛАДИВОСТОК", "Владивостоке", "Владивостока"]), (O, "ТАСС", ["TASS"]),
  (L, "Приморский край", ["Приморском крае", "Приморскому краю", "Приморского края", "Приморье", "Приморья"]),
  (O, "правительство Приморского края", ["Правительство Приморского края", "правительства Приморского края",
                                         "правительство Приморья", "правительства Приморья"]),
  (O, "Приморское УГМС", ["Приморского УГМС"]),
  (L, "Партизанский муниципальный округ", ["Партизанский"]),
  (L, "Лазовский муниципальный округ", ["Лазовский", "Лазовский муниципальные округа"]), (L, "Находка", []),
  (L, "Хабаровский край", ["Хабаровского края"]), (P, "Вадим Эдуардович Гречко", ["Гречко"]),
  (O, "АО «Приморэнергосеть»", ["Приморэнергосеть"]), (P, "Игорь Шалимов", []),
  (O, "Главное управление МЧС России по Приморскому краю",
   ["Главном управлении МЧС России по Приморскому краю", "ГУ МЧС России по Приморскому краю", "МЧС России"]),
  (L, "А-370 «Уссури»", ["А-370", "«Уссури»", "Уссури", "трасса А-370 «Уссури»", "трассы А-370 «Уссури»"]),
  (L, "Уссурийск", ["Уссурийском"]), (L, "Спасск-Дальний", ["Спасском-Дальним"]),
  (L, "Артем", ["Артём", "Артема", "Артёма"]), (O, "Дальневосточная железная дорога", ["ДВЖД"]), (L, "Угольная", [])]),
 "428_zh.txt": ("zh", ["HU", "DE", "AU", "CL"], [
  (L, "常州", ["常州市"]), (O, "新华社", ["Xinhua", "新华通讯社"]), (P, "顾晓岚", []),
  (O, "深交所", ["深圳证券交易所"]), (O, "江苏瑞科新能源科技股份有限公司", ["瑞科新能源"]), (P, "蔡承霖", []),
  (L, "金坛区", ["金坛", "常州市金坛区"]), (L, "德布勒森", ["Debrecen"]), (O, "匈牙利投资促进局", []),
  (P, "邵宇彤", []), (L, "江西", []), (L, "宜春", ["江西宜春"]), (O, "宜春锂源矿业有限公司", ["锂源矿业"]),
  (O, "润泽证券", []), (P, "钱梓涵", [])]),
 "429_zh.txt": ("zh", [], [
  (L, "温州", ["温州市"]), (O, "中新网", ["中国新闻网", "中新社"]), (P, "林泽宇", []),
  (O, "温州市中级人民法院", ["温州中院"]), (O, "温州鼎丰皮革有限公司", ["鼎丰皮革公司", "鼎丰皮革"]),
  (O, "温州市人民检察院", []), (L, "瑞安市", ["瑞安"]), (L, "塘下镇", ["塘下", "瑞安市塘下镇"]), (L, "温瑞塘河", []),
  (P, "叶剑秋", []), (O, "瑞安市生态环境保护基金会", []),
  (O, "浙江大学", ["浙江大学环境与资源学院", "环境与资源学院"]), (P, "周弈帆", []), (O, "浙江东瓯律师事务所", []),
  (P, "施建华", []), (O, "瑞安市人民法院", []), (O, "温州市生态环境局", [])]),
 "430_zh.txt": ("zh", ["CN"], [
  (L, "广西", ["广西壮族自治区"]), (L, "玉林", ["玉林市", "广西玉林"]), (O, "新华社", ["Xinhua", "新华通讯社"]),
  (L, "南宁", []), (P, "黄韦澄", []), (L, "北流市", ["北流"]), (L, "容县", []), (O, "广西壮族自治区气象台", []),
  (L, "民安镇", ["北流市民安镇"]), (L, "北流河", []), (O, "玉林市应急管理局", []), (P, "莫振华", []),
  (L, "324国道", []), (O, "广西电网公司", ["广西电网公司玉林供电局", "玉林供电局"]), (L, "自良镇", ["容县自良镇"]),
  (P, "梁永康", []), (O, "中国铁路南宁局集团有限公司", []), (L, "梧州", []),
  (O, "广西壮族自治区防汛抗旱指挥部", [])]),
 "431_ar.txt": ("ar", ["MA"], [
  (L, "مراكش", ["بمراكش", "Marrakech"]),
  (O, "ومع", ["وكالة المغرب العربي للأنباء", "لوكالة المغرب العربي للأنباء", "MAP"]),
  (O, "محكمة الاستئناف بمراكش", ["غرفة الجنايات الابتدائية المكلفة بجرائم الأموال لدى محكمة الاستئناف بمراكش",
                                 "غرفة الجنايات الابتدائية المكلفة بجرائم الأموال", "غرفة الجنايات بمراكش",
                                 "محكمة الاستئناف"]),
  (O, "الواحة الحمراء للإنعاش العقاري", ["شركة الواحة الحمراء للإنعاش العقاري", "لشركة الواحة الحمراء للإنعاش العقاري"]),
  (P, "عبد الإله الورزازي", ["الورزازي"]), (P, "ياسين التدلاوي", []), (P, "نادية الصنهاجي", []),
  (L, "تامنصورت", ["بتامنصورت", "منطقة تامنصورت", "بمنطقة تامنصورت"]), (O, "هيئة المحامين بمراكش", []),
  (P, "محمد أمين الفيلالي", ["الفيلالي"]),
  (O, "المصالح الولائية للشرطة القضائية بمراكش", ["الشرطة القضائية بمراكش"]),
  (O, "جمعية ضحايا السكن بتامنصورت", []), (P, "إبراهيم أيت الحاج", [])]),
 "432_ar.txt": ("ar", ["GB", "AE"], [
  (L, "العين", ["مدينة العين", "بمدينة العين", "Al Ain"]), (O, "وام", ["WAM", "وكالة أنباء الإمارات"]),
  (O, "مستشفى الجيمي التخصصي", []), (L, "أبوظبي", ["إمارة أبوظبي", "بإمارة أبوظبي", "أبو ظبي", "Abu Dhabi"]),
  (P, "سعيد راشد الكعبي", ["الكعبي"]), (O, "مستشفى سانت أوغسطين للأطفال", []),
  (L, "مانشستر", ["مدينة مانشستر", "Manchester"]), (P, "مريم عبيد النيادي", []), (L, "الظفرة", []),
  (L, "الفجيرة", []), (O, "دائرة الصحة - أبوظبي", ["دائرة الصحة – أبوظبي", "دائرة الصحة"]),
  (P, "خليفة سالم الظاهري", []), (O, "كلية الواحة للعلوم الصحية", []),
  (O, "شركة الساحل الذهبي للاستثمار", ["الساحل الذهبي للاستثمار"])]),
 "433_ar.txt": ("ar", ["QA", "OM", "KW"], [
  (L, "الدوحة", ["Doha"]), (O, "قنا", ["QNA", "وكالة الأنباء القطرية"]),
  (O, "شركة مسيعيد للصناعات التحويلية", ["مسيعيد للصناعات التحويلية", "شركة مسيعيد للصناعات التحويلية (ش.م.ع.ق)"]),
  (O, "بورصة قطر", ["لبورصة قطر"]), (P, "عبدالرحمن جاسم المهندي", ["عبد الرحمن جاسم المهندي", "المهندي"]),
  (L, "مدينة مسيعيد الصناعية", ["مسيعيد"]), (O, "هيئة الأشغال العامة", ["أشغال"]),
  (O, "شركة صحار للأنابيب", ["شركة صحار للأنابيب ش.م.م", "صحار للأنابيب"]), (P, "فهد بن ناصر آل ثاني", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout26", "holdout26-gold.json", G)
