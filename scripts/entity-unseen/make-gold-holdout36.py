#!/usr/bin/env python3
"""Writes holdout36-gold.json for the articles in holdout36/ (same format and conventions as make-gold-holdout31.py).
Ordinary news in the languages users load most beside English and French (4 vi, 4 ru, 4 zh, 4 ar), each in its
outlet's style, on genres no earlier set has used: 610 vi VnExpress (byline last): a province's excellent-student exam
results (Nghệ An, Trường Đại học Vinh); 611 vi Tuổi Trẻ 'TTO -', **all in NFD**: a coach crash on the Mang Yang pass
(Gia Lai); 612 vi Thanh Niên: the late durian harvest and its price (Đắk Lắk); 613 vi VTV.vn: a provincial council's
year-end session (Quảng Ninh); 614 ru TASS 'ВОСТОЧНЫЙ /Амурская область/': a start-up's first satellite launch;
615 ru Interfax 'Москва. 3 декабря. INTERFAX.RU -': a developer's director remanded (Yekaterinburg); 616 ru RBC
(no dateline, byline last): a Kazan developer's new quarter on a former plant; 617 ru a regional paper (Алтайская
правда): a bus and lorry crash on the Chuysky Trakt near Biysk; 618 zh Xinhua: a private rocket's first flight from
Jiuquan; 619 zh China News Service: a norovirus outbreak in Guangxi schools; 620 zh The Paper (byline first):
a stalled housing estate restarted in Chengdu; 621 zh People's Daily '本报兰州…电': a county people's congress
(Linxia County); 622 ar Asharq Al-Awsat 'الرياض: «الشرق الأوسط»': an obituary of a historian; 623 ar Al Arabiya.net:
a developer's fraud trial at the Giza criminal court; 624 ar KUNA '(كونا) --': Kuwait University's admission tests;
625 ar Al-Ahram (byline dateline): the closing night of the Sayed al-Badawi mawlid in Tanta.
Hard cases on purpose: Vietnamese names after ông/bà/anh/chị/em/PGS.TS./Thượng tá/Bác sĩ/Tiến sĩ/đại biểu, a
surname Ông (Tiến sĩ Ông Thị Diễm Hằng), names with đ/Đ and stacked marks (Đậu Quỳnh Hương, Đỗ Quang Thuỵ, Phùng Bá
Luỹ), Ede and Jrai names (Y Khuê Niê, Rơ Mah H'Luyến), a byline in capitals, a school named after a university
(Trường THPT chuyên Đại học Vinh), place names with apostrophes (Cư M'gar); Russian names with initials before and
after (Т.В. Корнеева-Рашидова, Петров И.Я., ИП Гладышев А.Н.), patronymics, oblique cases (Петрова Ярослава
Игоревича, Сабирзяновой, Анастасии Шамсутдиновой, Бийском, Казани, Сростками), ООО/АО/ПАО/ППК/ИП, МВД, ГИБДД, ГСУ ГУ,
«quoted» company and estate names, a quote inside a quote («Уральская строительная компания "Тагил-Монолит"»); Chinese
names with 先生/教授/书记 after them, a two-character surname (尉迟东), 有限公司/集团/股份 companies, 省/州/县/区/镇
chains, Latin letters inside a company (成都锐芯BD导航技术有限公司); Arabic names with ال and clitics (بالرياض,
والمغرب, للهيئة, فالفريحي, لـ«الشرق الأوسط»), Latin brand names («Nile Heights Residence», «Gulf Catalyst
Technologies», «Green Delta»), Arabic-Indic and ASCII digits (٣٥٪, مدينة 6 أكتوبر), titles (الدكتور, المهندس, الشيخ,
اللواء, المحامية, الحاجة), a governorate holding a title word (كفر الشيخ), Egyptian and Kuwaiti governorates.
People, companies, schools' staff and projects are invented; provinces, cities, districts, rivers and well-known
institutions are real. Every invented name was checked with grep to be new to the seeds, the non-sentinel sets,
knowledge-base.json and places.json (the sentinels were not opened). Written, and its gold fixed and committed,
before the extractor ran on it.
Conventions as holdout31 and holdout35, and:
- Vietnamese: titles and honorifics (ông, bà, anh, chị, em, PGS.TS., Thượng tá, Bác sĩ, Tiến sĩ, đại biểu) are no part
  of a name; a byline is a person; generic words before places (tỉnh, huyện, xã, thị xã, TP, thành phố, sông, đèo,
  vịnh, đặc khu, huyện đảo) make aliases; a pass named like its district (đèo/huyện Mang Yang) is one place.
- Russian: the nominative is the canonical name when the text has it, every case written is an alias; a region named
  only inside a body's name (Свердловской области, Алтайского края) is not counted; rockets, satellites and vehicle
  makes («Союз-2.1б», «Обь-1», «Камаз», ПАЗ) are no entities; a numbered road is its named road's alias
  (Р-256 «Чуйский тракт»); a residential estate or quarter in quotes is a place.
- Chinese: each level of a 省/州/县/区/镇 chain written with its suffix is its own place (甘肃省临夏回族自治州临夏县),
  the bare form its alias; a launch centre is a body, a spaceport and a development zone places; laws in 《》 and
  rocket names in “” no entities; 本报 names no body; 中国 inside a body counts CN.
- Arabic: the clitics (ب، و، ل، ف، لـ) are no part of a name and give no alias; a saint named in his festival's name is
  a person (أحمد البدوي), the festival no entity; a mosque, cemetery, campus and housing project are places; the
  dateline الكويت is the city (a place) while جامعة الكويت and وكالة الأنباء الكويتية count KW."""
import os
from goldlib import P, O, L, write_gold
G = {
 "610_vi.txt": ("vi", [], [
  (O, "Sở Giáo dục và Đào tạo Nghệ An", []), (L, "Nghệ An", []), (P, "Hoàng Nghĩa Đoàn", []),
  (O, "Trường THPT chuyên Phan Bội Châu", []), (O, "Trường THPT chuyên Đại học Vinh", []),
  (P, "Đậu Quỳnh Hương", ["Hương"]), (P, "Lưu Đình Khải", []), (O, "Trường THPT Quỳnh Lưu 1", []),
  (P, "Lò Thị Xuyến", []), (O, "Trường THPT Kỳ Sơn", []), (L, "Nậm Mộ", ["sông Nậm Mộ"]), (P, "Trần Hữu Độ", []),
  (O, "Trường Đại học Vinh", ["Đại học Vinh"]), (O, "Công ty cổ phần Giáo dục Hồng Lam", ["Giáo dục Hồng Lam"]),
  (L, "Kỳ Sơn", ["huyện Kỳ Sơn"]), (L, "Tương Dương", ["huyện Tương Dương"]), (L, "Hà Nội", []), (P, "Đức Hùng", [])]),
 "611_vi.txt": ("vi", [], [
  (O, "TTO", ["Tuổi Trẻ Online", "Tuổi Trẻ"]),
  (O, "Công ty TNHH Vận tải Hải Đăng Tây Nguyên", ["Vận tải Hải Đăng Tây Nguyên"]),
  (L, "Mang Yang", ["đèo Mang Yang", "huyện Mang Yang"]), (L, "Gia Lai", ["tỉnh Gia Lai"]),
  (P, "Đỗ Quang Thuỵ", ["Đỗ Quang Thụy"]),
  (O, "Công an tỉnh Gia Lai", ["Phòng Cảnh sát giao thông Công an tỉnh Gia Lai"]),
  (L, "Quy Nhơn", ["TP Quy Nhơn"]), (L, "Pleiku", ["TP Pleiku"]), (P, "Nghiêm Văn Triệu", []),
  (L, "An Khê", ["thị xã An Khê"]), (P, "Phùng Bá Luỹ", ["Phùng Bá Lũy"]), (L, "Bình Định", ["tỉnh Bình Định"]),
  (P, "Rơ Mah H'Luyến", []), (L, "Đak Đoa", ["huyện Đak Đoa"]), (O, "Bệnh viện Đa khoa tỉnh Gia Lai", []),
  (O, "Trung tâm Y tế huyện Mang Yang", []), (P, "Huỳnh Thị Ánh Tuyết", []), (O, "Bệnh viện Chợ Rẫy", []),
  (L, "TP.HCM", ["TP HCM", "Thành phố Hồ Chí Minh", "Ho Chi Minh City"]),
  (O, "Ủy ban nhân dân tỉnh Gia Lai", ["UBND tỉnh Gia Lai"]), (O, "Sở Giao thông vận tải", []),
  (O, "Bộ Giao thông vận tải", []), (P, "Trần Mai", ["TRẦN MAI"])]),
 "612_vi.txt": ("vi", ["CN", "KR"], [
  (O, "Thanh Niên", []), (L, "Krông Pắc", ["huyện Krông Pắc"]), (L, "Cư M'gar", ["huyện Cư M'gar"]),
  (L, "Đắk Lắk", ["tỉnh Đắk Lắk"]), (P, "Y Khuê Niê", []), (L, "Ea Kly", ["xã Ea Kly"]), (P, "Vũ Thị Ngần", []),
  (O, "Sở Nông nghiệp và Môi trường Đắk Lắk", []), (L, "Tiền Giang", []), (L, "Đồng Nai", []),
  (O, "Công ty TNHH Xuất nhập khẩu Nông sản Phước Đạt Ban Mê", []),
  (L, "Buôn Ma Thuột", ["TP Buôn Ma Thuột"]), (O, "hợp tác xã Ea Tu", []), (P, "Tăng Quốc Đạt", []),
  (P, "Ông Thị Diễm Hằng", []), (O, "Viện Khoa học kỹ thuật Nông Lâm nghiệp Tây Nguyên", []),
  (L, "Sêrêpốk", ["sông Sêrêpốk"]), (P, "Lê Đức Thiện", [])]),
 "613_vi.txt": ("vi", ["CN"], [
  (O, "VTV", ["VTV.vn"]),
  (O, "Hội đồng nhân dân tỉnh Quảng Ninh", ["HĐND tỉnh Quảng Ninh", "Hội đồng nhân dân tỉnh Quảng Ninh khóa XIV"]),
  (L, "Quảng Ninh", []), (P, "Đàm Thị Nguyệt Ánh", []), (L, "Hạ Long", ["TP Hạ Long"]),
  (L, "Quảng Yên", ["thị xã Quảng Yên"]), (P, "Hứa Văn Lộc", []), (L, "Bình Liêu", ["huyện Bình Liêu"]),
  (O, "Sở Xây dựng Quảng Ninh", []), (P, "Nông Quốc Khánh", []), (L, "Tiên Yên", ["huyện Tiên Yên"]),
  (L, "Cô Tô", ["huyện đảo Cô Tô"]), (L, "Vân Đồn", ["đặc khu Vân Đồn"]),
  (O, "Ủy ban nhân dân tỉnh Quảng Ninh", ["UBND tỉnh Quảng Ninh"]),
  (O, "Công ty cổ phần Thủy sản Vịnh Bái Tử Long", ["Thủy sản Vịnh Bái Tử Long"]),
  (L, "Bái Tử Long", ["vịnh Bái Tử Long", "Vịnh Bái Tử Long"]), (L, "Móng Cái", ["thành phố Móng Cái"]),
  (P, "Phạm Nguyễn Vũ", []), (O, "Đài PT-TH Quảng Ninh", [])]),
 "614_ru.txt": ("ru", ["RU"], [
  (L, "Восточный", ["ВОСТОЧНЫЙ", "космодром Восточный", "космодрома Восточный"]), (L, "Амурская область", []),
  (O, "ТАСС", ["TASS"]), (O, "ООО «Орбитакс»", ["Орбитакс"]), (P, "Глеб Аркадьевич Шелепин", ["Шелепин"]),
  (L, "Новосибирск", ["Новосибирске"]), (L, "Новосибирская область", ["Новосибирской области"]),
  (L, "Алтайский край", ["Алтайского края"]),
  (O, "Новосибирский государственный университет", ["Новосибирского государственного университета"]),
  (L, "Академгородок", ["Академгородка"]), (O, "Фонд содействия инновациям", []),
  (O, "АО «Сибирские приборные системы»", ["Сибирские приборные системы", "Сибирских приборных систем"]),
  (P, "Т.В. Корнеева-Рашидова", ["Т. В. Корнеева-Рашидова", "Корнеева-Рашидова"]),
  (O, "министерство сельского хозяйства Новосибирской области", []),
  (P, "Зарема Ильдаровна Сайфутдинова", []),
  (O, "Роскосмос", ["Госкорпорация «Роскосмос»", "Госкорпорации «Роскосмос»"]),
  (O, "МГУ им. М.В. Ломоносова", ["МГУ им. М. В. Ломоносова", "МГУ"]),
  (O, "Южный федеральный университет", ["Южного федерального университета"])]),
 "615_ru.txt": ("ru", ["RU"], [
  (L, "Екатеринбург", ["Екатеринбурге", "Екатеринбурга"]), (L, "Москва", []),
  (O, "Интерфакс", ["INTERFAX.RU", "Интерфаксу", "Interfax"]), (O, "Кировский районный суд Екатеринбурга", []),
  (O, "ООО «Уралстройинвест-Девелопмент»", ["Уралстройинвест-Девелопмент"]),
  (P, "Петров Ярослав Игоревич", ["Петрова Ярослава Игоревича", "Ярослав Игоревич Петров", "Петров И.Я.",
                                  "Петров И. Я.", "Петрова", "Петров"]),
  (P, "Л.Р. Сабирзянова", ["Л. Р. Сабирзянова", "Сабирзяновой", "Сабирзянова"]),
  (L, "«Исетские зори»", ["Исетские зори", "жилой комплекс «Исетские зори»"]),
  (L, "улица Академика Шварца", ["улице Академика Шварца", "Академика Шварца"]),
  (O, "ГУ МВД России по Свердловской области", ["ГСУ ГУ МВД России по Свердловской области"]),
  (P, "Вадим Эдуардович Кожемяко", []), (O, "Свердловский областной суд", ["Свердловском областном суде"]),
  (P, "Анастасия Шамсутдинова", ["Анастасии Шамсутдиновой"]),
  (O, "Министерство строительства и развития инфраструктуры Свердловской области", []),
  (O, "ППК «Фонд развития территорий»", ["Фонд развития территорий"]),
  (O, "АО «Уральская строительная компания \"Тагил-Монолит\"»",
   ["Уральская строительная компания \"Тагил-Монолит\"", "Уральская строительная компания «Тагил-Монолит»"])]),
 "616_ru.txt": ("ru", [], [
  (O, "«Камаполис»", ["Камаполис", "Камаполису"]), (L, "Кировский район", ["Кировском районе"]),
  (L, "Казань", ["Казани"]), (O, "РБК Татарстан", ["РБК"]), (P, "Рамиль Фаритович Гиниятуллин", ["Гиниятуллина"]),
  (L, "«Заречные сады»", ["Заречные сады"]), (L, "Казанка", ["реки Казанки", "Казанки"]),
  (O, "ПАО «Ак Барс» Банк", ["«Ак Барс» Банк", "Ак Барс Банк", "Ак Барс"]),
  (O, "ПАО «Татэлектромаш»", ["Татэлектромаш"]),
  (O, "ООО «Волжский центр экологического аудита»", ["Волжский центр экологического аудита"]),
  (L, "Республика Татарстан", ["Республики Татарстан", "Татарстан"]),
  (O, "Общественная палата Казани", ["Общественной палаты Казани"]),
  (P, "Э.Р. Галиуллина", ["Э. Р. Галиуллина", "Галиуллина"]), (L, "Кремлевская дамба", ["Кремлевской дамбе"]),
  (O, "«Дом.Индекс»", ["Дом.Индекс"]), (P, "Кирилл Олегович Вяземцев", []), (P, "Марина Хайруллина", [])]),
 "617_ru.txt": ("ru", [], [
  (L, "Чуйский тракт", ["«Чуйский тракт»", "Чуйского тракта", "Р-256"]), (L, "Бийск", ["Бийском", "Бийска"]),
  (L, "Бийский район", ["Бийском районе"]), (O, "Алтайская правда", ["Алтайской правде"]),
  (O, "Госавтоинспекция Алтайского края", ["Госавтоинспекции Алтайского края", "Госавтоинспекции края",
                                           "Госавтоинспекция", "Госавтоинспекции"]),
  (O, "ГИБДД", []), (O, "ООО «Сибагроснаб»", ["Сибагроснаб"]), (L, "Горно-Алтайск", ["Горно-Алтайска"]),
  (L, "Барнаул", ["Барнауле"]), (L, "Смоленское", []), (P, "Сергей Валерьевич Толмачёв", ["Толмачёв"]),
  (O, "Центральная городская больница Бийска", ["Центральную городскую больницу Бийска"]),
  (P, "Ирина Михайловна Луговских", []), (O, "Краевая клиническая больница", ["Краевую клиническую больницу"]),
  (P, "Гладышев А.Н.", ["Гладышев А. Н."]), (O, "Прокуратура Бийского района", []),
  (O, "МВД по Республике Алтай", []),
  (O, "Министерство транспорта Алтайского края", ["Министерстве транспорта Алтайского края"]),
  (L, "Сростки", ["Сростками"]), (P, "Наталья Кречетова", [])]),
 "618_zh.txt": ("zh", ["CN"], [
  (O, "新华社", ["Xinhua", "新华通讯社"]), (L, "酒泉", ["酒泉市"]), (P, "邵楚涵", []),
  (O, "北京星衡航天科技有限公司", ["星衡航天"]), (O, "酒泉卫星发射中心", []), (P, "蔺嘉禾", []),
  (O, "浙江青禾遥感股份有限公司", []), (O, "西北工业大学", []), (L, "黄河", ["黄河流域"]), (O, "中国科学院", []),
  (P, "樊敬之", []), (O, "成都锐芯BD导航技术有限公司", []), (L, "江苏省", ["江苏"]), (L, "常州市", ["常州"]),
  (L, "武进区", ["武进"]), (L, "北京经济技术开发区", []), (O, "国家航天局", []), (L, "海阳", ["山东海阳"]),
  (L, "东方航天港", []), (L, "甘肃省", ["甘肃"]), (L, "金塔县", ["金塔"])]),
 "619_zh.txt": ("zh", [], [
  (O, "中新网", ["中国新闻网"]), (L, "南宁", ["南宁市"]), (P, "覃海鸥", []),
  (O, "广西壮族自治区疾病预防控制中心", ["自治区疾控中心"]), (L, "广西", ["广西壮族自治区"]),
  (L, "柳州", ["柳州市"]), (L, "桂林", ["桂林市"]), (L, "兴宁区", []), (L, "三塘镇", []), (O, "兴宁区教育局", []),
  (O, "南宁市第二人民医院", []), (P, "韦秀琳", []), (P, "莫振宁", []), (L, "柳江区", []), (L, "临桂区", []),
  (O, "广西医科大学第一附属医院", []), (P, "黎晓雯", []), (O, "南宁市鑫禾源餐饮管理有限公司", [])]),
 "620_zh.txt": ("zh", [], [
  (P, "钟曼青", []), (L, "成都", ["成都市"]), (L, "郫都区", []), (L, "犀浦镇", []), (L, "锦澜府", []),
  (O, "郫都区政府", []), (O, "澎湃新闻", []), (O, "郫都区住房和城乡建设局", []), (O, "四川锦澜置业有限公司", []),
  (O, "锦澜控股集团", []), (O, "成都蓉建城市更新投资集团有限公司", []), (P, "冉思远", []), (P, "阎知秋", []),
  (O, "中建八局西南公司", ["中建八局"]), (P, "尉迟东", []),
  (O, "西南财经大学房地产研究中心", ["西南财经大学"]), (P, "贺朗", []), (O, "四川省住房和城乡建设厅", [])]),
 "621_zh.txt": ("zh", [], [
  (L, "兰州", []), (P, "马骁远", []), (L, "甘肃省", ["甘肃"]), (L, "临夏回族自治州", ["临夏州"]),
  (L, "临夏县", []), (O, "临夏县人大常委会", ["临夏县第十八届人民代表大会常务委员会", "县人大常委会"]),
  (L, "韩集镇", []), (P, "马存良", []), (P, "何永珍", []), (L, "大夏河", []),
  (O, "甘肃省水利水电勘测设计研究院", []), (O, "临夏州河州建设工程集团有限公司", []), (L, "土桥镇", []),
  (L, "尹集镇", []), (L, "北塬镇", []), (P, "祁玉兰", []), (L, "刘家峡水库", []),
  (O, "甘肃农业大学动物科学技术学院", ["甘肃农业大学"]), (P, "虎文博", []), (P, "马燕清", [])]),
 "622_ar.txt": ("ar", ["SA", "GB"], [
  (L, "الرياض", ["منطقة الرياض"]), (O, "الشرق الأوسط", []), (P, "عبد الإله بن صالح الفريحي", ["الفريحي"]),
  (O, "مستشفى الملك فيصل التخصصي", []), (L, "الغاط", []), (O, "المعهد العلمي", []), (L, "المجمعة", []),
  (O, "جامعة إدنبرة", []), (O, "جامعة الملك سعود", []), (O, "الجمعية التاريخية لمنطقة سدير", []),
  (L, "نجد", []), (L, "الحجاز", []), (O, "دارة الملك عبد العزيز", []), (P, "فهد بن ناصر العويّد", []),
  (L, "وادي سدير", ["سدير"]), (P, "مشاري الحمودي", ["الحمودي"]), (O, "جامعة القصيم", []),
  (L, "جامع الملك خالد", []), (L, "أم الحمام", []), (L, "مقبرة النسيم", []), (L, "الملقا", ["حي الملقا"])]),
 "623_ar.txt": ("ar", [], [
  (O, "محكمة جنايات الجيزة", []), (L, "القاهرة", []), (O, "العربية.نت", ["العربية"]),
  (P, "شريف عبد الحميد الدمنهوري", []), (O, "نايل هايتس للتطوير العقاري", ["شركة نايل هايتس للتطوير العقاري"]),
  (L, "6 أكتوبر", ["مدينة 6 أكتوبر"]), (O, "النيابة العامة", []), (L, "Nile Heights Residence", []),
  (P, "أيمن الشرقاوي", []), (O, "المحكمة الاقتصادية", []), (P, "رانيا فؤاد الشبراويشي", []), (O, "محكمة النقض", []),
  (P, "ولاء حسنين", []), (O, "هيئة المجتمعات العمرانية الجديدة", []), (O, "وزارة الإسكان", []),
  (O, "جهاز مدينة 6 أكتوبر", [])]),
 "624_ar.txt": ("ar", ["KW"], [
  (O, "جامعة الكويت", []), (L, "الكويت", []), (O, "كونا", ["وكالة الأنباء الكويتية", "KUNA"]),
  (O, "كلية الهندسة والبترول", []), (P, "بدر سعود المطيري", ["المطيري"]),
  (L, "مدينة صباح السالم الجامعية", []), (L, "الشدادية", []),
  (O, "الهيئة العامة للتعليم التطبيقي والتدريب", []), (P, "نوال عبد اللطيف الشطي", []),
  (O, "شركة نفط الكويت", []), (L, "برقان", []), (L, "الأحمدي", []), (O, "Gulf Catalyst Technologies", []),
  (P, "فاطمة عادل البناي", []), (L, "الجهراء", ["محافظة الجهراء"]), (P, "يوسف خالد العنزي", []),
  (L, "الفروانية", ["محافظة الفروانية"])]),
 "625_ar.txt": ("ar", ["SD", "MA", "MY"], [
  (L, "طنطا", []), (P, "أحمد عبد الستار الهواري", []), (L, "الغربية", ["محافظة الغربية"]),
  (P, "أحمد البدوي", ["السيد أحمد البدوي", "السيد البدوي"]), (L, "المسجد الأحمدي", []),
  (P, "أشرف محمود السنهوري", []), (O, "مستشفى طنطا الجامعي", []), (P, "عبد الرؤوف الطحاوي", []),
  (O, "الطريقة الأحمدية", []), (L, "المنوفية", []), (L, "كفر الشيخ", []), (L, "البحيرة", []),
  (P, "كريم فتحي الزيات", []), (L, "حي أول طنطا", ["أول طنطا"]), (O, "Green Delta", []),
  (P, "سعدية البربري", []), (L, "محلة منوف", ["قرية محلة منوف"]), (O, "الأهرام", []),
  (O, "هيئة السكك الحديدية", []), (L, "القاهرة", []), (L, "الإسكندرية", []), (O, "مديرية أمن الغربية", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout36", "holdout36-gold.json", G)
