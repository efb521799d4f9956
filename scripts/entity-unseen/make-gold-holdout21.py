#!/usr/bin/env python3
"""Writes holdout21-gold.json for the articles in holdout21/ (same format and conventions as make-gold-holdout19.py).
Genres beyond diplomacy (sport, culture, courts and crime, business, health and science, weather and disasters) in the
languages users load most beyond the seeds: 4 vi (226 from a Vietnamese-language outlet in VnExpress style, no
dateline; 227 in NFD), 4 ru (231 from a regional newspaper: cases, patronymics, initials), 4 zh (235 Hong Kong, with
Taiwanese places), 2 es. Vietnamese: a V-League match at the Thanh Ba stadium, a flash flood in three districts of Hà
Tĩnh (NFD), a land-fraud trial in Cần Thơ, a gene-sequencing lab in Đà Nẵng. Russian: a metal-structures company's
nine-month results (TASS), a former district head sentenced for bribes (Tambov regional paper), a film festival in
Petrozavodsk (Interfax), a flood in the Amur region (TASS). Chinese: a promotion play-off in Luzhou, a maritime-museum
exhibition in Hong Kong, a listed company's third-quarter results, an artificial cornea in Wuhan. Spanish: a tropical
storm on the Oaxaca coast (EFE), a film festival in Neiva (EFE).
People, companies, clubs, institutions and small places are invented or new to the seeds, the earlier sets and the
knowledge files, but for datelines, capitals, provinces and regions (Hà Tĩnh, Cần Thơ, Đà Nẵng, Москва, Благовещенск,
Петрозаводск, 泸州, 武汉, Oaxaca, Neiva, Bogotá) and the agencies. Written and its gold fixed before the extractor ran on it.
Conventions as holdout19: titles are not part of a name; generic words before a place (huyện, xã, sông, hồ, đèo, sân
vận động, río, municipio, desierto, 省, 县, 市, 区) are aliases; stadiums, sports centres, roads, industrial and residential
parks are places; clubs, festivals, theatres, cinemas, museums, labs, courts, prosecutors, police and emergency bodies,
funds, newspapers and companies are organizations; a body named inside a title (Trưởng ban Trọng tài Quốc gia) counts.
A place named only inside an organization's name (Phú Thọ, Quảng Trị, Bắc Trung Bộ, Республика Карелия, 台南, Alto
Magdalena) is not counted; a nested body (УЭБиПК inside УМВД, 艺术系 inside 香港中文大学) is an alias of its parent.
Competitions, awards, storms and film titles (V-League, 中超, Bertilda, «Тихая вода») are not entities. Countries:
every country named (also inside an organization's name: России, 中国, Việt Nam) or described by an adjective;
Hong Kong and Taiwan are the codes HK and TW, as countries.json has them, and are not listed as places."""
import os
from goldlib import P, O, L, write_gold
G = {
 "226_vi.txt": ("vi", ["BR", "VN"], [
  (O, "Đất Tổ Phú Thọ", ["Câu lạc bộ Đất Tổ Phú Thọ", "CLB Đất Tổ Phú Thọ"]), (O, "Thành Cổ Quảng Trị", []),
  (L, "Thanh Ba", ["sân vận động Thanh Ba", "Sân vận động Thanh Ba", "sân Thanh Ba"]),
  (P, "Marcelo Fagundes", ["Fagundes"]), (P, "Đinh Quang Khải", []), (P, "Wellington Dantas", []),
  (P, "Hà Đức Lượng", []), (P, "Lục Minh Triết", []), (P, "Trương Công Vĩnh", []),
  (O, "Ban Trọng tài Quốc gia", ["ban Trọng tài Quốc gia"]), (P, "Mạc Hữu Định", []),
  (O, "Tập đoàn Khoáng sản Đồng Lâm", ["Khoáng sản Đồng Lâm"]), (P, "Bùi Xuân Thạch", []),
  (O, "Liên đoàn Bóng đá châu Á", ["AFC", "Asian Football Confederation"]),
  (O, "Sông Đà Hòa Bình", []), (O, "Sao Đỏ Hải Dương", [])]),
 "227_vi.txt": ("vi", [], [
  (L, "Ngàn Trươi", ["sông Ngàn Trươi"]), (L, "Hà Tĩnh", ["tỉnh Hà Tĩnh"]), (O, "TTXVN", ["VNA"]),
  (L, "Hương Khê", ["huyện Hương Khê"]), (L, "Vũ Quang", ["huyện Vũ Quang", "thị trấn Vũ Quang"]),
  (L, "Đức Thọ", ["huyện Đức Thọ"]), (L, "sông La", ["La"]),
  (O, "Ban Chỉ huy Phòng thủ dân sự tỉnh Hà Tĩnh", []), (L, "Phúc Trạch", ["xã Phúc Trạch"]),
  (L, "Quốc lộ 15", ["quốc lộ 15"]), (L, "Khe Bò", ["đèo Khe Bò"]),
  (O, "Ủy ban nhân dân tỉnh Hà Tĩnh", ["UBND tỉnh Hà Tĩnh"]), (P, "Trần Khắc Nghiêm", ["Nghiêm"]),
  (L, "Hương Lạc", ["xã Hương Lạc"]), (O, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh", []),
  (O, "Công ty TNHH Một thành viên Thủy lợi Bắc Hà Tĩnh", ["Thủy lợi Bắc Hà Tĩnh"]), (L, "Kẻ Gỗ", ["hồ Kẻ Gỗ"]),
  (O, "Đài Khí tượng Thủy văn khu vực Bắc Trung Bộ", []),
  (O, "Cục Quản lý đê điều và Phòng, chống thiên tai", []), (P, "Lương Hữu Thuận", [])]),
 "228_vi.txt": ("vi", [], [
  (L, "Cần Thơ", ["thành phố Cần Thơ"]), (O, "TTXVN", ["VNA"]),
  (O, "Tòa án nhân dân thành phố Cần Thơ", []), (P, "Quách Thành Lộc", ["Lộc"]),
  (O, "Công ty TNHH Đầu tư Địa ốc Tây Đô Xanh", ["Tây Đô Xanh", "Công ty Địa ốc Tây Đô Xanh", "Địa ốc Tây Đô Xanh"]),
  (O, "Viện Kiểm sát nhân dân thành phố Cần Thơ", ["Viện Kiểm sát"]),
  (L, "Khu dân cư Sông Hậu Garden", ["Sông Hậu Garden"]), (L, "Thới Lai", ["huyện Thới Lai"]),
  (L, "Cái Răng", ["quận Cái Răng"]), (P, "Tăng Thị Mỹ Duyên", []), (P, "Ong Văn Khỏe", []),
  (P, "Phan Thanh Nhã", []), (O, "Đoàn Luật sư thành phố Cần Thơ", []),
  (O, "Cơ quan Cảnh sát điều tra Công an thành phố Cần Thơ", ["Công an thành phố Cần Thơ"]),
  (L, "Vĩnh Long", []), (L, "Hậu Giang", []),
  (O, "Ngân hàng Thương mại cổ phần Phương Nam Mới", ["Phương Nam Mới"])]),
 "229_vi.txt": ("vi", ["JP"], [
  (L, "Đà Nẵng", ["thành phố Đà Nẵng"]), (O, "TTXVN", ["VNA"]), (L, "miền Trung", ["Miền Trung"]),
  (O, "Trường Đại học Kỹ thuật Y khoa Hải Vân", []),
  (O, "Phòng thí nghiệm Sinh học phân tử và Giải trình tự gen", []),
  (O, "Tổ chức Hợp tác Quốc tế Nhật Bản", ["JICA"]), (P, "Tôn Nữ Minh Châu", ["Châu"]),
  (O, "Trường Đại học Y khoa Nagahama", []), (O, "Bệnh viện Ung bướu Sơn Trà", []), (P, "Hồ Sĩ Quang", []),
  (L, "Phú Yên", []), (L, "Bình Thuận", []), (L, "Đắk Lắk", []),
  (O, "Viện Vệ sinh Dịch tễ Tây Nguyên", []), (O, "Sở Y tế thành phố Đà Nẵng", ["Sở Y tế"]),
  (P, "Phạm Ngọc Tường", [])]),
 "230_ru.txt": ("ru", ["RU", "CY"], [
  (O, "ПАО «Балтпромгрупп»", ["Балтпромгрупп", "«Балтпромгрупп»"]), (L, "Москва", ["МОСКВА"]),
  (O, "ТАСС", ["TASS"]), (L, "Северо-Запад", ["Северо-Западе"]),
  (O, "АО «Балтпром-Логистик»", ["Балтпром-Логистик"]),
  (O, "ООО «Гусевский завод металлоконструкций»", ["Гусевский завод металлоконструкций"]),
  (O, "ООО «Янтарьсудосервис»", ["Янтарьсудосервис"]),
  (P, "Артём Валерьевич Ситников", ["Артем Валерьевич Ситников", "Артём Ситников", "Ситников"]),
  (O, "Московская биржа", ["Московской бирже", "Мосбиржа"]),
  (O, "Северный капитал", ["«Северный капитал»"]), (P, "Олеся Дроздова", []),
  (O, "Минпромторг России", ["Минпромторг"]), (L, "Черняховск", ["Черняховске"]),
  (O, "Эксперт РА", ["«Эксперт РА»"]), (O, "Westamber Holdings Ltd", ["Westamber Holdings"])]),
 "231_ru.txt": ("ru", ["RU"], [
  (O, "Моршанский районный суд", []),
  (L, "Моршанский район", ["Моршанского района", "Моршанского муниципального района", "Моршанский муниципальный район"]),
  (P, "Геннадий Петрович Мохов", ["Геннадию Петровичу Мохову", "Геннадия Мохова", "Мохов", "Мохову"]),
  (O, "Тамбовский вестник", ["«Тамбовский вестник»", "Тамбовскому вестнику"]),
  (O, "ООО «Дорстройресурс»", ["Дорстройресурс"]),
  (P, "Роман Ильич Бочаров", ["Романа Ильича Бочарова", "Бочаров", "Бочарова"]),
  (L, "Раслово", []), (L, "Глазово", []), (P, "Е.А.Тарасова", ["Тарасова"]),
  (L, "Тамбовская область", ["Тамбовской области"]), (P, "Д.В.Лыков", ["Лыков"]),
  (P, "Игорь Семенович Лапин", ["Игорь Семёнович Лапин", "Лапин"]),
  (O, "Тамбовский областной суд", ["Тамбовском областном суде"]),
  (O, "следственное управление СК России по Тамбовской области", ["Следственное управление СК России по Тамбовской области", "СК России"]),
  (O, "УМВД России по Тамбовской области", ["УЭБиПК УМВД России по Тамбовской области"]),
  (L, "Моршанск – Глазово", ["дорога Моршанск – Глазово"]), (L, "Моршанск", []),
  (O, "ОГКУ «Тамбовавтодор»", ["Тамбовавтодор"]), (P, "Наталья Юрьевна Сизова", [])]),
 "232_ru.txt": ("ru", ["RU", "FI", "NO"], [
  (P, "Алина Ковпак", ["Алины Ковпак"]), (L, "Петрозаводск", ["ПЕТРОЗАВОДСК", "Петрозаводске"]),
  (O, "Интерфакс", ["Interfax"]), (O, "Онежские ночи", ["«Онежские ночи»", "кинофестиваль «Онежские ночи»"]),
  (P, "Всеволод Аркадьевич Грушин", ["Всеволода Аркадьевича Грушина", "Грушин"]),
  (L, "Кинерма", []), (L, "Пряжинский район", ["Пряжинского района"]), (O, "Фонд кино", ["Фонда кино"]),
  (O, "Северный ветер", ["«Северный ветер»", "студия «Северный ветер»"]),
  (P, "Тимур Абдразаков", []), (P, "Полина Стрижак", []), (P, "Ээро Халонен", ["Ээро Халонену"]),
  (O, "Онежская сцена", ["«Онежская сцена»", "театр драмы «Онежская сцена»"]), (O, "Премьер", ["«Премьер»"]),
  (O, "Музей кино Северо-Запада", ["Музее кино Северо-Запада"]),
  (O, "Дворец культуры Онежского тракторного завода", ["Дворца культуры Онежского тракторного завода"]),
  (P, "Маргарита Олеговна Свирская", []),
  (O, "министерство культуры Республики Карелия", ["Министерство культуры Республики Карелия"]),
  (O, "Норвежский институт кино", [])]),
 "233_ru.txt": ("ru", ["RU"], [
  (L, "Амурская область", ["Амурской области"]), (L, "Благовещенск", ["БЛАГОВЕЩЕНСК"]), (O, "ТАСС", ["TASS"]),
  (L, "Мазановский район", ["Мазановском", "Мазановский округ", "Мазановского округа"]),
  (L, "Селемджинский район", ["Селемджинском"]), (L, "Зейский район", ["Зейском районах", "Зейском районе"]),
  (L, "Селемджа", []), (L, "Нора", []),
  (O, "Главное управление МЧС России по Амурской области", ["Главном управлении МЧС России по Амурской области"]),
  (L, "Норск", []), (L, "Февральск", []),
  (L, "Свободный – Экимчан", ["автодорога Свободный – Экимчан", "автодороге Свободный – Экимчан"]),
  (L, "Свободный", []), (L, "Экимчан", []), (P, "Олег Анатольевич Бережной", []),
  (O, "Дальневосточный спасательный центр МЧС России", ["Дальневосточного спасательного центра МЧС России"]),
  (L, "Комсомольск-на-Амуре", ["Комсомольска-на-Амуре"]),
  (O, "Амурский центр по гидрометеорологии и мониторингу окружающей среды",
   ["Амурского центра по гидрометеорологии и мониторингу окружающей среды"]),
  (O, "АО «Дальневосточная распределительная сетевая компания»", ["Дальневосточная распределительная сетевая компания"]),
  (P, "Сергей Викторович Кулеш", []), (L, "Новокиевский Увал", ["Новокиевском Увале"])]),
 "234_zh.txt": ("zh", ["BR", "ES", "CN"], [
  (L, "泸州", ["泸州市"]), (O, "新华社", ["Xinhua"]), (P, "骆晓川", []), (L, "泸州奥林匹克体育中心", []),
  (O, "泸州金樽队", ["泸州金樽"]), (O, "六盘水山盟队", ["六盘水山盟"]), (P, "卡洛斯·比安奇", []),
  (P, "邝子谦", []), (P, "符嘉乐", []), (P, "欧阳烁", []), (P, "哈维尔·莫拉莱斯", []), (P, "宫振林", []),
  (O, "泸州市体育局", []), (O, "中国足球协会", ["中国足协"]), (O, "四川酒城窖藏集团", []), (P, "甘宏涛", []),
  (O, "中国足协纪律委员会", [])]),
 "235_zh.txt": ("zh", ["HK", "TW", "MY", "NL"], [
  (O, "香港海事博物馆", ["海事博物馆"]), (O, "中新社", ["中国新闻社"]), (L, "中环九号码头", ["九号码头"]),
  (O, "台南安平古瓷文化馆", []), (P, "郑绍纬", []), (L, "澎湖", []), (L, "高雄", []), (L, "旗津", []),
  (L, "维多利亚港", []), (O, "香港特区政府文化体育及旅游局", ["文化体育及旅游局"]), (P, "区咏诗", []),
  (L, "东南亚", []), (P, "麦浩然", []), (L, "廖内群岛", []), (O, "马六甲州立博物馆", []),
  (O, "香港中文大学", ["香港中文大学艺术系"]), (P, "梁颖欣", []), (L, "尖沙咀", []), (O, "香港文化中心", [])]),
 "236_zh.txt": ("zh", ["VN"], [
  (O, "证券时报网", ["证券时报"]), (O, "深圳证券交易所", ["深交所"]),
  (O, "浙江恒川新材料股份有限公司", ["恒川新材"]), (O, "恒川新材料（越南）有限公司", []),
  (L, "北宁", ["北宁省"]), (L, "桂武", ["桂武县"]), (O, "湖州恒川光伏膜科技有限公司", []), (P, "邵景明", []),
  (P, "诸葛芸", []), (L, "浙江", ["浙江省"]), (L, "湖州", ["湖州市"]), (L, "南浔", ["南浔区"]),
  (O, "中泰嘉信证券", []), (P, "冼俊豪", [])]),
 "237_zh.txt": ("zh", ["CN"], [
  (L, "武汉", ["武汉市"]), (O, "新华社", ["Xinhua"]), (P, "詹晓岚", []), (O, "江城医科大学", []),
  (O, "眼科再生医学实验室", ["江城医科大学眼科再生医学实验室"]), (O, "武汉东湖眼科医院", []), (P, "祁峻", []),
  (P, "宁慧芳", []), (L, "湖北", ["湖北省"]), (L, "恩施土家族苗族自治州", ["恩施州", "恩施"]),
  (L, "巴东县", ["巴东"]), (O, "国家自然科学基金", []), (O, "湖北省科技厅", []),
  (O, "中国科学院荆楚生物材料研究所", []), (P, "覃立新", []),
  (L, "湖北光谷生物医药产业园", ["光谷生物医药产业园"])]),
 "238_es.txt": ("es", ["MX"], [
  (L, "Oaxaca", ["OAXACA", "estado de Oaxaca"]), (O, "EFE", []), (L, "Costa de Oaxaca", ["la Costa de Oaxaca"]),
  (L, "Puerto Escondido", []), (L, "Colotepec", ["río Colotepec"]), (L, "Tonameca", ["río Tonameca"]),
  (O, "Coordinación Estatal de Protección Civil de Oaxaca", []), (L, "San Pedro Pochutla", ["Pochutla"]),
  (L, "Santa María Tonameca", []), (P, "Efrén Galindo Arriaga", ["Galindo Arriaga"]),
  (L, "San Pedro Mixtepec", []), (L, "Santa María Colotepec", []), (L, "San Baltazar Chichicápam", []),
  (O, "Secretaría de Marina", ["Semar"]), (O, "Comisión Federal de Electricidad", ["CFE"]),
  (O, "Centro SCT Oaxaca", []), (L, "carretera federal 175", ["Carretera federal 175"]),
  (L, "Candelaria Loxicha", []), (P, "Mariela Tapia Olvera", []),
  (O, "Servicio Meteorológico Nacional", ["SMN"]), (L, "Sierra Sur", []), (L, "Guerrero", []), (L, "Veracruz", [])]),
 "239_es.txt": ("es", ["CO", "AR", "PE", "CL"], [
  (L, "Neiva", ["NEIVA"]), (O, "EFE", []), (P, "Valentina Ochoa Restrepo", []),
  (O, "Festival de Cine del Alto Magdalena", []), (L, "Villavieja", ["municipio de Villavieja"]),
  (L, "Tatacoa", ["desierto de la Tatacoa", "la Tatacoa"]), (O, "Trapiche Films", []),
  (O, "Fondo para el Desarrollo Cinematográfico", ["FDC"]), (P, "Hernán Beltramo", ["Beltramo"]),
  (P, "Ulises Cahuana", []), (P, "Josefa Lizama", []), (L, "Bogotá", []),
  (O, "Teatro Municipal Los Samanes", []), (O, "Museo de Arte Contemporáneo del Huila", []),
  (P, "Luz Marina Cuéllar", []), (O, "Ministerio de las Culturas, las Artes y los Saberes", []),
  (L, "Huila", ["departamento del Huila"]), (L, "Caquetá", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout21", "holdout21-gold.json", G)
