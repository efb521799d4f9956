#!/usr/bin/env python3
"""Writes holdout19-gold.json for the articles in holdout19/ (same format and conventions as make-gold-holdout17.py).
Wire copy in the seeds' style (TTXVN, BelTA, Kazinform, Xinhua: official visits, long titles, delegations, signing
ceremonies, provinces, enterprises, quotes) and ordinary local news, in the languages users load most beyond the seeds:
5 vi (199 and 200 in NFD, 201 with some names written without diacritics), 5 ru, 4 zh. Vietnamese: Hưng Yên and the
Svetlogorsk district (combine harvesters), Kazakh wheat through Chân Mây port in Huế (NFD), a landslide in Mường Tè
(NFD), a Guangxi fruit distribution centre at the Tân Thanh border gate, a first kidney transplant in Kon Tum. Russian:
Svetlogorsk and the Talgar district (BelTA), a Vietnamese sugar plant in the Almaty region (Kazinform, Vietnamese names in
Cyrillic), a bridge over the Pina in Pinsk (initials), an oncology centre in Taldykorgan, a Chinese electric-bus joint
venture near Minsk (Xinhua in Russian, Chinese names in Cyrillic). Chinese: a wind farm in Akmola built by a Chinese
firm, a port memorandum between Fangchenggang and Cẩm Phả, a Belarusian delegation from Rogachev in Yangzhou, tea
farmers' drones in Meitan (Zunyi). People, companies and some institutions are invented; places are real.
Every person, place and organization is new to the seeds, the earlier sets and the knowledge files, but for datelines
and capitals (Hà Nội, Minsk, Lạng Sơn, Huế, Kon Tum, Hưng Yên, Lai Châu, Thành phố Hồ Chí Minh, Quảng Ngãi, Алматы,
南宁, 阿斯塔纳, the agencies). It was written and its gold fixed before the extractor ran on it.
Conventions as holdout17: titles are not part of a name; generic words before a place (tỉnh, huyện, xã, thị xã, bản,
cảng, ga, cửa khẩu, микрорайон, улица, реку) are aliases; industrial parks, economic zones, canals, roads, bridges and
overpasses are places; committees, district executive committees, akimats, ministries, associations, colleges, border
posts, customs branches, hospitals, funds and companies are organizations. A place named only inside an
organization's name (Polesie, Gomel, Анкара, 阿拉木图, 上海, Phố Trại) is not counted. Countries: every country named or
described by an adjective."""
import os
from goldlib import P, O, L, write_gold
G = {
 "198_vi.txt": ("vi", ["BY", "VN"], [
  (L, "Hưng Yên", ["tỉnh Hưng Yên"]), (O, "TTXVN", ["VNA"]), (L, "Svetlogorsk", ["huyện Svetlogorsk", "Светлогорск"]),
  (O, "Ủy ban nhân dân tỉnh Hưng Yên", ["UBND tỉnh Hưng Yên"]),
  (O, "Ủy ban hành pháp huyện Svetlogorsk", ["Svetlogorsk District Executive Committee"]),
  (L, "Khu công nghiệp Minh Quang", ["Minh Quang"]), (P, "Dmitry Lyashkevich", ["Lyashkevich"]),
  (O, "Công ty cổ phần mở Polesieagromash", ["Polesieagromash"]), (O, "Trường Cao đẳng Nông nghiệp Polesie", []),
  (O, "Phòng Thương mại và Công nghiệp Belarus", []), (P, "Đào Quang Tiến", ["Tiến"]),
  (L, "Đồng bằng sông Hồng", ["đồng bằng sông Hồng", "Red River Delta"]),
  (O, "Sở Nông nghiệp và Môi trường tỉnh Hưng Yên", ["Sở Nông nghiệp và Môi trường"]), (P, "Vũ Thị Lệ Hằng", []),
  (L, "Khoái Châu", ["huyện Khoái Châu"]), (L, "Phù Cừ", ["huyện Phù Cừ"]),
  (O, "Công ty cổ phần Cơ khí Nông nghiệp Phố Hiến", ["Cơ khí Nông nghiệp Phố Hiến"]), (P, "Lê Văn Thịnh", []),
  (L, "Hà Nội", ["Hanoi"]), (L, "Minsk", [])]),
 "199_vi.txt": ("vi", ["KZ", "VN", "CN"], [
  (L, "Chân Mây", ["cảng Chân Mây"]), (L, "Huế", ["thành phố Huế", "Hue"]), (O, "TTXVN", ["VNA"]),
  (O, "Ủy ban nhân dân thành phố Huế", ["UBND thành phố Huế"]), (P, "Mai Xuân Liêm", []),
  (O, "Bộ Thương mại và Hội nhập Kazakhstan", ["Bộ Thương mại và Hội nhập"]), (P, "Aidar Temirbekov", ["Temirbekov"]),
  (L, "Altynkol", ["ga Altynkol"]), (O, "Astyk Trans Logistics", ["Tập đoàn Astyk Trans Logistics"]),
  (L, "Khu kinh tế Chân Mây – Lăng Cô", ["Chân Mây – Lăng Cô"]),
  (O, "Ban Quản lý Khu kinh tế, công nghiệp thành phố Huế", ["Ban Quản lý Khu kinh tế, công nghiệp"]),
  (O, "Công ty cổ phần Cảng Chân Mây", ["Cảng Chân Mây"]), (P, "Hoàng Trọng Khiêm", []),
  (O, "Công ty TNHH Dinh dưỡng Hải Đăng", ["Dinh dưỡng Hải Đăng"]), (L, "Hương Thủy", ["thị xã Hương Thủy"]),
  (P, "Saule Nurpeisova", []), (O, "Hiệp hội Ngũ cốc Kazakhstan", []), (L, "Akmola", ["vùng Akmola"])]),
 "200_vi.txt": ("vi", [], [
  (L, "Mường Tè", ["huyện Mường Tè", "trạm Mường Tè"]), (L, "Lai Châu", ["tỉnh Lai Châu"]), (O, "TTXVN", ["VNA"]),
  (L, "Ka Lăng", ["xã Ka Lăng"]), (L, "Thu Lũm", ["xã Thu Lũm"]), (L, "tỉnh lộ 131", ["Tỉnh lộ 131"]),
  (O, "Ủy ban nhân dân huyện Mường Tè", ["UBND huyện Mường Tè"]), (P, "Lò Văn Hặc", []),
  (O, "Trường Tiểu học Pa Ủ", []), (L, "Nậm Cúm", ["bản Nậm Cúm"]),
  (O, "Bộ Chỉ huy Quân sự tỉnh Lai Châu", []), (O, "Đồn Biên phòng Ka Lăng", []), (P, "Điêu Chính Tâm", []),
  (O, "Đài Khí tượng Thủy văn tỉnh Lai Châu", []), (O, "Công ty cổ phần Thủy điện Nậm Na 2", ["Thủy điện Nậm Na 2"]),
  (O, "Hội Chữ thập đỏ tỉnh Lai Châu", [])]),
 "201_vi.txt": ("vi", ["CN", "VN"], [
  (L, "Tân Thanh", ["cửa khẩu Tân Thanh", "xã Tân Thanh"]), (L, "Lạng Sơn", ["tỉnh Lạng Sơn"]), (O, "TTXVN", ["VNA"]),
  (O, "Công ty TNHH Thương mại Nông sản Bằng Tường Hoa Phong", ["Bằng Tường Hoa Phong"]),
  (L, "Quảng Tây", ["Guangxi"]), (L, "Văn Lãng", ["huyện Văn Lãng"]), (P, "Lu Zhenhua", []),
  (O, "Công ty cổ phần Xuất nhập khẩu Nông sản Kỳ Lừa", ["Nông sản Kỳ Lừa"]),
  (P, "Hoang Thi Thu Trang", ["Hoàng Thị Thu Trang"]), (O, "Sở Công Thương tỉnh Lạng Sơn", ["Sở Công Thương"]),
  (P, "Nguyen Van Duc", ["Nguyễn Văn Đức"]), (O, "Chi cục Hải quan cửa khẩu Tân Thanh", []),
  (P, "Tran Quoc Hung", ["Trần Quốc Hùng"]), (O, "Trạm Kiểm tra Biên giới Phố Trại", []),
  (O, "Hiệp hội Rau quả Việt Nam", ["Vinafruit"])]),
 "202_vi.txt": ("vi", [], [
  (L, "Kon Tum", ["tỉnh Kon Tum"]), (O, "TTXVN", ["VNA"]),
  (O, "Bệnh viện Đa khoa tỉnh Kon Tum", ["Bệnh viện tỉnh Kon Tum"]), (L, "Sa Thầy", ["huyện Sa Thầy"]),
  (O, "Bệnh viện Chợ Rẫy", ["Chợ Rẫy"]), (P, "Thạch Văn Sang", []), (P, "Y Phơng Niê", []),
  (P, "Ngô Thị Bích Phượng", []), (L, "Thành phố Hồ Chí Minh", ["Ho Chi Minh City", "TP.HCM"]),
  (L, "Quảng Ngãi", []), (L, "Đắk Hà", []), (L, "Ngọc Hồi", []), (L, "Kon Plông", []),
  (O, "Sở Y tế tỉnh Kon Tum", ["Sở Y tế"]), (O, "Quỹ Bảo trợ bệnh nhân nghèo Kon Tum", [])]),
 "203_ru.txt": ("ru", ["BY", "KZ"], [
  (L, "Светлогорский район", ["Светлогорский"]), (L, "Талгарский район", ["Талгарского района", "Талгарский"]),
  (L, "Светлогорск", ["Светлогорске", "СВЕТЛОГОРСК", "Svetlogorsk"]), (O, "БЕЛТА", ["BelTA", "БелТА"]),
  (O, "Светлогорский райисполком", ["Светлогорского райисполкома"]), (P, "Иван Крупенич", ["Крупенич"]),
  (L, "Алматинская область", ["Алматинской области"]), (P, "Асылбек Жумагулов", ["Жумагулов"]),
  (L, "Талгар", ["Талгаре"]), (O, "ТОО «Талгар Агро Сервис»", ["Талгар Агро Сервис"]),
  (O, "ОАО «Полесьеагромаш»", ["Полесьеагромаш"]), (L, "Конаев", ["Конаеве"]),
  (O, "Талгарский аграрно-технический колледж", ["Талгарского аграрно-технического колледжа"]),
  (O, "Палата предпринимателей Алматинской области", ["Палаты предпринимателей Алматинской области"]),
  (O, "Светлогорский целлюлозно-картонный комбинат", []), (O, "агрокомбинат «Днепровский»", ["Днепровский"]),
  (L, "Речицкий район", ["Речицком районе"]),
  (O, "Гомельский государственный технический университет имени П.О.Сухого",
   ["Гомельском государственном техническом университете имени П.О.Сухого", "Гомельском государственном техническом университете"])]),
 "204_ru.txt": ("ru", ["VN", "KZ", "LA", "KH", "UZ", "KG", "CN"], [
  (L, "Алматинская область", ["Алматинской области"]), (L, "Конаев", ["КОНАЕВ"]), (O, "Казинформ", ["КАЗИНФОРМ", "Kazinform"]),
  (O, "Тхань Тхань Конг Бьенхоа", ["«Тхань Тхань Конг Бьенхоа»", "TTC Biên Hòa"]),
  (O, "акимат Алматинской области", []), (L, "Енбекшиказахский район", ["Енбекшиказахском районе"]),
  (P, "Ерлан Каракулов", []), (P, "Нгуен Ван Лыонг", ["Нгуена Ван Лыонга"]),
  (O, "Гуанси Наньнин Машинери", ["«Гуанси Наньнин Машинери»"]), (P, "Бауыржан Сатыбалдиев", []),
  (L, "Большой Алматинский канал", []), (P, "Фам Тхи Хонг Ван", [])]),
 "205_ru.txt": ("ru", [], [
  (L, "Пинск", ["Пинске", "ПИНСК"]), (O, "БЕЛТА", ["BelTA", "БелТА"]), (L, "Пина", ["Пину", "реку Пину"]),
  (L, "улица Днепровской флотилии", ["улице Днепровской флотилии"]),
  (O, "ОАО «Брестское мостостроительное управление № 11»", ["Брестское мостостроительное управление № 11"]),
  (O, "Пинский горисполком", ["Пинского горисполкома"]), (P, "Н.В.Ляшук", ["Ляшук"]),
  (O, "Брестский облисполком", ["Брестского облисполкома"]), (P, "Сергей Гриневич", ["Гриневич"]),
  (L, "Северный", ["микрорайон Северный", "микрорайоном Северный"]),
  (O, "ГАИ Пинского ГОВД", ["Пинский ГОВД", "Пинского ГОВД"]), (L, "Лунинецкий путепровод", []),
  (L, "Пинск – Логишин", ["дорога Пинск – Логишин", "дороги Пинск – Логишин"]), (L, "Логишин", []),
  (P, "Татьяна Маркевич", []), (O, "РУП «Белгипродор»", ["Белгипродор"])]),
 "206_ru.txt": ("ru", ["KZ", "SE"], [
  (L, "Талдыкорган", ["Талдыкоргане", "ТАЛДЫКОРГАН"]), (O, "Казинформ", ["КАЗИНФОРМ", "Kazinform"]),
  (O, "Многопрофильный центр ядерной медицины и онкологии", []),
  (O, "акимат области Жетысу", ["акимата области Жетысу"]), (L, "область Жетысу", ["Жетысу", "области Жетысу"]),
  (P, "Айгерим Болатова", []), (P, "Бейбут Исабаев", []), (O, "Elekta", []),
  (L, "Текели", []), (L, "Ушарал", ["Ушарала"]), (L, "Сарканд", ["Сарканда"]), (L, "Алматы", ["Almaty"]),
  (P, "Даурен Мукашев", []),
  (O, "Казахский научно-исследовательский институт онкологии и радиологии", ["Казахском научно-исследовательском институте онкологии и радиологии"]),
  (O, "Университетская больница Анкары", ["Университетской больницы Анкары"]),
  (O, "ТОО «Жетысу Курылыс Групп»", ["Жетысу Курылыс Групп"]),
  (O, "Национальный научный онкологический центр", ["Национального научного онкологического центра"])]),
 "207_ru.txt": ("ru", ["CN", "BY", "KZ", "UZ"], [
  (L, "Минск", ["Минском", "МИНСК"]), (O, "Синьхуа", ["Xinhua"]),
  (O, "Чжэнчжоу Юйтун Новая Энергия", ["«Чжэнчжоу Юйтун Новая Энергия»"]),
  (O, "ОАО «Управляющая компания холдинга \"Белкоммунмаш\"»", ["Белкоммунмаш", "Управляющая компания холдинга \"Белкоммунмаш\""]),
  (L, "Смолевичский район", ["Смолевичском районе"]), (L, "Минская область", ["Минской области"]),
  (P, "Виктор Каранкевич", ["Виктора Каранкевича"]), (P, "Чжан Вэньлинь", ["Чжана Вэньлиня"]), (P, "Ван Цзяньго", []),
  (O, "БелЮйтун Электро", ["«БелЮйтун Электро»"]),
  (L, "Индустриальный парк «Великий камень»", ["Великий камень", "Индустриальном парке «Великий камень»"]),
  (P, "Александр Ярошенко", []), (O, "Минсктранс", ["Минсктранса"]), (L, "Рогачев", ["Рогачеве"]),
  (L, "Борисов", ["Борисове"])]),
 "208_zh.txt": ("zh", ["KZ", "CN"], [
  (L, "阿克莫拉州", ["阿克莫拉", "Akmola"]), (O, "新华社", ["Xinhua"]), (L, "阿斯塔纳", ["Astana"]), (P, "马骁腾", []),
  (O, "中国电力建设集团有限公司", ["中国电建"]), (L, "叶尔缅套", []), (P, "达斯坦·雷斯佩科夫", ["雷斯佩科夫"]),
  (O, "图兰能源控股公司", ["哈萨克斯坦图兰能源控股公司"]), (O, "叶尔缅套绿色能源有限责任公司", []),
  (O, "新疆金风科技股份有限公司", ["金风科技", "Goldwind"]), (P, "邓海峰", []),
  (O, "中国驻阿拉木图总领事馆", ["中国驻阿拉木图总领事馆经济商务处"]), (P, "钱立群", [])]),
 "209_zh.txt": ("zh", ["CN", "VN"], [
  (L, "防城港", ["广西防城港"]), (L, "锦普", ["越南锦普", "锦普港", "Cẩm Phả"]), (O, "新华社", ["Xinhua"]),
  (P, "韦晓光", []), (P, "黎清", []), (O, "广西防城港务集团", ["防城港务集团"]), (L, "南宁", ["Nanning"]),
  (O, "锦普港股份公司", ["越南锦普港股份公司"]), (O, "广西壮族自治区商务厅", []),
  (L, "广西壮族自治区", ["广西", "Guangxi"]), (P, "覃永华", []), (P, "阮氏秋霞", []), (P, "蒙国全", []), (P, "范文雄", []),
  (O, "防城港市口岸管理办公室", []), (O, "中越港口合作联盟", ["中越港口合作联盟秘书处"])]),
 "210_zh.txt": ("zh", ["BY", "CN"], [
  (L, "罗加乔夫", ["罗加乔夫市", "罗加乔夫区", "Rogachev"]), (L, "扬州", ["扬州市"]), (O, "新华社", ["Xinhua"]), (P, "沈若曦", []),
  (O, "扬州市人民政府", []), (O, "罗加乔夫区执行委员会", ["白俄罗斯罗加乔夫区执行委员会"]), (P, "谢尔盖·博罗季奇", ["博罗季奇"]),
  (L, "泰州", []), (P, "顾春林", []), (O, "扬州亚星客车股份有限公司", ["亚星客车"]), (O, "江苏农牧科技职业学院", []),
  (O, "扬州市外事办公室", []), (P, "吴晓雯", []), (O, "白俄罗斯驻上海总领事馆", []), (P, "安德烈·切尔年科", []),
  (O, "扬州海关", [])]),
 "211_zh.txt": ("zh", [], [
  (L, "遵义", ["遵义市", "贵州遵义"]), (L, "贵州", ["贵州省"]), (O, "新华社", ["Xinhua"]), (L, "贵阳", []),
  (P, "杨凯", []), (P, "吴雪梅", []), (L, "湄潭县", ["湄潭"]), (L, "兴隆镇", ["湄潭县兴隆镇"]),
  (L, "龙凤村", ["湄潭县兴隆镇龙凤村"]), (P, "熊德贵", []), (O, "湄潭县金凤茶叶专业合作社", []),
  (O, "湄潭县农业农村局", []), (P, "宋文彬", []), (O, "遵义职业技术学院", []), (O, "贵州省茶叶研究所", []),
  (P, "秦光明", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout19", "holdout19-gold.json", G)
