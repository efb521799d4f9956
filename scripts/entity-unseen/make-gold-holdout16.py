#!/usr/bin/env python3
"""Writes holdout16-gold.json for the articles in holdout16/ (same format and conventions as make-gold-holdout15.py).
Unlike every earlier set, holdout16 is not diplomatic wire copy about Belarus, Vietnam, China or Kazakhstan and their
partners: it is ordinary domestic and general news of the kind users load (3 vi, one in NFD; 3 ru; 2 zh; 2 en; 1 fr;
1 ar; 1 de; 1 es): a football match in Pleiku, a flood on the Thu Bồn, a shrimp-farming study at Kiên Giang University
(NFD) in Vietnamese; a chess open in Cherepovets, a commercial court case over a bridge in Kirov, city-council
by-elections in Kostroma in Russian; a seasoning maker's quarterly results in Foshan, a sleeper-bus accident on the
Shanghai-Kunming expressway in Chinese; a chip start-up's launch in Bristol, a council fraud sentencing in Townsville
in English; a film festival in Sarlat in French; a flood in Al Suwaiq in Arabic; an engineering group's results in
Neutraubling in German; a second-division football match in Santander in Spanish. Every person, place and organization
is new to the seeds, the earlier sets, knowledge-base.json and places.json (the datelines' agencies excepted). It was
written and its gold fixed (d7b8cd0) before the extractor ran on it. Four corrections after the first scoring, each an
omission against the conventions below, none a name the extractor was changed for: the pass "đèo Le" takes its bare
form "Le" as an alias (the generic word is only an alias), "Губернатор Кировской области" names the region on its own,
"BRISTOL, England" names England on its own (a place), and "Справедливая Россия" names Russia inside a party's name.
Entities are (type, canonical, [aliases...]) as in the earlier sets: titles are not part of a name; generic words
before a place (sông, xã, phường, hồ, đèo, река, посёлок, 县 is kept where it is the name's form, ولاية, محطة, vallée
de la) are aliases; stadiums, palaces, wadis, rivers, roads and stations are places; clubs, parties, courts, councils,
committees, agencies, companies, banks, festivals, hospitals, universities and institutes are organizations. Film
titles, tournaments, leagues and products are not entities. A place named only inside an organization's name (Hà Nội
in Công an Hà Nội, Gijón in Sporting de Gijón, Queensland in the court's name) is not counted unless named on its own.
Countries: every country named or described by an adjective (người Brazil, argentino, italienische, Danish, belge),
also inside an organization's name (Việt Nam in VPF's name, Oman in the Royal Oman Police's)."""
import os
from goldlib import P, O, L, write_gold
G = {
 "170_vi.txt": ("vi", ["VN", "BR"], [
  (L, "Pleiku", ["sân Pleiku"]), (O, "TTXVN", ["VNA"]),
  (O, "Hoàng Anh Gia Lai", ["câu lạc bộ Hoàng Anh Gia Lai", "Hoang Anh Gia Lai", "HAGL"]),
  (O, "Quy Nhơn Bình Định", ["Quy Nhon Binh Dinh"]),
  (P, "Leandro Figueiredo", ["Figueiredo"]), (P, "Đỗ Văn Thuận", []), (P, "Phan Quốc Trung", []),
  (P, "Lê Đình Khánh", []), (P, "Trần Hữu Nghị", []), (P, "Võ Ngọc Toàn", []),
  (O, "Công an Hà Nội", ["Cong an Ha Noi"]), (P, "Hoàng Anh Tuấn", []),
  (O, "Công ty cổ phần Bóng đá chuyên nghiệp Việt Nam", ["VPF", "Bóng đá chuyên nghiệp Việt Nam"]),
  (L, "Thiên Trường", ["sân Thiên Trường"]), (O, "Thép Xanh Nam Định", []), (O, "Sông Lam Nghệ An", [])]),
 "171_vi.txt": ("vi", [], [
  (L, "Hội An", ["phố cổ Hội An", "Hoi An"]), (O, "TTXVN", ["VNA"]),
  (L, "Thu Bồn", ["sông Thu Bồn", "Thu Bon"]), (L, "Câu Lâu", ["trạm Câu Lâu"]),
  (L, "Duy Xuyên", ["xã Duy Xuyên"]), (L, "Đại Lộc", ["xã Đại Lộc"]), (L, "Hội An Tây", ["phường Hội An Tây"]),
  (O, "Ban Chỉ huy Phòng thủ dân sự thành phố Đà Nẵng", ["Ban Chỉ huy Phòng thủ dân sự"]),
  (L, "Nông Sơn", ["xã Nông Sơn"]), (L, "Quốc lộ 14B", []), (L, "Le", ["đèo Le"]),
  (O, "Ủy ban nhân dân thành phố Đà Nẵng", ["UBND thành phố Đà Nẵng"]), (P, "Võ Thanh Bình", []),
  (L, "Điện Bàn", ["phường Điện Bàn"]), (O, "Trung tâm Khí tượng thủy văn quốc gia", []),
  (L, "Vu Gia", ["sông Vu Gia"]),
  (O, "Công ty TNHH MTV Khai thác thủy lợi Quảng Nam", ["Khai thác thủy lợi Quảng Nam",
   "Công ty TNHH MTV Khai thác thủy lợi"]),
  (L, "Phú Ninh", ["hồ Phú Ninh"]), (O, "Bệnh viện Đa khoa Trung ương Quảng Nam", []),
  (O, "Tổng công ty Điện lực miền Trung", ["Điện lực miền Trung"])]),
 "172_vi.txt": ("vi", ["NL"], [
  (L, "Rạch Giá", ["Rach Gia"]), (O, "TTXVN", ["VNA"]),
  (O, "Trường Đại học Kiên Giang", ["Đại học Kiên Giang", "Kien Giang University"]), (P, "Thạch Thị Sô Phia", []),
  (L, "Tây Yên", ["xã Tây Yên"]), (L, "Đông Thái", ["xã Đông Thái"]), (L, "An Biên", ["huyện An Biên"]),
  (P, "Kim Ngọc Sơn", []), (O, "Quỹ Phát triển khoa học và công nghệ quốc gia", ["NAFOSTED"]),
  (O, "Viện Nghiên cứu Nuôi trồng thủy sản III", []), (O, "Đại học Wageningen", ["Wageningen University"]),
  (O, "Sở Khoa học và Công nghệ tỉnh An Giang", ["Sở Khoa học và Công nghệ"]), (P, "Trần Minh Lý", []),
  (O, "Công ty cổ phần Thực phẩm Sao Ta", ["Thực phẩm Sao Ta", "Sao Ta"]), (L, "Đầm Dơi", []), (L, "U Minh", [])]),
 "173_ru.txt": ("ru", ["RU", "BY"], [
  (L, "Череповец", ["Череповце", "Cherepovets"]), (O, "ТАСС", ["TASS"]), (L, "Вологда", ["Вологды", "Vologda"]),
  (P, "Артём Лыков", ["Артем Лыков", "Лыков"]),
  (P, "Илья Сафронов", ["Ильёй Сафроновым", "Ильей Сафроновым", "Сафронов", "Сафроновым"]),
  (L, "Ярославль", ["Ярославля", "Yaroslavl"]), (L, "Сыктывкар", ["Сыктывкара", "Syktyvkar"]), (P, "Денис Ковалевич", ["Ковалевич"]),
  (P, "Вероника Шубина", ["Шубина"]), (L, "Котлас", ["Котласа", "Kotlas"]), (L, "Дворец металлургов", ["Дворце металлургов"]),
  (O, "Федерация шахмат Вологодской области", []), (O, "Северсталь", ["ПАО «Северсталь»", "ПАО Северсталь", "Severstal"]),
  (P, "Олег Тюрин", ["Тюрин"]), (L, "Нижнекамск", ["Нижнекамске", "Nizhnekamsk"]),
  (L, "Северо-Западный федеральный округ", ["Северо-Западного федерального округа"]),
  (L, "Великий Устюг", ["Великом Устюге", "Veliky Ustyug"])]),
 "174_ru.txt": ("ru", [], [
  (L, "Киров", ["Кирова", "Kirov"]), (O, "Интерфакс", ["Interfax"]), (O, "Арбитражный суд Кировской области", []),
  (O, "Дорожный комитет Кировской области", []),
  (O, "Вятдорстрой", ["ООО «Вятдорстрой»", "ООО Вятдорстрой", "Вятдорстроя"]),
  (L, "Вятка", ["реку Вятку", "Вятку", "река Вятка", "Vyatka"]), (L, "Советск", ["Советске", "Sovetsk"]),
  (P, "Наталья Кощеева", ["Кощеева"]), (P, "Максим Ощепков", ["Ощепков"]),
  (O, "Второй арбитражный апелляционный суд", ["Втором арбитражном апелляционном суде"]),
  (O, "Ленинский районный суд Кирова", ["Ленинский районный суд"]),
  (O, "администрация Советского района", ["администрации Советского района"]),
  (P, "Игорь Пленкин", ["Игоря Пленкина", "Пленкин"]),
  (O, "прокуратура Кировской области", ["прокуратуры Кировской области"]), (P, "Александр Соколов", ["Соколов"]), (L, "Кировская область", ["Кировской области"]),
  (L, "Лебяжье", []), (L, "Кикнур", [])]),
 "175_ru.txt": ("ru", ["RU"], [
  (L, "Кострома", ["Костроме", "Костромы", "Kostroma"]), (O, "РИА Новости", ["RIA Novosti"]),
  (O, "Избирательная комиссия Костромской области", ["облизбирком"]),
  (O, "Дума города Костромы", ["Думы города Костромы"]), (O, "Справедливая Россия", ["Справедливой России"]),
  (P, "Светлана Гребнева", ["Гребнева"]), (P, "Роман Белоусов", ["Белоусов"]), (O, "Коммунисты России", []),
  (P, "Николай Жарков", ["Николая Жаркова", "Жарков"]), (P, "Ксения Маркелова", ["Маркелова"]),
  (O, "Новые люди", []), (P, "Андрей Ширяев", ["Ширяев"]), (L, "Паново", ["микрорайон Паново"]),
  (L, "Малышково", ["посёлок Малышково"]),
  (O, "администрация Костромской области", ["администрацию Костромской области"]),
  (O, "Костромская областная дума", ["Костромскую областную думу"]), (O, "ЛДПР", []), (P, "Игорь Смагин", ["Смагин"]),
  (O, "Свердловский районный суд Костромы", ["Свердловском районном суде Костромы", "Свердловский районный суд"])]),
 "176_zh.txt": ("zh", ["ID"], [
  (L, "佛山", ["佛山市"]), (O, "新华社", ["Xinhua"]), (P, "林晓雯", []),
  (O, "佛山市海天调味食品股份有限公司", ["海天味业", "海天调味食品股份有限公司", "海天调味食品"]),
  (P, "程雪", []), (L, "高明区", ["高明"]), (L, "宿迁", ["宿迁市"]), (O, "中信证券", []), (P, "王卓然", []),
  (O, "广发证券", []), (O, "上海证券交易所", ["上交所"]), (O, "千禾味业", []), (O, "中炬高新", []),
  (L, "井里汶", ["Cirebon"])]),
 "177_zh.txt": ("zh", [], [
  (L, "邵阳", ["邵阳市"]), (O, "新华社", ["Xinhua"]), (P, "贺磊", []), (L, "台州", ["台州市"]), (L, "铜仁", ["铜仁市"]),
  (L, "沪昆高速公路", ["沪昆高速"]), (L, "隆回县", ["隆回"]), (O, "邵阳市应急管理局", []), (O, "隆回县人民医院", []),
  (O, "邵阳市中心医院", []), (O, "湖南省交通运输厅", []), (P, "谭建国", []),
  (O, "台州椒运客运有限公司", ["椒运客运"]), (L, "怀化", ["怀化市"]), (L, "G320国道", ["G320"]),
  (O, "湖南省高速公路交警局", []), (O, "国务院安全生产委员会办公室", ["国务院安全生产委员会"])]),
 "178_en.txt": ("en", ["GB", "DE", "DK", "BE"], [
  (L, "Bristol", []), (L, "England", []), (O, "Reuters", []), (O, "Quellan Semiconductor", ["Quellan"]), (O, "University of Bristol", []),
  (O, "GlobalFoundries", []), (L, "Dresden", []), (O, "GN Hearing", []), (P, "Priya Raghunathan", ["Raghunathan"]),
  (L, "Temple Quay", []), (O, "Amadeus Capital Partners", ["Amadeus Capital"]), (O, "British Patient Capital", []),
  (O, "British Business Bank", []), (L, "Livingston", []), (P, "Marcus Holloway", ["Holloway"]), (O, "Megabuyte", []),
  (P, "Tom Ellery", ["Ellery"]), (O, "Smart Internet Lab", []), (O, "Imec", []), (L, "Leuven", ["Louvain"])]),
 "179_en.txt": ("en", ["AU"], [
  (L, "Townsville", []), (O, "AAP", ["Australian Associated Press"]),
  (O, "Burdekin Shire Council", ["Burdekin council"]), (P, "Katherine Muir", ["Muir"]),
  (O, "District Court of Queensland", ["Queensland District Court"]), (P, "Graham Petherick", ["Petherick"]),
  (O, "Lowmead Advisory Pty Ltd", ["Lowmead Advisory"]), (P, "Darren Kettle", ["Kettle"]), (L, "Ayr", []),
  (O, "Crime and Corruption Commission", ["CCC"]), (L, "Airlie Beach", []),
  (O, "The Star Gold Coast", ["Star Gold Coast"]), (P, "Simon Galbraith", ["Galbraith"]), (P, "Joanne Russo", ["Russo"]),
  (O, "BDO Australia", ["BDO"]), (O, "Hinchinbrook Shire Council", [])]),
 "180_fr.txt": ("fr", ["BE", "FR"], [
  (L, "Sarlat-la-Canéda", ["Sarlat"]), (O, "AFP", ["Agence France-Presse"]),
  (O, "Festival du film de Sarlat", []), (P, "Léa Dumontier", ["Dumontier"]),
  (L, "Vézère", ["vallée de la Vézère", "la Vézère"]), (P, "Bruno Delvaux", []), (P, "Inès Belkacem", []),
  (P, "Thomas Vernier", []), (P, "Pauline Cassagne", []), (O, "Les Films du Périgord", ["Films du Périgord"]),
  (O, "Tarmac Films", []), (O, "Pyramide Distribution", []), (L, "Montignac", []), (L, "Les Eyzies", ["Eyzies"]),
  (L, "Nouvelle-Aquitaine", ["région Nouvelle-Aquitaine"]),
  (O, "Centre national du cinéma et de l'image animée", ["CNC"])]),
 "181_ar.txt": ("ar", ["OM"], [
  (L, "السويق", ["ولاية السويق", "Al Suwaiq"]), (O, "العمانية", ["وكالة الأنباء العمانية", "Oman News Agency"]),
  (L, "شمال الباطنة", ["محافظة شمال الباطنة", "North Al Batinah"]), (L, "وادي الجزي", ["Wadi Al Jizi"]),
  (L, "وادي عاهن", ["Wadi Ahin"]), (L, "لوى", ["ولاية لوى", "Liwa"]), (P, "سالم بن حمد الهنائي", ["الهنائي"]),
  (O, "هيئة الدفاع المدني والإسعاف", []), (O, "المديرية العامة للأرصاد الجوية", []),
  (L, "صحم", ["محطة صحم", "Saham"]), (L, "الخابورة", ["محطة الخابورة", "Al Khaburah"]),
  (O, "وزارة التربية والتعليم", []), (O, "شرطة عمان السلطانية", ["Royal Oman Police"]),
  (L, "البريمي", ["Buraimi"]), (P, "سيف بن حمير المالكي", ["المالكي"]),
  (O, "شركة نماء لتوزيع الكهرباء", ["نماء لتوزيع الكهرباء"])]),
 "182_de.txt": ("de", ["US", "IN", "IT"], [
  (L, "Neutraubling", []), (O, "dpa", ["Deutsche Presse-Agentur"]), (O, "Krones AG", ["Krones"]), (L, "Regensburg", []),
  (P, "Christoph Klenk", ["Klenk"]), (P, "Martina Eberl", []),
  (O, "Privatbrauerei Erdinger Weißbräu", ["Erdinger Weißbräu", "Erdinger Weissbräu"]), (L, "Erding", []),
  (O, "Kosme", []), (L, "Roverbella", []), (P, "Holger Schmitt", []), (O, "DZ Bank", []), (L, "Nittenau", []),
  (L, "Rosenheim", []), (O, "IG Metall", [])]),
 "183_es.txt": ("es", ["AR", "ES"], [
  (L, "Santander", []), (O, "EFE", ["Agencia EFE"]), (O, "Racing de Santander", ["Racing"]),
  (O, "Sporting de Gijón", ["Sporting"]), (L, "El Sardinero", ["Sardinero"]),
  (O, "Deportivo de La Coruña", ["Deportivo"]), (P, "Unai Lastra", []), (P, "Íñigo Oyarbide", []),
  (P, "Facundo Peralta", []), (P, "Joseba Etxarri", ["Etxarri"]), (P, "Manuel Rebollo", []), (P, "Pablo Quirós", []),
  (O, "Comité de Competición", []), (O, "Real Federación Española de Fútbol", ["RFEF"]),
  (P, "Sergio Montesdeoca Ruiz", []), (O, "Mirandés", ["CD Mirandés"]), (L, "Anduva", []),
  (O, "Burgos", ["Burgos CF"]), (L, "El Molinón", ["Molinón"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout16", "holdout16-gold.json", G)
