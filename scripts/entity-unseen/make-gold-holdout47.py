#!/usr/bin/env python3
"""Writes holdout47-gold.json for the articles in holdout47/ (same format and conventions as make-gold-holdout45.py,
and through it holdout41-44). DOCSTRING-PLACEHOLDER"""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
XINHUA = (O, "新华社", [])
KTZ = (O, "АО \"НК \"Казахстан темир жолы\"", ["Казахстан темир жолы"])
G = {
 "822_vi.txt": ("vi", ["BY", "VN"], [
  (P, "Lê Hoài Trung", []), (P, "Maxim Ryzhenkov", ["Ryzhenkov"]), (O, "Bộ Ngoại giao", []),
  (L, "Minsk", ["thủ đô Minsk"]), TTXVN, (L, "Hà Nội", []),
  (O, "Ủy ban liên Chính phủ Việt Nam - Belarus về hợp tác kinh tế - thương mại và khoa học - kỹ thuật",
   ["Ủy ban liên Chính phủ Việt Nam - Belarus"]),
  (O, "Liên minh Kinh tế Á - Âu", ["EAEU"]), (O, "Công ty cổ phần Belaruskali", ["Belaruskali"]),
  (O, "Tập đoàn Hóa chất Việt Nam", ["Vinachem"]), (O, "Công ty cổ phần MAZ", ["MAZ"]),
  (O, "Học viện Ngoại giao", []), (O, "Đại học Quốc gia Belarus", []), (L, "Đài tưởng niệm Chiến thắng", []),
  (P, "Đặng Minh Khôi", []), (L, "Gomel", ["thành phố Gomel"]), (L, "Thanh Hóa", ["tỉnh Thanh Hóa"]),
  (L, "Grodno", ["tỉnh Grodno"]), (L, "Thành phố Hồ Chí Minh", [])]),
 "823_vi.txt": ("vi", ["CN", "KZ", "VN"], [
  (L, "Kostanay", ["tỉnh Kostanay"]), (L, "Hải Phòng", ["thành phố Hải Phòng"]), TTXVN,
  (P, "Trịnh Quang Vinh", []), (O, "Ủy ban nhân dân thành phố Hải Phòng", []),
  (P, "Kumar Aksakalov", ["Aksakalov"]), (L, "Lạch Huyện", ["cảng cửa ngõ quốc tế Lạch Huyện"]),
  (O, "Công ty cổ phần Lương thực Đông Bắc", []),
  (O, "Food Contract Corporation", ["Tập đoàn Food Contract Corporation"]),
  (O, "Tổng công ty Đường sắt Việt Nam", []), (O, "Công ty cổ phần Cảng Hải Phòng", []),
  (L, "Yên Viên", ["ga Yên Viên"]), (L, "Almaty", []), (P, "Saule Zhanabayeva", []),
  (O, "Sở Công Thương thành phố Hải Phòng", [])]),
 "824_vi.txt": ("vi", ["CN", "KH", "VN"], [
  (P, "Sun Chanthol", []), (L, "Tây Ninh", ["tỉnh Tây Ninh"]), (L, "Phnôm Pênh", []), TTXVN,
  (O, "Hội đồng Phát triển Campuchia", ["CDC"]), (O, "Ủy ban nhân dân tỉnh Tây Ninh", []),
  (P, "Nguyễn Văn Phước", []), (L, "Tbong Khmum", ["tỉnh Tbong Khmum"]),
  (L, "Xa Mát", ["cửa khẩu quốc tế Xa Mát"]), (L, "Trapeang Phlong", []),
  (L, "Khu kinh tế cửa khẩu Xa Mát", []), (L, "cao tốc Gò Dầu - Xa Mát", ["Gò Dầu - Xa Mát"]),
  (L, "Gò Dầu", []), (L, "quốc lộ 7", []), (O, "Tập đoàn Cầu đường Trung Quốc", ["CRBC"]),
  (L, "Hiệp Phước", ["cảng Hiệp Phước"]), (P, "Lê Văn Chánh", []), (O, "Công ty cổ phần Cao su Tây Ninh", []),
  (L, "Memot", ["huyện Memot"]), (P, "Nguyễn Minh Vũ", []), (P, "Cheam Chansophoan", []),
  (L, "Suong", ["thành phố Suong"])]),
 "825_ru.txt": ("ru", ["BY", "IR", "KZ"], [
  (P, "Александр Турчин", ["Турчин"]), (P, "Олжас Бектенов", ["Бектенов", "Олжасом Бектеновым", "Олжаса Бектенова"]),
  (L, "Минск", ["МИНСК", "Минске"]), (O, "БЕЛТА", []), (O, "ОАО \"Амкодор\"", ["\"Амкодор\""]),
  (O, "ОАО \"БЕЛАЗ\"", ["\"БЕЛАЗ\""]), (L, "Караганда", ["Караганде"]),
  (O, "Европейский союз", ["Европейского союза"]), KTZ,
  (O, "Белорусская железная дорога", ["Белорусской железной дороги"]), (L, "Актау", ["порта Актау"]),
  (O, "Министерство промышленности Республики Беларусь", ["Министерством промышленности Республики Беларусь"]),
  (O, "Министерство промышленности и строительства Республики Казахстан",
   ["Министерством промышленности и строительства Республики Казахстан"]),
  (O, "Витебский облисполком", ["Витебским облисполкомом"]),
  (O, "акимат Туркестанской области", ["акиматом Туркестанской области"]),
  (O, "ОАО \"Белорусский металлургический завод – управляющая компания холдинга \"Белорусская металлургическая компания\"",
   ["Белорусский металлургический завод"]),
  (P, "Виталий Прохоренков", []), (P, "Александр Лукашенко", []),
  (O, "ОАО \"Минский автомобильный завод\"", ["\"Минский автомобильный завод\""]),
  (O, "Белорусская государственная академия авиации", ["Белорусскую государственную академию авиации"])]),
 "826_ru.txt": ("ru", ["KG", "KZ", "RU", "UZ"], [
  (P, "Алексей Оверчук", ["Оверчук"]), (P, "Адылбек Касымалиев", ["Касымалиев"]), (L, "Бишкек", ["БИШКЕК", "Бишкеке"]),
  (O, "РИА Новости", []), (O, "Росатом", []), (L, "Иссык-Кульская область", ["Иссык-Кульской области"]),
  (O, "Газпром Кыргызстан", ["\"Газпром Кыргызстан\""]), (L, "Чуйская область", ["Чуйской"]),
  (L, "Ошская область", ["Ошской областей"]),
  (O, "Российско-Кыргызский фонд развития", ["Российско-Кыргызского фонда развития"]),
  (P, "Эрмек Абдыкеримов", []), (P, "Садыр Жапаров", ["Садыром Жапаровым"]),
  (O, "Евразийский межправительственный совет", ["Евразийского межправительственного совета"]),
  (L, "Санкт-Петербург", ["Санкт-Петербурге"]), (L, "Чолпон-Ата", ["Чолпон-Ату"]),
  (O, "Иссык-Кульский государственный университет имени Касыма Тыныстанова",
   ["Иссык-Кульском государственном университете имени Касыма Тыныстанова"])]),
 "827_ru.txt": ("ru", ["CN", "KZ"], [
  (L, "Бахты – Чугучак", []), (L, "Бахты", ["станцией Бахты"]), (L, "Чугучак", ["города Чугучак"]),
  (L, "Усть-Каменогорск", ["УСТЬ-КАМЕНОГОРСК"]), (O, "Казинформ", ["КАЗИНФОРМ"]),
  (L, "Абайская область", ["Абайской области"]), (P, "Нурлан Уранхаев", []), KTZ, (P, "Ерлан Койшыбаев", []),
  (L, "Туркестано-Сибирская магистраль", ["Туркестано-Сибирскую магистраль"]), (L, "Карамай", ["Карамая"]),
  (L, "Семей", ["Семее"]), (O, "ТОО \"Бахты Railways\"", ["\"Бахты Railways\""]),
  (O, "China Railway 20th Bureau Group", []), (P, "Ли Цзинань", []), (L, "Алматы", []), (L, "Астана", ["Астане"])]),
}


here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout47", G)
write_gold(here, "holdout47", "holdout47-gold.json", G)
