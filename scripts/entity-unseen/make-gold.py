#!/usr/bin/env python3
"""Writes gold.json for the articles in articles/ (same format as shared/eval/seeds-gold.json).
Entities are (type, canonical, [aliases...]); every alias a careful reader would accept,
inflected forms included, so a found name in any of them counts."""
import os
from goldlib import P, O, L, write_gold
G = {
 "01_ru.txt": ("ru", ["KG", "CN"], [
  (P, "Таалайбек Ибраев", ["Ибраев", "Ибраева"]), (O, "PowerChina", []), (P, "Ли Яньмин", ["Ли Яньмином"]),
  (O, "Евразийский банк развития", []), (O, "Экспортно-импортный банк Китая", []),
  (P, "Садыр Жапаров", ["Жапаров"]), (P, "Си Цзиньпин", ["Си Цзиньпином", "Xi Jinping"]),
  (L, "Бишкек", ["Бишкеке"]), (L, "Пекин", ["Пекине", "Beijing"]), (O, "Электрические станции", ["«Электрические станции»"]),
  (L, "Джалал-Абадская область", ["Джалал-Абадскую область"]), (L, "Ош", ["Оше"]), (L, "Ташкент", ["Ташкента", "Tashkent"]),
  (L, "Алматы", ["Almaty"])]),
 "02_ru.txt": ("ru", ["BY", "KZ"], [
  (P, "Александр Лукашенко", ["Лукашенко", "Alexander Lukashenko"]),
  (P, "Касым-Жомарт Токаев", ["Касым-Жомартом Токаевым", "Токаевым", "Токаев", "Kassym-Jomart Tokayev"]),
  (L, "Москва", ["Москве", "Moscow"]), (O, "Высший Евразийский экономический совет", ["Высшего Евразийского экономического совета"]),
  (L, "Костанай", ["Костанае"]), (L, "Павлодар", ["Павлодаре"]), (O, "Минский тракторный завод", ["Минского тракторного завода", "MTZ"]),
  (L, "Минск", ["Минске", "Minsk"]), (L, "Гродно", ["Grodno"]), (L, "Фергана", ["Фергане"]),
  (P, "Серик Жумангарин", []), (L, "Пекин", ["Пекина", "Beijing"]), (L, "Шанхай", ["Шанхая", "Shanghai"]),
  (O, "Агромашхолдинг", []), (P, "Ержан Сатыбалдиев", [])]),
 "03_ru.txt": ("ru", ["MN", "RU"], [
  (O, "Эрдэнэс Таван Толгой", []), (O, "Российские железные дороги", ["Российскими железными дорогами", "РЖД"]),
  (L, "Забайкальск", []), (P, "Гантулга Батбаяр", ["Батбаяр", "Батбаяра"]), (P, "Вадим Михайлов", []),
  (L, "Улан-Батор", ["Улан-Баторе", "Ulaanbaatar"]), (P, "Лувсаннамсрайн Оюун-Эрдэнэ", ["Лувсаннамсрайна Оюун-Эрдэнэ"]),
  (L, "Южно-Гобийский аймак", ["Южно-Гобийском аймаке"]), (L, "Владивосток", []), (L, "Находка", []),
  (O, "Министерство горнодобывающей промышленности и тяжёлой индустрии Монголии", [])]),
 "04_vi.txt": ("vi", ["MN", "VN"], [
  (O, "Cục Đầu tư nước ngoài", []), (O, "Bộ Kế hoạch và Đầu tư", ["Ministry of Planning and Investment"]),
  (P, "Đỗ Nhất Hoàng", []), (L, "Quảng Ninh", ["tỉnh Quảng Ninh"]), (L, "Hải Phòng", ["thành phố Hải Phòng"]),
  (O, "Bộ Công Thương", ["Ministry of Industry and Trade"]), (P, "Phan Thị Thắng", ["Thắng"]), (P, "Batbold Dashdorj", []),
  (O, "Tập đoàn Khai khoáng Gobi Steppe", []), (O, "Công ty Cổ phần Thép Hòa Phát", ["Thép Hòa Phát", "Hòa Phát"]),
  (L, "Hà Nội", ["Hanoi"]), (L, "Thành phố Hồ Chí Minh", ["Hồ Chí Minh", "Ho Chi Minh City"]), (P, "Ganbold Ochirbat", [])]),
 "05_vi.txt": ("vi", ["ID"], [
  (O, "Ủy ban Bầu cử Tổng hợp Indonesia", ["KPU"]), (P, "Mochammad Afifuddin", []), (L, "Jakarta", []),
  (P, "Pramono Anung", []), (O, "Đảng Dân chủ Đấu tranh Indonesia", []), (L, "Đông Java", ["tỉnh Đông Java"]),
  (P, "Khofifah Indar Parawansa", []), (P, "Prabowo Subianto", []), (O, "TTXVN", ["VNA", "Vietnam News Agency"]),
  (L, "Surabaya", []), (L, "Bandung", []), (O, "ASEAN", ["Hiệp hội các quốc gia Đông Nam Á"])]),
 "06_zh.txt": ("zh", ["MN", "CN"], [
  (O, "新华社", ["Xinhua"]), (L, "乌兰巴托", ["Ulaanbaatar"]), (O, "额尔德尼斯矿业集团", []), (O, "中国五矿集团", ["五矿集团"]),
  (L, "南戈壁省", []), (O, "矿业和重工业部", ["蒙古国矿业和重工业部"]), (P, "朝格特巴特尔", []), (P, "张树强", []),
  (L, "二连浩特", []), (L, "内蒙古自治区", ["内蒙古"]), (P, "奥云额尔登", []), (L, "北京", ["Beijing"]),
  (O, "国务院", []), (P, "李强", ["Li Qiang"]), (O, "亚洲开发银行", [])]),
 "07_zh.txt": ("zh", ["UY", "CN"], [
  (P, "马里奥·卢贝特金", ["卢贝特金"]), (L, "北京", ["Beijing"]), (O, "商务部", ["中国商务部"]), (P, "王文涛", []),
  (O, "南方共同市场", ["Mercosur"]), (L, "上海", ["Shanghai"]), (L, "广州", []), (L, "深圳", []),
  (O, "乌拉圭国家肉类研究所", ["国家肉类研究所"]), (P, "费尔南多·马托斯", [])]),
 "08_ar.txt": ("ar", ["ID", "MY"], [
  (O, "لجنة الانتخابات العامة", ["لجنة الانتخابات العامة في إندونيسيا"]), (P, "برامونو أنونغ", []), (L, "جاكرتا", []),
  (P, "محمد أفيف الدين", []), (L, "سورابايا", []), (L, "باندونغ", []), (L, "مكاسر", []), (P, "برابوو سوبيانتو", []),
  (O, "Pertamina", ["شركة Pertamina"]), (L, "سومطرة", ["جزيرة سومطرة"]), (P, "محمد حسن", [])]),
 "09_ar.txt": ("ar", ["BY", "KG"], [
  (O, "Belarus Tractor", ["شركة Belarus Tractor"]), (L, "أوش", ["مدينة أوش"]), (L, "بيشكيك", ["Bishkek"]),
  (P, "أديلبيك قاسم علييف", []), (P, "ألكسندر تشيرنوف", []), (P, "فيكتور شيلوف", []), (L, "مينسك", ["Minsk"]),
  (L, "ألماتي", ["Almaty"]), (O, "وزارة الطاقة القرغيزية", ["وزارة الطاقة"]), (P, "صدر جباروف", [])]),
 "10_en.txt": ("en", ["UY", "SA"], [
  (L, "Montevideo", []), (P, "Alfredo Fratti", ["Fratti"]), (O, "Agricultural Development Fund", []),
  (O, "Conaprole", []), (L, "Riyadh", []), (O, "Marfrig", []), (O, "Saudia", []), (O, "Delta Air Lines", []),
  (L, "Jeddah", []), (P, "Mario Lubetkin", []), (O, "Copa Airlines", []), (O, "Aerolíneas Argentinas", []),
  (L, "Panama City", []), (L, "Buenos Aires", [])]),
 "11_en.txt": ("en", ["KG", "UZ", "KZ", "AF", "PK", "CN", "RU"], [
  (L, "Bishkek", []), (O, "Eurasian Development Bank", []), (O, "Islamic Development Bank", []),
  (L, "Naryn River", ["Naryn"]), (P, "Taalaibek Ibraev", ["Ibraev"]), (L, "Jalal-Abad Region", ["Jalal-Abad"]),
  (P, "Jurabek Mirzamakhmudov", []), (O, "PowerChina", []), (O, "RusHydro", []), (L, "Osh", []), (P, "Sadyr Japarov", [])]),
 "12_en.txt": ("en", ["ID"], [
  (L, "Jakarta", []), (P, "Prabowo Subianto", []), (O, "Gerindra Party", ["Gerindra"]),
  (O, "General Elections Commission", ["KPU"]), (P, "Pramono Anung", []),
  (O, "Indonesian Democratic Party of Struggle", ["PDI-P"]), (L, "West Java", []), (L, "Central Java", []),
  (P, "Mochammad Afifuddin", []), (O, "Pertamina", []), (O, "Telkom Indonesia", []), (O, "Garuda Indonesia", []),
  (L, "Surabaya", []), (L, "Medan", []), (O, "Asian Network for Free Elections", []), (L, "Makassar", []), (L, "Bandung", [])]),
 "13_fr.txt": ("fr", ["KZ", "VN", "ID", "MY"], [
  (O, "Air Astana", []), (O, "Vietnam Airlines", []), (L, "Almaty", []), (P, "Peter Foster", []), (L, "Hanoï", ["Hanoi"]),
  (L, "Da Nang", []), (L, "Hô Chi Minh-Ville", ["Ho Chi Minh City"]), (O, "Uzbekistan Airways", []),
  (O, "IATA", ["Association du transport aérien international"]), (P, "Maksat Kalimoldine", []), (P, "Lê Hồng Hà", []),
  (O, "VNA", ["Vietnam News Agency"])]),
 "14_es.txt": ("es", ["UY", "VN"], [
  (P, "Gabriel Oddone", ["Oddone"]), (P, "Nguyễn Sinh Nhật Tân", []), (L, "Montevideo", []),
  (O, "Instituto Nacional de Carnes", ["INAC"]), (O, "Conaprole", []), (O, "Saman", []), (L, "Hanói", ["Hanoi"]),
  (L, "Ciudad Ho Chi Minh", ["Ho Chi Minh City"]), (O, "Uruguay XXI", []), (O, "Cámara de Industrias del Uruguay", []),
  (O, "Mercosur", [])]),
 "15_de.txt": ("de", ["MN", "DE"], [
  (L, "Ulan-Bator", ["Ulaanbaatar"]), (O, "Erdenes Mongol", []), (O, "Aurubis AG", ["Aurubis"]), (L, "Hamburg", []),
  (O, "Bundesministerium für Wirtschaft und Klimaschutz", []), (L, "Berlin", []), (P, "Batbayar Ulziidelger", []),
  (L, "Tianjin", []), (P, "Udo Philipp", []), (O, "Thyssenkrupp", []), (O, "Siemens Energy", []), (L, "Darchan", []),
  (O, "Deutsche Rohstoffagentur", ["DERA"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "articles", "gold.json", G)
