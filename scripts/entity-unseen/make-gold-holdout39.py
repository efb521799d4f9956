#!/usr/bin/env python3
"""Writes holdout39-gold.json for the articles in holdout39/ (same format and conventions as make-gold-holdout36.py).
Belarus, Vietnam, China, Kazakhstan and their partners (state visits, talks, agreements, delegation lists, regional
news, trade) in five languages, each in its outlet's style: 670 vi TTXVN 'Hà Nội, 3/12 (TTXVN) -' (a Belarusian
industry minister received by a deputy prime minister; MAZ trucks, Hưng Yên), 671 vi VnExpress (byline last:
a Mangystau delegation in Cần Thơ, rice over the trans-Caspian route), 672 vi Nhân Dân 'NDO -' (Lạng Sơn and Guangxi,
border gates; byline in capitals), 673 vi TTXVN **all in NFD** (a Kazakh Senate vice-chairman at the National
Assembly, a delegation list); 674 ru BelTA (Minsk oblast in Henan: a delegation list with patronymics, initials and
oblique cases, ОАО/СЗАО, a Latin Co., Ltd.), 675 ru Kazinform 'АСТАНА. КАЗИНФОРМ –' (Kazakh-Chinese rail crossings,
АО «НК «…»», ТОО, -улы patronymics, Chinese names in Cyrillic), 676 ru TASS (Vietnam and Russia: fertiliser, a
nuclear plant; Vietnamese names in Cyrillic and in the instrumental), 677 ru BelTA (Gomel and Karaganda oblasts, a
road map); 678 zh Xinhua (China and Kazakhstan sign memoranda in Astana), 679 zh People's Daily '本报昆明…电' (the
Hekou-Lào Cai cross-border zone; Vietnamese names in Han), 680 zh Xinhua (the China-Belarus industrial park),
681 zh People's Daily (Khorgos rail traffic; Uyghur and Kazakh names with ·); 682 be BelTA in Belarusian (Mogilev
oblast and Thái Nguyên; ў, і, the apostrophe), 683 be BelTA in Belarusian (the Belarus-Kazakhstan commission; ААТ,
ТАА, АТ); 684 kk Kazinform in Kazakh (grain to China; ҰК АҚ, ЖШС, names with -ұлы, suffixed names -мен/-тің),
685 kk Kazinform in Kazakh (Kazakhstan and Vietnam, consultations in Hanoi; Vietnamese names with -мен).
People and most companies are invented; regions, cities, ministries and well-known companies (MAZ, Гомсельмаш,
Милкавита, Холмеч, Росатом, Акрон, Вьетсовпетро, Қазақстан темір жолы, ҚазМұнайГаз, Эйр Астана, Vietjet,
Vietcombank, Halyk Bank, 中国石油天然气集团有限公司 …) are real. Every invented name was checked with grep to be new
to the seeds, the non-sentinel sets and Resources/entities/*.json (the sentinels were not opened). Written, and its
gold fixed and committed, before the extractor ran on it.
Conventions as holdout36 (and holdout37 for the suffixed forms), and:
- Titles (Phó Thủ tướng, Chủ tịch UBND …, председатель облисполкома, аким, 副省长, старшыня, әкімі …) are no part of a
  name; a body named in a title's complement (UBND TP Cần Thơ, Минского облисполкома, 老街省人民委员会, Магілёўскага
  аблвыканкама) is an organization; a ministry named only by its portfolio inside a title (министра иностранных
  дел, вице-министр торговли и интеграции) is none.
- Kazakh suffixes glued to a name (Хэ Цзяньпинмен, Сейітқалиевтің, Ханойда, Қостанай облысындағы) make aliases, the
  bare form is canonical; Russian and Belarusian cases are aliases of the nominative.
- A legal form before or after a quoted name (ОАО, ТОО, АО, ТАА, ААТ, АТ, ЖШС, ҰК АҚ, Công ty cổ phần, 有限公司)
  belongs to the canonical name; the quoted name alone is an alias.
- A region named only inside a body's name (tỉnh Ninh Bình in Ủy ban nhân dân tỉnh Ninh Bình, Синьцзян-Уйгурского
  автономного района in its government, 明斯克州 in its executive committee) is not counted; a vehicle make (xe tải
  MAZ), a train's name (长安号) and a fair are no entities; a plant, refinery, industrial park, free zone, border gate,
  expressway and railway are places.
- Countries: every country named or described by an adjective or demonym (also РК, КНР, ҚР, 中哈, 中白, Беларуска-
  Расійскі), never a city's country."""
import os
from goldlib import P, O, L, write_gold
TTXVN = (O, "TTXVN", ["Vietnam News Agency", "VNA"])
BELTA = (O, "БЕЛТА", ["БелТА", "BelTA"])
KAZ = (O, "КАЗИНФОРМ", ["Казинформ", "Kazinform", "KAZINFORM"])
XH = (O, "新华社", ["Xinhua", "新华通讯社"])
HCM = (L, "Thành phố Hồ Chí Minh", ["TP.HCM", "TP HCM", "Ho Chi Minh City"])
G = {
 "670_vi.txt": ("vi", ["BY", "VN"], [
  (L, "Hà Nội", []), TTXVN, (P, "Lương Khắc Thịnh", []), (P, "Anatoly Sheremetko", []),
  (O, "Công ty cổ phần Cơ khí Phố Nối", ["Cơ khí Phố Nối"]),
  (O, "Nhà máy Máy kéo Minsk", ["Minsk Tractor Works", "MTZ"]), (L, "Hưng Yên", ["tỉnh Hưng Yên"]),
  (O, "Đại học Kỹ thuật quốc gia Belarus", ["Belarusian National Technical University"]),
  (O, "Bộ Công Thương", []), HCM, (P, "Tạ Minh Khuê", []),
  (O, "Bộ Công nghiệp Belarus", ["Bộ Công nghiệp"]), (P, "Dzmitry Lapatsenka", []),
  (O, "Tiểu ban hợp tác công nghiệp Việt Nam - Belarus", []),
  (O, "Tổng công ty Cơ khí Giao thông Sông Thao", []), (O, "Viện Cơ khí năng lượng và mỏ", []),
  (O, "Viện Máy móc nông nghiệp Belarus", []), (O, "Cục Hải quan", []), (P, "Kiều Văn Thạch", []),
  (O, "Ủy ban nhân dân tỉnh Hưng Yên", ["UBND tỉnh Hưng Yên"]),
  (L, "Khu công nghiệp Minh Quang", ["Minh Quang"]),
  (O, "Công ty TNHH Thương mại và Sản xuất Đông Phong Hải Dương", ["Đông Phong Hải Dương"]),
  (L, "Văn Lâm", ["huyện Văn Lâm"])]),
 "671_vi.txt": ("vi", ["CN", "KZ", "VN"], [
  (L, "Cần Thơ", ["TP Cần Thơ"]), (O, "Ủy ban nhân dân TP Cần Thơ", ["UBND TP Cần Thơ"]),
  (P, "Quách Tuấn Phong", ["Phong"]), (L, "Mangystau", ["tỉnh Mangystau"]),
  (P, "Yerbol Zhaksygeldiyev", ["Zhaksygeldiyev"]), (L, "Khu công nghiệp Trà Nóc", ["Trà Nóc"]),
  (L, "Aktau", ["cảng Aktau"]), (L, "Caspi", ["biển Caspi", "Caspian Sea"]),
  (L, "Liên Vân Cảng", ["Lianyungang"]), (L, "Khorgos", ["cửa khẩu Khorgos"]),
  (O, "Công ty TNHH Caspian Agro Trade", ["Caspian Agro Trade"]),
  (O, "Công ty cổ phần Lương thực Tây Đô Mekong", ["Lương thực Tây Đô Mekong"]),
  (P, "Ninh Thị Thu Hà", []), (O, "Sở Công Thương Cần Thơ", []), (O, "Vietcombank", []),
  (O, "Halyk Bank", []), (L, "Thới Lai", ["huyện Thới Lai"]),
  (O, "Hợp tác xã Nông nghiệp Trường Thạnh Phát", []), (P, "Ngọc Tài", [])]),
 "672_vi.txt": ("vi", ["CN", "VN"], [
  (O, "NDO", ["Nhân Dân", "Báo Nhân Dân"]), (L, "Nam Ninh", ["thành phố Nam Ninh", "Nanning"]),
  (L, "Quảng Tây", ["Khu tự trị dân tộc Choang Quảng Tây", "Khu tự trị Quảng Tây", "Guangxi"]),
  (L, "Lạng Sơn", ["tỉnh Lạng Sơn"]), (P, "Hà Quốc Tuyển", []), (O, "Tỉnh ủy Lạng Sơn", []),
  (P, "Thôi Chí Cường", []), (O, "Chính quyền Khu tự trị dân tộc Choang Quảng Tây", []),
  (L, "Tân Thanh", ["cửa khẩu Tân Thanh"]), (L, "Pò Chài", []), (L, "Hữu Nghị", ["cửa khẩu Hữu Nghị"]),
  (L, "Hữu Nghị Quan", []), (L, "Bằng Tường", []), (O, "Hải quan Nam Ninh", []),
  (L, "cao tốc Đồng Đăng - Trà Lĩnh", ["đường cao tốc Đồng Đăng - Trà Lĩnh", "Đồng Đăng - Trà Lĩnh"]),
  (L, "cao tốc Nam Ninh - Bằng Tường", ["Nam Ninh - Bằng Tường"]),
  (O, "Sở Công Thương tỉnh Lạng Sơn", []), (O, "Sở Thương mại Khu tự trị Quảng Tây", []),
  (O, "Công ty cổ phần Logistics Đồng Đăng Xanh", ["Logistics Đồng Đăng Xanh"]),
  (O, "Công ty TNHH Chuỗi cung ứng Hoa Thịnh Bằng Tường", ["Chuỗi cung ứng Hoa Thịnh Bằng Tường"]),
  (O, "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", []),
  (L, "Khu thương mại tự do Trung Quốc (Quảng Tây)", ["Khu thương mại tự do Trung Quốc"]), (L, "Sùng Tả", []),
  (P, "Triệu Minh Khôi", ["TRIỆU MINH KHÔI"])]),
 "673_vi.txt": ("vi", ["KZ", "VN"], [
  (L, "Hà Nội", []), TTXVN, (L, "Nhà Quốc hội", []), (O, "Quốc hội", ["Quốc hội Việt Nam"]),
  (P, "Mai Xuân Khải", []), (O, "Thượng viện Kazakhstan", ["Thượng viện"]), (P, "Ashat Zhumabayev", []),
  (O, "Ủy ban Đối ngoại của Quốc hội", ["Ủy ban Đối ngoại"]), (P, "Tôn Nữ Thảo Vy", []),
  (O, "Bộ Ngoại giao", []), (P, "Đinh Hữu Lộc", []), (P, "Nurgali Sarsenov", []),
  (P, "Gulnar Abdykarimova", []), (P, "Marat Yessenbekuly", []),
  (O, "Nhóm nghị sĩ hữu nghị Việt Nam - Kazakhstan", []), (L, "Almaty", []),
  (O, "Tập đoàn Công nghiệp Năng lượng Quốc gia Việt Nam", ["Petrovietnam"]),
  (O, "Công ty cổ phần Khoáng sản Ngân Sơn Bắc Kạn", ["Khoáng sản Ngân Sơn Bắc Kạn"]),
  (L, "Abai", ["tỉnh Abai"]), (O, "Ủy ban nhân dân tỉnh Ninh Bình", ["UBND tỉnh Ninh Bình"]),
  (L, "Khu du lịch Tràng An", ["Tràng An"]), HCM,
  (O, "Công ty TNHH Dệt may Kazviet Sài Gòn", ["Dệt may Kazviet Sài Gòn"])]),
 "674_ru.txt": ("ru", ["BY", "CN"], [
  (L, "Чжэнчжоу", ["ЧЖЭНЧЖОУ", "Zhengzhou"]), BELTA,
  (L, "Минская область", ["Минскую область", "Minsk Region"]),
  (L, "Хэнань", ["провинция Хэнань", "провинцию Хэнань", "провинции Хэнань", "Henan"]),
  (O, "Минский облисполком", ["Минского облисполкома"]),
  (P, "Станислав Игнатьевич Довбешко", ["Станиславом Игнатьевичем Довбешко", "С. И. Довбешко", "Довбешко"]),
  (P, "Олег Леонидович Шуканов", ["О. Л. Шуканов", "Шуканов"]),
  (O, "Государственный комитет по науке и технологиям", ["Государственного комитета по науке и технологиям", "ГКНТ"]),
  (P, "Ирина Вацлавовна Казакевич-Рудь", ["Казакевич-Рудь"]),
  (O, "ОАО «Борисовский завод автотракторного электрооборудования»",
   ["Борисовский завод автотракторного электрооборудования"]),
  (P, "Виталий Петрович Гайдученя", ["Гайдученя"]),
  (O, "ОАО «Слуцкий сахарорафинадный комбинат»", ["Слуцкий сахарорафинадный комбинат"]),
  (O, "СЗАО «Компания по развитию индустриального парка»", ["Компания по развитию индустриального парка"]),
  (P, "Лю Чжэньхуа", []), (O, "Хэнань Чжунъюань Машинери", ["«Хэнань Чжунъюань Машинери»"]),
  (P, "Ван Сюэлинь", []), (L, "Борисов", ["Борисове"]),
  (O, "Henan Sweet Harvest Trading Co., Ltd.", ["Henan Sweet Harvest Trading"]), (L, "Лоян", ["Luoyang"]),
  (O, "Хэнаньский университет науки и технологий", ["Хэнаньского университета науки и технологий"]),
  (L, "Смолевичский район", ["Смолевичского района"])]),
 "675_ru.txt": ("ru", ["CN", "KZ"], [
  (L, "Астана", ["АСТАНА"]), KAZ,
  (P, "Даурен Серикбаевич Ахметжанов", ["Д. Ахметжанова", "Д. Ахметжанов", "Ахметжанов"]),
  (O, "Народное правительство Синьцзян-Уйгурского автономного района",
   ["Народного правительства Синьцзян-Уйгурского автономного района"]),
  (P, "Ма Цзюньлинь", ["Ма Цзюньлинем"]), (L, "Достык", ["Dostyk"]), (L, "Алашанькоу", ["Alashankou"]),
  (L, "Алтынколь", ["Altynkol"]), (L, "Хоргос", ["Khorgos"]), (L, "Аягоз", ["станции Аягоз", "Ayagoz"]),
  (L, "Тачэн", ["Tacheng"]),
  (L, "СЭЗ «Хоргос – Восточные ворота»", ["Хоргос – Восточные ворота", "«Хоргос – Восточные ворота»"]),
  (O, "АО «НК «Қазақстан темір жолы»", ["Қазақстан темір жолы", "НК «Қазақстан темір жолы»", "КТЖ"]),
  (O, "ООО «Синьцзян Тяньшань Логистик»", ["Синьцзян Тяньшань Логистик"]),
  (O, "ТОО «Жетысу Транзит Сервис»", ["Жетысу Транзит Сервис"]), (P, "Асхат Маратович Нурпеисов", []),
  (L, "область Абай", ["области Абай", "Абай", "Abai Region"]),
  (P, "Бауыржан Кенжебекулы Сыздыков", ["Сыздыков"]), (L, "Аягозский район", ["Аягозского района"]),
  (P, "Жанар Абдыкаримовна Тулегенова", []), (P, "Чжоу Цинхай", []), (L, "Алматы", ["Almaty"])]),
 "676_ru.txt": ("ru", ["RU", "VN"], [
  (L, "Ханой", ["ХАНОЙ", "Ханое", "Hanoi"]), (O, "ТАСС", ["TASS"]), (P, "Чинь Куанг Бао", []),
  (P, "Григорий Аркадьевич Лопатин", ["Григорием Аркадьевичем Лопатиным", "Лопатин"]),
  (O, "Вьетнамское информационное агентство", ["ВИА", "Vietnam News Agency"]),
  (L, "«Ниньтхуан-1»", ["Ниньтхуан-1", "АЭС «Ниньтхуан-1»"]),
  (L, "Кханьхоа", ["провинции Кханьхоа", "Khánh Hòa"]), (O, "Росатом", ["«Росатом»", "госкорпорация «Росатом»"]),
  (O, "ПАО «Акрон»", ["Акрон", "«Акрон»"]),
  (O, "Корпорация удобрений «Шонглам»", ["Шонглам", "«Шонглам»"]),
  (L, "Хайфон", ["порту Хайфон", "Hai Phong"]), (O, "«Вьетсовпетро»", ["Вьетсовпетро", "Vietsovpetro"]),
  (L, "Вунгтау", ["Vung Tau"]), (P, "Ха Тхи Минь Тяу", []), (P, "Андрей Станиславович Вербицкий", []),
  (O, "народный комитет провинции Кханьхоа", ["народного комитета провинции Кханьхоа"]),
  (P, "Ле Ван Зуен", ["Ле Ван Зуеном"]), (L, "Москва", ["Москву", "Moscow"]), (L, "Нововоронеж", [])]),
 "677_ru.txt": ("ru", ["BY", "KZ"], [
  (L, "Гомель", ["ГОМЕЛЬ", "Гомеле", "Gomel"]), BELTA, (L, "Гомельская область", ["Гомельская"]),
  (L, "Карагандинская область", ["Карагандинской области", "Карагандинская", "Karaganda Region"]),
  (O, "Гомельский облисполком", ["Гомельского облисполкома"]),
  (P, "Юрий Николаевич Ластовский", ["Ю. Н. Ластовский", "Ластовский"]),
  (P, "Нуржан Бекболатович Ермекбаев", ["Н. Б. Ермекбаева", "Ермекбаев"]),
  (L, "Караганда", ["Караганду", "Karaganda"]), (O, "ОАО «Гомсельмаш»", ["Гомсельмаш"]),
  (O, "ТОО «Сарыарка АгроМаш»", ["Сарыарка АгроМаш"]), (L, "Темиртау", ["Temirtau"]),
  (O, "Гомельский государственный технический университет имени П.О. Сухого",
   ["Гомельским государственным техническим университетом имени П.О. Сухого"]),
  (O, "Карагандинский технический университет", ["Карагандинским техническим университетом"]),
  (O, "ОАО «Милкавита»", ["Милкавита"]), (L, "Жлобин", ["Жлобине"]),
  (O, "Белорусский металлургический завод", ["Белорусском металлургическом заводе", "БМЗ"]),
  (L, "Речицкий район", ["Речицком районе"]), (O, "«Холмеч»", ["Холмеч", "агрокомбинат «Холмеч»"]),
  (O, "ТОО «Караганда Экспорт Сервис»", ["Караганда Экспорт Сервис"])]),
 "678_zh.txt": ("zh", ["CN", "KZ"], [
  XH, (L, "阿斯塔纳", ["Astana"]), (P, "岑晓峰", []), (O, "商务部", []), (P, "薛承德", []),
  (O, "贸易和一体化部", ["哈萨克斯坦贸易和一体化部"]), (P, "叶尔兰·卡纳特别科夫", ["卡纳特别科夫"]),
  (L, "霍尔果斯国际边境合作中心", []), (L, "中哈（连云港）物流合作基地", []), (L, "阿拉山口", []),
  (L, "多斯特克口岸", ["多斯特克"]), (O, "中国石油天然气集团有限公司", []),
  (O, "哈萨克斯坦国家石油天然气公司", []), (L, "奇姆肯特炼油厂", []), (O, "中国电力建设集团有限公司", []),
  (L, "突厥斯坦州", ["突厥斯坦"]), (O, "中国驻哈萨克斯坦大使馆", []),
  (L, "新疆维吾尔自治区", ["新疆"]), (L, "江苏省", ["江苏"]), (L, "陕西省", ["陕西"]),
  (O, "西安秦川粮油工业有限公司", []), (L, "北哈萨克斯坦州", []), (O, "伊希姆谷物股份公司", []),
  (O, "陕西省商务厅", []), (P, "聂文涛", []), (L, "阿拉木图", ["Almaty"])]),
 "679_zh.txt": ("zh", ["CN", "VN"], [
  (L, "昆明", []), (P, "和丽娟", []), (O, "云南省商务厅", []),
  (L, "中国河口—越南老街跨境经济合作区", ["河口—老街跨境经济合作区"]), (L, "云南省", ["云南"]),
  (P, "秦国梁", []), (L, "红河哈尼族彝族自治州", ["红河州"]), (L, "河口瑶族自治县", ["河口县", "河口"]),
  (L, "老街省", ["老街", "Lào Cai"]), (O, "老街省人民委员会", []), (P, "阮德清", ["Nguyễn Đức Thanh"]),
  (L, "滇越标准轨铁路", []), (L, "河内", ["Hanoi"]), (L, "海防", ["Hai Phong"]), (L, "红河", []),
  (L, "河口口岸", []), (L, "金城工业区", []), (O, "工贸部", ["越南工贸部"]), (P, "黄氏清心", []),
  (O, "云南建投物流有限公司", []), (O, "老街物流股份公司", ["越南老街物流股份公司"]), (P, "罗志诚", [])]),
 "680_zh.txt": ("zh", ["BY", "CN"], [
  XH, (L, "明斯克", ["Minsk"]), (P, "伍思远", []), (L, "中白工业园", ["China-Belarus Industrial Park", "Great Stone"]),
  (O, "中白工业园管委会", []), (O, "经济部", ["白俄罗斯经济部"]), (P, "阿列克谢·布罗夫科", ["布罗夫科"]),
  (O, "中白工业园区开发股份有限公司", []), (P, "尹泽宇", []), (O, "浙江华瑞智能装备有限公司", []),
  (O, "明斯克汽车厂", ["MAZ"]), (O, "明斯克州执行委员会", []), (P, "玛丽娜·舍夫佐娃", []),
  (L, "斯莫列维奇区", []), (L, "明斯克国家机场", []), (O, "中国驻白俄罗斯大使馆", []), (P, "邱明杰", [])]),
 "681_zh.txt": ("zh", ["CN", "KZ"], [
  (L, "乌鲁木齐", []), (P, "艾力·买买提", []), (O, "乌鲁木齐海关", []), (L, "新疆", ["新疆维吾尔自治区"]),
  (L, "霍尔果斯口岸", []), (O, "霍尔果斯海关", []), (P, "努尔兰·吐尔逊", []),
  (L, "伊犁哈萨克自治州", []), (L, "霍尔果斯市", ["霍尔果斯", "Khorgos"]), (P, "杨静波", []),
  (L, "中哈跨境农产品加工区", []), (O, "新疆天禾农牧业发展有限公司", []), (L, "杰特苏州", []),
  (P, "赛里克·别克穆哈梅多夫", ["别克穆哈梅多夫"]), (L, "扎尔肯特", ["Zharkent"]),
  (O, "中国铁路乌鲁木齐局集团有限公司", []), (L, "塔什干", ["Tashkent"]), (L, "阿斯塔纳", ["Astana"])]),
 "682_be.txt": ("be", ["BY", "RU", "VN"], [
  (L, "Магілёў", ["МАГІЛЁЎ", "Магілёве", "Mogilev"]), (L, "Магілёўская вобласць", []),
  (L, "Тхайнгуен", ["правінцыя Тхайнгуен", "правінцыі Тхайнгуен", "Тхайнгуене", "Thái Nguyên"]), BELTA,
  (O, "Магілёўскі аблвыканкам", ["Магілёўскага аблвыканкама"]),
  (P, "Андрэй Міхайлавіч Шаўчэня", ["А. М. Шаўчэні", "Шаўчэня"]),
  (O, "Народны камітэт правінцыі Тхайнгуен", ["Народнага камітэта правінцыі Тхайнгуен"]),
  (P, "Чан Куок Хынг", []), (O, "ААТ «Магілёўліфтмаш»", ["Магілёўліфтмаш"]), (P, "Лыонг Тхань Нгі", []),
  (O, "«Тхайнгуен Стыл»", ["Тхайнгуен Стыл", "акцыянернай кампаніі «Тхайнгуен Стыл»"]), (P, "Фам Ван Куэт", []),
  (O, "ААТ «Бабруйскі завод трактарных дэталяў і агрэгатаў»", ["Бабруйскі завод трактарных дэталяў і агрэгатаў"]),
  (O, "Беларуска-Расійскі ўніверсітэт", []), (L, "Ханой", ["Hanoi"]),
  (L, "Бабруйск", ["Бабруйскам", "Bobruisk"]), (L, "Шонгконг", ["Sông Công"])]),
 "683_be.txt": ("be", ["BY", "KZ"], [
  (L, "Мінск", ["МІНСК", "Мінску", "Minsk"]), BELTA,
  (P, "Сяргей Уладзіміравіч Кавалёнак", ["Сяргея Уладзіміравіча Кавалёнка", "С. У. Кавалёнак", "Кавалёнак"]),
  (P, "Айдар Нурланулы Сагынбаеў", ["Айдара Нурланулы Сагынбаева", "Айдар Сагынбаеў", "Сагынбаеў"]),
  (O, "ААТ «МАЗ»", ["МАЗ", "«МАЗ»"]), (O, "ТАА «Костанай Аўтазборка»", ["Костанай Аўтазборка"]),
  (L, "Кастанай", ["Кастанаі", "Kostanay"]),
  (O, "АТ «Нацыянальная кампанія «Казахстан тэміржолы»",
   ["Казахстан тэміржолы", "Нацыянальная кампанія «Казахстан тэміржолы»"]),
  (L, "Брэст", ["Брэсце", "Brest"]), (O, "ААТ «Гродна Азот»", ["Гродна Азот"]),
  (L, "Паўночна-Казахстанская вобласць", ["Паўночна-Казахстанскую вобласць"]),
  (O, "Беларуская ўніверсальная таварная біржа", []), (L, "Астана", ["Астане", "Astana"]),
  (L, "Алматы", ["Almaty"])]),
 "684_kk.txt": ("kk", ["CN", "KZ"], [
  (L, "Алматы", ["АЛМАТЫ", "Almaty"]), KAZ,
  (P, "Ерғали Бақытұлы Сейітқалиев", ["Е.Б. Сейітқалиевтің", "Е.Б. Сейітқалиев", "Сейітқалиев"]),
  (O, "Бас кеден басқармасы", ["Қытай Халық Республикасы Бас кеден басқармасы"]),
  (P, "Хэ Цзяньпин", ["Хэ Цзяньпинмен"]),
  (O, "«Азық-түлік корпорациясы» ҰК АҚ", ["Азық-түлік корпорациясы", "«Азық-түлік корпорациясы»"]),
  (O, "«Цзянсу Хуанхай Агро»", ["Цзянсу Хуанхай Агро"]),
  (L, "Қостанай облысы", ["Қостанай облысындағы", "Қостанай"]),
  (O, "«Тобыл Астық Трейд» ЖШС", ["Тобыл Астық Трейд", "«Тобыл Астық Трейд»"]),
  (L, "Шыңжаң Ұйғыр автономиялық ауданы", ["Шыңжаң Ұйғыр автономиялық ауданының", "Шыңжаң"]),
  (L, "Жетісу облысы", ["Жетісу облысының", "Жетісу"]), (P, "Данияр Серікұлы Жақыпбеков", []),
  (L, "Қорғас", ["Қорғас шекара өткелі", "Khorgos"]), (L, "Жаркент", ["Жаркент қаласында", "Zharkent"])]),
 "685_kk.txt": ("kk", ["KZ", "VN"], [
  (L, "Астана", ["АСТАНА", "Astana"]), KAZ,
  (P, "Әсет Нұрболатұлы Құдайбергенов", ["Ә.Н. Құдайбергеновтің", "Ә.Н. Құдайбергенов", "Құдайбергенов"]),
  (L, "Ханой", ["Ханойда", "Hanoi"]), (P, "Нгуен Минь Тхуан", ["Нгуен Минь Тхуанмен"]),
  (O, "ҚР СІМ", ["СІМ", "Сыртқы істер министрлігі"]),
  (O, "«Эйр Астана» АҚ", ["Эйр Астана", "«Эйр Астана»", "Air Astana"]), (O, "Vietjet", []),
  (L, "Алматы", ["Almaty"]), (O, "«ҚазМұнайГаз» ҰК АҚ", ["ҚазМұнайГаз", "«ҚазМұнайГаз»", "KazMunayGas"]),
  (O, "«Петровьетнам»", ["Петровьетнам", "Petrovietnam"]),
  (L, "Маңғыстау облысы", ["Маңғыстау облысындағы", "Маңғыстау"]),
  (L, "Ақтау", ["Ақтау портын", "Ақтау порты", "Aktau"]), (L, "Каспий теңізі", ["Каспий", "Caspian Sea"]),
  (L, "Дананг", ["Da Nang"]), (L, "Хайфон", ["Hai Phong"]),
  (O, "Вьетнам-Қазақстан достық қоғамы", ["Вьетнам-Қазақстан достық қоғамының"]),
  (P, "Фам Тхи Хань", ["Фам Тхи Ханьмен"]), (L, "Хошимин", ["Хошимин қаласы"]),
  (O, "Хошимин қаласы Халық комитеті", []), (P, "Во Ван Хоа", ["Во Ван Хоамен"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout39", "holdout39-gold.json", G)
