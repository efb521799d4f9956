#!/usr/bin/env python3
"""Writes holdout24-gold.json for the articles in holdout24/ (same format and conventions as make-gold-holdout17.py).
A SENTINEL set, like holdout22: ordinary news in the languages users load most (2 vi, 2 ru, 2 zh, 2 ar, 1 en, 1 fr):
a football super cup in Nam Định, a fake-medicine prosecution in Bình Dương; a cancer hospital wing in Novosibirsk, a
management company's director arrested after a roof collapse in Kazan; floods in Meizhou, a port operator's results in
Ningbo; a Casablanca club's African qualification, a cancer centre in Irbid; a Queensland copper miner's results; a
film festival in Namur. Written by the lead in session 14 and committed with its gold before the extractor ran on it.
No rule is ever fitted to it: it is scored each session, untouched, to measure how the rules fitted to the other sets
carry over to text nobody tuned on. People and companies are partly invented, partly real public figures (governors,
ministers, mayors, a coach, the agencies).
Conventions as in the earlier sets: titles are not part of a name; generic words before a place (tỉnh, huyện, thị xã,
улица, مدينة, 县) are aliases; stadiums, streets, mines and gauging stations are places; clubs, courts, police and
prosecutors' offices, party committees, agencies, companies, hospitals, universities, festivals' organizers and
foundations are organizations; competitions, prizes, national projects, films and continents or macro-regions
(中东, 东南亚) are not entities. A place named only inside an organization's name is not counted. Countries: every
country named or described by an adjective, also inside an organization's name (中国南方电网, СК России); not a
province's or a city's (québécois, Abu Dhabi's fund)."""
import os
from goldlib import P, O, L, write_gold
G = {
 "320_vi.txt": ("vi", ["VN"], [
  (L, "Nam Định", []), (O, "TTXVN", ["VNA"]), (L, "sân vận động Thiên Trường", ["Thiên Trường"]),
  (O, "Câu lạc bộ Thép Xanh Nam Định", ["Thép Xanh Nam Định", "CLB Thép Xanh Nam Định"]), (O, "Công an Hà Nội", []),
  (P, "Hendrio Araújo", []), (P, "Trần Văn Kiên", []), (P, "Vũ Hồng Việt", []),
  (O, "Liên đoàn Bóng đá Việt Nam", ["VFF"]), (P, "Nguyễn Xuân Vũ", []), (L, "Hải Hậu", []), (L, "Giao Thủy", []),
  (L, "Nghĩa Hưng", []), (O, "Công ty cổ phần Bóng đá Chuyên nghiệp Việt Nam", ["VPF"]),
  (L, "Thái Bình", ["tỉnh Thái Bình"])]),
 "321_vi.txt": ("vi", [], [
  (L, "Bình Dương", ["tỉnh Bình Dương"]), (O, "TTXVN", ["VNA"]),
  (O, "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương", ["Công an tỉnh Bình Dương", "Cơ quan Cảnh sát điều tra"]),
  (P, "Đỗ Minh Tâm", ["Tâm"]), (O, "Công ty TNHH Dược phẩm Phúc Thịnh Pharma", ["Phúc Thịnh Pharma"]),
  (L, "Thủ Dầu Một", ["thành phố Thủ Dầu Một"]), (L, "Đồng Nai", []), (L, "Tây Ninh", []),
  (L, "Thành phố Hồ Chí Minh", ["TP.HCM", "Hồ Chí Minh"]), (O, "Sở Y tế tỉnh Bình Dương", ["Sở Y tế"]),
  (L, "Bến Cát", ["thị xã Bến Cát"]), (O, "Viện Kiểm nghiệm thuốc Trung ương", []), (P, "Phan Thị Ngọc Diệp", []),
  (O, "Đoàn Luật sư Thành phố Hồ Chí Minh", []), (O, "Viện Kiểm sát nhân dân tỉnh Bình Dương", [])]),
 "322_ru.txt": ("ru", [], [
  (L, "Новосибирск", ["Новосибирске"]), (O, "ТАСС", ["TASS"]),
  (O, "Новосибирский областной клинический онкологический диспансер", ["Новосибирского областного клинического онкологического диспансера"]),
  (L, "улица Плахотного", ["улице Плахотного", "Плахотного"]),
  (O, "Правительство Новосибирской области", ["правительства Новосибирской области"]), (O, "Сибстройинвест", []),
  (L, "Бердск", ["Бердска"]), (L, "Искитим", ["Искитима"]), (P, "Андрей Травников", []),
  (P, "Ольга Викторовна Кривошеева", ["Кривошеевой", "Ольга Кривошеева"]),
  (O, "Уральский оптико-механический завод", []), (L, "Екатеринбург", ["Екатеринбурга"]),
  (P, "Константин Хальзов", []),
  (O, "Институт цитологии и генетики СО РАН", ["Института цитологии и генетики СО РАН", "Институт цитологии и генетики", "Института цитологии и генетики"]),
  (P, "Алексей Кочетов", [])]),
 "323_ru.txt": ("ru", ["RU"], [
  (L, "Казань", ["Казани"]), (O, "РИА Новости", []),
  (O, "Вахитовский районный суд Казани", ["Вахитовский районный суд"]), (O, "Жилсервис-Центр", []),
  (P, "Рустам Галимзянов", ["Рустама Галимзянова", "Галимзянов"]), (L, "улица Островского", ["улице Островского"]),
  (O, "Республиканская клиническая больница", ["Республиканскую клиническую больницу"]),
  (O, "Следственное управление СК России по Республике Татарстан", ["Следственное управление СК России", "СК России"]),
  (P, "Марат Хуснутдинов", []), (O, "Верховный суд Татарстана", ["Верховном суде Татарстана"]),
  (P, "Ильсур Метшин", []), (L, "Кремлевская улица", ["Кремлевской улице"])]),
 "324_zh.txt": ("zh", ["CN"], [
  (L, "广州", []), (O, "新华社", []), (P, "黄晓琳", []), (L, "广东", ["广东省"]), (L, "梅州", ["梅州市"]),
  (L, "平远", []), (L, "蕉岭", []), (L, "大埔", ["大埔县"]), (O, "广东省水利厅", []), (L, "韩江", []),
  (L, "梅江", []), (L, "汀江", []), (L, "三河坝水文站", ["三河坝"]), (O, "省防汛防旱防风总指挥部", ["防汛防旱防风总指挥部"]),
  (O, "梅州市委", []), (P, "陈敏", []), (L, "茶阳镇", ["茶阳"]),
  (O, "中国南方电网广东电网公司梅州供电局", ["梅州供电局", "广东电网公司梅州供电局"]), (O, "中央气象台", []),
  (L, "粤东", []), (L, "闽西", []), (O, "国家防总", [])]),
 "325_zh.txt": ("zh", [], [
  (L, "杭州", []), (O, "新华社", []), (P, "吴晨", []),
  (O, "宁波舟山港股份有限公司", ["宁波舟山港", "宁波舟山港集团"]), (P, "毛剑宏", []), (L, "梅山港区", ["梅山"]),
  (O, "马士基集团", ["马士基"]), (O, "中远海运集装箱运输有限公司", []), (O, "浙江省海港投资运营集团有限公司", []),
  (O, "国泰君安证券", []), (P, "郑武", []), (O, "上海证券交易所", [])]),
 "326_ar.txt": ("ar", ["MA", "SD", "LY"], [
  (L, "الدار البيضاء", []), (O, "ومع", ["وكالة المغرب العربي للأنباء"]),
  (O, "الوداد الرياضي البيضاوي", ["الوداد البيضاوي", "الوداد"]), (O, "الهلال السوداني", ["نادي الهلال السوداني", "الهلال"]),
  (L, "مركب محمد الخامس", []), (P, "يحيى جبران", []), (P, "أيوب العملود", []), (P, "عبد الهادي السكتيوي", []),
  (O, "الجامعة الملكية المغربية لكرة القدم", []), (O, "الاتحاد الأفريقي لكرة القدم", ["كاف"]), (L, "القاهرة", []),
  (P, "هشام السوباط", []), (L, "بنغازي", ["مدينة بنغازي"])]),
 "327_ar.txt": ("ar", ["JO"], [
  (L, "عمان", []), (O, "بترا", []), (P, "فراس الهواري", ["الهواري"]), (O, "مركز الشمال لعلاج السرطان", []),
  (L, "إربد", ["مدينة إربد"]), (O, "البنك الإسلامي للتنمية", []), (O, "صندوق أبوظبي للتنمية", []),
  (L, "جرش", []), (L, "عجلون", []), (L, "المفرق", []), (O, "مركز الحسين للسرطان", []), (P, "رنا الزعبي", []),
  (O, "مستشفى الملك عبدالله المؤسس الجامعي", []), (O, "جامعة العلوم والتكنولوجيا الأردنية", []),
  (P, "رضوان العتوم", []), (P, "خالد الشريف", [])]),
 "328_en.txt": ("en", ["AU", "CN", "JP"], [
  (L, "Brisbane", []), (O, "AAP", []), (L, "Queensland", []),
  (O, "Corvale Resources Ltd", ["Corvale Resources", "Corvale"]), (L, "Mount Isa", []), (P, "Fiona Hartnett", []),
  (L, "Eloise North", []), (L, "Cloncurry", []), (O, "Queensland Department of Resources", []),
  (O, "Australian Securities Exchange", ["ASX"]), (P, "Daniel Ko", []), (O, "Morgans Financial", []),
  (O, "Mitsubishi Materials Corporation", ["Mitsubishi Materials"]), (P, "Peter Lindqvist", []), (L, "Townsville", []),
  (O, "Kalkadoon Native Title Aboriginal Corporation", [])]),
 "329_fr.txt": ("fr", ["SN", "BE", "FR"], [
  (L, "Namur", []), (O, "Belga", []),
  (O, "Festival international du film francophone de Namur", ["FIFF", "Festival du film de Namur"]),
  (P, "Aïssatou Ndiaye Faye", []), (O, "Théâtre royal de Namur", []), (P, "Marc-André Poirier", []),
  (P, "Léa Vanderstraeten", []), (O, "Fédération Wallonie-Bruxelles", []), (P, "Jacqueline Galant", []),
  (O, "Téranga Films", []), (O, "Centre du cinéma et de l'audiovisuel", []), (P, "Nicolas Gilson", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout24", "holdout24-gold.json", G)
