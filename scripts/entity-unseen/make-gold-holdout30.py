#!/usr/bin/env python3
"""Writes holdout30-gold.json for the articles in holdout30/ (same format and conventions as make-gold-holdout26.py).
Wire copy in the seeds' style (VNA/TTXVN, BelTA, TASS, Kazinform, Xinhua, People's Daily: provincial people's committees
and their chairmen, party secretaries, ministries, state corporations, universities, hospitals, courts, industrial
parks and zones, ports, rivers, districts and communes, delegations, forums, sport), 5 vi, 5 ru, 5 zh:
490 Yên Bái cinnamon for the Jambyl region (Kazakhstan); 491 a Russian fertilizer terminal at Sơn Dương port, Hà Tĩnh;
492 (all NFD, two names also written without diacritics) a martial-arts tournament in Lục Ngạn with Kazakh and
Belarusian fighters; 493 a Sơn La hospital and a Belarusian children's heart centre; 494 a Cà Mau – Weihai (Uy Hải)
shrimp forum with Chinese names in Hán-Việt; 495 BelTA: the Kalinkovichi district twinned with Gaizhou (initials,
names in the instrumental and dative); 496 TASS: an Ulyanovsk university and a Vietnamese university (a Vietnamese
name in the instrumental); 497 Kazinform: a Chinese ferroalloy plant in Temirtau (-улы names, a hyphenated surname
in the genitive/instrumental); 498 BelTA: a former farm director sentenced in the Zhitkovichi district (initials,
every case); 499 TASS: a basketball match in Orenburg against a Kazakh club; 500 Xinhua: a Belarusian furniture
venture in Ganzhou (a party secretary's title chain, a three-part dotted name); 501 People's Daily: a Chinese-Kazakh
agricultural park in Turkistan region; 502 Xinhua: a freight lane at the Shuikou–Tà Lùng border crossing (a
Vietnamese name in Chinese); 503 Xinhua: the Rizhao marathon (dotted foreign names); 504 Xinhua: a grain line from
Russia at Yingkou port and a foreign-commercial tribunal.
People, companies, clubs and most institutions are invented; places are real. Every person, place and organization
is new to the seeds, the earlier sets and the knowledge files (checked with grep), but for datelines and capitals
(Yên Bái, Hà Tĩnh, Bắc Giang, Sơn La, Cà Mau, Hà Nội, Minsk, Астана/阿斯塔纳) and the agencies. Written and its gold
fixed before the extractor ran on it.
Conventions as holdout26: titles are not part of a name; a generic word before a place (tỉnh, huyện, thị xã, xã,
cảng, hồ, sông, vùng, река, аэропорт, спорткомплекс, 市, 区, 县, 镇) is an alias; industrial parks and zones, ports,
border crossings, reservoirs, stadiums, national parks and scenic areas are places; people's committees, district
executive committees, ministries, departments, corporations, companies, cooperatives, universities, colleges,
hospitals, funds, associations, courts, prosecutors, customs, clubs, forums and agencies are organizations; a body
named inside a title (UBND huyện Lục Ngạn, Sở Công Thương tỉnh Yên Bái, правительство Ульяновской области, 白俄罗斯工业部)
counts, but a party committee in a title (Huyện ủy, Tỉnh ủy, 省委, 市委, 县委) is not an entity, as the Politburo in
holdout11's title chain is not. Competitions, leagues, marathons and train services (Евразийская баскетбольная лига,
2026日照国际马拉松, 中欧班列) are not entities. A place named only inside an organization's name (Sơn Động, Mai Sơn,
Мозырь, Ульяновская область, 陕西, 山东) is not counted. Every inflected form the article uses is an alias. Countries: every
country named or described by an adjective (also inside an organization's name: Việt – Đức, Казахский кварц)."""
import os
from goldlib import P, O, L, write_gold
TTXVN = (O, "TTXVN", ["VNA", "Thông tấn xã Việt Nam"])
BELTA = (O, "БЕЛТА", ["BelTA", "БелТА"])
TASS = (O, "ТАСС", ["TASS"])
XINHUA = (O, "新华社", ["Xinhua", "新华通讯社"])
G = {
 "490_vi.txt": ("vi", ["KZ", "UZ", "KG", "CN"], [
  (L, "Yên Bái", ["tỉnh Yên Bái"]), TTXVN, (O, "Ủy ban nhân dân tỉnh Yên Bái", ["UBND tỉnh Yên Bái"]),
  (P, "Hoàng Minh Chiến", []), (L, "Jambyl", ["tỉnh Jambyl"]), (P, "Yerzhan Abdikarimov", ["Abdikarimov"]),
  (L, "Văn Yên", ["huyện Văn Yên"]), (L, "Trấn Yên", []), (L, "Văn Chấn", []),
  (O, "Tổng công ty Lâm sản Tây Bắc", ["Lâm sản Tây Bắc"]),
  (O, "Công ty cổ phần Tinh dầu quế Đại Sơn", ["Tinh dầu quế Đại Sơn"]),
  (O, "Công ty TNHH Jambyl Agro Trade", ["Jambyl Agro Trade"]), (L, "Kordai", ["huyện Kordai"]),
  (O, "Sở Công Thương tỉnh Yên Bái", ["Sở Công Thương"]), (P, "Lò Thị Hạnh", []),
  (L, "Khu công nghiệp Âu Lâu", ["Âu Lâu"]), (P, "Triệu Văn Sính", []), (L, "Đại Sơn", ["xã Đại Sơn"]),
  (L, "Mỏ Vàng", ["xã Mỏ Vàng"]), (L, "Thác Bà", ["hồ Thác Bà"]), (O, "Trường Đại học Nông Lâm Yên Bái", []),
  (O, "Hợp tác xã Quế hồi Châu Quế Thượng", ["Quế hồi Châu Quế Thượng"])]),
 "491_vi.txt": ("vi", ["RU", "VN", "LA", "TH", "DE"], [
  (L, "Sơn Dương", ["cảng Sơn Dương"]), (L, "Hà Tĩnh", ["tỉnh Hà Tĩnh"]), TTXVN, (L, "Kỳ Anh", ["thị xã Kỳ Anh"]),
  (O, "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh", ["Ban Quản lý Khu kinh tế"]),
  (O, "Công ty cổ phần Kama Agrokhim Việt Nam", ["Kama Agrokhim Việt Nam"]),
  (O, "Công ty cổ phần Kama Agrokhim", ["Kama Agrokhim"]),
  (O, "Tổng công ty Đầu tư và Khai thác cảng Hồng Lĩnh", ["Đầu tư và Khai thác cảng Hồng Lĩnh"]),
  (O, "UBND thị xã Kỳ Anh", ["Ủy ban nhân dân thị xã Kỳ Anh"]), (P, "Dương Tất Lâm", []),
  (L, "Quyền", ["sông Quyền"]), (P, "Sergei Bogomolov", ["Bogomolov"]), (L, "Vysotsk", ["cảng Vysotsk"]),
  (P, "Nguyễn Hữu Kiên", []), (P, "Irina Tkachenko", []),
  (O, "Phòng Thương mại và Công nghiệp Nga tại Việt Nam", ["Phòng Thương mại và Công nghiệp Nga"]),
  (L, "Kỳ Lợi", ["xã Kỳ Lợi"]), (O, "Trường Cao đẳng Kỹ thuật Việt – Đức Hà Tĩnh", ["Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh"])]),
 "492_vi.txt": ("vi", ["VN", "KZ", "BY", "LA"], [
  (L, "Lục Ngạn", ["huyện Lục Ngạn"]), (L, "Bắc Giang", ["tỉnh Bắc Giang"]), TTXVN,
  (L, "Nhà thi đấu huyện Lục Ngạn", []), (O, "Liên đoàn Võ thuật Tổng hợp Kazakhstan", []),
  (P, "Dauren Mukhametkali", []), (P, "Trần Quốc Bảo", ["Tran Quoc Bao"]),
  (O, "Câu lạc bộ Võ thuật Sơn Động", []), (P, "Nguyễn Thị Diệu Linh", ["Nguyen Thi Dieu Linh"]),
  (O, "Trung tâm Huấn luyện và Thi đấu thể thao tỉnh Bắc Giang", []), (P, "Hanna Lukashevich", []),
  (O, "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Giang", []), (P, "Vi Văn Thắng", []),
  (P, "Askar Zhumabekov", []), (L, "Aralsk", []), (O, "UBND huyện Lục Ngạn", ["Ủy ban nhân dân huyện Lục Ngạn"]),
  (P, "Hứa Văn Khải", []), (L, "Phượng Sơn", ["xã Phượng Sơn"]), (L, "Cấm Sơn", ["hồ Cấm Sơn"])]),
 "493_vi.txt": ("vi", ["BY"], [
  (O, "Bệnh viện Đa khoa tỉnh Sơn La", []), (L, "Sơn La", ["tỉnh Sơn La"]), TTXVN,
  (O, "Trung tâm Phẫu thuật tim trẻ em Cộng hòa", []), (L, "Minsk", []), (P, "Viktor Ramanovsky", []),
  (P, "Cầm Văn Thưởng", []), (L, "Thuận Châu", []), (L, "Sốp Cộp", []), (L, "Bắc Yên", []),
  (L, "Hà Nội", ["Hanoi"]), (O, "UBND tỉnh Sơn La", ["Ủy ban nhân dân tỉnh Sơn La"]), (P, "Lường Thị Hoa", []),
  (O, "Sở Y tế tỉnh Sơn La", []), (O, "Quỹ Bảo trợ trẻ em tỉnh Sơn La", []),
  (O, "Công ty cổ phần Dược phẩm Tây Bắc Mường La", ["Dược phẩm Tây Bắc Mường La"]),
  (O, "Trường Cao đẳng Y tế Sơn La", []), (O, "Trung tâm Y tế huyện Mai Sơn", [])]),
 "494_vi.txt": ("vi", ["CN"], [
  (L, "Cà Mau", ["tỉnh Cà Mau", "thành phố Cà Mau"]), TTXVN,
  (O, "Ủy ban nhân dân tỉnh Cà Mau", ["UBND tỉnh Cà Mau"]),
  (O, "Cục Thương mại thành phố Uy Hải", []), (L, "Uy Hải", ["thành phố Uy Hải", "Weihai"]),
  (O, "Diễn đàn Hợp tác thủy sản Cà Mau – Uy Hải 2026", ["Diễn đàn Hợp tác thủy sản Cà Mau – Uy Hải"]),
  (P, "Lâm Văn Bi", []), (L, "Khu công nghiệp Hòa Trung", ["Hòa Trung"]), (L, "Rạch Gốc", ["cảng cá Rạch Gốc"]),
  (L, "Ngọc Hiển", ["huyện Ngọc Hiển"]), (P, "Trương Kiến Hoa", []),
  (O, "Tập đoàn Thủy sản Hải Thịnh Uy Hải", ["Hải Thịnh Uy Hải"]), (L, "Trần Văn Thời", ["huyện Trần Văn Thời"]),
  (O, "Tổng công ty Thủy sản Năm Sao Cà Mau", ["Thủy sản Năm Sao Cà Mau"]),
  (O, "Hiệp hội Tôm sinh thái Cà Mau", []), (P, "Huỳnh Thanh Nhã", []), (L, "Đất Mũi", ["vùng Đất Mũi"]),
  (O, "Viện Nghiên cứu Hải sản Phương Nam", []), (P, "Trịnh Quốc Việt", []),
  (L, "Vườn quốc gia Mũi Cà Mau", []), (O, "Trường Đại học Kỹ thuật – Công nghệ Cà Mau", [])]),
 "495_ru.txt": ("ru", ["CN"], [
  (L, "Калинковичский район", ["Калинковичский"]), (L, "Калинковичи", ["КАЛИНКОВИЧИ"]), BELTA,
  (L, "Гайчжоу", ["Gaizhou", "города Гайчжоу"]),
  (O, "Калинковичский райисполком", ["Калинковичского райисполкома"]),
  (P, "Виталий Евгеньевич Шпаковский", ["Виталий Шпаковский", "Шпаковский"]), (P, "Ли Чуньхуа", []),
  (O, "ОАО «Калинковичский мебельный комбинат»", ["Калинковичский мебельный комбинат"]),
  (O, "ЗАО «Полесье Агротрейд»", ["Полесье Агротрейд"]),
  (P, "Г.М. Рудаковский", ["Г. М. Рудаковский", "Рудаковский", "Рудаковскому"]),
  (O, "Ляодун Цзиньюань Фуд", []), (L, "Ельск", ["Ельске"]), (L, "Припять", ["Припяти"]),
  (L, "Наровля", ["Наровле"]), (O, "Наровлянский лесхоз", ["Наровлянского лесхоза"]),
  (P, "Наталья Петровна Бондарева", ["Натальей Петровной Бондаревой", "Бондарева", "Бондаревой"]),
  (O, "Мозырский государственный педагогический университет имени И.П. Шамякина",
   ["Мозырского государственного педагогического университета имени И.П. Шамякина",
    "Мозырский государственный педагогический университет", "Мозырского государственного педагогического университета"])]),
 "496_ru.txt": ("ru", ["VN"], [
  (L, "Ульяновск", ["УЛЬЯНОВСК"]), TASS,
  (O, "Ульяновский государственный технический университет", ["УлГТУ", "Ульяновский технический университет"]),
  (O, "Университет Дуйтан", ["Университета Дуйтан", "Duy Tân"]),
  (P, "Андрей Семенович Черкасов", ["Андрей Черкасов", "Черкасов"]),
  (P, "Нгуен Чунг Зунг", ["Нгуен Чунг Зунгом"]),
  (O, "правительство Ульяновской области", ["правительства Ульяновской области"]),
  (P, "Елена Викторовна Сидорина", ["Сидорина", "Сидориной"]),
  (L, "ОЭЗ «Ульяновск»", ["особая экономическая зона «Ульяновск»"]),
  (O, "АО «Симбирское конструкторское бюро композитов»", ["Симбирское конструкторское бюро композитов"]),
  (L, "Димитровград", ["Димитровграде"]), (P, "Олег Кириллович Мартьянов", ["Мартьянов"]),
  (L, "Баратаевка", ["аэропорт Баратаевка", "аэропорта Баратаевка"]), (O, "Сонгхан Аэротек", []),
  (L, "Свияга", ["Свияги", "реки Свияги"])]),
 "497_ru.txt": ("ru", ["CN", "KZ"], [
  (L, "Темиртау", ["ТЕМИРТАУ"]), (O, "Казинформ", ["КАЗИНФОРМ", "Kazinform"]),
  (O, "Хэбэй Синлун Металлург", []), (O, "ТОО «Сарыарка ФерроСплав»", ["Сарыарка ФерроСплав"]),
  (L, "индустриальная зона «Восточная»", ["индустриальной зоны «Восточная»", "«Восточная»"]),
  (P, "Чжао Лэйминь", []), (P, "Данияр Ерланулы Сейтжанов", ["Данияр Сейтжанов", "Сейтжанов"]),
  (P, "Бахытжан Нурланович Есенгельдин", ["Есенгельдин", "Есенгельдину"]),
  (O, "АО «Казахский кварц»", ["Казахский кварц"]),
  (L, "Самаркандское водохранилище", ["Самаркандского водохранилища"]),
  (P, "Айгерим Болатовна Жумабаева-Ким", ["Айгерим Жумабаева-Ким", "Айгерим Жумабаевой-Ким", "Жумабаева-Ким"]),
  (O, "Темиртауский высший политехнический колледж", [])]),
 "498_ru.txt": ("ru", [], [
  (L, "Житковичи", ["ЖИТКОВИЧИ"]), BELTA, (L, "Житковичский район", ["Житковичском районе"]),
  (O, "суд Житковичского района", ["Суд Житковичского района"]),
  (O, "ОАО «Припятский агрокомбинат»", ["Припятский агрокомбинат"]),
  (P, "Владимир Николаевич Гаврилюк", ["Владимира Николаевича Гаврилюка", "В.Н. Гаврилюк", "В. Н. Гаврилюк",
                                      "В.Н. Гаврилюку", "Гаврилюк", "Гаврилюку", "Гаврилюка"]),
  (O, "прокуратура Житковичского района", ["прокуратуре Житковичского района"]),
  (O, "ООО «Туровская аграрная компания»", ["Туровская аграрная компания"]),
  (P, "Оксана Ивановна Левчук", ["Оксане Ивановне Левчук", "Левчук"]),
  (O, "управление Следственного комитета по Житковичскому району", ["Следственный комитет", "Следственного комитета"]),
  (O, "Комитет госконтроля", ["Комитет государственного контроля", "КГК"]),
  (P, "Дмитрий Сергеевич Осмоловский", ["Осмоловский"]), (L, "Туров", ["Турове"]),
  (L, "Бельчицы", ["деревне Бельчицы"]), (P, "Ирина Анатольевна Стасевич", ["Стасевич"]),
  (O, "СПК «Дубровицкий»", ["Дубровицкий"])]),
 "499_ru.txt": ("ru", ["KZ", "US"], [
  (O, "Яик", ["«Яик»", "«Яика»", "Яика", "БК «Яик»"]),
  (O, "Жайык Рудный", ["«Жайык Рудный»", "«Жайыка Рудного»", "Жайыка Рудного"]),
  (L, "Оренбург", ["ОРЕНБУРГ", "Оренбурга"]), TASS,
  (L, "Урал-Арена", ["спорткомплекс «Урал-Арена»", "спорткомплексе «Урал-Арена»"]),
  (P, "Артем Сергеевич Сидоренко", ["Артём Сергеевич Сидоренко", "Артем Сидоренко", "Артема Сидоренко", "Сидоренко"]),
  (P, "Ерканат Тлеубаев", ["Ерканата Тлеубаева"]), (P, "Джейлен Уотсон", ["Джейлена Уотсона"]),
  (P, "Игорь Владимирович Пахомов", ["Пахомов", "Пахомова"]),
  (P, "Серик Маратович Абишев", ["Абишев", "Абишеву"]),
  (P, "А.С. Деревягин", ["А. С. Деревягин", "Деревягин"]), (O, "Алтын Дала", ["«Алтын Далы»", "Алтын Далы"]),
  (L, "Рудный", ["Рудном"]), (O, "Агидель-Баскет", ["«Агидель-Баскет»"]),
  (O, "Министерство спорта Оренбургской области", [])]),
 "500_zh.txt": ("zh", ["BY"], [
  (L, "赣州", ["赣州市"]), XINHUA, (P, "钟晓岚", []), (P, "谢宏远", []),
  (O, "白俄罗斯工业部", ["工业部"]), (P, "德米特里·奥列戈维奇·瓦西连科", ["瓦西连科"]),
  (L, "南康区", ["南康"]), (L, "赣州国际陆港", []),
  (O, "“明斯克木业”开放式股份公司", ["明斯克木业", "白俄罗斯“明斯克木业”开放式股份公司"]),
  (O, "江西南康家居产业集团有限公司", ["南康家居产业集团"]), (P, "邱文斌", []),
  (O, "江西赣南稀金新材料股份有限公司", ["赣南稀金新材料", "赣南稀金"]), (P, "温庆林", []),
  (L, "赣州经济技术开发区", ["赣州经开区"]), (L, "章贡区", ["章贡"]), (O, "赣南师范大学", []),
  (O, "南康海关", []), (L, "赣江", [])]),
 "501_zh.txt": ("zh", ["CN", "KZ", "UZ", "AF", "IR"], [
  (L, "阿斯塔纳", ["Astana"]), (P, "孔令哲", []), (L, "中哈农业合作产业园", []),
  (L, "突厥斯坦州", ["突厥斯坦"]), (L, "萨雷阿加什区", ["萨雷阿加什"]),
  (O, "哈萨克斯坦农业部", ["农业部"]), (P, "努尔兰·塞特巴耶夫", ["塞特巴耶夫"]),
  (P, "古丽娜拉·叶尔梅克巴耶娃", []), (O, "中国驻哈萨克斯坦大使馆", []), (P, "邵峥嵘", []),
  (O, "陕西丝路农业发展股份有限公司", ["丝路农业"]), (L, "锡尔河", []), (L, "克列斯河", []),
  (P, "贺志远", []), (O, "西北农林科技大学", []), (O, "哈萨克斯坦南方国立大学", ["南方国立大学"]),
  (P, "樊晓东", [])]),
 "502_zh.txt": ("zh", ["CN", "VN"], [
  (L, "水口口岸", ["水口"]), (L, "驮隆口岸", ["驮隆", "Tà Lùng"]), (L, "崇左", ["崇左市"]), XINHUA,
  (P, "覃海燕", []), (P, "农建明", []), (O, "复和县人民委员会", ["越南复和县人民委员会"]),
  (P, "黎文忠", ["Lê Văn Trung"]), (L, "龙州县", ["龙州"]), (L, "水口镇", ["龙州县水口镇"]),
  (L, "复和县", ["复和"]), (O, "广西龙州边贸物流有限公司", ["龙州边贸物流"]), (L, "水口河", []),
  (O, "崇左海关", []), (P, "韦丽萍", []), (P, "梁振宇", [])]),
 "503_zh.txt": ("zh", ["BY", "KZ", "KE", "CN"], [
  (L, "日照", ["日照市"]), XINHUA, (P, "刘一鸣", []),
  (P, "娜斯佳·科兹洛夫斯卡娅", ["科兹洛夫斯卡娅"]), (P, "达尼亚尔·卡斯捷诺夫", ["卡斯捷诺夫"]),
  (O, "中国田径协会", ["中国田协"]), (O, "山东省体育局", []), (O, "日照市人民政府", []),
  (O, "日照市体育局", []), (O, "日照港集团有限公司", ["日照港集团"]), (L, "日照奥林匹克水上公园", []),
  (L, "万平口景区", ["万平口"]), (L, "东港区", []), (L, "傅疃河", []), (L, "岚山区", ["岚山"]),
  (P, "彼得·基普鲁托·穆泰", ["穆泰"]), (P, "杨子昂", []), (O, "日照市体育运动学校", []),
  (O, "明斯克田径俱乐部", []), (P, "孙立新", [])]),
 "504_zh.txt": ("zh", ["RU"], [
  (L, "营口", ["营口市"]), XINHUA, (P, "隋云鹏", []), (L, "营口港", []),
  (L, "鲅鱼圈港区", ["鲅鱼圈"]), (P, "曲振东", []), (O, "俄罗斯联邦农业部", ["农业部"]),
  (P, "谢尔盖·伊万诺维奇·列文", ["列文"]), (L, "仙人岛能源化工区", ["仙人岛"]),
  (O, "营口港务集团有限公司", ["营口港务集团"]), (O, "西伯利亚粮食集团", ["俄罗斯西伯利亚粮食集团"]),
  (P, "于海涛", []), (L, "大辽河", []), (O, "营口市中级人民法院", ["营口中院"]), (O, "营口理工学院", []),
  (P, "宫丽华", []), (O, "营口市鲅鱼圈区人民法院", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout30", "holdout30-gold.json", G)
